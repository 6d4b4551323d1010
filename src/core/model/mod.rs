//! Assessment models: the types every built-in and custom model is expressed in, read from the
//! JSON data format (documented in `docs/model-format.md`) with serde, and validated with messages
//! that name the file and the field.
//!
//! Reading has two steps. The shape (fields, kinds of value) is serde's: every struct denies
//! unknown fields, and a field or scale given twice is refused. Then `Model::check` finds what the
//! shape alone cannot (references, duplicate ids, rule constraints). `Model::from_json` does both
//! on every target, naming the field of a shape problem through `serde_path_to_error` and placing
//! every problem at its line and column (`locate`). The browser reads a built-in model with
//! serde-wasm-bindgen and then calls `check`; serde-wasm-bindgen only looks up the fields a struct
//! has, so it does not refuse unknown ones (the built-in files are checked by build.rs, which uses
//! `from_json`). serde_json also takes an object written as a list of its values in field order;
//! the format does not use that and nothing here writes it. Natively (`cfg(schema)`, set by
//! build.rs) the types also describe themselves as a JSON Schema (`schema`).

pub mod check;
mod locate;
mod problem;
#[cfg(schema)]
pub mod schema;
mod texts;

pub use locate::Locator;
pub use problem::{FieldPath, Kind, Location, ModelError, Segment};

use serde::{Deserialize, Deserializer, Serialize};
use std::borrow::Cow;

/// The most answer options one question may have (the stored answer text spends one character,
/// `0-9a-z`, per answer).
pub const MAX_OPTIONS: usize = 36;

/// Reading speed assumed for the time estimate, in words a minute.
pub const READ_WPM: usize = 200;

/// Seconds assumed for choosing an answer, besides reading the question and its options: judging
/// which description fits a whole organisation takes longer than picking a preference.
pub const DECIDE_SECONDS: usize = 15;

/// Text in a model: owned when read from a file, borrowed for text the code itself supplies.
pub type Text = Cow<'static, str>;
/// A list in a model, borrowed or owned like `Text`.
pub type List<T> = Cow<'static, [T]>;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Model {
    /// Where an editor finds the format's JSON Schema (`docs/model.schema.json`); the app ignores it.
    #[serde(rename = "$schema", default, deserialize_with = "given", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(schema, schemars(with = "String"))]
    pub schema: Option<Text>,
    /// Stable identifier, also used in storage keys and share links.
    pub id: Text,
    /// Bumped whenever questions or options change, so old answers are never mis-scored.
    pub version: u32,
    pub name: Text,
    /// One or two sentences: what the result tells you.
    pub summary: Text,
    /// What the model measures, for the methodology page.
    pub measures: Text,
    /// What a stage number means in this model, e.g. "stage" or "phase".
    #[serde(default = "stage")]
    pub stage_word: Text,
    /// What one area of questions is called in this model, e.g. "dimension" or "principle".
    #[serde(default = "dimension")]
    pub dimension_word: Text,
    pub sources: List<Source>,
    pub dimensions: List<Dimension>,
    /// The ladder, lowest first. Left out for a model that counts sound dimensions
    /// (`Scoring::Threshold { ordered: false }`), which is not a ladder.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub stages: List<Stage>,
    /// Named answer scales that questions can share instead of listing their own options.
    #[serde(default, with = "scales", skip_serializing_if = "is_empty")]
    #[cfg_attr(schema, schemars(with = "std::collections::BTreeMap<String, Vec<AnswerOption>>"))]
    pub scales: List<Scale>,
    pub questions: List<Question>,
    pub scoring: Scoring,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub benchmarks: List<Benchmark>,
}

/// A named answer scale. In the file, `scales` is an object from name to options.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Scale {
    pub name: Text,
    pub options: List<AnswerOption>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: Text,
    /// Full citation in plain text.
    pub citation: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    pub id: Text,
    pub name: Text,
    pub description: Text,
    /// What this dimension looks like on the "fluff" side of a chasm, if the model has one.
    #[serde(default, deserialize_with = "given", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(schema, schemars(with = "String"))]
    pub fluff: Option<Text>,
    /// What it looks like on the "tough" side.
    #[serde(default, deserialize_with = "given", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(schema, schemars(with = "String"))]
    pub tough: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Stage {
    pub name: Text,
    pub description: Text,
    /// Shown with a result at this stage.
    #[serde(default, deserialize_with = "given", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(schema, schemars(with = "String"))]
    pub message: Option<Text>,
    /// A call to action shown with a result at this stage.
    #[serde(default, deserialize_with = "given", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(schema, schemars(with = "Cta"))]
    pub cta: Option<Cta>,
}

