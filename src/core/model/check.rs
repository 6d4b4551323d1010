//! Reading a model file and checking what its shape alone cannot (references, duplicate ids,
//! empty lists, rule constraints, calls to action). Each problem names the file and the field,
//! and, when the file's text is at hand, its line and column.

use super::locate::Locator;
use super::problem::{FieldPath, Kind, Location, ModelError, Segment};
use super::{AnswerOption, MAX_OPTIONS, Model, Scoring, Text};
// `super::super` is `crate::core` in the crate and the root of build.rs, which includes both.
use super::super::url::{MAX_LABEL, good_label, safe_url};

/// The lowest and highest option value allowed, so that differences of values cannot overflow.
const VALUE_LIMIT: i32 = 1_000_000;

/// A field path as serde_path_to_error gives it. Segments it cannot name (a key not read yet) are
/// left out.
fn field_path(path: &serde_path_to_error::Path) -> FieldPath {
    use serde_path_to_error::Segment as S;
    FieldPath(
        path.iter()
            .filter_map(|segment| match segment {
                S::Seq { index } => Some(Segment::Index(*index)),
                S::Map { key: name } | S::Enum { variant: name } => Some(Segment::Key(name.clone())),
                S::Unknown => None,
            })
            .collect(),
    )
}

/// A serde_json error as a problem: its message without the position, which goes into the
/// location instead (serde_json counts the column in bytes, from 1; 0 at the start of a line).
pub fn serde_problem(file: &str, text: &str, field: FieldPath, error: &serde_json::Error) -> ModelError {
    let full = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    let message = full.strip_suffix(&position).unwrap_or(&full);
    let kind = match error.classify() {
        serde_json::error::Category::Syntax | serde_json::error::Category::Eof => Kind::Syntax,
        _ => Kind::Shape,
    };
    let message = if kind == Kind::Syntax { format!("not valid JSON: {message}") } else { message.to_string() };
    let line_start: usize = text.split_inclusive('\n').take(error.line().saturating_sub(1)).map(str::len).sum();
    let at = line_start + error.column().saturating_sub(1);
    let next = text.get(at..).and_then(|rest| rest.chars().next()).map_or(0, char::len_utf8);
    ModelError { file: file.into(), kind, field, message, location: Some(Location::of(text, at..at + next)) }
}

impl Model {
    /// Reads and validates a model file: one problem when the shape is wrong (serde stops at the
    /// first), else every problem `check` finds, each located in `text`. `file` is only used to
    /// name the file in messages.
    pub fn from_json(file: &str, text: &str) -> Result<Model, Vec<ModelError>> {
        let mut json = serde_json::Deserializer::from_str(text);
        let read = serde_path_to_error::deserialize(&mut json)
            .map_err(|e| (field_path(e.path()), e.into_inner()))
            .and_then(|model: Model| json.end().map(|()| model).map_err(|e| (FieldPath::default(), e)));
        match read {
            Ok(model) => model.check_located(file, text),
            Err((field, error)) => Err(vec![serde_problem(file, text, field, &error)]),
        }
    }

    /// `check`, with each problem located in `text`, the file the model was read from.
    pub fn check_located(self, file: &str, text: &str) -> Result<Model, Vec<ModelError>> {
        self.check(file).map_err(|mut problems| {
            let locator = Locator::new(text);
            for problem in &mut problems {
                problem.location = Some(locator.locate(&problem.field));
            }
            problems
        })
    }

    /// Checks what the shape alone cannot: references, duplicates, empty lists, rule constraints,
    /// calls to action. The problems have no location: see `check_located` for a file's.
    pub fn check(self, file: &str) -> Result<Model, Vec<ModelError>> {
        let problems = self.problems();
        if problems.is_empty() {
            return Ok(self);
        }
        let problem =
            |(field, message)| ModelError { file: file.into(), kind: Kind::Model, field, message, location: None };
        Err(problems.into_iter().map(problem).collect())
    }

