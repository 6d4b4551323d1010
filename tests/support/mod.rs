//! Builders shared by the native test files.
#![allow(dead_code)]

use cx_maturity::core::answers::{Answer, Answers};
use cx_maturity::core::model::Model;

/// A model with `dims` dimensions of `per_dim` questions each, `stages` stages, options with the
/// given values and the given scoring rule (JSON).
pub fn model(dims: usize, per_dim: usize, stages: usize, values: &[i32], scoring: &str) -> Model {
    let options: Vec<String> = values.iter().map(|v| format!(r#"{{"label":"option {v}","value":{v}}}"#)).collect();
    let dimensions: Vec<String> =
        (0..dims).map(|d| format!(r#"{{"id":"d{d}","name":"Dimension {d}","description":"about {d}"}}"#)).collect();
    let questions: Vec<String> = (0..dims * per_dim)
        .map(|q| {
            format!(
                r#"{{"id":"q{q}","dimension":"d{}","prompt":"Question {q}?","options":[{}],"advice":"Do {q}."}}"#,
                q / per_dim,
                options.join(",")
            )
        })
        .collect();
    let stage_list: Vec<String> =
        (1..=stages).map(|s| format!(r#"{{"name":"S{s}","description":"stage {s}"}}"#)).collect();
    let json = format!(
        r#"{{"id":"test","version":1,"name":"Test","summary":"s","minutes":1,"measures":"m",
        "sources":[{{"id":"src","citation":"A source"}}],
        "dimensions":[{}],"stages":[{}],"questions":[{}],"scoring":{scoring}}}"#,
        dimensions.join(","),
        stage_list.join(","),
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
