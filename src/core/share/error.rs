//! What a link's header says, and why a link cannot be made or read: shared by result links
//! (`#result=`) and team links (`#team=`).

use crate::i18n::{self, Text};
use crate::text;
use std::borrow::Cow;
use std::fmt;

/// What a payload says before its answers are read: which model and version asked them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkHeader {
    /// The model's id: a built-in model's, or one a host page gave the widget.
    pub model: Cow<'static, str>,
    pub version: u32,
}

/// Why a result cannot be put in a link, or a link cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// The fragment says `result=` (or `team=`) and nothing more.
    Empty,
    /// More characters than a link of its kind can have.
    TooLong,
    /// A character outside base64url, at this position (1 is the first after `result=`).
    BadCharacter { position: usize },
    /// Too short to hold even the header.
    Truncated,
    /// The checksum does not match, or the characters do not form whole bytes.
    Altered,
    /// Written in a format newer than this one.
    NewerFormat,
    /// A model code this app does not know.
    UnknownModel,
    /// The link names another model than the one given to `decode`.
    OtherModel,
    /// The link's answers were given to another version of the model.
    OtherVersion { link: u32, app: u32 },
    /// The answer bits are not a set of answers to the model's questions (for a team link: not
    /// as many people as it says, or not in their canonical order).
    BadAnswers,
    /// `encode` was given a result with a question not answered.
    Unanswered,
    /// `encode` was given a model this format cannot name, or one too large for a link.
    NotShareable,
    /// A team link with nobody in it, or `encode_team` given nobody.
    NoPeople,
    /// A team link that says it holds more than `MAX_TEAM` people, or `encode_team` given more.
    TooManyPeople,
}

impl ShareError {
    /// Why the result link cannot be made or read, in one sentence.
    pub fn text(&self) -> Text {
        match self {
            ShareError::Empty => i18n::PROBLEM_SHARE_EMPTY.into(),
            ShareError::TooLong => i18n::PROBLEM_SHARE_TOO_LONG.into(),
            ShareError::BadCharacter { position } => {
                text!(i18n::PROBLEM_SHARE_CHARACTER, position = *position, key = super::FRAGMENT_KEY)
            }
            ShareError::Truncated => i18n::PROBLEM_SHARE_TRUNCATED.into(),
            ShareError::Altered => i18n::PROBLEM_SHARE_ALTERED.into(),
            ShareError::NewerFormat => i18n::PROBLEM_SHARE_NEWER.into(),
            ShareError::UnknownModel => i18n::PROBLEM_SHARE_UNKNOWN_MODEL.into(),
            ShareError::OtherModel => i18n::PROBLEM_SHARE_OTHER_MODEL.into(),
            ShareError::OtherVersion { link, app } => text!(i18n::PROBLEM_SHARE_VERSION, link = *link, app = *app),
            ShareError::BadAnswers => i18n::PROBLEM_SHARE_ANSWERS.into(),
            ShareError::Unanswered => i18n::PROBLEM_SHARE_UNANSWERED.into(),
            ShareError::NotShareable => i18n::PROBLEM_SHARE_NOT_SHAREABLE.into(),
            ShareError::NoPeople => i18n::PROBLEM_TEAM_LINK_NO_PEOPLE.into(),
            ShareError::TooManyPeople => text!(i18n::PROBLEM_TEAM_LINK_TOO_MANY, max = super::MAX_TEAM),
        }
    }

    /// Why the team link cannot be made or read, in one sentence: the words of `text` where they
    /// hold for a team link too, a team link's own where a result link's speak of one result.
    pub fn team_text(&self) -> Text {
        match self {
            ShareError::Empty => i18n::PROBLEM_TEAM_LINK_EMPTY.into(),
            ShareError::TooLong => i18n::PROBLEM_TEAM_LINK_TOO_LONG.into(),
            ShareError::BadCharacter { position } => {
                text!(i18n::PROBLEM_TEAM_LINK_CHARACTER, position = *position, key = super::TEAM_FRAGMENT_KEY)
            }
            ShareError::Truncated => i18n::PROBLEM_TEAM_LINK_TRUNCATED.into(),
            ShareError::Altered => i18n::PROBLEM_TEAM_LINK_ALTERED.into(),
            ShareError::Unanswered => i18n::PROBLEM_TEAM_LINK_UNANSWERED.into(),
            ShareError::NotShareable => i18n::PROBLEM_TEAM_LINK_NOT_SHAREABLE.into(),
            other => other.text(),
        }
    }
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text().en())
    }
}
