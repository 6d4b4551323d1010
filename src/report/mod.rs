//! What the screens say, as plain structs built from the core's values: the result
//! ([`ResultReport`], in `result` and `advice`), the methodology page ([`method::MethodModel`]),
//! the wording that depends on the state ([`screen`]), two results compared ([`compare`]) and the
//! history's spreadsheet rows ([`history`]). Pure: no IO, no Leptos, no DOM, so it is tested
//! natively (`tests/report.rs`, `tests/history.rs`, `tests/i18n.rs`); the components in `ui` only
//! lay these out.
//!
//! Nothing here is finished English: every text is a [`Text`], a catalogue message
//! (`messages/en/*.json`) with its arguments, or text from the model as it is, and becomes words
//! only when a component renders it in the visitor's language. A sentence is one message with
//! named arguments, so a language can put the parts in its own order; lists are joined by the
//! catalogue's separators (`common-list-*`).

mod advice;
pub mod compare;
pub mod history;
pub mod method;
mod result;
mod rules;
pub mod screen;
mod sources;
pub mod team;

pub use advice::{Focus, Gap, HoldingBack, Step, Unknown, next_rung};
pub use result::{DimensionRow, KeepDoing, NEXT_STEPS, NextStage, ResultReport, Rung, Sourced, result_report};
pub use sources::{Compared, CrosswalkRow};

use crate::core::model::{Benchmark, Model};
use crate::core::scoring::{Outcome, Placement};
use crate::i18n::{self, Text};
use crate::text;

/// A 0.0–1.0 share as a whole percentage (integer formatting keeps float printing out of the wasm).
fn whole_percent(p: f64) -> u32 {
    (p * 100.0).round() as u32
}

/// A whole percentage as the catalogue writes one ("67%").
fn percent(p: u32) -> Text {
    text!(i18n::COMMON_PERCENT, percent = p)
}

/// `s` with an upper-case first letter, in any script (`étape` → `Étape`; a letter with no case,
/// as in Arabic, stays as it is).
pub fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

/// A model's own word for its stages or dimensions ("phase", "principle") in the plural. A model
/// gives only the singular, so the plural is the catalogue's rule for that language ("{word}s").
fn plural(word: &str) -> Text {
    text!(i18n::COMMON_WORD_PLURAL, word = word)
}

/// Items as a reader lists them: "A", "A and B", "A, B and C", the separators from the catalogue.
pub fn listed(items: Vec<Text>) -> Text {
    let mut items = items.into_iter().rev();
    let Some(last) = items.next() else { return Text::Plain(String::new()) };
    let Some(before) = items.next() else { return last };
    items.fold(text!(i18n::COMMON_LIST_PAIR, first = before, last = last), |rest, first| {
        text!(i18n::COMMON_LIST_SERIES, first = first, rest = rest)
    })
}

/// Items joined by a separator message `{first}<sep>{rest}`, with no "and": "A, B, C" or "A; B; C".
pub fn joined(items: Vec<Text>, separator: i18n::Msg) -> Text {
    let mut items = items.into_iter().rev();
    let Some(last) = items.next() else { return Text::Plain(String::new()) };
    items.fold(last, |rest, first| text!(separator, first = first, rest = rest))
}

/// Names from a model as a reader lists them.
fn listed_names(names: &[&str]) -> Text {
    listed(names.iter().map(|&n| Text::from(n)).collect())
}

/// A published figure with the number of its footnote in [`ResultReport::sources`].
#[derive(Debug, Clone, PartialEq)]
pub struct Cited {
    pub text: Text,
    pub note: usize,
    /// Why the figure only indicates where a result stands.
    pub caveat: Option<Text>,
}

/// How a placement reads: "stage 3 of 6, Mobilize", or "2 of 3 principles sound".
pub fn placement_text(model: &Model, at: Placement) -> Text {
    placement(model, at, &model.stage_word)
}

/// On a model that counts its sound dimensions, how each result reads, by the number sound ("0 of
/// 3 principles sound", …, "3 of 3 …"); none on a ladder.
pub fn sound_placements(model: &Model) -> Vec<Text> {
    let counted = (0..=model.dimensions.len()).filter(|_| !model.is_ladder());
    counted.map(|sound| placement_text(model, Placement { stage: sound + 1, complete_stages: None })).collect()
}

/// A placement with `stage_word` for the model's word for a stage (capitalised at the start of
/// a line).
fn placement(model: &Model, at: Placement, stage_word: &str) -> Text {
    let stages = model.stages.len();
    if model.is_ladder() {
        let name = &*model.stages[at.stage - 1].name;
        match at.complete_stages {
            Some(complete) => text!(
                i18n::RESULT_PLACEMENT_COMPLETE,
                stage_word = stage_word,
                stage = at.stage,
                stages = stages,
                name = name,
                complete = complete
            ),
            None => {
                text!(i18n::RESULT_PLACEMENT, stage_word = stage_word, stage = at.stage, stages = stages, name = name)
            }
        }
    } else {
        text!(
            i18n::RESULT_PLACEMENT_SOUND,
            sound = at.stage - 1,
            total = model.dimensions.len(),
            dimension_words = plural(&model.dimension_word)
        )
    }
}

/// The result's heading, e.g. "Your result: stage 3 of 6, Mobilize".
pub fn result_title(model: &Model, outcome: &Outcome) -> Text {
    let at = Placement { stage: outcome.stage, complete_stages: None };
    text!(i18n::RESULT_TITLE, placement = placement_text(model, at))
}

/// The heading of a result opened from a share link, e.g. "Shared result: stage 3 of 6, Mobilize".
pub fn shared_result_title(model: &Model, outcome: &Outcome) -> Text {
    let at = Placement { stage: outcome.stage, complete_stages: None };
    text!(i18n::SHARED_RESULT_TITLE, placement = placement_text(model, at))
}

/// Sources cited on a page, numbered in order of first use.
#[derive(Default)]
struct Footnotes(Vec<Text>);

impl Footnotes {
    fn cite(&mut self, citation: &Text) -> usize {
        match self.0.iter().position(|c| c == citation) {
            Some(i) => i + 1,
            None => {
                self.0.push(citation.clone());
                self.0.len()
            }
        }
    }

    fn figure(&mut self, model: &Model, b: &Benchmark) -> Cited {
        let citation = model.source(&b.source).map(|s| &*s.citation).unwrap_or_default();
        Cited { text: Text::from(&*b.text), note: self.cite(&citation.into()), caveat: Some(Text::from(&*b.caveat)) }
    }
}
