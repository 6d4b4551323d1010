//! The language the app speaks: its catalogue, which every text a component shows is rendered
//! with (`ui::words::Show::tr`); each mounted app has its own, so two widgets on one page may
//! speak two languages. Switching language sets a new catalogue; the screen on show is built
//! again with it (`ui::App` tracks `Lang`), so every answer and the screen stay as they were.
//! The catalogue is kept with the models, which speak the language too (`models::language`).

use super::focus::Focus;
use super::models::Models;
use super::notices::Notices;
use super::persist;
use crate::browser::{fetch, page};
use crate::core::translation::{Language, LanguageFile, best_match, language};
use crate::i18n::{self, Catalog, Text};
use crate::text;
use crate::ui::env::Env;
use crate::ui::split::NotLoaded;
use leptos::prelude::*;
#[cfg(split)]
use leptos::wasm_split::wasm_split;
use std::sync::Arc;

#[derive(Clone, Copy)]
pub struct Lang {
    /// The models, which keep the catalogue.
    models: Models,
    env: Env,
    /// Told when a language cannot be spoken.
    notices: Notices,
    /// Left where it is when the screen is built again in another language.
    focus: Focus,
}

impl Lang {
    /// The app's language, starting in English.
    pub fn new(models: Models, env: Env, notices: Notices, focus: Focus) -> Lang {
        Lang { models, env, notices, focus }
    }

    /// `text` in words in the language spoken (untracked, as `catalog`).
    pub fn render(&self, text: &Text) -> String {
        text.render(&self.catalog())
    }

    /// The BCP 47 tag of the language spoken (untracked).
    pub fn tag(&self) -> &'static str {
        self.catalog().lang()
    }

    /// The catalogue now (untracked: the screen is rebuilt on a switch, not each text).
    pub fn catalog(&self) -> Arc<Catalog> {
        self.models.catalog()
    }

    /// Subscribes the caller to switches of language; whether the screen is to be left empty for
    /// a moment (`rebuild`).
    pub fn track(&self) -> bool {
        self.models.track_language()
    }

    /// Speaks the language of `catalog`, whose file gave the default model's `default_texts`
    /// (none in English), from now on: the screen is built again in it, and the app's root (on
    /// the standalone page, the page and its picker too) says which it is.
    fn switch(&self, catalog: Catalog, default_texts: Vec<String>) {
        self.show(&catalog);
        self.models.speak(catalog, default_texts);
        self.rebuild();
    }

    /// Says on the app's root (on the standalone page, on the page and its picker too) that the
    /// language of `catalog` is spoken.
    fn show(&self, catalog: &Catalog) {
        let root = self.env.root.get_untracked();
        let label = i18n::LANGUAGE_LABEL.into();
        let language = catalog.language();
        page::show_language(
            root.as_deref().map(AsRef::as_ref),
            language.tag,
            language.rtl,
            &Text::render(&label, catalog),
            !self.env.is_embedded(),
        );
    }

    /// Builds the screen on show again, in the language spoken, leaving focus where it is: on the
    /// picker the language was chosen with, or in a widget's host page, which the app's own
    /// language file arriving must not take it from.
    ///
    /// Afresh: the screen is emptied, and built in the next microtask, before the next frame. Built
    /// again in place, every element's attributes would be removed and set again (tachys does so
    /// for the attributes `erase_components` makes `AnyAttribute`s), which took 60 of the 120 ms
    /// a switch took on a question with the CPU 4× slower.
    fn rebuild(&self) {
        self.focus.stay();
        self.models.language_changed(true);
        let models = self.models;
        queue_microtask(move || models.language_changed(false));
    }

    /// Speaks `language`, once its file is fetched and read (a notice says so if it cannot be,
    /// and the app goes on as it was). The file is asked for at once; the code that reads it is
    /// the later screens' (`ui::split`), fetched alongside, so an app in English carries none
    /// of it. English's words are the app's own.
    pub fn speak(&self, language: &'static Language) {
        let (lang, env, notices) = (*self, self.env, self.notices);
        let started = match language.tag {
            "en" => None,
            tag => Some(fetch::start(&format!("{}messages/{tag}.json", env.assets()))),
        };
        env.spawn(async move {
            if split_call!(speaking(lang, language, started)).is_err() {
                notices.notify(not_spoken(language, i18n::PROBLEM_FETCH_NO_CODE.into()));
            }
        });
    }
}

/// What the user is told when `language` cannot be spoken, and why.
fn not_spoken(language: &Language, why: Text) -> Text {
    text!(i18n::LANGUAGE_NOT_LOADED, language = language.name, why = why)
}

/// Speaks `language` in a task of the app's: its file, whose GET is `started` (`None` for
/// English, whose words are the app's own), read (`core::translation::LanguageFile`) and spoken,
/// the models first, so the screen is built again with both, unless another language has been
/// asked for meanwhile (picks in quick succession: the last one is spoken). The notices are told
/// why a file cannot be used. Nothing changes if `language` was asked for last already.
#[cfg_attr(split, wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible))]
fn speaking(
    lang: Lang,
    language: &'static Language,
    started: Option<Result<js_sys::Promise, Text>>,
) -> Result<(), NotLoaded> {
    let tag = language.tag;
    if !lang.models.ask(tag) {
        return Ok(());
    }
    lang.env.spawn(async move {
        let read = async {
            let Some(started) = started else { return Ok((Catalog::english(), Vec::new())) };
            let file = fetch::bytes_of(started?).await?;
            let unusable = || Text::from(i18n::PROBLEM_FETCH_NOT_JSON);
            let file = serde_json::from_slice::<LanguageFile>(&file).map_err(|_| unusable())?;
            crate::core::catalog::read_language(language, file).ok_or_else(unusable)
        };
        match read.await {
            Ok(_) if !lang.models.is_asked(tag) => {}
            Ok((catalog, default_model)) => {
                lang.switch(catalog, default_model);
                // The screen in the language is painted before the models' words beyond asking
                // are fetched and read.
                page::next_frame().await;
                if lang.models.refetch_whole().await {
                    lang.rebuild();
                }
            }
            Err(why) => {
                // The picker goes back to the language spoken, from which it can be picked again.
                lang.models.not_spoken(tag);
                lang.show(&lang.catalog());
                lang.notices.notify(not_spoken(language, why));
            }
        }
    });
    Ok(())
}

/// Language `tag` was picked on the standalone page's picker (split code, which a pick waits
/// for): it is kept in this browser and spoken, keeping every answer and the screen.
#[cfg_attr(split, wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible))]
pub fn picked(lang: Lang, tag: String) -> Result<(), NotLoaded> {
    if let Some(picked) = language(&tag) {
        lang.env.store(|s| persist::save_language(s, picked.tag));
        lang.speak(picked);
    }
    Ok(())
}

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
