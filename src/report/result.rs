//! Everything the result screen shows (`ResultReport`), built from a scored outcome.

use super::advice::{self, Focus, HoldingBack, Step, Unknown};
use super::sources::{Compared, CrosswalkRow, compared, crosswalk, shared_caveat};
use super::{Cited, Footnotes, capitalise, joined, percent, plural, result_title, whole_percent};
use crate::core::answers::Answers;
use crate::core::crosswalk::{Ladder, climbed};
use crate::core::guidance::{FOLLOW_THROUGH, KEEP_DOING, KEEP_DOING_SOURCE, TOP_WARNING, follow_through_source};
use crate::core::model::{Model, Scoring};
use crate::core::scoring::Outcome;
use crate::i18n::{self, Text};
use crate::text;

/// One rung of the result's ladder, listed from the top down.
#[derive(Debug, Clone, PartialEq)]
pub struct Rung {
    pub number: usize,
    pub name: Text,
    /// The result's stage.
    pub here: bool,
    /// Complete (gated models only).
    pub done: bool,
    /// The chasm lies just below this rung.
    pub chasm_below: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DimensionRow {
    pub name: Text,
    /// "holds", "fluff side", "has a problem", "not placed"…; none for a plain average.
    pub status: Option<Text>,
    /// The bar's length, 0–100.
    pub percent: u32,
    /// "67%, level 4 (Operationalize); 1 of 4 not sure".
    pub detail: Text,
    /// Below its threshold or the chasm, or not placed.
    pub weak: bool,
    pub benchmarks: Vec<Cited>,
}

/// The checklist for results at the top of the ladder.
#[derive(Debug, Clone, PartialEq)]
pub struct KeepDoing {
    /// Why the top is not a resting place.
    pub warning: Text,
    pub intro: Text,
    pub note: usize,
    pub items: Vec<Text>,
    /// Dimensions not yet at the top stage themselves: "Insights (stage 5, Align)".
    pub below_top: Vec<Text>,
}

/// Advice with its source.
#[derive(Debug, Clone, PartialEq)]
pub struct Sourced {
    pub text: Text,
    pub note: usize,
}

/// Everything the result screen shows.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultReport {
    /// "Your result: stage 3 of 6, Mobilize", or "Your result: 2 of 3 principles sound".
    pub title: Text,
    pub model_name: Text,
    /// "Stage 3 of 6", or "Principles sound" for a model that counts them.
    pub eyebrow: Text,
    /// The stage's name, or "2 of 3".
    pub stage_name: Text,
    /// The stage's description, or which dimensions have a problem.
    pub stage_description: Text,
    /// What the model's author says to a result at this stage (a host's own model).
    pub stage_message: Option<Text>,
    /// The author's call to action for a result at this stage: label and link.
    pub stage_cta: Option<(Text, String)>,
    /// The stage above, to set beside the current one (ladders below the top).
    pub next_stage: Option<NextStage>,
    /// "Phases complete: 2 of 4" (gated models only).
    pub complete: Option<Text>,
    pub confidence: Text,
    /// What the result would be with every "Not sure" at the highest option, when that differs.
    pub best_case: Option<Text>,
    /// Why the chasm kept the stage down, when it did.
    pub chasm_note: Option<Text>,
    /// Why the lowest dimension kept the stage down, when it did.
    pub held_note: Option<Text>,
    pub benchmarks: Vec<Cited>,
    /// "The 6 stages"; empty for a model that is not a ladder.
    pub ladder_title: Text,
    /// Empty for a model that is not a ladder.
    pub ladder: Vec<Rung>,
    /// "By dimension", "By principle".
    pub dimensions_title: Text,
    pub dimensions: Vec<DimensionRow>,
    /// Dimensions whose answers are far apart, each with what to check.
    pub check: Vec<Text>,
    /// Dimensions too little is known of to place: unknown, not weak.
    pub unknown: Vec<Unknown>,
    pub holding_back: Vec<HoldingBack>,
    /// The weakest dimensions' answers beside the next rung up.
    pub focus: Vec<Focus>,
    /// The whole plan, in order; the first few are the next steps.
    pub plan: Vec<Step>,
    pub keep_doing: Option<KeepDoing>,
    /// Tracking the plan and taking the assessment again.
    pub follow_through: Sourced,
    pub compared: Vec<Compared>,
    /// The caveat every comparison shares, said once for all of them (then left off each).
    pub compared_caveat: Option<Text>,
    /// How the crosswalk places the result; empty for a model that is not a ladder.
    pub crosswalk_intro: Text,
    /// Empty for a model that is not a ladder.
    pub crosswalk: Vec<CrosswalkRow>,
    /// Citations, numbered from 1 in order of first use.
    pub sources: Vec<Text>,
}

