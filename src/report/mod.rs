//! What the screens say, as plain structs built from the core's values: the result
//! ([`ResultReport`], in `result` and `advice`), the methodology page ([`method::MethodPage`]),
//! the wording that depends on the state ([`screen`]), two results compared ([`compare`]) and the
//! history's spreadsheet rows ([`history`]). Pure: no IO, no Leptos, no DOM, so it is tested
//! natively (`tests/report.rs`, `tests/history.rs`); the components in `ui` only lay these out.

mod advice;
pub mod compare;
pub mod history;
pub mod method;
mod result;
mod rules;
pub mod screen;

pub use advice::{Focus, Gap, HoldingBack, Step, Unknown, next_rung};
pub use result::{
    Compared, CrosswalkRow, DimensionRow, KeepDoing, NEXT_STEPS, NextStage, ResultReport, Rung, Sourced, result_report,
};

use crate::core::model::{Benchmark, Model};
use crate::core::scoring::{Outcome, Placement};

/// A 0.0–1.0 share as a whole percentage (integer formatting keeps float printing out of the wasm).
fn whole_percent(p: f64) -> u32 {
    (p * 100.0).round() as u32
}

/// `s` with an upper-case first letter (ASCII only, which keeps Unicode case tables out of the
/// wasm; the text it is used on is ours).
pub fn capitalise(s: &str) -> String {
    let mut out = s.to_string();
    if let Some(first) = out.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// Names as a reader lists them: "A", "A and B", "A, B and C".
fn listed(names: &[&str]) -> String {
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// A published figure with the number of its footnote in [`ResultReport::sources`].
#[derive(Debug, Clone, PartialEq)]
pub struct Cited {
    pub text: String,
    pub note: usize,
    /// Why the figure only indicates where a result stands.
    pub caveat: Option<String>,
}

/// How a placement reads: "stage 3 of 6, Mobilize", or "2 of 3 principles sound".
pub fn placement_text(model: &Model, at: Placement) -> String {
    if model.is_ladder() {
        let mut text =
            format!("{} {} of {}, {}", model.stage_word, at.stage, model.stages.len(), model.stages[at.stage - 1].name);
        if let Some(c) = at.complete_stages {
            text = format!("{text} ({c} of {} complete)", model.stages.len());
        }
        text
    } else {
        format!("{} of {} {}s sound", at.stage - 1, model.dimensions.len(), model.dimension_word)
    }
}

/// The result's heading, e.g. "Your result: stage 3 of 6, Mobilize".
pub fn result_title(model: &Model, outcome: &Outcome) -> String {
    let at = Placement { stage: outcome.stage, complete_stages: None };
    format!("Your result: {}", placement_text(model, at))
}

/// Sources cited on a page, numbered in order of first use.
#[derive(Default)]
struct Footnotes(Vec<String>);

impl Footnotes {
    fn cite(&mut self, citation: &str) -> usize {
        match self.0.iter().position(|c| c == citation) {
            Some(i) => i + 1,
            None => {
                self.0.push(citation.to_string());
                self.0.len()
            }
        }
    }

    fn figure(&mut self, model: &Model, b: &Benchmark) -> Cited {
        let citation = model.source(&b.source).map(|s| &*s.citation).unwrap_or_default();
        Cited { text: b.text.to_string(), note: self.cite(citation), caveat: Some(b.caveat.to_string()) }
    }
}
