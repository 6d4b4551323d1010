#![cfg(not(target_arch = "wasm32"))]
//! `cxm check` (src/checker/, src/bin/cxm.rs): every problem of a model file at once, located,
//! in a report for people and in JSON for CI; never a panic, whatever the file holds.
//!
//! The reports of the broken files in `tests/fixtures/models/` are compared with the expected
//! ones in `tests/fixtures/reports/` (`<name>.txt`, `<name>.json`). After a deliberate change, write them anew with
//!
//!     CXM_WRITE_REPORTS=1 cargo test --test checker

use cx_maturity::checker::{Checker, report};
use cx_maturity::core::model::Kind;
use std::process::Command;

const FIXTURES: &str = "tests/fixtures/models";
const REPORTS: &str = "tests/fixtures/reports";

/// The human and JSON reports of fixture `name`, with the kinds of its problems.
fn reports(name: &str) -> (String, String, Vec<Kind>) {
    let file = format!("{FIXTURES}/{name}.json");
    let text = std::fs::read_to_string(&file).expect("a fixture");
    let problems = Checker::new().expect("the schema compiles").check(&file, &text);
    (report::human(&file, &text, &problems), report::json(&problems), problems.iter().map(|p| p.kind).collect())
}

/// `actual` must be the text of `file`, or is written there when `CXM_WRITE_REPORTS` is set.
fn expect_file(file: &str, actual: &str) -> Option<String> {
    if std::env::var_os("CXM_WRITE_REPORTS").is_some() {
        std::fs::write(file, actual).expect("the fixtures are writable");
        return None;
    }
    let expected = std::fs::read_to_string(file).unwrap_or_default();
    (expected != actual)
        .then(|| format!("{file} differs (CXM_WRITE_REPORTS=1 cargo test --test checker writes it):\n{actual}"))
}

#[test]
fn every_problem_of_each_kind_is_reported_located() {
    let table = [("syntax", Kind::Syntax, 1), ("shape", Kind::Shape, 9), ("model", Kind::Model, 6)];
    let mut wrong = Vec::new();
    for (name, kind, count) in table {
        let (human, json, kinds) = reports(name);
        assert_eq!(kinds, vec![kind; count], "{name}: {human}");
        wrong.extend(expect_file(&format!("{REPORTS}/{name}.txt"), &human));
        wrong.extend(expect_file(&format!("{REPORTS}/{name}.json"), &json));
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n\n"));
}

#[test]
fn the_json_report_has_the_fields_ci_reads() {
    let (_, json, _) = reports("model");
    let list: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let first = list.as_array().unwrap().iter().find(|p| p["field"] == "questions[1].id").expect("the duplicate");
    assert_eq!(first["file"], "tests/fixtures/models/model.json");
    assert_eq!((first["line"].as_u64(), first["column"].as_u64()), (Some(32), Some(13)));
    assert_eq!(first["field"], "questions[1].id");
    assert_eq!(first["message"], "duplicate id 'ask'");
    assert_eq!(first["kind"], "model");
}

/// Text no model file should hold: the checker reports a problem and never panics.
#[test]
fn nasty_input_is_reported_not_panicked_on() {
    let checker = Checker::new().expect("the schema compiles");
    let deep = "[".repeat(100_000);
    let wide = format!("{{\"questions\": [{}]}}", vec!["{}"; 10_000].join(","));
    let many_lines = format!("{{\"questions\": [{}]}}", vec!["{}"; 10_000].join(",\n"));
    let table = [
        "",
        "   \n\n",
        "null",
        "[]",
        "\u{feff}{}",
        "{\"id\": \"\\ud800\"}",
        "{\"version\": 1e999}",
        "{\"version\": 99999999999999999999999}",
        "{\"id\": \"x\", \"id\": \"y\"}",
        "{\"scales\": {\"a\": [], \"a\": []}}",
        "\0",
        "{\"stages\": [{\"name\": \"é\u{301}\", \"cta\": {\"label\": \"\", \"url\": \"//evil.example\"}}]}",
        &deep,
        &wide,
        &many_lines,
    ];
    for text in table {
        let problems = checker.check("nasty.json", text);
        assert!(!problems.is_empty(), "{text:.40?} is not a model");
        for problem in &problems {
            let at = problem.location.as_ref().expect("located");
            assert!(at.bytes.end <= text.len() && at.line >= 1 && at.column >= 1, "{problem:?}");
        }
        let human = report::human("nasty.json", text, &problems);
        assert_eq!(human.matches("error[").count(), problems.len().min(report::EXCERPTS), "{text:.40?}");
        assert_eq!(human.matches("nasty.json line ").count(), problems.len().saturating_sub(report::EXCERPTS));
    }
}

#[test]
fn every_model_file_here_is_ok() {
    let checker = Checker::new().expect("the schema compiles");
    for dir in ["models", "models/archive", "examples/models"] {
        for entry in std::fs::read_dir(dir).expect("a folder of models") {
            let path = entry.expect("an entry").path();
            if path.extension().is_some_and(|x| x == "json") {
                let file = path.display().to_string();
                let text = std::fs::read_to_string(&path).expect("readable");
                let problems = checker.check(&file, &text);
                assert!(problems.is_empty(), "{}", report::human(&file, &text, &problems));
            }
        }
    }
}

/// The command itself: exit codes, usage, a file that cannot be read.
#[test]
fn the_command_exits_non_zero_on_a_problem_and_gives_usage() {
    let cxm = |args: &[&str]| Command::new(env!("CARGO_BIN_EXE_cxm")).args(args).output().expect("cxm runs");
    let ok = cxm(&["check", "models/ebd.json", "examples/models/brightpath.json"]);
    assert!(ok.status.success());
    assert_eq!(String::from_utf8_lossy(&ok.stdout), "models/ebd.json: ok\nexamples/models/brightpath.json: ok\n");

    let broken =
        cxm(&["check", "--format", "json", "models/ebd.json", "tests/fixtures/models/model.json", "nowhere.json"]);
    assert_eq!(broken.status.code(), Some(1));
    let list: serde_json::Value = serde_json::from_slice(&broken.stdout).expect("JSON");
    let files: Vec<&str> = list.as_array().unwrap().iter().map(|p| p["file"].as_str().unwrap()).collect();
    assert_eq!(files.iter().filter(|f| **f == "tests/fixtures/models/model.json").count(), 6);
    assert_eq!(files.last(), Some(&"nowhere.json"));

    for args in [&["--help"][..], &["check", "--help"]] {
        let help = cxm(args);
        assert!(help.status.success() && String::from_utf8_lossy(&help.stdout).starts_with("usage: cxm check"));
    }
    for args in
        [&[][..], &["check"], &["lint", "x.json"], &["check", "--colour", "x.json"], &["check", "--format", "xml", "x"]]
    {
        let wrong = cxm(args);
        assert_eq!(wrong.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&wrong.stderr).starts_with("usage: cxm check"), "{args:?}");
    }
}
