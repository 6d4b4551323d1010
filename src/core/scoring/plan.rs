//! The action plan: which questions to work on, in what order.

use super::{Placement, answer_percent};
use crate::core::answers::Answers;
use crate::core::model::Model;
use crate::core::sort::sort_by_key;

/// Every question not at its best answer, in the order to work on them: first finding out the
/// "Not sure" answers of dimensions too little is known of to place (until they are known, the
/// rest of the plan may be aimed at the wrong place); then, on a gated ladder, the current stage
/// and the next (the later ones cannot count yet), otherwise the dimensions holding the
/// organisation back and then the rest; each group lowest answers first.
pub(super) fn action_plan(
    model: &Model,
    answers: &Answers,
    holding_back: &[usize],
    unplaced: &[usize],
    at: Placement,
) -> Vec<usize> {
    let current = at.stage - 1;
    let mut plan: Vec<(bool, usize, bool, f64, usize)> = (0..model.questions.len())
        .filter_map(|q| {
            let p = answer_percent(model, answers, q);
            if p.is_some_and(|p| p >= 1.0) {
                return None;
            }
            let d = model.dimension_of(q);
            let find_out = p.is_none() && unplaced.contains(&d);
            let group = if at.complete_stages.is_some() {
                if d != current && d != current + 1 && !find_out {
                    return None;
                }
                d
            } else {
                usize::from(!holding_back.contains(&d))
            };
            Some((!find_out, group, p.is_none(), p.unwrap_or(0.0), q))
        })
        .collect();
    sort_by_key(&mut plan, |&(later, group, unsure, p, _)| (later, group, unsure, p));
    plan.into_iter().map(|(.., q)| q).collect()
}
