//! What the methodology page says: every model's dimensions, stages, exact rules and sources, and
//! the crosswalk rule.

use super::rules::explain;
use super::{capitalise, plural};
use crate::core::model::Model;
use crate::i18n::{self, Msg, Text};
use crate::text;

pub const LEAD: Msg = i18n::METHOD_LEAD;

pub const LIMITS_TITLE: Msg = i18n::METHOD_LIMITS_TITLE;

/// The limits of any result, shown before the rules.
pub const LIMITS: &[Msg] =
    &[i18n::METHOD_LIMITS_1, i18n::METHOD_LIMITS_2, i18n::METHOD_LIMITS_3, i18n::METHOD_LIMITS_4];

/// Who the tool is not: shown with the limits.
pub const INDEPENDENCE: Msg = i18n::METHOD_INDEPENDENCE;

pub const CROSSWALK_TITLE: Msg = i18n::METHOD_CROSSWALK_TITLE;

pub const CROSSWALK_RULE: Msg = i18n::METHOD_CROSSWALK_RULE;

pub const CROSSWALK_EXAMPLE: Msg = i18n::METHOD_CROSSWALK_EXAMPLE;

pub const TEAM_TITLE: Msg = i18n::METHOD_TEAM_TITLE;

/// How the team view combines many people's results, and how it orders disagreement.
pub const TEAM: &[Msg] = &[i18n::METHOD_TEAM_1, i18n::METHOD_TEAM_2, i18n::METHOD_TEAM_3, i18n::METHOD_TEAM_4];

/// A named item with its explanation: a dimension or a stage.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    pub name: Text,
    /// What follows the name: " (3 questions): …" or ": …".
    pub about: Text,
}

/// One model's part of the page.
#[derive(Debug, Clone, PartialEq)]
pub struct MethodModel {
    pub id: String,
    pub name: Text,
    pub measures: Text,
    /// "Dimensions" or "Principles".
    pub dimensions_title: Text,
    /// Each dimension, its explanation prefixed with its number of questions.
    pub dimensions: Vec<Term>,
    /// "Stages" or "Phases".
    pub stages_title: Text,
    /// Empty for a model that is not a ladder.
    pub stages: Vec<Term>,
    /// The scoring rules in plain sentences.
    pub rules: Vec<Text>,
    pub sources: Vec<Text>,
}

impl MethodModel {
    /// Every text of this model's part of the page, in order (tests render them all).
    pub fn texts(&self) -> Vec<&Text> {
        let terms = self.dimensions.iter().chain(&self.stages).flat_map(|t| [&t.name, &t.about]);
        [&self.name, &self.measures, &self.dimensions_title, &self.stages_title]
            .into_iter()
            .chain(terms)
            .chain(&self.rules)
            .chain(&self.sources)
            .collect()
    }
}

/// The methodology of each of `models`, in the order given.
pub fn method_page<'a>(models: impl Iterator<Item = &'a Model>) -> Vec<MethodModel> {
    models
        .map(|model| MethodModel {
            id: model.id.to_string(),
            name: Text::from(&*model.name),
            measures: Text::from(&*model.measures),
            dimensions_title: plural(&capitalise(&model.dimension_word)),
            dimensions: model
                .dimensions
                .iter()
                .enumerate()
                .map(|(d, dim)| Term {
                    name: Text::from(&*dim.name),
                    about: i18n::METHOD_DIMENSION_ABOUT
                        .count(model.questions_in(d).count(), vec![("description", Text::from(&*dim.description))]),
                })
                .collect(),
            stages_title: plural(&capitalise(&model.stage_word)),
            stages: model
                .stages
                .iter()
                .map(|s| Term {
                    name: Text::from(&*s.name),
                    about: text!(i18n::METHOD_STAGE_ABOUT, description = &*s.description),
                })
                .collect(),
            rules: explain(model),
            sources: model.sources.iter().map(|s| Text::from(&*s.citation)).collect(),
        })
        .collect()
}
