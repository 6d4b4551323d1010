use super::{Ctx, Screen, StartOver};
use crate::core::answers::Answer;
use crate::core::model::Model;
use crate::report::forms::question_doc;
use crate::web::dom;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

/// One question at a time, with progress, Back and Next. Keys: 1–N answer, Enter goes on.
#[component]
pub fn QuestionScreen() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    // Clamped, so the moment `current` moves past the last question (to the result) cannot index
    // out of range before this screen is gone.
    let current = Memo::new(move |_| ctx.progress.with(|p| p.current.min(p.answers.len().saturating_sub(1))));
    let total = move || ctx.model().questions.len();
    let answer = move || ctx.progress.with(|p| p.answers.get(current.get()));
    let body = NodeRef::<leptos::html::Div>::new();
    // A new question is drawn afresh and its heading focused, so screen readers announce it.
    Effect::new(move |_| {
        let q = current.get();
        let Some(el) = body.get() else { return };
        let model = ctx.model();
        let checked = ctx.progress.with_untracked(|p| position(&model, q, p.answers.get(q)));
        dom::show(&el, &question_doc(&model, q, checked));
        dom::focus(&el, "h2");
    });
    // Answers given by key (or restored) move the checked radio.
    Effect::new(move |_| {
        let checked = position(&ctx.model(), current.get(), answer());
        if let Some(el) = body.get() {
            dom::check_radio(&el, checked);
        }
    });

    let set_answer = move |a: Answer| ctx.progress.update(|p| p.answers.set(current.get_untracked(), a));
    let go = move |step: isize| {
        let last = total();
        let next = current.get_untracked() as isize + step;
        if next < 0 {
            ctx.screen.set(Screen::Intro);
            return;
        }
        let mut next = (next as usize).min(last);
        if next == last {
            // Only a complete set of answers is scored; otherwise go to the first open question.
            match ctx.progress.with_untracked(|p| p.answers.first_unanswered()) {
                Some(open) => next = open,
                None => ctx.screen.set(Screen::Result),
            }
        }
        ctx.progress.update(|p| p.current = next);
    };
    let on_key = move |ev: KeyboardEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let options = ctx.model_untracked().options(current.get_untracked()).len();
        let key = ev.key();
        if on_button(&ev) {
            return;
        }
        if let Some(n) = key.parse::<usize>().ok().filter(|n| (1..=options + 1).contains(n)) {
            ev.prevent_default();
            set_answer(if n == options + 1 { Answer::NotSure } else { Answer::Option((n - 1) as u8) });
        } else if key == "Enter" && answer() != Answer::Unanswered {
            ev.prevent_default();
            go(1);
        }
    };

    view! {
        <section class="cxm-screen cxm-question" on:keydown=on_key>
            <h1 class="cxm-visually-hidden">{move || ctx.model().name.to_string()}</h1>
            <div class="cxm-progress">
                <p class="cxm-progress__label" id="cxm-progress-label">
                    {move || format!("Question {} of {}", current.get() + 1, total())}
                    <span class="cxm-progress__dimension">
                        {move || {
                            let model = ctx.model();
                            model.dimensions[model.dimension_of(current.get())].name.clone()
                        }}
                    </span>
                </p>
                <progress
                    max=total
                    value=move || ctx.progress.with(|p| p.answers.answered())
                    aria-labelledby="cxm-progress-label"
                ></progress>
            </div>
            <div node_ref=body on:change=move |ev| {
                let n = ctx.model_untracked().options(current.get_untracked()).len();
                if let Some(k) = dom::radio_value(&ev) {
                    set_answer(if k >= n { Answer::NotSure } else { Answer::Option(k as u8) });
                }
            }></div>
            <div class="cxm-nav">
                <button type="button" class="cxm-button" on:click=move |_| go(-1)>"Back"</button>
                <button
                    type="button"
                    class="cxm-button cxm-button--primary"
                    disabled=move || answer() == Answer::Unanswered
                    on:click=move |_| go(1)
                >
                    {move || if current.get() + 1 == total() { "See my result" } else { "Next" }}
                </button>
            </div>
            <StartOver />
        </section>
    }
}

/// Where `answer` to question `q` sits in its radio group: options first, then "Not sure".
fn position(model: &Model, q: usize, answer: Answer) -> Option<usize> {
    match answer {
        Answer::Unanswered => None,
        Answer::NotSure => Some(model.options(q).len()),
        Answer::Option(i) => Some(i as usize),
    }
}

/// Keys on a button or link are theirs (Enter activates them; digits must not answer behind a
/// confirmation).
fn on_button(ev: &KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "BUTTON" | "A"))
}
