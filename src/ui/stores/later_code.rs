//! Whether the code of the screens after the questions is here (`ui::split`): fetched as soon as
//! the visitor leaves the intro, and asked for again after a failure.

use super::models::Models;
use crate::ui::env::Env;
use crate::ui::split::NotLoaded;
use leptos::prelude::*;
#[cfg(split)]
use leptos::wasm_split::wasm_split;
use std::future::Future;
use std::pin::Pin;

/// Readies the screens' own split function once the file is in (`ui::later::preload`), so a
/// later screen is built at once, in the same turn as the screen change.
pub type Preload = fn() -> Pin<Box<dyn Future<Output = Result<(), NotLoaded>>>>;

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
            match arrive(later.models, later.preload).await {
                Ok(()) => later.status.set(Status::Ready),
                Err(NotLoaded) => later.status.set(Status::Failed),
            }
        });
    }
}

/// Fetches the split file and gives `models` the whole default model, whose text is in it.
async fn arrive(models: Models, preload: Preload) -> Result<(), NotLoaded> {
    split_call!(whole_default(models))?.await;
    // Every split function has a loader of its own: the screens' is readied too (the file is in
    // by now).
    preload().await?;
    Ok(())
}

/// Giving `models` the whole default model, whose text is in the split file (in another
/// language, with its translation fetched), as a task.
#[cfg_attr(split, wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible))]
fn whole_default(models: Models) -> Result<Pin<Box<dyn Future<Output = ()>>>, NotLoaded> {
    Ok(Box::pin(models.replace_default(crate::core::catalog::DEFAULT.clone())))
}
