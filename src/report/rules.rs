//! The exact scoring rules of a model, in the plain sentences the methodology page shows.

use super::{capitalise, joined, percent, plural};
use crate::core::model::{Model, Scoring};
use crate::i18n::{self, Text};
use crate::text;

/// The exact rules of `model`, in plain sentences, for the methodology page.
pub fn explain(model: &Model) -> Vec<Text> {
    let n = model.stages.len();
    let word = &*model.stage_word;
    let area = &*model.dimension_word;
    let name = |s: usize| &*model.stages[s - 1].name;
    let mut out = vec![text!(i18n::METHOD_RULES_SCORE, dimension_word = area)];
    match model.scoring {
        Scoring::Average { chasm_at } => {
            out.push(text!(
                i18n::METHOD_RULES_AVERAGE,
                stages = n,
                stage_words = plural(word),
                stage_word = word,
                dimension_word = area,
                dimension_words = plural(area)
            ));
            if let Some(c) = chasm_at {
                out.push(text!(
                    i18n::METHOD_RULES_AVERAGE_CHASM,
                    stage_words = plural(word),
                    chasm = c,
                    stages = n,
                    dimension_word = area,
                    chasm_stage = name(c),
                    stage_word = word,
                    below = c - 1,
                    below_stage = name(c - 1),
                    dimension_words = plural(area)
                ));
            }
        }
        Scoring::Majority { chasm_at } => {
            out.push(text!(
                i18n::METHOD_RULES_MAJORITY,
                stages = n,
                stage_words = plural(word),
                stage_word = word,
                dimension_word = area,
                dimension_words = plural(area)
            ));
            if let Some(c) = chasm_at {
                out.push(text!(
                    i18n::METHOD_RULES_MAJORITY_CHASM,
                    dimension_word = area,
                    chasm = c,
                    chasm_stage = name(c),
                    stage_word = word,
                    below = c - 1,
                    below_stage = name(c - 1),
                    capital_stage_words = plural(&capitalise(word)),
                    stages = n,
                    dimension_words = plural(area),
                    low_end = c.saturating_sub(2).max(1),
                    high_end = c + 1
                ));
            }
        }
        Scoring::Threshold { hold_percent, ordered } => {
            out.push(if ordered {
                text!(
                    i18n::METHOD_RULES_ORDERED,
                    dimension_word = area,
                    stage_word = word,
                    hold = percent(hold_percent)
                )
            } else {
                text!(
                    i18n::METHOD_RULES_UNORDERED,
                    dimension_word = area,
                    hold = percent(hold_percent),
                    dimensions = model.dimensions.len(),
                    dimension_words = plural(area)
                )
            });
            if let Some(fit) = cut_off_fit(model, hold_percent) {
                out.push(fit);
            }
        }
    }
    out.push(text!(i18n::METHOD_RULES_NOT_SURE, dimension_word = area));
    out.push(i18n::METHOD_RULES_CONFIDENCE.into());
    let order = match model.scoring {
        Scoring::Average { .. } | Scoring::Majority { .. } => {
            text!(i18n::METHOD_RULES_ORDER_HOLDING_BACK, dimension_words = plural(area))
        }
        Scoring::Threshold { ordered: true, .. } => text!(i18n::METHOD_RULES_ORDER_CURRENT, stage_word = word),
        Scoring::Threshold { ordered: false, .. } => {
            text!(i18n::METHOD_RULES_ORDER_PROBLEM, dimension_words = plural(area))
        }
    };
    out.push(text!(i18n::METHOD_RULES_NEXT_STEPS, order = order));
    out
}

/// Why the cut-off sits where it does, when every question offers the same scores: which answer
/// meets it exactly.
fn cut_off_fit(model: &Model, hold_percent: u32) -> Option<Text> {
    let scores = model.option_percents(0);
    if (1..model.questions.len()).any(|q| model.option_percents(q) != scores) {
        return None;
    }
    let at = scores.iter().position(|&p| p >= hold_percent)?;
    let which = match scores.len() - at {
        1 => i18n::METHOD_RULES_BEST_ANSWER.into(),
        2 => i18n::METHOD_RULES_SECOND_BEST_ANSWER.into(),
        3 => i18n::METHOD_RULES_THIRD_BEST_ANSWER.into(),
        _ => text!(i18n::METHOD_RULES_ANSWER_OF, answer = at + 1, answers = scores.len()),
    };
    Some(text!(
        i18n::METHOD_RULES_CUT_OFF,
        hold = percent(hold_percent),
        scores = joined(scores.iter().map(|&p| percent(p)).collect(), i18n::COMMON_LIST_COMMAS),
        dimension_word = &*model.dimension_word,
        which = which,
        at = percent(scores[at])
    ))
}
