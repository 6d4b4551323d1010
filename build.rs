//! Checks every model file in `models/` when the crate is built, so a broken model file fails
//! the build with a message naming the file and the field, and writes the catalog the app needs
//! before a model is loaded: name, size and ladder of each built-in model, and the default model
//! itself as a Rust value (`DEFAULT`), so a first visit neither fetches nor parses it (the others
//! are fetched when chosen).

#[allow(dead_code)]
#[path = "src/i18n/languages.rs"]
mod languages;
#[allow(dead_code, unused_imports)]
#[path = "src/core/model/mod.rs"]
mod model;
/// The languages and the rules their translations keep (`crate::core::translation`, which
/// names the languages of `crate::i18n::languages`).
#[allow(dead_code, unused_imports)]
#[path = "src/core/translation.rs"]
mod translation;
mod i18n {
    pub(crate) use super::languages;
}
/// The link rule `model::check` uses (`crate::core::url` in the crate).
#[path = "src/core/url.rs"]
mod url;

use model::{Model, Scoring};
use std::fmt::Write;

/// The built-in models in the order the chooser shows them; the first is the default.
const ORDER: &[&str] = &["six-stage", "four-phases", "four-stages", "ebd"];

fn main() {
    split();
    schema();
    messages();
    translations();
    println!("cargo:rerun-if-changed=models");
    println!("cargo:rerun-if-changed=src/core/model");
    let mut on_disk: Vec<String> = std::fs::read_dir("models")
        .expect("models/ is readable")
        .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".json").map(String::from))
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = ORDER.iter().map(|s| s.to_string()).collect();
    listed.sort();
    assert!(on_disk == listed, "models/ holds {on_disk:?} but build.rs ORDER lists {listed:?}; keep them the same");

    let mut entries = String::new();
    let mut default = String::new();
    let mut asking = String::new();
    for id in ORDER {
        let file = format!("models/{id}.json");
        println!("cargo:rerun-if-changed={file}");
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let m = Model::from_json(&file, &text).unwrap_or_else(|errors| {
            let all: Vec<String> = errors.iter().map(ToString::to_string).collect();
            for e in &all {
                println!("cargo:warning={e}");
            }
            panic!("{file} is not a valid model:\n{}", all.join("\n"))
        });
        if default.is_empty() {
            default = literal(&m);
            asking = literal(&m.for_asking());
        }
        let stages: Vec<String> = m.stages.iter().map(|s| format!("{:?}", s.name)).collect();
        writeln!(
            entries,
            "    Entry {{ id: {:?}, version: {}, file: {file:?}, name: {:?}, summary: {:?}, questions: {}, words: {}, minutes: {}, \
             stage_word: {:?}, stages: &[{}], ladder: {}, source: {:?} }},",
            m.id,
            m.version,
            m.name,
            m.summary,
            m.questions.len(),
            m.words(),
            m.minutes(),
            m.stage_word,
            stages.join(", "),
            m.is_ladder(),
            m.sources.first().map_or("", |s| &*s.citation),
        )
        .unwrap();
    }
    let archive = archive();
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR is set");
    let out = format!(
        "/// The built-in models, the default first.\npub static CATALOG: [Entry; {}] = [\n{entries}];\n\n\
         /// The default model's file, for checking `DEFAULT` against it.\n\
         pub const DEFAULT_JSON: &str = include_str!({:?});\n\n\
         /// The default model, read from its file at build time.\n\
         pub static DEFAULT: Model = {default};\n\n\
         /// `DEFAULT.for_asking()`: what a release build starts with (`ui::split`). A constant, so\n\
         /// the app takes it by value rather than through `Model::clone`.\n\
         pub const DEFAULT_FOR_ASKING: Model = {asking};\n\n\
         /// Earlier versions of the built-in models' questions, from `models/archive/`.\n\
         pub static ARCHIVE: [ModelFile; {}] = [\n{}];\n",
        ORDER.len(),
        format!("{manifest}/models/{}.json", ORDER[0]),
        archive.len(),
        archive.concat(),
    );
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR is set")).join("catalog.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}

