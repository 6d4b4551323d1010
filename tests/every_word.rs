#![cfg(not(target_arch = "wasm32"))]
//! "Every word in one place": what the app shows comes from the message catalogue
//! (`messages/en/*.json`, `crate::i18n`), never from a string literal in the UI layer or the
//! browser glue. This scans `src/ui`, `src/browser` and `src/entry.rs` for string literals that
//! read as words someone would see, and fails listing them:
//! - two or more words in a row ("Not sure", "the request failed", "Deleted the result of {}."),
//!   placeholders `{…}` left out;
//! - one capitalised word ("Back", "Undo", "Loading…");
//! - any word at all right after a tag in `view!` (`<span …>"complete"</span>`).
//!
//! Left alone: comments, words that are not words (ids, classes, keys: `cxm-button`,
//! `cx-maturity/model`), the messages of `unreachable!`, `panic!` and `expect`, which are for
//! developers, and what `ALLOWED` lists, each with why. A lower-case single word outside `view!`
//! markup is not caught: this is a net for sentences and labels, not a proof.

use std::fs;
use std::path::Path;

/// Where the rule holds.
const SCANNED: &[&str] = &["src/ui", "src/browser", "src/entry.rs"];

/// Literals that read as words but are never shown: file, literal, why.
const ALLOWED: &[(&str, &str, &str)] = &[
    ("src/ui/question.rs", "Enter", "the name of a key (KeyboardEvent.key), compared, never shown"),
    (
        "src/browser/storage.rs",
        "an object of text values",
        "serde's expectation while reading localStorage's items; the error is dropped, never shown",
    ),
];

/// Calls whose message is for developers, never shown.
const FOR_DEVELOPERS: &[&str] = &["unreachable!(", "panic!(", "expect("];

/// A string literal: its line, its text (escapes and line continuations resolved, roughly) and
/// the code just before it, comments and other literals' text left out.
#[derive(Debug)]
struct Literal {
    line: usize,
    text: String,
    before: String,
}

/// Every string literal in `source` (plain and raw); char literals, lifetimes and comments are
/// skipped.
fn literals(source: &str) -> Vec<Literal> {
    let s: Vec<char> = source.chars().collect();
    let get = |i: usize| s.get(i).copied().unwrap_or(' ');
    let (mut found, mut code, mut line, mut i) = (Vec::new(), String::new(), 1, 0);
    while i < s.len() {
        let start_line = line;
        // A literal: where its text starts, and the hashes that close a raw string (None: escaped).
        let opened = match (s[i], get(i + 1)) {
            ('/', '/') => {
                i = (i..s.len()).find(|&j| s[j] == '\n').unwrap_or(s.len());
                continue;
            }
            ('/', '*') => {
                let mut depth = 0;
                while i < s.len() {
                    match (s[i], get(i + 1)) {
                        ('/', '*') => (depth, i) = (depth + 1, i + 2),
                        ('*', '/') => (depth, i) = (depth - 1, i + 2),
                        (c, _) => (line, i) = (line + usize::from(c == '\n'), i + 1),
                    }
                    if depth == 0 {
                        break;
                    }
                }
                continue;
            }
            ('\'', _) => {
                // 'x', '\n', '\u{2019}' or a lifetime ('a, which has no closing quote).
                let close = if get(i + 1) == '\\' { (i + 3..s.len()).find(|&j| s[j] == '\'') } else { Some(i + 2) };
                i = close.filter(|&j| get(j) == '\'').map_or(i + 1, |j| j + 1);
                continue;
            }
            ('"', _) => Some((i + 1, None)),
            ('r', '"' | '#') if !matches!(get(i.wrapping_sub(1)), 'a'..='z' | 'A'..='Z' | '0'..='9' | '_') => {
                let hashes = (i + 1..s.len()).take_while(|&j| s[j] == '#').count();
                (get(i + 1 + hashes) == '"').then_some((i + 2 + hashes, Some(hashes)))
            }
            _ => None,
        };
        let Some((from, raw)) = opened else {
            line += usize::from(s[i] == '\n');
            code.push(s[i]);
            i += 1;
            continue;
        };
        let mut text = String::new();
        i = from;
        while i < s.len() {
            let c = s[i];
            line += usize::from(c == '\n');
            match raw {
                Some(h) if c == '"' && (1..=h).all(|k| get(i + k) == '#') => {
                    i += 1 + h;
                    break;
                }
                None if c == '"' => {
                    i += 1;
                    break;
                }
                None if c == '\\' => {
                    let next = get(i + 1);
                    i += 2;
                    match next {
                        '\n' => {
                            line += 1;
                            while i < s.len() && s[i].is_whitespace() {
                                line += usize::from(s[i] == '\n');
                                i += 1;
                            }
                        }
                        'n' => text.push('\n'),
                        'u' => {
                            let close = (i..s.len()).find(|&j| s[j] == '}').unwrap_or(s.len() - 1);
                            let hex: String = s[i + 1..close].iter().collect();
                            text.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
                            i = close + 1;
                        }
                        other => text.push(other),
                    }
                    continue;
                }
                _ => text.push(c),
            }
            i += 1;
        }
        let before = code.trim_end();
        let before: String = before.chars().skip(before.chars().count().saturating_sub(24)).collect();
        found.push(Literal { line: start_line, text, before });
        code.push_str("\"\"");
    }
    found
}

