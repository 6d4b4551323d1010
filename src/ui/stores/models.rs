//! The models the app has: the built-in ones by catalog index (the default compiled in, the others
//! fetched when first needed) and earlier versions of their questions, fetched from the archive
//! to show a result or a link of such a version. A failed fetch is told to the user once.
//! Fetching is code in the split file, like the reading of a fetched model (`browser::fetch`):
//! a model chosen on the intro is fetched with it (`choose`).

mod language;

use super::notices::Notices;
use super::persist;
use crate::core::catalog::InLanguage;
use crate::core::catalog::{self, CATALOG, ModelFile};
use crate::core::model::Model;
use crate::i18n::{self, Catalog};
use crate::text;
use crate::ui::env::Env;
use crate::ui::host_model;
use crate::ui::split::NotLoaded;
use leptos::prelude::*;
#[cfg(split)]
use leptos::wasm_split::wasm_split;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// The index of a host page's own model (a widget's `model-src`), after the built-in models'.
pub const HOST: usize = CATALOG.len();

#[derive(Clone, Copy)]
pub struct Models {
    /// The current version of each built-in model, by catalog index, once loaded, then the host
    /// page's own model (`HOST`).
    current: RwSignal<Vec<Option<Arc<Model>>>>,
    /// What the intro shows of the host page's model once its file is read: the model, or
    /// every problem of the file, located (`ui::host_model`).
    host_intro: RwSignal<Option<ViewFn>>,
    /// Whether there is a host page's own model (`model-src`): fixed when the app is mounted.
    has_host: bool,
    /// Earlier versions fetched from the archive.
    archived: RwSignal<Vec<Arc<Model>>>,
    /// Catalog indexes whose last fetch failed.
    unavailable: RwSignal<Vec<usize>>,
    /// The language spoken, which the models are in (`language`).
    speaking: RwSignal<language::Speaking>,
    env: Env,
    notices: Notices,
}

impl Models {
    /// The models, with `default` (catalog index 0) loaded.
    pub fn new(default: Arc<Model>, env: Env, notices: Notices) -> Models {
        let mut current = vec![None; HOST + 1];
        current[0] = Some(default.clone());
        let has_host = env.model_src().is_some();
        Models {
            current: RwSignal::new(current),
            host_intro: RwSignal::new(None),
            has_host,
            archived: RwSignal::new(Vec::new()),
            unavailable: RwSignal::new(Vec::new()),
            speaking: RwSignal::new(language::Speaking::new(default)),
            env,
            notices,
        }
    }

    /// Model `i` if it is loaded (untracked).
    pub fn loaded(&self, i: usize) -> Option<Arc<Model>> {
        self.current.try_with_untracked(|m| m.get(i).cloned().flatten()).flatten()
    }

    /// Every built-in model in its current version, loaded or not (tracked).
    pub fn all(&self) -> Vec<Option<Arc<Model>>> {
        self.current.with(|m| m[..HOST].to_vec())
    }

    /// Whether every built-in model is loaded or could not be fetched (tracked).
    pub fn settled(&self) -> bool {
        self.current.with(|m| {
            self.unavailable.with(|u| m[..HOST].iter().enumerate().all(|(i, m)| m.is_some() || u.contains(&i)))
        })
    }

    /// Whether the app offers a host page's own model (a widget's `model-src`) instead of the
    /// built-in ones.
    pub fn has_host_model(&self) -> bool {
        self.has_host
    }

    /// The host page's own model, once it is loaded (tracked).
    pub fn host(&self) -> Option<Arc<Model>> {
        self.current.with(|m| m[HOST].clone())
    }

    /// Whether the host page's model is loaded or found unusable, or there is none (tracked):
    /// once its file is read, the intro has something to show of it.
    pub fn host_settled(&self) -> bool {
        !self.has_host || self.host_intro.with(Option::is_some)
    }

    /// What the intro shows of the host page's model, once its file is read (tracked).
    pub fn host_intro(&self) -> Option<ViewFn> {
        self.host_intro.get()
    }

    /// The latest version of model `id` this app has: a built-in model's, or the host page's
    /// own model's once it is loaded.
    pub fn newest(&self, id: &str) -> Option<u32> {
        catalog::newest(id).or_else(|| self.loaded(HOST).filter(|m| m.id == id).map(|m| m.version))
    }

    /// Whether this app has version `version` of model `id`'s questions (loaded or not).
    pub fn has_version(&self, id: &str, version: u32) -> bool {
        catalog::model_file(id, version).is_some()
            || self.loaded(HOST).is_some_and(|m| m.id == id && m.version == version)
    }

    /// The name of model `id`: a built-in model's in the language of `catalog`, or the host
    /// page's own model's once it is loaded (the id until then).
    pub fn name_of(&self, id: &str, catalog: &Catalog) -> String {
        match catalog::index(id) {
            Some(i) => catalog.model_name(i).to_string(),
            None => self.loaded(HOST).filter(|m| m.id == id).map_or_else(|| id.to_string(), |m| m.name.to_string()),
        }
    }

    /// How long built-in model `i` takes, and the words it has to read.
    pub fn size(&self, i: usize) -> (u32, usize) {
        CATALOG.get(i).map_or((0, 0), |entry| (entry.minutes, entry.words))
    }

    /// Version `version` of model `id`, if it is loaded (tracked, so a view shows it once it is).
    pub fn version(&self, id: &str, version: u32) -> Option<Arc<Model>> {
        self.current.track();
        self.archived.track();
        self.version_untracked(id, version)
    }

