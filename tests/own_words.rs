#![cfg(not(target_arch = "wasm32"))]
//! The own-words rule: no text the product shows shares a run of seven or more words with the
//! source documents (`../shared/seeds/*.txt`), except the titles and framework names in `ALLOWED`.
//!
//! Scanned: every string value in `models/*.json` (not `models/archive/`, whose old versions are
//! kept unchanged on purpose) and in the message catalogue `messages/en/*.json`, every string
//! literal in `src/**/*.rs` (comments skipped, line continuations joined, raw strings included),
//! `README.md`, `ARCHITECTURE.md`, `docs/*.md`, `index.html`, `examples/*.html`, `embed/*.html`
//! and `author/*.html` (HTML tags dropped). Words are lower-cased,
//! apostrophes (straight and curly) are dropped, and every character other than a-z, 0-9 and %
//! (hyphens and dashes included) separates words.
//!
//! The seeds are not in the repository, and a fresh clone may not have them. So the scan compares
//! against `tests/seeds.fingerprint`: the CRC-64/XZ of every run of seven words in the seeds,
//! sorted, in hex. It holds no seed text; a hit is reported in the product's own words.
//! `the_fingerprint_matches_the_seeds` checks the file against the seeds when they are there
//! (`../shared/seeds`, or the directory named by `CXM_SEEDS`) and says it was skipped otherwise.
//! When the seeds change, rewrite the file with
//!
//!     CXM_WRITE_FINGERPRINT=1 cargo test --test own_words the_fingerprint_matches_the_seeds

use crc::{CRC_64_XZ, Crc};
use serde_json::Value;
use std::collections::{BTreeSet, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The shortest shared run that breaks the rule.
const RUN: usize = 7;
const FINGERPRINT_FILE: &str = "tests/seeds.fingerprint";
const CRC64: Crc<u64> = Crc::<u64>::new(&CRC_64_XZ);

/// Titles and framework names a product text may share with the seeds, each with the reason. A
/// phrase excuses only a shared run that lies wholly within it.
const ALLOWED: &[(&str, &str)] = &[
    (
        "the three principles of Experience-Based Differentiation",
        "the name of Temkin Group's framework, which the EBD self-test scores",
    ),
    (
        "Unlocking Success: Navigating the Four Stages of Customer Experience (CX) Maturity",
        "the title of the article the four-stage model is built on, cited by name",
    ),
];

/// A word of a text, with where it starts and ends (bytes).
struct Word {
    text: String,
    start: usize,
    end: usize,
}

/// The words of `text`: lower-cased, apostrophes dropped, split at anything but a-z, 0-9 and %.
fn words(text: &str) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut open = false;
    for (i, c) in text.char_indices() {
        if c == '\'' || c == '\u{2019}' {
            continue;
        }
        for lower in c.to_lowercase() {
            if lower.is_ascii_lowercase() || lower.is_ascii_digit() || lower == '%' {
                match out.last_mut() {
                    Some(word) if open => word.text.push(lower),
                    _ => out.push(Word { text: lower.to_string(), start: i, end: i }),
                }
                open = true;
                let word = out.last_mut().expect("just pushed");
                word.end = i + c.len_utf8();
            } else {
                open = false;
            }
        }
    }
    out
}

/// The hash of one run of `RUN` words, as the fingerprint holds it.
fn shingle(run: &[Word]) -> u64 {
    let joined: Vec<&str> = run.iter().map(|w| w.text.as_str()).collect();
    CRC64.checksum(joined.join(" ").as_bytes())
}

/// The hashes of every run of `RUN` words in `text`.
fn shingles(text: &str) -> Vec<u64> {
    words(text).windows(RUN).map(shingle).collect()
}

/// One text the product shows, with where it comes from.
struct Unit {
    file: String,
    /// The JSON path of a model string; `None` for text from a source or document file.
    json_path: Option<String>,
    text: String,
    /// The file's line of each byte of `text` (empty for a JSON string).
    lines: Vec<usize>,
}

impl Unit {
    fn place(&self, offset: usize) -> String {
        match &self.json_path {
            Some(path) => format!("{} {path}", self.file),
            None => format!("{}:{}", self.file, self.lines[offset]),
        }
    }
}

/// Text being built from a file, remembering each byte's line.
struct Builder {
    text: String,
    lines: Vec<usize>,
}

impl Builder {
    fn new() -> Builder {
        Builder { text: String::new(), lines: Vec::new() }
    }

