//! What the methodology page says: every model's dimensions, stages, exact rules and sources, and
//! the crosswalk rule.

use super::capitalise;
use super::rules::explain;
use crate::core::model::Model;

pub const LEAD: &str = "Every rule below runs in your browser on your answers; nothing is sent anywhere. Where the \
     sources give no number (the cut-offs between stages, for example), this tool chose a simple rule and states it \
     here.";

pub const LIMITS_TITLE: &str = "What this can and cannot tell you";

/// The limits of any result, shown before the rules.
pub const LIMITS: &[&str] = &[
    "It is a self-assessment. A result is only as accurate as the answers, and nothing here checks them against \
     evidence: before relying on a high answer, ask what you could show to back it up.",
    "The questionnaires are this tool's own, written from published models. They have not been validated: there \
     are no data on their reliability and no norms, so a result cannot tell you how you compare with other \
     organisations. The benchmarks shown beside a result come from other surveys, asked in other ways.",
    "One person's answers are one view. Answered alone, often by whoever leads customer experience, a \
     self-assessment tends to overstate maturity. Ask several people from different functions to answer \
     separately, then compare their results and talk through where they differ.",
    "Which stage or level each answer stands for, and every cut-off, is this tool's judgement: the sources describe \
     their models but do not give scoring rules for them. The rules are set out below so that you can judge them.",
];

/// Who the tool is not: shown with the limits.
pub const INDEPENDENCE: &str = "This tool is independent. It is not affiliated with or endorsed by Temkin Group, \
     Forrester, Gartner, Beyond Philosophy, XM Institute or the authors whose models and articles it draws on; their \
     names appear only to say where an idea or a figure comes from.";

pub const CROSSWALK_TITLE: &str = "The crosswalk between models";

pub const CROSSWALK_RULE: &str = "A result is placed on the other ladders by what it has completed. It is first \
     turned into a distance up its own ladder, from 0 at the bottom to 1 at the top: on a model that completes its \
     stages in order (the four phases, the four stages), c of n complete is c / n; on the six stages, stage s of 6 is \
     (s − 1) / 5. On a ladder of m stages, that distance reaches stage 1 + ⌊distance × (m − 1)⌋: a rung counts only \
     when the whole step to it is covered. So nothing complete is the bottom of every ladder and everything complete \
     the top. It is a rough guide only: the models were built by different people to measure different things. \
     Where the sources name only a ladder's top stage, the others are shown as “stage k of m”. Names can repeat \
     across ladders without meaning the same thing: XM Institute's Mobilize and Embed (its stages 3 and 5 of five) \
     are not Temkin Group's Mobilize and Embed (stages 3 and 6 of six). The Experience-Based Differentiation \
     self-test is not a ladder and is not placed.";

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
