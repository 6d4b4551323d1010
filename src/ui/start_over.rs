//! "Start over", which asks before it discards anything. Focus moves onto the safe choice when it
//! asks, and back to the link when the answers are kept.

use crate::i18n;
use crate::report::screen::discard_prompt;
use crate::ui::stores::{Stores, stores};
use crate::ui::words::Show;
use leptos::prelude::*;

#[component]
pub fn StartOver() -> impl IntoView {
    let Stores { session, nav, .. } = stores();
    let asking = RwSignal::new(false);
    // Whether focus belongs on what is drawn next (not when the screen is first drawn).
    let moved = StoredValue::new(false);
    let focus_when_drawn = move |el: &web_sys::HtmlElement| {
        if moved.get_value() {
            drop(el.focus());
        }
    };
    let ask = move |now: bool| {
        moved.set_value(true);
        asking.set(now);
    };
    let content = move || {
        if asking.get() {
            let keep = NodeRef::<leptos::html::Button>::new();
            keep.on_load(move |el| focus_when_drawn(&el));
            let prompt = move || discard_prompt(session.with(|p| p.answers.answered())).tr();
            view! {
                <div class="cxm-confirm" role="group" aria-labelledby="cxm-confirm-text">
                    <p id="cxm-confirm-text">{prompt}</p>
                    <button type="button" class="cxm-button cxm-button--danger" on:click=move |_| nav.start_over()>
                        {i18n::START_OVER_DISCARD.tr()}
                    </button>
                    <button type="button" class="cxm-button" node_ref=keep on:click=move |_| ask(false)>
                        {i18n::START_OVER_KEEP.tr()}
                    </button>
                </div>
            }
            .into_any()
        } else {
            let link = NodeRef::<leptos::html::Button>::new();
            link.on_load(move |el| focus_when_drawn(&el));
            view! {
                <button type="button" class="cxm-link" node_ref=link on:click=move |_| ask(true)>
                    {i18n::START_OVER_LINK.tr()}
                </button>
            }
            .into_any()
        }
    };
    view! { <div class="cxm-start-over">{content}</div> }
}
