//! The languages the app speaks and the rules a translation keeps. English is the source: the
//! messages in `messages/en/*.json` and the built-in models in `models/<id>.json`. A translation
//! is `messages/<lang>/*.json` (the same files and keys, each text with the same arguments, each
//! plural with the language's own forms) and `models/<lang>/<id>.json` (the same model, with only
//! the text people read translated: ids, references, values, rules, links and citations stay as
//! they are). `build.rs` checks every translation with these rules, so a missing key, option or
//! advice step, or a model whose structure differs, fails the build; `docs/model-format.md` says
//! how a host translates its own model.

use serde_json::{Map, Value};

pub use crate::i18n::languages::{LANGUAGES, Language, best_match, language};

/// What the app fetches to speak a language besides English (`messages/<lang>.json` in the
/// release, written by `src/bin/languages.rs`): one file, so that a first visit in that language
/// makes one request for its words.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct LanguageFile {
    /// Every message in the order of their keys (a message's number, `src/i18n`): a text as
    /// `[text]`, plural forms as their texts in the alphabetical order of their CLDR names.
    pub messages: Vec<Vec<String>>,
    /// The default model's texts for asking (`Model::asking_texts`), laid onto the compiled-in
    /// model (`Model::with_asking_texts`).
    pub default_model: Vec<String>,
    /// What the list of models and the crosswalk show of each built-in model, in catalog order
    /// (`Model::entry_texts`): its name, summary and stage word (`ENTRY_HEAD` texts), then its
    /// stages' names.
    pub entries: Vec<Vec<String>>,
}

/// How many texts of a model's entry come before its stages' names.
pub const ENTRY_HEAD: usize = 3;

/// A language's messages as `LanguageFile::messages` has them, from the merged contents of its
/// `messages/<lang>/*.json` (build.rs has checked them against English).
pub fn message_texts(messages: &Map<String, Value>) -> Vec<Vec<String>> {
    let mut keys: Vec<&String> = messages.keys().collect();
    keys.sort();
    let texts = |value: &Value| match value {
        Value::String(text) => vec![text.clone()],
        Value::Object(forms) => {
            let mut names: Vec<&String> = forms.keys().collect();
            names.sort();
            names.into_iter().map(|name| forms[name].as_str().unwrap_or_default().to_string()).collect()
        }
        _ => Vec::new(),
    };
    keys.into_iter().map(|key| texts(&messages[key])).collect()
}

/// The fields of a model file whose text is translated; every other value stays as it is.
const TEXT_FIELDS: &[&str] = &[
    "name",
    "summary",
    "measures",
    "dimension_word",
    "stage_word",
    "description",
    "fluff",
    "tough",
    "message",
    "prompt",
    "hint",
    "advice",
    "label",
    "text",
    "caveat",
];

/// The arguments a message text names, `{placement}` → `placement`, sorted, each once.
pub fn arguments(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .filter(|name| !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// Every problem of the translated messages of one file (`file`, e.g. `messages/de/intro.json`)
/// against English: a key missing or unknown, a text empty or naming other arguments, a plural
/// without exactly `lang`'s forms (a form may leave out an argument the form itself fixes, such
/// as the number in "one", but may name none English does not).
pub fn check_messages(
    file: &str,
    lang: &Language,
    english: &Map<String, Value>,
    translated: &Map<String, Value>,
) -> Vec<String> {
    let mut problems = Vec::new();
    for key in english.keys().filter(|k| !translated.contains_key(*k)) {
        problems.push(format!("{file}: {key}: missing"));
    }
    for key in translated.keys().filter(|k| !english.contains_key(*k)) {
        problems.push(format!("{file}: {key}: not a message of messages/en"));
    }
    for (key, en) in english {
        let Some(tr) = translated.get(key) else { continue };
        match (en, tr) {
            (Value::String(en), Value::String(tr)) => {
                if tr.trim().is_empty() {
                    problems.push(format!("{file}: {key}: empty"));
                } else if arguments(tr) != arguments(en) {
                    problems.push(format!(
                        "{file}: {key}: names {{{}}} where English names {{{}}}",
                        arguments(tr).join("}, {"),
                        arguments(en).join("}, {")
                    ));
                }
            }
            (Value::Object(en), Value::Object(tr)) => {
                let mut forms: Vec<&str> = tr.keys().map(String::as_str).collect();
                forms.sort_unstable();
                let mut wanted = lang.plurals.to_vec();
                wanted.sort_unstable();
                if forms != wanted {
                    problems.push(format!("{file}: {key}: plural forms must be {}", lang.plurals.join(", ")));
                    continue;
                }
                let english: Vec<&str> = en.values().filter_map(Value::as_str).flat_map(arguments).collect();
                for (form, text) in tr {
                    match text.as_str() {
                        Some(text) if !text.trim().is_empty() => {
                            let extra: Vec<&str> =
                                arguments(text).into_iter().filter(|a| !english.contains(a)).collect();
                            if !extra.is_empty() {
                                problems.push(format!(
                                    "{file}: {key}.{form}: names {{{}}}, which English does not",
                                    extra.join("}, {")
                                ));
                            }
                        }
                        _ => problems.push(format!("{file}: {key}.{form}: must be text")),
                    }
                }
            }
            _ => problems
                .push(format!("{file}: {key}: must be {}", if en.is_string() { "text" } else { "plural forms" })),
        }
    }
    problems
}

/// Every place where the translated model file `file` differs from its English original other
/// than in the text people read: a key added or missing, a list of another length, an id,
/// reference, number, rule, link or citation changed, a text left empty. `$schema` may differ
/// (the translation is a folder deeper).
pub fn check_model(file: &str, english: &Value, translated: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    compare(english, translated, &mut Vec::new(), &mut |path, problem| {
        problems.push(if path.is_empty() { format!("{file}: {problem}") } else { format!("{file}: {path}: {problem}") })
    });
    problems
}

fn compare(en: &Value, tr: &Value, path: &mut Vec<String>, problem: &mut dyn FnMut(String, String)) {
    let shown = |path: &[String]| path.concat().trim_start_matches('.').to_string();
    match (en, tr) {
        (Value::Object(en), Value::Object(tr)) => {
            for key in en.keys().filter(|k| !tr.contains_key(*k)) {
                problem(shown(path), format!("'{key}' is missing"));
            }
            for key in tr.keys().filter(|k| !en.contains_key(*k)) {
                problem(shown(path), format!("'{key}' is not in the English file"));
            }
            for (key, value) in en {
                if let Some(other) = tr.get(key) {
                    path.push(format!(".{key}"));
                    if key != "$schema" {
                        compare(value, other, path, problem);
                    }
                    path.pop();
                }
            }
        }
        (Value::Array(en), Value::Array(tr)) => {
            if en.len() != tr.len() {
                problem(shown(path), format!("English has {} items, this has {}", en.len(), tr.len()));
            }
            for (i, (a, b)) in en.iter().zip(tr).enumerate() {
                path.push(format!("[{i}]"));
                compare(a, b, path, problem);
                path.pop();
            }
        }
        (Value::String(en), Value::String(tr)) if translated(path) => {
            if tr.trim().is_empty() && !en.trim().is_empty() {
                problem(shown(path), "empty".to_string());
            }
        }
        _ if en == tr => {}
        _ => problem(shown(path), format!("must stay {en} (only the text people read is translated)")),
    }
}

/// Whether the value at `path` (`.questions`, `[2]`, `.advice`, `[0]`) is text people read.
fn translated(path: &[String]) -> bool {
    path.iter().rev().find_map(|p| p.strip_prefix('.')).is_some_and(|field| TEXT_FIELDS.contains(&field))
}
