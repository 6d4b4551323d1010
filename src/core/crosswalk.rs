//! The crosswalk: roughly where a result would sit on the other maturity ladders the sources
//! name, placed by what it has completed. A result is a point on the climb from the bottom
//! (0) to the top (1): with `c` of `n` stages complete on a gated model, `c / n`; at stage `s` of
//! `n` on a ladder without gates, `(s - 1) / (n - 1)`. On a ladder of `m` stages that point is
//! stage `1 + ⌊point × (m − 1)⌋`: a rung counts only when the whole step to it is covered, so
//! nothing complete puts a result at the bottom of every ladder and everything complete at the
//! top. It is an approximation: the models measure different things and were never calibrated
//! against each other.

use crate::core::catalog::InLanguage;
use crate::core::catalog::{CATALOG, Entry};
use crate::i18n::{self, Catalog, Msg, Text};
use crate::text;
use std::borrow::Cow;

/// A maturity ladder: a model's stages, or a published model that has no questionnaire here.
#[derive(Debug, Clone, PartialEq)]
pub struct Ladder {
    pub id: Cow<'static, str>,
    pub name: Text,
    /// Stage names, lowest first; `None` where the sources do not name the stage.
    pub stages: Vec<Option<Text>>,
    pub source: Text,
    /// What the top stage means, in our words, where the ladder has no questionnaire here.
    pub top_meaning: Option<Text>,
    /// A published distribution of organisations over this ladder, with its source.
    pub benchmark: Option<(Text, Text)>,
}

impl Ladder {
    /// The stages of built-in model `i`, named in the language of `catalog`.
    pub fn of_entry(i: usize, entry: &Entry, catalog: &Catalog) -> Ladder {
        Ladder {
            id: Cow::Borrowed(entry.id),
            name: catalog.model_name(i).into(),
            stages: (1..=entry.stages.len()).map(|s| Some(catalog.model_stage(i, s).into())).collect(),
            source: entry.source.into(),
            top_meaning: None,
            benchmark: None,
        }
    }

    /// The stage's name, or "stage 4 of 5" where the sources do not name it.
    pub fn stage_label(&self, stage: usize) -> Text {
        match self.stages.get(stage.wrapping_sub(1)) {
            Some(Some(name)) => name.clone(),
            _ => text!(i18n::CROSSWALK_STAGE_OF, stage = stage, stages = self.stages.len()),
        }
    }
}

/// Published ladders that have no questionnaire here. Only the stages the sources name are named.
pub fn published_ladders() -> Vec<Ladder> {
    let named = |names: &[Msg]| names.iter().map(|&n| Some(n.into())).collect();
    let top_only = |top: Msg| (0..4).map(|_| None).chain([Some(top.into())]).collect();
    vec![
        Ladder {
            id: "gartner".into(),
            name: i18n::CROSSWALK_GARTNER_NAME.into(),
            stages: top_only(i18n::CROSSWALK_GARTNER_TOP),
            source: i18n::CROSSWALK_GARTNER_SOURCE.into(),
            top_meaning: Some(i18n::CROSSWALK_GARTNER_MEANING.into()),
            benchmark: None,
        },
        Ladder {
            id: "beyond-philosophy".into(),
            name: i18n::CROSSWALK_BEYOND_PHILOSOPHY_NAME.into(),
            stages: top_only(i18n::CROSSWALK_BEYOND_PHILOSOPHY_TOP),
            source: i18n::CROSSWALK_BEYOND_PHILOSOPHY_SOURCE.into(),
            top_meaning: Some(i18n::CROSSWALK_BEYOND_PHILOSOPHY_MEANING.into()),
            benchmark: None,
        },
        Ladder {
            id: "xm-institute".into(),
            name: i18n::CROSSWALK_XM_NAME.into(),
            stages: named(&[
                i18n::CROSSWALK_XM_STAGE_1,
                i18n::CROSSWALK_XM_STAGE_2,
                i18n::CROSSWALK_XM_STAGE_3,
                i18n::CROSSWALK_XM_STAGE_4,
                i18n::CROSSWALK_XM_STAGE_5,
            ]),
            source: i18n::CROSSWALK_XM_SOURCE.into(),
            top_meaning: None,
            benchmark: Some((i18n::CROSSWALK_XM_BENCHMARK.into(), i18n::CROSSWALK_XM_BENCHMARK_SOURCE.into())),
        },
    ]
}

/// The ladders a result of model `id` is placed on: the other built-in models with a ladder,
/// then the published ones. None for a host's own model: its stages are its author's, and
/// setting them beside models the author did not choose would speak for them. The built-in
/// models are named in the language of `catalog`.
pub fn ladders_besides(id: &str, catalog: &Catalog) -> Vec<Ladder> {
    if !CATALOG.iter().any(|e| e.id == id) {
        return Vec::new();
    }
    let others = CATALOG.iter().enumerate().filter(|(_, e)| e.id != id && e.ladder);
    others.map(|(i, e)| Ladder::of_entry(i, e, catalog)).chain(published_ladders()).collect()
}

/// Where a result stands on the climb from the bottom (0.0) to the top (1.0) of a ladder with
/// `stages` stages: `complete` of them done on a gated model, else at `stage`.
pub fn climbed(stage: usize, complete: Option<usize>, stages: usize) -> f64 {
    match complete {
        Some(c) if stages > 0 => c.min(stages) as f64 / stages as f64,
        _ if stages > 1 => (stage.clamp(1, stages) - 1) as f64 / (stages - 1) as f64,
        _ => 0.0,
    }
}

/// The stage of a ladder with `to` stages that a result `climbed` of the way up has reached: a
/// rung counts only when the whole step to it is covered.
pub fn place(climbed: f64, to: usize) -> usize {
    if to == 0 {
        return 1;
    }
    (1 + (climbed.clamp(0.0, 1.0) * (to - 1) as f64 + 1e-9).floor() as usize).min(to)
}
