//! The stored form of a test in progress (or finished) and how it is read back. Whatever is
//! found in storage, reading it never panics: it gives either the saved progress or a
//! `LoadProblem` that says in plain words why it cannot be used.
//!
//! The form is one line of five space-separated fields, so that reading it needs no JSON parser
//! in the wasm: `cxm1 <model id> <model version> <answers> <open question>`, for example
//! `cxm1 six-stage 1 0?32-------------------- 3`. Answers use the codec in `answers`.

use crate::core::answers::Answers;
use crate::core::model::Model;
use std::fmt;

/// Tag and version of this stored format. A different tag starting with `cxm` is a format from
/// another version of the tool.
pub const FORMAT: &str = "cxm1";

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
    UnknownFormat(String),
    OtherModel(String),
    OtherVersion { saved: u32, current: u32 },
    BadAnswers(String),
}

impl fmt::Display for LoadProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadProblem::Unreadable => write!(f, "the saved answers in this browser could not be read"),
            LoadProblem::UnknownFormat(tag) => {
                write!(f, "the saved answers were written by a different version of this tool ({tag})")
            }
            LoadProblem::OtherModel(id) => write!(f, "the saved answers belong to another questionnaire ('{id}')"),
            LoadProblem::OtherVersion { saved, current } => write!(
                f,
                "the saved answers are for version {saved} of this questionnaire, which is now at version {current}, \
                 so they cannot be scored"
            ),
            LoadProblem::BadAnswers(why) => write!(f, "the saved answers could not be used: {why}"),
        }
    }
}

impl Progress {
    pub fn new(model: &Model) -> Progress {
        Progress { answers: Answers::empty(model), current: 0 }
    }

    /// The question to show: `current`, kept on the last question while it moves past it to the
    /// result.
    pub fn open_question(&self) -> usize {
        self.current.min(self.answers.len().saturating_sub(1))
    }

    pub fn to_text(&self, model: &Model) -> String {
        format!("{FORMAT} {} {} {} {}", model.id, model.version, self.answers.encode(), self.current)
    }

    pub fn from_text(model: &Model, text: &str) -> Result<Progress, LoadProblem> {
        let fields: Vec<&str> = text.split(' ').collect();
        let tag = fields[0];
        if tag != FORMAT {
            let looks_like_ours =
                tag.len() <= 8 && tag.starts_with("cxm") && tag.bytes().all(|b| b.is_ascii_alphanumeric());
            return Err(if looks_like_ours { LoadProblem::UnknownFormat(tag.into()) } else { LoadProblem::Unreadable });
        }
        let [_, id, version, answers, current] = fields[..] else { return Err(LoadProblem::Unreadable) };
        let version: u32 = version.parse().map_err(|_| LoadProblem::Unreadable)?;
        let current: usize = current.parse().map_err(|_| LoadProblem::Unreadable)?;
        if id != model.id {
            return Err(LoadProblem::OtherModel(id.into()));
        }
        if version != model.version {
            return Err(LoadProblem::OtherVersion { saved: version, current: model.version });
        }
        let answers = Answers::decode(model, answers).map_err(|e| LoadProblem::BadAnswers(e.to_string()))?;
        let last = model.questions.len();
        let current = match answers.first_unanswered() {
            Some(open) if current >= last => open,
            _ => current.min(last),
        };
        Ok(Progress { answers, current })
    }
}
