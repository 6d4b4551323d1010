//! Assessment models: the types every built-in and custom model is expressed in, parsing from the
//! JSON data format (documented in `docs/model-format.md`) and validation with messages that name
//! the file and the field.

use super::json::{self, Value};
use std::borrow::Cow;
use std::fmt;

/// The most answer options one question may have (the share-link codec spends one character per
/// answer).
pub const MAX_OPTIONS: usize = 36;

/// Text in a model: owned when read from a file, borrowed for text the code itself supplies.
pub type Text = Cow<'static, str>;
/// A list in a model, borrowed or owned like `Text`.
pub type List<T> = Cow<'static, [T]>;

#[derive(Debug, Clone, PartialEq)]
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
    pub stage_word: Text,
    pub sources: List<Source>,
    pub dimensions: List<Dimension>,
    pub stages: List<Stage>,
    /// Named answer scales that questions can share instead of listing their own options.
    pub scales: List<Scale>,
    pub questions: List<Question>,
    pub scoring: Scoring,
    pub benchmarks: List<Benchmark>,
}

/// A named answer scale. In the file, `scales` is an object from name to options.
#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    pub name: Text,
    pub options: List<AnswerOption>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub id: Text,
    /// Full citation in plain text.
    pub citation: Text,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Dimension {
    pub id: Text,
    pub name: Text,
    pub description: Text,
    /// What this dimension looks like on the "fluff" side of a chasm, if the model has one.
    pub fluff: Option<Text>,
    /// What it looks like on the "tough" side.
    pub tough: Option<Text>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stage {
    pub name: Text,
    pub description: Text,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AnswerOption {
    pub label: Text,
    pub value: i32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub id: Text,
    pub dimension: Text,
    pub prompt: Text,
    /// The question's own options, lowest value first. Give either `options` or `scale`.
    pub options: List<AnswerOption>,
    /// Name of a shared scale in the model's `scales`.
    pub scale: Option<Text>,
    /// A concrete step for an organisation that does not yet give this question's best answer.
    pub advice: Text,
}

/// How answers become a stage. See `scoring` for the exact rules.
#[derive(Debug, Clone, PartialEq)]
pub enum Scoring {
    /// Option values are stage numbers (1..=number of stages). A dimension's level is the mean of
    /// its answers rounded to the nearest stage; the overall level is the mean of the dimensions'
    /// unrounded means, rounded the same way. With `chasm_at`, stages from `chasm_at` upward need
    /// every dimension at level `chasm_at` or above.
    Average { chasm_at: Option<usize> },
    /// Each dimension "holds" when its score (0–100 %) is at least `hold_percent`. When
    /// `ordered`, dimensions are the stages in order and the stage is one past the run of
    /// holding dimensions from the first (capped at the last); otherwise the stage is one plus
    /// the number of holding dimensions.
    Threshold { hold_percent: u32, ordered: bool },
}

/// A published figure shown next to a result. With no `dimension` or `question` it is about the
/// overall stage.
#[derive(Debug, Clone, PartialEq)]
pub struct Benchmark {
    pub text: Text,
    pub source: Text,
    pub dimension: Option<Text>,
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
    /// Parses and validates a model file. `file` is only used to name the file in messages.
    pub fn from_json(file: &str, text: &str) -> Result<Model, Vec<ModelError>> {
        let value = json::parse(text)
            .map_err(|e| vec![ModelError { file: file.into(), field: String::new(), message: e.to_string() }])?;
        let mut reader = Reader::default();
        let model = reader.model(&value);
        match model {
            Some(model) if reader.errors.is_empty() => model.check(file),
            _ => Err(reader
                .errors
                .into_iter()
                .map(|(field, message)| ModelError { file: file.into(), field, message })
                .collect()),
        }
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
                    push(
                        "stages".into(),
                        &format!("the threshold rule needs {why} ({want}), found {}", self.stages.len()),
                    );
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
}

impl Model {
    /// Whether the stages form a maturity ladder that other results can be placed on. Models that
    /// count principles in place (unordered threshold) have stages of this tool's own making and
    /// are left out of the crosswalk.
    pub fn is_ladder(&self) -> bool {
        !matches!(self.scoring, Scoring::Threshold { ordered: false, .. })
    }
}

/// Reads a `Model` out of a JSON value, collecting every problem with the path of its field
/// (`questions[3].options[1].label`): missing fields, unknown fields, wrong kinds of value.
#[derive(Default)]
struct Reader {
    errors: Vec<(String, String)>,
}

/// The members of one JSON object and where it is in the file.
struct Fields<'v> {
    path: String,
    members: &'v [(String, Value)],
}

impl<'v> Fields<'v> {
    fn at(&self, name: &str) -> String {
        if self.path.is_empty() { name.to_string() } else { format!("{}.{name}", self.path) }
    }

    fn get(&self, name: &str) -> Option<&'v Value> {
        self.members.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }
}

impl Reader {
    fn error(&mut self, field: String, message: String) {
        self.errors.push((field, message));
    }

    /// `value` as an object, each member given once.
    fn fields<'v>(&mut self, value: &'v Value, path: String) -> Option<Fields<'v>> {
        let Value::Object(members) = value else {
            self.error(path, format!("expected an object, found {}", value.kind()));
            return None;
        };
        let fields = Fields { path, members };
        for (i, (name, _)) in members.iter().enumerate() {
            if members[..i].iter().any(|(k, _)| k == name) {
                self.error(fields.at(name), format!("field `{name}` is given twice"));
            }
        }
        Some(fields)
    }

    /// `value` as an object whose members are all among `known`.
    fn object<'v>(&mut self, value: &'v Value, path: String, known: &[&str]) -> Option<Fields<'v>> {
        let fields = self.fields(value, path)?;
        for (name, _) in fields.members {
            if !known.contains(&name.as_str()) {
                self.error(fields.at(name), format!("unknown field `{name}`"));
            }
        }
        Some(fields)
    }

    fn required<'v>(&mut self, f: &Fields<'v>, name: &str) -> Option<&'v Value> {
        let value = f.get(name);
        if value.is_none() {
            self.error(f.at(name), format!("missing field `{name}`"));
        }
        value
    }

    fn text_of(&mut self, value: &Value, path: String) -> Text {
        match value {
            Value::String(s) => Cow::Owned(s.clone()),
            other => {
                self.error(path, format!("expected text, found {}", other.kind()));
                Cow::Borrowed("")
            }
        }
    }

    fn text(&mut self, f: &Fields, name: &str) -> Text {
        match self.required(f, name) {
            Some(v) => self.text_of(v, f.at(name)),
            None => Cow::Borrowed(""),
        }
    }

    fn optional_text(&mut self, f: &Fields, name: &str) -> Option<Text> {
        f.get(name).map(|v| self.text_of(v, f.at(name)))
    }

    fn whole(&mut self, value: &Value, path: String, min: i64, max: i64) -> i64 {
        match value.whole() {
            Some(n) if (min..=max).contains(&n) => n,
            _ => {
                self.error(path, format!("expected a whole number from {min} to {max}, found {}", shown(value)));
                min
            }
        }
    }

    fn number(&mut self, f: &Fields, name: &str, min: i64, max: i64) -> i64 {
        match self.required(f, name) {
            Some(v) => self.whole(v, f.at(name), min, max),
            None => min,
        }
    }

    /// The list in field `name` (empty when missing and not `required`), each item read by `item`.
    fn list<T: Clone>(
        &mut self,
        f: &Fields,
        name: &str,
        required: bool,
        item: impl FnMut(&mut Self, &Value, String) -> Option<T>,
    ) -> List<T> {
        let value = if required { self.required(f, name) } else { f.get(name) };
        match value {
            Some(value) => self.items(value, f.at(name), item),
            None => Cow::Owned(Vec::new()),
        }
    }

    /// `value` as a list, each item read by `item`.
    fn items<T: Clone>(
        &mut self,
        value: &Value,
        path: String,
        mut item: impl FnMut(&mut Self, &Value, String) -> Option<T>,
    ) -> List<T> {
        let Value::Array(items) = value else {
            self.error(path, format!("expected a list, found {}", value.kind()));
            return Cow::Owned(Vec::new());
        };
        Cow::Owned(items.iter().enumerate().filter_map(|(i, v)| item(self, v, format!("{path}[{i}]"))).collect())
    }

    fn model(&mut self, value: &Value) -> Option<Model> {
        let f = self.object(
            value,
            String::new(),
            &[
                "id",
                "version",
                "name",
                "summary",
                "minutes",
                "measures",
                "stage_word",
                "sources",
                "dimensions",
                "stages",
                "scales",
                "questions",
                "scoring",
                "benchmarks",
            ],
        )?;
        let scales = match f.get("scales").and_then(|v| self.fields(v, "scales".into())) {
            None => Cow::Owned(Vec::new()),
            Some(scales) => Cow::Owned(
                scales
                    .members
                    .iter()
                    .map(|(name, options)| Scale {
                        name: Cow::Owned(name.clone()),
                        options: self.options(options, scales.at(name)),
                    })
                    .collect(),
            ),
        };
        Some(Model {
            id: self.text(&f, "id"),
            version: self.number(&f, "version", 0, i64::from(u32::MAX)) as u32,
            name: self.text(&f, "name"),
            summary: self.text(&f, "summary"),
            minutes: self.number(&f, "minutes", 0, 600) as u32,
            measures: self.text(&f, "measures"),
            stage_word: self.optional_text(&f, "stage_word").unwrap_or(Cow::Borrowed("stage")),
            sources: self.list(&f, "sources", true, |r, v, path| {
                let f = r.object(v, path, &["id", "citation"])?;
                Some(Source { id: r.text(&f, "id"), citation: r.text(&f, "citation") })
            }),
            dimensions: self.list(&f, "dimensions", true, |r, v, path| {
                let f = r.object(v, path, &["id", "name", "description", "fluff", "tough"])?;
                Some(Dimension {
                    id: r.text(&f, "id"),
                    name: r.text(&f, "name"),
                    description: r.text(&f, "description"),
                    fluff: r.optional_text(&f, "fluff"),
                    tough: r.optional_text(&f, "tough"),
                })
            }),
            stages: self.list(&f, "stages", true, |r, v, path| {
                let f = r.object(v, path, &["name", "description"])?;
                Some(Stage { name: r.text(&f, "name"), description: r.text(&f, "description") })
            }),
            scales,
            questions: self.list(&f, "questions", true, |r, v, path| {
                let f = r.object(v, path, &["id", "dimension", "prompt", "options", "scale", "advice"])?;
                Some(Question {
                    id: r.text(&f, "id"),
                    dimension: r.text(&f, "dimension"),
                    prompt: r.text(&f, "prompt"),
                    options: f.get("options").map_or(Cow::Owned(Vec::new()), |o| r.options(o, f.at("options"))),
                    scale: r.optional_text(&f, "scale"),
                    advice: r.text(&f, "advice"),
                })
            }),
            scoring: self.scoring(&f)?,
            benchmarks: self.list(&f, "benchmarks", false, |r, v, path| {
                let f = r.object(v, path, &["text", "source", "dimension", "question"])?;
                Some(Benchmark {
                    text: r.text(&f, "text"),
                    source: r.text(&f, "source"),
                    dimension: r.optional_text(&f, "dimension"),
                    question: r.optional_text(&f, "question"),
                })
            }),
        })
    }

    fn options(&mut self, value: &Value, path: String) -> List<AnswerOption> {
        self.items(value, path, |r, v, path| {
            let f = r.object(v, path, &["label", "value"])?;
            Some(AnswerOption {
                label: r.text(&f, "label"),
                value: r.number(&f, "value", -1_000_000, 1_000_000) as i32,
            })
        })
    }

    fn scoring(&mut self, model: &Fields) -> Option<Scoring> {
        let value = self.required(model, "scoring")?;
        let rule = match value {
            Value::Object(members) => members.iter().find(|(k, _)| k == "rule").map(|(_, v)| v),
            _ => None,
        };
        match rule {
            Some(Value::String(r)) if r == "average" => {
                let f = self.object(value, "scoring".into(), &["rule", "chasm_at"])?;
                let chasm_at = f.get("chasm_at").map(|v| self.whole(v, f.at("chasm_at"), 0, 100) as usize);
                Some(Scoring::Average { chasm_at })
            }
            Some(Value::String(r)) if r == "threshold" => {
                let f = self.object(value, "scoring".into(), &["rule", "hold_percent", "ordered"])?;
                let hold_percent = self.number(&f, "hold_percent", 0, 100) as u32;
                let ordered = match self.required(&f, "ordered") {
                    Some(Value::Bool(b)) => *b,
                    Some(other) => {
                        self.error(f.at("ordered"), format!("expected true or false, found {}", other.kind()));
                        false
                    }
                    None => false,
                };
                Some(Scoring::Threshold { hold_percent, ordered })
            }
            Some(other) => {
                self.error(
                    "scoring.rule".into(),
                    format!("unknown rule {}: expected \"average\" or \"threshold\"", shown(other)),
                );
                None
            }
            None => {
                self.error("scoring.rule".into(), "missing field `rule`".into());
                None
            }
        }
    }
}

/// A short rendering of a value for messages.
fn shown(value: &Value) -> String {
    match value {
        Value::Number(n) => n.clone(),
        Value::String(s) if s.len() <= 40 => format!("\"{s}\""),
        other => other.kind().to_string(),
    }
}
