//! The live region: always on the page, so screen readers announce the one-line notice put in it.

use super::state::Ctx;
use leptos::prelude::*;

#[component]
pub fn Notice(ctx: Ctx) -> impl IntoView {
    let notice = move || {
        ctx.notice.get().map(|line| {
            view! {
                <div class="cxm-notice">
                    <p>{line}</p>
                    <button type="button" class="cxm-link" on:click=move |_| ctx.dismiss_notice()>
                        "Dismiss"
                    </button>
                </div>
            }
        })
    };
    view! {
        <div class="cxm-live" role="status">
            {notice}
        </div>
    }
}
