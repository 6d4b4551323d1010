//! What the methodology page says: every model's dimensions, stages, exact rules and sources, and
//! the crosswalk rule.

use super::capitalise;
use crate::core::model::Model;
use crate::core::scoring::explain;

pub const LEAD: &str = "Every rule below runs in your browser on your answers; nothing is sent anywhere. Where the \
     sources give no number (the cut-offs between stages, for example), this tool chose a simple rule and states it \
     here.";

pub const CROSSWALK_TITLE: &str = "The crosswalk between models";

pub const CROSSWALK_RULE: &str = "A result at stage s of n is placed at (s − 0.5) / n, the middle of its band on a \
     scale from 0 to 1. On a model with m stages, the position is the stage whose band covers that point: stage \
     ⌈m × (s − 0.5) / n⌉. It is a rough guide only; the models were built by different people to measure different \
     things. Where the sources name only a model's top stage, the others are shown as “stage k of m”.";

/// A named item with its explanation: a dimension or a stage.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    pub name: String,
    pub about: String,
}

/// One model's part of the page.
#[derive(Debug, Clone, PartialEq)]
pub struct MethodModel {
    pub id: String,
    pub name: String,
    pub measures: String,
    /// Each dimension, its explanation prefixed with its number of questions.
    pub dimensions: Vec<Term>,
    /// "Stages" or "Phases".
    pub stages_title: String,
    pub stages: Vec<Term>,
    /// The scoring rules in plain sentences.
    pub rules: Vec<String>,
    pub sources: Vec<String>,
}

/// The methodology of each of `models`, in the order given.
pub fn method_page<'a>(models: impl Iterator<Item = &'a Model>) -> Vec<MethodModel> {
    models
        .map(|model| MethodModel {
            id: model.id.to_string(),
            name: model.name.to_string(),
            measures: model.measures.to_string(),
            dimensions: model
                .dimensions
                .iter()
                .enumerate()
                .map(|(d, dim)| Term {
                    name: dim.name.to_string(),
                    about: format!(" ({} questions): {}", model.questions_in(d).count(), dim.description),
                })
                .collect(),
            stages_title: format!("{}s", capitalise(&model.stage_word)),
            stages: model
                .stages
                .iter()
                .map(|s| Term { name: s.name.to_string(), about: format!(": {}", s.description) })
                .collect(),
            rules: explain(model),
            sources: model.sources.iter().map(|s| s.citation.to_string()).collect(),
        })
        .collect()
}