    fn push(&mut self, c: char, line: usize) {
        self.text.push(c);
        self.lines.extend(std::iter::repeat_n(line, c.len_utf8()));
    }

    fn unit(self, file: &str) -> Unit {
        Unit { file: file.to_string(), json_path: None, text: self.text, lines: self.lines }
    }
}

/// Every string value of a JSON document, each with its path (`questions[3].options[0].label`).
fn json_units(file: &str, source: &str) -> Vec<Unit> {
    fn walk(value: &Value, path: String, file: &str, out: &mut Vec<Unit>) {
        match value {
            Value::String(s) => {
                out.push(Unit { file: file.to_string(), json_path: Some(path), text: s.clone(), lines: Vec::new() })
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(item, format!("{path}[{i}]"), file, out);
                }
            }
            Value::Object(map) => {
                for (key, item) in map {
                    let path = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                    walk(item, path, file, out);
                }
            }
            _ => {}
        }
    }
    let value: Value = serde_json::from_str(source).unwrap_or_else(|e| panic!("{file}: {e}"));
    let mut out = Vec::new();
    walk(&value, String::new(), file, &mut out);
    out
}

/// A Markdown or HTML file as one text; HTML tags and comments become a space.
fn prose_unit(file: &str, source: &str) -> Unit {
    let html = file.ends_with(".html");
    let chars: Vec<char> = source.chars().collect();
    let mut line = 1;
    let mut out = Builder::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let tag =
            html && c == '<' && chars.get(i + 1).is_some_and(|n| n.is_ascii_alphabetic() || *n == '/' || *n == '!');
        if tag {
            out.push(' ', line);
            let comment = chars[i..].starts_with(&['<', '!', '-', '-']);
            while i < chars.len() && !(chars[i] == '>' && (!comment || chars[..i].ends_with(&['-', '-']))) {
                line += usize::from(chars[i] == '\n');
                i += 1;
            }
        } else {
            out.push(c, line);
            line += usize::from(c == '\n');
        }
        i += 1;
    }
    out.unit(file)
}

/// Every string literal of a Rust source file, decoded: escapes resolved, line continuations
/// joined, raw strings as written. Comments, char literals and lifetimes are skipped.
fn rust_units(file: &str, source: &str) -> Vec<Unit> {
    let chars: Vec<char> = source.chars().collect();
    let mut line_of = Vec::with_capacity(chars.len());
    let mut line = 1;
    for &c in &chars {
        line_of.push(line);
        line += usize::from(c == '\n');
    }
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if c == '\'' {
            // '\n', '\'', '\u{2019}'; 'a'; or a lifetime or label, which has no closing quote.
            i = if at(i + 1) == '\\' {
                (i + 3..chars.len()).find(|&j| chars[j] == '\'').map_or(chars.len(), |j| j + 1)
            } else if at(i + 2) == '\'' {
                i + 3
            } else {
                i + 1
            };
        } else if c == '"' {
            let (unit, end) = escaped_string(file, &chars, &line_of, i + 1);
            out.push(unit);
            i = end;
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let ident: String = chars[start..i].iter().collect();
            let hashes = (i..chars.len()).take_while(|&j| chars[j] == '#').count();
            if matches!(ident.as_str(), "r" | "br" | "cr") && at(i + hashes) == '"' {
                let (unit, end) = raw_string(file, &chars, &line_of, i + hashes + 1, hashes);
                out.push(unit);
                i = end;
            } else if matches!(ident.as_str(), "b" | "c") && at(i) == '"' {
                let (unit, end) = escaped_string(file, &chars, &line_of, i + 1);
                out.push(unit);
                i = end;
            }
        } else if c.is_ascii_digit() {
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    out
}

/// The string literal whose text starts at `i`, up to its closing quote; and the index after it.
fn escaped_string(file: &str, chars: &[char], line_of: &[usize], mut i: usize) -> (Unit, usize) {
    let mut out = Builder::new();
    while i < chars.len() && chars[i] != '"' {
        let line = line_of[i];
        if chars[i] != '\\' {
            out.push(chars[i], line);
            i += 1;
            continue;
        }
        let escape = chars.get(i + 1).copied().unwrap_or('\\');
        i += 2;
        let decoded = match escape {
            '\n' | '\r' => {
                while i < chars.len() && chars[i].is_whitespace() {
                    i += 1;
                }
                None
            }
            'n' => Some('\n'),
            't' => Some('\t'),
            'r' => Some('\r'),
            '0' => Some('\0'),
            'x' => {
                let hex: String = chars[i..(i + 2).min(chars.len())].iter().collect();
                i += 2;
                u8::from_str_radix(&hex, 16).ok().map(char::from)
            }
            'u' => {
                let close = (i..chars.len()).find(|&j| chars[j] == '}').unwrap_or(chars.len() - 1);
                let hex: String = chars[i + 1..close].iter().collect();
                i = close + 1;
                u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32)
            }
            other => Some(other),
        };
        if let Some(c) = decoded {
            out.push(c, line);
        }
    }
    (out.unit(file), i + 1)
}

