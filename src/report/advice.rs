//! The parts of a result that say what to do and why the result is where it is: what holds the
//! organisation back, what is not known yet, the reader's own answers beside the next rung up, and
//! the whole ordered plan, each step with the answer it leads to.

use super::{capitalise, listed, placement_text};
use crate::core::answers::{Answer, Answers};
use crate::core::model::Model;
use crate::core::scoring::{Confidence, Outcome};

/// A dimension holding the organisation back, and where it needs to get to.
#[derive(Debug, Clone, PartialEq)]
pub struct HoldingBack {
    pub name: String,
    pub about: String,
}

/// A dimension too little is known of to place: unknown, not weak.
#[derive(Debug, Clone, PartialEq)]
pub struct Unknown {
    pub name: String,
    pub about: String,
}

/// One of the reader's answers beside the next rung up from it.
#[derive(Debug, Clone, PartialEq)]
pub struct Gap {
    pub question: String,
    /// The answer given.
    pub you: String,
    /// The option one up from it.
    pub next: String,
}

/// A weak dimension's answers beside the next rung of each, so a reader recognises where the
/// organisation is and sees the gap.
#[derive(Debug, Clone, PartialEq)]
pub struct Focus {
    pub name: String,
    pub gaps: Vec<Gap>,
}

/// One step of the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub dimension: String,
    pub advice: String,
    /// The answer the step leads to; none for finding out a "Not sure".
    pub leads_to: Option<String>,
}

/// The step for question `q` from the answer given: the next rung up, or finding out for "Not
/// sure". `None` at the best answer.
pub fn next_rung(model: &Model, answers: &Answers, q: usize) -> Option<String> {
    let question = &model.questions[q];
    match answers.get(q) {
        Answer::Option(i) => question.advice.get(usize::from(i)).map(ToString::to_string),
        _ => Some(format!(
            "Find out where you stand on “{}” from the people who would know: until then it counts as the lowest \
             answer.",
            question.prompt
        )),
    }
}

/// Every step of the plan, in order (`Outcome::action_plan`).
pub(super) fn plan(model: &Model, outcome: &Outcome, answers: &Answers) -> Vec<Step> {
    outcome
        .action_plan
        .iter()
        .filter_map(|&q| {
            let leads_to = match answers.get(q) {
                Answer::Option(i) => model.options(q).get(usize::from(i) + 1).map(|o| o.label.to_string()),
                _ => None,
            };
            Some(Step {
                dimension: model.dimensions[model.dimension_of(q)].name.to_string(),
                advice: next_rung(model, answers, q)?,
                leads_to,
            })
        })
        .collect()
}

pub(super) fn holding_back(model: &Model, outcome: &Outcome) -> Vec<HoldingBack> {
    outcome
        .holding_back
        .iter()
        .map(|&d| {
            let dim = &model.dimensions[d];
            let below_chasm = outcome.stopped_by_chasm && !outcome.dimensions[d].holds;
            let about = match (&dim.tough, outcome.dimensions[d].level) {
                (Some(tough), _) if below_chasm => format!("Where it needs to get to: {tough}"),
                (_, Some(level)) if level < outcome.stage || outcome.held_by_lowest.is_some() => format!(
                    "At {word} {level} ({}); it needs to reach {word} {} ({}) before the result can rise.",
                    model.stages[level - 1].name,
                    level + 1,
                    model.stages[level].name,
                    word = model.stage_word,
                ),
                _ => dim.description.to_string(),
            };
            HoldingBack { name: dim.name.to_string(), about }
        })
        .collect()
}

pub(super) fn unknown(model: &Model, outcome: &Outcome) -> Vec<Unknown> {
    outcome
        .unplaced
        .iter()
        .map(|&d| {
            let score = &outcome.dimensions[d];
            Unknown {
                name: model.dimensions[d].name.to_string(),
                about: format!(
                    "{} of its {} questions were answered “Not sure”, too many to place it. It counts at the \
                     bottom until they are found out, which is why finding out comes first in the plan.",
                    score.not_sure, score.questions
                ),
            }
        })
        .collect()
}

/// The weakest placed dimensions (those holding the organisation back, else the lowest one),
/// each question not at its top answer with the answer given and the next rung up.
pub(super) fn focus(model: &Model, outcome: &Outcome, answers: &Answers) -> Vec<Focus> {
    let weakest: Vec<usize> = if outcome.holding_back.is_empty() && !outcome.is_top(model) {
        (0..model.dimensions.len())
            .filter(|d| !outcome.unplaced.contains(d))
            .min_by(|&a, &b| outcome.dimensions[a].percent.total_cmp(&outcome.dimensions[b].percent))
            .into_iter()
            .collect()
    } else {
        outcome.holding_back.iter().copied().take(2).collect()
    };
    weakest
        .into_iter()
        .map(|d| Focus {
            name: model.dimensions[d].name.to_string(),
            gaps: model
                .questions_in(d)
                .filter_map(|q| {
                    let Answer::Option(i) = answers.get(q) else { return None };
                    let options = model.options(q);
                    let next = options.get(usize::from(i) + 1)?;
                    Some(Gap {
                        question: model.questions[q].prompt.to_string(),
                        you: options[usize::from(i)].label.to_string(),
                        next: next.label.to_string(),
                    })
                })
                .collect(),
        })
        .filter(|f| !f.gaps.is_empty())
        .collect()
}

