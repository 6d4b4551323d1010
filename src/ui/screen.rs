//! Which screen the app shows, with everything that screen needs, and how one screen leads to the
//! next. Plain data and plain functions, tested natively (`tests/screens.rs`); the stores apply
//! them (`stores::nav`).

use crate::core::answers::Answers;
use crate::core::model::Model;
use crate::core::progress::Progress;
use std::sync::Arc;

/// The screen on show.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    /// What the assessment is, the choice of model, the way in.
    Intro,
    /// The open question of the progress being taken.
    Question,
    Result(Shown),
    /// "How this is scored", and where its "Back" leads.
    Method {
        back: Back,
    },
    /// "My results": every saved result.
    MyResults,
    /// Two saved results of one assessment, by id, the earlier first (each with the model version
    /// that asked it loaded).
    Compare {
        earlier: String,
        later: String,
    },
    /// The team view: many people's results combined, and the workshop that agrees one set of
    /// answers; what it opens with.
    Team(TeamStart),
    /// Two saved team pictures of one model version, by id, the earlier first.
    TeamCompare {
        earlier: String,
        later: String,
    },
}

/// What the team view opens with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TeamStart {
    /// An empty box to paste links into.
    Empty,
    /// A team link's payload (`#team=…`).
    Link(String),
    /// A saved team picture, by id.
    Saved(String),
}

/// A result on the result screen: the answers, the version of the model that asked them, and
/// where they come from.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    pub model: Arc<Model>,
    pub answers: Answers,
    pub from: From,
}

/// Where a result on screen comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum From {
    /// The test being taken.
    Own,
    /// A saved result, with its id and when it was taken.
    Saved { id: String, taken: String },
    /// A share link.
    Shared,
}

/// Where "Back" leads from "How this is scored".
#[derive(Debug, Clone, PartialEq)]
pub enum Back {
    Intro,
    Result(Shown),
}

impl Screen {
    /// Whether this is one of the screens after the questions, whose code a release build fetches
    /// separately (`ui::later`).
    pub fn is_later(&self) -> bool {
        !matches!(self, Screen::Intro | Screen::Question)
    }

    /// "How this is scored", opened from here: its "Back" returns to the result on screen, if
    /// any, else to the intro.
    pub fn method(&self) -> Screen {
        let back = match self {
            Screen::Result(shown) => Back::Result(shown.clone()),
            Screen::Method { back } => back.clone(),
            _ => Back::Intro,
        };
        Screen::Method { back }
    }

    /// Where "Back" leads from "How this is scored".
    pub fn leave_method(back: &Back) -> Screen {
        match back {
            Back::Intro => Screen::Intro,
            Back::Result(shown) => Screen::Result(shown.clone()),
        }
    }

    /// The result being shown, if this screen shows one.
    pub fn shown(&self) -> Option<&Shown> {
        match self {
            Screen::Result(shown) | Screen::Method { back: Back::Result(shown) } => Some(shown),
            _ => None,
        }
    }
}

/// Whether `progress` is at its result: every question answered and past the last.
pub fn finished(progress: &Progress) -> bool {
    progress.answers.is_complete() && progress.current >= progress.answers.len()
}

/// The screen the saved progress in `model` was on: its result, or its open question.
pub fn resume(progress: &Progress, model: &Arc<Model>) -> Screen {
    if finished(progress) {
        Screen::Result(Shown { model: model.clone(), answers: progress.answers.clone(), from: From::Own })
    } else {
        Screen::Question
    }
}

/// Where moving `step` questions on from the open question of `progress` leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Advance {
    /// Before the first question: the intro.
    Intro,
    /// To this question (an unanswered one, when past the last with answers missing).
    Question(usize),
    /// Past the last question with every answer given: the result.
    Finished,
}

pub fn advance(progress: &Progress, step: isize) -> Advance {
    let last = progress.answers.len();
    let next = progress.open_question() as isize + step;
    if next < 0 {
        return Advance::Intro;
    }
    let next = (next as usize).min(last);
    if next < last {
        return Advance::Question(next);
    }
    match progress.answers.first_unanswered() {
        Some(open) => Advance::Question(open),
        None => Advance::Finished,
    }
}
