#![cfg(not(target_arch = "wasm32"))]
//! Placing a stage of one ladder on another.

use cx_maturity::core::crosswalk::{place, published_ladders};

#[test]
fn stages_map_to_the_band_holding_their_midpoint() {
    // (from stages, to stages, expected place of stage 1, 2, ...)
    let table: &[(usize, usize, &[usize])] = &[
        (6, 5, &[1, 2, 3, 3, 4, 5]),
        (6, 4, &[1, 1, 2, 3, 3, 4]),
        (4, 6, &[1, 3, 4, 6]),
        (4, 5, &[1, 2, 4, 5]),
        (5, 6, &[1, 2, 3, 5, 6]),
        (6, 6, &[1, 2, 3, 4, 5, 6]),
        (4, 4, &[1, 2, 3, 4]),
    ];
    for &(from, to, expected) in table {
        let got: Vec<usize> = (1..=from).map(|s| place(s, from, to)).collect();
        assert_eq!(got, expected, "{from} -> {to}");
    }
    assert_eq!(place(0, 6, 5), 1, "out-of-range stages are clamped");
    assert_eq!(place(9, 6, 5), 5);
    assert_eq!(place(1, 0, 5), 1);
}

#[test]
fn published_ladders_name_only_what_the_sources_name() {
    let ladders = published_ladders();
    let gartner = ladders.iter().find(|l| l.id == "gartner").expect("gartner ladder");
    assert_eq!(gartner.stage_label(5), "Optimized");
    assert_eq!(gartner.stage_label(4), "stage 4 of 5");
    let bp = ladders.iter().find(|l| l.id == "beyond-philosophy").expect("beyond philosophy ladder");
    assert_eq!(bp.stage_label(5), "Natural");
    assert_eq!(bp.stage_label(1), "stage 1 of 5");
    let xm = ladders.iter().find(|l| l.id == "xm-institute").expect("xm ladder");
    assert_eq!(
        (1..=5).map(|s| xm.stage_label(s)).collect::<Vec<_>>(),
        ["Investigate", "Initiate", "Mobilize", "Scale", "Embed"]
    );
    assert!(xm.benchmark.is_some());
}