/// The stage above the result, described.
#[derive(Debug, Clone, PartialEq)]
pub struct NextStage {
    /// "Next: stage 4 of 6".
    pub eyebrow: Text,
    pub name: Text,
    pub description: Text,
}

/// How many steps of the plan the result puts first, as the next steps.
pub const NEXT_STEPS: usize = 3;

/// The result of `answers` to `model` (scored as `outcome`), placed on `ladders`. Footnotes are
/// numbered in the order the screen shows the figures.
pub fn result_report(model: &Model, outcome: &Outcome, answers: &Answers, ladders: &[Ladder]) -> ResultReport {
    let mut notes = Footnotes::default();
    let n = model.stages.len();
    let word = &*model.stage_word;
    let benchmarks = model
        .benchmarks
        .iter()
        .filter(|b| b.dimension.is_none() && b.question.is_none())
        .map(|b| notes.figure(model, b))
        .collect();
    let dimensions = dimensions(model, outcome, &mut notes);
    let follow_through = Sourced { text: FOLLOW_THROUGH.into(), note: notes.cite(&follow_through_source().into()) };
    let keep_doing = outcome.is_top(model).then(|| KeepDoing {
        warning: TOP_WARNING.into(),
        intro: i18n::RESULT_KEEP_DOING_INTRO.into(),
        note: notes.cite(&KEEP_DOING_SOURCE.into()),
        items: KEEP_DOING.iter().map(|&item| item.into()).collect(),
        below_top: model
            .dimensions
            .iter()
            .zip(&outcome.dimensions)
            .filter_map(|(d, s)| {
                let l = s.level.filter(|&l| l < n)?;
                Some(text!(
                    i18n::RESULT_BELOW_TOP,
                    name = &*d.name,
                    stage_word = word,
                    level = l,
                    stage = &*model.stages[l - 1].name
                ))
            })
            .collect(),
    });
    let mut compared = compared(model, answers, &mut notes);
    let compared_caveat = shared_caveat(&mut compared);
    let crosswalk = if model.is_ladder() { crosswalk(model, outcome, ladders, &mut notes) } else { Vec::new() };
    let (eyebrow, stage_name, stage_description) = if model.is_ladder() {
        let stage = &model.stages[outcome.stage - 1];
        (
            text!(i18n::RESULT_STAGE_OF, stage_word = capitalise(word), stage = outcome.stage, stages = n),
            Text::from(&*stage.name),
            Text::from(&*stage.description),
        )
    } else {
        let area = &*model.dimension_word;
        let problems: Vec<&str> = (0..model.dimensions.len())
            .filter(|&d| !outcome.dimensions[d].holds)
            .map(|d| &*model.dimensions[d].name)
            .collect();
        let description = if problems.is_empty() {
            text!(i18n::RESULT_ALL_SOUND, dimension_word = area)
        } else {
            let names = joined(problems.iter().map(|&p| p.into()).collect(), i18n::COMMON_LIST_SEMICOLONS);
            i18n::RESULT_PROBLEMS.count(problems.len(), vec![("names", names)])
        };
        (
            text!(i18n::RESULT_SOUND_TITLE, dimension_words = plural(&capitalise(area))),
            text!(i18n::RESULT_SOUND_COUNT, sound = outcome.sound(), total = model.dimensions.len()),
            description,
        )
    };
    let next_stage = (model.is_ladder() && outcome.stage < n).then(|| {
        let next = &model.stages[outcome.stage];
        NextStage {
            eyebrow: text!(i18n::RESULT_NEXT_STAGE, stage_word = word, stage = outcome.stage + 1, stages = n),
            name: Text::from(&*next.name),
            description: Text::from(&*next.description),
        }
    });
    let stage = model.is_ladder().then(|| &model.stages[outcome.stage - 1]);
    ResultReport {
        title: result_title(model, outcome),
        model_name: Text::from(&*model.name),
        eyebrow,
        stage_name,
        stage_description,
        stage_message: stage.and_then(|s| s.message.as_deref()).map(Text::from),
        stage_cta: stage.and_then(|s| s.cta.as_ref()).map(|cta| (Text::from(&*cta.label), cta.url.to_string())),
        next_stage,
        complete: outcome
            .complete_stages
            .map(|c| text!(i18n::RESULT_COMPLETE, stage_words = plural(&capitalise(word)), complete = c, stages = n)),
        confidence: advice::confidence_text(outcome, model),
        best_case: advice::best_case(model, outcome),
        chasm_note: advice::chasm_note(model, outcome),
        held_note: advice::held_note(model, outcome),
        benchmarks,
        ladder_title: if model.is_ladder() {
            text!(i18n::RESULT_LADDER_TITLE, stages = n, stage_words = plural(word))
        } else {
            Text::Plain(String::new())
        },
        ladder: if model.is_ladder() { ladder(model, outcome) } else { Vec::new() },
        dimensions_title: text!(i18n::RESULT_BY_DIMENSION, dimension_word = &*model.dimension_word),
        dimensions,
        check: advice::far_apart(model, outcome),
        unknown: advice::unknown(model, outcome),
        holding_back: advice::holding_back(model, outcome),
        focus: advice::focus(model, outcome, answers),
        plan: advice::plan(model, outcome, answers),
        keep_doing,
        follow_through,
        compared,
        compared_caveat,
        crosswalk_intro: if !model.is_ladder() {
            Text::Plain(String::new())
        } else {
            let placement = match outcome.complete_stages {
                Some(c) => text!(i18n::RESULT_STAGES_COMPLETE, complete = c, stages = n, stage_words = plural(word)),
                None => text!(i18n::RESULT_STAGE_OF, stage_word = word, stage = outcome.stage, stages = n),
            };
            let climbed = whole_percent(climbed(outcome.stage, outcome.complete_stages, n));
            text!(i18n::RESULT_CROSSWALK_INTRO, placement = placement, percent = percent(climbed))
        },
        crosswalk,
        sources: notes.0,
    }
}

