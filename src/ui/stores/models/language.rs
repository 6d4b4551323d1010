//! The models in the language the app speaks (`stores::lang`). The default model's texts for
//! asking come in the language's file and are laid onto the model the app has at once, with no
//! model file and no model reader: a first visit in another language makes one request for its
//! words. A model loaded whole (the default, once the split file is in, and any other built-in
//! model) is fetched again from its translation, `models/<lang>/<id>.json`, by split code, and
//! set when it is in. An earlier version of a model (from the archive) has no translation and
//! stays in English, as does a host page's own model.

use super::{HOST, Models};
use crate::core::catalog::{CATALOG, ModelFile};
use crate::core::model::Model;
use crate::ui::split::NotLoaded;
use leptos::prelude::*;
#[cfg(split)]
use leptos::wasm_split::wasm_split;
use std::sync::Arc;

/// The language the models are in, and what the app has of the default model.
#[derive(Clone, Default)]
pub(super) struct Speaking {
    /// The language's tag; `None` for English.
    tag: Option<&'static str>,
    /// The default model's texts for asking in that language (`Model::asking_texts`).
    default_texts: Arc<Vec<String>>,
    /// Whether the default model is whole (the split file is in), not only what asking needs.
    whole_default: bool,
}

impl Models {
    /// Speaks English: the default model as the app has it in English at once, and every other
    /// model loaded whole once fetched again.
    pub fn speak_english(&self) {
        self.speaking.update_value(|s| s.tag = None);
        let english = self.english_default.get_value();
        self.current.update(|m| m[0] = Some(english));
        self.refetch_whole();
    }

    /// Speaks the language tagged `tag`, whose file gave `default_texts` (split code, which
    /// reads that file): the default model as the app has it in that language at once, and
    /// every model loaded whole once its translation is fetched.
    pub fn speak(&self, tag: &'static str, default_texts: Vec<String>) {
        self.speaking.update_value(|s| {
            s.tag = Some(tag);
            s.default_texts = Arc::new(default_texts);
        });
        let default = self.in_language(&self.english_default.get_value());
        self.current.update(|m| m[0] = Some(default));
        self.refetch_whole();
    }

    /// Fetches again, in the language spoken, every model loaded whole, if any is.
    fn refetch_whole(&self) {
        let whole = self.speaking.with_value(|s| s.whole_default)
            || self.current.with_untracked(|m| m[1..HOST].iter().any(Option::is_some));
        if whole {
            let models = *self;
            split_run!(models.env, refetching(models));
        }
    }

    /// Takes the whole default model, in English, which came with the split file (split code):
    /// in another language its texts for asking are laid on at once and its translation is
    /// fetched.
    pub fn replace_default(&self, whole: Model) {
        let whole = Arc::new(whole);
        self.english_default.set_value(whole.clone());
        self.speaking.update_value(|s| s.whole_default = true);
        self.current.update(|m| m[0] = Some(self.in_language(&whole)));
        if self.speaking.with_value(|s| s.tag.is_some()) {
            let models = *self;
            split_run!(models.env, refetching(models));
        }
    }

    /// Where version `file` of a built-in model is in the language spoken: the current version's
    /// translation (`models/<lang>/…`), else the file itself.
    pub(super) fn path(&self, file: ModelFile) -> String {
        let current = CATALOG.iter().any(|e| e.id == file.id && e.version == file.version);
        match self.speaking.with_value(|s| s.tag) {
            Some(tag) if current => file.file.replacen("models/", &format!("models/{tag}/"), 1),
            _ => file.file.to_string(),
        }
    }

    /// `english`, the default model, with its texts for asking in the language spoken (as it is
    /// in English, or when the language's file is of another version of the model).
    fn in_language(&self, english: &Arc<Model>) -> Arc<Model> {
        let translated =
            self.speaking.with_value(|s| s.tag.and_then(|_| english.with_asking_texts(&s.default_texts)).map(Arc::new));
        translated.unwrap_or_else(|| english.clone())
    }

    /// Built-in model `i` in the language spoken, fetched, set unless the language has changed
    /// meanwhile; the default model in English is here already.
    async fn refetch(self, i: usize) {
        let tag = self.speaking.with_value(|s| s.tag);
        if i == 0 && tag.is_none() {
            let english = self.english_default.get_value();
            self.current.update(|m| m[0] = Some(english));
            return;
        }
        let entry = &CATALOG[i];
        let file = ModelFile { id: entry.id, version: entry.version, file: entry.file };
        if let Some(model) = self.fetch(file).await
            && self.speaking.with_value(|s| s.tag) == tag
        {
            self.current.update(|m| m[i] = Some(model));
        }
    }
}

/// Fetches every model loaded whole again in the language spoken, each set as it comes.
#[cfg_attr(split, wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible))]
fn refetching(models: Models) -> Result<(), NotLoaded> {
    let whole_default = models.speaking.with_value(|s| s.whole_default);
    for i in (0..HOST).filter(|&i| models.loaded(i).is_some() && (i > 0 || whole_default)) {
        models.env.spawn(async move { models.refetch(i).await });
    }
    Ok(())
}
