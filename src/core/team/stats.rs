//! Many people's results of one model version combined into one picture. In the words the
//! methodology page uses:
//!
//! * Each person is scored on their own, by the same rules as a single result ("Not sure" counts
//!   as the lowest option). The picture counts how many people are at each stage and gives the
//!   middle stage: with an even number of people, the two middle ones (the lower and the upper
//!   middle), which are the same when those two people agree.
//! * For each area, five numbers describe how the people's scores spread: the lowest, the lower
//!   quartile, the median, the upper quartile and the highest. The quartiles are read between the
//!   two closest ranks, in proportion (the method spreadsheets call `QUARTILE.INC`, and R its
//!   type 7): with the scores sorted, the share p of the way up sits at position p × (n − 1)
//!   counting from 0, and a position between two scores takes the value that far between them.
//!   The middle half of the people lies between the two quartiles.
//! * **Disagreement** is the mean gap between two people: take every pair of two different people,
//!   the difference between their two scores, and the average of those differences, from 0 (all
//!   agree) to 1 (half at the bottom, half at the top, as far apart as can be). For an area the
//!   scores are the area's percent; for a question, the score of the option each person chose
//!   (lowest option 0, highest 1), leaving out "Not sure": it says nothing about what the
//!   organisation does. With fewer than two real answers nobody disagrees, so it is 0. The
//!   measure does not depend on the order the people come in, and adding people who agree lowers
//!   it. Areas and questions are listed most disagreement first; equal ones in the model's order.
//!
//! Working it out never goes through every pair one by one: each area's scores are counted by
//! distinct value and put in order (a question's are counted per option, already in order), and
//! the mean gap of ordered scores is one sum over them, each score weighted by how many are below
//! it less how many are above. 10,000 people of the default model take a few milliseconds.

use crate::core::answers::{Answer, Answers};
use crate::core::model::Model;
use crate::core::scoring::stages_and_percents;
use crate::core::sort::{heap_sort, sort_by_key};

/// Five numbers of a set of scores (0.0–1.0): lowest, lower quartile, median, upper quartile,
/// highest.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    pub lowest: f64,
    pub q1: f64,
    pub median: f64,
    pub q3: f64,
    pub highest: f64,
}

impl Spread {
    /// The five numbers of `values`; none when there are no values. The quartiles and the median
    /// are interpolated linearly between the closest ranks (R's type 7, a spreadsheet's
    /// `QUARTILE.INC`): the share p of the way up is at position p × (n − 1) of the sorted values.
    pub fn of(values: &[f64]) -> Option<Spread> {
        Spread::of_tally(&tally(values))
    }

    fn of_tally(tally: &[(f64, usize)]) -> Option<Spread> {
        let (lowest, highest) = (tally.first()?.0, tally.last()?.0);
        let n: usize = tally.iter().map(|(_, count)| count).sum();
        // The value at 0-based rank `rank` of the sorted values.
        let rank = |rank: usize| {
            let mut seen = 0;
            tally.iter().find(|(_, count)| {
                seen += count;
                rank < seen
            })
        };
        let at = |p: f64| {
            let position = p * (n - 1) as f64;
            let below = position.floor() as usize;
            let low = rank(below).map_or(highest, |(v, _)| *v);
            let high = rank(below + 1).map_or(low, |(v, _)| *v);
            low + (position - below as f64) * (high - low)
        };
        Some(Spread { lowest, q1: at(0.25), median: at(0.5), q3: at(0.75), highest })
    }
}

/// How one area's scores spread over the people.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaSpread {
    pub spread: Spread,
    /// Each person's score for the area, in the group's order.
    pub marks: Vec<f64>,
    /// The mean gap between two people's scores, 0.0–1.0.
    pub disagreement: f64,
}

/// How the people answered one question.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionSpread {
    /// People per choice: the question's options lowest first, then "Not sure" last.
    pub counts: Vec<usize>,
    /// The mean gap between two people's real answers, 0.0–1.0 ("Not sure" left out).
    pub disagreement: f64,
}

/// A group of people's results combined.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    pub people: usize,
    /// People at each stage: `stages[s - 1]` for stage `s`. For a model without a ladder
    /// (unordered threshold), the stage the scoring gives, one plus the sound dimensions. As long
    /// as the largest stage the model can give.
    pub stages: Vec<usize>,
    /// Each person's stage, in the group's order.
    pub stage_of: Vec<usize>,
    /// The middle stage: (lower middle, upper middle), equal for an odd count or when they agree.
    pub median_stage: (usize, usize),
    /// In the model's dimension order.
    pub areas: Vec<AreaSpread>,
    /// In the model's question order.
    pub questions: Vec<QuestionSpread>,
    /// Area indexes, most disagreement first (ties: model order).
    pub area_order: Vec<usize>,
    /// Question indexes, most disagreement first (ties: model order).
    pub question_order: Vec<usize>,
}

