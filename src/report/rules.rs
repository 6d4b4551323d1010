//! The exact scoring rules of a model, in the plain sentences the methodology page shows.

use super::capitalise;
use crate::core::model::{Model, Scoring};

/// The exact rules of `model`, in plain sentences, for the methodology page.
pub fn explain(model: &Model) -> Vec<String> {
    let n = model.stages.len();
    let word = &model.stage_word;
    let area = &model.dimension_word;
    let mut out = vec![format!(
        "Every answer is scored from 0% (the lowest option) to 100% (the highest), and a {area}'s score is the \
         mean of its answers."
    )];
    match model.scoring {
        Scoring::Average { chasm_at } => {
            out.push(format!(
                "Each option stands for one of the {n} {word}s. A {area}'s level is the mean of its answers, \
                 rounded to the nearest {word} (a half rounds up). The overall level is the mean of the \
                 {area}s' unrounded means, rounded the same way, so rounding happens only once."
            ));
            if let Some(c) = chasm_at {
                let name = |s: usize| &model.stages[s - 1].name;
                out.push(format!(
                    "The chasm: {word}s {c} to {n} are only given when every {area}'s level is at least {c} \
                     ({}). If the overall level is {c} or more but some {area} is below it, the result stays at \
                     {word} {} ({}) and names those {area}s as holding the organisation back.",
                    name(c),
                    c - 1,
                    name(c - 1),
                ));
            }
        }
        Scoring::Majority { chasm_at } => {
            out.push(format!(
                "Each option stands for one of the {n} {word}s. A {area}'s level is the highest {word} that more \
                 than half of its answers reach, so answers at opposite ends do not average out to the middle. The \
                 overall {word} is the mean of the {area}s' levels rounded to the nearest {word} (a half rounds up), \
                 and never more than one {word} above the lowest {area}: no {word} is given that one {area} is two \
                 {word}s short of."
            ));
            if let Some(c) = chasm_at {
                let name = |s: usize| &model.stages[s - 1].name;
                out.push(format!(
                    "The chasm: a {area} is on the “tough” side, at level {c} ({}) or above, only when at least \
                     three quarters of its answers are there: one topic in four may lag, but half of its answers at \
                     {word} {} ({}) keep it on the “fluff” side. {word_cap}s {c} to {n} are only given when every \
                     {area} is on the tough side; otherwise the result stays at {word} {} and names the {area}s \
                     holding it back. A {area} with more than a quarter of its answers at each end ({word} {} or \
                     below, and {} or above) is marked as having answers far apart, and the result asks you to \
                     check them: it cannot be on the tough side.",
                    name(c),
                    c - 1,
                    name(c - 1),
                    c - 1,
                    c.saturating_sub(2).max(1),
                    c + 1,
                    word_cap = capitalise(word),
                ));
            }
        }
        Scoring::Threshold { hold_percent, ordered } => {
            out.push(if ordered {
                format!(
                    "Each {area} is one {word}. A {word} holds when its score is at least {hold_percent}%. You are \
                     at the first {word} that does not hold yet (the last one when all hold): a later {word} never \
                     counts while an earlier one does not hold, however strong it is. A {word} is complete when it \
                     and every earlier {word} hold."
                )
            } else {
                format!(
                    "A {area} is sound when its score is at least {hold_percent}%, and has a problem otherwise. The \
                     result is how many of the {} {area}s are sound; there are no stages.",
                    model.dimensions.len()
                )
            });
            if let Some(fit) = cut_off_fit(model, hold_percent) {
                out.push(fit);
            }
        }
    }
    out.push(format!(
        "“Not sure” counts as the lowest option, so it never raises a score: the result is what the answers you \
         gave can vouch for. When your “Not sure” answers could change the result, it also says what the result \
         would be if every one of them were the highest option. A {area} with fewer than half of its questions \
         answered with something other than “Not sure” is shown as not known, with its score both ways: it is \
         never named as holding you back, and finding out its answers comes first in the plan."
    ));
    out.push(
        "Confidence: high when at least nine in ten questions have an answer other than “Not sure” and those that \
         do not could not change the result; medium from seven in ten, or when they could change it; low below \
         that. Why there: at nine in ten, an area of four or five questions has at most one unknown answer, so every \
         area is placed; below seven in ten, three or more in ten are unknown, enough for a whole area to be \
         unknown, so the result is more guess than measurement."
            .to_string(),
    );
    let order = match model.scoring {
        Scoring::Average { .. } | Scoring::Majority { .. } => format!("the {area}s holding you back come first"),
        Scoring::Threshold { ordered: true, .. } => format!("your current {word} comes first, then the next one"),
        Scoring::Threshold { ordered: false, .. } => format!("the {area}s that have a problem come first"),
    };
    out.push(format!(
        "Next steps come from your answers: for each question not yet at its best answer, the step that leads to the \
         next answer up, shown with the answer it leads to. After finding out what is not known, {order}, lowest \
         answers first. The whole plan is listed; the first three are your next steps."
    ));
    out
}

/// Why the cut-off sits where it does, when every question offers the same scores: which answer
/// meets it exactly.
fn cut_off_fit(model: &Model, hold_percent: u32) -> Option<String> {
    let scores = model.option_percents(0);
    if (1..model.questions.len()).any(|q| model.option_percents(q) != scores) {
        return None;
    }
    let at = scores.iter().position(|&p| p >= hold_percent)?;
    let which = match scores.len() - at {
        1 => "the best answer".to_string(),
        2 => "the second-best answer".to_string(),
        3 => "the third-best answer".to_string(),
        _ => format!("answer {} of {}", at + 1, scores.len()),
    };
    let list: Vec<String> = scores.iter().map(|p| format!("{p}%")).collect();
    Some(format!(
        "Why {hold_percent}%: every question's answers score {}. The cut-off is met exactly when a {area}'s answers \
         average {which} ({}%): that answer on every question is enough, and an answer below it has to be made up \
         by one above it.",
        list.join(", "),
        scores[at],
        area = model.dimension_word,
    ))
}
