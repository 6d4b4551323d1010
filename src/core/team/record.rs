//! The team view's records. A **saved team picture** (`SavedTeam`) is kept in this browser under
//! `cx-maturity/teams/<id>`, as JSON:
//! `{"format":1,"id":"t1","saved":"2026-12-02T10:00:00.000Z","model":"six-stage","version":3,"people":["0?21…",…],"names":["Ann",""]}`.
//! It holds each person's answers in the answers text codec (sorted, so the same group is always
//! the same record) and the names the facilitator typed, which never leave this browser. As with
//! results, no score is kept: the picture is worked out again by the version that asked.
//!
//! A **consensus result** is a `SavedResult` with `team` (`core::team::consensus`), kept and
//! exported like any other result, in format 2.

pub use crate::core::team::consensus::{Consensus, MAX_NOTE, Note};

use crate::core::answers::{Answers, AnswersError};
use crate::core::history::{MAX_ID, is_id, is_timestamp};
use crate::core::model::Model;
use crate::core::raw_json::RawJson;
use crate::core::sort::heap_sort;
use crate::i18n::{self, Msg, Text};
use crate::text;
use serde::{Deserialize, Serialize};
use std::fmt;

/// What every saved team picture's key starts with; the rest is its id.
pub const TEAMS_PREFIX: &str = "cx-maturity/teams/";

/// The `format` written in `SavedTeam` now.
pub const TEAM_FORMAT: u32 = 1;

/// The longest name, in characters.
pub const MAX_NAME: usize = 80;

/// The storage key of the team picture with this id.
pub fn team_key(id: &str) -> String {
    format!("{TEAMS_PREFIX}{id}")
}

/// A team picture as it is kept.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SavedTeam {
    /// `TEAM_FORMAT` when written by this version.
    pub format: u32,
    /// 1 to 64 characters of a-z, 0-9 and '-'.
    pub id: String,
    /// When it was saved, as `Date.toISOString()` gives it.
    pub saved: String,
    pub model: String,
    pub version: u32,
    /// Each person's answers in the answers text codec, canonical order (sorted).
    pub people: Vec<String>,
    /// Names the facilitator typed, same length as people, "" for none; kept only in this browser.
    pub names: Vec<String>,
}

/// The fields of `SavedTeam`, as a problem names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TeamField {
    Format,
    Id,
    Saved,
    Model,
    Version,
    People,
    Names,
}

const TEAM_FIELDS: [TeamField; 7] = [
    TeamField::Format,
    TeamField::Id,
    TeamField::Saved,
    TeamField::Model,
    TeamField::Version,
    TeamField::People,
    TeamField::Names,
];

impl TeamField {
    pub fn name(self) -> &'static str {
        match self {
            TeamField::Format => "format",
            TeamField::Id => "id",
            TeamField::Saved => "saved",
            TeamField::Model => "model",
            TeamField::Version => "version",
            TeamField::People => "people",
            TeamField::Names => "names",
        }
    }

    fn expected(self) -> Msg {
        match self {
            TeamField::Format => i18n::PROBLEM_FIELD_FORMAT,
            TeamField::Id | TeamField::Model => i18n::PROBLEM_FIELD_ID,
            TeamField::Saved => i18n::PROBLEM_TEAM_FIELD_SAVED,
            TeamField::Version => i18n::PROBLEM_FIELD_VERSION,
            TeamField::People => i18n::PROBLEM_TEAM_FIELD_PEOPLE,
            TeamField::Names => i18n::PROBLEM_TEAM_FIELD_NAMES,
        }
    }
}

/// Why a saved team picture cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TeamProblem {
    Unreadable,
    NewerFormat(u64),
    BadField(TeamField),
    UnknownField(String),
    OtherModel(String),
    OtherVersion {
        saved: u32,
        current: u32,
    },
    /// Nobody's answers.
    Empty,
    /// Person `person` (from 1)'s answers cannot be read.
    BadAnswers {
        person: usize,
        why: AnswersError,
    },
    Incomplete {
        person: usize,
        answered: usize,
        questions: usize,
    },
}

impl TeamProblem {
    /// Why the picture cannot be used, as a clause.
    pub fn text(&self) -> Text {
        match self {
            TeamProblem::Unreadable => i18n::PROBLEM_TEAM_UNREADABLE.into(),
            TeamProblem::NewerFormat(format) => text!(i18n::PROBLEM_TEAM_NEWER, format = *format),
            TeamProblem::BadField(field) => {
                text!(i18n::PROBLEM_TEAM_FIELD, field = field.name(), expected = field.expected())
            }
            TeamProblem::UnknownField(name) => text!(i18n::PROBLEM_RECORD_UNKNOWN_FIELD, name = name.as_str()),
            TeamProblem::OtherModel(id) => text!(i18n::PROBLEM_RECORD_MODEL, id = id.as_str()),
            TeamProblem::OtherVersion { saved, current } => {
                text!(i18n::PROBLEM_RECORD_VERSION, saved = *saved, current = *current)
            }
            TeamProblem::Empty => i18n::PROBLEM_TEAM_EMPTY.into(),
            TeamProblem::BadAnswers { person, why } => {
                text!(i18n::PROBLEM_TEAM_ANSWERS, person = *person, why = why.text())
            }
            TeamProblem::Incomplete { person, answered, questions } => {
                text!(i18n::PROBLEM_TEAM_INCOMPLETE, person = *person, answered = *answered, questions = *questions)
            }
        }
    }
}

impl fmt::Display for TeamProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text().en())
    }
}

