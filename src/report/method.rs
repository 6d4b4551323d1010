//! What the methodology page says: every model's dimensions, stages, exact rules and sources, and
//! the crosswalk rule.

use super::capitalise;
use crate::core::model::Model;
use crate::core::scoring::explain;

pub const LEAD: &str = "Every rule below runs in your browser on your answers; nothing is sent anywhere. Where the \
     sources give no number (the cut-offs between stages, for example), this tool chose a simple rule and states it \
     here.";

pub const CROSSWALK_TITLE: &str = "The crosswalk between models";

pub const CROSSWALK_RULE: &str = "A result is placed on the other ladders by what it has completed. It is first \
     turned into a distance up its own ladder, from 0 at the bottom to 1 at the top: on a model that completes its \
     stages in order (the four phases, the four stages), c of n complete is c / n; on the six stages, stage s of 6 is \
     (s − 1) / 5. On a ladder of m stages, that distance reaches stage 1 + ⌊distance × (m − 1)⌋: a rung counts only \
     when the whole step to it is covered. So nothing complete is the bottom of every ladder and everything complete \
     the top. It is a rough guide only: the models were built by different people to measure different things. \
     Where the sources name only a ladder's top stage, the others are shown as “stage k of m”. The \
     Experience-Based Differentiation self-test is not a ladder and is not placed.";

pub const CROSSWALK_EXAMPLE: &str = "Worked example: three of the four phases complete, with Differentiate not yet, \
     is 3 / 4 = 0.75 of the way up. On Temkin Group's six stages that reaches 1 + ⌊0.75 × 5⌋ = 1 + ⌊3.75⌋ = stage 4, \
     Operationalize; on the five-stage ladders, 1 + ⌊0.75 × 4⌋ = stage 4 of 5, one below Gartner's “Optimized”, \
     Beyond Philosophy's “Natural” and XM Institute's “Embed”. Only all four phases complete reaches those top \
     stages.";

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
    /// "Dimensions" or "Principles".
    pub dimensions_title: String,
    /// Each dimension, its explanation prefixed with its number of questions.
    pub dimensions: Vec<Term>,
    /// "Stages" or "Phases".
    pub stages_title: String,
    /// Empty for a model that is not a ladder.
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
            dimensions_title: format!("{}s", capitalise(&model.dimension_word)),
            dimensions: model
                .dimensions
                .iter()
                .enumerate()
                .map(|(d, dim)| {
                    let count = model.questions_in(d).count();
                    Term {
                        name: dim.name.to_string(),
                        about: format!(" ({count} question{}): {}", if count == 1 { "" } else { "s" }, dim.description),
                    }
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
