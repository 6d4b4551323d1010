//! The Leptos UI: one component per screen and per part of a screen, written with `view!`. The
//! state is a bundle of signals (`state::Ctx`); components read it fine-grained (answering a
//! question updates that group's radios and the progress, nothing else) and change it from their
//! own `on:` handlers. What the result and methodology say comes from `report` as plain structs.

mod compare;
mod history;
mod intro;
mod later;
mod method;
mod notice;
mod persist;
mod question;
mod radar;
mod result;
mod start_over;
mod state;

use crate::core::catalog;
use crate::core::embed::WidgetConfig;
use crate::web::storage::Store;
use later::Arrival;
use leptos::mount::UnmountHandle;
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use state::{Ctx, Screen};
use std::sync::Arc;

pub use persist::progress_key;

/// The app embedded in a host page's `<cx-maturity>` element.
pub struct Embedded {
    /// The element, which the completion event is dispatched on.
    pub host: web_sys::HtmlElement,
    pub config: WidgetConfig,
    /// The folder the widget's files are in, ending in `/`.
    pub assets: String,
}

/// Mounts the app into `el`: on its own page (`embedded` is `None`) or inside a host page's
/// element. Both go through this one function, so the release build has one copy of mounting.
/// With `take_focus`, the first screen's heading gets focus on opening. Dropping the handle
/// takes the app out again.
pub fn mount(el: web_sys::HtmlElement, embedded: Option<Embedded>, take_focus: bool) -> UnmountHandle<AnyViewState> {
    leptos::mount::mount_to(el, move || app(embedded, take_focus).into_any())
}

fn app(embedded: Option<Embedded>, take_focus: bool) -> impl IntoView {
    let namespace = embedded.as_ref().and_then(|e| e.config.namespace.clone());
    let wanted = embedded.as_ref().and_then(|e| e.config.model);
    let compact = embedded.as_ref().is_some_and(|e| e.config.compact);
    let is_embedded = embedded.is_some();
    let ctx = Ctx::new(Arc::new(later::first_default()), Store::open(namespace), embedded);
    let saved = ctx.store.with_value(persist::chosen);
    let start = wanted.or_else(|| saved.as_deref().and_then(catalog::index)).unwrap_or(0);
    // A shared result in the address is what the visitor came to see: their own unfinished test
    // is kept, and offered from the intro afterwards, but not opened over it.
    let resume = !ctx.has_link();
    // The default's own saved progress is read first, so nothing is saved over it while another
    // model is being fetched.
    ctx.choose(0);
    if start == 0 {
        if resume {
            ctx.resume_if_started();
        }
    } else {
        ctx.select(start, resume, false);
    }
    // The saved results are counted by their keys now and read once the first screen is drawn:
    // with thousands of them, the intro is usable, with their number, long before they are read.
    ctx.count_results();
    set_timeout(move || ctx.reload_results(), std::time::Duration::ZERO);
    ctx.open_link();
    // Another tab saved or deleted a result, or answered the same assessment: show the same here.
    let storage = window_event_listener(leptos::ev::storage, move |ev| {
        let key = ev.key();
        if let Some(key) = ctx.store.with_value(|s| match &key {
            None => Some(None),
            Some(k) => s.app_key(k).map(Some),
        }) {
            ctx.changed_elsewhere(key);
        }
    });
    on_cleanup(move || storage.remove());
    // A link pasted into this tab's address bar opens like a fresh one (on the app's own page: a
    // widget leaves its host's address alone).
    if !is_embedded {
        let hash = window_event_listener(leptos::ev::hashchange, move |_| ctx.open_link());
        on_cleanup(move || hash.remove());
    }
    if !ctx.store.with_value(Store::is_available) {
        ctx.notify(crate::i18n::Text::from(crate::i18n::STORAGE_BLOCKED).en());
    }

    // The one save path: whenever the progress or the chosen model changes (not when another
    // model is loaded). Not on opening: nothing is written until the user does something.
    Effect::new(move |opened: Option<()>| {
        ctx.chosen.track();
        ctx.progress.track();
        if opened.is_some() {
            untrack(|| ctx.save_progress());
        }
    });

    // A new screen or question gets focus on its heading, so screen readers announce it and
    // keyboard users start from its top; "Start over" moves focus onto its safe choice, and back
    // when that is taken. On opening, focus is left where it is unless `take_focus`.
    Effect::new(move |before: Option<(Screen, usize, Option<Arrival>, bool)>| {
        let screen = ctx.screen.get();
        let question = if screen == Screen::Question { ctx.progress.with(|p| p.open_question()) } else { 0 };
        // A later screen whose code arrives replaces its "Loading…" heading: focus the new one.
        let arrival = screen.is_later().then(|| ctx.arrival.get());
        let at = (screen, question, arrival, ctx.asking.get());
        match before {
            Some((s, q, a, asking)) if (s, q, a) == (at.0, at.1, at.2) => {
                if asking != at.3 {
                    ctx.focus(if at.3 { ".cxm-confirm .cxm-keep" } else { ".cxm-start-over .cxm-link" });
                }
            }
            None if !take_focus => {}
            _ => ctx.focus("section [tabindex='-1']"),
        }
        at
    });

    // The screens after the questions are fetched as soon as the visitor leaves the intro, so
    // they are here when the last answer is given.
    Effect::new(move || {
        if ctx.screen.get() != Screen::Intro {
            later::fetch(ctx);
        }
    });

    let screen = move || match ctx.screen.get() {
        Screen::Intro => view! { <intro::Intro ctx /> }.into_any(),
        Screen::Question => view! { <question::QuestionScreen ctx /> }.into_any(),
        screen => view! { <later::Later ctx screen /> }.into_any(),
    };
    view! {
        <div
            class="cxm"
            class:cxm--embedded=is_embedded
            class:cxm--compact=compact
            node_ref=ctx.root
        >
            <notice::Notice ctx />
            {screen}
        </div>
    }
}
