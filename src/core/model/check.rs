//! Reading a model file and checking what its shape alone cannot (references, duplicate ids,
//! empty lists, rule constraints). Each problem names the file and the field.

use super::{AnswerOption, MAX_OPTIONS, Model, Scoring, Text};
use std::fmt;

/// The lowest and highest option value allowed, so that differences of values cannot overflow.
const VALUE_LIMIT: i32 = 1_000_000;

/// A field path as the messages write it: `questions[0].hint`, empty for the root. Segments
/// serde_path_to_error cannot name (a key not read yet) are left out rather than shown as `?`.
#[cfg(not(target_arch = "wasm32"))]
fn field_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key: name } | Segment::Enum { variant: name } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(name);
            }
            Segment::Unknown => {}
        }
    }
    out
}

/// One problem found in a model file, naming the field it is about.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelError {
    pub file: String,
    pub field: String,
    pub message: String,
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}: {}: {}", self.file, self.field, self.message)
        }
    }
}

impl Model {
    /// Reads and validates a model file: one problem when the shape is wrong (serde stops at the
    /// first), else every problem `check` finds. `file` is only used to name the file in messages.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_json(file: &str, text: &str) -> Result<Model, Vec<ModelError>> {
        let mut json = serde_json::Deserializer::from_str(text);
        let read = serde_path_to_error::deserialize(&mut json)
            .map_err(|e| (field_path(e.path()), e.into_inner()))
            .and_then(|model: Model| json.end().map(|()| model).map_err(|e| (String::new(), e)));
        let (path, error) = match read {
            Ok(model) => return model.check(file),
            Err(problem) => problem,
        };
        let message = match error.classify() {
            serde_json::error::Category::Syntax | serde_json::error::Category::Eof => {
                format!("not valid JSON: {error}")
            }
            _ => error.to_string(),
        };
        Err(vec![ModelError { file: file.into(), field: path, message }])
    }

    /// Checks what the shape alone cannot: references, duplicates, empty lists, rule constraints.
    pub fn check(self, file: &str) -> Result<Model, Vec<ModelError>> {
        let problems = self.problems();
        if problems.is_empty() {
            Ok(self)
        } else {
            Err(problems.into_iter().map(|(field, message)| ModelError { file: file.into(), field, message }).collect())
        }
    }

    /// Everything wrong with a parsed model, as (field, message) pairs.
    fn problems(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut push = |field: String, message: &str| out.push((field, message.to_string()));
        if self.id.is_empty() || !self.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            push("id".into(), "must be non-empty and use only a-z, 0-9 and '-'");
        }
        if self.version == 0 {
            push("version".into(), "must be 1 or more");
        }
        for (field, text) in [("name", &self.name), ("summary", &self.summary), ("measures", &self.measures)] {
            if text.trim().is_empty() {
                push(field.into(), "must not be empty");
            }
        }
        if self.is_ladder() && self.stages.len() < 2 {
            push("stages".into(), "needs at least two stages");
        }
        for (i, stage) in self.stages.iter().enumerate() {
            if stage.name.trim().is_empty() {
                push(format!("stages[{i}].name"), "must not be empty");
            }
        }
        if self.dimensions.is_empty() {
            push("dimensions".into(), "needs at least one dimension");
        }
        duplicates(self.sources.iter().map(|s| &s.id), "sources", &mut push);
        duplicates(self.dimensions.iter().map(|d| &d.id), "dimensions", &mut push);
        duplicates(self.questions.iter().map(|q| &q.id), "questions", &mut push);
        for scale in self.scales.iter() {
            check_options(&scale.options, &format!("scales.{}", scale.name), &mut push);
        }
        if self.questions.is_empty() {
            push("questions".into(), "needs at least one question");
        }
        for (i, q) in self.questions.iter().enumerate() {
            let field = format!("questions[{i}] ({})", q.id);
            if self.dimension_index(&q.dimension).is_none() {
                push(format!("{field}.dimension"), &format!("refers to unknown dimension '{}'", q.dimension));
            }
            match (&q.scale, q.options.is_empty()) {
                (Some(_), false) => push(format!("{field}.options"), "give either options or scale, not both"),
                (Some(name), true) if self.scale(name).is_none() => {
                    push(format!("{field}.scale"), &format!("refers to unknown scale '{name}'"))
                }
                (None, true) => push(format!("{field}.options"), "needs options or a scale"),
                (None, false) => check_options(&q.options, &format!("{field}.options"), &mut push),
                _ => {}
            }
            let steps = self.options(i).len().saturating_sub(1);
            if q.advice.len() != steps {
                push(
                    format!("{field}.advice"),
                    &format!("needs one step per option except the top one ({steps}), found {}", q.advice.len()),
                );
            }
            for (k, step) in q.advice.iter().enumerate() {
                if step.trim().is_empty() {
                    push(format!("{field}.advice[{k}]"), "must not be empty");
                }
            }
        }
        for (d, dim) in self.dimensions.iter().enumerate() {
            if self.questions_in(d).next().is_none() {
                push(format!("dimensions[{d}] ({})", dim.id), "has no questions");
            }
        }
        match self.scoring {
            Scoring::Average { chasm_at } | Scoring::Majority { chasm_at } => {
                let top = self.stages.len() as i32;
                let rule = if matches!(self.scoring, Scoring::Average { .. }) { "average" } else { "majority" };
                for q in 0..self.questions.len() {
                    if self.options(q).iter().any(|o| o.value < 1 || o.value > top) {
                        push(
                            format!("questions[{q}] ({})", self.questions[q].id),
                            &format!("the {rule} rule needs option values that are stage numbers from 1 to {top}"),
                        );
                    }
                }
                if let Some(c) = chasm_at
                    && (c < 2 || c > self.stages.len())
                {
                    push("scoring.chasm_at".into(), &format!("must be a stage from 2 to {}", self.stages.len()));
                }
            }
            Scoring::Threshold { hold_percent, ordered } => {
                if hold_percent == 0 || hold_percent > 100 {
                    push("scoring.hold_percent".into(), "must be from 1 to 100");
                }
                for q in 0..self.questions.len() {
                    if !self.option_percents(q).contains(&hold_percent) {
                        push(
                            format!("questions[{q}] ({})", self.questions[q].id),
                            &format!(
                                "no answer scores {hold_percent}% (rounded down): the cut-off must be a score the \
                                 answers offer, so that a dimension can meet it exactly"
                            ),
                        );
                    }
                }
                if ordered && self.stages.len() != self.dimensions.len() {
                    push(
                        "stages".into(),
                        &format!(
                            "the ordered threshold rule needs one stage per dimension ({}), found {}",
                            self.dimensions.len(),
                            self.stages.len()
                        ),
                    );
                }
                if !ordered && !self.stages.is_empty() {
                    push("stages".into(), "a model that counts sound dimensions has no stages: leave `stages` out");
                }
            }
        }
        for (i, b) in self.benchmarks.iter().enumerate() {
            let field = format!("benchmarks[{i}]");
            if b.caveat.trim().is_empty() {
                push(format!("{field}.caveat"), "must say why the figure is only indicative");
            }
            if self.source(&b.source).is_none() {
                push(format!("{field}.source"), &format!("refers to unknown source '{}'", b.source));
            }
            if let Some(d) = &b.dimension
                && self.dimension_index(d).is_none()
            {
                push(format!("{field}.dimension"), &format!("refers to unknown dimension '{d}'"));
            }
            if let Some(q) = &b.question
                && !self.questions.iter().any(|x| &x.id == q)
            {
                push(format!("{field}.question"), &format!("refers to unknown question '{q}'"));
            }
        }
        out
    }
}

