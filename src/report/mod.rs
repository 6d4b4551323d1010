//! What the screens say, as plain structs built from the core's values: the result
//! ([`ResultReport`]), the methodology page ([`method::MethodPage`]), the wording that depends on
//! the state ([`screen`]) and the history's spreadsheet rows ([`history`]). Pure: no IO, no
//! Leptos, no DOM, so it is tested natively (`tests/report.rs`, `tests/history.rs`); the
//! components in `ui` only lay these out.

pub mod compare;
pub mod history;
pub mod method;
pub mod screen;

use crate::core::answers::{Answer, Answers};
use crate::core::crosswalk::{Ladder, climbed, place};
use crate::core::guidance::{FOLLOW_THROUGH, KEEP_DOING, KEEP_DOING_SOURCE, TOP_WARNING, follow_through_source};
use crate::core::model::{Benchmark, Model, Scoring};
use crate::core::scoring::{Confidence, Outcome, Placement};

/// A 0.0–1.0 share as a whole percentage (integer formatting keeps float printing out of the wasm).
fn whole_percent(p: f64) -> u32 {
    (p * 100.0).round() as u32
}

/// `s` with an upper-case first letter (ASCII only, which keeps Unicode case tables out of the
/// wasm; the text it is used on is ours).
pub fn capitalise(s: &str) -> String {
    let mut out = s.to_string();
    if let Some(first) = out.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// A published figure with the number of its footnote in [`ResultReport::sources`].
#[derive(Debug, Clone, PartialEq)]
pub struct Cited {
    pub text: String,
    pub note: usize,
    /// Why the figure only indicates where a result stands.
    pub caveat: Option<String>,
}

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

/// A dimension holding the organisation back, and where it needs to get to.
#[derive(Debug, Clone, PartialEq)]
pub struct HoldingBack {
    pub name: String,
    pub about: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub dimension: String,
    pub advice: String,
}

/// The checklist for results at the top of the ladder.
#[derive(Debug, Clone, PartialEq)]
pub struct KeepDoing {
    /// Why the top is not a resting place.
    pub warning: &'static str,
    pub intro: &'static str,
    pub note: usize,
    pub items: &'static [&'static str],
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
    /// "Phases complete: 2 of 4" (gated models only).
    pub complete: Option<String>,
    pub confidence: String,
    /// What the result would be with every "Not sure" at the highest option, when that differs.
    pub best_case: Option<String>,
    /// Why the chasm kept the stage down, when it did.
    pub chasm_note: Option<String>,
    pub benchmarks: Vec<Cited>,
    /// "The 6 stages".
    pub ladder_title: String,
    /// Empty for a model that is not a ladder.
    pub ladder: Vec<Rung>,
    /// "By dimension", "By principle".
    pub dimensions_title: String,
    pub dimensions: Vec<DimensionRow>,
    pub holding_back: Vec<HoldingBack>,
    /// The first three steps of the plan.
    pub next_steps: Vec<Step>,
    /// The rest of the plan, for gated models.
    pub full_plan: Vec<Step>,
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

/// How a placement reads: "stage 3 of 6, Mobilize", or "2 of 3 principles sound".
pub fn placement_text(model: &Model, at: Placement) -> String {
    if model.is_ladder() {
        let mut text =
            format!("{} {} of {}, {}", model.stage_word, at.stage, model.stages.len(), model.stages[at.stage - 1].name);
        if let Some(c) = at.complete_stages {
            text = format!("{text} ({c} of {} complete)", model.stages.len());
        }
        text
    } else {
        format!("{} of {} {}s sound", at.stage - 1, model.dimensions.len(), model.dimension_word)
    }
}

/// The result's heading, e.g. "Your result: stage 3 of 6, Mobilize".
pub fn result_title(model: &Model, outcome: &Outcome) -> String {
    let at = Placement { stage: outcome.stage, complete_stages: None };
    format!("Your result: {}", placement_text(model, at))
}

/// Sources cited on a page, numbered in order of first use.
#[derive(Default)]
struct Footnotes(Vec<String>);

impl Footnotes {
    fn cite(&mut self, citation: &str) -> usize {
        match self.0.iter().position(|c| c == citation) {
            Some(i) => i + 1,
            None => {
                self.0.push(citation.to_string());
                self.0.len()
            }
        }
    }

    fn figure(&mut self, model: &Model, b: &Benchmark) -> Cited {
        let citation = model.source(&b.source).map(|s| &*s.citation).unwrap_or_default();
        Cited { text: b.text.to_string(), note: self.cite(citation), caveat: Some(b.caveat.to_string()) }
    }
}

const KEEP_DOING_INTRO: &str = "What organisations at the top keep doing, as a checklist for your next review:";

/// The step for question `q` from the answer given: the next rung up, or finding out for "Not
/// sure". `None` at the best answer.
pub fn next_rung(model: &Model, answers: &Answers, q: usize) -> Option<String> {
    let question = &model.questions[q];
    match answers.get(q) {
        Answer::Option(i) => question.advice.get(usize::from(i)).map(ToString::to_string),
        _ => Some(format!(
            "Find out the answer to “{}” from the people who would know: until then it counts as the lowest answer.",
            question.prompt
        )),
    }
}

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
    let steps = |qs: &[usize]| -> Vec<Step> {
        qs.iter()
            .filter_map(|&q| {
                Some(Step {
                    dimension: model.dimensions[model.dimension_of(q)].name.to_string(),
                    advice: next_rung(model, answers, q)?,
                })
            })
            .collect()
    };
    let full_plan =
        if outcome.complete_stages.is_some() { &outcome.action_plan[outcome.next_steps().len()..] } else { &[] };
    let follow_through = Sourced { text: FOLLOW_THROUGH, note: notes.cite(follow_through_source()) };
    let keep_doing = outcome.is_top(model).then(|| KeepDoing {
        warning: TOP_WARNING,
        intro: KEEP_DOING_INTRO,
        note: notes.cite(KEEP_DOING_SOURCE),
        items: KEEP_DOING,
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
    ResultReport {
        title: result_title(model, outcome),
        model_name: model.name.to_string(),
        eyebrow,
        stage_name,
        stage_description,
        complete: outcome.complete_stages.map(|c| format!("{word}s complete: {c} of {n}")),
        confidence: confidence_text(outcome, model),
        best_case: best_case(model, outcome),
        chasm_note: chasm_note(model, outcome),
        benchmarks,
        ladder_title: if model.is_ladder() { format!("The {n} {}s", model.stage_word) } else { String::new() },
        ladder: if model.is_ladder() { ladder(model, outcome) } else { Vec::new() },
        dimensions_title: format!("By {}", model.dimension_word),
        dimensions,
        holding_back: holding_back(model, outcome),
        next_steps: steps(outcome.next_steps()),
        full_plan: steps(full_plan),
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

/// What the result would be with every "Not sure" at the highest option, when that differs.
fn best_case(model: &Model, outcome: &Outcome) -> Option<String> {
    let best = outcome.best_case?;
    let unsure: usize = outcome.dimensions.iter().map(|d| d.not_sure).sum();
    let current = outcome.placement();
    Some(format!(
        "Your {unsure} “Not sure” answer{} count as the lowest option, which gives {}. If every one of them were the \
         highest option, the result would be {}. Finding out those answers settles where you are.",
        if unsure == 1 { "" } else { "s" },
        placement_text(model, current),
        placement_text(model, best),
    ))
}

fn confidence_text(outcome: &Outcome, model: &Model) -> String {
    let total = model.questions.len();
    let sure = (outcome.confidence * total as f64).round() as usize;
    let band = match outcome.confidence_band() {
        Confidence::High => "high",
        Confidence::Medium => "medium",
        Confidence::Low => "low: treat this result as a first guess and find out the answers you were not sure of",
    };
    format!("Confidence {band} ({sure} of {total} questions answered with something other than “Not sure”).")
}

fn chasm_note(model: &Model, outcome: &Outcome) -> Option<String> {
    let Scoring::Average { chasm_at: Some(c) } = model.scoring else { return None };
    if !outcome.stopped_by_chasm {
        return None;
    }
    let names: Vec<&str> = outcome.holding_back.iter().map(|&d| &*model.dimensions[d].name).collect();
    Some(format!(
        "Your answers average out on the “tough” side of the chasm, but {} {} not there yet, so the result stays at \
         {} {} ({}). Crossing the chasm takes every dimension.",
        names.join(" and "),
        if names.len() == 1 { "is" } else { "are" },
        model.stage_word,
        c - 1,
        model.stages[c - 2].name,
    ))
}

fn ladder(model: &Model, outcome: &Outcome) -> Vec<Rung> {
    let chasm = match model.scoring {
        Scoring::Average { chasm_at } => chasm_at,
        Scoring::Threshold { .. } => None,
    };
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
    let level = |l: Option<usize>| l.map(|l| format!(", level {l} ({})", model.stages[l - 1].name)).unwrap_or_default();
    model
        .dimensions
        .iter()
        .zip(&outcome.dimensions)
        .map(|(dim, score)| {
            let answered = score.questions - score.not_sure;
            let detail = if !score.placed() {
                format!(
                    "not placed: {answered} of {} answered; {}%{} counting “Not sure” as the lowest answer, {}%{} as \
                     the highest",
                    score.questions,
                    whole_percent(score.percent),
                    level(score.level),
                    whole_percent(score.best_case),
                    level(score.best_level),
                )
            } else if score.not_sure > 0 {
                format!(
                    "{}%{}; {} of {} not sure, counted as the lowest answer",
                    whole_percent(score.percent),
                    level(score.level),
                    score.not_sure,
                    score.questions
                )
            } else {
                format!("{}%{}", whole_percent(score.percent), level(score.level))
            };
            let status = if !score.placed() {
                Some("not placed")
            } else {
                match model.scoring {
                    Scoring::Threshold { ordered: false, .. } => {
                        Some(if score.holds { "sound" } else { "has a problem" })
                    }
                    Scoring::Threshold { ordered: true, .. } => Some(if score.holds { "holds" } else { "not yet" }),
                    Scoring::Average { chasm_at: Some(_) } => {
                        Some(if score.holds { "tough side" } else { "fluff side" })
                    }
                    Scoring::Average { chasm_at: None } => None,
                }
            };
            DimensionRow {
                name: dim.name.to_string(),
                status,
                percent: whole_percent(score.percent),
                detail,
                weak: !score.holds || !score.placed(),
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

fn holding_back(model: &Model, outcome: &Outcome) -> Vec<HoldingBack> {
    outcome
        .holding_back
        .iter()
        .map(|&d| {
            let dim = &model.dimensions[d];
            HoldingBack {
                name: dim.name.to_string(),
                about: dim
                    .tough
                    .as_ref()
                    .map_or_else(|| dim.description.to_string(), |t| format!("Where it needs to get to: {t}")),
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
