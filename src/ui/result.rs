use super::{Ctx, Screen, StartOver, focus_on_mount, show_doc};
use crate::core::crosswalk::ladders_besides;
use crate::core::scoring::score;
use crate::report::{result_doc, result_title};
use leptos::prelude::*;

/// The scored result of the current model. Rendered once: nothing on this screen changes the
/// answers it shows. The body is a `report` document (see `report::doc` for why).
#[component]
pub fn ResultScreen() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let heading = NodeRef::<leptos::html::H1>::new();
    let body = NodeRef::<leptos::html::Div>::new();
    focus_on_mount(heading);

    let model = ctx.model_untracked();
    let answers = ctx.progress.with_untracked(|p| p.answers.clone());
    let outcome = score(&model, &answers);
    show_doc(body, result_doc(&model, &outcome, &answers, &ladders_besides(&model.id)));

    view! {
        <section class="cxm-screen cxm-result" aria-labelledby="cxm-result-title">
            <h1 id="cxm-result-title" tabindex="-1" node_ref=heading>{result_title(&model, &outcome)}</h1>
            <div node_ref=body></div>
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
        </section>
    }
}
