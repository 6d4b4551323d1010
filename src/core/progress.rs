//! The stored form of a test in progress (or finished) and how it is read back. Whatever is
//! found in storage, reading it never panics: it gives either the saved progress or a
//! `LoadProblem` that says in plain words why it cannot be used.
//!
//! The form is `SavedProgress`, kept as JSON, for example
//! `{"format":2,"model":"six-stage","version":1,"answers":"0?32--------------------","current":3}`.
//! Answers use the one-character-per-question codec in `answers`. Earlier versions of the tool
//! stored one line, `cxm1 <model id> <model version> <answers> <open question>`; it is still read
//! (`Progress::from_legacy`) so that progress saved then is carried over, but no longer written.
//!
//! Several releases can share one origin (a tab left open across a deploy, an old copy of the
//! widget beside a newer app), so [`read_stored`] tells apart what this release can use, what a
//! newer release wrote (left untouched, never overwritten), what an earlier version of the
//! questions left (kept until this version's progress replaces it) and what is really corrupt
//! (the only kind that is set aside). Two tabs or widgets answering the same model meet in
//! [`Progress::merge`].

use crate::core::answers::{Answers, AnswersError};
use crate::core::model::Model;
use crate::i18n::{self, Text};
use crate::text;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The `format` written in `SavedProgress` now. A record with another number was written by
/// another version of the tool.
pub const SAVED_FORMAT: u32 = 2;

/// Tag of the one-line form that came before `SavedProgress`. A different tag starting with `cxm`
/// is a format from another version of the tool.
const LEGACY_FORMAT: &str = "cxm1";

/// What is kept in localStorage for a test in progress or finished. Unknown fields are allowed,
/// so a later version of the tool may add some.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedProgress {
    /// `SAVED_FORMAT` when written by this version.
    pub format: u32,
    /// The model's id.
    pub model: String,
    /// The model's version: answers are only ever scored by the version that asked them.
    pub version: u32,
    /// The answers in the text codec of `answers`.
    pub answers: String,
    /// The open question, `questions.len()` when the result was being shown.
    pub current: usize,
}

impl SavedProgress {
    pub fn new(model: &Model, progress: &Progress) -> SavedProgress {
        SavedProgress {
            format: SAVED_FORMAT,
            model: model.id.to_string(),
            version: model.version,
            answers: progress.answers.encode(),
            current: progress.current,
        }
    }

    /// The progress saved, if it was saved by this format for this version of `model`.
    pub fn restore(self, model: &Model) -> Result<Progress, LoadProblem> {
        if self.format != SAVED_FORMAT {
            return Err(LoadProblem::OtherFormat(u64::from(self.format)));
        }
        Progress::checked(model, &self.model, self.version, &self.answers, self.current)
    }
}

/// What a value stored under a model's progress key is to this release and `model`.
#[derive(Debug, Clone, PartialEq)]
pub enum Stored {
    /// A record this release can continue.
    Usable(Progress),
    /// An earlier release's line, read: to be saved again as a record.
    Legacy(Progress),
    /// Written by a newer release (a newer format, or a newer version of the model's questions):
    /// to be left exactly as it is.
    Newer,
    /// Progress in an earlier version of the model's questions, which cannot be scored by this
    /// one: left in place until progress in this version is saved over it.
    Earlier { version: u32 },
    /// Nothing any release could use: to be set aside.
    Corrupt(LoadProblem),
}

/// A progress record read leniently, every field optional, so that one parse tells a newer
/// format from this one whatever else the record holds (and unknown fields are allowed).
#[derive(Deserialize)]
struct Record {
    format: u64,
    #[serde(default)]
    model: Option<String>,
    #[serde(default)]
    version: Option<u64>,
    #[serde(default)]
    answers: Option<String>,
    #[serde(default)]
    current: Option<usize>,
}

/// Classifies `text`, found under `model`'s progress key. Never panics, whatever the text.
pub fn read_stored(model: &Model, text: &str) -> Stored {
    let Ok(record) = serde_json::from_str::<Record>(text) else {
        return match Progress::from_legacy(model, text) {
            Ok(progress) => Stored::Legacy(progress),
            Err(LoadProblem::OtherVersion { saved, current }) if saved < current => Stored::Earlier { version: saved },
            Err(LoadProblem::OtherVersion { .. }) => Stored::Newer,
            Err(problem) => Stored::Corrupt(problem),
        };
    };
    if record.format > u64::from(SAVED_FORMAT) {
        return Stored::Newer;
    }
    if record.format < u64::from(SAVED_FORMAT) {
        return Stored::Corrupt(LoadProblem::OtherFormat(record.format));
    }
    let (Some(id), Some(version), Some(answers), Some(current)) =
        (record.model, record.version, record.answers, record.current)
    else {
        return Stored::Corrupt(LoadProblem::Unreadable);
    };
    if id != model.id {
        return Stored::Corrupt(LoadProblem::OtherModel(id));
    }
    match u32::try_from(version) {
        Ok(v) if v > model.version => Stored::Newer,
        Err(_) => Stored::Newer,
        Ok(v) if v < model.version => Stored::Earlier { version: v },
        Ok(v) => Progress::checked(model, &id, v, &answers, current).map_or_else(Stored::Corrupt, Stored::Usable),
    }
}

