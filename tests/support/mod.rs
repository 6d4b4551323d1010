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
