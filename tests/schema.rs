#![cfg(not(target_arch = "wasm32"))]
//! The model format's JSON Schema (`docs/model.schema.json`), generated from the model types: the
//! committed file is what the types generate, every model file here meets it, and it refuses what
//! the reader refuses. After a change to the types, write it anew with
//!
//!     cargo run --bin cxm -- schema > docs/model.schema.json

use cx_maturity::core::model::schema::{SCHEMA_PATH, model_schema};
use cx_maturity::core::translation::LANGUAGES;
use serde_json::{Value, json};

fn generated() -> Value {
    serde_json::to_value(model_schema()).expect("a schema is JSON")
}

#[test]
fn the_committed_schema_is_the_one_the_types_generate() {
    let committed: Value = serde_json::from_str(&std::fs::read_to_string(SCHEMA_PATH).expect("the committed schema"))
        .expect("the committed schema is JSON");
    assert!(
        committed == generated(),
        "{SCHEMA_PATH} differs from the model types' schema; write it anew with\n    \
         cargo run --bin cxm -- schema > {SCHEMA_PATH}"
    );
}

#[test]
fn every_model_file_meets_the_schema_and_names_it() {
    let validator = jsonschema::validator_for(&generated()).expect("a valid JSON Schema");
    let mut seen = 0;
    let translations = LANGUAGES[1..].iter().map(|l| (format!("models/{}", l.tag), "../../docs/model.schema.json"));
    let folders = [
        ("models".to_string(), "../docs/model.schema.json"),
        ("models/archive".to_string(), "../../docs/model.schema.json"),
        ("examples/models".to_string(), "../../docs/model.schema.json"),
    ];
    for (dir, schema) in folders.into_iter().chain(translations) {
        for entry in std::fs::read_dir(&dir).expect("a folder of models") {
            let path = entry.expect("an entry").path();
            if path.extension().is_none_or(|x| x != "json") {
                continue;
            }
            let model: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).expect("JSON");
            let errors: Vec<String> =
                validator.iter_errors(&model).map(|e| format!("{}: {e}", e.instance_path())).collect();
            assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
            assert_eq!(model["$schema"], schema, "{} names the schema by its relative path", path.display());
            seen += 1;
        }
    }
    assert!(seen >= 9 + 4 * (LANGUAGES.len() - 1), "{seen} files");
}

/// A small valid model to break in different ways.
fn base() -> Value {
    json!({
        "id": "demo", "version": 1, "name": "Demo", "summary": "A demo.", "measures": "Nothing.",
        "sources": [{"id": "src", "citation": "A source"}],
        "dimensions": [{"id": "a", "name": "A", "description": "First", "fluff": "f"}],
        "stages": [
            {"name": "Low", "description": "l", "message": "Start here.", "cta": {"label": "Talk", "url": "/contact"}},
            {"name": "High", "description": "h"}
        ],
        "scales": {"yesno": [{"label": "No", "value": 1}, {"label": "Yes", "value": 2}]},
        "questions": [
            {"id": "q1", "dimension": "a", "prompt": "One?", "scale": "yesno", "advice": ["Do one."]},
            {"id": "q2", "dimension": "a", "prompt": "Two?", "options": [{"label": "No", "value": 1}, {"label": "Yes", "value": 2}], "advice": ["Do two."]}
        ],
        "scoring": {"rule": "majority", "chasm_at": 2}
    })
}

#[test]
fn the_schema_refuses_what_the_reader_refuses() {
    let validator = jsonschema::validator_for(&generated()).expect("a valid JSON Schema");
    assert!(
        validator.is_valid(&base()),
        "{:?}",
        validator.iter_errors(&base()).map(|e| e.to_string()).collect::<Vec<_>>()
    );
    type Break = fn(&mut Value);
    let table: &[(&str, Break)] = &[
        ("an unknown top-level field", |m| m["colour"] = json!("red")),
        ("an unknown field in a question", |m| m["questions"][0]["hint"] = json!("x")),
        ("an unknown field in a call to action", |m| m["stages"][0]["cta"]["href"] = json!("/x")),
        ("null for an optional text", |m| m["dimensions"][0]["fluff"] = json!(null)),
        ("null for a stage message", |m| m["stages"][0]["message"] = json!(null)),
        ("null for a call to action", |m| m["stages"][0]["cta"] = json!(null)),
        ("null for $schema", |m| m["$schema"] = json!(null)),
        ("null for chasm_at", |m| m["scoring"]["chasm_at"] = json!(null)),
        ("both options and scale", |m| m["questions"][1]["scale"] = json!("yesno")),
        ("neither options nor scale", |m| drop(m["questions"][0].as_object_mut().map(|q| q.remove("scale")))),
        ("scales as a list", |m| m["scales"] = json!([{"name": "yesno", "options": []}])),
        ("a scale that is not a list of options", |m| m["scales"]["yesno"] = json!({"No": 1})),
        ("an unknown scoring rule", |m| m["scoring"] = json!({"rule": "median"})),
        ("a field of another rule", |m| m["scoring"] = json!({"rule": "majority", "hold_percent": 50})),
        ("a threshold without its fields", |m| m["scoring"] = json!({"rule": "threshold"})),
        ("no rule", |m| m["scoring"] = json!({"chasm_at": 2})),
        ("a missing field", |m| drop(m.as_object_mut().map(|o| o.remove("questions")))),
        ("a version in words", |m| m["version"] = json!("one")),
        ("a negative version", |m| m["version"] = json!(-1)),
        ("a fraction for a value", |m| m["scales"]["yesno"][1]["value"] = json!(1.5)),
        ("advice as one text", |m| m["questions"][0]["advice"] = json!("Do one.")),
        ("a call to action without a url", |m| m["stages"][0]["cta"] = json!({"label": "Talk"})),
    ];
    let mut accepted = Vec::new();
    for (what, break_it) in table {
        let mut model = base();
        break_it(&mut model);
        if validator.is_valid(&model) {
            accepted.push(*what);
        }
        assert!(
            cx_maturity::core::model::Model::from_json("demo.json", &model.to_string()).is_err(),
            "{what}: the reader refuses it too"
        );
    }
    assert!(accepted.is_empty(), "the schema accepts {accepted:?}");
}
