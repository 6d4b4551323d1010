#![no_main]
//! Arbitrary bytes as a team link, read by every built-in model in every version this release
//! has (current and archived): reading never panics, and whatever is accepted is the one link
//! `encode_team` gives for those people.

use cx_maturity::core::catalog::{ARCHIVE, CATALOG};
use cx_maturity::core::model::Model;
use cx_maturity::core::share::{decode_team, encode_team, read_team_header, team_link_payload};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static MODELS: LazyLock<Vec<Model>> = LazyLock::new(|| {
    let files = CATALOG.iter().map(|entry| entry.file).chain(ARCHIVE.iter().map(|a| a.file));
    files
        .map(|file| {
            let path = format!("{}/../{file}", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            Model::from_json(file, &text).unwrap_or_else(|e| panic!("{path}: {e:?}"))
        })
        .collect()
});

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let payload = team_link_payload(text).unwrap_or(text);
    let header = read_team_header(payload);
    for model in MODELS.iter() {
        match decode_team(model, payload) {
            Ok(people) => {
                let header = header.as_ref().expect("a link that decodes has a header");
                assert_eq!((header.model, header.version), (&*model.id, model.version));
                assert!(people.iter().all(|a| a.is_complete()));
                assert_eq!(encode_team(model, &people).as_deref(), Ok(payload), "a team has one link");
            }
            Err(error) => {
                assert!(error.to_string().ends_with('.'));
                assert!(error.team_text().en().ends_with('.'));
            }
        }
    }
});
