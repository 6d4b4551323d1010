#![no_main]
//! Arbitrary bytes as an export file, imported into a small history, and as one stored result:
//! reading never panics, every sentence ends with a full stop, and whatever is accepted is a valid
//! result that reads back as itself (and, imported, is not already kept).

use cx_maturity::core::export::import_json;
use cx_maturity::core::history::{SavedResult, read_record};
use cx_maturity::i18n::Text;
use libfuzzer_sys::fuzz_target;

fn kept(id: &str, taken: &str, answers: &str) -> SavedResult {
    SavedResult {
        format: 1,
        id: id.into(),
        taken: taken.into(),
        model: "six-stage".into(),
        version: 2,
        answers: answers.into(),
        team: None,
    }
}

/// Reads back as itself from the JSON it is stored as.
fn reads_back(result: &SavedResult) -> bool {
    serde_json::to_string(result).is_ok_and(|text| read_record(&text).as_ref() == Ok(result))
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let existing = [
        kept("r1", "2026-11-23T21:05:09.123Z", "0123?0123?0123?0123?0123"),
        kept("r2", "2026-11-24T08:00:00Z", "444444444444444444444444"),
    ];
    match import_json(&text, &existing, |_| Ok(())) {
        Ok(import) => {
            for (i, added) in import.added.iter().enumerate() {
                assert!(reads_back(added), "{added:?}");
                let seen = existing.iter().chain(&import.added[..i]);
                assert!(!seen.clone().any(|r| r.id == added.id), "{added:?} is a duplicate");
            }
            for sentence in import.refused.iter().map(Text::en) {
                assert!(sentence.starts_with("Result ") && sentence.ends_with('.'), "{sentence}");
            }
        }
        Err(error) => assert!(error.to_string().ends_with('.'), "{error}"),
    }
    if let Ok(result) = read_record(&text) {
        assert!(reads_back(&result), "{result:?}");
    }
});
