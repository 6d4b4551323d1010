#![no_main]
//! Arbitrary bytes as a share link, read by every built-in model in every version this release
//! has (current and archived): reading never panics, and whatever is accepted is the one link
//! `encode` gives for those answers.

use cx_maturity::core::catalog::{ARCHIVE, CATALOG};
use cx_maturity::core::model::Model;
use cx_maturity::core::share::{decode, encode, link_payload, read_header};
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
    let payload = link_payload(text).unwrap_or(text);
    let header = read_header(payload);
    for model in MODELS.iter() {
        match decode(model, payload) {
            Ok(answers) => {
                let header = header.as_ref().expect("a link that decodes has a header");
                assert_eq!((header.model, header.version), (&*model.id, model.version));
                assert_eq!(encode(model, &answers).as_deref(), Ok(payload), "a result has one link");
            }
            Err(error) => assert!(error.to_string().ends_with('.')),
        }
    }
});
