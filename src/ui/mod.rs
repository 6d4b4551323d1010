//! The Leptos UI: one component per screen and per part of a screen, written with `view!`. Which
//! screen is on show is data (`screen::Screen`); the state lives in small stores provided through
//! context (`stores`), which components read fine-grained (answering a question updates that
//! group's radios and the progress, nothing else). What the result and methodology say comes from
//! `report` as plain data.

mod compare;
pub mod env;
mod host_model;
mod intro;
mod later;
mod method;
mod my_results;
mod notice;
mod question;
mod radar;
mod result;
pub mod screen;
pub mod split;
mod start_over;
pub mod stores;
mod team;
pub mod words;

use crate::browser::storage::Store;
use crate::core::catalog;
use env::{Embedded, Env};
use intro::Intro;
use leptos::prelude::*;
use screen::Screen;
use std::sync::Arc;
use stores::Stores;

pub use later::preload;

/// The whole app, in `env`, starting as the visitor left it (or on the share link in the page's
/// address). `take_focus`: whether the first screen's heading takes focus.
#[component]
pub fn App(store: Store, embedded: Option<Embedded>, take_focus: bool) -> impl IntoView {
    let wanted = embedded.as_ref().and_then(|e| e.config.model);
    let compact = embedded.as_ref().is_some_and(|e| e.config.compact);
    let is_embedded = embedded.is_some();
    let env = Env::new(store, embedded);
    let Stores { session, saved, nav, notices, models, lang, .. } =
        Stores::provide(env, Arc::new(split::first_default()), later::preload, take_focus);

    let remembered = env.store(stores::persist::chosen).flatten();
    let start = wanted.or_else(|| remembered.as_deref().and_then(catalog::index)).unwrap_or(0);
    // The default's own saved progress is read first, so nothing is saved over it while another
    // model is being fetched.
    session.choose(0);
    // A shared result in the address is what the visitor came to see: their own unfinished test
    // is kept, and offered from the intro afterwards, but not opened over it.
    // The host page's own model is the only one offered; a link is read once it is in, as the
    // link may be of it.
    let host = models.has_host_model();
    let link = nav.has_link();
    if host || !link || start != 0 {
        session.select(if host { stores::models::HOST } else { start }, false, move || {
            if host && link {
                nav.open_link();
            } else if !link {
                nav.resume_if_started();
            }
        });
    }
    // With thousands of saved results the intro is usable, with their number, long before they
    // are read.
    saved.open();
    if !host {
        nav.open_link();
    }
    // Another tab saved or deleted a result, or answered the same assessment: show the same here.
    let storage = window_event_listener(leptos::ev::storage, move |ev| {
        // No key: another tab cleared storage.
        let key = match ev.key() {
            None => None,
            Some(stored) => match env.store(|s| s.app_key(&stored)).flatten() {
                Some(key) => Some(key),
                // Not this app's (another widget's namespace, the host page's own data).
                None => return,
            },
        };
        if key.as_deref().is_none_or(|k| session.is_own_key(k)) {
            session.save();
        }
        saved.changed_elsewhere(key);
    });
    on_cleanup(move || storage.remove());
    // A link pasted into this tab's address bar opens like a fresh one (on the app's own page: a
    // widget leaves its host's address alone).
    if !is_embedded {
        let hash = window_event_listener(leptos::ev::hashchange, move |_| nav.open_link());
        on_cleanup(move || hash.remove());
        // The page's language picker (index.html): a pick is kept in this browser and spoken,
        // keeping every answer and the screen. A widget speaks its host's language and has none.
        let picked = window_event_listener(leptos::ev::change, move |ev| {
            if let Some(tag) = crate::browser::page::picked_language(&ev) {
                split_run!(env, stores::lang::picked(lang, tag));
            }
        });
        on_cleanup(move || picked.remove());
    }
    if env.store(Store::is_available) == Some(false) {
        notices.notify(crate::i18n::STORAGE_BLOCKED);
    }

    // A switch of language builds the screen on show again, in the new language: afresh, after a
    // moment with none (`Lang::rebuild`).
    let screen = move || {
        if lang.track() {
            return ().into_any();
        }
        nav.with(|screen| match screen {
            Screen::Intro => view! { <Intro /> }.into_any(),
            Screen::Question => view! { <question::QuestionScreen /> }.into_any(),
            later => {
                let screen = later.clone();
                view! { <later::LaterScreen screen /> }.into_any()
            }
        })
    };
    view! {
        // English until another language's file is read: the page's `<html lang>` says so, or a
        // widget's box (embed/cx-maturity.js); `Lang::switch` sets `lang` and `dir` here then.
        <div class="cxm" class:cxm--embedded=is_embedded class:cxm--compact=compact node_ref=env.root>
            <notice::Notice />
            {screen}
        </div>
    }
}

/// The app's root holding the intro as a first visit sees it, marked as a prerendered copy: the
/// app replaces it when it starts, and the page's loader (templates/start.js) carries over what
/// the visitor did there. Rendered natively into the release page (`entry::prerender_intro`),
/// with the stores provided.
pub fn prerendered() -> impl IntoView {
    view! {
        <div class="cxm" data-cxm-prerendered="">
            <notice::Notice />
            <Intro />
        </div>
    }
}
