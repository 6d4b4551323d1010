//! Everything the result screen shows (`ResultReport`), built from a scored outcome.

use super::advice::{self, Focus, HoldingBack, Step, Unknown};
use super::{Cited, Footnotes, capitalise, result_title, whole_percent};
use crate::core::answers::{Answer, Answers};
use crate::core::crosswalk::{Ladder, climbed, place};
use crate::core::guidance::{FOLLOW_THROUGH, KEEP_DOING, KEEP_DOING_SOURCE, TOP_WARNING, follow_through_source};
use crate::core::model::{Model, Scoring};
use crate::core::scoring::Outcome;

/// One rung of the result's ladder, listed from the top down.
#[derive(Debug, Clone, PartialEq)]
pub struct Rung {
    pub number: usize,
    pub name: String,
    /// The result's stage.
    pub here: bool,
    /// Complete (gated models only).
    pub done: bool,
    /// The chasm lies just below this rung.
    pub chasm_below: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DimensionRow {
    pub name: String,
    /// "holds", "fluff side", "has a problem", "not placed"…; none for a plain average.
    pub status: Option<&'static str>,
    /// The bar's length, 0–100.
    pub percent: u32,
    /// "67%, level 4 (Operationalize); 1 of 4 not sure".
    pub detail: String,
    /// Below its threshold or the chasm, or not placed.
    pub weak: bool,
    pub benchmarks: Vec<Cited>,
}

/// The checklist for results at the top of the ladder.
#[derive(Debug, Clone, PartialEq)]
pub struct KeepDoing {
    /// Why the top is not a resting place.
    pub warning: &'static str,
    pub intro: &'static str,
    pub note: usize,
    pub items: &'static [&'static str],
    /// Dimensions not yet at the top stage themselves: "Insights (stage 5, Align)".
    pub below_top: Vec<String>,
}

/// A question with a published figure next to the user's answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Compared {
    pub question: String,
    pub answer: String,
    pub benchmark: Cited,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CrosswalkRow {
    pub ladder: String,
    pub ladder_note: usize,
    /// The stage's name, or "stage 3 of 5" where the sources do not name it.
    pub stage: String,
    /// "(stage 3 of 5)" after a named stage.
    pub position: Option<String>,
    /// The sources name only the ladder's top stage.
    pub only_top_named: bool,
    /// What the ladder's named top stage means.
    pub meaning: Option<String>,
    pub benchmark: Option<Cited>,
}

/// Advice with its source.
#[derive(Debug, Clone, PartialEq)]
pub struct Sourced {
    pub text: &'static str,
    pub note: usize,
}

/// Everything the result screen shows.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultReport {
    /// "Your result: stage 3 of 6, Mobilize", or "Your result: 2 of 3 principles sound".
    pub title: String,
    pub model_name: String,
    /// "Stage 3 of 6", or "Principles sound" for a model that counts them.
    pub eyebrow: String,
    /// The stage's name, or "2 of 3".
    pub stage_name: String,
    /// The stage's description, or which dimensions have a problem.
    pub stage_description: String,
    /// The stage above, to set beside the current one (ladders below the top).
    pub next_stage: Option<NextStage>,
    /// "Phases complete: 2 of 4" (gated models only).
    pub complete: Option<String>,
    pub confidence: String,
    /// What the result would be with every "Not sure" at the highest option, when that differs.
    pub best_case: Option<String>,
    /// Why the chasm kept the stage down, when it did.
    pub chasm_note: Option<String>,
    /// Why the lowest dimension kept the stage down, when it did.
    pub held_note: Option<String>,
    pub benchmarks: Vec<Cited>,
    /// "The 6 stages".
    pub ladder_title: String,
    /// Empty for a model that is not a ladder.
    pub ladder: Vec<Rung>,
    /// "By dimension", "By principle".
    pub dimensions_title: String,
    pub dimensions: Vec<DimensionRow>,
    /// Dimensions whose answers are far apart, each with what to check.
    pub check: Vec<String>,
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
    pub compared_caveat: Option<String>,
    pub crosswalk_intro: String,
    /// Empty for a model that is not a ladder.
    pub crosswalk: Vec<CrosswalkRow>,
    /// Citations, numbered from 1 in order of first use.
    pub sources: Vec<String>,
}

/// The stage above the result, described.
#[derive(Debug, Clone, PartialEq)]
pub struct NextStage {
    /// "Next: stage 4 of 6".
    pub eyebrow: String,
    pub name: String,
    pub description: String,
}

