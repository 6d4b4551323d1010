//! The built-in models, compiled into the app from `models/*.json`. `tests/models.rs` checks that
//! every one of them parses and validates, so a broken file fails the build's tests.

#[cfg(not(target_arch = "wasm32"))]
use crate::core::model::Model;

/// (file name, contents), the default model first.
pub const BUILT_IN: &[(&str, &str)] = &[
    ("models/six-stage.json", include_str!("../../models/six-stage.json")),
    ("models/four-phases.json", include_str!("../../models/four-phases.json")),
    ("models/four-stages.json", include_str!("../../models/four-stages.json")),
    ("models/ebd.json", include_str!("../../models/ebd.json")),
];

/// Id of the model a visitor gets unless they choose another.
pub const DEFAULT_MODEL: &str = "six-stage";

/// Every built-in model that parses. (All of them do; the tests make sure.) The browser has its
/// own, `web::models::built_in`, that parses without serde_json.
#[cfg(not(target_arch = "wasm32"))]
pub fn built_in() -> Vec<Model> {
    BUILT_IN.iter().filter_map(|(file, text)| Model::from_json(file, text).ok()).collect()
}
