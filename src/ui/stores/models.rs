//! The models the app has: the built-in ones by catalog index (the default compiled in, the others
//! fetched when first needed) and earlier versions of their questions, fetched from the archive
//! to show a result or a link of such a version. A failed fetch is told to the user once.
//! Fetching is code in the split file, like the reading of a fetched model (`browser::fetch`):
//! a model chosen on the intro is fetched with it (`choose`).

use super::notices::Notices;
use crate::core::catalog::{self, CATALOG, ModelFile};
use crate::core::model::Model;
use crate::i18n;
use crate::text;
use crate::ui::env::Env;
use crate::ui::split::NotLoaded;
use leptos::prelude::*;
#[cfg(split)]
use leptos::wasm_split::wasm_split;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

#[derive(Clone, Copy)]
pub struct Models {
    /// The current version of each built-in model, by catalog index, once loaded.
    current: RwSignal<Vec<Option<Arc<Model>>>>,
    /// Earlier versions fetched from the archive.
    archived: RwSignal<Vec<Arc<Model>>>,
    /// Catalog indexes whose last fetch failed.
    unavailable: RwSignal<Vec<usize>>,
    env: Env,
    notices: Notices,
}

impl Models {
    /// The models, with `default` (catalog index 0) loaded.
    pub fn new(default: Arc<Model>, env: Env, notices: Notices) -> Models {
        let mut current = vec![None; CATALOG.len()];
        current[0] = Some(default);
        Models {
            current: RwSignal::new(current),
            archived: RwSignal::new(Vec::new()),
            unavailable: RwSignal::new(Vec::new()),
            env,
            notices,
        }
    }

    /// Model `i` if it is loaded (untracked).
    pub fn loaded(&self, i: usize) -> Option<Arc<Model>> {
        self.current.try_with_untracked(|m| m.get(i).cloned().flatten()).flatten()
    }

    /// Replaces model `i` (the default model, once its whole text has arrived).
    pub fn replace(&self, i: usize, model: Model) {
        self.current.update(|m| m[i] = Some(Arc::new(model)));
    }

    /// Every built-in model in its current version, loaded or not (tracked).
    pub fn all(&self) -> Vec<Option<Arc<Model>>> {
        self.current.get()
    }

    /// Whether every built-in model is loaded or could not be fetched (tracked).
    pub fn settled(&self) -> bool {
        self.current
            .with(|m| self.unavailable.with(|u| m.iter().enumerate().all(|(i, m)| m.is_some() || u.contains(&i))))
    }

    /// Version `version` of model `id`, if it is loaded (tracked, so a view shows it once it is).
    pub fn version(&self, id: &str, version: u32) -> Option<Arc<Model>> {
        self.current.track();
        self.archived.track();
        self.version_untracked(id, version)
    }

    /// Version `version` of model `id`, if it is loaded (untracked).
    pub fn version_untracked(&self, id: &str, version: u32) -> Option<Arc<Model>> {
        let current = catalog::index(id).and_then(|i| self.loaded(i)).filter(|m| m.version == version);
        current.or_else(|| {
            self.archived
                .try_with_untracked(|a| a.iter().find(|m| m.id == id && m.version == version).cloned())
                .flatten()
        })
    }

    /// Fetches model `i`, chosen on the intro, unless it is loaded; true when it is. The code that
    /// fetches it is fetched first, if need be.
    pub async fn choose(self, i: usize) -> bool {
        if self.loaded(i).is_some() {
            return true;
        }
        match split_call!(fetching(self, i)) {
            Ok(task) => task.await,
            Err(NotLoaded) => {
                let name = CATALOG.get(i).map_or("", |e| e.name);
                self.notices.notify(text!(i18n::NOTICES_MODEL_CODE_NOT_LOADED, name = name).en());
                self.unavailable.update(|u| u.push(i));
                false
            }
        }
    }

    /// Fetches model `i` unless it is loaded; true when it is.
    pub async fn load(self, i: usize) -> bool {
        if self.loaded(i).is_some() {
            return true;
        }
        let Some(entry) = CATALOG.get(i) else { return false };
        let file = ModelFile { id: entry.id, version: entry.version, file: entry.file };
        self.unavailable.update(|u| u.retain(|&x| x != i));
        match self.fetch(file).await {
            Some(model) => {
                self.current.update(|m| m[i] = Some(model));
                true
            }
            None => {
                self.unavailable.update(|u| u.push(i));
                false
            }
        }
    }

    /// Version `version` of model `id`, fetched if need be (an earlier version from the archive);
    /// `None` when this release does not have it, or it could not be fetched (the user has been
    /// told).
    pub async fn load_version(self, id: String, version: u32) -> Option<Arc<Model>> {
        if let Some(model) = self.version_untracked(&id, version) {
            return Some(model);
        }
        let file = catalog::model_file(&id, version)?;
        if let Some(i) = catalog::index(&id).filter(|&i| CATALOG[i].version == version) {
            return if self.load(i).await { self.loaded(i) } else { None };
        }
        let model = self.fetch(file).await?;
        self.archived.update(|a| {
            if !a.iter().any(|m| m.id == model.id && m.version == model.version) {
                a.push(model.clone());
            }
        });
        Some(model)
    }

    /// Model file `file`, fetched; tells the user if that fails.
    async fn fetch(self, file: ModelFile) -> Option<Arc<Model>> {
        match crate::browser::fetch::model(file.file, file.id, file.version, &self.env.assets()).await {
            Ok(model) => Some(Arc::new(model)),
            Err(why) => {
                let name = CATALOG.iter().find(|e| e.id == file.id).map_or(file.id, |e| e.name);
                self.notices.notify(text!(i18n::NOTICES_MODEL_NOT_LOADED, name = name, why = why).en());
                None
            }
        }
    }

    /// Fetches every built-in model in the background (for the methodology and My results).
    pub fn load_all(&self) {
        for i in 0..CATALOG.len() {
            let models = *self;
            self.env.spawn(async move {
                models.load(i).await;
            });
        }
    }

    /// Fetches, in the background, every version of the questions that `wanted` names (model id
    /// and version: the saved results' own), current or archived.
    pub fn load_versions(&self, wanted: Vec<(String, u32)>) {
        for (id, version) in wanted.into_iter().filter(|(id, v)| catalog::model_file(id, *v).is_some()) {
            let models = *self;
            self.env.spawn(async move {
                models.load_version(id, version).await;
            });
        }
    }

    /// Loads every version of the built-in models' questions this release has, current and
    /// archived (to check an import); false if any could not be fetched (the user has been told).
    pub async fn load_every_version(self) -> bool {
        let mut all = true;
        for i in 0..CATALOG.len() {
            all &= self.load(i).await;
        }
        for file in catalog::ARCHIVE.iter() {
            all &= self.load_version(file.id.to_string(), file.version).await.is_some();
        }
        all
    }
}

/// The fetching of model `i`, as a task.
#[cfg_attr(split, wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible))]
fn fetching(models: Models, i: usize) -> Result<Pin<Box<dyn Future<Output = bool>>>, NotLoaded> {
    Ok(Box::pin(models.load(i)))
}
