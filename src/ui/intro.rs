use super::{Ctx, Screen, StartOver, focus_on_mount};
use leptos::prelude::*;

/// What the tool is, the model chooser, and the way in.
#[component]
pub fn Intro() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let heading = NodeRef::<leptos::html::H1>::new();
    focus_on_mount(heading);
    let count = ctx.models.with_value(Vec::len);
    let answered = move || ctx.progress.with(|p| p.answers.answered());

    view! {
        <section class="cxm-screen cxm-intro" aria-labelledby="cxm-intro-title">
            <h1 id="cxm-intro-title" tabindex="-1" node_ref=heading>
                "How mature is your customer experience?"
            </h1>
            <p class="cxm-lead">
                "A self-assessment for people who run or shape customer experience (CX). Answer questions about what your organisation actually does today and see which stage of maturity it has reached, what holds it back and what to do next."
            </p>
            <ul class="cxm-facts">
                <li>"Takes " {move || ctx.model().minutes} " minutes or so; you can stop and come back."</li>
                <li>"Private: everything stays in this browser. Nothing is sent anywhere."</li>
                <li>"Every question has a “Not sure” answer; it lowers the confidence of the result, never the score."</li>
            </ul>
            <fieldset class="cxm-choices">
                <legend>"Choose an assessment"</legend>
                {(0..count)
                    .map(|i| {
                        let model = ctx.models.with_value(|m| m[i].clone());
                        let id = format!("cxm-model-{}", model.id);
                        let label_for = id.clone();
                        view! {
                            <label class="cxm-choice" for=label_for>
                                <input
                                    type="radio"
                                    name="cxm-model"
                                    id=id
                                    prop:checked=move || ctx.chosen.get() == i
                                    on:change=move |_| ctx.choose(i)
                                />
                                <span class="cxm-choice__text">
                                    <strong class="cxm-choice__name">{model.name.clone()}</strong>
                                    <span class="cxm-choice__meta">
                                        {format!("{} questions · about {} minutes", model.questions.len(), model.minutes)}
                                    </span>
                                    <span class="cxm-choice__summary">{model.summary.clone()}</span>
                                </span>
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <div class="cxm-actions">
                <button
                    type="button"
                    class="cxm-button cxm-button--primary"
                    on:click=move |_| ctx.resume()
                >
                    {move || if answered() == 0 { "Start the assessment".to_string() } else {
                        format!("Continue ({} of {} answered)", answered(), ctx.model().questions.len())
                    }}
                </button>
                <button type="button" class="cxm-button" on:click=move |_| ctx.screen.set(Screen::Method)>
                    "How this is scored"
                </button>
            </div>
            <Show when=move || ctx.has_answers()>
                <StartOver />
            </Show>
        </section>
    }
}
