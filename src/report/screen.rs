//! The wording of the interactive screens that depends on the state: the intro's start button,
//! the question's place, the "Start over" confirmation.

/// The intro's main button: start, continue, or wait while a chosen model loads.
pub fn begin_label(answered: usize, total: usize, loading: bool) -> String {
    if loading {
        "Loading…".to_string()
    } else if answered == 0 {
        "Start the assessment".to_string()
    } else {
        format!("Continue ({answered} of {total} answered)")
    }
}

/// "Question 3 of 20" for question index `q`.
pub fn question_place(q: usize, total: usize) -> String {
    format!("Question {} of {total}", q + 1)
}

/// The button that moves on from question `q`.
pub fn next_label(q: usize, total: usize) -> &'static str {
    if q + 1 >= total { "See my result" } else { "Next" }
}

/// The question "Start over" asks before discarding `answered` answers.
pub fn discard_prompt(answered: usize) -> String {
    format!("Discard your {answered} answer{} and start again?", if answered == 1 { "" } else { "s" })
}

/// The hint under a question with `choices` radios (the options and "Not sure").
pub fn keys_hint(choices: usize) -> String {
    format!("Keys 1–{choices} answer; Enter goes to the next question.")
}

/// The intro's line on how long the chosen model takes (worked out from its text by
/// `Model::minutes`).
pub fn minutes_line(minutes: u32, words: usize) -> String {
    format!(
        "About {minutes} minutes: {words} words to read at an unhurried pace, plus time to judge each answer. You \
         can stop and come back."
    )
}
