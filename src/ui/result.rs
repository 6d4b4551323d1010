use super::{Ctx, Screen, StartOver, capitalise, focus_on_mount};
use crate::core::answers::Answer;
use crate::core::crosswalk::{Ladder, place, published_ladders};
use crate::core::guidance::{KEEP_DOING, KEEP_DOING_SOURCE};
use crate::core::model::{Model, Scoring};
use crate::core::scoring::{Confidence, Outcome, score};
use leptos::prelude::*;
use std::sync::Arc;

/// A 0.0–1.0 share as a whole percentage (integer formatting keeps float printing out of the
/// wasm).
fn whole_percent(p: f64) -> u32 {
    (p * 100.0).round() as u32
}

fn percent(p: Option<f64>) -> String {
    p.map_or_else(|| "no score".to_string(), |p| format!("{}%", whole_percent(p)))
}

/// Sources cited on the result, numbered in order of first use.
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
}

fn benchmark_view(text: String, note: usize) -> impl IntoView {
    view! {
        <p class="cxm-benchmark">
            {text}
            <sup class="cxm-benchmark__note">
                <span class="cxm-visually-hidden">" (source "</span>
                {note}
                <span class="cxm-visually-hidden">")"</span>
            </sup>
        </p>
    }
}

/// The scored result of the current model.
#[component]
pub fn ResultScreen() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let heading = NodeRef::<leptos::html::H2>::new();
    focus_on_mount(heading);
    // Rendered once: nothing on this screen changes the answers it shows.
    {
        let model = ctx.model_untracked();
        let answers = ctx.progress.with_untracked(|p| p.answers.clone());
        let outcome = score(&model, &answers);
        let mut notes = Footnotes::default();
        let stage = &model.stages[outcome.stage - 1];
        let word = capitalise(&model.stage_word);

        let overall_benchmarks = model
            .benchmarks
            .iter()
            .filter(|b| b.dimension.is_none() && b.question.is_none())
            .map(|b| {
                let n = notes.cite(&model.source(&b.source).map(|s| s.citation.clone()).unwrap_or_default());
                benchmark_view(b.text.clone(), n)
            })
            .collect_view();
        let dimensions = dimension_list(&model, &outcome, &mut notes);
        let compared = question_benchmarks(&model, &answers, &mut notes);
        let crosswalk = crosswalk(&ctx, &model, &outcome, &mut notes);
        let top = outcome.is_top(&model).then(|| {
            let n = notes.cite(KEEP_DOING_SOURCE);
            keep_doing(n)
        });

        view! {
            <section class="cxm-screen cxm-result" aria-labelledby="cxm-result-title">
                <h2 id="cxm-result-title" tabindex="-1" node_ref=heading>
                    {format!("Your result: {} {} of {}, {}", model.stage_word, outcome.stage, model.stages.len(), stage.name)}
                </h2>
                <p class="cxm-result__model">{model.name.clone()}</p>
                <div class="cxm-card cxm-stage">
                    <p class="cxm-stage__eyebrow">{format!("{word} {} of {}", outcome.stage, model.stages.len())}</p>
                    <p class="cxm-stage__name">{stage.name.clone()}</p>
                    <p>{stage.description.clone()}</p>
                    {outcome.complete_stages.map(|c| view! {
                        <p class="cxm-stage__complete">{format!("{word}s complete: {c} of {}", model.stages.len())}</p>
                    })}
                    <p class="cxm-confidence">{confidence_text(&outcome, &model)}</p>
                    {chasm_text(&model, &outcome)}
                    {overall_benchmarks}
                </div>
                {ladder(&model, &outcome)}
                {dimensions}
                {holding_back(&model, &outcome)}
                {next_steps(&model, &outcome)}
                {top}
                {compared}
                {crosswalk}
                <nav class="cxm-actions" aria-label="Result actions">
                    <button type="button" class="cxm-button cxm-button--primary" on:click=move |_| ctx.screen.set(Screen::Method)>
                        "How this is scored"
                    </button>
                    <button type="button" class="cxm-button" on:click=move |_| {
                        ctx.progress.update(|p| p.current = 0);
                        ctx.screen.set(Screen::Question);
                    }>"Review my answers"</button>
                    <button type="button" class="cxm-button" on:click=move |_| ctx.screen.set(Screen::Intro)>
                        "Take another assessment"
                    </button>
                </nav>
                <StartOver />
                <footer class="cxm-footnotes">
                    <h3>"Sources"</h3>
                    <ol>{notes.0.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ol>
                </footer>
            </section>
        }
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

fn chasm_text(model: &Model, outcome: &Outcome) -> Option<impl IntoView + use<>> {
    let Scoring::Average { chasm_at: Some(c) } = model.scoring else { return None };
    outcome.stopped_by_chasm.then(|| {
        let names: Vec<String> = outcome.holding_back.iter().map(|&d| model.dimensions[d].name.clone()).collect();
        view! {
            <p class="cxm-chasm-note">
                {format!(
                    "Your answers average out on the “tough” side of the chasm, but {} {} not there yet, so the result stays at {} {} ({}). Crossing the chasm takes every dimension.",
                    names.join(" and "),
                    if names.len() == 1 { "is" } else { "are" },
                    model.stage_word,
                    c - 1,
                    model.stages[c - 2].name,
                )}
            </p>
        }
    })
}

fn ladder(model: &Model, outcome: &Outcome) -> impl IntoView + use<> {
    let chasm = match model.scoring {
        Scoring::Average { chasm_at } => chasm_at,
        Scoring::Threshold { .. } => None,
    };
    let complete = outcome.complete_stages;
    let steps = model
        .stages
        .iter()
        .enumerate()
        .rev()
        .map(|(i, s)| {
            let n = i + 1;
            let here = n == outcome.stage;
            let done = complete.is_some_and(|c| n <= c);
            view! {
                <li
                    class="cxm-ladder__step"
                    class:cxm-ladder__step--here=here
                    class:cxm-ladder__step--done=done
                    aria-current=here.then_some("step")
                >
                    <span class="cxm-ladder__number">{n}</span>
                    <span class="cxm-ladder__name">{s.name.clone()}</span>
                    {here.then(|| view! { <span class="cxm-ladder__you">"You are here"</span> })}
                    {done.then(|| view! { <span class="cxm-ladder__done">"complete"</span> })}
                </li>
                {(chasm == Some(n)).then(|| view! {
                    <li class="cxm-ladder__chasm" aria-hidden="true">
                        <span>"the chasm: “fluff” below, “tough” above"</span>
                    </li>
                })}
            }
        })
        .collect_view();
    view! {
        <section class="cxm-section" aria-labelledby="cxm-ladder-title">
            <h3 id="cxm-ladder-title">{format!("The {} {}s", model.stages.len(), model.stage_word)}</h3>
            <ol class="cxm-ladder" reversed>{steps}</ol>
        </section>
    }
}

fn dimension_list(model: &Model, outcome: &Outcome, notes: &mut Footnotes) -> impl IntoView + use<> {
    let items = model
        .dimensions
        .iter()
        .zip(&outcome.dimensions)
        .map(|(dim, score)| {
            let width = format!("width: {}%", whole_percent(score.percent.unwrap_or(0.0)));
            let mut detail = percent(score.percent);
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
            let benchmarks = model
                .benchmarks
                .iter()
                .filter(|b| b.dimension.as_ref() == Some(&dim.id))
                .map(|b| {
                    let n = notes.cite(&model.source(&b.source).map(|s| s.citation.clone()).unwrap_or_default());
                    benchmark_view(b.text.clone(), n)
                })
                .collect_view();
            view! {
                <li class="cxm-dimension" class:cxm-dimension--weak=!score.holds>
                    <div class="cxm-dimension__head">
                        <span class="cxm-dimension__name">{dim.name.clone()}</span>
                        {status.map(|s| view! { <span class="cxm-dimension__status">{s}</span> })}
                    </div>
                    <div class="cxm-bar" aria-hidden="true"><div class="cxm-bar__fill" style=width></div></div>
                    <p class="cxm-dimension__detail">{detail}</p>
                    {benchmarks}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="cxm-section" aria-labelledby="cxm-dimensions-title">
            <h3 id="cxm-dimensions-title">"By dimension"</h3>
            <ul class="cxm-dimensions">{items}</ul>
        </section>
    }
}

fn holding_back(model: &Model, outcome: &Outcome) -> Option<impl IntoView + use<>> {
    (!outcome.holding_back.is_empty()).then(|| {
        let items = outcome
            .holding_back
            .iter()
            .map(|&d| {
                let dim = &model.dimensions[d];
                let text = dim.tough.clone().map_or_else(|| dim.description.clone(), |t| format!("Where it needs to get to: {t}"));
                view! { <li><strong>{dim.name.clone()}</strong>": " {text}</li> }
            })
            .collect_view();
        view! {
            <section class="cxm-section" aria-labelledby="cxm-holding-title">
                <h3 id="cxm-holding-title">"What holds you back"</h3>
                <ul class="cxm-list">{items}</ul>
            </section>
        }
    })
}

fn next_steps(model: &Model, outcome: &Outcome) -> Option<impl IntoView + use<>> {
    if outcome.action_plan.is_empty() {
        return None;
    }
    let item = |q: usize| {
        let question = &model.questions[q];
        let dim = &model.dimensions[model.dimension_of(q)];
        view! { <li><span class="cxm-step__dimension">{dim.name.clone()}</span>" " {question.advice.clone()}</li> }
    };
    let steps = outcome.next_steps().iter().map(|&q| item(q)).collect_view();
    let plan = (outcome.complete_stages.is_some() && outcome.action_plan.len() > 3).then(|| {
        let rest = outcome.action_plan[3..].iter().map(|&q| item(q)).collect_view();
        view! {
            <details class="cxm-plan">
                <summary>{format!("The full action plan ({} steps)", outcome.action_plan.len())}</summary>
                <ol start="4">{rest}</ol>
            </details>
        }
    });
    Some(view! {
        <section class="cxm-section" aria-labelledby="cxm-steps-title">
            <h3 id="cxm-steps-title">"Your next steps"</h3>
            <ol class="cxm-steps">{steps}</ol>
            {plan}
        </section>
    })
}

fn keep_doing(note: usize) -> impl IntoView {
    let items = KEEP_DOING
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let id = format!("cxm-keep-{i}");
            let label_for = id.clone();
            view! { <li><input type="checkbox" id=id /><label for=label_for>{*text}</label></li> }
        })
        .collect_view();
    view! {
        <section class="cxm-section cxm-keep" aria-labelledby="cxm-keep-title">
            <h3 id="cxm-keep-title">"Staying at the top"</h3>
            <p>
                "There is no ceiling: customers' expectations keep moving, and leaders who stop slide back. What organisations at the top keep doing, as a checklist for your next review:"
                <sup class="cxm-benchmark__note"><span class="cxm-visually-hidden">" (source "</span>{note}<span class="cxm-visually-hidden">")"</span></sup>
            </p>
            <ul class="cxm-checklist">{items}</ul>
        </section>
    }
}

fn question_benchmarks(model: &Model, answers: &crate::core::answers::Answers, notes: &mut Footnotes) -> Option<impl IntoView + use<>> {
    let items: Vec<_> = model
        .benchmarks
        .iter()
        .filter_map(|b| {
            let q = model.questions.iter().position(|x| Some(&x.id) == b.question.as_ref())?;
            let yours = match answers.get(q) {
                Answer::Option(i) => model.options(q)[i as usize].label.clone(),
                _ => "Not sure".to_string(),
            };
            let n = notes.cite(&model.source(&b.source).map(|s| s.citation.clone()).unwrap_or_default());
            Some(view! {
                <li>
                    <p class="cxm-compare__question">{model.questions[q].prompt.clone()}</p>
                    <p>"Your answer: " <strong>{yours}</strong></p>
                    {benchmark_view(b.text.clone(), n)}
                </li>
            })
        })
        .collect();
    (!items.is_empty()).then(|| view! {
        <section class="cxm-section" aria-labelledby="cxm-compare-title">
            <h3 id="cxm-compare-title">"How your answers compare"</h3>
            <ul class="cxm-compare">{items}</ul>
        </section>
    })
}

fn crosswalk(ctx: &Ctx, model: &Arc<Model>, outcome: &Outcome, notes: &mut Footnotes) -> impl IntoView + use<> {
    let from = model.stages.len();
    let ladders: Vec<Ladder> = ctx
        .models
        .with_value(|ms| ms.iter().filter(|m| m.id != model.id && m.is_ladder()).map(|m| Ladder::of_model(m)).collect::<Vec<_>>())
        .into_iter()
        .chain(published_ladders())
        .collect();
    let rows = ladders
        .into_iter()
        .map(|ladder| {
            let at = place(outcome.stage, from, ladder.stages.len());
            let named_only_top = ladder.stages.iter().any(Option::is_none);
            let source = notes.cite(&ladder.source);
            let benchmark = ladder.benchmark.as_ref().map(|(text, citation)| {
                let n = notes.cite(citation);
                benchmark_view(text.clone(), n)
            });
            view! {
                <tr>
                    <th scope="row">
                        {ladder.name.clone()}
                        <sup class="cxm-benchmark__note"><span class="cxm-visually-hidden">" (source "</span>{source}<span class="cxm-visually-hidden">")"</span></sup>
                    </th>
                    <td>
                        <span class="cxm-crosswalk__stage">{ladder.stage_label(at)}</span>
                        {(!named_only_top || at == ladder.stages.len()).then(|| format!(" (stage {at} of {})", ladder.stages.len()))}
                        {named_only_top.then(|| view! { <span class="cxm-crosswalk__note">"The sources name only its top stage."</span> })}
                        {benchmark}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="cxm-section" aria-labelledby="cxm-crosswalk-title">
            <h3 id="cxm-crosswalk-title">"Roughly where you would sit on other models"</h3>
            <p class="cxm-muted">
                {format!(
                    "An approximation: your {} ({} of {}) is placed at the middle of its band on a scale of 0 to 1, and each other model's stage is the one covering the same point. The models measure different things and were never calibrated against each other.",
                    model.stage_word, outcome.stage, from
                )}
            </p>
            <div class="cxm-table-wrap">
                <table class="cxm-crosswalk">
                    <thead><tr><th scope="col">"Model"</th><th scope="col">"Approximate position"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
