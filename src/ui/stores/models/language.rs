//! The language the app speaks (`stores::lang` speaks it): its catalogue, kept with the models,
//! which are in that language too, so that one reactive value says which it is. The default model's texts for
//! asking come in the language's file and are laid onto the model the app has at once, with no
//! model file and no model reader: a first visit in another language makes one request for its
//! words. A model loaded whole (the default, once the split file is in, and any other built-in
//! model) is fetched again from its translation, `models/<lang>/<id>.json`, by split code, and
//! set when it is in. An earlier version of a model (from the archive) has no translation and
//! stays in English, as does a host page's own model.

use super::{HOST, Models};
use crate::core::catalog::{CATALOG, ModelFile};
use crate::core::model::Model;
use crate::i18n::Catalog;
use leptos::prelude::*;
use std::sync::Arc;

/// The language spoken, and what the app has of the default model.
pub(super) struct Speaking {
    catalog: Arc<Catalog>,
    /// The tag of the language asked for last, which is spoken once its file is read.
    asked: &'static str,
    /// The default model's texts for asking in that language (`Model::asking_texts`).
    default_texts: Arc<Vec<String>>,
    /// The default model in English: as the app starts with it, then whole.
    english_default: Arc<Model>,
    /// Whether the default model is whole (the split file is in), not only what asking needs.
    whole_default: bool,
    /// Whether the screen is left empty for a moment, to be built afresh (`stores::lang`).
    blank: bool,
}

impl Speaking {
    /// English, with the default model as the app starts with it.
    pub(super) fn new(english_default: Arc<Model>) -> Speaking {
        let catalog = Arc::new(Catalog::english());
        Speaking {
            catalog,
            asked: "en",
            default_texts: Arc::default(),
            english_default,
            whole_default: false,
            blank: false,
        }
    }

    /// The tag of the language spoken; `None` for English.
    fn tag(&self) -> Option<&'static str> {
        Some(self.catalog.lang()).filter(|&t| t != "en")
    }
}

impl Models {
    /// The catalogue of the language spoken (untracked).
    pub fn catalog(&self) -> Arc<Catalog> {
        self.speaking.with_untracked(|s| s.catalog.clone())
    }

    /// Asks for language `tag` (split code): a language asked for before and still on its way
    /// gives way to it. Whether it is new: not the one asked for last.
    pub fn ask(&self, tag: &'static str) -> bool {
        self.speaking.try_update_untracked(|s| std::mem::replace(&mut s.asked, tag) != tag).unwrap_or(false)
    }

    /// Whether language `tag` is still the one asked for last.
    pub fn is_asked(&self, tag: &'static str) -> bool {
        self.speaking.with_untracked(|s| s.asked == tag)
    }

    /// Language `tag` cannot be spoken: if it is the one asked for last, the one spoken is, so
    /// that asking for `tag` again tries again.
    pub fn not_spoken(&self, tag: &'static str) {
        self.speaking.update_untracked(|s| {
            if s.asked == tag {
                s.asked = s.catalog.lang();
            }
        });
    }

    /// Subscribes the caller to switches of language; whether the screen is to be left empty
    /// for a moment.
    pub fn track_language(&self) -> bool {
        self.speaking.with(|s| s.blank)
    }

    /// Tells those subscribed that the language, or the models' words in it, changed, with the
    /// screen to be left empty for a moment (`blank`) or built.
    pub fn language_changed(&self, blank: bool) {
        self.speaking.update(|s| s.blank = blank);
    }

    /// Speaks the language of `catalog`, whose file gave `default_texts` (none in English), from
    /// now on (split code, which reads that file): the default model as the app has it in that
    /// language at once; the models loaded whole follow with `refetch_whole`.
    pub fn speak(&self, catalog: Catalog, default_texts: Vec<String>) {
        self.speaking.update_untracked(|s| {
            s.catalog = Arc::new(catalog);
            s.default_texts = Arc::new(default_texts);
        });
        let default = self.in_language(&self.speaking.with_untracked(|s| s.english_default.clone()));
        self.current.update(|m| m[0] = Some(default));
    }

    /// Fetches again, in the language spoken, every model loaded whole, one after another (a
    /// translation that cannot be fetched leaves the model with its words for asking in the
    /// language and the rest as they were); whether there was any (their words beyond asking, a
    /// result's advice and the methodology, have changed).
    pub async fn refetch_whole(self) -> bool {
        let whole_default = self.speaking.with_untracked(|s| s.whole_default);
        let whole: Vec<usize> = (0..HOST).filter(|&i| self.loaded(i).is_some() && (i > 0 || whole_default)).collect();
        for &i in &whole {
            self.refetch(i).await;
        }
        !whole.is_empty()
    }

    /// Takes the whole default model, in English, which came with the split file (split code):
    /// in another language, done once its translation is fetched (or, where it cannot be, with
    /// its words for asking in the language).
    pub async fn replace_default(self, whole: Model) {
        let whole = Arc::new(whole);
        self.speaking.update_untracked(|s| {
            s.english_default = whole.clone();
            s.whole_default = true;
        });
        self.current.update(|m| m[0] = Some(self.in_language(&whole)));
        if self.speaking.with_untracked(|s| s.tag().is_some()) {
            self.refetch(0).await;
        }
    }

    /// Where version `file` of a built-in model is in the language spoken: the current version's
    /// translation (`models/<lang>/…`), else the file itself.
    pub(super) fn path(&self, file: ModelFile) -> String {
        let current = CATALOG.iter().any(|e| e.id == file.id && e.version == file.version);
        match self.speaking.with_untracked(Speaking::tag) {
            Some(tag) if current => file.file.replacen("models/", &format!("models/{tag}/"), 1),
            _ => file.file.to_string(),
        }
    }

    /// `english`, the default model, with its texts for asking in the language spoken (as it is
    /// in English, or when the language's file is of another version of the model).
    fn in_language(&self, english: &Arc<Model>) -> Arc<Model> {
        let translated = self
            .speaking
            .with_untracked(|s| s.tag().and_then(|_| english.with_asking_texts(&s.default_texts)).map(Arc::new));
        translated.unwrap_or_else(|| english.clone())
    }

    /// Built-in model `i` in the language spoken, fetched, set unless the language has changed
    /// meanwhile (a failure is told); the default model in English is here already.
    async fn refetch(self, i: usize) {
        let tag = self.speaking.with_untracked(Speaking::tag);
        if i == 0 && tag.is_none() {
            let english = self.speaking.with_untracked(|s| s.english_default.clone());
            self.current.update(|m| m[0] = Some(english));
            return;
        }
        let entry = &CATALOG[i];
        let file = ModelFile { id: entry.id, version: entry.version, file: entry.file };
        if let Some(model) = self.fetch(file).await
            && self.speaking.with_untracked(Speaking::tag) == tag
        {
            self.current.update(|m| m[i] = Some(model));
        }
    }
}
