//! One question at a time: where you are, the question as a radio group, and the way on.

use super::start_over::StartOver;
use super::state::Ctx;
use crate::core::answers::Answer;
use crate::core::model::Model;
use crate::report::screen::{keys_hint, next_label, question_place};
use leptos::prelude::*;
use std::sync::Arc;

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
    // The radios are rebuilt only when the number of options changes; from one question to the
    // next their labels and `checked` change in place.
    let choices = {
        let model = model.clone();
        Memo::new(move |_| model.options(q.get()).len() + 1)
    };
    let radios = {
        let model = model.clone();
        move || {
            let count = choices.get();
            (0..count).map(|k| choice(ctx, model.clone(), q, k, count)).collect_view()
        }
    };
    let hint = {
        let model = model.clone();
        move || keys_hint(model.options(q.get()).len() + 1).en()
    };
    view! {
        <section class="cxm-screen cxm-question" id="cxm-question" on:keydown=move |ev| ctx.key(&ev)>
            <h1 class="cxm-visually-hidden">{model.name.to_string()}</h1>
            <div class="cxm-progress">
                <p class="cxm-progress__label" id="cxm-progress-label">
                    {move || question_place(q.get(), total).en()}
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
                    {move || next_label(q.get(), total).en()}
                </button>
            </div>
            <StartOver ctx />
        </section>
    }
}

/// The radio at position `k` of `count` in the open question `q`: an option of the model (lowest
/// first), or "Not sure" after them. It is one group for every question, so moving on never moves
/// a radio between groups (which would uncheck an answer).
fn choice(ctx: Ctx, model: Arc<Model>, q: Memo<usize>, k: usize, count: usize) -> impl IntoView {
    let label = {
        let model = model.clone();
        move || model.options(q.get()).get(k).map_or_else(|| "Not sure".to_string(), |o| o.label.to_string())
    };
    let checked = move || {
        let q = q.get();
        ctx.progress.with(|p| p.answers.get(q).position(model.options(q).len())) == Some(k)
    };
    let class = if k + 1 == count { "cxm-option cxm-option--unsure" } else { "cxm-option" };
    view! {
        <label class=class>
            <input
                type="radio"
                name="cxm-answer"
                value=k.to_string()
                prop:checked=checked
                on:change=move |_| ctx.answer(q.get_untracked(), k)
            />
            <span class="cxm-option__key" aria-hidden="true">
                {(k + 1).to_string()}
            </span>
            <span class="cxm-option__label">{label}</span>
        </label>
    }
}
