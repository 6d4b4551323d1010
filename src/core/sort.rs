//! The two sorts the core uses, written out so that the standard library's much larger sort stays
//! out of the wasm.

/// Sorts `items` by `key`, ascending; equal keys keep their order (so ties go by index, as the
/// lists are built in index order). An insertion sort: the lists are short (dimensions, one
/// model's questions).
pub fn sort_by_key<T, K: PartialOrd>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j]) < key(&items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Sorts `items` so that `before(a, b)` holds for no `b` after `a`. A heap sort: a few lines, and
/// O(n log n) on an imported history of thousands.
pub fn heap_sort<T>(items: &mut [T], before: impl Fn(&T, &T) -> bool) {
    // Moves `items[node]` down until both children come before it (a max-heap in the order).
    let sift_down = |items: &mut [T], mut node: usize| loop {
        let mut child = 2 * node + 1;
        if child >= items.len() {
            break;
        }
        if child + 1 < items.len() && before(&items[child], &items[child + 1]) {
            child += 1;
        }
        if !before(&items[node], &items[child]) {
            break;
        }
        items.swap(node, child);
        node = child;
    };
    for node in (0..items.len() / 2).rev() {
        sift_down(items, node);
    }
    for end in (1..items.len()).rev() {
        items.swap(0, end);
        sift_down(&mut items[..end], 0);
    }
}
