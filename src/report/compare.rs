//! Two results of one model side by side, the one-line summary of a result, and the geometry of
//! the radar chart that draws a result's dimensions.

use super::placement_text;
use crate::core::model::Model;
use crate::core::scoring::{Outcome, Placement};

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
    pub name: String,
    pub before: i32,
    pub after: i32,
    pub direction: Direction,
    /// "up 12 points", "down 5 points", "no change".
    pub change: String,
}

/// An earlier and a later result of the same model.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub before: String,
    pub after: String,
    pub direction: Direction,
    /// "Up from stage 2 of 6, Explore, to stage 3 of 6, Mobilize", or "No change: …".
    pub overall: String,
    pub rows: Vec<ChangeRow>,
}

/// How far up a placement is, for ordering two of them: stages complete count before the stage.
fn rank(at: Placement) -> (usize, usize) {
    (at.complete_stages.unwrap_or(0), at.stage)
}

/// `before` and `after`, two outcomes of `model`, compared.
pub fn compare(model: &Model, before: &Outcome, after: &Outcome) -> Comparison {
    let (from, to) = (before.placement(), after.placement());
    let direction = match rank(to).cmp(&rank(from)) {
        std::cmp::Ordering::Greater => Direction::Up,
        std::cmp::Ordering::Less => Direction::Down,
        std::cmp::Ordering::Equal => Direction::Same,
    };
    let (before_text, after_text) = (placement_text(model, from), placement_text(model, to));
    let overall = match direction {
        Direction::Up => format!("Up from {before_text} to {after_text}."),
        Direction::Down => format!("Down from {before_text} to {after_text}."),
        Direction::Same => format!("No change: {after_text}."),
    };
    let rows = model
        .dimensions
        .iter()
        .zip(before.dimensions.iter().zip(&after.dimensions))
        .map(|(dim, (b, a))| {
            let (before, after) = (percent(b.percent), percent(a.percent));
            let change = after - before;
            ChangeRow {
                name: dim.name.to_string(),
                before,
                after,
                direction: Direction::of(change),
                change: match change {
                    0 => "no change".to_string(),
                    c => format!(
                        "{} {} point{}",
                        if c > 0 { "up" } else { "down" },
                        c.abs(),
                        if c.abs() == 1 { "" } else { "s" }
                    ),
                },
            }
        })
        .collect();
    Comparison { before: before_text, after: after_text, direction, overall, rows }
}

/// A result in one line, for pasting into a chat or an email: "Stage 3 of 6, Mobilize — Six-stage
/// CX maturity (cx-maturity self-assessment)".
pub fn summary_line(model: &Model, outcome: &Outcome) -> String {
    let text = placement_text(model, outcome.placement());
    format!("{} — {} (cx-maturity self-assessment)", super::capitalise(&text), model.name)
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
