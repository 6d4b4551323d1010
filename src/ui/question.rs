//! One question at a time: where you are, the question as a radio group, and the way on.

use super::start_over::StartOver;
use super::state::Ctx;
use crate::core::answers::Answer;
use crate::core::model::Model;
use crate::report::screen::{keys_hint, next_label, question_place};
use leptos::prelude::*;

#[component]
pub fn QuestionScreen(ctx: Ctx) -> impl IntoView {
    let model = ctx.model();
    let total = model.questions.len();
    // Read by the label, the radio group and the Next button.
    let q = Memo::new(move |_| ctx.progress.with(|p| p.open_question()));
    let unanswered = move || ctx.progress.with(|p| p.answers.get(q.get()) == Answer::Unanswered);
    let dimension = {
        let model = model.clone();
        move || model.dimensions[model.dimension_of(q.get())].name.to_string()
    };
    let prompt = {
        let model = model.clone();
        move || model.questions[q.get()].prompt.to_string()
    };
    let radios = {
        let model = model.clone();
        move || radios(ctx, &model, q.get())
    };
    let hint = {
        let model = model.clone();
        move || keys_hint(model.options(q.get()).len() + 1)
    };
    view! {
        <section class="cxm-screen cxm-question" id="cxm-question" on:keydown=move |ev| ctx.key(&ev)>
            <h1 class="cxm-visually-hidden">{model.name.to_string()}</h1>
            <div class="cxm-progress">
                <p class="cxm-progress__label" id="cxm-progress-label">
                    {move || question_place(q.get(), total)}
                    <span class="cxm-progress__dimension">{dimension}</span>
                </p>
                <progress
                    max=total.to_string()
                    value=move || ctx.progress.with(|p| p.answers.answered()).to_string()
                    aria-labelledby="cxm-progress-label"
                ></progress>
            </div>
            // The group and its heading stay from one question to the next (only the prompt and
            // the radios change), so focus on the heading, and keys typed there, are never lost.
            <fieldset class="cxm-options">
                <legend>
                    <h2 tabindex="-1">{prompt}</h2>
                </legend>
                {radios}
            </fieldset>
            <p class="cxm-hint">{hint}</p>
            <div class="cxm-nav">
                <button type="button" class="cxm-button" on:click=move |_| ctx.go(-1)>
                    "Back"
                </button>
                <button
                    type="button"
                    class="cxm-button cxm-button--primary"
                    disabled=unanswered
                    on:click=move |_| ctx.go(1)
                >
                    {move || next_label(q.get(), total)}
                </button>
            </div>
            <StartOver ctx />
        </section>
    }
}

/// The radios of question `q`: the model's options, lowest first, then "Not sure". Each radio's
/// `checked` follows the saved answer.
fn radios(ctx: Ctx, model: &Model, q: usize) -> impl IntoView + use<> {
    let name = format!("cxm-q-{}", model.questions[q].id);
    let options = model.options(q).len();
    let labels = model.options(q).iter().map(|o| o.label.to_string()).chain(["Not sure".to_string()]);
    labels
        .enumerate()
        .map(|(k, label)| {
            let checked = move || ctx.progress.with(|p| p.answers.get(q).position(options)) == Some(k);
            let class = if k == options { "cxm-option cxm-option--unsure" } else { "cxm-option" };
            view! {
                <label class=class>
                    <input
                        type="radio"
                        name=name.clone()
                        value=k.to_string()
                        prop:checked=checked
                        on:change=move |_| ctx.answer(q, k)
                    />
                    <span class="cxm-option__key" aria-hidden="true">
                        {(k + 1).to_string()}
                    </span>
                    <span class="cxm-option__label">{label}</span>
                </label>
            }
        })
        .collect_view()
}
