//! The model file checker behind `cxm check` (src/bin/cxm.rs): every problem of a model file at
//! once, each at its line and column. Native only (`cfg(schema)`).
//!
//! Serde stops at the first problem with a file's shape, so the shape is first checked against
//! the format's JSON Schema, generated from the model types (`core::model::schema`), which lists
//! every unknown, missing or mistyped field. A file of the right shape is then read by the app's
//! own reader, `Model::from_json`: what the schema cannot see (a field given twice) comes back
//! from serde, and every problem `Model::check` finds comes back located.

pub mod report;
mod shape;

use crate::core::model::schema::model_schema;
use crate::core::model::{FieldPath, Kind, Locator, Model, ModelError, check::serde_problem};
use jsonschema::Validator;

/// Checks model files against the format; build it once for many files.
pub struct Checker {
    validator: Validator,
}

impl Checker {
    /// The checker of the format's schema. It fails only if the generated schema is not a valid
    /// JSON Schema, which `tests/schema.rs` rules out.
    pub fn new() -> Result<Checker, String> {
        let schema = serde_json::to_value(model_schema()).map_err(|e| e.to_string())?;
        let validator = jsonschema::validator_for(&schema).map_err(|e| format!("the model schema: {e}"))?;
        Ok(Checker { validator })
    }

    /// Every problem of model file `file` with text `text`, in the order they come in the file:
    /// text that is not JSON (one problem), else every problem with its shape, else every problem
    /// the app's reader finds. Empty when the file is a valid model.
    pub fn check(&self, file: &str, text: &str) -> Vec<ModelError> {
        let value: serde_json::Value = match serde_json::from_str(text) {
            Ok(value) => value,
            Err(error) => return vec![serde_problem(file, text, FieldPath::default(), &error)],
        };
        let found: Vec<(FieldPath, String)> =
            self.validator.iter_errors(&value).flat_map(|e| shape::problems(&e)).collect();
        let mut problems = if found.is_empty() {
            Model::from_json(file, text).err().unwrap_or_default()
        } else {
            let locator = Locator::new(text);
            let problem = |(field, message)| ModelError {
                file: file.into(),
                kind: Kind::Shape,
                location: Some(locator.locate(&field)),
                field,
                message,
            };
            found.into_iter().map(problem).collect()
        };
        problems.sort_by_key(|p| p.location.as_ref().map(|l| l.bytes.start));
        problems
    }
}
