use super::{Ctx, Screen, StartOver, focus_on_mount, show_doc};
use crate::core::catalog::CATALOG;
use crate::report::forms::chooser_doc;
use crate::web::dom;
use leptos::prelude::*;

/// What the tool is, the model chooser, and the way in.
#[component]
pub fn Intro() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let heading = NodeRef::<leptos::html::H1>::new();
    focus_on_mount(heading);
    let answered = move || ctx.progress.with(|p| p.answers.answered());
    let selected = move || ctx.loading.get().unwrap_or_else(|| ctx.chosen.get());
    let chooser = NodeRef::<leptos::html::Div>::new();
    show_doc(chooser, chooser_doc(ctx.chosen.get_untracked()));
    Effect::new(move |_| {
        let i = selected();
        if let Some(el) = chooser.get() {
            dom::check_radio(&el, Some(i));
        }
    });

    view! {
        <section class="cxm-screen cxm-intro" aria-labelledby="cxm-intro-title">
            <h1 id="cxm-intro-title" tabindex="-1" node_ref=heading>
                "How mature is your customer experience?"
            </h1>
            <p class="cxm-lead">
                "A self-assessment for people who run or shape customer experience (CX). Answer questions about what your organisation actually does today and see which stage of maturity it has reached, what holds it back and what to do next."
            </p>
            <ul class="cxm-facts">
                <li>"Takes " {move || CATALOG[selected()].minutes} " minutes or so; you can stop and come back."</li>
                <li>"Private: everything stays in this browser. Nothing is sent anywhere."</li>
                <li>"Every question has a “Not sure” answer; it lowers the confidence of the result, never the score."</li>
            </ul>
            <div node_ref=chooser on:change=move |ev| {
                if let Some(i) = dom::radio_value(&ev) {
                    ctx.select(i, false);
                }
            }></div>
            <div class="cxm-actions">
                <button
                    type="button"
                    class="cxm-button cxm-button--primary"
                    disabled=move || ctx.loading.get().is_some()
                    on:click=move |_| ctx.resume()
                >
                    {move || if ctx.loading.get().is_some() { "Loading…".to_string() } else if answered() == 0 {
                        "Start the assessment".to_string()
                    } else {
                        format!("Continue ({} of {} answered)", answered(), ctx.model().questions.len())
                    }}
                </button>
                <button type="button" class="cxm-button" on:click=move |_| ctx.screen.set(Screen::Method)>
                    "How this is scored"
                </button>
            </div>
            {move || ctx.has_answers().then(|| view! { <StartOver /> })}
        </section>
    }
}
