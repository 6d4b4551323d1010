//! "Start over", which asks before it discards anything.

use super::state::Ctx;
use crate::report::screen::discard_prompt;
use leptos::prelude::*;

#[component]
pub fn StartOver(ctx: Ctx) -> impl IntoView {
    let content = move || {
        if ctx.asking.get() {
            let prompt = move || discard_prompt(ctx.progress.with(|p| p.answers.answered())).en();
            view! {
                <div class="cxm-confirm" role="group" aria-labelledby="cxm-confirm-text">
                    <p id="cxm-confirm-text">{prompt}</p>
                    <button type="button" class="cxm-button cxm-button--danger" on:click=move |_| ctx.start_over()>
                        "Discard and start over"
                    </button>
                    <button type="button" class="cxm-button cxm-keep" on:click=move |_| ctx.asking.set(false)>
                        "Keep my answers"
                    </button>
                </div>
            }
            .into_any()
        } else {
            view! {
                <button type="button" class="cxm-link" on:click=move |_| ctx.asking.set(true)>
                    "Start over"
                </button>
            }
            .into_any()
        }
    };
    view! { <div class="cxm-start-over">{content}</div> }
}