/// The picture of `people`, each a complete set of answers to `model`, scored as `scoring::score`
/// scores them (through `scoring::stages_and_percents`, its stage and dimension percents). None when there is nobody. An answer set of another length is scored as it
/// is (a missing answer counts as "Not sure"); it never panics.
pub fn combine(model: &Model, people: &[Answers]) -> Option<Picture> {
    if people.is_empty() {
        return None;
    }
    let dimensions = model.dimensions.len();
    let mut stage_of = Vec::with_capacity(people.len());
    let mut by_area: Vec<Vec<f64>> = vec![Vec::with_capacity(people.len()); dimensions];
    for (stage, percents) in stages_and_percents(model, people) {
        stage_of.push(stage);
        for (marks, percent) in by_area.iter_mut().zip(percents) {
            marks.push(percent);
        }
    }
    let top = if model.is_ladder() { model.stages.len() } else { dimensions + 1 };
    let mut stages = vec![0; top.max(stage_of.iter().copied().max().unwrap_or(1))];
    for &s in &stage_of {
        stages[s.max(1) - 1] += 1;
    }
    let median_stage = middle(&stages, people.len());
    let areas: Vec<AreaSpread> = by_area
        .into_iter()
        .map(|marks| {
            let tally = tally(&marks);
            let spread =
                Spread::of_tally(&tally).unwrap_or(Spread { lowest: 0.0, q1: 0.0, median: 0.0, q3: 0.0, highest: 0.0 });
            AreaSpread { spread, disagreement: mean_gap(&tally), marks }
        })
        .collect();
    let questions: Vec<QuestionSpread> = (0..model.questions.len()).map(|q| question(model, people, q)).collect();
    let area_order = most_first(areas.iter().map(|a| a.disagreement));
    let question_order = most_first(questions.iter().map(|q| q.disagreement));
    Some(Picture { people: people.len(), stages, stage_of, median_stage, areas, questions, area_order, question_order })
}

/// The lower and upper middle stage of `people` people counted per stage (`counts[s - 1]`).
fn middle(counts: &[usize], people: usize) -> (usize, usize) {
    // The stage of the person at 0-based rank `rank` in stage order.
    let at = |rank: usize| {
        let mut seen = 0;
        for (s, count) in counts.iter().enumerate() {
            seen += count;
            if rank < seen {
                return s + 1;
            }
        }
        counts.len()
    };
    (at((people - 1) / 2), at(people / 2))
}

/// Each distinct value of `values` with how many times it occurs, lowest first. Scores take few
/// distinct values (an area's is a mean of a few answers), so counting them first and sorting only
/// the distinct ones is much faster than sorting them all; with many distinct values it sorts.
fn tally(values: &[f64]) -> Vec<(f64, usize)> {
    const FEW: usize = 64;
    let mut counts: Vec<(f64, usize)> = Vec::new();
    for &value in values {
        // Kept lowest first, so a value is found by halving.
        let at = counts.partition_point(|(v, _)| *v < value);
        if counts.get(at).is_some_and(|(v, _)| *v == value) {
            counts[at].1 += 1;
        } else if counts.len() < FEW {
            counts.insert(at, (value, 1));
        } else {
            let mut sorted = values.to_vec();
            heap_sort(&mut sorted, |a, b| a < b);
            let mut runs: Vec<(f64, usize)> = Vec::new();
            for value in sorted {
                match runs.last_mut() {
                    Some((v, count)) if *v == value => *count += 1,
                    _ => runs.push((value, 1)),
                }
            }
            return runs;
        }
    }
    counts
}

/// The mean absolute difference between two different values of `tally` (distinct values with
/// their counts, lowest first), 0 for fewer than two: each value is above every value counted
/// before it, so each pair's gap is added once.
fn mean_gap(tally: &[(f64, usize)]) -> f64 {
    let (mut below, mut below_sum, mut sum) = (0usize, 0.0, 0.0);
    for &(value, count) in tally {
        sum += count as f64 * (below as f64 * value - below_sum);
        below += count;
        below_sum += count as f64 * value;
    }
    if below < 2 { 0.0 } else { (sum / (below * (below - 1) / 2) as f64).max(0.0) }
}

/// How the people answered question `q`.
fn question(model: &Model, people: &[Answers], q: usize) -> QuestionSpread {
    let options = model.options(q);
    let mut counts = vec![0; options.len() + 1];
    for answers in people {
        match answers.get(q) {
            Answer::Option(i) if usize::from(i) < options.len() => counts[usize::from(i)] += 1,
            _ => counts[options.len()] += 1,
        }
    }
    let (lo, hi) = match (options.first(), options.last()) {
        (Some(lo), Some(hi)) if hi.value > lo.value => (f64::from(lo.value), f64::from(hi.value)),
        _ => return QuestionSpread { counts, disagreement: 0.0 },
    };
    // Options are lowest first, so their scores with the counts are already a tally.
    let tally: Vec<(f64, usize)> = options
        .iter()
        .zip(&counts)
        .map(|(option, &count)| ((f64::from(option.value) - lo) / (hi - lo), count))
        .collect();
    QuestionSpread { disagreement: mean_gap(&tally), counts }
}

/// Indexes of `values`, largest first; equal ones keep their order.
fn most_first(values: impl Iterator<Item = f64>) -> Vec<usize> {
    let values: Vec<f64> = values.collect();
    let mut order: Vec<usize> = (0..values.len()).collect();
    sort_by_key(&mut order, |&i| -values[i]);
    order
}