/// How many steps of the plan the result puts first, as the next steps.
pub const NEXT_STEPS: usize = 3;

const KEEP_DOING_INTRO: &str = "What organisations at the top keep doing, as a checklist for your next review:";

/// The result of `answers` to `model` (scored as `outcome`), placed on `ladders`. Footnotes are
/// numbered in the order the screen shows the figures.
pub fn result_report(model: &Model, outcome: &Outcome, answers: &Answers, ladders: &[Ladder]) -> ResultReport {
    let mut notes = Footnotes::default();
    let n = model.stages.len();
    let word = capitalise(&model.stage_word);
    let benchmarks = model
        .benchmarks
        .iter()
        .filter(|b| b.dimension.is_none() && b.question.is_none())
        .map(|b| notes.figure(model, b))
        .collect();
    let dimensions = dimensions(model, outcome, &mut notes);
    let follow_through = Sourced { text: FOLLOW_THROUGH, note: notes.cite(follow_through_source()) };
    let keep_doing = outcome.is_top(model).then(|| KeepDoing {
        warning: TOP_WARNING,
        intro: KEEP_DOING_INTRO,
        note: notes.cite(KEEP_DOING_SOURCE),
        items: KEEP_DOING,
        below_top: model
            .dimensions
            .iter()
            .zip(&outcome.dimensions)
            .filter_map(|(d, s)| {
                let l = s.level.filter(|&l| l < n)?;
                Some(format!("{} ({} {l}, {})", d.name, model.stage_word, model.stages[l - 1].name))
            })
            .collect(),
    });
    let mut compared = compared(model, answers, &mut notes);
    let compared_caveat = shared_caveat(&mut compared);
    let crosswalk = if model.is_ladder() { crosswalk(model, outcome, ladders, &mut notes) } else { Vec::new() };
    let (eyebrow, stage_name, stage_description) = if model.is_ladder() {
        let stage = &model.stages[outcome.stage - 1];
        (format!("{word} {} of {n}", outcome.stage), stage.name.to_string(), stage.description.to_string())
    } else {
        let area = &model.dimension_word;
        let problems: Vec<&str> = (0..model.dimensions.len())
            .filter(|&d| !outcome.dimensions[d].holds)
            .map(|d| &*model.dimensions[d].name)
            .collect();
        let description = if problems.is_empty() {
            format!("Every {area} is sound.")
        } else {
            format!("{} a problem: {}.", if problems.len() == 1 { "Has" } else { "Have" }, problems.join("; "))
        };
        (
            format!("{}s sound", capitalise(area)),
            format!("{} of {}", outcome.sound(), model.dimensions.len()),
            description,
        )
    };
    let next_stage = (model.is_ladder() && outcome.stage < n).then(|| {
        let next = &model.stages[outcome.stage];
        NextStage {
            eyebrow: format!("Next: {} {} of {n}", model.stage_word, outcome.stage + 1),
            name: next.name.to_string(),
            description: next.description.to_string(),
        }
    });
    ResultReport {
        title: result_title(model, outcome),
        model_name: model.name.to_string(),
        eyebrow,
        stage_name,
        stage_description,
        next_stage,
        complete: outcome.complete_stages.map(|c| format!("{word}s complete: {c} of {n}")),
        confidence: advice::confidence_text(outcome, model),
        best_case: advice::best_case(model, outcome),
        chasm_note: advice::chasm_note(model, outcome),
        held_note: advice::held_note(model, outcome),
        benchmarks,
        ladder_title: if model.is_ladder() { format!("The {n} {}s", model.stage_word) } else { String::new() },
        ladder: if model.is_ladder() { ladder(model, outcome) } else { Vec::new() },
        dimensions_title: format!("By {}", model.dimension_word),
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
            String::new()
        } else {
            format!(
                "An approximation, placed by what your result has completed: {} is {}% of the way from the bottom to the \
             top, and on each other ladder you are placed on the last rung that distance fully reaches. The models \
             measure different things and were never calibrated against each other.",
                match outcome.complete_stages {
                    Some(c) => format!("{c} of {n} {}s complete", model.stage_word),
                    None => format!("{} {} of {n}", model.stage_word, outcome.stage),
                },
                whole_percent(climbed(outcome.stage, outcome.complete_stages, n)),
            )
        },
        crosswalk,
        sources: notes.0,
    }
}

fn ladder(model: &Model, outcome: &Outcome) -> Vec<Rung> {
    let chasm = model.chasm();
    (1..=model.stages.len())
        .rev()
        .map(|number| Rung {
            number,
            name: model.stages[number - 1].name.to_string(),
            here: number == outcome.stage,
            done: outcome.complete_stages.is_some_and(|c| number <= c),
            chasm_below: chasm == Some(number),
        })
        .collect()
}

