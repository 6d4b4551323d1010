//! The live region: always on the page, so screen readers announce each notice put in it. Every
//! notice stays until it is dismissed, so a second problem never hides the first.

use crate::i18n;
use crate::ui::stores::{Stores, stores};
use crate::ui::words::Show;
use leptos::prelude::*;

#[component]
pub fn Notice() -> impl IntoView {
    let Stores { notices, focus, lang, .. } = stores();
    let lines = move || {
        let _blank = lang.track();
        notices
            .lines()
            .into_iter()
            .enumerate()
            .map(|(i, line)| {
                // The button goes away with its notice: focus goes back to the screen's heading.
                let dismiss = move |_| {
                    notices.dismiss(i);
                    focus.back();
                };
                view! {
                    <div class="cxm-notice">
                        <p>{line.tr()}</p>
                        <button type="button" class="cxm-link" on:click=dismiss>
                            {i18n::NOTICES_DISMISS.tr()}
                        </button>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <div class="cxm-live" role="status">
            {lines}
        </div>
    }
}