    /// Everything wrong with a parsed model, as (field, message) pairs.
    fn problems(&self) -> Vec<(FieldPath, String)> {
        let mut out = Vec::new();
        let mut push = |field: FieldPath, message: &str| out.push((field, message.to_string()));
        let top = FieldPath::field;
        if self.id.is_empty() || !self.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            push(top("id"), "must be non-empty and use only a-z, 0-9 and '-'");
        }
        if self.version == 0 {
            push(top("version"), "must be 1 or more");
        }
        for (field, text) in [("name", &self.name), ("summary", &self.summary), ("measures", &self.measures)] {
            if text.trim().is_empty() {
                push(top(field), "must not be empty");
            }
        }
        if self.is_ladder() && self.stages.len() < 2 {
            push(top("stages"), "needs at least two stages");
        }
        for (i, stage) in self.stages.iter().enumerate() {
            let field = top("stages").at(i);
            if stage.name.trim().is_empty() {
                push(field.key("name"), "must not be empty");
            }
            if stage.message.as_ref().is_some_and(|m| m.trim().is_empty()) {
                push(field.key("message"), "must not be empty: leave it out instead");
            }
            if let Some(cta) = &stage.cta {
                if !good_label(&cta.label) {
                    push(field.key("cta").key("label"), &format!("must be 1 to {MAX_LABEL} characters"));
                }
                if !safe_url(&cta.url) {
                    push(
                        field.key("cta").key("url"),
                        "must be an https:, http: or mailto: link or a path on the same site ('/contact')",
                    );
                }
            }
        }
        if self.dimensions.is_empty() {
            push(top("dimensions"), "needs at least one dimension");
        }
        duplicates(self.sources.iter().map(|s| &s.id), "sources", &mut push);
        duplicates(self.dimensions.iter().map(|d| &d.id), "dimensions", &mut push);
        duplicates(self.questions.iter().map(|q| &q.id), "questions", &mut push);
        for scale in self.scales.iter() {
            check_options(&scale.options, &top("scales").key(&scale.name), &mut push);
        }
        if self.questions.is_empty() {
            push(top("questions"), "needs at least one question");
        }
        for (i, q) in self.questions.iter().enumerate() {
            let field = top("questions").at(i);
            if self.dimension_index(&q.dimension).is_none() {
                push(field.key("dimension"), &format!("refers to unknown dimension '{}'", q.dimension));
            }
            match (&q.scale, q.options.is_empty()) {
                (Some(_), false) => push(field.key("options"), "give either options or scale, not both"),
                (Some(name), true) if self.scale(name).is_none() => {
                    push(field.key("scale"), &format!("refers to unknown scale '{name}'"))
                }
                (None, true) => push(field.key("options"), "needs options or a scale"),
                (None, false) => check_options(&q.options, &field.key("options"), &mut push),
                _ => {}
            }
            let steps = self.options(i).len().saturating_sub(1);
            if q.advice.len() != steps {
                push(
                    field.key("advice"),
                    &format!("needs one step per option except the top one ({steps}), found {}", q.advice.len()),
                );
            }
            for (k, step) in q.advice.iter().enumerate() {
                if step.trim().is_empty() {
                    push(field.key("advice").at(k), "must not be empty");
                }
            }
        }
        for (d, dim) in self.dimensions.iter().enumerate() {
            if self.questions_in(d).next().is_none() {
                push(top("dimensions").at(d), &format!("'{}' has no questions", dim.id));
            }
        }
        self.scoring_problems(&mut push);
        for (i, b) in self.benchmarks.iter().enumerate() {
            let field = top("benchmarks").at(i);
            if b.caveat.trim().is_empty() {
                push(field.key("caveat"), "must say why the figure is only indicative");
            }
            if self.source(&b.source).is_none() {
                push(field.key("source"), &format!("refers to unknown source '{}'", b.source));
            }
            if let Some(d) = &b.dimension
                && self.dimension_index(d).is_none()
            {
                push(field.key("dimension"), &format!("refers to unknown dimension '{d}'"));
            }
            if let Some(q) = &b.question
                && !self.questions.iter().any(|x| &x.id == q)
            {
                push(field.key("question"), &format!("refers to unknown question '{q}'"));
            }
        }
        out
    }

    /// What the scoring rule needs of the options and the stages.
    fn scoring_problems(&self, push: &mut impl FnMut(FieldPath, &str)) {
        let question = |q: usize| FieldPath::field("questions").at(q);
        match self.scoring {
            Scoring::Average { chasm_at } | Scoring::Majority { chasm_at } => {
                let top = self.stages.len() as i32;
                let rule = if matches!(self.scoring, Scoring::Average { .. }) { "average" } else { "majority" };
                for q in 0..self.questions.len() {
                    if self.options(q).iter().any(|o| o.value < 1 || o.value > top) {
                        push(
                            question(q),
                            &format!("the {rule} rule needs option values that are stage numbers from 1 to {top}"),
                        );
                    }
                }
                if let Some(c) = chasm_at
                    && (c < 2 || c > self.stages.len())
                {
                    push(
                        FieldPath::field("scoring").key("chasm_at"),
                        &format!("must be a stage from 2 to {}", self.stages.len()),
                    );
                }
            }
            Scoring::Threshold { hold_percent, ordered } => {
                if hold_percent == 0 || hold_percent > 100 {
                    push(FieldPath::field("scoring").key("hold_percent"), "must be from 1 to 100");
                }
                for q in 0..self.questions.len() {
                    if !self.option_percents(q).contains(&hold_percent) {
                        push(
                            question(q),
                            &format!(
                                "no answer scores {hold_percent}% (rounded down): the cut-off must be a score the \
                                 answers offer, so that a dimension can meet it exactly"
                            ),
                        );
                    }
                }
                if ordered && self.stages.len() != self.dimensions.len() {
                    push(
                        FieldPath::field("stages"),
                        &format!(
                            "the ordered threshold rule needs one stage per dimension ({}), found {}",
                            self.dimensions.len(),
                            self.stages.len()
                        ),
                    );
                }
                if !ordered && !self.stages.is_empty() {
                    push(
                        FieldPath::field("stages"),
                        "a model that counts sound dimensions has no stages: leave `stages` out",
                    );
                }
            }
        }
    }
}

fn duplicates<'a>(ids: impl Iterator<Item = &'a Text>, list: &str, push: &mut impl FnMut(FieldPath, &str)) {
    // A list, not a hash set: lists here are short, and hashing code costs the wasm more.
    let mut seen: Vec<&Text> = Vec::new();
    for (i, id) in ids.enumerate() {
        let field = FieldPath::field(list).at(i).key("id");
        if id.is_empty() {
            push(field, "must not be empty");
        } else if seen.contains(&id) {
            push(field, &format!("duplicate id '{id}'"));
        } else {
            seen.push(id);
        }
    }
}

fn check_options(options: &[AnswerOption], field: &FieldPath, push: &mut impl FnMut(FieldPath, &str)) {
    if options.len() < 2 || options.len() > MAX_OPTIONS {
        push(field.clone(), &format!("needs from 2 to {MAX_OPTIONS} options"));
    }
    if options.windows(2).any(|w| w[0].value >= w[1].value) {
        push(field.clone(), "option values must rise strictly from first to last");
    }
    for (i, option) in options.iter().enumerate() {
        if !(-VALUE_LIMIT..=VALUE_LIMIT).contains(&option.value) {
            push(field.at(i).key("value"), &format!("must be from -{VALUE_LIMIT} to {VALUE_LIMIT}"));
        }
    }
}
