use super::{Ctx, Screen, focus_on_mount};
use crate::core::scoring::explain;
use leptos::prelude::*;

/// "How this is scored": for every model, what it measures, the exact rules and the sources.
/// The model being taken comes first.
#[component]
pub fn Methodology() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let heading = NodeRef::<leptos::html::H2>::new();
    focus_on_mount(heading);
    let chosen = ctx.chosen.get_untracked();
    let order = std::iter::once(chosen).chain((0..ctx.models.with_value(Vec::len)).filter(move |&i| i != chosen));
    let back = move |_| {
        let finished = ctx.progress.with_untracked(|p| p.answers.is_complete() && p.current >= p.answers.len());
        ctx.screen.set(if finished { Screen::Result } else { Screen::Intro });
    };

    let sections = order
        .into_iter()
        .map(|i| {
            let model = ctx.models.with_value(|m| m[i].clone());
            let stages = model
                .stages
                .iter()
                .map(|s| view! { <li><strong>{s.name.clone()}</strong>": " {s.description.clone()}</li> })
                .collect_view();
            let dimensions = model
                .dimensions
                .iter()
                .map(|d| {
                    let count = model.questions.iter().filter(|q| q.dimension == d.id).count();
                    view! { <li><strong>{d.name.clone()}</strong>{format!(" ({count} questions): ")}{d.description.clone()}</li> }
                })
                .collect_view();
            let rules = explain(&model).into_iter().map(|r| view! { <li>{r}</li> }).collect_view();
            let sources = model.sources.iter().map(|s| view! { <li>{s.citation.clone()}</li> }).collect_view();
            view! {
                <section class="cxm-section cxm-method" aria-labelledby=format!("cxm-method-{}", model.id)>
                    <h3 id=format!("cxm-method-{}", model.id)>{model.name.clone()}</h3>
                    <p>{model.measures.clone()}</p>
                    <h4>"Dimensions"</h4>
                    <ul class="cxm-list">{dimensions}</ul>
                    <h4>{format!("{}s", model.stage_word)}</h4>
                    <ol class="cxm-list">{stages}</ol>
                    <h4>"How answers become a result"</h4>
                    <ul class="cxm-list">{rules}</ul>
                    <h4>"Sources"</h4>
                    <ul class="cxm-list">{sources}</ul>
                </section>
            }
        })
        .collect_view();

    view! {
        <section class="cxm-screen cxm-methodology" aria-labelledby="cxm-method-title">
            <h2 id="cxm-method-title" tabindex="-1" node_ref=heading>"How this is scored"</h2>
            <p class="cxm-lead">
                "Every rule below runs in your browser on your answers; nothing is sent anywhere. Where the sources give no number (the cut-offs between stages, for example), this tool chose a simple rule and states it here."
            </p>
            <button type="button" class="cxm-button" on:click=back>"Back"</button>
            {sections}
            <section class="cxm-section" aria-labelledby="cxm-method-crosswalk">
                <h3 id="cxm-method-crosswalk">"The crosswalk between models"</h3>
                <p>
                    "A result at stage s of n is placed at (s − 0.5) / n, the middle of its band on a scale from 0 to 1. On a model with m stages, the position is the stage whose band covers that point: stage ⌈m × (s − 0.5) / n⌉. It is a rough guide only; the models were built by different people to measure different things. Where the sources name only a model's top stage, the others are shown as “stage k of m”."
                </p>
            </section>
            <button type="button" class="cxm-button" on:click=back>"Back"</button>
        </section>
    }
}
