//! The live region: always on the page, so screen readers announce each notice put in it. Every
//! notice stays until it is dismissed, so a second problem never hides the first.

use super::state::Ctx;
use leptos::prelude::*;

#[component]
pub fn Notice(ctx: Ctx) -> impl IntoView {
    let notices = move || {
        ctx.notices
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, line)| {
                view! {
                    <div class="cxm-notice">
                        <p>{line}</p>
                        <button type="button" class="cxm-link" on:click=move |_| ctx.dismiss_notice(i)>
                            "Dismiss"
                        </button>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <div class="cxm-live" role="status">
            {notices}
        </div>
    }
}
