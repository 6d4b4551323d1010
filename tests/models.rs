#![cfg(not(target_arch = "wasm32"))]
//! Every model file in `models/` must validate, and broken files must fail with a message that
//! names the file and the field.

use cx_maturity::core::catalog::{CATALOG, DEFAULT_JSON, DEFAULT_MODEL};
use cx_maturity::core::model::Model;
use serde_json::{Value, json};

#[test]
fn every_model_file_is_valid_and_in_the_catalog() {
    let mut on_disk: Vec<String> = std::fs::read_dir("models")
        .expect("models/ exists")
        .map(|e| format!("models/{}", e.expect("readable entry").file_name().to_string_lossy()))
        .filter(|name| name.ends_with(".json"))
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = CATALOG.iter().map(|e| e.file.to_string()).collect();
    listed.sort();
    assert_eq!(on_disk, listed, "every file in models/ is in the catalog, and nothing else");
    for entry in &CATALOG {
        let text = std::fs::read_to_string(entry.file).expect("model file is readable");
        let model = Model::from_json(entry.file, &text).unwrap_or_else(|errors| {
            panic!("{}", errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
        });
        assert_eq!(format!("models/{}.json", model.id), entry.file, "file is named after the model id");
        assert_eq!(entry.id, model.id);
        assert_eq!(entry.name, model.name);
        assert_eq!(entry.questions, model.questions.len());
        assert_eq!(entry.stages, model.stages.iter().map(|s| &*s.name).collect::<Vec<_>>());
        assert_eq!(entry.ladder, model.is_ladder());
    }
    assert_eq!(CATALOG[0].id, DEFAULT_MODEL);
    let default = Model::from_json(CATALOG[0].file, DEFAULT_JSON).expect("the compiled-in default is valid");
    assert_eq!(default.id, DEFAULT_MODEL);
}

/// A small valid model to break in different ways.
fn base() -> Value {
    json!({
        "id": "demo", "version": 1, "name": "Demo", "summary": "A demo.", "minutes": 1, "measures": "Nothing.",
        "sources": [{"id": "src", "citation": "A source"}],
        "dimensions": [{"id": "a", "name": "A", "description": "First"}, {"id": "b", "name": "B", "description": "Second"}],
        "stages": [{"name": "Low", "description": "l"}, {"name": "High", "description": "h"}],
        "scales": {"yesno": [{"label": "No", "value": 0}, {"label": "Yes", "value": 1}]},
        "questions": [
            {"id": "q1", "dimension": "a", "prompt": "One?", "scale": "yesno", "advice": "Do one."},
            {"id": "q2", "dimension": "b", "prompt": "Two?", "scale": "yesno", "advice": "Do two."}
        ],
        "scoring": {"rule": "threshold", "hold_percent": 50, "ordered": true},
        "benchmarks": [{"text": "Half do.", "source": "src", "question": "q1"}]
    })
}

fn errors_of(value: &Value) -> Vec<String> {
    match Model::from_json("models/demo.json", &value.to_string()) {
        Ok(_) => vec![],
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn the_base_model_is_valid() {
    assert_eq!(errors_of(&base()), Vec::<String>::new());
}

#[test]
fn broken_models_fail_naming_file_and_field() {
    type Break = fn(&mut Value);
    let table: &[(&str, Break, &str)] = &[
        ("unknown top-level field", |m| m["colour"] = json!("red"), "models/demo.json: colour: unknown field `colour`"),
        (
            "unknown nested field",
            |m| m["questions"][0]["hint"] = json!("x"),
            "models/demo.json: questions[0].hint: unknown field `hint`",
        ),
        (
            "missing field",
            |m| drop(m.as_object_mut().map(|o| o.remove("stages"))),
            "models/demo.json: stages: missing field `stages`",
        ),
        (
            "duplicate question id",
            |m| m["questions"][1]["id"] = json!("q1"),
            "models/demo.json: questions[1].id: duplicate id 'q1'",
        ),
        (
            "duplicate dimension id",
            |m| m["dimensions"][1]["id"] = json!("a"),
            "models/demo.json: dimensions[1].id: duplicate id 'a'",
        ),
        ("empty stages", |m| m["stages"] = json!([]), "models/demo.json: stages: needs at least two stages"),
        (
            "unknown dimension",
            |m| m["questions"][1]["dimension"] = json!("c"),
            "models/demo.json: questions[1] (q2).dimension: refers to unknown dimension 'c'",
        ),
        (
            "unknown scale",
            |m| m["questions"][0]["scale"] = json!("agree"),
            "models/demo.json: questions[0] (q1).scale: refers to unknown scale 'agree'",
        ),
        (
            "no options",
            |m| drop(m["questions"][0].as_object_mut().map(|o| o.remove("scale"))),
            "models/demo.json: questions[0] (q1).options: needs options or a scale",
        ),
        (
            "falling values",
            |m| m["scales"]["yesno"][1]["value"] = json!(-1),
            "models/demo.json: scales.yesno: option values must rise strictly from first to last",
        ),
        (
            "benchmark of a missing question",
            |m| m["benchmarks"][0]["question"] = json!("q9"),
            "models/demo.json: benchmarks[0].question: refers to unknown question 'q9'",
        ),
        (
            "benchmark of a missing source",
            |m| m["benchmarks"][0]["source"] = json!("nope"),
            "models/demo.json: benchmarks[0].source: refers to unknown source 'nope'",
        ),
        (
            "threshold needs a stage per dimension",
            |m| m["stages"].as_array_mut().into_iter().for_each(|s| s.push(json!({"name": "Top", "description": "t"}))),
            "models/demo.json: stages: the threshold rule needs one stage per dimension (2), found 3",
        ),
        (
            "average rule needs stage-number values",
            |m| m["scoring"] = json!({"rule": "average"}),
            "models/demo.json: questions[0] (q1): the average rule needs option values that are stage numbers from 1 to 2",
        ),
        (
            "chasm outside the ladder",
            |m| {
                m["scales"]["yesno"] = json!([{"label": "No", "value": 1}, {"label": "Yes", "value": 2}]);
                m["scoring"] = json!({"rule": "average", "chasm_at": 5})
            },
            "models/demo.json: scoring.chasm_at: must be a stage from 2 to 2",
        ),
        (
            "unknown rule",
            |m| m["scoring"]["rule"] = json!("median"),
            "models/demo.json: scoring.rule: unknown rule \"median\": expected \"average\" or \"threshold\"",
        ),
        (
            "dimension without questions",
            |m| m["questions"][1]["dimension"] = json!("a"),
            "models/demo.json: dimensions[1] (b): has no questions",
        ),
        (
            "a fraction where a whole number belongs",
            |m| m["scales"]["yesno"][1]["value"] = json!(1.5),
            "models/demo.json: scales.yesno[1].value: expected a whole number from -1000000 to 1000000, found 1.5",
        ),
        (
            "text of the wrong kind",
            |m| m["stage_word"] = json!(7),
            "models/demo.json: stage_word: expected text, found a number",
        ),
        (
            "bad id",
            |m| m["id"] = json!("Demo Model"),
            "models/demo.json: id: must be non-empty and use only a-z, 0-9 and '-'",
        ),
        ("not json", |m| *m = json!("just a string"), "models/demo.json: expected an object, found text"),
    ];
    let mut wrong = Vec::new();
    for (what, break_it, expected) in table {
        let mut model = base();
        break_it(&mut model);
        let errors = errors_of(&model);
        if !errors.iter().any(|e| e == expected) {
            wrong.push(format!("{what}: expected {expected:?}, got {errors:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_field_or_scale_given_twice_is_refused() {
    // JSON values cannot hold a name twice, so the text is edited instead.
    let text = base().to_string();
    let table = [
        (r#""name":"Demo""#, r#""name":"Demo","name":"Other""#, "models/demo.json: name: field `name` is given twice"),
        (
            r#""scales":{"yesno":["#,
            r#""scales":{"yesno":[],"yesno":["#,
            "models/demo.json: scales.yesno: field `yesno` is given twice",
        ),
    ];
    for (find, replace, expected) in table {
        assert!(text.contains(find), "{find} in {text}");
        let errors = Model::from_json("models/demo.json", &text.replacen(find, replace, 1)).expect_err(expected);
        let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert!(errors.iter().any(|e| e == expected), "{expected}: got {errors:?}");
    }
}

#[test]
fn text_that_is_not_json_is_refused_with_its_position() {
    let table: &[(&str, &str)] = &[
        ("", "not valid JSON at line 1, column 1: unexpected end"),
        ("{\"id\": }", "not valid JSON at line 1, column 8: expected a value"),
        ("{\n  \"id\": \"x\",\n  \"name\" \"y\"}", "not valid JSON at line 3, column 10: expected ':'"),
        ("{\"id\": \"x\"} extra", "not valid JSON at line 1, column 13: unexpected text after the end"),
        ("{\"id\": \"tab\there\"}", "not valid JSON at line 1, column 12: control character in text"),
        (
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
            "not valid JSON at line 1, column 66: nested too deeply",
        ),
    ];
    for (text, expected) in table {
        let errors = Model::from_json("models/x.json", text).expect_err("not a model");
        assert_eq!(errors.len(), 1, "{text:?}");
        assert_eq!(errors[0].to_string(), format!("models/x.json: {expected}"), "{text:?}");
    }
}
