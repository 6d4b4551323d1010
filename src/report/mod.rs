//! What the screens say, as plain structs built from the core's values: the result
//! ([`ResultReport`]), the methodology page ([`method::MethodPage`]) and the wording that depends on
//! the state ([`screen`]). Pure: no IO, no Leptos, no DOM, so it is tested natively
//! (`tests/report.rs`); the components in `ui` only lay these out.

pub mod method;
pub mod screen;

use crate::core::answers::{Answer, Answers};
use crate::core::crosswalk::{Ladder, place};
use crate::core::guidance::{KEEP_DOING, KEEP_DOING_SOURCE};
use crate::core::model::{Model, Scoring};
use crate::core::scoring::{Confidence, Outcome};

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
    /// "holds", "fluff side", "has a problem"…; none for a plain average.
    pub status: Option<&'static str>,
    /// The bar's length, 0–100.
    pub percent: u32,
    /// "67%, level 4 (Operationalize); 1 of 4 not sure".
    pub detail: String,
    /// Below its threshold or the chasm.
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
    pub benchmark: Option<Cited>,
}

/// Everything the result screen shows.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultReport {
    /// "Your result: stage 3 of 6, Mobilize".
    pub title: String,
    pub model_name: String,
    /// "Stage 3 of 6".
    pub eyebrow: String,
    pub stage_name: String,
    pub stage_description: String,
    /// "Phases complete: 2 of 4" (gated models only).
    pub complete: Option<String>,
    pub confidence: String,
    /// Why the chasm kept the stage down, when it did.
    pub chasm_note: Option<String>,
    pub benchmarks: Vec<Cited>,
    /// "The 6 stages".
    pub ladder_title: String,
    pub ladder: Vec<Rung>,
    pub dimensions: Vec<DimensionRow>,
    pub holding_back: Vec<HoldingBack>,
    /// The first three steps of the plan.
    pub next_steps: Vec<Step>,
    /// The rest of the plan, for gated models.
    pub full_plan: Vec<Step>,
    pub keep_doing: Option<KeepDoing>,
    pub compared: Vec<Compared>,
    pub crosswalk_intro: String,
    pub crosswalk: Vec<CrosswalkRow>,
    /// Citations, numbered from 1 in order of first use.
    pub sources: Vec<String>,
}

/// The result's heading, e.g. "Your result: stage 3 of 6, Mobilize".
pub fn result_title(model: &Model, outcome: &Outcome) -> String {
    format!(
        "Your result: {} {} of {}, {}",
        model.stage_word,
        outcome.stage,
        model.stages.len(),
        model.stages[outcome.stage - 1].name
    )
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

    fn figure(&mut self, model: &Model, text: &str, source: &str) -> Cited {
        let citation = model.source(source).map(|s| &*s.citation).unwrap_or_default();
        Cited { text: text.to_string(), note: self.cite(citation) }
    }
}

const KEEP_DOING_INTRO: &str = "There is no ceiling: customers' expectations keep moving, and leaders who stop slide \
     back. What organisations at the top keep doing, as a checklist for your next review:";

