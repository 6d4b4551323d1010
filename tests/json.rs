#![cfg(not(target_arch = "wasm32"))]
//! The small JSON reader used for model files.

use cx_maturity::core::json::{Value, parse};

fn s(text: &str) -> Value {
    Value::String(text.into())
}

#[test]
fn values_are_read_as_written() {
    let table: &[(&str, Value)] = &[
        ("null", Value::Null),
        (" true ", Value::Bool(true)),
        ("false", Value::Bool(false)),
        ("-12", Value::Number("-12".into())),
        ("1.5e3", Value::Number("1.5e3".into())),
        (r#""plain""#, s("plain")),
        (r#""q\"b\\s\/n\nt\tu\u00e9""#, s("q\"b\\s/n\nt\tué")),
        (r#""\ud83d\ude00""#, s("😀")),
        ("\"“curly” ü\"", s("“curly” ü")),
        ("[]", Value::Array(vec![])),
        ("[1, [2]]", Value::Array(vec![Value::Number("1".into()), Value::Array(vec![Value::Number("2".into())])])),
        (
            r#"{"a": 1, "b": {}}"#,
            Value::Object(vec![("a".into(), Value::Number("1".into())), ("b".into(), Value::Object(vec![]))]),
        ),
    ];
    for (text, expected) in table {
        assert_eq!(parse(text).as_ref(), Ok(expected), "{text}");
    }
}

#[test]
fn whole_numbers_only() {
    let table: &[(&str, Option<i64>)] = &[
        ("7", Some(7)),
        ("0", Some(0)),
        ("-0", Some(0)),
        ("-3", Some(-3)),
        ("1.5", None),
        ("1e2", None),
        ("99999999999999999999", None),
    ];
    for (text, expected) in table {
        assert_eq!(parse(text).expect("valid JSON").whole(), *expected, "{text}");
    }
    assert_eq!(s("7").whole(), None);
}

#[test]
fn malformed_text_is_refused_with_line_and_column() {
    let table: &[(&str, (usize, usize, &str))] = &[
        ("", (1, 1, "unexpected end")),
        ("{", (1, 2, "expected a name in double quotes")),
        ("[1,]", (1, 4, "expected a value")),
        ("[1 2]", (1, 4, "expected ',' or ']'")),
        ("{\"a\" 1}", (1, 6, "expected ':'")),
        ("\"open", (1, 6, "text is not closed")),
        ("\"\\x\"", (1, 4, "unknown escape")),
        ("\"\\ud800\\u0041\"", (1, 14, "bad \\u escape")),
        ("\"\\u+041\"", (1, 4, "bad \\u escape")),
        ("01", (1, 1, "a number cannot start with 0")),
        ("[-007]", (1, 2, "a number cannot start with 0")),
        ("-", (1, 2, "expected a digit")),
        ("1.", (1, 3, "expected a digit")),
        ("tru", (1, 1, "expected a value")),
        ("\n\n  @", (3, 3, "expected a value")),
        ("\"é\" x", (1, 5, "unexpected text after the end")),
    ];
    for (text, (line, column, message)) in table {
        let e = parse(text).expect_err(text);
        assert_eq!((e.line, e.column, e.message), (*line, *column, *message), "{text:?}");
    }
    assert!(parse(&"[".repeat(100_000)).is_err(), "deep nesting is refused, not a stack overflow");
}
