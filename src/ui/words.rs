//! Words in the language of the app a component is in. Every text a component shows goes
//! through [`Show::tr`], which renders it with the catalogue of that app (each mounted app has its
//! own, `stores::lang`, so two widgets on one page may speak two languages).

use crate::browser::page;
use crate::i18n::{Msg, PART, Text};
use crate::ui::stores::Stores;
use leptos::prelude::*;

/// An ISO timestamp as a date and time in the language of the app the caller is in.
pub fn local_date(iso: &str) -> String {
    let lang = use_context::<Stores>().map_or("en", |s| s.lang.tag());
    page::local_date(iso, lang)
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
    #[inline(never)]
    fn tr(&self) -> String {
        use_context::<Stores>().map_or_else(|| self.en(), |s| s.lang.render(self))
    }
}

impl Show for Msg {
    #[inline(never)]
    fn tr(&self) -> String {
        Text::from(*self).tr()
    }
}
