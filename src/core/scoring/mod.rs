//! Turning answers into a result. The rules, in the words the methodology page uses:
//!
//! * Every answer is scored from 0 % (the question's lowest option) to 100 % (its highest).
//!   **"Not sure" counts as the lowest option**, so it can never raise a score: the result is
//!   what the answers given can vouch for. When the unsure answers could change the result, the
//!   result also says what it would be with every one of them at the highest option (the best
//!   case), and a dimension with fewer than half of its questions really answered is reported as
//!   **not placed**, with its score both ways. Confidence is the share of questions answered with
//!   something other than "Not sure".
//! * **Average rule** (option values are stage numbers): a dimension's level is the mean of its
//!   answers rounded to the nearest stage (halves up); the overall level is the mean of the
//!   dimensions' unrounded means, rounded the same way (rounding only once keeps it fair).
//!   **Chasm:** with `chasm_at = c`, a stage of `c` or higher is only given when every
//!   dimension's rounded level is at least `c`; otherwise the stage is `c - 1` and the dimensions
//!   below `c` are the ones holding the organisation back.
//! * **Majority rule** (option values are stage numbers): a dimension's level is the highest
//!   stage that more than half of its answers reach, so half of its answers at stage 3 keep it at
//!   3, and answers at opposite ends do not average out to the middle. **Chasm:** with
//!   `chasm_at = c`, a level of `c` or more needs at least three quarters of the answers there
//!   (one topic in four may lag, half may not), and a dimension with more than a quarter of its
//!   answers at each end (`c - 2` or below, `c + 1` or above) is marked as far apart, to be
//!   checked; it can never be past the chasm. The overall stage is the mean of the levels rounded
//!   to the nearest stage (halves up), at most one stage above the lowest level (so no stage is
//!   given that one area is two stages short of), and `c - 1` while any level is below `c`.
//! * **Ordered threshold rule** (walk before you run): dimension *i* is stage *i*; it holds when
//!   its score reaches the threshold. The stage is the first one that does not hold (the last
//!   one if all hold), and a stage is complete only when it and every earlier stage hold.
//! * **Unordered threshold rule:** the result is the number of sound dimensions (stage is one
//!   more); the model has no ladder.
//!
//! Every rule gives the same or a higher result when any answer is raised, so the result with
//! "Not sure" at the lowest option is never above the one any real answers would give.
//!
//! The action plan lists the questions not yet at their best answer, most urgent first.

use crate::core::answers::{Answer, Answers};
use crate::core::model::{Model, Scoring};
use crate::core::sort::sort_by_key;
use plan::action_plan;

mod plan;

#[derive(Debug, Clone, PartialEq)]
pub struct DimensionScore {
    /// Mean of the answers, 0.0–1.0, "Not sure" counted as the lowest option.
    pub percent: f64,
    /// The same with "Not sure" counted as the highest option (equal when there is none).
    pub best_case: f64,
    /// Rounded level on the stage ladder (average rule only), and the same in the best case.
    pub level: Option<usize>,
    pub best_level: Option<usize>,
    /// Whether the dimension reaches its threshold (threshold rules) or the chasm (average rule
    /// with a chasm); for the average rule without a chasm, always.
    pub holds: bool,
    /// Whether it would hold with every "Not sure" at the highest option.
    pub best_holds: bool,
    /// Majority rule with a chasm: answers at both ends, well below and well above the chasm.
    pub far_apart: bool,
    /// The lowest and the highest stage its real answers describe (rules whose answers are
    /// stages), for saying how far apart they are.
    pub range: Option<(usize, usize)>,
    pub not_sure: usize,
    pub questions: usize,
}

impl DimensionScore {
    /// Placed when at least half of its questions have a real answer; otherwise too little is
    /// known to place it, and the result shows its score both ways.
    pub fn placed(&self) -> bool {
        2 * (self.questions - self.not_sure) >= self.questions
    }
}