impl SavedTeam {
    /// The picture of `people` to keep, each with the name at the same place in `names` (missing
    /// ones are ""; each cut to `MAX_NAME` characters). People and names are put in the order of
    /// the answers' text, so the same group always makes the same record.
    pub fn new(id: String, saved: String, model: &Model, people: &[Answers], names: Vec<String>) -> SavedTeam {
        let mut pairs: Vec<(String, String)> = people
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let name = names.get(i).map(|n| n.chars().take(MAX_NAME).collect()).unwrap_or_default();
                (a.encode(), name)
            })
            .collect();
        heap_sort(&mut pairs, |a, b| a < b);
        let (people, names) = pairs.into_iter().unzip();
        SavedTeam { format: TEAM_FORMAT, id, saved, model: model.id.to_string(), version: model.version, people, names }
    }

    /// Everyone's answers, if each is a complete set for `model` as it is now.
    pub fn restore(&self, model: &Model) -> Result<Vec<Answers>, TeamProblem> {
        if self.model != model.id {
            return Err(TeamProblem::OtherModel(self.model.clone()));
        }
        if self.version != model.version {
            return Err(TeamProblem::OtherVersion { saved: self.version, current: model.version });
        }
        if self.people.is_empty() {
            return Err(TeamProblem::Empty);
        }
        self.people
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let answers =
                    Answers::decode(model, text).map_err(|why| TeamProblem::BadAnswers { person: i + 1, why })?;
                if !answers.is_complete() {
                    let (answered, questions) = (answers.answered(), answers.len());
                    return Err(TeamProblem::Incomplete { person: i + 1, answered, questions });
                }
                Ok(answers)
            })
            .collect()
    }
}

/// Whether `value` is good for `field`.
fn accepts(field: TeamField, value: &RawJson, record: &RawJson) -> bool {
    let texts = |v: &RawJson| -> Option<Vec<String>> {
        v.as_list()?.iter().map(|item| item.as_str().map(str::to_string)).collect()
    };
    match field {
        TeamField::Format => value.as_u64() == Some(u64::from(TEAM_FORMAT)),
        TeamField::Id | TeamField::Model => value.as_str().is_some_and(is_id),
        TeamField::Saved => value.as_str().is_some_and(is_timestamp),
        TeamField::Version => value.as_u64().is_some_and(|v| v >= 1 && v <= u64::from(u32::MAX)),
        TeamField::People => texts(value).is_some_and(|people| {
            let answers = |a: &String| {
                !a.is_empty() && a.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'?')
            };
            !people.is_empty() && people.iter().all(answers) && people.windows(2).all(|w| w[0] <= w[1])
        }),
        TeamField::Names => texts(value).is_some_and(|names| {
            let people = record.get(TeamField::People.name()).and_then(RawJson::as_list).map_or(0, <[_]>::len);
            names.len() == people && names.iter().all(|n| n.chars().count() <= MAX_NAME)
        }),
    }
}

/// Reads one saved team picture and checks its fields (not its answers, which need the model:
/// `SavedTeam::restore`).
pub fn read_team(text: &str) -> Result<SavedTeam, TeamProblem> {
    let value: RawJson = serde_json::from_str(text).map_err(|_| TeamProblem::Unreadable)?;
    let RawJson::Object(fields) = &value else { return Err(TeamProblem::Unreadable) };
    let Some(format) = value.get(TeamField::Format.name()) else { return Err(TeamProblem::Unreadable) };
    if let Some(newer) = format.as_u64().filter(|f| *f > u64::from(TEAM_FORMAT)) {
        return Err(TeamProblem::NewerFormat(newer));
    }
    if let Some((unknown, _)) = fields.iter().find(|(key, _)| !TEAM_FIELDS.iter().any(|f| f.name() == key)) {
        return Err(TeamProblem::UnknownField(unknown.chars().take(MAX_ID).collect()));
    }
    if let Some(bad) = TEAM_FIELDS.into_iter().find(|f| !value.get(f.name()).is_some_and(|v| accepts(*f, v, &value))) {
        return Err(TeamProblem::BadField(bad));
    }
    // Every field is there and good (checked just above).
    let text = |f: TeamField| value.get(f.name()).and_then(RawJson::as_str).unwrap_or_default().to_string();
    let texts = |f: TeamField| -> Vec<String> {
        let items = value.get(f.name()).and_then(RawJson::as_list).unwrap_or_default();
        items.iter().map(|i| i.as_str().unwrap_or_default().to_string()).collect()
    };
    Ok(SavedTeam {
        format: TEAM_FORMAT,
        id: text(TeamField::Id),
        saved: text(TeamField::Saved),
        model: text(TeamField::Model),
        version: value.get(TeamField::Version.name()).and_then(RawJson::as_u64).map_or(0, |v| v as u32),
        people: texts(TeamField::People),
        names: texts(TeamField::Names),
    })
}

/// What a value stored under a team key is to this release.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoredTeam {
    /// A picture to list; its answers are checked when it is opened.
    Usable(SavedTeam),
    /// Written by a newer release (a newer format, or a model or version this release does not
    /// have): left exactly as it is.
    Newer,
    /// Nothing any release could use: to be set aside.
    Corrupt(TeamProblem),
}

/// Classifies `text`, stored under `key`, as `history::read_stored_result` does a result.
pub fn read_stored_team(key: &str, text: &str, newest: impl Fn(&str) -> Option<u32>) -> StoredTeam {
    match read_team(text) {
        Err(TeamProblem::NewerFormat(_)) => StoredTeam::Newer,
        Err(problem) => StoredTeam::Corrupt(problem),
        Ok(team) if key.strip_prefix(TEAMS_PREFIX) != Some(&*team.id) => StoredTeam::Corrupt(TeamProblem::Unreadable),
        Ok(team) => match newest(&team.model) {
            Some(version) if team.version <= version => StoredTeam::Usable(team),
            _ => StoredTeam::Newer,
        },
    }
}
