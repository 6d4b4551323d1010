//! The screens a visitor needs only after the questions: the result, the methodology, "My results"
//! and the comparison. A release build splits their code into a wasm file of its own (wasm-split,
//! run by scripts/post-build.mjs), so a first visit downloads only the intro and the questions;
//! that file is fetched as soon as the visitor leaves the intro, and while it is on its way the
//! screen says so. The default model's text that only these screens show (advice, descriptions,
//! sources, benchmarks) is in that file too: the app starts with `Model::for_asking` and gets the
//! whole model when the file arrives. So is the code that tells an embedding host of a completion
//! (`announce`), and, in `web::fetch`, the code that reads a fetched model. A debug build
//! (`make serve`, the browser tests) is not split: all of it is there from the start.

use super::state::{Ctx, Screen, Untold};
use super::{compare, history, method, result};
use crate::core::catalog::DEFAULT;
use crate::core::embed::completion;
use crate::core::model::Model;
use leptos::prelude::*;
#[cfg(not(debug_assertions))]
use leptos::wasm_split::{SplitLoaderError, wasm_split};
use std::sync::Arc;

/// Whether the later screens' code is here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrival {
    /// Not asked for yet.
    Idle,
    Loading,
    Ready,
    /// The last attempt failed (offline, say); asking again retries.
    Failed,
}

impl Arrival {
    /// Where a fresh app starts.
    pub const START: Arrival = if cfg!(debug_assertions) { Arrival::Ready } else { Arrival::Idle };
}

/// Fetches the later screens' code unless it is here or on its way.
pub fn fetch(ctx: Ctx) {
    if matches!(ctx.arrival.get_untracked(), Arrival::Ready | Arrival::Loading) {
        return;
    }
    ctx.arrival.set(Arrival::Loading);
    ctx.spawn(async move {
        match arrive().await {
            Ok(whole) => {
                ctx.models.update(|m| m[0] = Some(Arc::new(whole)));
                ctx.arrival.set(Arrival::Ready);
                tell_host(ctx);
            }
            Err(NotLoaded) => ctx.arrival.set(Arrival::Failed),
        }
    });
}

/// Tells the embedding host that a test was completed: the `cx-maturity-complete` event, whose
/// detail is the scored result made into a JavaScript value by serde-wasm-bindgen. That is code
/// in the split file, which is normally in by the last answer; if not, the completion waits for
/// it, however it arrives.
pub fn announce(ctx: Ctx, completed: Untold) {
    ctx.untold.update_value(|untold| untold.push(completed));
    if ctx.arrival.get_untracked() == Arrival::Ready {
        tell_host(ctx);
    } else {
        fetch(ctx);
    }
}

fn tell_host(ctx: Ctx) {
    let untold = ctx.untold.try_update_value(std::mem::take).unwrap_or_default();
    let Some((host, with_answers)) =
        ctx.embedded.with_value(|e| e.as_ref().map(|e| (e.host.clone(), e.config.share_answers)))
    else {
        return;
    };
    for told in untold {
        let host = host.clone();
        ctx.spawn(async move {
            // Ready: the split file is in, so this cannot fail to load it.
            let _ = split_call!(tell_one(host, told, with_answers));
        });
    }
}

/// The default model as the app starts with it: in a release build, without the text only the
/// later screens show (`Model::for_asking`), which comes with them.
pub fn first_default() -> Model {
    #[cfg(not(debug_assertions))]
    return crate::core::catalog::DEFAULT_FOR_ASKING.clone();
    #[cfg(debug_assertions)]
    DEFAULT.clone()
}

/// One of the later screens, or what stands in for it while its code is fetched.
#[component]
pub fn Later(ctx: Ctx, screen: Screen) -> impl IntoView {
    move || match ctx.arrival.get() {
        // Ready: the code is loaded, so the future is ready at once and the screen is built now.
        Arrival::Ready => {
            Suspend::new(async move { split_call!(view(screen, ctx)).unwrap_or_else(|_| failed(ctx)) }).into_any()
        }
        Arrival::Failed => failed(ctx),
        Arrival::Idle | Arrival::Loading => view! {
            <section class="cxm-screen cxm-later" aria-labelledby="cxm-later-title">
                <h1 id="cxm-later-title" tabindex="-1">"Loading…"</h1>
            </section>
        }
        .into_any(),
    }
}

fn failed(ctx: Ctx) -> AnyView {
    view! {
        <section class="cxm-screen cxm-later" aria-labelledby="cxm-later-title">
            <h1 id="cxm-later-title" tabindex="-1">"This part of the app did not load"</h1>
            <p>
                "The browser could not download it. Your answers are kept. If the connection dropped, check it and \
                 try again. If it keeps failing, a newer version of this app has probably been published since the \
                 page was opened: reload the page to get it."
            </p>
            <div class="cxm-actions">
                <button type="button" class="cxm-button cxm-button--primary" on:click=move |_| fetch(ctx)>
                    "Try again"
                </button>
                {(!ctx.is_embedded())
                    .then(|| {
                        view! {
                            <button type="button" class="cxm-button" on:click=move |_| crate::web::page::reload()>
                                "Reload the page"
                            </button>
                        }
                    })}
                <button type="button" class="cxm-button" on:click=move |_| ctx.screen.set(Screen::Intro)>
                    "Back to the start"
                </button>
            </div>
        </section>
    }
    .into_any()
}

/// The later screens themselves; everything only they use goes into the split file with them.
fn build(screen: Screen, ctx: Ctx) -> AnyView {
    match screen {
        Screen::Result => view! { <result::ResultScreen ctx /> }.into_any(),
        Screen::Method => view! { <method::Method ctx /> }.into_any(),
        Screen::History => view! { <history::History ctx /> }.into_any(),
        Screen::Compare => view! { <compare::Compare ctx /> }.into_any(),
        // Built by `app` itself, never here.
        Screen::Intro | Screen::Question => ().into_any(),
    }
}

/// The later screens' code could not be fetched.
pub struct NotLoaded;

#[cfg(not(debug_assertions))]
impl From<SplitLoaderError> for NotLoaded {
    fn from(_: SplitLoaderError) -> NotLoaded {
        NotLoaded
    }
}

/// Fetches the split file and returns the whole default model, whose text is in it.
async fn arrive() -> Result<Model, NotLoaded> {
    let whole = split_call!(whole_default())?;
    // Every split function has a loader of its own: readying `view`'s too (the file is in by now)
    // lets a later screen be built at once, in the same turn as the screen change.
    #[cfg(not(debug_assertions))]
    load_view().await?;
    Ok(whole)
}

#[cfg_attr(not(debug_assertions), wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible))]
fn whole_default() -> Result<Model, NotLoaded> {
    Ok(DEFAULT.clone())
}

/// Dispatches the `cx-maturity-complete` event for `told` on `host`.
#[cfg_attr(not(debug_assertions), wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible))]
fn tell_one(host: web_sys::HtmlElement, told: Untold, with_answers: bool) -> Result<(), NotLoaded> {
    let Untold { model, answers } = told;
    let outcome = crate::core::scoring::score(&model, &answers);
    crate::web::page::announce(&host, &completion(&model, &outcome, &answers, with_answers));
    Ok(())
}

#[cfg_attr(
    not(debug_assertions),
    wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_view))
)]
fn view(screen: Screen, ctx: Ctx) -> Result<AnyView, NotLoaded> {
    Ok(build(screen, ctx))
}
