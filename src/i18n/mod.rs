//! Every word the app shows comes from one message catalogue. The English catalogue is
//! `messages/en/*.json`, one file per part of the app: an object from message key to its text,
//! or, for a text that depends on a count, to its plural forms (`{"one": …, "other": …}`).
//! `build.rs` checks the files and writes one constant per key (`RESULT_TITLE` for
//! `result-title`), a `Msg` or a `Plural` holding the English text beside a number that
//! identifies the key in every language.
//!
//! Why generated constants rather than a table looked up by key: the English text of a message
//! is used where the message is, so text only the later screens show goes into the wasm file
//! that holds them (`ui::later`), and a first visit downloads only the text it shows. Another
//! language's texts are looked up by the number.
//!
//! A text is a template with named arguments in braces, `"Your result: {placement}"`. What the
//! app says is built as a [`Text`]: a message with its arguments, plain text from a model file,
//! or a number; it becomes a string only when shown ([`Text::render`]), in the language of the
//! [`Catalog`] it is rendered with. Plural forms are chosen by the language's plural rules: the
//! browser's `Intl.PluralRules`, so no plural data goes into the wasm.

pub mod languages;

use languages::{LANGUAGES, Language};

/// A message: its number in every language's catalogue, and its English text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Msg {
    pub id: u16,
    pub en: &'static str,
}

/// A message whose text depends on a count `{n}`: its number, and its English forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plural {
    pub id: u16,
    pub one: &'static str,
    pub other: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// Something the app says, not yet in words: a message with its arguments, text from a model
