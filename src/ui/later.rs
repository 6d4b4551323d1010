//! The screens a visitor needs only after the questions: the result, the methodology, My results,
//! the comparison and the team view. A release build puts their code in the split file (`ui::split`); while it
//! is on its way the screen says so, and if it cannot be fetched, says that and offers to retry.

use super::screen::Screen;
use super::split::NotLoaded;
use super::stores::later_code::Status;
use super::{compare, method, my_results, result, team};
use crate::i18n;
use crate::ui::stores::{Stores, stores};
use crate::ui::words::Show;
use leptos::prelude::*;
#[cfg(split)]
use leptos::wasm_split::wasm_split;
use std::future::Future;
use std::pin::Pin;

/// One of the later screens, or what stands in for it while its code is fetched.
#[component]
pub fn LaterScreen(screen: Screen) -> impl IntoView {
    let Stores { later, .. } = stores();
    move || {
        let screen = screen.clone();
        match later.status() {
            // Ready: the code is loaded, so the future is ready at once and the screen is built now.
            Status::Ready => {
                Suspend::new(async move { split_call!(view(screen)).unwrap_or_else(|_| failed()) }).into_any()
            }
            Status::Failed => failed(),
            Status::Idle | Status::Loading => loading(),
        }
    }
}

fn loading() -> AnyView {
    let heading = stores().focus.heading::<leptos::html::H1>();
    view! {
        <section class="cxm-screen cxm-later" aria-labelledby="cxm-later-title">
            <h1 id="cxm-later-title" tabindex="-1" node_ref=heading>
                {i18n::SCREEN_LOADING.tr()}
            </h1>
        </section>
    }
    .into_any()
}

fn failed() -> AnyView {
    let Stores { later, nav, env, focus, .. } = stores();
    let heading = focus.heading::<leptos::html::H1>();
    view! {
        <section class="cxm-screen cxm-later" aria-labelledby="cxm-later-title">
            <h1 id="cxm-later-title" tabindex="-1" node_ref=heading>
                {i18n::LATER_FAILED_TITLE.tr()}
            </h1>
            <p>{i18n::LATER_FAILED_TEXT.tr()}</p>
            <div class="cxm-actions">
                <button type="button" class="cxm-button cxm-button--primary" on:click=move |_| later.fetch()>
                    {i18n::LATER_RETRY.tr()}
                </button>
                {(!env.is_embedded())
                    .then(|| {
                        view! {
                            <button type="button" class="cxm-button" on:click=move |_| crate::browser::page::reload()>
                                {i18n::LATER_RELOAD.tr()}
                            </button>
                        }
                    })}
                <button type="button" class="cxm-button" on:click=move |_| nav.show(Screen::Intro)>
                    {i18n::NAV_BACK_TO_START.tr()}
                </button>
            </div>
        </section>
    }
    .into_any()
}

/// The later screens themselves; everything only they use goes into the split file with them.
#[cfg_attr(split, wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_view)))]
fn view(screen: Screen) -> Result<AnyView, NotLoaded> {
    Ok(match screen {
        Screen::Result(shown) => view! { <result::ResultScreen shown /> }.into_any(),
        Screen::Method { .. } => view! { <method::Method /> }.into_any(),
        Screen::MyResults => view! { <my_results::MyResults /> }.into_any(),
        Screen::Compare { earlier, later } => view! { <compare::Compare earlier later /> }.into_any(),
        Screen::Team(start) => view! { <team::TeamScreen start /> }.into_any(),
        Screen::TeamCompare { earlier, later } => view! { <team::TeamCompare earlier later /> }.into_any(),
        // Built by the app itself, never here.
        Screen::Intro | Screen::Question => ().into_any(),
    })
}

/// Readies `view` once the split file is in (`split::Preload`).
pub fn preload() -> Pin<Box<dyn Future<Output = Result<(), NotLoaded>>>> {
    Box::pin(async {
        #[cfg(split)]
        load_view().await?;
        Ok(())
    })
}
