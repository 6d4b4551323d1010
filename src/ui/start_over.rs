use super::Ctx;
use leptos::prelude::*;

/// "Start over", which asks before it discards anything.
#[component]
pub fn StartOver() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let asking = RwSignal::new(false);
    let keep = NodeRef::<leptos::html::Button>::new();
    super::focus_on_mount(keep);
    // After "Keep my answers", focus returns to "Start over" instead of falling to the page.
    let start = NodeRef::<leptos::html::Button>::new();
    let refocus = RwSignal::new(false);
    Effect::new(move |_| {
        // The button is drawn anew each time; wait for the one in the page.
        if let Some(el) = start.get()
            && refocus.get()
            && el.is_connected()
        {
            refocus.set(false);
            drop(el.focus());
        }
    });

    view! {
        <div class="cxm-start-over">
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
                        <button type="button" class="cxm-button" node_ref=keep on:click=move |_| {
                            refocus.set(true);
                            asking.set(false);
                        }>
                            "Keep my answers"
                        </button>
                    </div>
                }
                    .into_any()
            } else {
                view! {
                    <button type="button" class="cxm-link" node_ref=start on:click=move |_| asking.set(true)>
                        "Start over"
                    </button>
                }
                    .into_any()
            }}
        </div>
    }
}
