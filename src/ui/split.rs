//! The code a first visit does not need. A release build splits the screens after the questions
//! (result, methodology, My results, comparison) into a wasm file of their own (wasm-split, run by
//! scripts/post-build.mjs), fetched as soon as the visitor leaves the intro. With them come the
//! default model's text that only they show (advice, descriptions, sources, benchmarks: the app
//! starts with `Model::for_asking`), the code that tells an embedding host of a completion, and
//! (in `browser::fetch`) the code that reads a fetched model. A debug build (`make serve`, the
//! browser tests) and the native build are not split: all of it is there from the start.
//!
//! A function that goes into that file is marked
//! `#[cfg_attr(split, wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible))]` and
//! called through `split_call!` (`src/lib.rs`). Leptos's own `#[lazy]` puts each function in a
//! file of its own and cannot fail, so it is not used: one file, and a screen that says when it
//! could not be fetched.

use super::env::Env;
use super::stores::models::Models;
use crate::core::catalog::DEFAULT;
use crate::core::embed::completion;
use crate::core::model::Model;
use leptos::prelude::*;
#[cfg(split)]
use leptos::wasm_split::{SplitLoaderError, wasm_split};
use std::future::Future;
use std::pin::Pin;

/// Whether the later screens' code is here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Not asked for yet.
    Idle,
    Loading,
    Ready,
    /// The last attempt failed (offline, say); asking again retries.
    Failed,
}

/// Readies the screens' own split function once the file is in (`ui::later::preload`), so a
/// later screen is built at once, in the same turn as the screen change.
pub type Preload = fn() -> Pin<Box<dyn Future<Output = Result<(), NotLoaded>>>>;

/// The later screens' code, for one app.
#[derive(Clone, Copy)]
pub struct LaterCode {
    status: RwSignal<Status>,
    models: Models,
    env: Env,
    preload: Preload,
}

impl LaterCode {
    pub fn new(models: Models, env: Env, preload: Preload) -> LaterCode {
        let start = if cfg!(split) { Status::Idle } else { Status::Ready };
        LaterCode { status: RwSignal::new(start), models, env, preload }
    }

    /// Whether it is here, on its way, failed or not asked for (tracked).
    pub fn status(&self) -> Status {
        self.status.get()
    }

    /// Whether it is here (untracked).
    pub fn is_ready(&self) -> bool {
        self.status.try_get_untracked() == Some(Status::Ready)
    }

    /// Fetches it unless it is here or on its way.
    pub fn fetch(&self) {
        if matches!(self.status.get_untracked(), Status::Ready | Status::Loading) {
            return;
        }
        self.status.set(Status::Loading);
        let later = *self;
        self.env.spawn(async move {
            match arrive(later.preload).await {
                Ok(whole) => {
                    later.models.replace(0, whole);
                    later.status.set(Status::Ready);
                }
                Err(NotLoaded) => later.status.set(Status::Failed),
            }
        });
    }
}

/// The default model as the app starts with it: in a release build, without the text only the
/// later screens show (`Model::for_asking`), which comes with them.
pub fn first_default() -> Model {
    #[cfg(split)]
    return crate::core::catalog::DEFAULT_FOR_ASKING.clone();
    #[cfg(not(split))]
    DEFAULT.clone()
}

/// The later screens' code could not be fetched.
pub struct NotLoaded;

#[cfg(split)]
impl From<SplitLoaderError> for NotLoaded {
    fn from(_: SplitLoaderError) -> NotLoaded {
        NotLoaded
    }
}

/// Fetches the split file and returns the whole default model, whose text is in it.
async fn arrive(preload: Preload) -> Result<Model, NotLoaded> {
    let whole = split_call!(whole_default())?;
    // Every split function has a loader of its own: the screens' is readied too (the file is in
    // by now).
    preload().await?;
    Ok(whole)
}

#[cfg_attr(split, wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible))]
fn whole_default() -> Result<Model, NotLoaded> {
    Ok(DEFAULT.clone())
}

/// Dispatches the `cx-maturity-complete` event for `answers` to `model` on `host`; `with_answers`
/// puts the answers in it (the host asked for them).
#[cfg_attr(split, wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible))]
pub fn tell_host(
    host: web_sys::HtmlElement,
    model: std::sync::Arc<Model>,
    answers: crate::core::answers::Answers,
    with_answers: bool,
) -> Result<(), NotLoaded> {
    let outcome = crate::core::scoring::score(&model, &answers);
    crate::browser::page::announce(&host, &completion(&model, &outcome, &answers, with_answers));
    Ok(())
}