/// file or the user (shown as it is, and never translated here), or a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    Msg(Msg, Vec<(&'static str, Text)>),
    Plural(Plural, u64, Vec<(&'static str, Text)>),
    Plain(String),
    Number(i64),
}

impl From<Msg> for Text {
    fn from(msg: Msg) -> Text {
        Text::Msg(msg, Vec::new())
    }
}

impl From<String> for Text {
    fn from(text: String) -> Text {
        Text::Plain(text)
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Text {
        Text::Plain(text.to_string())
    }
}

impl From<usize> for Text {
    fn from(n: usize) -> Text {
        Text::Number(n as i64)
    }
}

impl From<u32> for Text {
    fn from(n: u32) -> Text {
        Text::Number(i64::from(n))
    }
}

impl From<u64> for Text {
    fn from(n: u64) -> Text {
        // A number from outside (a file's format field) may not fit; it is shown as it was given.
        i64::try_from(n).map_or_else(|_| Text::Plain(n.to_string()), Text::Number)
    }
}

impl From<i32> for Text {
    fn from(n: i32) -> Text {
        Text::Number(i64::from(n))
    }
}

impl Msg {
    /// This message with its arguments.
    pub fn with(self, args: Vec<(&'static str, Text)>) -> Text {
        Text::Msg(self, args)
    }

    /// This message, which takes no arguments, in English: `Text::from(msg).en()`.
    pub fn en(self) -> String {
        Text::from(self).en()
    }
}

impl Plural {
    /// This message for `n`, which is also its argument `{n}`, with further arguments.
    pub fn count(self, n: usize, args: Vec<(&'static str, Text)>) -> Text {
        Text::Plural(self, n as u64, args)
    }
}

/// `Text::Msg(MSG, vec![("name", value.into()), …])`, written `text!(MSG, name = value, …)`.
#[macro_export]
macro_rules! text {
    ($msg:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Msg::with($msg, vec![$((stringify!($name), $crate::i18n::Text::from($value))),*])
    };
}

/// A plural category, as CLDR names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Category {
    /// Its CLDR name: "zero", "one", …
    pub fn name(self) -> &'static str {
        match self {
            Category::Zero => "zero",
            Category::One => "one",
            Category::Two => "two",
            Category::Few => "few",
            Category::Many => "many",
            Category::Other => "other",
        }
    }
}

/// The texts of one language. English's are the messages' own and the catalog's; another
/// language's are read from its file (`core::translation::LanguageFile`).
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    language: &'static Language,
    texts: Vec<Vec<String>>,
    /// What the list of models shows of each built-in model (`LanguageFile::entries`); empty in
    /// English, whose are the catalog's own.
    entries: Vec<Vec<String>>,
}

impl Default for Catalog {
    fn default() -> Catalog {
        Catalog::english()
    }
}

impl Catalog {
    pub fn english() -> Catalog {
        Catalog { language: &LANGUAGES[0], texts: Vec::new(), entries: Vec::new() }
    }

    /// `language`'s catalogue from the messages and model entries of its file
    /// (`core::catalog::read_language` checks the entries); `None` when the file does not have a
    /// text for every message (a file of another release), so that the app stays in English
    /// rather than show one message in another's place.
    pub fn new(language: &'static Language, texts: Vec<Vec<String>>, entries: Vec<Vec<String>>) -> Option<Catalog> {
        let complete = texts.len() == MESSAGES && texts.iter().all(|t| !t.is_empty());
        complete.then_some(Catalog { language, texts, entries })
    }

    /// What the list of models shows of built-in model `i` in this language
    /// (`core::catalog::InLanguage` reads it); `None` in English.
    pub fn entry(&self, i: usize) -> Option<&[String]> {
        self.entries.get(i).map(Vec::as_slice)
    }

    /// The language's BCP 47 tag.
    pub fn lang(&self) -> &'static str {
        self.language.tag
    }

    /// The language: its tag, its own name, its direction.
    pub fn language(&self) -> &'static Language {
        self.language
    }

    fn text(&self, msg: Msg) -> &str {
        self.texts.get(usize::from(msg.id)).and_then(|t| t.first()).map_or(msg.en, String::as_str)
    }

    fn plural(&self, msg: Plural, n: u64) -> &str {
        let category = self.category(n);
        let Some(forms) = self.texts.get(usize::from(msg.id)) else {
            return if category == Category::One { msg.one } else { msg.other };
        };
        // A form's place is the number of the language's form names before its own.
        let names = self.language.plurals;
        let at = |name: &str| {
            names.contains(&name).then(|| names.iter().filter(|c| **c < name).count()).and_then(|i| forms.get(i))
        };
        at(category.name()).or_else(|| at("other")).map_or(msg.other, String::as_str)
    }

    /// The plural category of `n` in this language: the browser's `Intl.PluralRules`; natively
    /// (tests, the prerendered page) English's rule.
    pub fn category(&self, n: u64) -> Category {
        #[cfg(target_arch = "wasm32")]
        {
            let rules = js_sys::Intl::PluralRules::new(
                &js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(self.lang())),
                &js_sys::Object::new(),
            );
            match String::from(rules.select(n as f64)).as_str() {
                "zero" => Category::Zero,
                "one" => Category::One,
                "two" => Category::Two,
                "few" => Category::Few,
                "many" => Category::Many,
                _ => Category::Other,
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        if n == 1 { Category::One } else { Category::Other }
    }
}

impl Text {
    /// The text in words, in the language of `catalog`.
    pub fn render(&self, catalog: &Catalog) -> String {
        match self {
            Text::Msg(msg, args) => fill(catalog.text(*msg), args, None, catalog),
            Text::Plural(msg, n, args) => fill(catalog.plural(*msg, *n), args, Some(*n), catalog),
            Text::Plain(text) => text.clone(),
            Text::Number(n) => n.to_string(),
        }
    }

    /// The text in English (tests, and what is only ever English: the console).
    pub fn en(&self) -> String {
        self.render(&Catalog::english())
    }
}

/// Stands for the argument a component lays out itself (`ui::words::Show::tr_around`).
pub const PART: &str = "\u{1}";

/// `template` with each `{name}` replaced by its argument (`{n}` by the count of a plural). A
/// brace that names no argument is left as it is, so a missing argument shows rather than
/// vanishes (build.rs checks every message's braces).
fn fill(template: &str, args: &[(&'static str, Text)], n: Option<u64>, catalog: &Catalog) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let name = &after[..close];
        match (args.iter().find(|(k, _)| *k == name), n) {
            (Some((_, value)), _) => out.push_str(&value.render(catalog)),
            (None, Some(n)) if name == "n" => out.push_str(&n.to_string()),
            _ => out.push_str(&rest[open..open + close + 2]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}