/// The result of `answers` to `model` (scored as `outcome`), placed on `ladders`. Footnotes are
/// numbered in the order the screen shows the figures.
pub fn result_report(model: &Model, outcome: &Outcome, answers: &Answers, ladders: &[Ladder]) -> ResultReport {
    let mut notes = Footnotes::default();
    let n = model.stages.len();
    let stage = &model.stages[outcome.stage - 1];
    let word = capitalise(&model.stage_word);
    let benchmarks = model
        .benchmarks
        .iter()
        .filter(|b| b.dimension.is_none() && b.question.is_none())
        .map(|b| notes.figure(model, &b.text, &b.source))
        .collect();
    let dimensions = dimensions(model, outcome, &mut notes);
    let step = |q: usize| Step {
        dimension: model.dimensions[model.dimension_of(q)].name.to_string(),
        advice: model.questions[q].advice.to_string(),
    };
    let full_plan =
        if outcome.complete_stages.is_some() { &outcome.action_plan[outcome.next_steps().len()..] } else { &[] };
    let keep_doing = outcome.is_top(model).then(|| KeepDoing {
        intro: KEEP_DOING_INTRO,
        note: notes.cite(KEEP_DOING_SOURCE),
        items: KEEP_DOING,
    });
    let compared = compared(model, answers, &mut notes);
    let crosswalk = crosswalk(model, outcome, ladders, &mut notes);
    ResultReport {
        title: result_title(model, outcome),
        model_name: model.name.to_string(),
        eyebrow: format!("{word} {} of {n}", outcome.stage),
        stage_name: stage.name.to_string(),
        stage_description: stage.description.to_string(),
        complete: outcome.complete_stages.map(|c| format!("{word}s complete: {c} of {n}")),
        confidence: confidence_text(outcome, model),
        chasm_note: chasm_note(model, outcome),
        benchmarks,
        ladder_title: format!("The {n} {}s", model.stage_word),
        ladder: ladder(model, outcome),
        dimensions,
        holding_back: holding_back(model, outcome),
        next_steps: outcome.next_steps().iter().map(|&q| step(q)).collect(),
        full_plan: full_plan.iter().map(|&q| step(q)).collect(),
        keep_doing,
        compared,
        crosswalk_intro: format!(
            "An approximation: your {} ({} of {n}) is placed at the middle of its band on a scale of 0 to 1, and each \
             other model's stage is the one covering the same point. The models measure different things and were \
             never calibrated against each other.",
            model.stage_word, outcome.stage
        ),
        crosswalk,
        sources: notes.0,
    }
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
    model
        .dimensions
        .iter()
        .zip(&outcome.dimensions)
        .map(|(dim, score)| {
            let mut detail = score.percent.map_or_else(|| "no score".to_string(), |p| format!("{}%", whole_percent(p)));
            if let Some(level) = score.level {
                detail = format!("{detail}, level {level} ({})", model.stages[level - 1].name);
            }
            if score.not_sure > 0 {
                detail = format!("{detail}; {} of {} not sure", score.not_sure, score.questions);
            }
            let status = match model.scoring {
                Scoring::Threshold { ordered: false, .. } => Some(if score.holds { "sound" } else { "has a problem" }),
                Scoring::Threshold { ordered: true, .. } => Some(if score.holds { "holds" } else { "not yet" }),
                Scoring::Average { chasm_at: Some(_) } => Some(if score.holds { "tough side" } else { "fluff side" }),
                Scoring::Average { chasm_at: None } => None,
            };
            DimensionRow {
                name: dim.name.to_string(),
                status,
                percent: whole_percent(score.percent.unwrap_or(0.0)),
                detail,
                weak: !score.holds,
                benchmarks: model
                    .benchmarks
                    .iter()
                    .filter(|b| b.dimension.as_ref() == Some(&dim.id))
                    .map(|b| notes.figure(model, &b.text, &b.source))
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
            let benchmark = notes.figure(model, &b.text, &b.source);
            Some(Compared { question: model.questions[q].prompt.to_string(), answer, benchmark })
        })
        .collect()
}

fn crosswalk(model: &Model, outcome: &Outcome, ladders: &[Ladder], notes: &mut Footnotes) -> Vec<CrosswalkRow> {
    let from = model.stages.len();
    ladders
        .iter()
        .map(|ladder| {
            let m = ladder.stages.len();
            let at = place(outcome.stage, from, m);
            let only_top_named = ladder.stages.iter().any(Option::is_none);
            let benchmark = ladder
                .benchmark
                .as_ref()
                .map(|(figure, citation)| Cited { text: figure.to_string(), note: notes.cite(citation) });
            CrosswalkRow {
                ladder: ladder.name.to_string(),
                ladder_note: notes.cite(&ladder.source),
                stage: ladder.stage_label(at),
                position: (!only_top_named || at == m).then(|| format!("(stage {at} of {m})")),
                only_top_named,
                benchmark,
            }
        })
        .collect()
}
