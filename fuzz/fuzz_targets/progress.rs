#![no_main]
//! Arbitrary text as the value stored under a model's progress key, read as every release reads
//! it (`read_stored`: this release's record, an earlier release's `cxm1` line, a newer release's
//! record, an earlier version's, or corrupt data), for every built-in model in every version this
//! release has. Reading never panics; what is read as usable is a valid progress that saves and
//! reads back as itself; every problem reads as a plain sentence.

use cx_maturity::core::progress::{SavedProgress, Stored, read_stored};
use libfuzzer_sys::fuzz_target;
use models::MODELS;

#[path = "../models.rs"]
mod models;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for model in MODELS.iter() {
        match read_stored(model, &text) {
            Stored::Usable(progress) | Stored::Legacy(progress) => {
                assert_eq!(progress.answers.len(), model.questions.len());
                assert!(progress.current <= model.questions.len());
                let saved = serde_json::to_string(&SavedProgress::new(model, &progress)).expect("a record");
                assert_eq!(read_stored(model, &saved), Stored::Usable(progress), "saves and reads back");
            }
            Stored::Corrupt(problem) => assert!(!problem.to_string().is_empty() && !problem.to_string().ends_with('.')),
            Stored::Newer | Stored::Earlier { .. } => {}
        }
    }
});
