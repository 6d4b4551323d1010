//! One question at a time: where you are, the question as a radio group, and the way on.

use super::start_over::StartOver;
use crate::core::answers::Answer;
use crate::core::model::Model;
use crate::i18n;
use crate::report::screen::{keys_hint, next_label, question_place};
use crate::ui::stores::nav::Nav;
use crate::ui::stores::session::Session;
use crate::ui::stores::{Stores, stores};
use crate::ui::words::Show;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

#[component]
pub fn QuestionScreen() -> impl IntoView {
    let Stores { session, nav, .. } = stores();
    let model = session.model();
    let total = model.questions.len();
    // Read by the label, the radio group and the Next button.
    let q = Memo::new(move |_| session.with(|p| p.open_question()));
    let unanswered = move || session.with(|p| p.answers.get(q.get()) == Answer::Unanswered);
    // The heading stays from one question to the next: each new question gives it focus again.
    let Stores { focus, .. } = stores();
    let heading = focus.heading::<leptos::html::H2>();
    Effect::watch(move || q.get(), move |_, _, _| focus.back(), false);
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
            (0..count).map(|k| choice(session, model.clone(), q, k, count)).collect_view()
        }
    };
    let hint = {
        let model = model.clone();
        move || keys_hint(model.options(q.get()).len() + 1).tr()
    };
    view! {
        <section class="cxm-screen cxm-question" id="cxm-question" on:keydown=move |ev| key(&ev, session, nav, q.get_untracked())>
            <h1 class="cxm-visually-hidden">{model.name.to_string()}</h1>
            <div class="cxm-progress">
                <p class="cxm-progress__label" id="cxm-progress-label">
                    {move || question_place(q.get(), total).tr()}
                    <span class="cxm-progress__dimension">{dimension}</span>
                </p>
                <progress
                    max=total.to_string()
                    value=move || session.with(|p| p.answers.answered()).to_string()
                    aria-labelledby="cxm-progress-label"
                ></progress>
            </div>
            // The group and its heading stay from one question to the next (only the prompt and
            // the radios change), so focus on the heading, and keys typed there, are never lost.
            <fieldset class="cxm-options">
                <legend>
                    <h2 tabindex="-1" node_ref=heading>
                        {prompt}
                    </h2>
                </legend>
                {radios}
            </fieldset>
            <p class="cxm-hint">{hint}</p>
            <div class="cxm-nav">
                <button type="button" class="cxm-button" on:click=move |_| nav.go(-1)>
                    {i18n::NAV_BACK.tr()}
                </button>
                <button
                    type="button"
                    class="cxm-button cxm-button--primary"
                    disabled=unanswered
                    on:click=move |_| nav.go(1)
                >
                    {move || next_label(q.get(), total).tr()}
                </button>
            </div>
            <StartOver />
        </section>
    }
}

/// The radio at position `k` of `count` in the open question `q`: an option of the model (lowest
/// first), or "Not sure" after them. It is one group for every question, so moving on never moves
/// a radio between groups (which would uncheck an answer).
fn choice(session: Session, model: Arc<Model>, q: Memo<usize>, k: usize, count: usize) -> impl IntoView {
    let label = {
        let model = model.clone();
        move || model.options(q.get()).get(k).map_or_else(|| i18n::RESULT_NOT_SURE.tr(), |o| o.label.to_string())
    };
    let checked = move || {
        let q = q.get();
        session.with(|p| p.answers.get(q).position(model.options(q).len())) == Some(k)
    };
    let class = if k + 1 == count { "cxm-option cxm-option--unsure" } else { "cxm-option" };
    view! {
        <label class=class>
            <input
                type="radio"
                name="cxm-answer"
                value=k.to_string()
                prop:checked=checked
                on:change=move |_| session.answer(q.get_untracked(), k)
            />
            <span class="cxm-option__key" aria-hidden="true">
                {(k + 1).to_string()}
            </span>
            <span class="cxm-option__label">{label}</span>
        </label>
    }
}

/// Keys on question `q`: 1–N answer, Enter goes on once answered. Keys on a button or link are
/// theirs (Enter activates them; digits must not answer behind a confirmation).
fn key(ev: &web_sys::KeyboardEvent, session: Session, nav: Nav, q: usize) {
    if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
        return;
    }
    let on_button = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "BUTTON" | "A"));
    if on_button {
        return;
    }
    let options = session.model().options(q).len();
    let key = ev.key();
    if let Some(n) = key.parse::<usize>().ok().filter(|n| (1..=options + 1).contains(n)) {
        ev.prevent_default();
        session.answer(q, n - 1);
    } else if key == "Enter" && session.is_answered(q) {
        ev.prevent_default();
        nav.go(1);
    }
}
