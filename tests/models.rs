#![cfg(not(target_arch = "wasm32"))]
//! Every model file in `models/` must validate, and broken files must fail with a message that
//! names the file and the field.

use cx_maturity::core::catalog::{CATALOG, DEFAULT, DEFAULT_JSON, DEFAULT_MODEL};
use cx_maturity::core::model::{Model, ModelError};
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
        assert_eq!(entry.version, model.version);
        assert_eq!(entry.name, model.name);
        assert_eq!(entry.questions, model.questions.len());
        assert_eq!(entry.stages, model.stages.iter().map(|s| &*s.name).collect::<Vec<_>>());
        assert_eq!(entry.ladder, model.is_ladder());
    }
    assert_eq!(CATALOG[0].id, DEFAULT_MODEL);
    let default = Model::from_json(CATALOG[0].file, DEFAULT_JSON).expect("the compiled-in default is valid");
    assert_eq!(DEFAULT, default, "the compiled-in model is its file, field for field");
    assert_eq!(default.id, DEFAULT_MODEL);
}

/// A small valid model to break in different ways.
fn base() -> Value {
    json!({
        "id": "demo", "version": 1, "name": "Demo", "summary": "A demo.", "measures": "Nothing.",
        "sources": [{"id": "src", "citation": "A source"}],
        "dimensions": [{"id": "a", "name": "A", "description": "First"}, {"id": "b", "name": "B", "description": "Second"}],
        "stages": [{"name": "Low", "description": "l"}, {"name": "High", "description": "h"}],
        "scales": {"yesno": [{"label": "No", "value": 0}, {"label": "Yes", "value": 1}]},
        "questions": [
            {"id": "q1", "dimension": "a", "prompt": "One?", "scale": "yesno", "advice": ["Do one."]},
            {"id": "q2", "dimension": "b", "prompt": "Two?", "scale": "yesno", "advice": ["Do two."]}
        ],
        "scoring": {"rule": "threshold", "hold_percent": 100, "ordered": true},
        "benchmarks": [{"text": "Half do.", "source": "src", "caveat": "Other questions.", "question": "q1"}]
    })
}

/// The problems of a model, each as `file: field: message`; every one must have its line and
/// column in the file.
fn errors_of(value: &Value) -> Vec<String> {
    let text = serde_json::to_string_pretty(value).unwrap();
    match Model::from_json("models/demo.json", &text) {
        Ok(_) => vec![],
        Err(errors) => errors
            .iter()
            .map(|e| {
                assert!(e.location.is_some(), "{e:?} has no location");
                ModelError { location: None, ..e.clone() }.to_string()
            })
            .collect(),
    }
}

#[test]
fn the_base_model_is_valid() {
    assert_eq!(errors_of(&base()), Vec::<String>::new());
}

