//! The language the app speaks: its catalogue, and the words of the app in it. Every text a
//! component shows goes through [`Show::tr`], which renders it with the catalogue of the app the
//! component is in (each mounted app has its own, so two widgets on one page may speak two
//! languages). Switching language sets a new catalogue; the screen on show is built again with
//! it (`ui::App` tracks `Lang`), so every answer and the screen stay as they were.

use crate::i18n::{Catalog, Msg, PART, Text};
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Copy)]
pub struct Lang {
    catalog: RwSignal<Arc<Catalog>>,
}

impl Lang {
    /// The app's language, starting with `catalog`, provided to everything under the current owner.
    pub fn provide(catalog: Catalog) -> Lang {
        let lang = Lang { catalog: RwSignal::new(Arc::new(catalog)) };
        provide_context(lang);
        lang
    }

    /// The catalogue now (untracked: the screen is rebuilt on a switch, not each text).
    pub fn catalog(&self) -> Arc<Catalog> {
        self.catalog.get_untracked()
    }

    /// The catalogue now, tracked (for what follows the language: the root's `lang` and `dir`).
    pub fn catalog_tracked(&self) -> Arc<Catalog> {
        self.catalog.get()
    }

    /// Subscribes the caller to switches of language.
    pub fn track(&self) {
        self.catalog.track();
    }

    /// Speaks the language of `catalog` from now on.
    pub fn switch(&self, catalog: Catalog) {
        self.catalog.set(Arc::new(catalog));
    }
}

/// Words in the language of the app the caller is in; English outside any app (the prerendered
/// intro, tests).
pub trait Show {
    fn tr(&self) -> String;

    /// The words cut where the argument [`PART`] stands: what comes before it, and what comes
    /// after. For a sentence one part of which a component lays out itself ("Your answer:
    /// **Often**", the answer in bold), so that the sentence stays one message a language can put
    /// in its own order. Without the argument, the whole text comes before.
    fn tr_around(&self) -> (String, String) {
        let whole = self.tr();
        match whole.split_once(PART) {
            Some((before, after)) => (before.to_string(), after.to_string()),
            None => (whole, String::new()),
        }
    }
}

impl Show for Text {
    fn tr(&self) -> String {
        use_context::<Lang>().map_or_else(|| self.en(), |lang| self.render(&lang.catalog()))
    }
}

impl Show for Msg {
    fn tr(&self) -> String {
        Text::from(*self).tr()
    }
}
