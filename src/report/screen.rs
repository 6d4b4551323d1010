//! The wording of the interactive screens that depends on the state: the intro's start button,
//! the question's place, the "Start over" confirmation.

use crate::i18n::{self, Text};
use crate::text;

/// The intro's main button: start, continue, or wait while a chosen model loads.
pub fn begin_label(answered: usize, total: usize, loading: bool) -> Text {
    if loading {
        i18n::SCREEN_LOADING.into()
    } else if answered == 0 {
        i18n::SCREEN_START.into()
    } else {
        text!(i18n::SCREEN_CONTINUE, answered = answered, total = total)
    }
}

/// "Question 3 of 20" for question index `q`.
pub fn question_place(q: usize, total: usize) -> Text {
    text!(i18n::SCREEN_QUESTION_PLACE, number = q + 1, total = total)
}

/// The button that moves on from question `q`.
pub fn next_label(q: usize, total: usize) -> Text {
    if q + 1 >= total { i18n::SCREEN_SEE_RESULT.into() } else { i18n::SCREEN_NEXT.into() }
}

/// The question "Start over" asks before discarding `answered` answers.
pub fn discard_prompt(answered: usize) -> Text {
    i18n::SCREEN_DISCARD_PROMPT.count(answered, Vec::new())
}

/// The hint under a question with `choices` radios (the options and "Not sure").
pub fn keys_hint(choices: usize) -> Text {
    text!(i18n::SCREEN_KEYS_HINT, choices = choices)
}

/// The intro's line on how long the chosen model takes (worked out from its text by
/// `Model::minutes`).
pub fn minutes_line(minutes: u32, words: usize) -> Text {
    i18n::SCREEN_MINUTES.count(minutes as usize, vec![("words", words.into())])
}
