//! Completed assessments kept in this browser, and their export and import. Whatever is read,
//! from storage or from a file, reading it never panics: it gives the results or a problem that
//! says in plain words why they cannot be used.
//!
//! Each result is one `SavedResult`, kept as JSON under its own key (`result_key`), so two tabs
//! saving at once never overwrite each other:
//! `{"format":1,"id":"k3x9","taken":"2026-11-23T21:05:09.123Z","model":"six-stage","version":2,"answers":"0?32…"}`.
//! `taken` is a UTC time as JavaScript's `Date.toISOString()` writes it (the fraction of a second
//! may have 1 to 9 digits or be left out). The score is never stored: it is worked out again
//! from the answers, and only by the model version that asked them.
//!
//! Several releases can share one origin, so [`read_stored_result`] tells apart a result this
//! release can list, one a newer release wrote (left untouched) and one that is really corrupt
//! (the only kind that is set aside). Export and import are in `core::export`.

use crate::core::answers::{Answers, AnswersError};
use crate::core::model::Model;
use crate::core::raw_json::RawJson;
use crate::core::sort::heap_sort;
use crate::core::team::consensus::{Consensus, read_consensus};
use crate::i18n::{self, Msg, Text};
use crate::text;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::fmt;

/// The `format` written in `SavedResult` now for one person's result. A record with a number
/// higher than `CONSENSUS_FORMAT` was written by a later version of the tool.
pub const RESULT_FORMAT: u32 = 1;

/// The `format` of a result that is a team's agreed answers (with `team`). Releases before it
/// leave such a record alone as a newer one.
pub const CONSENSUS_FORMAT: u32 = 2;

/// What every stored result's key starts with; the rest is its id.
pub const RESULTS_PREFIX: &str = "cx-maturity/results/";

/// The longest id (of a result or a model) a record may have.
pub(crate) const MAX_ID: usize = 64;

/// The fields every `SavedResult` has, in the order they are checked and written; `team` follows
/// them in a consensus result.
const FIELDS: [Field; 6] = [Field::Format, Field::Id, Field::Taken, Field::Model, Field::Version, Field::Answers];

/// The storage key of the result with this id.
pub fn result_key(id: &str) -> String {
    format!("{RESULTS_PREFIX}{id}")
}

/// One completed assessment as it is kept. Unknown fields are refused: a later version that
/// adds one raises `format`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedResult {
    /// `RESULT_FORMAT` when written by this version.
    pub format: u32,
    /// An opaque id chosen by the UI: 1 to 64 characters of a-z, 0-9 and '-'.
    pub id: String,
    /// When the assessment was completed, as `Date.toISOString()` gives it.
    pub taken: String,
    /// The model's id.
    pub model: String,
    /// The model's version: the answers are only ever scored by the version that asked them.
    pub version: u32,
    /// The answers in the text codec of `answers`.
    pub answers: String,
    /// A team's agreed answers: who took part and their notes (format 2 only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<Consensus>,
}

/// A field of `SavedResult`, as a problem names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Format,
    Id,
    Taken,
    Model,
    Version,
    Answers,
    Team,
}

impl Field {
    /// Its name in the JSON.
    pub fn name(self) -> &'static str {
        match self {
            Field::Format => "format",
            Field::Id => "id",
            Field::Taken => "taken",
            Field::Model => "model",
            Field::Version => "version",
            Field::Answers => "answers",
            Field::Team => "team",
        }
    }

    /// What a good value of the field is.
    fn expected(self) -> Msg {
        match self {
            Field::Format => i18n::PROBLEM_FIELD_FORMAT,
            Field::Id | Field::Model => i18n::PROBLEM_FIELD_ID,
            Field::Taken => i18n::PROBLEM_FIELD_TAKEN,
            Field::Version => i18n::PROBLEM_FIELD_VERSION,
            Field::Answers => i18n::PROBLEM_FIELD_ANSWERS,
            Field::Team => i18n::PROBLEM_FIELD_TEAM,
        }
    }

    /// Whether `value` is good for this field.
    fn accepts(self, value: &RawJson) -> bool {
        match self {
            Field::Format => {
                value.as_u64().is_some_and(|f| f == u64::from(RESULT_FORMAT) || f == u64::from(CONSENSUS_FORMAT))
            }
            Field::Id | Field::Model => value.as_str().is_some_and(is_id),
            Field::Taken => value.as_str().is_some_and(is_timestamp),
            Field::Version => value.as_u64().is_some_and(|v| v >= 1 && v <= u64::from(u32::MAX)),
            Field::Answers => value.as_str().is_some_and(|a| {
                !a.is_empty()
                    && a.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'?' || b == b'-')
            }),
            Field::Team => read_consensus(value).is_some(),
        }
    }
}