impl ResultReport {
    /// Every text of the report, in the order the screen shows them (tests render them all).
    pub fn texts(&self) -> Vec<&Text> {
        fn cited(c: &Cited) -> impl Iterator<Item = &Text> {
            std::iter::once(&c.text).chain(&c.caveat)
        }
        let mut out: Vec<&Text> =
            vec![&self.title, &self.model_name, &self.eyebrow, &self.stage_name, &self.stage_description];
        out.extend(self.stage_message.iter().chain(self.stage_cta.iter().map(|(label, _)| label)));
        if let Some(next) = &self.next_stage {
            out.extend([&next.eyebrow, &next.name, &next.description]);
        }
        out.extend(self.complete.iter());
        out.push(&self.confidence);
        out.extend(self.best_case.iter().chain(&self.chasm_note).chain(&self.held_note));
        out.extend(self.benchmarks.iter().flat_map(cited));
        out.push(&self.ladder_title);
        out.extend(self.ladder.iter().map(|r| &r.name));
        out.push(&self.dimensions_title);
        for row in &self.dimensions {
            out.extend([&row.name, &row.detail].into_iter().chain(&row.status));
            out.extend(row.benchmarks.iter().flat_map(cited));
        }
        out.extend(&self.check);
        out.extend(self.unknown.iter().flat_map(|u| [&u.name, &u.about]));
        out.extend(self.holding_back.iter().flat_map(|h| [&h.name, &h.about]));
        for focus in &self.focus {
            out.push(&focus.name);
            out.extend(focus.gaps.iter().flat_map(|g| [&g.question, &g.you, &g.next]));
        }
        out.extend(self.plan.iter().flat_map(|s| [&s.dimension, &s.advice].into_iter().chain(&s.leads_to)));
        out.push(&self.follow_through.text);
        if let Some(keep) = &self.keep_doing {
            out.extend([&keep.warning, &keep.intro]);
            out.extend(keep.items.iter().chain(&keep.below_top));
        }
        for c in &self.compared {
            out.extend([&c.question, &c.answer]);
            out.extend(cited(&c.benchmark));
        }
        out.extend(self.compared_caveat.iter());
        out.push(&self.crosswalk_intro);
        for row in &self.crosswalk {
            out.extend([&row.ladder, &row.stage].into_iter().chain(&row.position).chain(&row.meaning));
            out.extend(row.benchmark.iter().flat_map(cited));
        }
        out.extend(&self.sources);
        out
    }
}