/// The raw string whose text starts at `i`, closed by a quote and `hashes` hashes; and the index
/// after it.
fn raw_string(file: &str, chars: &[char], line_of: &[usize], mut i: usize, hashes: usize) -> (Unit, usize) {
    let mut out = Builder::new();
    while i < chars.len() {
        if chars[i] == '"' && (1..=hashes).all(|k| chars.get(i + k) == Some(&'#')) {
            return (out.unit(file), i + 1 + hashes);
        }
        out.push(chars[i], line_of[i]);
        i += 1;
    }
    (out.unit(file), i)
}

/// A run of words a product text shares with the seeds.
struct Hit {
    place: String,
    words: usize,
    text: String,
}

/// The shared runs in `unit` not excused by an allowed phrase (given as its words).
fn scan(unit: &Unit, fingerprint: &HashSet<u64>, allowed: &[Vec<String>]) -> Vec<Hit> {
    let w = words(&unit.text);
    let shared: Vec<bool> = w.windows(RUN).map(|run| fingerprint.contains(&shingle(run))).collect();
    let mut hits = Vec::new();
    let mut i = 0;
    while i < shared.len() {
        if !shared[i] {
            i += 1;
            continue;
        }
        let mut last = i;
        while last + 1 < shared.len() && shared[last + 1] {
            last += 1;
        }
        let run: Vec<&str> = w[i..last + RUN].iter().map(|w| w.text.as_str()).collect();
        let excused = allowed.iter().any(|phrase| phrase.windows(run.len()).any(|part| part == run.as_slice()));
        if !excused {
            let text = &unit.text[w[i].start..w[last + RUN - 1].end];
            hits.push(Hit {
                place: unit.place(w[i].start),
                words: run.len(),
                text: text.split_whitespace().collect::<Vec<_>>().join(" "),
            });
        }
        i = last + 1;
    }
    hits
}

fn allowed_words() -> Vec<Vec<String>> {
    ALLOWED.iter().map(|(phrase, _)| words(phrase).into_iter().map(|w| w.text).collect()).collect()
}