/// The English message catalogue, `messages/en/*.json`, checked and written as one constant per
/// message (`src/i18n`): a key is 1 to 64 characters of a-z, 0-9 and '-', given once in all the
/// files; a text is a string, or plural forms `{"one": …, "other": …}`; every `{` closes, and
/// both forms of a plural name the same arguments. The number of a message is its place in the
/// keys' sorted order.
fn messages() {
    println!("cargo:rerun-if-changed=messages/en");
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir("messages/en")
        .expect("messages/en/ is readable")
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut all: Vec<(String, serde_json::Value, String)> = Vec::new();
    for path in &files {
        let file = path.display().to_string();
        println!("cargo:rerun-if-changed={file}");
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{file}: {e}"));
        let map: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: not a JSON object of messages: {e}"));
        for (key, value) in map {
            assert!(
                (1..=64).contains(&key.len())
                    && key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{file}: key {key:?} must be 1 to 64 characters of a-z, 0-9 and '-'"
            );
            if let Some((_, _, other)) = all.iter().find(|(k, _, _)| *k == key) {
                panic!("{file}: key {key:?} is also in {other}");
            }
            all.push((key, value, file.clone()));
        }
    }
    all.sort_by(|a, b| a.0.cmp(&b.0));
    let braces = |file: &str, key: &str, text: &str| -> Vec<String> {
        let mut names = Vec::new();
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let close = rest[open..].find('}').unwrap_or_else(|| panic!("{file}: {key}: a '{{' is not closed"));
            let name = &rest[open + 1..open + close];
            assert!(
                !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
                "{file}: {key}: {{{name}}} is not an argument name (a-z and '_')"
            );
            names.push(name.to_string());
            rest = &rest[open + close + 1..];
        }
        names.sort();
        names.dedup();
        names
    };
    let mut out = String::new();
    for (id, (key, value, file)) in all.iter().enumerate() {
        let name = key.to_uppercase().replace('-', "_");
        match value {
            serde_json::Value::String(text) => {
                braces(file, key, text);
                writeln!(out, "/// {text}\npub const {name}: Msg = Msg {{ id: {id}, en: {text:?} }};").unwrap();
            }
            serde_json::Value::Object(forms) => {
                let form = |f: &str| match forms.get(f) {
                    Some(serde_json::Value::String(t)) => t.clone(),
                    _ => panic!("{file}: {key}: a plural needs the forms \"one\" and \"other\", as text"),
                };
                assert!(forms.len() == 2, "{file}: {key}: English plurals have the forms \"one\" and \"other\" only");
                let (one, other) = (form("one"), form("other"));
                let names = |t: &str| braces(file, key, t).into_iter().filter(|n| n != "n").collect::<Vec<_>>();
                assert_eq!(names(&one), names(&other), "{file}: {key}: both forms must name the same arguments");
                writeln!(
                    out,
                    "/// {other}\npub const {name}: Plural = Plural {{ id: {id}, one: {one:?}, other: {other:?} }};"
                )
                .unwrap();
            }
            _ => panic!("{file}: {key}: a message is text, or plural forms"),
        }
    }
    writeln!(out, "/// How many messages there are.\npub const MESSAGES: usize = {};", all.len()).unwrap();
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR is set")).join("messages.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}

