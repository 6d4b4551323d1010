#![no_main]
//! Arbitrary bytes as a share link, read by every built-in model in every version this release
//! has (current and archived): reading never panics, and whatever is accepted is the one link
//! `encode` gives for those answers.

use cx_maturity::core::share::{decode, encode, link_payload, read_header};
use libfuzzer_sys::fuzz_target;
use models::MODELS;

#[path = "../models.rs"]
mod models;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let payload = link_payload(text).unwrap_or(text);
    let header = read_header(payload);
    for model in MODELS.iter() {
        match decode(model, payload) {
            Ok(answers) => {
                let header = header.as_ref().expect("a link that decodes has a header");
                assert_eq!((&*header.model, header.version), (&*model.id, model.version));
                assert_eq!(encode(model, &answers).as_deref(), Ok(payload), "a result has one link");
            }
            Err(error) => assert!(error.to_string().ends_with('.')),
        }
    }
});
