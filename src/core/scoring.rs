//! Turning answers into a result. The rules, in the words the methodology page uses:
//!
//! * Every answer except "not sure" is scored from 0 % (the question's lowest option) to 100 %
//!   (its highest). "Not sure" is left out of every mean and only lowers the confidence, which is
//!   the share of questions answered with something other than "not sure".
//! * **Average rule** (option values are stage numbers): a dimension's level is the mean of its
//!   answers rounded to the nearest stage (halves up); the overall level is the mean of the
//!   dimensions' unrounded means, rounded the same way (rounding only once keeps it fair).
//!   **Chasm:** with `chasm_at = c`, a stage of `c` or higher is only given when every
//!   dimension's rounded level is at least `c`; otherwise the stage is `c - 1` and the dimensions
//!   below `c` are the ones holding the organisation back. A dimension with no score cannot be
//!   shown to be past the chasm.
//! * **Ordered threshold rule** (walk before you run): dimension *i* is stage *i*; it holds when
//!   its score reaches the threshold. The stage is the first one that does not hold (the last
//!   one if all hold), and a stage is complete only when it and every earlier stage hold.
//! * **Unordered threshold rule:** the stage is one plus the number of holding dimensions.
//!
//! The action plan lists the questions not yet at their best answer, most urgent first.

use crate::core::answers::{Answer, Answers};
use crate::core::model::{Model, Scoring};

#[derive(Debug, Clone, PartialEq)]
pub struct DimensionScore {
    /// Mean of the scored answers, 0.0–1.0; `None` when every answer was "not sure".
    pub percent: Option<f64>,
    /// Rounded level on the stage ladder (average rule only).
    pub level: Option<usize>,
    /// Whether the dimension reaches its threshold (threshold rules) or the chasm (average rule
    /// with a chasm); for the average rule without a chasm, whether it has a score.
    pub holds: bool,
    pub not_sure: usize,
    pub questions: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The stage, 1-based.
    pub stage: usize,
    /// Mean of the dimension scores, 0.0–1.0; `None` when nothing was scored.
    pub percent: Option<f64>,
    pub dimensions: Vec<DimensionScore>,
    /// Dimensions holding the organisation back, weakest first.
    pub holding_back: Vec<usize>,
    /// True when the chasm rule lowered the stage.
    pub stopped_by_chasm: bool,
    /// For the ordered threshold rule: how many stages are complete.
    pub complete_stages: Option<usize>,
    /// Share of questions answered with something other than "not sure", 0.0–1.0.
    pub confidence: f64,
    /// Questions not yet at their best answer, most urgent first.
    pub action_plan: Vec<usize>,
}

/// How sure a result is, from the share of "not sure" answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confidence {
    High,
    Medium,
    Low,
}

impl Outcome {
    pub fn confidence_band(&self) -> Confidence {
        if self.confidence >= 0.9 {
            Confidence::High
        } else if self.confidence >= 0.7 {
            Confidence::Medium
        } else {
            Confidence::Low
        }
    }

    /// The first three steps of the action plan.
    pub fn next_steps(&self) -> &[usize] {
        &self.action_plan[..self.action_plan.len().min(3)]
    }

    pub fn is_top(&self, model: &Model) -> bool {
        self.stage == model.stages.len() && self.complete_stages.is_none_or(|c| c == model.stages.len())
    }
}

/// Rounds to the nearest whole number, halves up; the epsilon keeps 3.4999999 from a sum of
/// fractions on the right side.
fn round_half_up(x: f64) -> usize {
    (x + 0.5 + 1e-9).floor().max(0.0) as usize
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / n as f64)
}

/// The answer to question `q` as 0.0–1.0 (`None` for "not sure" or unanswered).
pub fn answer_percent(model: &Model, answers: &Answers, q: usize) -> Option<f64> {
    let Answer::Option(i) = answers.get(q) else { return None };
    let options = model.options(q);
    let (lo, hi) = (options.first()?.value, options.last()?.value);
    let value = options.get(i as usize)?.value;
    Some(f64::from(value - lo) / f64::from(hi - lo))
}

fn answer_value(model: &Model, answers: &Answers, q: usize) -> Option<f64> {
    let Answer::Option(i) = answers.get(q) else { return None };
    model.options(q).get(i as usize).map(|o| f64::from(o.value))
}

