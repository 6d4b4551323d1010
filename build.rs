//! Checks every model file in `models/` and compiles the built-in ones into the binary as static
//! data, so a broken model file fails the build with a message naming the file and the field,
//! and the browser never parses JSON for the built-in models.

#[allow(dead_code)]
#[path = "src/core/model.rs"]
mod model;

use model::{AnswerOption, Benchmark, Dimension, Model, Question, Source, Stage};
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
    if on_disk != listed {
        panic!("models/ holds {on_disk:?} but build.rs ORDER lists {listed:?}; keep them the same");
    }

    let mut out = String::new();
    let mut names = Vec::new();
    for id in ORDER {
        let file = format!("models/{id}.json");
        println!("cargo:rerun-if-changed={file}");
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let model = Model::from_json(&file, &text).unwrap_or_else(|errors| {
            for e in &errors {
                println!("cargo:warning={e}");
            }
            panic!("{file} is not a valid model:\n{}", errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"))
        });
        let name = id.to_uppercase().replace('-', "_");
        emit(&mut out, &name, &model);
        names.push(name);
    }
    let refs: Vec<String> = names.iter().map(|n| format!("&{n}")).collect();
    let files: Vec<String> = ORDER.iter().map(|id| format!("\"models/{id}.json\"")).collect();
    writeln!(out, "/// The built-in models, the default first.\npub static BUILT_IN: [&Model; {}] = [{}];", refs.len(), refs.join(", ")).unwrap();
    writeln!(out, "/// The file each built-in model was compiled from.\npub const BUILT_IN_FILES: [&str; {}] = [{}];", files.len(), files.join(", ")).unwrap();
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR is set")).join("models.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}

fn s(text: &str) -> String {
    format!("Cow::Borrowed({text:?})")
}

fn opt(text: &Option<model::Text>) -> String {
    text.as_ref().map_or_else(|| "None".into(), |t| format!("Some({})", s(t)))
}

/// Writes `static {name}: [{ty}; n] = [...]` and returns `Cow::Borrowed(&{name})`.
fn list(out: &mut String, name: &str, ty: &str, items: Vec<String>) -> String {
    writeln!(out, "static {name}: [{ty}; {}] = [{}];", items.len(), items.join(", ")).unwrap();
    format!("Cow::Borrowed(&{name})")
}

fn options(out: &mut String, name: &str, options: &[AnswerOption]) -> String {
    let items = options.iter().map(|o| format!("AnswerOption {{ label: {}, value: {} }}", s(&o.label), o.value)).collect();
    list(out, name, "AnswerOption", items)
}

fn emit(out: &mut String, name: &str, m: &Model) {
    let sources = m.sources.iter().map(|x: &Source| format!("Source {{ id: {}, citation: {} }}", s(&x.id), s(&x.citation))).collect();
    let sources = list(out, &format!("{name}_SOURCES"), "Source", sources);
    let dimensions = m
        .dimensions
        .iter()
        .map(|d: &Dimension| {
            format!(
                "Dimension {{ id: {}, name: {}, description: {}, fluff: {}, tough: {} }}",
                s(&d.id), s(&d.name), s(&d.description), opt(&d.fluff), opt(&d.tough)
            )
        })
        .collect();
    let dimensions = list(out, &format!("{name}_DIMENSIONS"), "Dimension", dimensions);
    let stages = m.stages.iter().map(|x: &Stage| format!("Stage {{ name: {}, description: {} }}", s(&x.name), s(&x.description))).collect();
    let stages = list(out, &format!("{name}_STAGES"), "Stage", stages);
    let scales = m
        .scales
        .iter()
        .enumerate()
        .map(|(i, sc)| format!("Scale {{ name: {}, options: {} }}", s(&sc.name), options(out, &format!("{name}_SCALE_{i}"), &sc.options)))
        .collect();
    let scales = list(out, &format!("{name}_SCALES"), "Scale", scales);
    let questions = m
        .questions
        .iter()
        .enumerate()
        .map(|(i, q): (usize, &Question)| {
            format!(
                "Question {{ id: {}, dimension: {}, prompt: {}, options: {}, scale: {}, advice: {} }}",
                s(&q.id), s(&q.dimension), s(&q.prompt), options(out, &format!("{name}_Q{i}_OPTIONS"), &q.options), opt(&q.scale), s(&q.advice)
            )
        })
        .collect();
    let questions = list(out, &format!("{name}_QUESTIONS"), "Question", questions);
    let benchmarks = m
        .benchmarks
        .iter()
        .map(|b: &Benchmark| {
            format!(
                "Benchmark {{ text: {}, source: {}, dimension: {}, question: {} }}",
                s(&b.text), s(&b.source), opt(&b.dimension), opt(&b.question)
            )
        })
        .collect();
    let benchmarks = list(out, &format!("{name}_BENCHMARKS"), "Benchmark", benchmarks);
    writeln!(
        out,
        "pub static {name}: Model = Model {{ id: {}, version: {}, name: {}, summary: {}, minutes: {}, measures: {}, \
         stage_word: {}, sources: {sources}, dimensions: {dimensions}, stages: {stages}, scales: {scales}, \
         questions: {questions}, scoring: Scoring::{:?}, benchmarks: {benchmarks} }};",
        s(&m.id), m.version, s(&m.name), s(&m.summary), m.minutes, s(&m.measures), s(&m.stage_word), m.scoring
    )
    .unwrap();
}
