//! The checker's two reports: for people, each problem with its file, line and column and the
//! line itself with a caret under the place (codespan-reporting, plain text); for CI, a JSON
//! array of the same problems.

use crate::core::model::ModelError;
use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, Config};
use serde_json::json;

/// The report of one file for people: `file: ok`, or each problem as
///
/// ```text
/// error[model]: questions[2].dimension: refers to unknown dimension 'listenin'
///    ┌─ acme.json:41:20
///    │
/// 41 │       "dimension": "listenin",
///    │                    ^^^^^^^^^^
/// ```
///
/// The first `EXCERPTS` problems of a file are shown with their line; any after them one line
/// each (`acme.json line 41, column 20: field: message`), so that a file with thousands of
/// problems on one long line does not print that line thousands of times.
pub fn human(file: &str, text: &str, problems: &[ModelError]) -> String {
    if problems.is_empty() {
        return format!("{file}: ok\n");
    }
    let source = SimpleFile::new(file, text);
    let config = Config::default();
    let mut out = String::new();
    for problem in &problems[..problems.len().min(EXCERPTS)] {
        let headline = if problem.field.is_empty() {
            problem.message.clone()
        } else {
            format!("{}: {}", problem.field, problem.message)
        };
        let labels = problem.location.iter().map(|at| Label::primary((), at.bytes.clone())).collect();
        let diagnostic = Diagnostic::error().with_code(problem.kind.name()).with_message(headline).with_labels(labels);
        // A location always lies within `text` (core::model::Location::of), so this cannot fail;
        // if it did, the problem is still given in one line.
        if term::emit_to_string(&mut out, &config, &source, &diagnostic).is_err() {
            out.push_str(&format!("{problem}\n"));
        }
    }
    for problem in problems.iter().skip(EXCERPTS) {
        out.push_str(&format!("{problem}\n"));
    }
    out
}

/// How many problems of one file the report shows with their line.
pub const EXCERPTS: usize = 100;

/// The problems of every file as one JSON array: `file`, `line`, `column`, `field`, `message`,
/// `kind` (`"syntax"`, `"shape"` or `"model"`); `line` and `column` are `null` for a problem
/// with no place in a file (one that could not be read).
pub fn json<'a>(problems: impl IntoIterator<Item = &'a ModelError>) -> String {
    let list: Vec<serde_json::Value> = problems
        .into_iter()
        .map(|p| {
            json!({
                "file": p.file,
                "line": p.location.as_ref().map(|l| l.line),
                "column": p.location.as_ref().map(|l| l.column),
                "field": p.field.to_string(),
                "message": p.message,
                "kind": p.kind.name(),
            })
        })
        .collect();
    serde_json::to_string_pretty(&list).unwrap_or_default()
}