    /// Version `version` of model `id`, if it is loaded (untracked).
    pub fn version_untracked(&self, id: &str, version: u32) -> Option<Arc<Model>> {
        let index = catalog::index(id).unwrap_or(HOST);
        let current = self.loaded(index).filter(|m| m.id == id && m.version == version);
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
                self.notices.notify(text!(i18n::NOTICES_MODEL_CODE_NOT_LOADED, name = name));
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
        if i == HOST {
            return self.load_host().await;
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
        if catalog::index(&id).is_none() {
            // Only the host page's own model is not built in; its file is read once, usable or not.
            let read = self.has_host && (self.host_intro.with_untracked(Option::is_some) || self.load(HOST).await);
            return read.then(|| self.version_untracked(&id, version)).flatten();
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

    /// Model file `file`, fetched in the language spoken (again, if the language changed while
    /// it was on its way: a switch re-fetches only the models already loaded); tells the user if
    /// that fails.
    async fn fetch(self, file: ModelFile) -> Option<Arc<Model>> {
        let fetched = loop {
            let path = self.path(file);
            let fetched = crate::browser::fetch::model(&path, file.id, file.version, &self.env.assets()).await;
            if self.path(file) == path {
                break fetched;
            }
        };
        match fetched {
            Ok(model) => Some(Arc::new(model)),
            Err(why) => {
                let name = CATALOG.iter().find(|e| e.id == file.id).map_or(file.id, |e| e.name);
                self.notices.notify(text!(i18n::NOTICES_MODEL_NOT_LOADED, name = name, why = why));
                None
            }
        }
    }

    /// Fetches and reads the host page's own model (`model-src`); true when it can be used. A
    /// file that cannot be fetched is read from this browser's copy of it, if there is one (so
    /// it works offline after a first visit); every problem of a file that cannot be used is
    /// kept for the intro and written to the console for the host's developers.
    async fn load_host(self) -> bool {
        let Some(src) = self.env.model_src() else { return false };
        let key = persist::host_model_key(&src);
        let fetched = crate::browser::fetch::text(&src).await;
        let (text, fresh) = match fetched {
            Ok(text) => (text, true),
            Err(why) => match self.env.store(|s| s.raw(&key)).flatten() {
                Some(copy) => (copy, false),
                None => {
                    let problem = text!(i18n::PROBLEM_HOST_MODEL_FETCH, src = &*src, why = why).en();
                    return self.host_unusable(vec![problem]);
                }
            },
        };
        let read = match split_call!(read_host_model(text.clone(), file_name(&src))) {
            Ok(read) => read,
            Err(NotLoaded) => Err(vec![i18n::PROBLEM_FETCH_NO_CODE.en()]),
        };
        match read {
            Ok(model) => {
                // A `blob:` file (the author page's preview) lives only as long as its page.
                if fresh && !src.starts_with("blob:") {
                    self.env.store(|s| s.write_raw(&key, &text));
                }
                let model = Arc::new(model);
                self.current.update(|m| m[HOST] = Some(model.clone()));
                self.host_intro.set(Some(host_model::intro_part(Ok(model))));
                true
            }
            Err(problems) => self.host_unusable(problems),
        }
    }

    /// Keeps `problems` of the host page's model for the intro, and tells the console.
    fn host_unusable(&self, problems: Vec<String>) -> bool {
        for problem in &problems {
            web_sys::console::error_1(&format!("<cx-maturity>: {problem}").into());
        }
        self.host_intro.set(Some(host_model::intro_part(Err(problems))));
        false
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

    /// Loads each version of the questions in `wanted` (model id and version), one after another;
    /// a version this release does not have is left out, for the caller to say so.
    pub async fn load_each(self, wanted: Vec<(String, u32)>) {
        for (id, version) in wanted {
            self.load_version(id, version).await;
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

/// The last part of `src`'s path, which names the file in its problems; a `blob:` address has
/// no file name of its own, so the author page gives it as the fragment (`blob:…#acme.json`).
/// Either is shown decoded (`my%20model.json` as `my model.json`).
fn file_name(src: &str) -> String {
    let name = match src.strip_prefix("blob:").and_then(|blob| blob.split_once('#')) {
        Some((_, name)) => name,
        None => {
            let path = src.split(['?', '#']).next().unwrap_or(src);
            path.rsplit('/').find(|part| !part.is_empty()).unwrap_or(path)
        }
    };
    js_sys::decode_uri_component(name).map_or_else(|_| name.to_string(), String::from)
}

/// The host page's model in `text`, if it is a valid model of its own; else every problem, each
/// with where it is in file `file`.
#[cfg_attr(split, wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible))]
fn read_host_model(text: String, file: String) -> Result<Result<Model, Vec<String>>, NotLoaded> {
    let model = match Model::from_json(&file, &text) {
        Ok(model) => model,
        Err(errors) => return Ok(Err(errors.iter().map(ToString::to_string).collect())),
    };
    if catalog::index(&model.id).is_some() {
        return Ok(Err(vec![text!(i18n::PROBLEM_HOST_MODEL_BUILT_IN, file = &*file, id = &*model.id).en()]));
    }
    Ok(Ok(model))
}

/// The fetching of model `i`, as a task.
#[cfg_attr(split, wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible))]
fn fetching(models: Models, i: usize) -> Result<Pin<Box<dyn Future<Output = bool>>>, NotLoaded> {
    Ok(Box::pin(models.load(i)))
}