/// Every translation (`core::translation`): for each language but English, `messages/<lang>/`
/// with every file and key of `messages/en/`, and `models/<lang>/<id>.json` for every built-in
/// model, a valid model whose structure is its English file's. Any problem fails the build, each
/// problem named; a folder for a language the app does not list fails it too.
fn translations() {
    use translation::{LANGUAGES, check_messages, check_model};
    type Messages = serde_json::Map<String, serde_json::Value>;
    let read =
        |file: &str| -> Result<String, String> { std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}")) };
    let json_files = |dir: &str| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .map(|d| {
                d.filter_map(|e| e.ok()?.file_name().into_string().ok()).filter(|n| n.ends_with(".json")).collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    };
    let mut problems: Vec<String> = Vec::new();
    for folder in ["messages", "models"] {
        println!("cargo:rerun-if-changed={folder}");
        for entry in std::fs::read_dir(folder).unwrap_or_else(|e| panic!("{folder}/: {e}")).filter_map(Result::ok) {
            let name = entry.file_name().into_string().unwrap_or_default();
            if entry.path().is_dir() && name != "archive" && !LANGUAGES.iter().any(|l| l.tag == name) {
                problems.push(format!("{folder}/{name}/: not a language the app lists (core::translation::LANGUAGES)"));
            }
        }
    }
    let english = json_files("messages/en");
    for lang in &LANGUAGES[1..] {
        let tag = lang.tag;
        println!("cargo:rerun-if-changed=messages/{tag}");
        println!("cargo:rerun-if-changed=models/{tag}");
        for extra in json_files(&format!("messages/{tag}")).iter().filter(|n| !english.contains(n)) {
            problems.push(format!("messages/{tag}/{extra}: no such file in messages/en"));
        }
        for name in &english {
            let (en_file, file) = (format!("messages/en/{name}"), format!("messages/{tag}/{name}"));
            println!("cargo:rerun-if-changed={file}");
            let pair = read(&en_file).and_then(|en| Ok((en, read(&file)?))).and_then(|(en, tr)| {
                let en: Messages = serde_json::from_str(&en).map_err(|e| format!("{en_file}: {e}"))?;
                let tr: Messages =
                    serde_json::from_str(&tr).map_err(|e| format!("{file}: not a JSON object of messages: {e}"))?;
                Ok((en, tr))
            });
            match pair {
                Ok((en, tr)) => problems.extend(check_messages(&file, lang, &en, &tr)),
                Err(problem) => problems.push(problem),
            }
        }
        for id in ORDER {
            let (en_file, file) = (format!("models/{id}.json"), format!("models/{tag}/{id}.json"));
            println!("cargo:rerun-if-changed={file}");
            let text = match read(&file) {
                Ok(text) => text,
                Err(problem) => {
                    problems.push(problem);
                    continue;
                }
            };
            if let Err(errors) = Model::from_json(&file, &text) {
                problems.extend(errors.iter().map(ToString::to_string));
                continue;
            }
            let en: serde_json::Value = serde_json::from_str(&read(&en_file).unwrap_or_default()).unwrap_or_default();
            let tr: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
            problems.extend(check_model(&file, &en, &tr));
        }
    }
    if !problems.is_empty() {
        for problem in &problems {
            println!("cargo:warning={problem}");
        }
        panic!("translations that do not match English:\n{}", problems.join("\n"));
    }
}

/// Each file in `models/archive/`, checked like the current models: an earlier version of a
/// built-in model's questions, named `<id>-v<version>.json`. Results and share links of that
/// version are scored by it; they are never scored by another version.
fn archive() -> Vec<String> {
    println!("cargo:rerun-if-changed=models/archive");
    let mut files: Vec<String> = std::fs::read_dir("models/archive")
        .map(|dir| dir.filter_map(|e| e.ok()?.file_name().into_string().ok()).collect())
        .unwrap_or_default();
    files.sort();
    files
        .iter()
        .map(|name| {
            let file = format!("models/archive/{name}");
            println!("cargo:rerun-if-changed={file}");
            let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
            let m = Model::from_json(&file, &text).unwrap_or_else(|errors| {
                let all: Vec<String> = errors.iter().map(ToString::to_string).collect();
                panic!("{file} is not a valid model:\n{}", all.join("\n"))
            });
            assert!(ORDER.contains(&&*m.id), "{file}: '{}' is not a built-in model", m.id);
            assert_eq!(*name, format!("{}-v{}.json", m.id, m.version), "{file}: name it <id>-v<version>.json");
            let current: Model =
                serde_json::from_str(&std::fs::read_to_string(format!("models/{}.json", m.id)).unwrap())
                    .unwrap_or_else(|e| panic!("models/{}.json: {e}", m.id));
            assert!(m.version < current.version, "{file}: an archived version must be older than models/{}.json", m.id);
            format!("    ModelFile {{ id: {:?}, version: {}, file: {file:?} }},\n", m.id, m.version)
        })
        .collect()
}

/// `m` as a Rust expression that can initialise a `static`: text and lists borrowed.
fn literal(m: &Model) -> String {
    fn text(t: &str) -> String {
        format!("Cow::Borrowed({t:?})")
    }
    fn maybe(t: &Option<model::Text>) -> String {
        t.as_deref().map_or_else(|| "None".to_string(), |t| format!("Some({})", text(t)))
    }
    fn list<T>(items: &[T], item: impl Fn(&T) -> String) -> String {
        format!("Cow::Borrowed(&[{}])", items.iter().map(item).collect::<Vec<_>>().join(", "))
    }
    fn options(options: &[model::AnswerOption]) -> String {
        list(options, |o| format!("m::AnswerOption {{ label: {}, value: {} }}", text(&o.label), o.value))
    }
    let scoring = match m.scoring {
        Scoring::Average { chasm_at } => format!("m::Scoring::Average {{ chasm_at: {chasm_at:?} }}"),
        Scoring::Majority { chasm_at } => format!("m::Scoring::Majority {{ chasm_at: {chasm_at:?} }}"),
        Scoring::Threshold { hold_percent, ordered } => {
            format!("m::Scoring::Threshold {{ hold_percent: {hold_percent}, ordered: {ordered} }}")
        }
    };
    format!(
        "m::Model {{ schema: {}, id: {}, version: {}, name: {}, summary: {}, measures: {}, stage_word: {}, dimension_word: {}, \
         sources: {}, dimensions: {}, stages: {}, scales: {}, questions: {}, scoring: {scoring}, benchmarks: {} }}",
        maybe(&m.schema),
        text(&m.id),
        m.version,
        text(&m.name),
        text(&m.summary),
        text(&m.measures),
        text(&m.stage_word),
        text(&m.dimension_word),
        list(&m.sources, |s| format!("m::Source {{ id: {}, citation: {} }}", text(&s.id), text(&s.citation))),
        list(&m.dimensions, |d| format!(
            "m::Dimension {{ id: {}, name: {}, description: {}, fluff: {}, tough: {} }}",
            text(&d.id),
            text(&d.name),
            text(&d.description),
            maybe(&d.fluff),
            maybe(&d.tough)
        )),
        list(&m.stages, |s| format!(
            "m::Stage {{ name: {}, description: {}, message: {}, cta: {} }}",
            text(&s.name),
            text(&s.description),
            maybe(&s.message),
            s.cta.as_ref().map_or_else(
                || "None".to_string(),
                |c| format!("Some(m::Cta {{ label: {}, url: {} }})", text(&c.label), text(&c.url))
            )
        )),
        list(&m.scales, |s| format!("m::Scale {{ name: {}, options: {} }}", text(&s.name), options(&s.options))),
        list(&m.questions, |q| format!(
            "m::Question {{ id: {}, dimension: {}, prompt: {}, options: {}, scale: {}, advice: {} }}",
            text(&q.id),
            text(&q.dimension),
            text(&q.prompt),
            options(&q.options),
            maybe(&q.scale),
            list(&q.advice, |a| text(a))
        )),
        list(&m.benchmarks, |b| format!(
            "m::Benchmark {{ text: {}, source: {}, caveat: {}, dimension: {}, question: {} }}",
            text(&b.text),
            text(&b.source),
            text(&b.caveat),
            maybe(&b.dimension),
            maybe(&b.question)
        )),
    )
}

/// Sets `cfg(schema)` for a native build: the model types derive `schemars::JsonSchema` there
/// (the checker and `docs/model.schema.json`), not in the browser and not in this script, which
/// includes them (so `cfg(schema)` is declared in Cargo.toml's lints, for this script too).
fn schema() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a != "wasm32") {
        println!("cargo::rustc-cfg=schema");
    }
}

/// Sets `cfg(split)` for a release build for the browser: the code a first visit does not need
/// goes into a second wasm file there (src/ui/split.rs). A debug build (`make serve`, the browser
/// tests) and a native build are one piece.
fn split() {
    println!("cargo::rustc-check-cfg=cfg(split)");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    let release = std::env::var("PROFILE").is_ok_and(|p| p == "release");
    if wasm && release {
        println!("cargo::rustc-cfg=split");
    }
}