/// Where a set of answers places the organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placement {
    /// The stage, 1-based (for the unordered threshold rule, one plus the sound dimensions).
    pub stage: usize,
    /// For the ordered threshold rule: how many stages are complete.
    pub complete_stages: Option<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The stage, 1-based.
    pub stage: usize,
    /// Mean of the dimension scores, 0.0–1.0.
    pub percent: f64,
    pub dimensions: Vec<DimensionScore>,
    /// Placed dimensions holding the organisation back, weakest first. Empty at the top of a
    /// ladder: there is nothing further for them to hold back.
    pub holding_back: Vec<usize>,
    /// Dimensions too little is known of to place (mostly "Not sure"), in index order: unknown,
    /// not weak, however low they count.
    pub unplaced: Vec<usize>,
    /// True when the chasm rule lowered the stage.
    pub stopped_by_chasm: bool,
    /// Majority rule: the stage the levels' mean gave, when the lowest level held it down
    /// (the chasm aside).
    pub held_by_lowest: Option<usize>,
    /// For the ordered threshold rule: how many stages are complete.
    pub complete_stages: Option<usize>,
    /// Share of questions answered with something other than "not sure", 0.0–1.0.
    pub confidence: f64,
    /// The result with every "Not sure" at the highest option, when that is a different one.
    pub best_case: Option<Placement>,
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
    /// High only when at least nine in ten questions have a real answer and the "Not sure" ones
    /// could not change the result; medium from seven in ten; low below that.
    pub fn confidence_band(&self) -> Confidence {
        if self.confidence >= 0.9 && self.best_case.is_none() {
            Confidence::High
        } else if self.confidence >= 0.7 {
            Confidence::Medium
        } else {
            Confidence::Low
        }
    }

    /// Where the outcome places the organisation.
    pub fn placement(&self) -> Placement {
        Placement { stage: self.stage, complete_stages: self.complete_stages }
    }

    /// The sound dimensions, for a model that counts them.
    pub fn sound(&self) -> usize {
        self.dimensions.iter().filter(|d| d.holds).count()
    }

    /// At the top: the last stage of a ladder with every stage complete, or every dimension sound.
    pub fn is_top(&self, model: &Model) -> bool {
        if model.is_ladder() {
            self.stage == model.stages.len() && self.complete_stages.is_none_or(|c| c == model.stages.len())
        } else {
            self.sound() == model.dimensions.len()
        }
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

/// `answers` with every "Not sure" (and unanswered question) at the lowest option, or at the
/// highest when `high`.
fn filled(model: &Model, answers: &Answers, high: bool) -> Answers {
    let mut out = answers.clone();
    for q in 0..model.questions.len() {
        if !matches!(answers.get(q), Answer::Option(_)) {
            let top = model.options(q).len().saturating_sub(1);
            out.set(q, Answer::Option(if high { top as u8 } else { 0 }));
        }
    }
    out
}

/// One dimension rated on answers that are all real options.
struct Rated {
    percent: f64,
    level: Option<usize>,
    holds: bool,
    far_apart: bool,
}

/// How a set of answers that are all real options rates.
struct Rating {
    dims: Vec<Rated>,
    placement: Placement,
    /// Dimensions holding it back, in index order.
    holding_back: Vec<usize>,
    stopped_by_chasm: bool,
    held_by_lowest: Option<usize>,
}

/// The stage number answer `q` describes, on a model whose option values are stages.
fn stage_of(model: &Model, answers: &Answers, q: usize) -> Option<usize> {
    let Answer::Option(i) = answers.get(q) else { return None };
    model.options(q).get(usize::from(i)).map(|o| o.value.max(1) as usize)
}

/// The majority rule's level of a dimension whose answers describe `stages`: the highest stage
/// that more than half of them reach, or, from the chasm up, at least three quarters of them.
fn majority_level(stages: &[usize], top: usize, chasm: Option<usize>) -> usize {
    let n = stages.len();
    (1..=top)
        .rev()
        .find(|&k| {
            let reach = stages.iter().filter(|&&s| s >= k).count();
            if chasm.is_some_and(|c| k >= c) { 4 * reach >= 3 * n } else { 2 * reach > n }
        })
        .unwrap_or(1)
}

/// Whether more than a quarter of a dimension's answers sit two or more stages below the chasm
/// and more than a quarter above it.
fn far_apart(stages: &[usize], chasm: usize) -> bool {
    let n = stages.len();
    let low = stages.iter().filter(|&&s| s + 2 <= chasm).count();
    let high = stages.iter().filter(|&&s| s > chasm).count();
    4 * low > n && 4 * high > n
}

/// The questions of each dimension (`Model::questions_in`), looked up once for every `rate` of
/// the same model.
fn groups(model: &Model) -> Vec<Vec<usize>> {
    (0..model.dimensions.len()).map(|d| model.questions_in(d).collect()).collect()
}

/// The result of answers that are all real options; `groups` is `groups(model)`.
fn rate(model: &Model, groups: &[Vec<usize>], answers: &Answers) -> Rating {
    let questions_in = |d: usize| groups[d].iter().copied();
    let stages = model.stages.len();
    let percent = |d: usize| mean(questions_in(d).filter_map(|q| answer_percent(model, answers, q))).unwrap_or(0.0);
    let mut dims: Vec<Rated> = (0..model.dimensions.len())
        .map(|d| Rated { percent: percent(d), level: None, holds: false, far_apart: false })
        .collect();
    let mut complete_stages = None;
    let mut stopped = false;
    let mut held_by_lowest = None;
    let (stage, holding_back) = match model.scoring {
        Scoring::Majority { chasm_at } => {
            for (d, dim) in dims.iter_mut().enumerate() {
                let said: Vec<usize> = questions_in(d).filter_map(|q| stage_of(model, answers, q)).collect();
                let level = majority_level(&said, stages, chasm_at);
                dim.level = Some(level);
                dim.holds = level >= chasm_at.unwrap_or(1);
                dim.far_apart = chasm_at.is_some_and(|c| far_apart(&said, c));
            }
            let levels: Vec<usize> = dims.iter().filter_map(|d| d.level).collect();
            let lowest = levels.iter().copied().min().unwrap_or(1);
            let mean_level = mean(levels.iter().map(|&l| l as f64)).map_or(1, |m| round_half_up(m).clamp(1, stages));
            // The chasm allows at most the stage below it while any dimension is short of it;
            // the lowest dimension allows at most one stage above itself.
            let chasm_cap = chasm_at.filter(|_| dims.iter().any(|d| !d.holds)).map_or(stages, |c| c - 1);
            let gate = lowest + 1;
            let stage = mean_level.min(chasm_cap).min(gate);
            stopped = chasm_cap < mean_level;
            if gate < mean_level.min(chasm_cap) {
                held_by_lowest = Some(mean_level);
            }
            let below: Vec<usize> = if stopped {
                (0..dims.len()).filter(|&d| !dims[d].holds).collect()
            } else {
                (0..dims.len()).filter(|&d| dims[d].level.is_some_and(|l| l < stage)).collect()
            };
            (stage, below)
        }
        Scoring::Average { chasm_at } => {
            let value = |q: usize| stage_of(model, answers, q).map(|s| s as f64);
            let means: Vec<f64> =
                (0..dims.len()).map(|d| mean(questions_in(d).filter_map(value)).unwrap_or(1.0)).collect();
            for (dim, m) in dims.iter_mut().zip(&means) {
                let level = round_half_up(*m).clamp(1, stages);
                dim.level = Some(level);
                dim.holds = level >= chasm_at.unwrap_or(1);
            }
            let overall = mean(means.iter().copied()).map_or(1, |m| round_half_up(m).clamp(1, stages));
            match chasm_at {
                Some(c) if overall >= c && dims.iter().any(|d| !d.holds) => {
                    stopped = true;
                    (c - 1, (0..dims.len()).filter(|&d| !dims[d].holds).collect())
                }
                _ => (overall, (0..dims.len()).filter(|&d| dims[d].level.is_some_and(|l| l < overall)).collect()),
            }
        }
        Scoring::Threshold { hold_percent, ordered } => {
            let threshold = f64::from(hold_percent) / 100.0;
            for dim in &mut dims {
                dim.holds = dim.percent + 1e-9 >= threshold;
            }
            let not_holding: Vec<usize> = (0..dims.len()).filter(|&d| !dims[d].holds).collect();
            if ordered {
                let run = not_holding.first().copied().unwrap_or(dims.len());
                complete_stages = Some(run);
                ((run + 1).min(stages), not_holding.into_iter().take(1).collect())
            } else {
                (dims.len() - not_holding.len() + 1, not_holding)
            }
        }
    };
    Rating {
        dims,
        placement: Placement { stage, complete_stages },
        holding_back,
        stopped_by_chasm: stopped,
        held_by_lowest,
    }
}

/// For each of `people`, the stage and each dimension's percent that `score` gives ("Not sure"
/// as the lowest option), without the rest of the outcome: what combining many people's results
/// needs, at a fraction of the work.
pub fn stages_and_percents<'a>(
    model: &'a Model,
    people: &'a [Answers],
) -> impl Iterator<Item = (usize, Vec<f64>)> + 'a {
    let groups = groups(model);
    people.iter().map(move |answers| {
        let low = rate(model, &groups, &filled(model, answers, false));
        (low.placement.stage, low.dims.iter().map(|d| d.percent).collect())
    })
}