/// Why a stored or imported result cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordProblem {
    /// Not JSON, or JSON that is not a saved result.
    Unreadable,
    /// Written by a later version of the tool, in this `format`.
    NewerFormat(u64),
    /// A field is missing or its value is not good.
    BadField(Field),
    /// A field the format does not have (its name, shortened).
    UnknownField(String),
    /// Saved for another model (its id).
    OtherModel(String),
    OtherVersion {
        saved: u32,
        current: u32,
    },
    /// Asked with a version of the model's questions this release does not have.
    UnknownVersion(u32),
    BadAnswers(AnswersError),
    /// A result needs every question answered.
    Incomplete {
        answered: usize,
        questions: usize,
    },
    /// A team's agreed answers in a format-1 record, which cannot hold them.
    TeamInOldFormat,
    /// A format-2 record that is not a team's agreed answers.
    NoTeam,
    /// A note on a question the model does not have.
    NoteQuestion {
        question: u32,
        questions: usize,
    },
}

impl RecordProblem {
    /// Why the result cannot be used, as a clause ("it belongs to another questionnaire …").
    pub fn text(&self) -> Text {
        match self {
            RecordProblem::Unreadable => i18n::PROBLEM_RECORD_UNREADABLE.into(),
            RecordProblem::NewerFormat(format) => text!(i18n::PROBLEM_RECORD_NEWER, format = *format),
            RecordProblem::BadField(field) => {
                text!(i18n::PROBLEM_RECORD_FIELD, field = field.name(), expected = field.expected())
            }
            RecordProblem::UnknownField(name) => text!(i18n::PROBLEM_RECORD_UNKNOWN_FIELD, name = name.as_str()),
            RecordProblem::OtherModel(id) => text!(i18n::PROBLEM_RECORD_MODEL, id = id.as_str()),
            RecordProblem::OtherVersion { saved, current } => {
                text!(i18n::PROBLEM_RECORD_VERSION, saved = *saved, current = *current)
            }
            RecordProblem::UnknownVersion(version) => text!(i18n::PROBLEM_RECORD_UNKNOWN_VERSION, version = *version),
            RecordProblem::BadAnswers(why) => text!(i18n::PROBLEM_RECORD_ANSWERS, why = why.text()),
            RecordProblem::Incomplete { answered, questions } => {
                text!(i18n::PROBLEM_RECORD_INCOMPLETE, answered = *answered, questions = *questions)
            }
            RecordProblem::TeamInOldFormat => i18n::PROBLEM_RECORD_TEAM_OLD_FORMAT.into(),
            RecordProblem::NoTeam => i18n::PROBLEM_RECORD_NO_TEAM.into(),
            RecordProblem::NoteQuestion { question, questions } => {
                text!(i18n::PROBLEM_RECORD_NOTE_QUESTION, question = *question, questions = *questions)
            }
        }
    }
}

impl fmt::Display for RecordProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text().en())
    }
}

impl SavedResult {
    pub fn new(id: String, taken: String, model: &Model, answers: &Answers) -> SavedResult {
        SavedResult {
            format: RESULT_FORMAT,
            id,
            taken,
            model: model.id.to_string(),
            version: model.version,
            answers: answers.encode(),
            team: None,
        }
    }

    /// A team's agreed answers, kept as a result in `CONSENSUS_FORMAT` (`team` tidied:
    /// `Consensus::tidy`).
    pub fn consensus(id: String, taken: String, model: &Model, answers: &Answers, team: Consensus) -> SavedResult {
        SavedResult { format: CONSENSUS_FORMAT, team: Some(team.tidy()), ..SavedResult::new(id, taken, model, answers) }
    }

    /// The answers saved, if they are a complete set for `model` as it is now.
    pub fn restore(&self, model: &Model) -> Result<Answers, RecordProblem> {
        if self.model != model.id {
            return Err(RecordProblem::OtherModel(self.model.clone()));
        }
        if self.version != model.version {
            return Err(RecordProblem::OtherVersion { saved: self.version, current: model.version });
        }
        let answers = Answers::decode(model, &self.answers).map_err(RecordProblem::BadAnswers)?;
        if !answers.is_complete() {
            return Err(RecordProblem::Incomplete { answered: answers.answered(), questions: answers.len() });
        }
        let questions = model.questions.len();
        let notes = self.team.iter().flat_map(|team| &team.notes);
        if let Some(note) = notes.into_iter().find(|n| n.question == 0 || n.question as usize > questions) {
            return Err(RecordProblem::NoteQuestion { question: note.question, questions });
        }
        Ok(answers)
    }
}

/// Reads one stored result and checks its fields (not its answers, which need the model:
/// `SavedResult::restore`).
pub fn read_record(text: &str) -> Result<SavedResult, RecordProblem> {
    let value: RawJson = serde_json::from_str(text).map_err(|_| RecordProblem::Unreadable)?;
    check_record(&value)
}