/// Why the chasm kept the stage down, when it did: the placed dimensions short of it, and those
/// not known well enough to say.
pub(super) fn chasm_note(model: &Model, outcome: &Outcome) -> Option<String> {
    let c = model.chasm()?;
    if !outcome.stopped_by_chasm {
        return None;
    }
    let name = |d: &usize| &*model.dimensions[*d].name;
    let short: Vec<&str> = outcome.holding_back.iter().map(name).collect();
    let unknown: Vec<&str> = outcome.unplaced.iter().filter(|&&d| !outcome.dimensions[d].holds).map(name).collect();
    let mut reasons = Vec::new();
    if !short.is_empty() {
        reasons.push(format!("{} {} not there yet", listed(&short), if short.len() == 1 { "is" } else { "are" }));
    }
    if !unknown.is_empty() {
        reasons.push(format!(
            "{} {} not shown to be there yet (too many “Not sure” answers)",
            listed(&unknown),
            if unknown.len() == 1 { "is" } else { "are" }
        ));
    }
    Some(format!(
        "Your areas average out on the “tough” side of the chasm, but {}, so the result can be no higher than {} \
         {} ({}). Crossing the chasm takes every {}.",
        reasons.join(", and "),
        model.stage_word,
        c - 1,
        model.stages[c - 2].name,
        model.dimension_word,
    ))
}

/// Why the lowest dimension held the stage down, when it did (majority rule), naming it, and
/// saying so when it is low only because too little is known of it.
pub(super) fn held_note(model: &Model, outcome: &Outcome) -> Option<String> {
    let mean = outcome.held_by_lowest?;
    let lowest = outcome.dimensions.iter().filter_map(|d| d.level).min()?;
    let at_lowest: Vec<usize> =
        (0..model.dimensions.len()).filter(|&d| outcome.dimensions[d].level == Some(lowest)).collect();
    let names: Vec<&str> = at_lowest.iter().map(|&d| &*model.dimensions[d].name).collect();
    let unknown = at_lowest.iter().all(|d| outcome.unplaced.contains(d));
    Some(format!(
        "Your areas average {word} {mean} ({}), but the result is never more than one {word} above the lowest \
         area, {} at {word} {lowest}{}, so it is {word} {} ({}).",
        model.stages[mean - 1].name,
        listed(&names),
        if unknown { " only because its “Not sure” answers count as the lowest" } else { "" },
        outcome.stage,
        model.stages[outcome.stage - 1].name,
        word = model.stage_word,
    ))
}

/// Dimensions whose answers are far apart, to check (majority rule with a chasm).
pub(super) fn far_apart(model: &Model, outcome: &Outcome) -> Vec<String> {
    let c = model.chasm().unwrap_or(1);
    model
        .dimensions
        .iter()
        .zip(&outcome.dimensions)
        .filter(|(_, s)| s.far_apart)
        .map(|(dim, s)| {
            let (lo, hi) = s.range.unwrap_or((1, 1));
            format!(
                "{}: your answers are far apart, from {word} {lo} to {word} {hi}. Check them with someone who knows \
                 this area: while several answers sit well below the chasm, it cannot count as past it ({word} {c} or \
                 above).",
                dim.name,
                word = model.stage_word,
            )
        })
        .collect()
}

/// What the result would be with every "Not sure" at the highest option, when that differs.
pub(super) fn best_case(model: &Model, outcome: &Outcome) -> Option<String> {
    let best = outcome.best_case?;
    let unsure: usize = outcome.dimensions.iter().map(|d| d.not_sure).sum();
    let current = outcome.placement();
    Some(format!(
        "Your {unsure} “Not sure” answer{} count as the lowest option, which gives {}. If every one of them were the \
         highest option, the result would be {}. Finding out those answers settles where you are.",
        if unsure == 1 { "" } else { "s" },
        placement_text(model, current),
        placement_text(model, best),
    ))
}

pub(super) fn confidence_text(outcome: &Outcome, model: &Model) -> String {
    let total = model.questions.len();
    let sure = (outcome.confidence * total as f64).round() as usize;
    let band = match outcome.confidence_band() {
        Confidence::High => "high".to_string(),
        Confidence::Medium if outcome.best_case.is_some() => {
            "medium: your “Not sure” answers could change the result".to_string()
        }
        Confidence::Medium => "medium".to_string(),
        Confidence::Low => {
            "low: treat this result as a first guess and find out the answers you were not sure of".to_string()
        }
    };
    capitalise(&format!(
        "confidence {band} ({sure} of {total} questions answered with something other than “Not sure”)."
    ))
}
