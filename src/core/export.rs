//! Results going out and coming in: the export file, its import, and the CSV for a spreadsheet.
//!
//! An export (`export_json`) is one JSON file documented in `docs/export-format.md`:
//! `{"format":"cx-maturity-export","version":1,"exported":"<time>","results":[<SavedResult>…]}`.
//! Importing it (`import_json`) refuses the whole file only when the file itself is wrong; each
//! result in it is checked on its own (its fields here, its model, version and answers by the
//! caller's check), so one bad result does not keep out the others. `export_csv` writes results
//! as a spreadsheet (RFC 4180); its rows are built by `report::history::csv_row`.

use crate::core::history::{RecordProblem, SavedResult, check_record, is_timestamp};
use crate::core::raw_json::RawJson;
use crate::i18n::{self, Catalog, Text};
use crate::text;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt;

/// The `format` of an export file.
pub const EXPORT_FORMAT: &str = "cx-maturity-export";

/// The `version` of the export format written now.
pub const EXPORT_VERSION: u32 = 1;

/// The largest export file read, in bytes.
pub const MAX_IMPORT_BYTES: usize = 5_000_000;

/// The most results one export file may hold.
pub const MAX_IMPORT_RESULTS: usize = 10_000;

/// The export file. Written with `results: &[SavedResult]`; read with `results: Vec<RawJson>`, so
/// that each result is checked on its own.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Export<R> {
    format: String,
    version: u32,
    exported: String,
    results: R,
}

/// The export file of `results`, made at `exported` (as `Date.toISOString()` gives it).
pub fn export_json(results: &[SavedResult], exported: &str) -> String {
    let export =
        Export { format: EXPORT_FORMAT.to_string(), version: EXPORT_VERSION, exported: exported.to_string(), results };
    // Cannot fail: the values are strings, numbers and lists of them.
    serde_json::to_string_pretty(&export).unwrap_or_default()
}

/// What importing a file found: the results to add, in the file's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Import {
    pub added: Vec<SavedResult>,
    /// Results already kept, or given earlier in the file.
    pub duplicates: usize,
    /// One sentence for each result that cannot be used, naming its position ("Result 3: …").
    pub refused: Vec<Text>,
}

/// Why a whole file cannot be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge,
    /// serde_json's message, with line and column.
    NotJson(String),
    NotExport,
    /// The export format version of a later release.
    NewerVersion(u64),
    /// The file is an export whose own fields are wrong: what is wrong (serde_json's words on
    /// the file's shape are English).
    Damaged(Text),
    /// How many results the file holds.
    TooMany(usize),
}

impl ImportError {
    /// Why the file cannot be imported, in one sentence.
    pub fn text(&self) -> Text {
        match self {
            ImportError::TooLarge => text!(i18n::PROBLEM_IMPORT_TOO_LARGE, megabytes = MAX_IMPORT_BYTES / 1_000_000),
            // serde_json's message is English, with its line and column.
            ImportError::NotJson(message) => text!(i18n::PROBLEM_IMPORT_NOT_JSON, why = message.as_str()),
            ImportError::NotExport => i18n::PROBLEM_IMPORT_NOT_EXPORT.into(),
            ImportError::NewerVersion(version) => text!(i18n::PROBLEM_IMPORT_NEWER, version = *version),
            ImportError::Damaged(why) => text!(i18n::PROBLEM_IMPORT_DAMAGED, why = why.clone()),
            ImportError::TooMany(count) => {
                text!(i18n::PROBLEM_IMPORT_TOO_MANY, count = *count, most = MAX_IMPORT_RESULTS)
            }
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text().en())
    }
}