fn ladder(model: &Model, outcome: &Outcome) -> Vec<Rung> {
    let chasm = model.chasm();
    (1..=model.stages.len())
        .rev()
        .map(|number| Rung {
            number,
            name: Text::from(&*model.stages[number - 1].name),
            here: number == outcome.stage,
            done: outcome.complete_stages.is_some_and(|c| number <= c),
            chasm_below: chasm == Some(number),
        })
        .collect()
}

fn dimensions(model: &Model, outcome: &Outcome, notes: &mut Footnotes) -> Vec<DimensionRow> {
    let word = &*model.stage_word;
    let name = |l: usize| &*model.stages[l - 1].name;
    // A score, with its level where it has one: "67%, level 4 (Operationalize)".
    let score_at = |p: f64, l: Option<usize>| match l {
        Some(l) => text!(i18n::RESULT_SCORE_LEVEL, percent = percent(whole_percent(p)), level = l, stage = name(l)),
        None => percent(whole_percent(p)),
    };
    let by_level = matches!(model.scoring, Scoring::Majority { .. });
    model
        .dimensions
        .iter()
        .zip(&outcome.dimensions)
        .map(|(dim, score)| {
            let answered = score.questions - score.not_sure;
            let spread = match score.range {
                Some((lo, hi)) if lo == hi => {
                    Some(text!(i18n::RESULT_EVERY_ANSWER_AT, stage_word = word, level = lo, stage = name(lo)))
                }
                Some((lo, hi)) => Some(text!(i18n::RESULT_ANSWERS_FROM, stage_word = word, low = lo, high = hi)),
                None => None,
            };
            let unsure = (score.not_sure > 0)
                .then(|| text!(i18n::RESULT_NOT_SURE_COUNT, not_sure = score.not_sure, questions = score.questions));
            let detail = if !score.placed() {
                text!(
                    i18n::RESULT_NOT_KNOWN_DETAIL,
                    answered = answered,
                    questions = score.questions,
                    score = score_at(score.percent, score.level),
                    best = score_at(score.best_case, score.best_level)
                )
            } else if by_level {
                let l = score.level.unwrap_or(1);
                let level = text!(i18n::RESULT_LEVEL, level = l, stage = name(l));
                joined([Some(level), spread, unsure].into_iter().flatten().collect(), i18n::COMMON_LIST_SEMICOLONS)
            } else {
                let at = score_at(score.percent, score.level);
                joined([Some(at), unsure].into_iter().flatten().collect(), i18n::COMMON_LIST_SEMICOLONS)
            };
            let status = if !score.placed() {
                Some(i18n::RESULT_STATUS_NOT_KNOWN)
            } else if score.far_apart {
                Some(i18n::RESULT_STATUS_FAR_APART)
            } else {
                match model.scoring {
                    Scoring::Threshold { ordered: false, .. } => {
                        Some(if score.holds { i18n::RESULT_STATUS_SOUND } else { i18n::RESULT_STATUS_PROBLEM })
                    }
                    Scoring::Threshold { ordered: true, .. } => {
                        Some(if score.holds { i18n::RESULT_STATUS_HOLDS } else { i18n::RESULT_STATUS_NOT_YET })
                    }
                    Scoring::Average { chasm_at: Some(_) } | Scoring::Majority { chasm_at: Some(_) } => {
                        Some(if score.holds { i18n::RESULT_STATUS_TOUGH } else { i18n::RESULT_STATUS_FLUFF })
                    }
                    Scoring::Average { chasm_at: None } | Scoring::Majority { chasm_at: None } => None,
                }
            };
            // A level's bar is its share of the ladder, so a bar and the level beside it agree.
            let percent = match (by_level, score.level) {
                (true, Some(l)) => (100 * l / model.stages.len().max(1)) as u32,
                _ => whole_percent(score.percent),
            };
            DimensionRow {
                name: Text::from(&*dim.name),
                status: status.map(Text::from),
                percent,
                detail,
                weak: !score.holds || !score.placed() || score.far_apart,
                benchmarks: model
                    .benchmarks
                    .iter()
                    .filter(|b| b.dimension.as_ref() == Some(&dim.id))
                    .map(|b| notes.figure(model, b))
                    .collect(),
            }
        })
        .collect()
}
