//! The parts of a result that say what to do and why the result is where it is: what holds the
//! organisation back, what is not known yet, the reader's own answers beside the next rung up, and
//! the whole ordered plan, each step with the answer it leads to.

use super::{listed_names, placement_text};
use crate::core::answers::{Answer, Answers};
use crate::core::model::Model;
use crate::core::scoring::{Confidence, Outcome};
use crate::i18n::{self, Text};
use crate::text;

/// A dimension holding the organisation back, and where it needs to get to.
#[derive(Debug, Clone, PartialEq)]
pub struct HoldingBack {
    pub name: Text,
    pub about: Text,
}

/// A dimension too little is known of to place: unknown, not weak.
#[derive(Debug, Clone, PartialEq)]
pub struct Unknown {
    pub name: Text,
    pub about: Text,
}

/// One of the reader's answers beside the next rung up from it.
#[derive(Debug, Clone, PartialEq)]
pub struct Gap {
    pub question: Text,
    /// The answer given.
    pub you: Text,
    /// The option one up from it.
    pub next: Text,
}

/// A weak dimension's answers beside the next rung of each, so a reader recognises where the
/// organisation is and sees the gap.
#[derive(Debug, Clone, PartialEq)]
pub struct Focus {
    pub name: Text,
    pub gaps: Vec<Gap>,
}

/// One step of the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub dimension: Text,
    pub advice: Text,
    /// The answer the step leads to; none for finding out a "Not sure".
    pub leads_to: Option<Text>,
}

/// The step for question `q` from the answer given: the next rung up, or finding out for "Not
/// sure". `None` at the best answer.
pub fn next_rung(model: &Model, answers: &Answers, q: usize) -> Option<Text> {
    let question = &model.questions[q];
    match answers.get(q) {
        Answer::Option(i) => question.advice.get(usize::from(i)).map(|a| Text::from(&**a)),
        _ => Some(text!(i18n::ADVICE_FIND_OUT, prompt = &*question.prompt)),
    }
}

