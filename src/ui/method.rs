use super::{Ctx, Screen, focus_on_mount, show_doc};
use crate::report::method_doc;
use leptos::prelude::*;

/// "How this is scored": every model's rules and sources, the one being taken first.
#[component]
pub fn Methodology() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let heading = NodeRef::<leptos::html::H2>::new();
    let body = NodeRef::<leptos::html::Div>::new();
    focus_on_mount(heading);
    let chosen = ctx.chosen.get_untracked();
    let doc = ctx.models.with_value(|ms| {
        method_doc(std::iter::once(&*ms[chosen]).chain(ms.iter().enumerate().filter(|(i, _)| *i != chosen).map(|(_, m)| &**m)))
    });
    show_doc(body, doc);
    let back = move |_| {
        let finished = ctx.progress.with_untracked(|p| p.answers.is_complete() && p.current >= p.answers.len());
        ctx.screen.set(if finished { Screen::Result } else { Screen::Intro });
    };

    view! {
        <section class="cxm-screen cxm-methodology" aria-labelledby="cxm-method-title">
            <h2 id="cxm-method-title" tabindex="-1" node_ref=heading>"How this is scored"</h2>
            <button type="button" class="cxm-button" on:click=back>"Back"</button>
            <div node_ref=body></div>
            <button type="button" class="cxm-button" on:click=back>"Back"</button>
        </section>
    }
}
