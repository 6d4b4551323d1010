//! The screens a visitor needs only after the questions: the result, the methodology, "My results"
//! and the comparison. A release build splits their code into a wasm file of its own (wasm-split,
//! run by scripts/post-build.mjs), so a first visit downloads only the intro and the questions;
//! that file is fetched as soon as the visitor leaves the intro, and while it is on its way the
//! screen says so. A debug build (`make serve`, the browser tests) is not split: the screens are
//! there from the start.

use super::state::{Ctx, Screen};
use super::{compare, history, method, result};
use leptos::prelude::*;

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
    leptos::task::spawn_local(async move {
        ctx.arrival.set(if split::preload().await.is_ok() { Arrival::Ready } else { Arrival::Failed });
    });
}

/// One of the later screens, or what stands in for it while its code is fetched.
#[component]
pub fn Later(ctx: Ctx, screen: Screen) -> impl IntoView {
    move || match ctx.arrival.get() {
        // Ready: the code is loaded, so the future is ready at once and the screen is built now.
        Arrival::Ready => {
            Suspend::new(async move { split::view(screen, ctx).await.unwrap_or_else(|_| failed(ctx)) }).into_any()
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
                "The browser could not download it, perhaps because the connection dropped. Your answers are kept. \
                 Check the connection and try again."
            </p>
            <div class="cxm-actions">
                <button type="button" class="cxm-button cxm-button--primary" on:click=move |_| fetch(ctx)>
                    "Try again"
                </button>
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
mod split {
    use super::{Ctx, NotLoaded, Screen};
    use leptos::prelude::AnyView;
    use leptos::wasm_split::{SplitLoaderError, wasm_split};

    impl From<SplitLoaderError> for NotLoaded {
        fn from(_: SplitLoaderError) -> NotLoaded {
            NotLoaded
        }
    }

    #[wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_later))]
    fn split_view(screen: Screen, ctx: Ctx) -> Result<AnyView, NotLoaded> {
        Ok(super::build(screen, ctx))
    }

    pub async fn preload() -> Result<(), NotLoaded> {
        Ok(load_later().await?)
    }

    pub async fn view(screen: Screen, ctx: Ctx) -> Result<AnyView, NotLoaded> {
        split_view(screen, ctx).await
    }
}

#[cfg(debug_assertions)]
mod split {
    use super::{Ctx, NotLoaded, Screen};
    use leptos::prelude::AnyView;

    pub async fn preload() -> Result<(), NotLoaded> {
        Ok(())
    }

    pub async fn view(screen: Screen, ctx: Ctx) -> Result<AnyView, NotLoaded> {
        Ok(super::build(screen, ctx))
    }
}