pub fn score(model: &Model, answers: &Answers) -> Outcome {
    let stages = model.stages.len();
    let mut dimensions: Vec<DimensionScore> = (0..model.dimensions.len())
        .map(|d| {
            let qs: Vec<usize> = model.questions_in(d).collect();
            DimensionScore {
                percent: mean(qs.iter().filter_map(|&q| answer_percent(model, answers, q))),
                level: None,
                holds: false,
                not_sure: qs.iter().filter(|&&q| answers.get(q) == Answer::NotSure).count(),
                questions: qs.len(),
            }
        })
        .collect();
    let percent = mean(dimensions.iter().filter_map(|d| d.percent));
    let scored = (0..model.questions.len()).filter(|&q| matches!(answers.get(q), Answer::Option(_))).count();
    let confidence = if model.questions.is_empty() { 0.0 } else { scored as f64 / model.questions.len() as f64 };

    let mut stopped_by_chasm = false;
    let mut complete_stages = None;
    let (stage, mut holding_back) = match model.scoring {
        Scoring::Average { chasm_at } => {
            let means: Vec<Option<f64>> = (0..dimensions.len())
                .map(|d| mean(model.questions_in(d).filter_map(|q| answer_value(model, answers, q))))
                .collect();
            for (dim, m) in dimensions.iter_mut().zip(&means) {
                dim.level = m.map(|m| round_half_up(m).clamp(1, stages));
                dim.holds = dim.level.is_some_and(|l| l >= chasm_at.unwrap_or(1));
            }
            let overall = mean(means.iter().flatten().copied()).map_or(1, |m| round_half_up(m).clamp(1, stages));
            match chasm_at {
                Some(c) if overall >= c && dimensions.iter().any(|d| !d.holds) => {
                    stopped_by_chasm = true;
                    (c - 1, (0..dimensions.len()).filter(|&d| !dimensions[d].holds).collect::<Vec<_>>())
                }
                _ => (
                    overall,
                    (0..dimensions.len()).filter(|&d| dimensions[d].level.is_none_or(|l| l < overall)).collect(),
                ),
            }
        }
        Scoring::Threshold { hold_percent, ordered } => {
            let threshold = f64::from(hold_percent) / 100.0;
            for dim in &mut dimensions {
                dim.holds = dim.percent.is_some_and(|p| p + 1e-9 >= threshold);
            }
            let not_holding: Vec<usize> = (0..dimensions.len()).filter(|&d| !dimensions[d].holds).collect();
            if ordered {
                let run = not_holding.first().copied().unwrap_or(dimensions.len());
                complete_stages = Some(run);
                ((run + 1).min(stages), not_holding.into_iter().take(1).collect())
            } else {
                (dimensions.len() - not_holding.len() + 1, not_holding)
            }
        }
    };
    sort_by_key(&mut holding_back, |&d| weakness(&dimensions[d]));

    let action_plan = action_plan(model, answers, &holding_back, stage, complete_stages.is_some());
    Outcome { stage, percent, dimensions, holding_back, stopped_by_chasm, complete_stages, confidence, action_plan }
}

/// Sorts `items` by `key`, ascending; equal keys keep their order (so ties go by index, as the
/// lists are built in index order). An insertion sort: the lists are short (dimensions, one
/// model's questions), and it keeps the standard library's much larger sort out of the wasm.
fn sort_by_key<T, K: PartialOrd>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j]) < key(&items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Lower is weaker; a dimension with no score counts as weakest.
fn weakness(d: &DimensionScore) -> f64 {
    d.percent.unwrap_or(-1.0)
}

fn action_plan(model: &Model, answers: &Answers, holding_back: &[usize], stage: usize, ordered: bool) -> Vec<usize> {
    let current = stage - 1;
    let mut plan: Vec<(usize, bool, f64, usize)> = (0..model.questions.len())
        .filter_map(|q| {
            let p = answer_percent(model, answers, q);
            if p.is_some_and(|p| p >= 1.0) {
                return None;
            }
            let d = model.dimension_of(q);
            let group = if ordered {
                if d != current && d != current + 1 {
                    return None;
                }
                d
            } else {
                usize::from(!holding_back.contains(&d))
            };
            Some((group, p.is_none(), p.unwrap_or(0.0), q))
        })
        .collect();
    sort_by_key(&mut plan, |&(group, unsure, p, _)| (group, unsure, p));
    plan.into_iter().map(|(.., q)| q).collect()
}

/// The exact rules of `model`, in plain sentences, for the methodology page.
pub fn explain(model: &Model) -> Vec<String> {
    let n = model.stages.len();
    let word = &model.stage_word;
    let mut out = vec![
        "Every answer except “Not sure” is scored from 0% (the lowest option) to 100% (the highest). \
         A dimension's score is the mean of its answers."
            .to_string(),
    ];
    match model.scoring {
        Scoring::Average { chasm_at } => {
            out.push(format!(
                "Each option stands for one of the {n} {word}s. A dimension's level is the mean of its answers, \
                 rounded to the nearest {word} (a half rounds up). The overall level is the mean of the \
                 dimensions' unrounded means, rounded the same way, so rounding happens only once."
            ));
            if let Some(c) = chasm_at {
                let name = |s: usize| &model.stages[s - 1].name;
                out.push(format!(
                    "The chasm: {word}s {c} to {n} are only given when every dimension's level is at least {c} \
                     ({}). If the overall level is {c} or more but some dimension is below it, the result stays at \
                     {word} {} ({}) and names those dimensions as holding the organisation back.",
                    name(c),
                    c - 1,
                    name(c - 1),
                ));
            }
        }
        Scoring::Threshold { hold_percent, ordered: true } => out.push(format!(
            "Each dimension is one {word}. A {word} holds when its score is at least {hold_percent}%. You are at \
             the first {word} that does not hold yet (the last one when all hold): a later {word} never counts \
             while an earlier one does not hold, however strong it is. A {word} is complete when it and every \
             earlier {word} hold."
        )),
        Scoring::Threshold { hold_percent, ordered: false } => out.push(format!(
            "A dimension is sound when its score is at least {hold_percent}%, and has a problem otherwise. \
             The result is {word} 1 when no dimension is sound, plus one for each sound dimension."
        )),
    }
    out.push(
        "“Not sure” is left out of every mean. A dimension answered only with “Not sure” has no score and \
         cannot count as holding. Confidence is the share of questions answered with something other than \
         “Not sure”: high from 90%, medium from 70%, low below that."
            .to_string(),
    );
    out.push(
        "Next steps come from the questions not yet at their best answer: first those in the dimensions holding \
         you back (or in your current and next stage), lowest answers first."
            .to_string(),
    );
    out
}
