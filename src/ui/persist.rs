//! What the app keeps in storage, and how it reads it back: the progress in each model (a
//! `SavedProgress` record) and the model chosen last. Progress saved by earlier releases as a
//! `cxm1 …` line is read and saved again as a record. Anything unusable is set aside under
//! another key, never deleted, and reported in one line.

use crate::core::catalog;
use crate::core::history::{RESULTS_PREFIX, RecordProblem, SavedResult, read_record, result_key, sort_newest_first};
use crate::core::model::Model;
use crate::core::progress::{Progress, SavedProgress};
use crate::report::capitalise;
use crate::web::storage::{Read, Store};

/// What every key this app writes starts with.
const APP_PREFIX: &str = "cx-maturity/";
const MODEL_KEY: &str = "cx-maturity/model";
const PROGRESS_PREFIX: &str = "cx-maturity/progress/";

/// Storage key of the progress in one model.
pub fn progress_key(model_id: &str) -> String {
    format!("{PROGRESS_PREFIX}{model_id}")
}

/// The saved progress in `model`, or a fresh start and a notice saying why the saved one could not
/// be used.
pub fn load_progress(store: &Store, model: &Model) -> (Progress, Option<String>) {
    let key = progress_key(&model.id);
    let read = match store.read::<SavedProgress>(&key) {
        Read::Missing => return (Progress::new(model), None),
        Read::Found(saved) => saved.restore(model),
        // Not a record: an earlier release's line, saved again as a record now, or something
        // unusable.
        Read::Unreadable(text) => {
            let legacy = Progress::from_legacy(model, &text);
            if let Ok(progress) = &legacy {
                save_progress(store, model, progress);
            }
            legacy
        }
    };
    match read {
        Ok(progress) => (progress, None),
        Err(problem) => {
            set_aside(store, &key, &store.raw(&key).unwrap_or_default());
            let notice = format!("Starting afresh: {problem}. They have been set aside, not deleted.");
            (Progress::new(model), Some(capitalise(&notice)))
        }
    }
}

/// Moves `text`, found under `key`, to the first free key of `<key>/unusable`, `<key>/unusable-2`, …
/// so an earlier set-aside value is never overwritten.
fn set_aside(store: &Store, key: &str, text: &str) {
    let aside = (1..)
        .map(|n| if n == 1 { format!("{key}/unusable") } else { format!("{key}/unusable-{n}") })
        .find(|k| store.raw(k).is_none())
        .unwrap_or_default();
    store.write_raw(&aside, text);
    store.remove(key);
}

/// Saves `progress` in `model`; false when it could only be kept in memory.
pub fn save_progress(store: &Store, model: &Model, progress: &Progress) -> bool {
    store.write(&progress_key(&model.id), &SavedProgress::new(model, progress))
}

pub fn forget_progress(store: &Store, model_id: &str) {
    store.remove(&progress_key(model_id));
}

/// The id of the model chosen last, if any (earlier releases stored it as plain text).
pub fn chosen(store: &Store) -> Option<String> {
    match store.read::<String>(MODEL_KEY) {
        Read::Found(id) | Read::Unreadable(id) => Some(id),
        Read::Missing => None,
    }
}

pub fn save_chosen(store: &Store, model_id: &str) {
    store.write(MODEL_KEY, &model_id);
}

/// Every saved result, newest first, each read on its own: a record that cannot be used
/// (corrupted, foreign, from a newer release, of an unknown assessment) is set aside and reported
/// in one line, and the others still load.
pub fn load_results(store: &Store) -> (Vec<SavedResult>, Option<String>) {
    let mut results = Vec::new();
    let mut unusable = 0;
    let mut first_problem = None;
    for key in store.keys(RESULTS_PREFIX) {
        // Set-aside values live under `<key>/unusable…`; they are not results.
        if key[RESULTS_PREFIX.len()..].contains('/') {
            continue;
        }
        let text = store.raw(&key).unwrap_or_default();
        let read = read_record(&text).and_then(|r| {
            if result_key(&r.id) != key {
                Err(RecordProblem::Unreadable)
            } else if catalog::index(&r.model).is_none() {
                Err(RecordProblem::OtherModel(r.model.clone()))
            } else {
                Ok(r)
            }
        });
        match read {
            Ok(result) => results.push(result),
            Err(problem) => {
                set_aside(store, &key, &text);
                unusable += 1;
                first_problem.get_or_insert(problem.to_string());
            }
        }
    }
    sort_newest_first(&mut results);
    let notice = first_problem.map(|why| {
        let some = if unusable == 1 { "One saved result".to_string() } else { format!("{unusable} saved results") };
        format!(
            "{some} could not be used ({why}) and {} been set aside, not deleted; the others are fine.",
            if unusable == 1 { "has" } else { "have" }
        )
    });
    (results, notice)
}

/// Saves `result` under its own key; false when it could only be kept in memory.
pub fn save_result(store: &Store, result: &SavedResult) -> bool {
    store.write(&result_key(&result.id), result)
}

pub fn delete_result(store: &Store, id: &str) {
    store.remove(&result_key(id));
}

/// Removes everything this app keeps in this browser: every key starting with `cx-maturity/`.
pub fn delete_everything(store: &Store) {
    for key in store.keys(APP_PREFIX) {
        store.remove(&key);
    }
}

/// What `delete_everything` would remove, in words: "3 saved results, your answers in progress in
/// 1 assessment and your choice of assessment".
pub fn everything_described(store: &Store) -> String {
    let keys = store.keys(APP_PREFIX);
    let results =
        keys.iter().filter(|k| k.starts_with(RESULTS_PREFIX) && !k[RESULTS_PREFIX.len()..].contains('/')).count();
    let progress =
        keys.iter().filter(|k| k.starts_with(PROGRESS_PREFIX) && !k[PROGRESS_PREFIX.len()..].contains('/')).count();
    let aside = keys.iter().filter(|k| k.contains("/unusable")).count();
    let mut parts = vec![format!("{results} saved result{}", plural(results))];
    if progress > 0 {
        parts.push(format!("your answers in progress in {progress} assessment{}", plural(progress)));
    }
    if keys.contains(&MODEL_KEY.to_string()) {
        parts.push("your choice of assessment".to_string());
    }
    if aside > 0 {
        parts.push(format!("{aside} set-aside value{} that could not be read", plural(aside)));
    }
    match parts.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