/// Whether `token` is a word as prose writes one: letters (and apostrophes), with punctuation
/// before or after, as in "(CX)", "“Not", "sure”", "Share…".
fn is_word(token: &str) -> bool {
    let core = token.trim_start_matches(['(', '“', '"', '‘']).trim_end_matches(|c: char| ".,:;!?…)”\"’".contains(c));
    core.chars().next().is_some_and(|c| c.is_alphabetic())
        && core.chars().all(|c| c.is_alphabetic() || c == '\'' || c == '’')
}

/// Whether `literal` reads as words someone would see (the rules in the module docs).
fn reads_as_words(literal: &Literal) -> bool {
    if FOR_DEVELOPERS.iter().any(|call| literal.before.ends_with(call)) {
        return false;
    }
    let mut text = String::new();
    let mut depth = 0;
    for c in literal.text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            c if depth == 0 => text.push(c),
            _ => {}
        }
    }
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let words = tokens.windows(2).any(|pair| pair.iter().all(|t| is_word(t)));
    let capitalised = tokens.len() == 1 && {
        let mut letters = tokens[0].chars().filter(|c| c.is_alphabetic());
        letters.next().is_some_and(char::is_uppercase) && letters.clone().count() > 0 && letters.all(char::is_lowercase)
    };
    let after_tag = literal.before.ends_with('>')
        && !literal.before.ends_with("=>")
        && !literal.before.ends_with("->")
        && text.chars().any(char::is_alphabetic);
    words || (capitalised && is_word(tokens[0])) || after_tag
}

/// The literals of `file` (its text `source`) that break the rule, as "file:line: text".
fn offenders(file: &str, source: &str) -> Vec<String> {
    literals(source)
        .into_iter()
        .filter(reads_as_words)
        .filter(|l| !ALLOWED.iter().any(|(f, text, _)| *f == file && *text == l.text))
        .map(|l| format!("{file}:{}: {:?}", l.line, l.text))
        .collect()
}

fn read(file: &str) -> String {
    fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"))
}

fn rust_files(path: &Path, out: &mut Vec<String>) {
    if path.is_dir() {
        let mut entries: Vec<_> =
            fs::read_dir(path).expect("readable folder").map(|e| e.expect("entry").path()).collect();
        entries.sort();
        for entry in entries {
            rust_files(&entry, out);
        }
    } else if path.extension().is_some_and(|x| x == "rs") {
        out.push(path.to_string_lossy().replace('\\', "/"));
    }
}

#[test]
fn the_ui_and_the_browser_glue_show_only_catalogue_text() {
    let mut files = Vec::new();
    for place in SCANNED {
        rust_files(Path::new(place), &mut files);
    }
    assert!(files.len() > 20, "scanned only {files:?}");
    let found: Vec<String> = files.iter().flat_map(|file| offenders(file, &read(file))).collect();
    assert!(
        found.is_empty(),
        "{} string literal(s) read as text the app shows: put each in messages/en/*.json and render the \
         constant (`i18n::KEY.en()`, `text!(i18n::KEY, name = …).en()`), or, if it is never shown, add it to \
         ALLOWED in tests/every_word.rs with why:\n{}",
        found.len(),
        found.join("\n")
    );
    let there = |file: &str, text: &str| literals(&read(file)).iter().any(|l| l.text == text && reads_as_words(l));
    let stale: Vec<&str> =
        ALLOWED.iter().filter(|(file, text, _)| !there(file, text)).map(|(_, text, _)| *text).collect();
    assert!(stale.is_empty(), "ALLOWED lists literals that are no longer there: {stale:?}");
}

#[test]
fn words_are_found_in_markup_calls_and_formats_and_not_in_ids_or_developer_messages() {
    let source = r##"
        // "A comment, not shown."
        fn f<'a>(x: &'a str) -> char { let q = '"'; let e = '\''; let s = '\u{2019}'; q }
        view! {
            <h1 id="cxm-title" class="cxm-a cxm-b">"Loading…"</h1>
            <span class="cxm-ladder__done">"complete"</span>
            <nav aria-label="Result actions">{x}</nav>
            <p>"Your answer: " <strong>{a}</strong></p>
            " "
        }
        status.set(format!("Deleted the result of {}.", date));
        notices.notify("The browser would not \
                        delete this result.".into());
        let hint = match n { 0 => "Tick two.", _ => "" };
        let id = format!("cxm-pick-{id}");
        let key = r#"cx-maturity/model"#;
        self.models.loaded(i).unwrap_or_else(|| unreachable!("the chosen model is loaded"));
        if key == "Enter" { go() }
        match el.tag_name().as_str() { "BUTTON" | "A" => {}, _ => {} }
        /* "Not shown /* nested */ either." */
        let label = r#"Link "copied"."#;
    "##;
    let found: Vec<(usize, String)> =
        literals(source).into_iter().filter(reads_as_words).map(|l| (l.line, l.text)).collect();
    let expected = [
        (5, "Loading…"),
        (6, "complete"),
        (7, "Result actions"),
        (8, "Your answer: "),
        (11, "Deleted the result of {}."),
        (12, "The browser would not delete this result."),
        (14, "Tick two."),
        (18, "Enter"),
        (21, "Link \"copied\"."),
    ];
    assert_eq!(found, expected.map(|(line, text)| (line, text.to_string())));
    // The real list excuses a literal only in its own file.
    assert_eq!(offenders("src/ui/question.rs", r#"if key == "Enter" {}"#), Vec::<String>::new());
    assert_eq!(offenders("src/ui/intro.rs", r#"if key == "Enter" {}"#), ["src/ui/intro.rs:1: \"Enter\""]);
}