/// A result given as a JSON value, checked field by field so that a problem names its field.
pub(crate) fn check_record(value: &RawJson) -> Result<SavedResult, RecordProblem> {
    let RawJson::Object(fields) = value else { return Err(RecordProblem::Unreadable) };
    let Some(format) = value.get(Field::Format.name()) else { return Err(RecordProblem::Unreadable) };
    if let Some(newer) = format.as_u64().filter(|f| *f > u64::from(CONSENSUS_FORMAT)) {
        return Err(RecordProblem::NewerFormat(newer));
    }
    let known = |key: &str| key == Field::Team.name() || FIELDS.iter().any(|f| f.name() == key);
    if let Some((unknown, _)) = fields.iter().find(|(key, _)| !known(key)) {
        return Err(RecordProblem::UnknownField(unknown.chars().take(MAX_ID).collect()));
    }
    if let Some(bad) = FIELDS.into_iter().find(|f| !value.get(f.name()).is_some_and(|v| f.accepts(v))) {
        return Err(RecordProblem::BadField(bad));
    }
    let team = match value.get(Field::Team.name()) {
        Some(team) => Some(read_consensus(team).ok_or(RecordProblem::BadField(Field::Team))?),
        None => None,
    };
    let format = if team.is_some() { CONSENSUS_FORMAT } else { RESULT_FORMAT };
    match value.get(Field::Format.name()).and_then(RawJson::as_u64) {
        Some(1) if team.is_some() => return Err(RecordProblem::TeamInOldFormat),
        Some(2) if team.is_none() => return Err(RecordProblem::NoTeam),
        _ => {}
    }
    // Every field is there and good (checked just above).
    let text = |f: Field| value.get(f.name()).and_then(RawJson::as_str).unwrap_or_default().to_string();
    Ok(SavedResult {
        format,
        id: text(Field::Id),
        taken: text(Field::Taken),
        model: text(Field::Model),
        version: value.get(Field::Version.name()).and_then(RawJson::as_u64).map_or(0, |v| v as u32),
        answers: text(Field::Answers),
        team,
    })
}

/// 1 to 64 characters of a-z, 0-9 and '-'.
pub(crate) fn is_id(text: &str) -> bool {
    (1..=MAX_ID).contains(&text.len())
        && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// `YYYY-MM-DDTHH:MM:SS` with an optional fraction of 1 to 9 digits, then `Z`, with a month,
/// day, hour, minute and second in range (a day of 31 is taken for every month).
pub(crate) fn is_timestamp(text: &str) -> bool {
    const PATTERN: &[u8; 19] = b"0000-00-00T00:00:00";
    let Some((head, tail)) = text.split_at_checked(PATTERN.len()) else { return false };
    let shaped = head.bytes().zip(PATTERN).all(|(b, p)| if *p == b'0' { b.is_ascii_digit() } else { b == *p });
    if !shaped {
        return false;
    }
    let two = |at: usize| head.get(at..at + 2).and_then(|d| d.parse::<u32>().ok()).unwrap_or(u32::MAX);
    let in_range =
        (1..=12).contains(&two(5)) && (1..=31).contains(&two(8)) && two(11) <= 23 && two(14) <= 59 && two(17) <= 59;
    let fraction_ok = match tail.strip_suffix('Z') {
        Some("") => true,
        Some(rest) => rest
            .strip_prefix('.')
            .is_some_and(|digits| (1..=9).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())),
        None => false,
    };
    in_range && fraction_ok
}

/// `taken` as two parts that order as the times do: the whole seconds, and the fraction's digits
/// without trailing zeros. Text that is not a timestamp orders as it is.
fn instant(taken: &str) -> (&str, &str) {
    match taken.split_at_checked(19) {
        Some((seconds, tail)) => {
            let fraction = tail.strip_prefix('.').and_then(|t| t.strip_suffix('Z')).unwrap_or("");
            (seconds, fraction.trim_end_matches('0'))
        }
        None => (taken, ""),
    }
}

/// The order the history is listed in, newest first: by `taken`, latest first, then by id, last
/// first. `Less` when `a` comes before `b`.
pub fn newest_first(a: &SavedResult, b: &SavedResult) -> Ordering {
    (instant(&b.taken), &b.id).cmp(&(instant(&a.taken), &a.id))
}

/// Sorts `results` newest first (`newest_first`).
pub fn sort_newest_first(results: &mut [SavedResult]) {
    heap_sort(results, |a, b| newest_first(a, b) == Ordering::Less);
}

/// What a value stored under a result key is to this release.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoredResult {
    /// A result to list. Its answers are checked when it is shown, against the version of the
    /// model that asked them.
    Usable(SavedResult),
    /// Written by a newer release: in a newer format, or of a model or a version of its questions
    /// this release does not have. To be left exactly as it is.
    Newer,
    /// Nothing any release could use: to be set aside.
    Corrupt(RecordProblem),
}

/// Classifies `text`, stored under `key`. `newest(model)` is the latest version of the model's
/// questions this release has, `None` for a model it does not have. Never panics.
pub fn read_stored_result(key: &str, text: &str, newest: impl Fn(&str) -> Option<u32>) -> StoredResult {
    match read_record(text) {
        Err(RecordProblem::NewerFormat(_)) => StoredResult::Newer,
        Err(problem) => StoredResult::Corrupt(problem),
        Ok(result) if key.strip_prefix(RESULTS_PREFIX) != Some(&*result.id) => {
            StoredResult::Corrupt(RecordProblem::Unreadable)
        }
        Ok(result) => match newest(&result.model) {
            Some(version) if result.version <= version => StoredResult::Usable(result),
            _ => StoredResult::Newer,
        },
    }
}