/// Every step of the plan, in order (`Outcome::action_plan`).
pub(super) fn plan(model: &Model, outcome: &Outcome, answers: &Answers) -> Vec<Step> {
    outcome
        .action_plan
        .iter()
        .filter_map(|&q| {
            let leads_to = match answers.get(q) {
                Answer::Option(i) => model.options(q).get(usize::from(i) + 1).map(|o| Text::from(&*o.label)),
                _ => None,
            };
            Some(Step {
                dimension: Text::from(&*model.dimensions[model.dimension_of(q)].name),
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
                (Some(tough), _) if below_chasm => text!(i18n::ADVICE_NEEDS_TO_GET_TO, tough = &**tough),
                (_, Some(level)) if level < outcome.stage || outcome.held_by_lowest.is_some() => text!(
                    i18n::ADVICE_NEEDS_TO_REACH,
                    stage_word = &*model.stage_word,
                    level = level,
                    stage = &*model.stages[level - 1].name,
                    next_level = level + 1,
                    next_stage = &*model.stages[level].name
                ),
                _ => Text::from(&*dim.description),
            };
            HoldingBack { name: Text::from(&*dim.name), about }
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
                name: Text::from(&*model.dimensions[d].name),
                about: text!(i18n::ADVICE_UNKNOWN, not_sure = score.not_sure, questions = score.questions),
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
            name: Text::from(&*model.dimensions[d].name),
            gaps: model
                .questions_in(d)
                .filter_map(|q| {
                    let Answer::Option(i) = answers.get(q) else { return None };
                    let options = model.options(q);
                    let next = options.get(usize::from(i) + 1)?;
                    Some(Gap {
                        question: Text::from(&*model.questions[q].prompt),
                        you: Text::from(&*options[usize::from(i)].label),
                        next: Text::from(&*next.label),
                    })
                })
                .collect(),
        })
        .filter(|f| !f.gaps.is_empty())
        .collect()
}

/// Why the chasm kept the stage down, when it did: the placed dimensions short of it, and those
/// not known well enough to say.
pub(super) fn chasm_note(model: &Model, outcome: &Outcome) -> Option<Text> {
    let c = model.chasm()?;
    if !outcome.stopped_by_chasm {
        return None;
    }
    let name = |d: &usize| &*model.dimensions[*d].name;
    let short: Vec<&str> = outcome.holding_back.iter().map(name).collect();
    let unknown: Vec<&str> = outcome.unplaced.iter().filter(|&&d| !outcome.dimensions[d].holds).map(name).collect();
    let short =
        (!short.is_empty()).then(|| i18n::ADVICE_CHASM_SHORT.count(short.len(), vec![("names", listed_names(&short))]));
    let unknown = (!unknown.is_empty())
        .then(|| i18n::ADVICE_CHASM_UNKNOWN.count(unknown.len(), vec![("names", listed_names(&unknown))]));
    let reasons = match (short, unknown) {
        (Some(short), Some(unknown)) => text!(i18n::ADVICE_CHASM_BOTH, short = short, unknown = unknown),
        (Some(one), None) | (None, Some(one)) => one,
        (None, None) => Text::Plain(String::new()),
    };
    Some(text!(
        i18n::ADVICE_CHASM_NOTE,
        reasons = reasons,
        stage_word = &*model.stage_word,
        stage = c - 1,
        name = &*model.stages[c - 2].name,
        dimension_word = &*model.dimension_word
    ))
}

/// Why the lowest dimension held the stage down, when it did (majority rule), naming it, and
/// saying so when it is low only because too little is known of it.
pub(super) fn held_note(model: &Model, outcome: &Outcome) -> Option<Text> {
    let mean = outcome.held_by_lowest?;
    let lowest = outcome.dimensions.iter().filter_map(|d| d.level).min()?;
    let at_lowest: Vec<usize> =
        (0..model.dimensions.len()).filter(|&d| outcome.dimensions[d].level == Some(lowest)).collect();
    let names: Vec<&str> = at_lowest.iter().map(|&d| &*model.dimensions[d].name).collect();
    let unknown = at_lowest.iter().all(|d| outcome.unplaced.contains(d));
    Some(text!(
        if unknown { i18n::ADVICE_HELD_UNKNOWN } else { i18n::ADVICE_HELD },
        stage_word = &*model.stage_word,
        mean = mean,
        mean_stage = &*model.stages[mean - 1].name,
        names = listed_names(&names),
        lowest = lowest,
        stage = outcome.stage,
        name = &*model.stages[outcome.stage - 1].name
    ))
}

/// Dimensions whose answers are far apart, to check (majority rule with a chasm).
pub(super) fn far_apart(model: &Model, outcome: &Outcome) -> Vec<Text> {
    let c = model.chasm().unwrap_or(1);
    model
        .dimensions
        .iter()
        .zip(&outcome.dimensions)
        .filter(|(_, s)| s.far_apart)
        .map(|(dim, s)| {
            let (lo, hi) = s.range.unwrap_or((1, 1));
            text!(
                i18n::ADVICE_FAR_APART,
                name = &*dim.name,
                stage_word = &*model.stage_word,
                low = lo,
                high = hi,
                chasm = c
            )
        })
        .collect()
}

/// What the result would be with every "Not sure" at the highest option, when that differs.
pub(super) fn best_case(model: &Model, outcome: &Outcome) -> Option<Text> {
    let best = outcome.best_case?;
    let unsure: usize = outcome.dimensions.iter().map(|d| d.not_sure).sum();
    Some(i18n::ADVICE_BEST_CASE.count(
        unsure,
        vec![("current", placement_text(model, outcome.placement())), ("best", placement_text(model, best))],
    ))
}

pub(super) fn confidence_text(outcome: &Outcome, model: &Model) -> Text {
    let total = model.questions.len();
    let sure = (outcome.confidence * total as f64).round() as usize;
    let message = match outcome.confidence_band() {
        Confidence::High => i18n::ADVICE_CONFIDENCE_HIGH,
        Confidence::Medium if outcome.best_case.is_some() => i18n::ADVICE_CONFIDENCE_MEDIUM_COULD_CHANGE,
        Confidence::Medium => i18n::ADVICE_CONFIDENCE_MEDIUM,
        Confidence::Low => i18n::ADVICE_CONFIDENCE_LOW,
    };
    text!(message, sure = sure, total = total)
}
