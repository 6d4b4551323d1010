//! Assessment models: the types every built-in and custom model is expressed in, parsing from the
//! JSON data format (documented in `docs/model-format.md`) and validation with messages that name
//! the file and the field.

use serde::Deserialize;
use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};
use std::fmt;

/// The most answer options one question may have (the share-link codec spends one character per
/// answer).
pub const MAX_OPTIONS: usize = 36;

/// Text in a model: borrowed for the built-in models (generated into the binary at build time by
/// `build.rs`, so the browser parses nothing for them), owned for models read at run time.
pub type Text = Cow<'static, str>;
/// A list in a model, borrowed or owned like `Text`.
pub type List<T> = Cow<'static, [T]>;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Model {
    /// Stable identifier, also used in storage keys and share links.
    pub id: Text,
    /// Bumped whenever questions or options change, so old answers are never mis-scored.
    pub version: u32,
    pub name: Text,
    /// One or two sentences: what the result tells you.
    pub summary: Text,
    /// Rough time to complete, in minutes.
    pub minutes: u32,
    /// What the model measures, for the methodology page.
    pub measures: Text,
    /// What a stage number means in this model, e.g. "stage" or "phase".
    #[serde(default = "default_stage_word")]
    pub stage_word: Text,
    pub sources: List<Source>,
    pub dimensions: List<Dimension>,
    pub stages: List<Stage>,
    /// Named answer scales that questions can share instead of listing their own options.
    #[serde(default, deserialize_with = "scales_from_map")]
    pub scales: List<Scale>,
    pub questions: List<Question>,
    pub scoring: Scoring,
    #[serde(default)]
    pub benchmarks: List<Benchmark>,
}

fn default_stage_word() -> Text {
    Cow::Borrowed("stage")
}

/// A named answer scale. In the file, `scales` is an object from name to options.
#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    pub name: Text,
    pub options: List<AnswerOption>,
}

