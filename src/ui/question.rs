use super::{Ctx, Screen, StartOver, focus_on_mount};
use crate::core::answers::Answer;
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
    let heading = NodeRef::<leptos::html::H2>::new();
    focus_on_mount(heading);

    let set_answer = move |a: Answer| ctx.progress.update(|p| p.answers.set(current.get_untracked(), a));
    let go = move |step: isize| {
        let last = total();
        let next = current.get_untracked() as isize + step;
        if next < 0 {
            ctx.screen.set(Screen::Intro);
            return;
        }
        let next = (next as usize).min(last);
        if next == last {
            ctx.screen.set(Screen::Result);
        }
        ctx.progress.update(|p| p.current = next);
    };
    let on_key = move |ev: KeyboardEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let options = ctx.model_untracked().options(current.get_untracked()).len();
        let key = ev.key();
        if let Some(n) = key.parse::<usize>().ok().filter(|n| (1..=options + 1).contains(n)) {
            ev.prevent_default();
            set_answer(if n == options + 1 { Answer::NotSure } else { Answer::Option((n - 1) as u8) });
        } else if key == "Enter" && !on_button(&ev) && answer() != Answer::Unanswered {
            ev.prevent_default();
            go(1);
        }
    };

    view! {
        <section class="cxm-screen cxm-question" on:keydown=on_key>
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
            {move || {
                let q = current.get();
                let model = ctx.model();
                let question = &model.questions[q];
                let name = format!("cxm-q-{}", question.id);
                let options = model.options(q);
                let n = options.len();
                let choices = options
                    .iter()
                    .enumerate()
                    .map(|(i, o)| (Answer::Option(i as u8), o.label.clone()))
                    .chain([(Answer::NotSure, std::borrow::Cow::Borrowed("Not sure"))])
                    .enumerate()
                    .map(|(k, (value, label))| {
                        view! {
                            <label class="cxm-option" class:cxm-option--unsure=value == Answer::NotSure>
                                <input
                                    type="radio"
                                    name=name.clone()
                                    prop:checked=move || answer() == value
                                    on:change=move |_| set_answer(value)
                                />
                                <span class="cxm-option__key" aria-hidden="true">{k + 1}</span>
                                <span class="cxm-option__label">{label}</span>
                            </label>
                        }
                    })
                    .collect_view();
                view! {
                    <fieldset class="cxm-options">
                        <legend>
                            <h2 tabindex="-1" node_ref=heading>{question.prompt.clone()}</h2>
                        </legend>
                        {choices}
                    </fieldset>
                    <p class="cxm-hint">{format!("Keys 1–{} answer; Enter goes to the next question.", n + 1)}</p>
                }
            }}
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

/// Enter on a button or link already activates it.
fn on_button(ev: &KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "BUTTON" | "A"))
}
