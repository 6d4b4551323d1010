//! Checks every model file in `models/` when the crate is built, so a broken model file fails
//! the build with a message naming the file and the field, and writes the catalog the app needs
//! before a model is loaded: name, size and ladder of each built-in model, and the default
//! model's file, which is compiled in (the others are fetched when chosen).

#[allow(dead_code)]
#[path = "src/core/model.rs"]
mod model;

use model::Model;
use std::fmt::Write;

/// The built-in models in the order the chooser shows them; the first is the default.
const ORDER: &[&str] = &["six-stage", "four-phases", "four-stages", "ebd"];

fn main() {
    println!("cargo:rerun-if-changed=models");
    println!("cargo:rerun-if-changed=src/core/model.rs");
    let mut on_disk: Vec<String> = std::fs::read_dir("models")
        .expect("models/ is readable")
        .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".json").map(String::from))
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = ORDER.iter().map(|s| s.to_string()).collect();
    listed.sort();
    assert!(on_disk == listed, "models/ holds {on_disk:?} but build.rs ORDER lists {listed:?}; keep them the same");

    let mut entries = String::new();
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
        let stages: Vec<String> = m.stages.iter().map(|s| format!("{:?}", s.name)).collect();
        writeln!(
            entries,
            "    Entry {{ id: {:?}, file: {file:?}, name: {:?}, summary: {:?}, questions: {}, minutes: {}, \
             stage_word: {:?}, stages: &[{}], ladder: {}, source: {:?} }},",
            m.id,
            m.name,
            m.summary,
            m.questions.len(),
            m.minutes,
            m.stage_word,
            stages.join(", "),
            m.is_ladder(),
            m.sources.first().map_or("", |s| &*s.citation),
        )
        .unwrap();
    }
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR is set");
    let out = format!(
        "/// The built-in models, the default first.\npub static CATALOG: [Entry; {}] = [\n{entries}];\n\n\
         /// The default model's file, compiled in so a first visit needs no extra request.\n\
         pub const DEFAULT_JSON: &str = include_str!({:?});\n",
        ORDER.len(),
        format!("{manifest}/models/{}.json", ORDER[0]),
    );
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR is set")).join("catalog.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