/// A call to action: a link with its label, e.g. to book a conversation about a result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Cta {
    /// 1 to 80 characters.
    pub label: Text,
    /// `https:`, `http:`, `mailto:` or a path on the host's own site (`/contact?stage=2`).
    pub url: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AnswerOption {
    pub label: Text,
    pub value: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(schema, schemars(transform = schema::options_or_scale))]
pub struct Question {
    pub id: Text,
    pub dimension: Text,
    pub prompt: Text,
    /// The question's own options, lowest value first. Give either `options` or `scale`.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub options: List<AnswerOption>,
    /// Name of a shared scale in the model's `scales`.
    #[serde(default, deserialize_with = "given", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(schema, schemars(with = "String"))]
    pub scale: Option<Text>,
    /// The next rung up from each answer: `advice[i]` is a concrete step for an organisation
    /// whose answer is option `i`, towards option `i + 1`. One per option except the top one.
    pub advice: List<Text>,
}

/// How answers become a stage. See `scoring` for the exact rules. In the file, `rule` names the
/// variant: `{"rule": "majority", "chasm_at": 4}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema))]
#[serde(tag = "rule", rename_all = "lowercase", deny_unknown_fields)]
pub enum Scoring {
    /// Option values are stage numbers (1..=number of stages). A dimension's level is the mean of
    /// its answers rounded to the nearest stage; the overall level is the mean of the dimensions'
    /// unrounded means, rounded the same way. With `chasm_at`, stages from `chasm_at` upward need
    /// every dimension at level `chasm_at` or above.
    Average {
        #[serde(default, deserialize_with = "given", skip_serializing_if = "Option::is_none")]
        #[cfg_attr(schema, schemars(with = "usize"))]
        chasm_at: Option<usize>,
    },
    /// Option values are stage numbers (1..=number of stages). A dimension's level is the
    /// highest stage that more than half of its answers reach. With `chasm_at`, a level from
    /// `chasm_at` upward needs three quarters of the answers there, and a dimension with more than
    /// a quarter of its answers at each end (two or more stages below the chasm, and above it) is
    /// marked as far apart. The overall stage is the mean of the levels, rounded to the nearest
    /// stage, never more than one above the lowest level, and below `chasm_at` while any
    /// dimension is.
    Majority {
        #[serde(default, deserialize_with = "given", skip_serializing_if = "Option::is_none")]
        #[cfg_attr(schema, schemars(with = "usize"))]
        chasm_at: Option<usize>,
    },
    /// Each dimension "holds" when its score (0–100 %) is at least `hold_percent`. When
    /// `ordered`, dimensions are the stages in order and the stage is one past the run of
    /// holding dimensions from the first (capped at the last); otherwise the result is the
    /// number of holding dimensions, and the model has no stages.
    Threshold { hold_percent: u32, ordered: bool },
}

/// A published figure shown next to a result. With no `dimension` or `question` it is about the
/// overall stage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(schema, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Benchmark {
    pub text: Text,
    pub source: Text,
    /// Why the figure only indicates where a result stands: what it was measured with.
    pub caveat: Text,
    #[serde(default, deserialize_with = "given", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(schema, schemars(with = "String"))]
    pub dimension: Option<Text>,
    #[serde(default, deserialize_with = "given", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(schema, schemars(with = "String"))]
    pub question: Option<Text>,
}

/// An optional field that is either left out or given: `null` is refused like any other wrong
/// kind of value.
fn given<'de, D: Deserializer<'de>, T: Deserialize<'de>>(deserializer: D) -> Result<Option<T>, D::Error> {
    T::deserialize(deserializer).map(Some)
}

fn stage() -> Text {
    Cow::Borrowed("stage")
}

fn dimension() -> Text {
    Cow::Borrowed("dimension")
}

fn is_empty<T: Clone>(list: &List<T>) -> bool {
    list.is_empty()
}

/// `scales` as the file has it: an object from name to options, each name given once (a serde map
/// would otherwise keep the last of two silently).
mod scales {
    use super::{List, Scale};
    use serde::de::{Error, MapAccess, Visitor};
    use serde::ser::SerializeMap;
    use serde::{Deserializer, Serializer};
    use std::borrow::Cow;
    use std::fmt;

    pub fn serialize<S: Serializer>(scales: &List<Scale>, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(scales.len()))?;
        for scale in scales.iter() {
            map.serialize_entry(&scale.name, &scale.options)?;
        }
        map.end()
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<List<Scale>, D::Error> {
        deserializer.deserialize_map(Scales)
    }

