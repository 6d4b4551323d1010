use super::{Ctx, Screen, focus_on_mount};
use crate::core::catalog::CATALOG;
use crate::report::method_doc;
use leptos::prelude::*;

/// "How this is scored": every model's rules and sources, the one being taken first.
#[component]
pub fn Methodology() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let heading = NodeRef::<leptos::html::H1>::new();
    let body = NodeRef::<leptos::html::Div>::new();
    focus_on_mount(heading);
    let chosen = ctx.chosen.get_untracked();
    for i in 0..CATALOG.len() {
        leptos::task::spawn_local(async move {
            ctx.load(i).await;
        });
    }
    // The page is shown once every model is in (or could not be fetched, which says so).
    Effect::new(move |_| {
        let Some(el) = body.get() else { return };
        let all_in = ctx.models.with(|m| m.iter().all(Option::is_some));
        let doc = ctx.models.with(|ms| {
            let loaded = |i: usize| ms[i].as_deref();
            method_doc(loaded(chosen).into_iter().chain((0..ms.len()).filter(|&i| i != chosen).filter_map(loaded)))
        });
        if all_in || ctx.notice.with(Option::is_some) {
            crate::web::dom::show(&el, &doc);
        }
    });
    let back = move |_| {
        ctx.screen.set(if ctx.finished() { Screen::Result } else { Screen::Intro });
    };

    view! {
        <section class="cxm-screen cxm-methodology" aria-labelledby="cxm-method-title">
            <h1 id="cxm-method-title" tabindex="-1" node_ref=heading>"How this is scored"</h1>
            <button type="button" class="cxm-button" on:click=back>"Back"</button>
            <div node_ref=body><p class="cxm-muted">"Loading the models…"</p></div>
            <button type="button" class="cxm-button" on:click=back>"Back"</button>
        </section>
    }
}
