//! The built-in models. `build.rs` checks every file in `models/` when the crate is built and
//! writes this catalog: what the chooser and the crosswalk need to know about each model without
//! loading it. The default model is compiled in as a Rust value (`DEFAULT`, read from its file by
//! `build.rs`, so a first visit parses nothing); the others are fetched from `models/<id>.json`
//! next to the app when they are chosen. Earlier versions of their questions are kept in
//! `models/archive/` (`ARCHIVE`), fetched only to show a result or a link of that version.

use crate::core::model::{self as m, Model};
use crate::core::translation::{ENTRY_HEAD, LanguageFile};
use crate::i18n::Catalog;
use crate::i18n::languages::Language;
use std::borrow::Cow;

/// What is known about a built-in model before it is loaded.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Entry {
    pub id: &'static str,
    /// The version of its questions this build was made with.
    pub version: u32,
    /// Path of the model file, relative to the app (and to the repository root).
    pub file: &'static str,
    pub name: &'static str,
    pub summary: &'static str,
    pub questions: usize,
    /// Words to read (`Model::words`) and the time that takes (`Model::minutes`).
    pub words: usize,
    pub minutes: u32,
    pub stage_word: &'static str,
    pub stages: &'static [&'static str],
    /// Whether other results are placed on this model's stages in the crosswalk.
    pub ladder: bool,
    /// The model's first source, cited in the crosswalk.
    pub source: &'static str,
}

/// Where one version of a built-in model's questions is: the current version's file, or an
/// earlier version's in `models/archive/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModelFile {
    pub id: &'static str,
    pub version: u32,
    /// Path of the model file, relative to the app (and to the repository root).
    pub file: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

/// The catalog index of the built-in model `id`.
pub fn index(id: &str) -> Option<usize> {
    CATALOG.iter().position(|e| e.id == id)
}

/// The latest version of built-in model `id`'s questions, if this build has the model.
pub fn newest(id: &str) -> Option<u32> {
    CATALOG.iter().find(|e| e.id == id).map(|e| e.version)
}

/// The file of version `version` of built-in model `id`, current or archived.
pub fn model_file(id: &str, version: u32) -> Option<ModelFile> {
    let current = CATALOG.iter().find(|e| e.id == id && e.version == version).map(|e| ModelFile {
        id: e.id,
        version: e.version,
        file: e.file,
    });
    current.or_else(|| ARCHIVE.iter().find(|a| a.id == id && a.version == version).copied())
}

/// Id of the model a visitor gets unless they choose another.
pub const DEFAULT_MODEL: &str = "six-stage";

/// The built-in models as the list of models and the crosswalk name them in the language of a
/// catalogue: its entries (`LanguageFile::entries`), else this catalog's English.
pub trait InLanguage {
    /// Built-in model `i`'s name.
    fn model_name(&self, i: usize) -> &str;
    /// Built-in model `i`'s summary.
    fn model_summary(&self, i: usize) -> &str;
    /// The name of built-in model `i`'s stage `s` (1-based).
    fn model_stage(&self, i: usize, s: usize) -> &str;
}

impl InLanguage for Catalog {
    fn model_name(&self, i: usize) -> &str {
        entry_text(self, i, 0).unwrap_or_else(|| CATALOG.get(i).map_or("", |e| e.name))
    }

    fn model_summary(&self, i: usize) -> &str {
        entry_text(self, i, 1).unwrap_or_else(|| CATALOG.get(i).map_or("", |e| e.summary))
    }

    fn model_stage(&self, i: usize, s: usize) -> &str {
        entry_text(self, i, ENTRY_HEAD + s - 1)
            .unwrap_or_else(|| CATALOG.get(i).and_then(|e| e.stages.get(s - 1)).copied().unwrap_or(""))
    }
}

fn entry_text(catalog: &Catalog, i: usize, at: usize) -> Option<&str> {
    catalog.entry(i).and_then(|e| e.get(at)).map(String::as_str)
}

/// `language`'s catalogue and the default model's words for asking, from the language's file;
/// `None` when the file is not of this release (a message without a text, a built-in model
/// without its entry, or an entry without a name for each stage), so that the app stays in
/// English rather than show one text in another's place.
pub fn read_language(language: &'static Language, file: LanguageFile) -> Option<(Catalog, Vec<String>)> {
    let listed = file.entries.len() == CATALOG.len()
        && file.entries.iter().zip(CATALOG).all(|(e, c)| e.len() == ENTRY_HEAD + c.stages.len());
    let catalog = Catalog::new(language, file.messages, file.entries).filter(|_| listed)?;
    Some((catalog, file.default_model))
}
