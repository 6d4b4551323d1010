//! `cxm`, the model file checker (see docs/authoring.md):
//!
//! ```text
//! cargo run --bin cxm -- check [--format human|json] FILE…
//! cargo run --bin cxm -- schema > docs/model.schema.json
//! ```
//!
//! `check` reports every problem of every file and exits with 1 if any file has one; `schema`
//! prints the format's JSON Schema, generated from the model types.

#[cfg(schema)]
fn main() -> std::process::ExitCode {
    use cx_maturity::checker::{Checker, report};
    use cx_maturity::core::model::{FieldPath, Kind, ModelError, schema::model_schema};
    use std::process::ExitCode;

    const USAGE: &str = "usage: cxm check [--format human|json] FILE...   check model files, every problem at once
       cxm schema                                  print the model format's JSON Schema
       cxm --help                                  this text";
    let usage = |code: u8| {
        if code == 0 {
            println!("{USAGE}")
        } else {
            eprintln!("{USAGE}")
        }
        ExitCode::from(code)
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("check") => {}
        Some("schema") if args.len() == 1 => {
            println!("{}", serde_json::to_string_pretty(&model_schema()).unwrap_or_default());
            return ExitCode::SUCCESS;
        }
        Some("--help" | "-h" | "help") => return usage(0),
        _ => return usage(2),
    }
    let mut json = false;
    let mut files = Vec::new();
    let mut rest = args[1..].iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--format" => match rest.next().map(String::as_str) {
                Some("json") => json = true,
                Some("human") => json = false,
                _ => return usage(2),
            },
            "--help" | "-h" => return usage(0),
            flag if flag.starts_with('-') && flag != "-" => return usage(2),
            file => files.push(file.to_string()),
        }
    }
    if files.is_empty() {
        return usage(2);
    }
    let checker = match Checker::new() {
        Ok(checker) => checker,
        Err(e) => {
            eprintln!("cxm: {e}");
            return ExitCode::from(2);
        }
    };
    let mut all = Vec::new();
    for file in &files {
        let (text, problems) = match std::fs::read_to_string(file) {
            Ok(text) => {
                let problems = checker.check(file, &text);
                (text, problems)
            }
            Err(e) => {
                let message = format!("cannot be read: {e}");
                let problem = ModelError {
                    file: file.clone(),
                    kind: Kind::Syntax,
                    field: FieldPath::default(),
                    message,
                    location: None,
                };
                (String::new(), vec![problem])
            }
        };
        if !json {
            print!("{}", report::human(file, &text, &problems));
        }
        all.extend(problems);
    }
    if json {
        println!("{}", report::json(&all));
    }
    if all.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

#[cfg(not(schema))]
fn main() {}
