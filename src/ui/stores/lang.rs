//! The language the app speaks: its catalogue, which every text a component shows is rendered
//! with (`ui::words::Show::tr`); each mounted app has its own, so two widgets on one page may
//! speak two languages. Switching language sets a new catalogue; the screen on show is built
//! again with it (`ui::App` tracks `Lang`), so every answer and the screen stay as they were.

use super::models::Models;
use super::notices::Notices;
use super::persist;
use crate::browser::{fetch, page};
use crate::core::translation::{Language, LanguageFile, best_match, language};
use crate::i18n::{self, Catalog, Text};
use crate::text;
use crate::ui::env::Env;
use crate::ui::split::NotLoaded;
use crate::ui::words::Spoken;
use leptos::prelude::*;
#[cfg(split)]
use leptos::wasm_split::wasm_split;
use std::sync::Arc;

#[derive(Clone, Copy)]
pub struct Lang {
    catalog: RwSignal<Arc<Catalog>>,
    /// The models, which speak the language too.
    models: Models,
    env: Env,
}

impl Lang {
    /// The app's language, starting in English, its catalogue provided to the app's components
    /// (`ui::words::Show::tr` renders with it).
    pub fn new(models: Models, env: Env) -> Lang {
        let catalog = RwSignal::new(Arc::new(Catalog::english()));
        provide_context(Spoken(catalog));
        Lang { catalog, models, env }
    }

    /// The catalogue now (untracked: the screen is rebuilt on a switch, not each text).
    pub fn catalog(&self) -> Arc<Catalog> {
        self.catalog.get_untracked()
    }

    /// Subscribes the caller to switches of language.
    pub fn track(&self) {
        self.catalog.track();
    }

    /// Speaks the language of `catalog` from now on: the screen is built again in it, and the
    /// app's root (on the standalone page, the page and its picker too) says which it is.
    pub fn switch(&self, catalog: Catalog) {
        let root = self.env.root.get_untracked();
        let label = i18n::LANGUAGE_LABEL.into();
        let language = catalog.language();
        page::show_language(
            root.as_deref().map(AsRef::as_ref),
            language.tag,
            language.rtl,
            &Text::render(&label, &catalog),
            !self.env.is_embedded(),
        );
        self.catalog.set(Arc::new(catalog));
    }

    /// Once the models loaded whole are in the language spoken (their words beyond asking: a
    /// result's advice, the methodology), builds the screen again with them.
    async fn follow_models(self) {
        if self.models.refetch_whole().await {
            self.catalog.update(|_| {});
        }
    }

    /// Speaks `language`, once its file is fetched and read (a notice says so if it cannot be,
    /// and the app goes on as it was). The file is asked for at once; the code that reads it is
    /// the later screens' (`ui::split`), fetched alongside, so an app in English carries none
    /// of it. English's words are the app's own.
    pub fn speak(&self, language: &'static Language, env: Env, notices: Notices) {
        if self.catalog.with_untracked(|c| c.lang() == language.tag) {
            return;
        }
        let started = match language.tag {
            "en" => None,
            tag => Some(fetch::start(&format!("{}messages/{tag}.json", env.assets()))),
        };
        let lang = *self;
        env.spawn(async move {
            match split_call!(speaking(lang, language, started, notices)) {
                Ok(task) => task.await,
                Err(NotLoaded) => notices.notify(not_spoken(language, i18n::PROBLEM_FETCH_NO_CODE.into())),
            }
        });
    }
}

/// What the user is told when `language` cannot be spoken, and why.
fn not_spoken(language: &Language, why: Text) -> Text {
    text!(i18n::LANGUAGE_NOT_LOADED, language = language.name, why = why)
}

/// Speaking `language` as a task: its file, whose GET is `started` (`None` for English, whose
/// words are the app's own), read (`core::translation::LanguageFile`) and spoken, the models
/// first, so the screen is built again with both; `notices` are told why a file cannot be used.
#[cfg_attr(split, wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible))]
fn speaking(
    lang: Lang,
    language: &'static Language,
    started: Option<Result<js_sys::Promise, Text>>,
    notices: Notices,
) -> Result<Speaking, NotLoaded> {
    Ok(Box::pin(async move {
        let Some(started) = started else {
            lang.models.speak_english();
            lang.switch(Catalog::english());
            lang.follow_models().await;
            return;
        };
        let read = async {
            let file = fetch::text_of(started?).await?;
            let unusable = || Text::from(i18n::PROBLEM_FETCH_NOT_JSON);
            let file = serde_json::from_str::<LanguageFile>(&file).map_err(|_| unusable())?;
            crate::core::catalog::read_language(language, file).ok_or_else(unusable)
        };
        match read.await {
            Ok((catalog, default_model)) => {
                lang.models.speak(language.tag, default_model);
                lang.switch(catalog);
                lang.follow_models().await;
            }
            Err(why) => notices.notify(not_spoken(language, why)),
        }
    }))
}

/// A language being spoken, as a task.
type Speaking = std::pin::Pin<Box<dyn std::future::Future<Output = ()>>>;

/// The language an app in `env` starts in: a widget's `lang` attribute, then its host page's
/// language; on the standalone page, the language picked last; then the browser's languages;
/// else none (English).
pub fn wanted(env: Env) -> Option<&'static Language> {
    let asked = env.with_host(|e| e.config.lang).flatten();
    let picked = || {
        (!env.is_embedded()).then(|| env.store(persist::chosen_language).flatten()).flatten().and_then(|t| language(&t))
    };
    asked.or_else(picked).or_else(|| best_match(page::wanted_languages(env.is_embedded()).iter().map(String::as_str)))
}
