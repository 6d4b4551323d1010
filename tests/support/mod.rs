//! Builders shared by the native test files.
#![allow(dead_code)]

use cx_maturity::core::answers::{Answer, Answers};
use cx_maturity::core::model::Model;

/// A model with `dims` dimensions of `per_dim` questions each, `stages` stages (0 leaves `stages`
/// out), options with the given values and the given scoring rule (JSON). The advice for option
/// `i` of question `q` is "Step q.i".
pub fn model(dims: usize, per_dim: usize, stages: usize, values: &[i32], scoring: &str) -> Model {
    let options: Vec<String> = values.iter().map(|v| format!(r#"{{"label":"option {v}","value":{v}}}"#)).collect();
    let dimensions: Vec<String> =
        (0..dims).map(|d| format!(r#"{{"id":"d{d}","name":"Dimension {d}","description":"about {d}"}}"#)).collect();
    let questions: Vec<String> = (0..dims * per_dim)
        .map(|q| {
            let advice: Vec<String> = (0..values.len() - 1).map(|i| format!(r#""Step {q}.{i}""#)).collect();
            format!(
                r#"{{"id":"q{q}","dimension":"d{}","prompt":"Question {q}?","options":[{}],"advice":[{}]}}"#,
                q / per_dim,
                options.join(","),
                advice.join(",")
            )
        })
        .collect();
    let stage_list: Vec<String> =
        (1..=stages).map(|s| format!(r#"{{"name":"S{s}","description":"stage {s}"}}"#)).collect();
    let stages = if stages == 0 { String::new() } else { format!(r#""stages":[{}],"#, stage_list.join(",")) };
    let json = format!(
        r#"{{"id":"test","version":1,"name":"Test","summary":"s","measures":"m",
        "sources":[{{"id":"src","citation":"A source"}}],
        "dimensions":[{}],{stages}"questions":[{}],"scoring":{scoring}}}"#,
        dimensions.join(","),
        questions.join(",")
    );
    Model::from_json("test.json", &json).unwrap_or_else(|e| panic!("test model invalid: {e:?}"))
}

/// Answers given as one character per question, as in the stored form: option index digits,
/// `?` for not sure. Spaces are ignored, so answers can be grouped by dimension.
pub fn answers(model: &Model, text: &str) -> Answers {
    Answers::decode(model, &text.replace(' ', "")).unwrap_or_else(|e| panic!("bad answers {text}: {e}"))
}

/// Every question answered with option index `i`.
pub fn all(model: &Model, i: u8) -> Answers {
    let mut a = Answers::empty(model);
    for q in 0..model.questions.len() {
        a.set(q, Answer::Option(i));
    }
    a
}

/// A built-in model read from its file (relative to the repository root).
pub fn load(file: &str) -> Model {
    Model::from_json(file, &std::fs::read_to_string(file).expect("model file")).expect("valid model")
}

/// The built-in models in every version this release has: current and archived.
pub fn every_version() -> Vec<Model> {
    use cx_maturity::core::catalog::{ARCHIVE, CATALOG};
    let files = CATALOG.iter().map(|e| e.file).chain(ARCHIVE.iter().map(|a| a.file));
    files.map(load).collect()
}

/// Every question answered by `choice(q)`, a position in its radio group (the last is "Not sure").
pub fn answered(m: &Model, choice: impl Fn(usize) -> usize) -> Answers {
    let mut a = Answers::empty(m);
    for q in 0..m.questions.len() {
        let options = m.options(q).len();
        a.set(q, Answer::at(choice(q) % (options + 1), options));
    }
    a
}

/// A complete answer set drawn from `u`, "Not sure" as likely as any option.
#[cfg(not(target_arch = "wasm32"))]
pub fn random_answers(m: &Model, u: &mut arbtest::arbitrary::Unstructured) -> arbtest::arbitrary::Result<Answers> {
    let mut a = Answers::empty(m);
    for q in 0..m.questions.len() {
        let options = m.options(q).len();
        a.set(q, Answer::at(u.int_in_range(0..=options)?, options));
    }
    Ok(a)
}

/// `payload` (ASCII) with character `i` replaced by `c`.
pub fn with_char(payload: &str, i: usize, c: u8) -> String {
    let mut b = payload.as_bytes().to_vec();
    b[i] = c;
    String::from_utf8(b).expect("ASCII")
}

/// The fuzzer's seeds for one target, `fuzz/corpus/<target>`: each file's name and text.
pub fn fuzz_seeds(target: &str) -> Vec<(String, String)> {
    let dir = format!("fuzz/corpus/{target}");
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{dir}: {e}"));
    entries
        .map(|entry| {
            let path = entry.expect("entry").path();
            let name = path.file_name().and_then(|n| n.to_str()).expect("name").to_string();
            (name, std::fs::read_to_string(&path).expect("seed"))
        })
        .collect()
}