/// What a broken model's messages must hold.
enum Expect {
    /// A problem `check` finds: this exact message, among all it finds.
    Is(&'static str),
    /// A problem with the shape, found by serde: the only message, starting like this. Serde
    /// stops at the first such problem (`cxm check` lists them all: tests/checker.rs).
    Shape(&'static str),
}

fn meets(errors: &[String], expect: &Expect) -> bool {
    match expect {
        Expect::Is(expected) => errors.iter().any(|e| e == expected),
        Expect::Shape(start) => errors.len() == 1 && errors[0].starts_with(start),
    }
}

#[test]
fn broken_models_fail_naming_file_and_field() {
    use Expect::{Is, Shape};
    type Break = fn(&mut Value);
    let table: &[(&str, Break, Expect)] = &[
        (
            "unknown top-level field",
            |m| m["colour"] = json!("red"),
            Shape("models/demo.json: colour: unknown field `colour`, expected one of `$schema`, `id`, `version`, "),
        ),
        (
            "unknown nested field",
            |m| m["questions"][0]["hint"] = json!("x"),
            Shape("models/demo.json: questions[0].hint: unknown field `hint`, expected one of `id`, `dimension`, "),
        ),
        (
            "unknown field in the scoring rule",
            |m| m["scoring"]["chasm_at"] = json!(2),
            // serde reads a tagged object whole before its fields, so the path stops at `scoring`.
            Shape("models/demo.json: scoring: unknown field `chasm_at`, expected `hold_percent` or `ordered`"),
        ),
        (
            "missing field",
            |m| drop(m.as_object_mut().map(|o| o.remove("questions"))),
            Shape("models/demo.json: missing field `questions`"),
        ),
        (
            "missing caveat",
            |m| drop(m["benchmarks"][0].as_object_mut().map(|o| o.remove("caveat"))),
            Shape("models/demo.json: benchmarks[0]: missing field `caveat`"),
        ),
        (
            "advice given as one text",
            |m| m["questions"][0]["advice"] = json!("Do one."),
            Shape("models/demo.json: questions[0].advice: invalid type: string \"Do one.\", expected a sequence"),
        ),
        (
            "missing nested field",
            |m| drop(m["dimensions"][1].as_object_mut().map(|o| o.remove("description"))),
            Shape("models/demo.json: dimensions[1]: missing field `description`"),
        ),
        (
            "missing rule",
            |m| drop(m["scoring"].as_object_mut().map(|o| o.remove("rule"))),
            Shape("models/demo.json: scoring: missing field `rule`"),
        ),
        (
            "version in words",
            |m| m["version"] = json!("one"),
            Shape("models/demo.json: version: invalid type: string \"one\", expected u32"),
        ),
        (
            "a label given as a number",
            |m| m["scales"]["yesno"][1]["label"] = json!(5),
            Shape("models/demo.json: scales.yesno[1].label: invalid type: integer `5`, expected a string"),
        ),
        (
            "a description given as a number",
            |m| m["dimensions"][1]["description"] = json!(3),
            Shape("models/demo.json: dimensions[1].description: invalid type: integer `3`, expected a string"),
        ),
        (
            "a fraction where a whole number belongs",
            |m| m["scales"]["yesno"][1]["value"] = json!(1.5),
            Shape("models/demo.json: scales.yesno[1].value: invalid type: floating point `1.5`, expected i32"),
        ),
        (
            "minutes, which are worked out from the text",
            |m| m["minutes"] = json!(5),
            Shape("models/demo.json: minutes: unknown field `minutes`, expected one of `$schema`, `id`, `version`, "),
        ),
        (
            "a negative version",
            |m| m["version"] = json!(-1),
            Shape("models/demo.json: version: invalid value: integer `-1`, expected u32"),
        ),
        (
            "text of the wrong kind",
            |m| m["stage_word"] = json!(7),
            Shape("models/demo.json: stage_word: invalid type: integer `7`, expected a string"),
        ),
        (
            "an optional field given as null",
            |m| m["questions"][0]["scale"] = json!(null),
            Shape("models/demo.json: questions[0].scale: invalid type: null, expected a string"),
        ),
        (
            "scales given as a list",
            |m| m["scales"] = json!([]),
            Shape("models/demo.json: scales: invalid type: sequence, expected an object from scale name to options"),
        ),
        (
            "unknown rule",
            |m| m["scoring"]["rule"] = json!("median"),
            Shape(
                "models/demo.json: scoring.rule: unknown variant `median`, expected one of `average`, `majority`, `threshold`",
            ),
        ),
        (
            "not a model at all",
            |m| *m = json!("just a string"),
            Shape("models/demo.json: invalid type: string \"just a string\", expected struct Model"),
        ),
        (
            "duplicate question id",
            |m| m["questions"][1]["id"] = json!("q1"),
            Is("models/demo.json: questions[1].id: duplicate id 'q1'"),
        ),
        (
            "duplicate dimension id",
            |m| m["dimensions"][1]["id"] = json!("a"),
            Is("models/demo.json: dimensions[1].id: duplicate id 'a'"),
        ),
        (
            "duplicate source id",
            |m| m["sources"] = json!([{"id": "src", "citation": "A"}, {"id": "src", "citation": "B"}]),
            Is("models/demo.json: sources[1].id: duplicate id 'src'"),
        ),
        ("empty stages", |m| m["stages"] = json!([]), Is("models/demo.json: stages: needs at least two stages")),
        (
            "unknown dimension",
            |m| m["questions"][1]["dimension"] = json!("c"),
            Is("models/demo.json: questions[1].dimension: refers to unknown dimension 'c'"),
        ),
        (
            "unknown scale",
            |m| m["questions"][0]["scale"] = json!("agree"),
            Is("models/demo.json: questions[0].scale: refers to unknown scale 'agree'"),
        ),
        (
            "no options",
            |m| drop(m["questions"][0].as_object_mut().map(|o| o.remove("scale"))),
            Is("models/demo.json: questions[0].options: needs options or a scale"),
        ),
        (
            "falling values",
            |m| m["scales"]["yesno"][1]["value"] = json!(-1),
            Is("models/demo.json: scales.yesno: option values must rise strictly from first to last"),
        ),
        (
            "a value beyond the limit",
            |m| m["scales"]["yesno"][1]["value"] = json!(5_000_000),
            Is("models/demo.json: scales.yesno[1].value: must be from -1000000 to 1000000"),
        ),
        (
            "a step for every option",
            |m| m["questions"][0]["advice"] = json!(["Do one.", "And then this."]),
            Is("models/demo.json: questions[0].advice: needs one step per option except the top one (1), found 2"),
        ),
        (
            "an empty step",
            |m| m["questions"][1]["advice"] = json!([" "]),
            Is("models/demo.json: questions[1].advice[0]: must not be empty"),
        ),
        (
            "an empty caveat",
            |m| m["benchmarks"][0]["caveat"] = json!(""),
            Is("models/demo.json: benchmarks[0].caveat: must say why the figure is only indicative"),
        ),
        (
            "a cut-off no answer meets exactly",
            |m| m["scoring"]["hold_percent"] = json!(60),
            Is("models/demo.json: questions[0]: no answer scores 60% (rounded down): the cut-off must be a score \
                 the answers offer, so that a dimension can meet it exactly"),
        ),
        (
            "stages on a model that counts sound dimensions",
            |m| m["scoring"]["ordered"] = json!(false),
            Is("models/demo.json: stages: a model that counts sound dimensions has no stages: leave `stages` out"),
        ),
        (
            "benchmark of a missing question",
            |m| m["benchmarks"][0]["question"] = json!("q9"),
            Is("models/demo.json: benchmarks[0].question: refers to unknown question 'q9'"),
        ),
        (
            "benchmark of a missing dimension",
            |m| m["benchmarks"][0]["dimension"] = json!("z"),
            Is("models/demo.json: benchmarks[0].dimension: refers to unknown dimension 'z'"),
        ),
        (
            "benchmark of a missing source",
            |m| m["benchmarks"][0]["source"] = json!("nope"),
            Is("models/demo.json: benchmarks[0].source: refers to unknown source 'nope'"),
        ),
        (
            "threshold needs a stage per dimension",
            |m| m["stages"].as_array_mut().into_iter().for_each(|s| s.push(json!({"name": "Top", "description": "t"}))),
            Is("models/demo.json: stages: the ordered threshold rule needs one stage per dimension (2), found 3"),
        ),
        (
            "average rule needs stage-number values",
            |m| m["scoring"] = json!({"rule": "average"}),
            Is(
                "models/demo.json: questions[0]: the average rule needs option values that are stage numbers from 1 to 2",
            ),
        ),
        (
            "chasm outside the ladder",
            |m| {
                m["scales"]["yesno"] = json!([{"label": "No", "value": 1}, {"label": "Yes", "value": 2}]);
                m["scoring"] = json!({"rule": "average", "chasm_at": 5})
            },
            Is("models/demo.json: scoring.chasm_at: must be a stage from 2 to 2"),
        ),
        (
            "dimension without questions",
            |m| m["questions"][1]["dimension"] = json!("a"),
            Is("models/demo.json: dimensions[1]: 'b' has no questions"),
        ),
        (
            "a call to action to a script",
            |m| m["stages"][0]["cta"] = json!({"label": "Talk to us", "url": "javascript:alert(1)"}),
            Is("models/demo.json: stages[0].cta.url: must be an https:, http: or mailto: link or a path on the same \
                site ('/contact')"),
        ),
        (
            "a call to action with a long label",
            |m| m["stages"][1]["cta"] = json!({"label": "x".repeat(81), "url": "/contact?stage=2"}),
            Is("models/demo.json: stages[1].cta.label: must be 1 to 80 characters"),
        ),
        (
            "an empty stage message",
            |m| m["stages"][1]["message"] = json!(" "),
            Is("models/demo.json: stages[1].message: must not be empty: leave it out instead"),
        ),
        (
            "a stage message given as null",
            |m| m["stages"][0]["message"] = json!(null),
            Shape("models/demo.json: stages[0].message: invalid type: null, expected a string"),
        ),
        (
            "a call to action with an unknown field",
            |m| m["stages"][0]["cta"] = json!({"label": "Talk", "url": "/contact", "href": "/x"}),
            Shape("models/demo.json: stages[0].cta.href: unknown field `href`, expected `label` or `url`"),
        ),
        (
            "bad id",
            |m| m["id"] = json!("Demo Model"),
            Is("models/demo.json: id: must be non-empty and use only a-z, 0-9 and '-'"),
        ),
    ];
    let mut wrong = Vec::new();
    for (what, break_it, expected) in table {
        let mut model = base();
        break_it(&mut model);
        let errors = errors_of(&model);
        if !meets(&errors, expected) {
            let expected = match expected {
                Is(s) | Shape(s) => s,
            };
            wrong.push(format!("{what}: expected {expected:?}, got {errors:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Every problem is placed at the value it is about (on its first line), or, for a field the
/// file does not have, at the deepest value of its path it does have.
#[test]
fn problems_carry_their_line_and_column() {
    let mut model = base();
    model["questions"][1]["dimension"] = json!("c");
    model["stages"][0]["cta"] = json!({"label": "Talk", "url": "data:text/html,x"});
    drop(model["questions"][0].as_object_mut().map(|o| o.remove("scale")));
    let text = serde_json::to_string_pretty(&model).unwrap();
    let place = |needle: &str| {
        let at = text.find(needle).unwrap_or_else(|| panic!("{needle} in {text}"));
        let line = text[..at].matches('\n').count() + 1;
        (line, at - text[..at].rfind('\n').map_or(0, |i| i + 1) + 1)
    };
    let errors = Model::from_json("demo.json", &text).expect_err("broken");
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    let (line, column) = place("\"c\"");
    let q0 = place("{\n      \"advice\": [\n        \"Do one.\"");
    let (url, url_column) = place("\"data:");
    for expected in [
        format!("demo.json line {line}, column {column}: questions[1].dimension: refers to unknown dimension 'c'"),
        format!("demo.json line {}, column {}: questions[0].options: needs options or a scale", q0.0, q0.1),
        format!(
            "demo.json line {url}, column {url_column}: stages[0].cta.url: must be an https:, http: or mailto: link \
             or a path on the same site ('/contact')"
        ),
    ] {
        assert!(shown.contains(&expected), "{expected} in {shown:#?}");
    }
    let checked = Model::check(serde_json::from_value(model).unwrap(), "demo.json").expect_err("broken");
    assert!(checked.iter().all(|e| e.location.is_none()), "a model checked without its text has no locations");
    assert_eq!(checked.len(), errors.len());
}

#[test]
fn a_field_or_scale_given_twice_is_refused() {
    // JSON values cannot hold a name twice, so the text is edited instead. Serde names the object
    // a field is given twice in, not the field: at the top level that is the file alone.
    let text = base().to_string();
    let table = [
        (r#""name":"Demo""#, r#""name":"Demo","name":"Other""#, "models/demo.json: duplicate field `name`"),
        (
            r#""label":"Yes""#,
            r#""label":"Yes","label":"Yes""#,
            "models/demo.json: scales.yesno[1]: duplicate field `label`",
        ),
        (
            r#""scales":{"yesno":["#,
            r#""scales":{"yesno":[],"yesno":["#,
            "models/demo.json: scales: scale `yesno` is given twice",
        ),
    ];
    for (find, replace, expected) in table {
        assert!(text.contains(find), "{find} in {text}");
        let errors = Model::from_json("models/demo.json", &text.replacen(find, replace, 1)).expect_err(expected);
        let errors: Vec<String> =
            errors.iter().map(|e| ModelError { location: None, ..e.clone() }.to_string()).collect();
        assert!(meets(&errors, &Expect::Shape(expected)), "{expected}: got {errors:?}");
    }
}

#[test]
fn text_that_is_not_json_is_refused_with_its_position() {
    let table: &[(&str, &str)] = &[
        ("", "line 1, column 1: not valid JSON: EOF while parsing a value"),
        ("{\"id\": }", "line 1, column 8: id: not valid JSON: expected value"),
        ("{\n  \"id\": \"x\",\n  \"name\" \"y\"}", "line 3, column 10: not valid JSON: expected `:`"),
        ("{\"id\": \"x\"", "line 1, column 10: not valid JSON: EOF while parsing an object"),
        (
            "{\"id\": \"tab\there\"}",
            "line 1, column 12: id: not valid JSON: control character (\\u0000-\\u001F) found while parsing a string",
        ),
        ("{\"id\": \"é\", }", "line 1, column 13: not valid JSON: trailing comma"),
    ];
    for (text, expected) in table {
        let errors = Model::from_json("models/x.json", text).expect_err("not a model");
        assert_eq!(errors.len(), 1, "{text:?}");
        assert_eq!(errors[0].to_string(), format!("models/x.json {expected}"), "{text:?}");
    }

    let model = base().to_string();
    let errors = Model::from_json("models/x.json", &format!("{model} extra")).expect_err("text after the end");
    let expected = format!("models/x.json line 1, column {}: not valid JSON: trailing characters", model.len() + 2);
    assert_eq!(errors.iter().map(ToString::to_string).collect::<Vec<_>>(), [expected]);

    // Only values serde reads whole (the scoring rule's) can nest; serde_json stops at 128 levels.
    let deep = format!("{{\"scoring\": {{\"rule\": \"average\", \"x\": {}", "[".repeat(200));
    let errors = Model::from_json("models/x.json", &deep).expect_err("nested too deeply");
    assert_eq!(errors.len(), 1);
    let error = errors[0].to_string();
    assert!(error.starts_with("models/x.json line 1, column 163: scoring.x[0][0]"), "{error}");
    assert!(error.ends_with("[0]: not valid JSON: recursion limit exceeded"), "{error}");
}

#[test]
fn a_model_written_back_reads_the_same() {
    for entry in &CATALOG {
        let model = Model::from_json(entry.file, &std::fs::read_to_string(entry.file).unwrap()).unwrap();
        let written = serde_json::to_string_pretty(&model).unwrap();
        assert_eq!(Model::from_json(entry.file, &written), Ok(model), "{}", entry.file);
    }
}

/// A release build starts with `DEFAULT_FOR_ASKING` and gets the rest of the default model with
/// the screens after the questions (src/ui/later.rs). Every model in that form asks the same
/// questions and gives the same scores, share links and completion events as the whole model, and
/// carries none of the text only the result and the methodology show.
#[test]
fn a_model_for_asking_asks_and_scores_like_the_whole_model() {
    use cx_maturity::core::answers::Answers;
    use cx_maturity::core::catalog::DEFAULT_FOR_ASKING;
    use cx_maturity::core::{scoring, share, widget};

    assert_eq!(DEFAULT_FOR_ASKING, DEFAULT.for_asking());
    let mut seed = 11u64;
    for entry in &CATALOG {
        let whole = Model::from_json(entry.file, &std::fs::read_to_string(entry.file).unwrap()).unwrap();
        let asking = whole.for_asking();
        assert_eq!((&asking.id, asking.version, &asking.name), (&whole.id, whole.version, &whole.name));
        assert_eq!(asking.scoring, whole.scoring);
        assert_eq!(asking.scales, whole.scales);
        for (a, w) in asking.questions.iter().zip(whole.questions.iter()) {
            assert_eq!(
                (&a.id, &a.dimension, &a.prompt, &a.options, &a.scale),
                (&w.id, &w.dimension, &w.prompt, &w.options, &w.scale)
            );
            assert!(a.advice.is_empty() && !w.advice.is_empty());
        }
        assert_eq!(asking.questions.len(), whole.questions.len());
        let names = |m: &Model| {
            (
                m.dimensions.iter().map(|d| d.name.clone()).collect::<Vec<_>>(),
                m.stages.iter().map(|s| s.name.clone()).collect::<Vec<_>>(),
            )
        };
        assert_eq!(names(&asking), names(&whole));
        assert!(asking.dimensions.iter().all(|d| d.description.is_empty() && d.fluff.is_none() && d.tough.is_none()));
        assert!(asking.stages.iter().all(|s| s.description.is_empty()));
        assert!(asking.measures.is_empty() && asking.sources.is_empty() && asking.benchmarks.is_empty());

        for _ in 0..50 {
            let text: String = (0..whole.questions.len())
                .map(|q| {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                    match (seed >> 33) % (whole.options(q).len() as u64 + 1) {
                        i if i as usize == whole.options(q).len() => '?',
                        i => char::from_digit(i as u32, 36).unwrap(),
                    }
                })
                .collect();
            let answers = Answers::decode(&whole, &text).unwrap();
            let outcome = scoring::score(&whole, &answers);
            assert_eq!(scoring::score(&asking, &answers), outcome, "{} {text}", entry.id);
            assert_eq!(share::encode(&asking, &answers).unwrap(), share::encode(&whole, &answers).unwrap());
            assert_eq!(
                widget::completion(&asking, &outcome, &answers, true, &[]),
                widget::completion(&whole, &outcome, &answers, true, &[])
            );
        }
    }
}
