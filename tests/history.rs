#![cfg(not(target_arch = "wasm32"))]
//! Completed results: the stored record and every way it can be wrong, the order the history is
//! listed in, the export file and its import (whole-file refusals, one bad result among good ones,
//! duplicates), the CSV export, and properties over generated results and mutated files.

mod support;

use arbtest::arbitrary::{Result as Arb, Unstructured};
use arbtest::arbtest;
use cx_maturity::core::export::{
    CsvRow, Import, ImportError, MAX_IMPORT_BYTES, MAX_IMPORT_RESULTS, export_csv, export_json, import_json,
};
use cx_maturity::core::history::{RecordProblem, SavedResult, read_record, result_key, sort_newest_first};
use cx_maturity::core::model::Model;
use cx_maturity::i18n::{Catalog, Text};
use cx_maturity::report::history::csv_row;
use support::{answers, model};

/// An import check that takes every result whose fields are good.
fn any(_: &SavedResult) -> Result<(), RecordProblem> {
    Ok(())
}

const TAKEN: &str = "2026-11-23T21:05:09.123Z";

fn small() -> Model {
    model(2, 2, 3, &[1, 2, 3], r#"{"rule":"average"}"#)
}

fn result(id: &str, taken: &str, answer_text: &str) -> SavedResult {
    let m = small();
    SavedResult::new(id.into(), taken.into(), &m, &answers(&m, answer_text))
}

/// A stored record with one field replaced (or, with `None`, left out).
fn record_with(field: &str, value: Option<&str>) -> String {
    let mut fields = vec![
        ("format", "1"),
        ("id", r#""r1""#),
        ("taken", r#""2026-11-23T21:05:09.123Z""#),
        ("model", r#""test""#),
        ("version", "1"),
        ("answers", r#""0?21""#),
    ];
    match fields.iter_mut().find(|(name, _)| *name == field) {
        Some(slot) => match value {
            Some(v) => slot.1 = v,
            None => slot.1 = "",
        },
        None => fields.push((field, value.unwrap_or("null"))),
    }
    let body: Vec<String> =
        fields.iter().filter(|(_, v)| !v.is_empty()).map(|(name, v)| format!(r#""{name}":{v}"#)).collect();
    format!("{{{}}}", body.join(","))
}

#[test]
fn a_result_is_plain_json_under_its_own_key() {
    let saved = result("r1", TAKEN, "0?21");
    let text = serde_json::to_string(&saved).unwrap();
    assert_eq!(
        text,
        r#"{"format":1,"id":"r1","taken":"2026-11-23T21:05:09.123Z","model":"test","version":1,"answers":"0?21"}"#
    );
    assert_eq!(read_record(&text), Ok(saved.clone()));
    assert_eq!(saved.restore(&small()), Ok(answers(&small(), "0?21")));
    assert_eq!(result_key("r1"), "cx-maturity/results/r1");
}

#[test]
fn a_stored_record_is_checked_field_by_field() {
    let unreadable = "it is not a saved result this tool can read";
    let id = "its 'id' is missing or is not 1 to 64 characters of a-z, 0-9 and '-'";
    let taken = "its 'taken' is missing or is not a UTC date and time like 2026-11-23T21:05:09.123Z";
    let model_id = "its 'model' is missing or is not 1 to 64 characters of a-z, 0-9 and '-'";
    let version = "its 'version' is missing or is not a whole number from 1";
    let answer_text = "its 'answers' is missing or is not text of 0-9, a-z, '?' and '-'";
    let format = "its 'format' is missing or is not a format number";
    let long_id = format!("\"{}\"", "a".repeat(65));
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    // (stored text, the sentence of its problem)
    let table: Vec<(String, &str)> = vec![
        // Corrupted, foreign or nested too deep.
        (r#"{"format":1,"id":"r1","tak"#.into(), unreadable),
        ("".into(), unreadable),
        ("cxm1 test 1 0?21 4".into(), unreadable),
        (r#"{"theme":"dark"}"#.into(), unreadable),
        ("[1,2,3]".into(), unreadable),
        (r#""0?21""#.into(), unreadable),
        (deep, unreadable),
        // Written by a later version, whatever else it has.
        (r#"{"format":3,"id":"r1","score":3}"#.into(), "it was saved by a newer version of this tool (format 3)"),
        (record_with("format", Some("0")), format),
        (record_with("format", Some(r#""1""#)), format),
        (record_with("score", Some("3")), "it has a field this version of the tool does not know ('score')"),
        (record_with("id", None), id),
        (record_with("id", Some(r#""""#)), id),
        (record_with("id", Some(r#""R1""#)), id),
        (record_with("id", Some(r#""r 1""#)), id),
        (record_with("id", Some(&long_id)), id),
        (record_with("id", Some("1")), id),
        (record_with("taken", None), taken),
        (record_with("taken", Some(r#""yesterday""#)), taken),
        (record_with("taken", Some(r#""2026-11-23 21:05:09Z""#)), taken),
        (record_with("taken", Some(r#""2026-11-23T21:05:09""#)), taken),
        (record_with("taken", Some(r#""2026-11-23T21:05:09.123+01:00""#)), taken),
        (record_with("taken", Some(r#""2026-11-23T21:05:09.Z""#)), taken),
        (record_with("taken", Some(r#""2026-11-23T21:05:09.1234567890Z""#)), taken),
        (record_with("taken", Some(r#""2026-13-23T21:05:09Z""#)), taken),
        (record_with("taken", Some(r#""2026-11-00T21:05:09Z""#)), taken),
        (record_with("taken", Some(r#""2026-11-23T24:05:09Z""#)), taken),
        (record_with("taken", Some(r#""2026-11-23T21:60:09Z""#)), taken),
        (record_with("taken", Some(r#""2026-11-23T21:05:60Z""#)), taken),
        (record_with("taken", Some(r#""２026-11-23T21:05:09Z""#)), taken),
        (record_with("model", Some(r#""Six Stage""#)), model_id),
        (record_with("version", Some("0")), version),
        (record_with("version", Some(r#""1""#)), version),
        (record_with("version", Some("4294967296")), version),
        (record_with("version", Some("1.5")), version),
        (record_with("answers", Some(r#""""#)), answer_text),
        (record_with("answers", Some(r#""0 21""#)), answer_text),
        (record_with("answers", Some(r#""<b>""#)), answer_text),
    ];
    for (text, sentence) in &table {
        let problem = read_record(text).expect_err(text.get(..80).unwrap_or(text));
        assert_eq!(problem.to_string(), *sentence, "{}", text.get(..80).unwrap_or(text));
    }
    for good in ["2026-11-23T21:05:09Z", "2026-11-23T21:05:09.5Z", "0001-01-31T00:00:00.123456789Z"] {
        let text = record_with("taken", Some(&format!("\"{good}\"")));
        assert_eq!(read_record(&text).map(|r| r.taken), Ok(good.to_string()));
    }
}

#[test]
fn a_result_is_only_restored_by_its_own_model_version_with_every_answer() {
    let m = small();
    let with = |model: &str, version: u32, answer_text: &str| SavedResult {
        format: 1,
        id: "r1".into(),
        taken: TAKEN.into(),
        model: model.into(),
        version,
        answers: answer_text.into(),
        team: None,
    };
    let table = [
        (
            with("test", 2, "0?21"),
            "it was saved under version 2 of this questionnaire, which is now at version 1, so it cannot be scored",
        ),
        (with("other", 1, "0?21"), "it belongs to another questionnaire ('other')"),
        (with("test", 1, "0?2-"), "only 3 of its 4 questions are answered"),
        (with("test", 1, "----"), "only 0 of its 4 questions are answered"),
        (
            with("test", 1, "0?2"),
            "its answers could not be used: it has 3 answers but the questionnaire has 4 questions",
        ),
        (with("test", 1, "0?29"), "its answers could not be used: answer 4 is not one of the options"),
    ];
    for (saved, sentence) in &table {
        assert_eq!(saved.restore(&m).map_err(|p| p.to_string()), Err(sentence.to_string()), "{saved:?}");
    }
}

#[test]
fn the_history_lists_the_newest_first() {
    let mut results = vec![
        result("a", "2026-11-23T21:05:09Z", "0000"),
        result("b", "2026-11-23T21:05:09.5Z", "0000"),
        result("c", "2026-11-23T21:05:09.123Z", "0000"),
        result("d", "2025-01-01T00:00:00.999Z", "0000"),
        result("e", "2026-11-23T21:05:09.50Z", "0000"),
        result("f", "2027-01-01T00:00:00Z", "0000"),
    ];
    sort_newest_first(&mut results);
    let ids: Vec<&str> = results.iter().map(|r| r.id.as_str()).collect();
    // .5 and .50 are the same time, so they go by id.
    assert_eq!(ids, ["f", "e", "b", "c", "a", "d"]);
}

fn three() -> Vec<SavedResult> {
    vec![
        result("r1", "2026-11-23T21:05:09.123Z", "0?21"),
        result("r2", "2026-11-24T08:00:00.000Z", "2222"),
        result("r3", "2026-11-25T08:00:00.000Z", "1111"),
    ]
}

#[test]
fn an_export_is_documented_json() {
    let text = export_json(&three()[..1], "2026-12-01T10:00:00.000Z");
    let expected = r#"{
  "format": "cx-maturity-export",
  "version": 1,
  "exported": "2026-12-01T10:00:00.000Z",
  "results": [
    {
      "format": 1,
      "id": "r1",
      "taken": "2026-11-23T21:05:09.123Z",
      "model": "test",
      "version": 1,
      "answers": "0?21"
    }
  ]
}"#;
    assert_eq!(text, expected);
}

#[test]
fn an_export_imports_into_an_empty_history_and_then_adds_nothing() {
    let results = three();
    let text = export_json(&results, "2026-12-01T10:00:00.000Z");
    let first = import_json(&text, &[], any).unwrap();
    assert_eq!(first, Import { added: results.clone(), duplicates: 0, refused: vec![] });
    let again = import_json(&text, &first.added, any).unwrap();
    assert_eq!(again, Import { added: vec![], duplicates: 3, refused: vec![] });
    let empty = export_json(&[], "2026-12-01T10:00:00.000Z");
    assert_eq!(import_json(&empty, &results, any), Ok(Import { added: vec![], duplicates: 0, refused: vec![] }));
}

#[test]
fn a_duplicate_is_the_same_id_or_the_same_assessment() {
    let results = three();
    let mut renamed = results[1].clone();
    renamed.id = "other-id".into();
    let mut same_id = results[2].clone();
    same_id.answers = "0000".into();
    let new = result("new", "2026-12-01T00:00:00Z", "1212");
    let mut same_as_new = new.clone();
    same_as_new.id = "newer".into();
    let file = [new.clone(), renamed, same_id, new.clone(), same_as_new];
    let import = import_json(&export_json(&file, TAKEN), &results[1..], any).unwrap();
    assert_eq!(import.added, [new]);
    assert_eq!(import.duplicates, 4);
    assert!(import.refused.is_empty());
}

#[test]
fn one_bad_result_does_not_keep_out_the_others() {
    let good = three();
    let text = format!(
        r#"{{"format":"cx-maturity-export","version":1,"exported":"{TAKEN}","results":[{},{},{},17,{},{}]}}"#,
        serde_json::to_string(&good[0]).unwrap(),
        record_with("id", Some(r#""Not An Id""#)),
        serde_json::to_string(&good[1]).unwrap(),
        r#"{"format":9,"id":"x"}"#,
        record_with("score", Some("3")),
    );
    let import = import_json(&text, &[], any).unwrap();
    assert_eq!(import.added, good[..2]);
    assert_eq!(import.duplicates, 0);
    assert_eq!(
        import.refused.iter().map(Text::en).collect::<Vec<_>>(),
        [
            "Result 2: its 'id' is missing or is not 1 to 64 characters of a-z, 0-9 and '-'.",
            "Result 4: it is not a saved result this tool can read.",
            "Result 5: it was saved by a newer version of this tool (format 9).",
            "Result 6: it has a field this version of the tool does not know ('score').",
        ]
    );
}

#[test]
fn a_file_that_is_not_a_readable_export_is_refused_whole() {
    let export = |rest: &str| format!(r#"{{"format":"cx-maturity-export",{rest}}}"#);
    let ok = r#""version":1,"exported":"2026-12-01T10:00:00Z","results":[]"#;
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let many = export(&format!(
        r#""version":1,"exported":"2026-12-01T10:00:00Z","results":[{}]"#,
        vec!["0"; MAX_IMPORT_RESULTS + 1].join(",")
    ));
    let large = format!("{}{}", export(ok), " ".repeat(MAX_IMPORT_BYTES));
    let table: Vec<(String, &str)> = vec![
        ("".into(), "The file is not valid JSON: EOF while parsing a value at line 1 column 0."),
        ("<html>".into(), "The file is not valid JSON: expected value at line 1 column 1."),
        ("format: cx-maturity-export".into(), "The file is not valid JSON: expected ident at line 1 column 2."),
        (
            export(ok).trim_end_matches("]}").to_string(),
            "The file is not valid JSON: EOF while parsing a list at line 1 column 88.",
        ),
        (deep, "The file is not valid JSON: recursion limit exceeded at line 1 column 128."),
        ("[]".into(), "This file is not a cx-maturity export."),
        (r#"{"format":"cx-maturity-backup","version":1}"#.into(), "This file is not a cx-maturity export."),
        (r#"{"format":1,"id":"r1"}"#.into(), "This file is not a cx-maturity export."),
        (
            export(r#""version":2,"exported":"someday","results":{}"#),
            "This export was made by a newer version of cx-maturity (format version 2), so this version cannot read it.",
        ),
        (
            export(r#""version":"1","exported":"2026-12-01T10:00:00Z","results":[]"#),
            "This cx-maturity export is damaged: its format version is missing or not a version number.",
        ),
        (
            export(r#""version":0,"exported":"2026-12-01T10:00:00Z","results":[]"#),
            "This cx-maturity export is damaged: its format version is missing or not a version number.",
        ),
        (
            export(&format!(r#"{ok},"note":"hi""#)),
            "This cx-maturity export is damaged: unknown field `note`, expected one of `format`, `version`, \
             `exported`, `results`.",
        ),
        (
            export(r#""version":1,"exported":"2026-12-01T10:00:00Z""#),
            "This cx-maturity export is damaged: missing field `results`.",
        ),
        (
            export(r#""version":1,"exported":"2026-12-01T10:00:00Z","results":{}"#),
            "This cx-maturity export is damaged: invalid type: map, expected a sequence.",
        ),
        (
            export(r#""version":1,"exported":"last week","results":[]"#),
            "This cx-maturity export is damaged: its export date is not a UTC date and time.",
        ),
        (many, "This export holds 10001 results, more than the 10000 that can be imported at once."),
        (large, "The file is larger than 5 MB, too large to be a cx-maturity export."),
    ];
    for (text, sentence) in &table {
        let refused = import_json(text, &three(), any).map_err(|e| e.to_string());
        assert_eq!(refused, Err(sentence.to_string()), "{}", text.get(..80).unwrap_or(text));
    }
    assert_eq!(ImportError::NotExport.to_string(), "This file is not a cx-maturity export.");
}

fn row(model: &str, result: &str, dimensions: &[(&str, u32)], answer_text: &str) -> CsvRow {
    CsvRow {
        taken: TAKEN.into(),
        model: model.into(),
        version: 2,
        result: result.into(),
        dimensions: dimensions.iter().map(|(n, p)| (n.to_string(), *p)).collect(),
        answers: answer_text.into(),
    }
}

#[test]
fn csv_fields_are_quoted_and_formulas_defused() {
    // (text of the result field, how the field is written)
    let table = [
        ("stage 3 of 6, Mobilize", r#""stage 3 of 6, Mobilize""#),
        ("plain", "plain"),
        ("", ""),
        (r#"say "hi""#, r#""say ""hi""""#),
        ("two\nlines", "\"two\nlines\""),
        ("cr\rhere", "\"cr\rhere\""),
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        ("=1+2", "'=1+2"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("=1,2", "\"'=1,2\""),
        ("a=1", "a=1"),
        ("naïve ✓", "naïve ✓"),
    ];
    for (text, written) in table {
        let csv = export_csv(&[row("M", text, &[], "0")], &Catalog::english());
        let line = csv.split("\r\n").nth(1).unwrap();
        let expected = format!("{TAKEN},M,2,{written},0");
        assert_eq!(line, expected, "{text:?}");
    }
}

#[test]
fn the_csv_has_a_column_for_every_dimension_seen() {
    let rows = [
        row("Six, stages", "stage 2 of 6, Discover", &[("Strategy", 50), ("Culture", 25)], "0?21"),
        row("Other", "1 of 2 principles sound", &[("Culture", 100), ("=Risk", 0), ("Culture", 7)], "?"),
        row("Empty", "x", &[], "1"),
    ];
    let expected = "taken,model,version,result,Strategy %,Culture %,'=Risk %,Culture %,answers\r\n\
        2026-11-23T21:05:09.123Z,\"Six, stages\",2,\"stage 2 of 6, Discover\",50,25,,,0?21\r\n\
        2026-11-23T21:05:09.123Z,Other,2,1 of 2 principles sound,,100,0,7,?\r\n\
        2026-11-23T21:05:09.123Z,Empty,2,x,,,,,1\r\n";
    assert_eq!(export_csv(&rows, &Catalog::english()), expected);
    assert_eq!(export_csv(&[], &Catalog::english()), "taken,model,version,result,answers\r\n");
}

#[test]
fn a_csv_row_scores_the_result_again() {
    let m = small();
    let scored = csv_row(&result("r1", TAKEN, "2210"), &m).unwrap();
    let expected = row("Test", "stage 2 of 3, S2", &[("Dimension 0", 100), ("Dimension 1", 25)], "2210");
    assert_eq!(CsvRow { result: scored.result.en().into(), ..scored }, CsvRow { version: 1, ..expected });
    let mut other_version = result("r1", TAKEN, "2210");
    other_version.version = 2;
    assert_eq!(csv_row(&other_version, &m), None);
    let mut unfinished = result("r1", TAKEN, "2210");
    unfinished.answers = "22-0".into();
    assert_eq!(csv_row(&unfinished, &m), None);
}

/// Text of `len` in `min..=max` characters from `alphabet`.
fn text_from(u: &mut Unstructured, alphabet: &[u8], min: usize, max: usize) -> Arb<String> {
    let len = u.int_in_range(min..=max)?;
    (0..len).map(|_| u.choose(alphabet).map(|b| char::from(*b))).collect()
}

/// A valid result: any id, time, model, version and answers the format allows.
fn any_result(u: &mut Unstructured) -> Arb<SavedResult> {
    let id_chars = b"abcdefghijklmnopqrstuvwxyz0123456789-";
    let two = |u: &mut Unstructured, lo: u32, hi: u32| u.int_in_range(lo..=hi).map(|n| format!("{n:02}"));
    let fraction = match u.int_in_range(0..=9)? {
        0 => String::new(),
        n => format!(".{}", text_from(u, b"0123456789", n, n)?),
    };
    let taken = format!(
        "{:04}-{}-{}T{}:{}:{}{fraction}Z",
        u.int_in_range(0..=9999)?,
        two(u, 1, 12)?,
        two(u, 1, 31)?,
        two(u, 0, 23)?,
        two(u, 0, 59)?,
        two(u, 0, 59)?,
    );
    Ok(SavedResult {
        format: 1,
        id: text_from(u, id_chars, 1, 64)?,
        taken,
        model: text_from(u, id_chars, 1, 64)?,
        version: u.int_in_range(1..=u32::MAX)?,
        answers: text_from(u, b"0123456789abcdefghijklmnopqrstuvwxyz?-", 1, 40)?,
        team: None,
    })
}

/// Up to 30 valid results, no two with the same id or the same content.
fn any_history(u: &mut Unstructured) -> Arb<Vec<SavedResult>> {
    let mut results: Vec<SavedResult> = Vec::new();
    for _ in 0..u.int_in_range(0..=30)? {
        let r = any_result(u)?;
        let same = |s: &SavedResult| {
            s.id == r.id
                || (s.model == r.model && s.version == r.version && s.answers == r.answers && s.taken == r.taken)
        };
        if !results.iter().any(same) {
            results.push(r);
        }
    }
    Ok(results)
}

#[test]
fn every_valid_history_round_trips_through_an_export() {
    arbtest(|u| {
        let results = any_history(u)?;
        for r in &results {
            assert_eq!(read_record(&serde_json::to_string(r).unwrap()).as_ref(), Ok(r));
        }
        let text = export_json(&results, TAKEN);
        let import = import_json(&text, &[], any).unwrap();
        assert_eq!(import, Import { added: results.clone(), duplicates: 0, refused: vec![] });
        let again = import_json(&text, &results, any).unwrap();
        assert_eq!(again, Import { added: vec![], duplicates: results.len(), refused: vec![] });
        let mut sorted = results.clone();
        sort_newest_first(&mut sorted);
        let mut ids: Vec<&str> = sorted.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids.len(), results.len());
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), results.len(), "the sort keeps every result");
        for pair in sorted.windows(2) {
            assert!(key(&pair[0]) >= key(&pair[1]), "{pair:?}");
        }
        Ok(())
    })
    .budget_ms(1_000);
}

/// What the history is ordered by, worked out the long way: the time in nanoseconds, then the id.
fn key(r: &SavedResult) -> (String, String, String) {
    let (seconds, rest) = r.taken.split_at(19);
    let digits = rest.trim_start_matches('.').trim_end_matches('Z');
    (seconds.to_string(), format!("{digits:0<9}"), r.id.clone())
}

#[test]
fn importing_a_damaged_export_never_panics() {
    arbtest(|u| {
        let results = any_history(u)?;
        let existing = any_history(u)?;
        let mut bytes = export_json(&results, TAKEN).into_bytes();
        for _ in 0..u.int_in_range(1..=8)? {
            match u.int_in_range(0..=3)? {
                0 if !bytes.is_empty() => {
                    let at = u.choose_index(bytes.len())?;
                    bytes[at] = u.arbitrary()?;
                }
                1 => {
                    let at = u.int_in_range(0..=bytes.len())?;
                    bytes.truncate(at);
                }
                2 => {
                    let at = u.int_in_range(0..=bytes.len())?;
                    let insert: Vec<u8> = u.arbitrary()?;
                    bytes.splice(at..at, insert);
                }
                _ if !bytes.is_empty() => {
                    let at = u.choose_index(bytes.len())?;
                    bytes.remove(at);
                }
                _ => {}
            }
        }
        let text = String::from_utf8_lossy(&bytes);
        let _ = read_record(&text);
        if let Ok(import) = import_json(&text, &existing, any) {
            // Whatever was let in is a valid result that was not there before, once.
            for (i, added) in import.added.iter().enumerate() {
                assert_eq!(read_record(&serde_json::to_string(added).unwrap()).as_ref(), Ok(added));
                assert!(!existing.iter().chain(&import.added[..i]).any(|r| r.id == added.id));
            }
        }
        Ok(())
    })
    .budget_ms(1_000);
}

// Guards the reliability review's M-6: a result a newer release wrote (a newer format, or a
// model or version of its questions this release does not have) is left alone, not set aside;
// only a corrupt one is set aside.
#[test]
fn stored_results_are_told_apart_by_who_wrote_them() {
    use cx_maturity::core::history::{StoredResult, read_stored_result};
    let newest = |model: &str| (model == "test").then_some(2);
    let record = |format: u32, id: &str, model: &str, version: u32| {
        format!(
            r#"{{"format":{format},"id":"{id}","taken":"{TAKEN}","model":"{model}","version":{version},"answers":"0?21"}}"#
        )
    };
    let key = result_key("r1");
    let usable = |version| {
        StoredResult::Usable(SavedResult {
            format: 1,
            id: "r1".into(),
            taken: TAKEN.into(),
            model: "test".into(),
            version,
            answers: "0?21".into(),
            team: None,
        })
    };
    let table: &[(&str, String, StoredResult)] = &[
        ("this release's", record(1, "r1", "test", 2), usable(2)),
        ("an earlier version of the questions", record(1, "r1", "test", 1), usable(1)),
        ("a newer version of the questions", record(1, "r1", "test", 3), StoredResult::Newer),
        ("a model this release does not have", record(1, "r1", "other", 1), StoredResult::Newer),
        ("a newer format (2 is a consensus result)", record(3, "r1", "test", 2), StoredResult::Newer),
        ("under another result's key", record(1, "r2", "test", 2), StoredResult::Corrupt(RecordProblem::Unreadable)),
        ("not JSON", "{{".into(), StoredResult::Corrupt(RecordProblem::Unreadable)),
    ];
    for (what, text, expected) in table {
        assert_eq!(&read_stored_result(&key, text, newest), expected, "{what}");
    }
}

// Guards the reliability review's L-5: an import refuses, with the reason, a result this release
// cannot show, instead of saving it to be listed as "cannot be shown".
#[test]
fn an_import_refuses_results_the_check_refuses_and_says_why() {
    let results = [result("a1", TAKEN, "0?21"), result("a2", TAKEN, "1111")];
    let text = export_json(&results, TAKEN);
    let import =
        import_json(&text, &[], |r| if r.id == "a2" { Err(RecordProblem::UnknownVersion(9)) } else { Ok(()) }).unwrap();
    assert_eq!(import.added, results[..1]);
    assert_eq!(
        import.refused.iter().map(Text::en).collect::<Vec<_>>(),
        ["Result 2: it was asked with version 9 of its questions, which this version of the app does not have."]
    );
}

#[test]
fn every_version_of_a_built_in_model_has_a_file() {
    use cx_maturity::core::catalog::{ARCHIVE, CATALOG, model_file, newest};
    for entry in CATALOG.iter() {
        assert_eq!(newest(entry.id), Some(entry.version));
        assert_eq!(model_file(entry.id, entry.version).map(|f| f.file), Some(entry.file));
        assert!(model_file(entry.id, entry.version + 1).is_none(), "no version from the future");
    }
    for archived in ARCHIVE.iter() {
        assert_eq!(model_file(archived.id, archived.version), Some(*archived));
        let text = std::fs::read_to_string(archived.file).expect("the archived file");
        let m = Model::from_json(archived.file, &text).expect("a valid model");
        assert_eq!((&*m.id, m.version), (archived.id, archived.version));
    }
    assert!(!ARCHIVE.is_empty(), "version 2 of each model is kept");
    assert_eq!(newest("not-a-model"), None);
}
