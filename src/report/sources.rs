//! The result's comparisons with published figures and its place on other published ladders
//! (the crosswalk), each footnoted to its source.

use super::{Cited, Footnotes};
use crate::core::answers::{Answer, Answers};
use crate::core::crosswalk::{Ladder, climbed, place};
use crate::core::model::Model;
use crate::core::scoring::Outcome;
use crate::i18n::{self, Text};
use crate::text;

/// A question with a published figure next to the user's answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Compared {
    pub question: Text,
    pub answer: Text,
    pub benchmark: Cited,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CrosswalkRow {
    pub ladder: Text,
    pub ladder_note: usize,
    /// The stage's name, or "stage 3 of 5" where the sources do not name it.
    pub stage: Text,
    /// "(stage 3 of 5)" after a named stage.
    pub position: Option<Text>,
    /// The sources name only the ladder's top stage.
    pub only_top_named: bool,
    /// What the ladder's named top stage means.
    pub meaning: Option<Text>,
    pub benchmark: Option<Cited>,
}

/// When two or more comparisons give the same caveat, it is taken off each and returned, to be said
/// once.
pub(super) fn shared_caveat(compared: &mut [Compared]) -> Option<Text> {
    let first = compared.first()?.benchmark.caveat.clone()?;
    if compared.len() < 2 || compared.iter().any(|c| c.benchmark.caveat.as_ref() != Some(&first)) {
        return None;
    }
    for c in compared.iter_mut() {
        c.benchmark.caveat = None;
    }
    Some(first)
}

pub(super) fn compared(model: &Model, answers: &Answers, notes: &mut Footnotes) -> Vec<Compared> {
    model
        .benchmarks
        .iter()
        .filter_map(|b| {
            let q = model.questions.iter().position(|x| Some(&x.id) == b.question.as_ref())?;
            let answer = match answers.get(q) {
                Answer::Option(i) => Text::from(&*model.options(q)[i as usize].label),
                _ => i18n::RESULT_NOT_SURE.into(),
            };
            let benchmark = notes.figure(model, b);
            Some(Compared { question: Text::from(&*model.questions[q].prompt), answer, benchmark })
        })
        .collect()
}

pub(super) fn crosswalk(
    model: &Model,
    outcome: &Outcome,
    ladders: &[Ladder],
    notes: &mut Footnotes,
) -> Vec<CrosswalkRow> {
    let point = climbed(outcome.stage, outcome.complete_stages, model.stages.len());
    ladders
        .iter()
        .map(|ladder| {
            let m = ladder.stages.len();
            let at = place(point, m);
            let only_top_named = ladder.stages.iter().any(Option::is_none);
            let benchmark = ladder.benchmark.as_ref().map(|(figure, citation)| Cited {
                text: figure.clone(),
                note: notes.cite(citation),
                caveat: None,
            });
            CrosswalkRow {
                ladder: ladder.name.clone(),
                ladder_note: notes.cite(&ladder.source),
                stage: ladder.stage_label(at),
                position: (!only_top_named || at == m).then(|| text!(i18n::CROSSWALK_POSITION, stage = at, stages = m)),
                only_top_named,
                meaning: ladder.top_meaning.clone(),
                benchmark,
            }
        })
        .collect()
}