pub fn score(model: &Model, answers: &Answers) -> Outcome {
    let groups = groups(model);
    let low = rate(model, &groups, &filled(model, answers, false));
    let high = rate(model, &groups, &filled(model, answers, true));
    let placement = low.placement;
    let dimensions: Vec<DimensionScore> = low
        .dims
        .into_iter()
        .zip(high.dims)
        .enumerate()
        .map(|(d, (low, high))| {
            let said: Vec<usize> = model.questions_in(d).filter_map(|q| stage_of(model, answers, q)).collect();
            DimensionScore {
                percent: low.percent,
                best_case: high.percent,
                level: low.level,
                best_level: high.level,
                holds: low.holds,
                best_holds: high.holds,
                far_apart: low.far_apart,
                range: model
                    .answers_are_stages()
                    .then(|| said.iter().min().zip(said.iter().max()).map(|(lo, hi)| (*lo, *hi)))
                    .flatten(),
                not_sure: model.questions_in(d).filter(|&q| !matches!(answers.get(q), Answer::Option(_))).count(),
                questions: model.questions_in(d).count(),
            }
        })
        .collect();
    let unplaced: Vec<usize> = (0..dimensions.len()).filter(|&d| !dimensions[d].placed()).collect();
    let mut holding_back: Vec<usize> = low.holding_back.into_iter().filter(|d| !unplaced.contains(d)).collect();
    let percent = mean(dimensions.iter().map(|d| d.percent)).unwrap_or(0.0);
    let scored = (0..model.questions.len()).filter(|&q| matches!(answers.get(q), Answer::Option(_))).count();
    let confidence = if model.questions.is_empty() { 0.0 } else { scored as f64 / model.questions.len() as f64 };
    sort_by_key(&mut holding_back, |&d| dimensions[d].percent);
    let top = model.is_ladder() && placement.stage == model.stages.len() && placement.complete_stages.is_none();
    if top {
        holding_back.clear();
    }
    let action_plan = action_plan(model, answers, &holding_back, &unplaced, placement);
    Outcome {
        stage: placement.stage,
        percent,
        dimensions,
        holding_back,
        unplaced,
        stopped_by_chasm: low.stopped_by_chasm,
        held_by_lowest: low.held_by_lowest,
        complete_stages: placement.complete_stages,
        confidence,
        best_case: (high.placement != placement).then_some(high.placement),
        action_plan,
    }
}