/// The files of `dir` whose names end with `ext`, sorted; with `deep`, those of its subfolders too.
fn files(dir: &str, ext: &str, deep: bool) -> Vec<String> {
    fn walk(dir: &Path, ext: &str, deep: bool, out: &mut Vec<String>) {
        for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.expect("readable entry").path();
            if path.is_dir() {
                if deep {
                    walk(&path, ext, deep, out);
                }
            } else if path.to_string_lossy().ends_with(ext) {
                out.push(path.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let mut out = Vec::new();
    walk(Path::new(dir), ext, deep, &mut out);
    out.sort();
    out
}

/// Every text the product shows, as the module docs list them.
fn product_units() -> Vec<Unit> {
    let read = |file: &str| fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
    let mut units = Vec::new();
    for file in files("models", ".json", false).into_iter().chain(files("messages/en", ".json", false)) {
        units.extend(json_units(&file, &read(&file)));
    }
    for file in files("src", ".rs", true) {
        units.extend(rust_units(&file, &read(&file)));
    }
    let documents = ["README.md", "ARCHITECTURE.md", "index.html"].map(String::from).into_iter();
    let documents = documents
        .chain(files("docs", ".md", false))
        .chain(files("examples", ".html", false))
        .chain(files("embed", ".html", false))
        .chain(files("author", ".html", false));
    for file in documents {
        units.push(prose_unit(&file, &read(&file)));
    }
    units
}

/// The committed fingerprint.
fn committed_fingerprint() -> HashSet<u64> {
    let text = fs::read_to_string(FINGERPRINT_FILE).unwrap_or_else(|e| panic!("{FINGERPRINT_FILE}: {e}"));
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .map(|line| u64::from_str_radix(line, 16).unwrap_or_else(|e| panic!("{FINGERPRINT_FILE}: {line:?}: {e}")))
        .collect()
}

/// The seeds' directory: `CXM_SEEDS` if set, else `../shared/seeds` when it exists.
fn seeds_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("CXM_SEEDS") {
        let dir = PathBuf::from(dir);
        assert!(dir.is_dir(), "CXM_SEEDS names {}, which is not a directory", dir.display());
        return Some(dir);
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    dir.is_dir().then_some(dir)
}

/// The fingerprint file's text for the seeds in `dir`.
fn fingerprint_text(dir: &Path) -> String {
    let seeds = files(&dir.to_string_lossy(), ".txt", false);
    assert!(!seeds.is_empty(), "no seeds (*.txt) in {}", dir.display());
    let hashes: BTreeSet<u64> = seeds
        .iter()
        .flat_map(|seed| shingles(&String::from_utf8_lossy(&fs::read(seed).expect("readable seed"))))
        .collect();
    let mut text = format!(
        "# CRC-64/XZ of every run of {RUN} words in the seeds (../shared/seeds/*.txt, {} files), words read as \
         tests/own_words.rs reads them; sorted. Regenerate: CXM_WRITE_FINGERPRINT=1 cargo test --test own_words \
         the_fingerprint_matches_the_seeds\n",
        seeds.len()
    );
    for hash in hashes {
        text.push_str(&format!("{hash:016x}\n"));
    }
    text
}

#[test]
fn no_product_text_shares_seven_words_with_a_seed() {
    let fingerprint = committed_fingerprint();
    assert!(fingerprint.len() > 1000, "{FINGERPRINT_FILE} holds only {} runs", fingerprint.len());
    let units = product_units();
    for kind in
        ["models/", "messages/en/", "src/", "docs/", "examples/", "embed/", "author/", "README.md", "index.html"]
    {
        assert!(units.iter().any(|u| u.file.starts_with(kind) && !u.text.is_empty()), "nothing read from {kind}");
    }
    assert!(units.iter().all(|u| !u.file.starts_with("models/archive/")), "archived versions are not scanned");
    let allowed = allowed_words();
    let hits: Vec<String> = units
        .iter()
        .flat_map(|unit| scan(unit, &fingerprint, &allowed))
        .map(|hit| format!("{}: {} words shared with a seed: \"{}\"", hit.place, hit.words, hit.text))
        .collect();
    assert!(
        hits.is_empty(),
        "{} text(s) share a run of {RUN} or more words with a seed (put it in your own words; only titles and \
         framework names may go on ALLOWED in tests/own_words.rs):\n{}",
        hits.len(),
        hits.join("\n")
    );
}

#[test]
fn the_fingerprint_matches_the_seeds() {
    let Some(dir) = seeds_dir() else {
        println!("skipped: no seeds at ../shared/seeds (set CXM_SEEDS to check {FINGERPRINT_FILE} against them)");
        return;
    };
    let expected = fingerprint_text(&dir);
    if std::env::var("CXM_WRITE_FINGERPRINT").is_ok_and(|v| v == "1") {
        let temporary = format!("{FINGERPRINT_FILE}.new");
        fs::write(&temporary, &expected).expect("fingerprint written");
        fs::rename(&temporary, FINGERPRINT_FILE).expect("fingerprint replaced");
        println!("wrote {FINGERPRINT_FILE} from {}", dir.display());
        return;
    }
    let committed = fs::read_to_string(FINGERPRINT_FILE).unwrap_or_default();
    assert!(
        committed == expected,
        "{FINGERPRINT_FILE} does not match the seeds in {}; rewrite it with CXM_WRITE_FINGERPRINT=1 cargo test \
         --test own_words the_fingerprint_matches_the_seeds",
        dir.display()
    );
}

/// A made-up "seed" for the self-tests (not from any source).
const PLANTED: &str = "Before dawn the lighthouse keeper counted every grey gull that landed on the northern rail.";

fn planted_scan(unit: &Unit, allowed: &[&str]) -> Vec<Hit> {
    let fingerprint: HashSet<u64> = shingles(PLANTED).into_iter().collect();
    let allowed: Vec<Vec<String>> =
        allowed.iter().map(|phrase| words(phrase).into_iter().map(|w| w.text).collect()).collect();
    scan(unit, &fingerprint, &allowed)
}

fn only_hit(units: &[Unit], allowed: &[&str]) -> Hit {
    let mut hits: Vec<Hit> = units.iter().flat_map(|u| planted_scan(u, allowed)).collect();
    assert_eq!(hits.len(), 1, "{:?}", hits.iter().map(|h| format!("{} {}", h.place, h.text)).collect::<Vec<_>>());
    hits.remove(0)
}

#[test]
fn words_are_read_as_the_rule_reads_them() {
    let read: Vec<String> = words("The keeper’s log-book: 41% DON'T—say “so”.").into_iter().map(|w| w.text).collect();
    assert_eq!(read, ["the", "keepers", "log", "book", "41%", "dont", "say", "so"]);
}

#[test]
fn a_planted_run_is_found_in_a_model_string() {
    let json = r#"{"a": {"b": ["x", "Each morning, the lighthouse keeper counted every grey gull that landed."]}}"#;
    let hit = only_hit(&json_units("models/test.json", json), &[]);
    assert_eq!(hit.place, "models/test.json a.b[1]");
    assert_eq!((hit.words, hit.text.as_str()), (9, "the lighthouse keeper counted every grey gull that landed"));
}

#[test]
fn a_planted_run_is_found_in_rust_literals_and_not_in_comments() {
    let source = concat!(
        "// Before dawn the lighthouse keeper counted every grey gull: a comment, not shown.\n",
        "/* the lighthouse keeper counted every grey gull /* nested */ that landed */\n",
        "fn f<'a>(x: &'a str) -> char { let q = '\"'; let e = '\\''; q }\n",
        "const A: &str = \"Each morning the lighthouse keeper counted \\\n",
        "                 every grey gull.\";\n",
        "const B: &str = r#\"She said \"every grey gull that landed on the northern rail\".\"#;\n",
        "view! { <p>\"Late, the lighthouse keeper\\u{20}counted every grey gull.\"</p> }\n",
    );
    let units = rust_units("src/test.rs", source);
    let hits: Vec<Hit> = units.iter().flat_map(|u| planted_scan(u, &[])).collect();
    let found: Vec<(String, &str)> = hits.iter().map(|h| (h.place.clone(), h.text.as_str())).collect();
    let expected = [
        ("src/test.rs:4", "the lighthouse keeper counted every grey gull"),
        ("src/test.rs:6", "every grey gull that landed on the northern rail"),
        ("src/test.rs:7", "the lighthouse keeper counted every grey gull"),
    ];
    assert_eq!(
        found,
        expected.map(|(place, text)| (place.to_string(), text)),
        "across a line continuation, in a raw string and in a view! literal with an escape; not in comments"
    );
}

#[test]
fn a_planted_run_is_found_in_markdown_across_a_line_break_and_in_html_across_tags() {
    let markdown = "# Notes\n\nAt first light the lighthouse keeper counted every\ngrey gull that landed.\n";
    let hit = only_hit(&[prose_unit("docs/test.md", markdown)], &[]);
    assert_eq!((hit.place.as_str(), hit.words), ("docs/test.md:3", 9));
    let html = "<p>The lighthouse keeper <em>counted</em>\n every grey gull <!-- a > b --> which stayed.</p>";
    let hit = only_hit(&[prose_unit("examples/test.html", html)], &[]);
    assert_eq!(
        (hit.place.as_str(), hit.text.as_str()),
        ("examples/test.html:1", "The lighthouse keeper counted every grey gull")
    );
}

#[test]
fn six_shared_words_pass_and_an_allowed_phrase_excuses_only_what_lies_within_it() {
    let six = json_units("m.json", r#"["the lighthouse keeper counted every grey owl"]"#);
    assert!(planted_scan(&six[0], &[]).is_empty(), "six words are not a run of seven");
    let title = "The Lighthouse Keeper Counted Every Grey Gull";
    let within = json_units("m.json", r#"["Read 'The Lighthouse Keeper Counted Every Grey Gull' again."]"#);
    assert!(planted_scan(&within[0], &[title]).is_empty(), "the title alone is excused");
    let beyond = json_units("m.json", r#"["The lighthouse keeper counted every grey gull that landed."]"#);
    let hit = only_hit(&beyond, &[title]);
    assert_eq!(hit.words, 9, "a run that goes beyond the title is not excused");
}
