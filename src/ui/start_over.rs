use super::Ctx;
use crate::web::dom;
use leptos::prelude::*;

/// "Start over", which asks before it discards anything.
#[component]
pub fn StartOver() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let asking = RwSignal::new(false);
    // Focus follows the question: onto "Keep my answers" (the safe choice) when it is asked, and
    // back onto "Start over" when it is answered with Keep, instead of falling to the page.
    let root = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |before: Option<bool>| {
        let now = asking.get();
        if let (Some(before), Some(el)) = (before, root.get())
            && before != now
        {
            dom::focus(&el, if now { ".cxm-confirm .cxm-keep" } else { ".cxm-link" });
        }
        now
    });

    view! {
        <div class="cxm-start-over" node_ref=root>
            {move || if asking.get() {
                view! {
                    <div class="cxm-confirm" role="group" aria-labelledby="cxm-confirm-text">
                        <p id="cxm-confirm-text">
                            {move || {
                                let n = ctx.progress.with(|p| p.answers.answered());
                                format!("Discard your {n} answer{} and start again?", if n == 1 { "" } else { "s" })
                            }}
                        </p>
                        <button type="button" class="cxm-button cxm-button--danger" on:click=move |_| ctx.start_over()>
                            "Discard and start over"
                        </button>
                        <button type="button" class="cxm-button cxm-keep" on:click=move |_| asking.set(false)>
                            "Keep my answers"
                        </button>
                    </div>
                }
                    .into_any()
            } else {
                view! {
                    <button type="button" class="cxm-link" on:click=move |_| asking.set(true)>
                        "Start over"
                    </button>
                }
                    .into_any()
            }}
        </div>
    }
}