/// Answers to one model plus the question that was open. `current == questions.len()` means
/// the result was being shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    pub answers: Answers,
    pub current: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadProblem {
    Unreadable,
    /// A record in another `format` than this release writes.
    OtherFormat(u64),
    /// A line whose tag (`cxm2`) is another release's.
    UnknownFormat(String),
    OtherModel(String),
    OtherVersion {
        saved: u32,
        current: u32,
    },
    BadAnswers(AnswersError),
}

impl LoadProblem {
    /// Why the saved answers cannot be used, as a clause ("the saved answers …").
    pub fn text(&self) -> Text {
        match self {
            LoadProblem::Unreadable => i18n::PROBLEM_PROGRESS_UNREADABLE.into(),
            LoadProblem::OtherFormat(format) => text!(i18n::PROBLEM_PROGRESS_FORMAT, format = *format),
            LoadProblem::UnknownFormat(tag) => text!(i18n::PROBLEM_PROGRESS_TAG, tag = tag.as_str()),
            LoadProblem::OtherModel(id) => text!(i18n::PROBLEM_PROGRESS_MODEL, id = id.as_str()),
            LoadProblem::OtherVersion { saved, current } => {
                text!(i18n::PROBLEM_PROGRESS_VERSION, saved = *saved, current = *current)
            }
            LoadProblem::BadAnswers(why) => text!(i18n::PROBLEM_PROGRESS_ANSWERS, why = why.text()),
        }
    }
}

impl fmt::Display for LoadProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text().en())
    }
}

impl Progress {
    pub fn new(model: &Model) -> Progress {
        Progress { answers: Answers::empty(model), current: 0 }
    }

    /// Whether anything was answered or opened: progress worth keeping.
    pub fn is_started(&self) -> bool {
        self.answers.answered() > 0 || self.current > 0
    }

    /// This tab's progress with what another tab (or widget) saved meanwhile: `base` is what
    /// this tab last read or wrote, `theirs` what is stored now. A question keeps this tab's
    /// answer if it changed it since `base`, else takes theirs; the open question stays this
    /// tab's once it has done anything, else it is theirs too. So neither side's new answers are
    /// lost, whichever saves last.
    pub fn merge(&self, base: &Progress, theirs: &Progress) -> Progress {
        if self == base {
            return theirs.clone();
        }
        let mut answers = theirs.answers.clone();
        for q in 0..self.answers.len() {
            let ours = self.answers.get(q);
            if ours != base.answers.get(q) {
                answers.set(q, ours);
            }
        }
        Progress { answers, current: self.current }
    }

    /// The question to show: `current`, kept on the last question while it moves past it to the
    /// result.
    pub fn open_question(&self) -> usize {
        self.current.min(self.answers.len().saturating_sub(1))
    }

    /// Reads the one-line form earlier versions stored, to carry it over to `SavedProgress`.
    pub fn from_legacy(model: &Model, text: &str) -> Result<Progress, LoadProblem> {
        let fields: Vec<&str> = text.split(' ').collect();
        let tag = fields[0];
        if tag != LEGACY_FORMAT {
            let looks_like_ours =
                tag.len() <= 8 && tag.starts_with("cxm") && tag.bytes().all(|b| b.is_ascii_alphanumeric());
            return Err(if looks_like_ours { LoadProblem::UnknownFormat(tag.into()) } else { LoadProblem::Unreadable });
        }
        let [_, id, version, answers, current] = fields[..] else { return Err(LoadProblem::Unreadable) };
        let version: u32 = version.parse().map_err(|_| LoadProblem::Unreadable)?;
        let current: usize = current.parse().map_err(|_| LoadProblem::Unreadable)?;
        Progress::checked(model, id, version, answers, current)
    }

    /// Progress saved for model `id` at `version`, if that is `model` as it is now. A result
    /// screen saved without every answer reopens at the first open question.
    fn checked(model: &Model, id: &str, version: u32, answers: &str, current: usize) -> Result<Progress, LoadProblem> {
        if id != model.id {
            return Err(LoadProblem::OtherModel(id.into()));
        }
        if version != model.version {
            return Err(LoadProblem::OtherVersion { saved: version, current: model.version });
        }
        let answers = Answers::decode(model, answers).map_err(LoadProblem::BadAnswers)?;
        let last = model.questions.len();
        let current = match answers.first_unanswered() {
            Some(open) if current >= last => open,
            _ => current.min(last),
        };
        Ok(Progress { answers, current })
    }
}
