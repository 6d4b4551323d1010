//! Reading model files in the browser: the browser's JSON.parse, then serde-wasm-bindgen into
//! the core's `Model`, then the core's checks. Custom models supplied by a host will come in here.

use crate::core::catalog::BUILT_IN;
use crate::core::model::{Model, ModelError};

pub fn parse(file: &str, text: &str) -> Result<Model, Vec<ModelError>> {
    let value = js_sys::JSON::parse(text).map_err(|_| Model::parse_error(file, "the file is not valid JSON"))?;
    let model: Model = serde_wasm_bindgen::from_value(value).map_err(|e| Model::parse_error(file, &e.to_string()))?;
    model.check(file)
}

/// Every built-in model that parses (all of them; `tests/models.rs` makes sure).
pub fn built_in() -> Vec<Model> {
    BUILT_IN.iter().filter_map(|(file, text)| parse(file, text).ok()).collect()
}