fn dimensions(model: &Model, outcome: &Outcome, notes: &mut Footnotes) -> Vec<DimensionRow> {
    let stage = |l: usize| format!("{} {l} ({})", model.stage_word, model.stages[l - 1].name);
    let level = |l: Option<usize>| l.map(|l| format!(", level {l} ({})", model.stages[l - 1].name)).unwrap_or_default();
    let by_level = matches!(model.scoring, Scoring::Majority { .. });
    model
        .dimensions
        .iter()
        .zip(&outcome.dimensions)
        .map(|(dim, score)| {
            let answered = score.questions - score.not_sure;
            let spread = match score.range {
                Some((lo, hi)) if lo == hi => format!("; every answer at {}", stage(lo)),
                Some((lo, hi)) => format!("; answers from {} {lo} to {hi}", model.stage_word),
                None => String::new(),
            };
            let unsure = match score.not_sure {
                0 => String::new(),
                n => format!("; {n} of {} not sure, counted as the lowest answer", score.questions),
            };
            let detail = if !score.placed() {
                format!(
                    "not known: only {answered} of {} answered; {}%{} counting “Not sure” as the lowest answer, {}%{} \
                     as the highest",
                    score.questions,
                    whole_percent(score.percent),
                    level(score.level),
                    whole_percent(score.best_case),
                    level(score.best_level),
                )
            } else if by_level {
                let l = score.level.unwrap_or(1);
                format!("Level {l} ({}){spread}{unsure}", model.stages[l - 1].name)
            } else {
                format!("{}%{}{unsure}", whole_percent(score.percent), level(score.level))
            };
            let status = if !score.placed() {
                Some("not known")
            } else if score.far_apart {
                Some("answers far apart")
            } else {
                match model.scoring {
                    Scoring::Threshold { ordered: false, .. } => {
                        Some(if score.holds { "sound" } else { "has a problem" })
                    }
                    Scoring::Threshold { ordered: true, .. } => Some(if score.holds { "holds" } else { "not yet" }),
                    Scoring::Average { chasm_at: Some(_) } | Scoring::Majority { chasm_at: Some(_) } => {
                        Some(if score.holds { "tough side" } else { "fluff side" })
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
                name: dim.name.to_string(),
                status,
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

/// When two or more comparisons give the same caveat, it is taken off each and returned, to be said
/// once.
fn shared_caveat(compared: &mut [Compared]) -> Option<String> {
    let first = compared.first()?.benchmark.caveat.clone()?;
    if compared.len() < 2 || compared.iter().any(|c| c.benchmark.caveat.as_ref() != Some(&first)) {
        return None;
    }
    for c in compared.iter_mut() {
        c.benchmark.caveat = None;
    }
    Some(first)
}

fn compared(model: &Model, answers: &Answers, notes: &mut Footnotes) -> Vec<Compared> {
    model
        .benchmarks
        .iter()
        .filter_map(|b| {
            let q = model.questions.iter().position(|x| Some(&x.id) == b.question.as_ref())?;
            let answer = match answers.get(q) {
                Answer::Option(i) => model.options(q)[i as usize].label.to_string(),
                _ => "Not sure".to_string(),
            };
            let benchmark = notes.figure(model, b);
            Some(Compared { question: model.questions[q].prompt.to_string(), answer, benchmark })
        })
        .collect()
}

fn crosswalk(model: &Model, outcome: &Outcome, ladders: &[Ladder], notes: &mut Footnotes) -> Vec<CrosswalkRow> {
    let point = climbed(outcome.stage, outcome.complete_stages, model.stages.len());
    ladders
        .iter()
        .map(|ladder| {
            let m = ladder.stages.len();
            let at = place(point, m);
            let only_top_named = ladder.stages.iter().any(Option::is_none);
            let benchmark = ladder.benchmark.as_ref().map(|(figure, citation)| Cited {
                text: figure.to_string(),
                note: notes.cite(citation),
                caveat: None,
            });
            CrosswalkRow {
                ladder: ladder.name.to_string(),
                ladder_note: notes.cite(&ladder.source),
                stage: ladder.stage_label(at),
                position: (!only_top_named || at == m).then(|| format!("(stage {at} of {m})")),
                only_top_named,
                meaning: ladder.top_meaning.as_ref().map(ToString::to_string),
                benchmark,
            }
        })
        .collect()
}
