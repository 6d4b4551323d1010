//! The crosswalk: roughly where a result would sit on the other maturity ladders the sources
//! name, placed by what it has completed. A result is a point on the climb from the bottom
//! (0) to the top (1): with `c` of `n` stages complete on a gated model, `c / n`; at stage `s` of
//! `n` on a ladder without gates, `(s - 1) / (n - 1)`. On a ladder of `m` stages that point is
//! stage `1 + ⌊point × (m − 1)⌋`: a rung counts only when the whole step to it is covered, so
//! nothing complete puts a result at the bottom of every ladder and everything complete at the
//! top. It is an approximation: the models measure different things and were never calibrated
//! against each other.

use crate::core::catalog::{CATALOG, Entry};
use crate::core::model::Text;
use std::borrow::Cow;

/// A maturity ladder: a model's stages, or a published model that has no questionnaire here.
#[derive(Debug, Clone, PartialEq)]
pub struct Ladder {
    pub id: Text,
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
    /// The stages of a built-in model.
    pub fn of_entry(entry: &Entry) -> Ladder {
        Ladder {
            id: Cow::Borrowed(entry.id),
            name: Cow::Borrowed(entry.name),
            stages: entry.stages.iter().map(|s| Some(Cow::Borrowed(*s))).collect(),
            source: Cow::Borrowed(entry.source),
            top_meaning: None,
            benchmark: None,
        }
    }

    /// The stage's name, or "stage 4 of 5" where the sources do not name it.
    pub fn stage_label(&self, stage: usize) -> String {
        match self.stages.get(stage.wrapping_sub(1)) {
            Some(Some(name)) => name.to_string(),
            _ => format!("stage {stage} of {}", self.stages.len()),
        }
    }
}

/// Published ladders that have no questionnaire here. Only the stages the sources name are named.
pub fn published_ladders() -> Vec<Ladder> {
    let named = |names: &[&'static str]| names.iter().map(|n| Some(Cow::Borrowed(*n))).collect();
    let top_only = |top: &'static str| (0..4).map(|_| None).chain([Some(Cow::Borrowed(top))]).collect();
    vec![
        Ladder {
            id: "gartner".into(),
            name: "Gartner CEM maturity model".into(),
            stages: top_only("Optimized"),
            source: "Gartner's customer experience management maturity model, as summarised by Annette Franz, \
                     \"You've Achieved #CX Greatness. What's Next?\" (CX Journey)"
                .into(),
            top_meaning: Some(
                "Optimized: customer experience management is the way people work, not a set of standards they are \
                 held to. Nobody needs incentives or rewards to act in the customer's interest, and employees are \
                 free to improve the experience on their own initiative."
                    .into(),
            ),
            benchmark: None,
        },
        Ladder {
            id: "beyond-philosophy".into(),
            name: "Beyond Philosophy maturity path".into(),
            stages: top_only("Natural"),
            source: "Beyond Philosophy's customer experience maturity path, as summarised by Annette Franz, \
                     \"You've Achieved #CX Greatness. What's Next?\" (CX Journey)"
                .into(),
            top_meaning: Some(
                "Natural: understanding customers' needs and emotions is part of the organisation's make-up, and \
                 senior leaders put customers ahead of short-term profit, so a chief customer officer or a separate \
                 CX department is no longer needed."
                    .into(),
            ),
            benchmark: None,
        },
        Ladder {
            id: "xm-institute".into(),
            name: "XM Institute five stages".into(),
            stages: named(&["Investigate", "Initiate", "Mobilize", "Scale", "Embed"]),
            source: "Qualtrics XM Institute, five stages of maturity (Investigate, Initiate, Mobilize, Scale, Embed), \
                     as named in its report \"Operationalizing XM\" (July 2019)"
                .into(),
            top_meaning: None,
            benchmark: Some((
                "Of 234 CX practitioners surveyed in 2024, 41% placed their organisation in stage 1, 30% in stage 2, \
                 18% in stage 3 and 2% in stage 5; no share is given for stage 4 in the report's key findings. They \
                 rated their organisations with XM Institute's own maturity assessment, not with these questions, and \
                 were recruited through its network, so this is context only. XM Institute's Mobilize (its stage 3) \
                 and Embed (its stage 5) are not Temkin Group's Mobilize and Embed (stages 3 and 6 of six)."
                    .into(),
                "Qualtrics XM Institute, \"The State of Customer Experience Management, 2024\" (data snapshot by James \
                 Scutt and Talia Quaadgras, May 2024; 234 CX practitioners at companies with 1,000+ employees, \
                 surveyed in the first quarter of 2024)"
                    .into(),
            )),
        },
    ]
}

/// The ladders a result of model `id` is placed on: the other built-in models with a ladder,
/// then the published ones.
pub fn ladders_besides(id: &str) -> Vec<Ladder> {
    CATALOG.iter().filter(|e| e.id != id && e.ladder).map(Ladder::of_entry).chain(published_ladders()).collect()
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