    struct Scales;

    impl<'de> Visitor<'de> for Scales {
        type Value = List<Scale>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an object from scale name to options")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<List<Scale>, A::Error> {
            let mut scales: Vec<Scale> = Vec::new();
            while let Some(name) = map.next_key::<String>()? {
                if scales.iter().any(|s| s.name == name) {
                    return Err(A::Error::custom(format_args!("scale `{name}` is given twice")));
                }
                let options = map.next_value()?;
                scales.push(Scale { name: Cow::Owned(name), options });
            }
            Ok(Cow::Owned(scales))
        }
    }
}

impl Model {
    /// The options offered for question `q`, lowest value first.
    pub fn options(&self, q: usize) -> &[AnswerOption] {
        let question = &self.questions[q];
        match &question.scale {
            Some(name) => self.scale(name).map_or(&[], |s| &s.options),
            None => &question.options,
        }
    }

    /// The score of each option of question `q`, in whole percent rounded down, lowest first.
    pub fn option_percents(&self, q: usize) -> Vec<u32> {
        let options = self.options(q);
        let (lo, hi) = match (options.first(), options.last()) {
            (Some(lo), Some(hi)) if hi.value > lo.value => (i64::from(lo.value), i64::from(hi.value)),
            _ => return Vec::new(),
        };
        options.iter().map(|o| ((i64::from(o.value) - lo) * 100 / (hi - lo)) as u32).collect()
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
}

impl Model {
    /// The model as far as taking the test needs it (the intro, the questions, the scoring and
    /// the completion event): the text only the result and the methodology show is left out
    /// (advice, descriptions, stages' messages and calls to action, what it measures, sources,
    /// benchmarks). A release build starts with the default model in this form and gets the whole
    /// of it with the screens after the questions (`ui::later`), so a first visit does not
    /// download that text.
    pub fn for_asking(&self) -> Model {
        let blank = || Cow::Borrowed("");
        Model {
            measures: blank(),
            sources: Cow::Borrowed(&[]),
            dimensions: self
                .dimensions
                .iter()
                .map(|d| Dimension { description: blank(), fluff: None, tough: None, ..d.clone() })
                .collect(),
            stages: self
                .stages
                .iter()
                .map(|s| Stage { description: blank(), message: None, cta: None, ..s.clone() })
                .collect(),
            questions: self.questions.iter().map(|q| Question { advice: Cow::Borrowed(&[]), ..q.clone() }).collect(),
            benchmarks: Cow::Borrowed(&[]),
            ..self.clone()
        }
    }

    /// The stage a chasm lies below, if the model's rule has one.
    pub fn chasm(&self) -> Option<usize> {
        match self.scoring {
            Scoring::Average { chasm_at } | Scoring::Majority { chasm_at } => chasm_at,
            Scoring::Threshold { .. } => None,
        }
    }

    /// Whether option values are stage numbers, so that each answer describes one stage.
    pub fn answers_are_stages(&self) -> bool {
        matches!(self.scoring, Scoring::Average { .. } | Scoring::Majority { .. })
    }

    /// Whether the model is a maturity ladder that results can be placed on. A model that counts
    /// sound dimensions (unordered threshold) has no stages and is left out of the crosswalk.
    pub fn is_ladder(&self) -> bool {
        !matches!(self.scoring, Scoring::Threshold { ordered: false, .. })
    }

    /// Words a person reads to answer every question: each prompt, each question's own options,
    /// and each shared scale once (its options are the same on every question that uses it).
    pub fn words(&self) -> usize {
        let count = |t: &str| t.split_ascii_whitespace().count();
        let options = |list: &[AnswerOption]| list.iter().map(|o| count(&o.label)).sum::<usize>();
        let questions: usize = self.questions.iter().map(|q| count(&q.prompt) + options(&q.options)).sum();
        let used = self.scales.iter().filter(|s| self.questions.iter().any(|q| q.scale.as_deref() == Some(&*s.name)));
        questions + used.map(|s| options(&s.options)).sum::<usize>()
    }

    /// How long the questionnaire takes, worked out from its text: reading every prompt and
    /// option at `READ_WPM` words a minute, plus `DECIDE_SECONDS` per question to choose;
    /// rounded up to whole minutes.
    pub fn minutes(&self) -> u32 {
        let seconds = self.words() * 60 / READ_WPM + DECIDE_SECONDS * self.questions.len();
        seconds.div_ceil(60).max(1) as u32
    }
}
