//! The crosswalk: roughly where a result would sit on the other maturity ladders the sources
//! name. A result at stage `s` of `n` is placed at the middle of its band, `(s - 0.5) / n`, and
//! the other ladder's stage is the band of `m` equal bands that holds that point. It is an
//! approximation: the models measure different things and were never calibrated against each
//! other.

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
            benchmark: None,
        },
        Ladder {
            id: "beyond-philosophy".into(),
            name: "Beyond Philosophy maturity path".into(),
            stages: top_only("Natural"),
            source: "Beyond Philosophy's customer experience maturity path, as summarised by Annette Franz, \
                     \"You've Achieved #CX Greatness. What's Next?\" (CX Journey)"
                .into(),
            benchmark: None,
        },
        Ladder {
            id: "xm-institute".into(),
            name: "XM Institute five stages".into(),
            stages: named(&["Investigate", "Initiate", "Mobilize", "Scale", "Embed"]),
            source: "Qualtrics XM Institute, the five-stage successor to Temkin Group's six-stage model".into(),
            benchmark: Some((
                "Of 234 CX practitioners surveyed in 2024, 41% placed their organisation in stage 1, 30% in stage 2, \
                 18% in stage 3 and 2% in stage 5."
                    .into(),
                "Qualtrics XM Institute, \"State of Customer Experience Management, 2024\" (234 practitioners)".into(),
            )),
        },
    ]
}

/// The ladders a result of model `id` is placed on: the other built-in models with a ladder,
/// then the published ones.
pub fn ladders_besides(id: &str) -> Vec<Ladder> {
    CATALOG.iter().filter(|e| e.id != id && e.ladder).map(Ladder::of_entry).chain(published_ladders()).collect()
}

/// Where stage `stage` of a ladder with `from` stages falls on a ladder with `to` stages.
pub fn place(stage: usize, from: usize, to: usize) -> usize {
    if from == 0 || to == 0 {
        return 1;
    }
    let point = (stage.clamp(1, from) as f64 - 0.5) / from as f64;
    ((point * to as f64).ceil() as usize).clamp(1, to)
}
