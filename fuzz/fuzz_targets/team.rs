#![no_main]
//! Arbitrary bytes as a team link, read by every built-in model in every version this release
//! has (current and archived): reading never panics, and whatever is accepted is the one link
//! `encode_team` gives for those people.

use cx_maturity::core::share::{decode_team, encode_team, read_team_header, team_link_payload};
use libfuzzer_sys::fuzz_target;
use models::MODELS;

#[path = "../models.rs"]
mod models;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let payload = team_link_payload(text).unwrap_or(text);
    let header = read_team_header(payload);
    for model in MODELS.iter() {
        match decode_team(model, payload) {
            Ok(people) => {
                let header = header.as_ref().expect("a link that decodes has a header");
                assert_eq!((&*header.model, header.version), (&*model.id, model.version));
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
