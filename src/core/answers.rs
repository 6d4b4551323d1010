//! A set of answers to one model, and its compact text form: one character per question,
//! `0-9a-z` for the index of the chosen option, `?` for "not sure" and `-` for not answered yet.
//! The same form is used in localStorage; share links pack answers into fewer bits (`share`).

use crate::core::model::{MAX_OPTIONS, Model};
use crate::i18n::{self, Text};
use crate::text;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Unanswered,
    NotSure,
    /// Index into the question's options (lowest value first).
    Option(u8),
}

impl Answer {
    /// The answer at `position` in a question's radio group: its `options` options, lowest
    /// first, then "Not sure".
    pub fn at(position: usize, options: usize) -> Answer {
        if position >= options { Answer::NotSure } else { Answer::Option(position as u8) }
    }

    /// Where this answer sits in that radio group (none when unanswered).
    pub fn position(self, options: usize) -> Option<usize> {
        match self {
            Answer::Unanswered => None,
            Answer::NotSure => Some(options),
            Answer::Option(i) => Some(usize::from(i)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answers(Vec<Answer>);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswersError {
    WrongLength { expected: usize, found: usize },
    BadCharacter { position: usize },
    NoSuchOption { question: usize },
}

impl AnswersError {
    /// What is wrong with the answers, as a clause ("answer 3 is not readable").
    pub fn text(&self) -> Text {
        match self {
            AnswersError::WrongLength { expected, found } => {
                text!(i18n::PROBLEM_ANSWERS_LENGTH, found = *found, expected = *expected)
            }
            AnswersError::BadCharacter { position } => text!(i18n::PROBLEM_ANSWERS_UNREADABLE, answer = position + 1),
            AnswersError::NoSuchOption { question } => text!(i18n::PROBLEM_ANSWERS_NO_OPTION, answer = question + 1),
        }
    }
}

impl fmt::Display for AnswersError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text().en())
    }
}

const DIGITS: &[u8; MAX_OPTIONS] = b"0123456789abcdefghijklmnopqrstuvwxyz";

impl Answers {
    /// No question answered yet.
    pub fn empty(model: &Model) -> Answers {
        Answers(vec![Answer::Unanswered; model.questions.len()])
    }

    pub fn get(&self, q: usize) -> Answer {
        self.0.get(q).copied().unwrap_or(Answer::Unanswered)
    }

    pub fn set(&mut self, q: usize, answer: Answer) {
        if let Some(slot) = self.0.get_mut(q) {
            *slot = answer;
        }
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn answered(&self) -> usize {
        self.0.iter().filter(|a| **a != Answer::Unanswered).count()
    }

    pub fn is_complete(&self) -> bool {
        self.answered() == self.0.len()
    }

    /// The first question not answered yet.
    pub fn first_unanswered(&self) -> Option<usize> {
        self.0.iter().position(|a| *a == Answer::Unanswered)
    }

    pub fn encode(&self) -> String {
        self.0
            .iter()
            .map(|a| match a {
                Answer::Unanswered => '-',
                Answer::NotSure => '?',
                Answer::Option(i) => DIGITS[*i as usize % MAX_OPTIONS] as char,
            })
            .collect()
    }

    /// Reads the text form back, checking it against the model's questions and options.
    pub fn decode(model: &Model, text: &str) -> Result<Answers, AnswersError> {
        let expected = model.questions.len();
        if text.len() != expected {
            return Err(AnswersError::WrongLength { expected, found: text.chars().count() });
        }
        text.bytes()
            .enumerate()
            .map(|(q, b)| match b {
                b'-' => Ok(Answer::Unanswered),
                b'?' => Ok(Answer::NotSure),
                _ => {
                    let i = DIGITS.iter().position(|d| *d == b).ok_or(AnswersError::BadCharacter { position: q })?;
                    if i < model.options(q).len() {
                        Ok(Answer::Option(i as u8))
                    } else {
                        Err(AnswersError::NoSuchOption { question: q })
                    }
                }
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Answers)
    }
}