fn scales_from_map<'de, D: serde::Deserializer<'de>>(d: D) -> Result<List<Scale>, D::Error> {
    let map = BTreeMap::<String, Vec<AnswerOption>>::deserialize(d)?;
    Ok(map.into_iter().map(|(name, options)| Scale { name: name.into(), options: options.into() }).collect())
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: Text,
    /// Full citation in plain text.
    pub citation: Text,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    pub id: Text,
    pub name: Text,
    pub description: Text,
    /// What this dimension looks like on the "fluff" side of a chasm, if the model has one.
    #[serde(default)]
    pub fluff: Option<Text>,
    /// What it looks like on the "tough" side.
    #[serde(default)]
    pub tough: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    pub name: Text,
    pub description: Text,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerOption {
    pub label: Text,
    pub value: i32,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: Text,
    pub dimension: Text,
    pub prompt: Text,
    /// The question's own options, lowest value first. Give either `options` or `scale`.
    #[serde(default)]
    pub options: List<AnswerOption>,
    /// Name of a shared scale in the model's `scales`.
    #[serde(default)]
    pub scale: Option<Text>,
    /// A concrete step for an organisation that does not yet give this question's best answer.
    pub advice: Text,
}

/// How answers become a stage. See `scoring` for the exact rules.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case", deny_unknown_fields)]
pub enum Scoring {
    /// Option values are stage numbers (1..=number of stages). A dimension's level is the mean of
    /// its answers and the overall level is the mean of the dimension levels, each rounded to the
    /// nearest stage. With `chasm_at`, stages from `chasm_at` upward need every dimension at
    /// level `chasm_at` or above.
    Average {
        #[serde(default)]
        chasm_at: Option<usize>,
    },
    /// Each dimension "holds" when its score (0–100 %) is at least `hold_percent`. When
    /// `ordered`, dimensions are the stages in order and the stage is one past the run of
    /// holding dimensions from the first (capped at the last); otherwise the stage is one plus
    /// the number of holding dimensions.
    Threshold { hold_percent: u32, ordered: bool },
}

/// A published figure shown next to a result. With no `dimension` or `question` it is about the
/// overall stage.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Benchmark {
    pub text: Text,
    pub source: Text,
    #[serde(default)]
    pub dimension: Option<Text>,
    #[serde(default)]
    pub question: Option<Text>,
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
    /// Parses and validates a model file (natively; the browser parses with its own JSON.parse,
    /// see `web::models`). `file` is only used to name the file in messages.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_json(file: &str, text: &str) -> Result<Model, Vec<ModelError>> {
        serde_json::from_str::<Model>(text).map_err(|e| Model::parse_error(file, &e.to_string()))?.check(file)
    }

    /// The error list for a file that could not be read into a `Model` at all. serde names
    /// unknown and missing fields in backticks; that name becomes the field.
    pub fn parse_error(file: &str, message: &str) -> Vec<ModelError> {
        let field = message.split('`').nth(1).unwrap_or("").to_string();
        vec![ModelError { file: file.into(), field, message: message.into() }]
    }

    /// Checks everything serde cannot: references, duplicates, empty lists, rule constraints.
    pub fn check(self, file: &str) -> Result<Model, Vec<ModelError>> {
        let problems = self.problems();
        if problems.is_empty() {
            Ok(self)
        } else {
            Err(problems
                .into_iter()
                .map(|(field, message)| ModelError { file: file.into(), field, message })
                .collect())
        }
    }

    /// The options offered for question `q`, lowest value first.
    pub fn options(&self, q: usize) -> &[AnswerOption] {
        let question = &self.questions[q];
        match &question.scale {
            Some(name) => self.scale(name).map_or(&[], |s| &s.options),
            None => &question.options,
        }
    }

    pub fn scale(&self, name: &str) -> Option<&Scale> {
        self.scales.iter().find(|s| s.name == name)
    }

    pub fn dimension_index(&self, id: &str) -> Option<usize> {
        self.dimensions.iter().position(|d| d.id == id)
    }

    /// Index of the dimension question `q` belongs to (always valid in a validated model).
    pub fn dimension_of(&self, q: usize) -> usize {
        self.dimension_index(&self.questions[q].dimension).unwrap_or(0)
    }

    /// Indexes of the questions in dimension `d`, in questionnaire order.
    pub fn questions_in(&self, d: usize) -> impl Iterator<Item = usize> + '_ {
        let id = &self.dimensions[d].id;
        self.questions.iter().enumerate().filter(move |(_, q)| &q.dimension == id).map(|(i, _)| i)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
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
        if self.stages.len() < 2 {
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
        }
        for (d, dim) in self.dimensions.iter().enumerate() {
            if self.questions_in(d).next().is_none() {
                push(format!("dimensions[{d}] ({})", dim.id), "has no questions");
            }
        }
        match self.scoring {
            Scoring::Average { chasm_at } => {
                let top = self.stages.len() as i32;
                for q in 0..self.questions.len() {
                    if self.options(q).iter().any(|o| o.value < 1 || o.value > top) {
                        push(
                            format!("questions[{q}] ({})", self.questions[q].id),
                            &format!("the average rule needs option values that are stage numbers from 1 to {top}"),
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
                let want = if ordered { self.dimensions.len() } else { self.dimensions.len() + 1 };
                if self.stages.len() != want {
                    let why = if ordered { "one stage per dimension" } else { "one stage more than dimensions" };
                    push("stages".into(), &format!("the threshold rule needs {why} ({want}), found {}", self.stages.len()));
                }
            }
        }
        for (i, b) in self.benchmarks.iter().enumerate() {
            let field = format!("benchmarks[{i}]");
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
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        if id.is_empty() {
            push(format!("{field}[{i}].id"), "must not be empty");
        } else if !seen.insert(id) {
            push(format!("{field}[{i}].id"), &format!("duplicate id '{id}'"));
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
}

impl Model {
    /// Whether the stages form a maturity ladder that other results can be placed on. Models that
    /// count principles in place (unordered threshold) have stages of this tool's own making and
    /// are left out of the crosswalk.
    pub fn is_ladder(&self) -> bool {
        !matches!(self.scoring, Scoring::Threshold { ordered: false, .. })
    }
}