/// Reads an export file against the results already kept. The whole file is refused when it is
/// not an export this version can read; otherwise each result in it is checked on its own: its
/// fields here, then by `usable` (whether this release has its model and version of the
/// questions, and its answers are a complete set of them), and a refused one is named by its
/// position with the reason.
pub fn import_json(
    text: &str,
    existing: &[SavedResult],
    usable: impl Fn(&SavedResult) -> Result<(), RecordProblem>,
) -> Result<Import, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge);
    }
    let file: RawJson = serde_json::from_str(text).map_err(|e| ImportError::NotJson(e.to_string()))?;
    if file.get("format").and_then(RawJson::as_str) != Some(EXPORT_FORMAT) {
        return Err(ImportError::NotExport);
    }
    match file.get("version").and_then(RawJson::as_u64) {
        Some(version) if version > u64::from(EXPORT_VERSION) => return Err(ImportError::NewerVersion(version)),
        Some(version) if version == u64::from(EXPORT_VERSION) => {}
        _ => return Err(ImportError::Damaged(i18n::PROBLEM_IMPORT_NO_VERSION.into())),
    }
    // Read again as an export, for serde's own words on what is wrong with its shape (the text is
    // valid JSON, so the only position-free part of the message is what is said).
    let export: Export<Vec<RawJson>> = serde_json::from_str(text).map_err(|e| {
        let message = e.to_string();
        ImportError::Damaged(message.rsplit_once(" at line ").map_or(message.clone(), |(m, _)| m.to_string()).into())
    })?;
    if !is_timestamp(&export.exported) {
        return Err(ImportError::Damaged(i18n::PROBLEM_IMPORT_BAD_DATE.into()));
    }
    if export.results.len() > MAX_IMPORT_RESULTS {
        return Err(ImportError::TooMany(export.results.len()));
    }
    let mut records = Vec::new();
    let mut refused = Vec::new();
    for (i, value) in export.results.iter().enumerate() {
        match check_record(value).and_then(|record| usable(&record).map(|()| record)) {
            Ok(record) => records.push(record),
            Err(problem) => {
                refused.push(text!(i18n::PROBLEM_IMPORT_REFUSED, position = i + 1, problem = problem.text()))
            }
        }
    }
    // Sets: a history and an export can each hold thousands of results.
    let mut ids: BTreeSet<&str> = existing.iter().map(|r| r.id.as_str()).collect();
    let mut same: BTreeSet<(&str, u32, &str, &str)> = existing.iter().map(content).collect();
    let fresh: Vec<bool> = records.iter().map(|r| ids.insert(&r.id) & same.insert(content(r))).collect();
    let duplicates = fresh.iter().filter(|f| !**f).count();
    let added = records.into_iter().zip(fresh).filter_map(|(record, fresh)| fresh.then_some(record)).collect();
    Ok(Import { added, duplicates, refused })
}

/// What makes two results the same assessment, whatever their ids.
fn content(result: &SavedResult) -> (&str, u32, &str, &str) {
    (&result.model, result.version, &result.answers, &result.taken)
}

/// One result as a spreadsheet row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvRow {
    pub taken: String,
    /// The model's name.
    pub model: String,
    pub version: u32,
    /// The placement, as the result screen words it.
    pub result: Text,
    /// Each dimension's name and score in whole percent.
    pub dimensions: Vec<(String, u32)>,
    pub answers: String,
}

/// The rows as CSV (RFC 4180, lines ending CRLF), each result worded in the language of
/// `catalog`: a header of taken, model, version, result, one "<name> %" column for each dimension
/// name in the rows (in order of first appearance), and answers. A row leaves the columns of
/// dimensions its model does not have empty. The header's names are the documented format's
/// (`docs/export-format.md`), the same in every language.
pub fn export_csv(rows: &[CsvRow], catalog: &Catalog) -> String {
    // A column is a name and which of that name's dimensions in a row it holds, as two dimensions
    // of one model may share a name.
    let mut columns: Vec<(&str, usize)> = Vec::new();
    for row in rows {
        for column in named(&row.dimensions) {
            if !columns.contains(&column) {
                columns.push(column);
            }
        }
    }
    let mut header = vec!["taken".to_string(), "model".into(), "version".into(), "result".into()];
    header.extend(columns.iter().map(|(name, _)| format!("{name} %")));
    header.push("answers".into());
    let mut lines = vec![header];
    for row in rows {
        let mut fields =
            vec![row.taken.clone(), row.model.clone(), row.version.to_string(), row.result.render(catalog)];
        let percents: Vec<((&str, usize), u32)> =
            named(&row.dimensions).zip(row.dimensions.iter().map(|d| d.1)).collect();
        fields.extend(
            columns.iter().map(|column| {
                percents.iter().find(|(c, _)| c == column).map(|(_, p)| p.to_string()).unwrap_or_default()
            }),
        );
        fields.push(row.answers.clone());
        lines.push(fields);
    }
    csv_lines(&lines)
}

/// Each dimension's name with the number of dimensions before it of the same name.
fn named(dimensions: &[(String, u32)]) -> impl Iterator<Item = (&str, usize)> {
    dimensions
        .iter()
        .enumerate()
        .map(|(i, (name, _))| (name.as_str(), dimensions[..i].iter().filter(|(n, _)| n == name).count()))
}

/// Lines of fields as CSV (RFC 4180, lines ending CRLF).
pub fn csv_lines(lines: &[Vec<String>]) -> String {
    let mut out = String::new();
    for line in lines {
        push_line(&mut out, line);
    }
    out
}

fn push_line(out: &mut String, fields: &[String]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_field(out, field);
    }
    out.push_str("\r\n");
}

/// One CSV field: quoted when it holds a comma, quote, CR or LF, with quotes doubled. Text a
/// spreadsheet would take for a formula (starting with =, +, -, @, tab or CR) gets a leading `'`.
fn push_field(out: &mut String, text: &str) {
    let quoted = text.contains([',', '"', '\r', '\n']);
    if quoted {
        out.push('"');
    }
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        out.push('\'');
    }
    out.push_str(&text.replace('"', "\"\""));
    if quoted {
        out.push('"');
    }
}
