//! What the app keeps in storage, and how it reads it back: the progress in each model (a
//! `SavedProgress` record) and the model chosen last. Progress saved by earlier releases as a
//! `cxm1 …` line is read and saved again as a record. Anything unusable is set aside under
//! another key, never deleted, and reported in one line.

use crate::core::model::Model;
use crate::core::progress::{Progress, SavedProgress};
use crate::report::capitalise;
use crate::web::storage::{Read, Store};

const MODEL_KEY: &str = "cx-maturity/model";

/// Storage key of the progress in one model.
pub fn progress_key(model_id: &str) -> String {
    format!("cx-maturity/progress/{model_id}")
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
