//! Two results of one model side by side, the one-line summary of a result, and the geometry of
//! the radar chart that draws a result's dimensions.

use super::{joined, placement, placement_text};
use crate::core::model::Model;
use crate::core::scoring::{Outcome, Placement};
use crate::i18n::{self, Text};
use crate::text;

/// Whole percent of a 0.0–1.0 score.
fn percent(p: f64) -> i32 {
    (p * 100.0).round() as i32
}

/// Which way a figure moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Same,
}

impl Direction {
    fn of(change: i32) -> Direction {
        match change {
            c if c > 0 => Direction::Up,
            c if c < 0 => Direction::Down,
            _ => Direction::Same,
        }
    }

    /// A word for the direction, for the class names and for readers that do not see colour.
    pub fn word(self) -> &'static str {
        match self {
            Direction::Up => "up",
            Direction::Down => "down",
            Direction::Same => "same",
        }
    }
}

/// One dimension in both results.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeRow {
    pub name: Text,
    pub before: i32,
    pub after: i32,
    pub direction: Direction,
    /// "up 12 points", "down 5 points", "no change".
    pub change: Text,
}

impl ChangeRow {
    /// A figure that went from `before` to `after`, whole percent.
    pub fn new(name: Text, before: i32, after: i32) -> ChangeRow {
        let change = after - before;
        let points = change.unsigned_abs() as usize;
        let direction = Direction::of(change);
        let change = match direction {
            Direction::Same => i18n::COMPARE_NO_CHANGE.into(),
            Direction::Up => i18n::COMPARE_UP_POINTS.count(points, Vec::new()),
            Direction::Down => i18n::COMPARE_DOWN_POINTS.count(points, Vec::new()),
        };
        ChangeRow { name, before, after, direction, change }
    }
}

/// An earlier and a later result of the same model.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub before: Text,
    pub after: Text,
    pub direction: Direction,
    /// "Up from stage 2 of 6, Explore, to stage 3 of 6, Mobilize", or "No change: …".
    pub overall: Text,
    /// The dimensions both results have, in the later result's order.
    pub rows: Vec<ChangeRow>,
    /// What to bear in mind reading the change: the questions changed between the two, or
    /// "Not sure" answers were found out.
    pub notes: Vec<Text>,
}

/// How far up a placement is, for ordering two of them: stages complete count before the stage.
fn rank(at: Placement) -> (usize, usize) {
    (at.complete_stages.unwrap_or(0), at.stage)
}

/// `before` and `after`, two outcomes of one model, each with the version of the model that
/// asked its questions, compared.
pub fn compare(earlier: (&Model, &Outcome), later: (&Model, &Outcome)) -> Comparison {
    let ((old_model, before), (model, after)) = (earlier, later);
    let (from, to) = (before.placement(), after.placement());
    let direction = match rank(to).cmp(&rank(from)) {
        std::cmp::Ordering::Greater => Direction::Up,
        std::cmp::Ordering::Less => Direction::Down,
        std::cmp::Ordering::Equal => Direction::Same,
    };
    let (before_text, after_text) = (placement_text(old_model, from), placement_text(model, to));
    let overall = match direction {
        Direction::Up => text!(i18n::COMPARE_UP, before = before_text.clone(), after = after_text.clone()),
        Direction::Down => text!(i18n::COMPARE_DOWN, before = before_text.clone(), after = after_text.clone()),
        Direction::Same => text!(i18n::COMPARE_SAME, after = after_text.clone()),
    };
    let mut found_out = Vec::new();
    let rows = model
        .dimensions
        .iter()
        .zip(&after.dimensions)
        .filter_map(|(dim, a)| {
            let d = old_model.dimension_index(&dim.id)?;
            let b = &before.dimensions[d];
            if b.not_sure > a.not_sure {
                found_out.push(Text::from(&*dim.name));
            }
            Some(ChangeRow::new(Text::from(&*dim.name), percent(b.percent), percent(a.percent)))
        })
        .collect();
    let mut notes = Vec::new();
    if old_model.version != model.version {
        notes.push(text!(i18n::COMPARE_NOTE_VERSIONS, earlier = old_model.version, later = model.version));
    }
    if !found_out.is_empty() {
        notes.push(text!(i18n::COMPARE_NOTE_FOUND_OUT, names = joined(found_out, i18n::COMMON_LIST_COMMAS)));
    }
    Comparison { before: before_text, after: after_text, direction, overall, rows, notes }
}

/// A result in one line, for pasting into a chat or an email: "Stage 3 of 6, Mobilize — Six-stage
/// CX maturity (cx-maturity self-assessment)".
pub fn summary_line(model: &Model, outcome: &Outcome) -> Text {
    let at = placement(model, outcome.placement(), &super::capitalise(&model.stage_word));
    text!(i18n::COMPARE_SUMMARY, placement = at, model = &*model.name)
}

/// The radar chart's drawing: a square of side `2 × SIZE`, centred on the origin.
pub const RADAR_SIZE: f64 = 100.0;

/// The point at `value` (0.0–1.0) on spoke `i` of `n`, the first pointing straight up, clockwise.
pub fn radar_point(i: usize, n: usize, value: f64) -> (f64, f64) {
    let angle = std::f64::consts::TAU * i as f64 / n.max(1) as f64;
    let r = RADAR_SIZE * value.clamp(0.0, 1.0);
    (r * angle.sin(), -r * angle.cos())
}

/// The `points` attribute of an SVG polygon through `values`, one per spoke.
pub fn radar_polygon(values: &[f64]) -> String {
    let n = values.len();
    let points: Vec<String> = values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let (x, y) = radar_point(i, n, *v);
            format!("{},{}", tenths(x), tenths(y))
        })
        .collect();
    points.join(" ")
}

/// `x` rounded to one decimal, written without float formatting.
fn tenths(x: f64) -> String {
    let t = (x * 10.0).round() as i64;
    let sign = if t < 0 { "-" } else { "" };
    format!("{sign}{}.{}", t.abs() / 10, t.abs() % 10)
}
