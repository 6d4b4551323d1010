//! What the release build writes from the repository's files besides the app itself (native
//! only; run from the repository's root): each language's file and the standalone page's
//! language picker (`src/bin/languages.rs`).

use crate::core::catalog::CATALOG;
use crate::core::model::Model;
use crate::core::translation::{LANGUAGES, LanguageFile, message_texts};

/// The file of the language tagged `tag`, from the repository's translations.
pub fn language_file(tag: &str) -> Result<LanguageFile, String> {
    let read = |file: &str| std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"));
    let folder = format!("messages/{tag}");
    let mut names: Vec<String> = std::fs::read_dir(&folder)
        .map_err(|e| format!("{folder}: {e}"))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".json"))
        .collect();
    names.sort();
    let mut messages = serde_json::Map::new();
    for name in names {
        let file = format!("{folder}/{name}");
        let part: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&read(&file)?).map_err(|e| format!("{file}: {e}"))?;
        messages.extend(part);
    }
    let mut models = Vec::new();
    for entry in CATALOG {
        let file = entry.file.replacen("models/", &format!("models/{tag}/"), 1);
        let model = Model::from_json(&file, &read(&file)?).map_err(|_| format!("{file}: not a valid model"))?;
        models.push(model);
    }
    Ok(LanguageFile {
        messages: message_texts(&messages),
        default_model: models.first().map(Model::asking_texts).unwrap_or_default(),
        entries: models.iter().map(Model::entry_texts).collect(),
    })
}

/// The standalone page's language picker's options: every language by its own name (our own
/// constants: tags of two letters, so no value needs quotes, and names with nothing to escape).
pub fn picker_options() -> String {
    LANGUAGES.iter().map(|l| format!("<option value={0} lang={0}>{1}</option>", l.tag, l.name)).collect()
}
