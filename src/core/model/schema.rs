//! The model file format as a JSON Schema, generated from the types (schemars), for editors
//! (`$schema`), `docs/model.schema.json` and the checker, which lists every shape problem of a
//! file with it. Native only (`cfg(schema)`).

use super::Model;
use schemars::Schema;
use serde_json::json;

/// Where a model file finds the schema in this repository, from `models/`.
pub const SCHEMA_PATH: &str = "docs/model.schema.json";

/// The schema of a model file, as `docs/model.schema.json` holds it.
pub fn model_schema() -> Schema {
    let mut schema = schemars::schema_for!(Model);
    schema.insert("title".into(), json!("cx-maturity model file"));
    schema
}

/// A question gives `options` or `scale`: one, not both, not neither.
pub fn options_or_scale(schema: &mut Schema) {
    schema.insert("oneOf".into(), json!([{ "required": ["options"] }, { "required": ["scale"] }]));
}