fn duplicates<'a>(ids: impl Iterator<Item = &'a Text>, field: &str, push: &mut impl FnMut(String, &str)) {
    // A list, not a hash set: lists here are short, and hashing code costs the wasm more.
    let mut seen: Vec<&Text> = Vec::new();
    for (i, id) in ids.enumerate() {
        if id.is_empty() {
            push(format!("{field}[{i}].id"), "must not be empty");
        } else if seen.contains(&id) {
            push(format!("{field}[{i}].id"), &format!("duplicate id '{id}'"));
        } else {
            seen.push(id);
        }
    }
}

fn check_options(options: &[AnswerOption], field: &str, push: &mut impl FnMut(String, &str)) {
    if options.len() < 2 || options.len() > MAX_OPTIONS {
        push(field.into(), &format!("needs from 2 to {MAX_OPTIONS} options"));
    }
    if options.windows(2).any(|w| w[0].value >= w[1].value) {
        push(field.into(), "option values must rise strictly from first to last");
    }
    for (i, option) in options.iter().enumerate() {
        if !(-VALUE_LIMIT..=VALUE_LIMIT).contains(&option.value) {
            push(format!("{field}[{i}].value"), &format!("must be from -{VALUE_LIMIT} to {VALUE_LIMIT}"));
        }
    }
}
