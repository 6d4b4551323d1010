//! The languages the app speaks: their tags, own names, direction and plural forms, and the
//! choice among the languages a visitor wants. The rules a translation keeps are
//! `core::translation`'s.

/// A language the app speaks besides English: its BCP 47 tag, its name in itself (for the
/// picker), whether it is written right to left, and its plural forms as CLDR names them (the
/// categories `Intl.PluralRules` reports for it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    pub tag: &'static str,
    pub name: &'static str,
    pub rtl: bool,
    pub plurals: &'static [&'static str],
}

/// Every language, English first.
pub const LANGUAGES: &[Language] = &[
    Language { tag: "en", name: "English", rtl: false, plurals: &["one", "other"] },
    Language { tag: "de", name: "Deutsch", rtl: false, plurals: &["one", "other"] },
    Language { tag: "fr", name: "Français", rtl: false, plurals: &["one", "many", "other"] },
    Language { tag: "es", name: "Español", rtl: false, plurals: &["one", "many", "other"] },
    Language { tag: "ar", name: "العربية", rtl: true, plurals: &["zero", "one", "two", "few", "many", "other"] },
];

/// The language tagged `tag`, if the app speaks it.
pub fn language(tag: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.tag == tag)
}

/// The first language of `wanted` (BCP 47 tags in order of preference: `de-CH`, `fr`, …) the
/// app speaks, matched on the primary subtag and ignoring case; `None` when there is none.
pub fn best_match<'a>(wanted: impl IntoIterator<Item = &'a str>) -> Option<&'static Language> {
    wanted.into_iter().find_map(|tag| {
        // Every tag the app speaks is two letters (a test says so): the primary subtag is the
        // first two, followed by the end or a subtag separator.
        let tag = tag.trim().as_bytes();
        let primary = tag.get(..2).filter(|_| matches!(tag.get(2), None | Some(b'-' | b'_')))?;
        LANGUAGES.iter().find(|l| primary.eq_ignore_ascii_case(l.tag.as_bytes()))
    })
}
