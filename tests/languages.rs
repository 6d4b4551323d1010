#![cfg(not(target_arch = "wasm32"))]
//! Each language's catalogue as the release gives it (`messages/<lang>.json`, written by
//! `scripts/post-build.mjs` by the rule `i18n::Catalog` reads): every message in the language,
//! plural forms found by their CLDR names, and every text the result and the methodology build
//! rendered in every language with its arguments filled in.

use cx_maturity::core::answers::{Answer, Answers};
use cx_maturity::core::catalog::CATALOG;
use cx_maturity::core::crosswalk::ladders_besides;
use cx_maturity::core::model::Model;
use cx_maturity::core::scoring::score;
use cx_maturity::core::translation::{LANGUAGES, Language, language};
use cx_maturity::i18n::{self, Catalog, MESSAGES, Text};
use cx_maturity::report::method::method_page;
use cx_maturity::report::result_report;
use cx_maturity::text;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// `lang`'s texts as post-build writes them: by key order, a text as `[text]`, plural forms in
/// the alphabetical order of their names.
fn texts(lang: &Language) -> Vec<Vec<String>> {
    let mut all = BTreeMap::new();
    for entry in std::fs::read_dir(format!("messages/{}", lang.tag)).expect("the language's folder") {
        let path = entry.expect("an entry").path();
        let map: Map<String, Value> =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("readable")).expect("JSON");
        all.extend(map);
    }
    all.into_values()
        .map(|value| match value {
            Value::String(text) => vec![text],
            Value::Object(forms) => {
                forms.into_iter().map(|(_, text)| text.as_str().expect("text").to_string()).collect()
            }
            other => panic!("not a message: {other}"),
        })
        .collect()
}

fn catalog(tag: &str) -> Catalog {
    let lang = language(tag).expect("a language the app speaks");
    Catalog::new(lang, texts(lang)).expect("a text for every message")
}

fn load(file: &str) -> Model {
    Model::from_json(file, &std::fs::read_to_string(file).expect("model file")).expect("valid model")
}

#[test]
fn a_catalogue_gives_each_message_in_its_language() {
    let de = catalog("de");
    assert_eq!(de.lang(), "de");
    assert_eq!(Text::from(i18n::NAV_MY_RESULTS).render(&de), "Meine Ergebnisse");
    let placement = text!(i18n::RESULT_PLACEMENT, stage_word = "Stufe", stage = 3, stages = 6, name = "Mobilisieren");
    assert_eq!(
        text!(i18n::RESULT_TITLE, placement = placement).render(&de),
        "Ihr Ergebnis: Stufe 3 von 6, Mobilisieren"
    );
    // Plural forms by their names: German has "one" and "other", French "one", "many", "other".
    let one = i18n::RESULT_PROBLEMS.count(1, vec![("names", "Führung".into())]);
    let two = i18n::RESULT_PROBLEMS.count(2, vec![("names", "Führung; Kultur".into())]);
    assert_ne!(one.render(&de), two.render(&de));
    assert!(one.render(&catalog("fr")).contains("Führung") && !one.render(&catalog("fr")).contains("{"));
    // English is the messages' own text.
    assert_eq!(Text::from(i18n::NAV_MY_RESULTS).render(&Catalog::english()), "My results");
}

#[test]
fn a_file_without_a_text_for_every_message_is_refused() {
    let de = language("de").expect("German");
    let mut short = texts(de);
    short.pop();
    assert!(Catalog::new(de, short).is_none());
    let mut holed = texts(de);
    holed[0].clear();
    assert!(Catalog::new(de, holed).is_none());
    assert_eq!(texts(de).len(), MESSAGES);
}

#[test]
fn every_result_and_methodology_text_renders_in_every_language_with_its_arguments_filled_in() {
    for lang in &LANGUAGES[1..] {
        let catalog = catalog(lang.tag);
        let models: Vec<Model> = CATALOG.iter().map(|e| load(&format!("models/{}/{}.json", lang.tag, e.id))).collect();
        for m in &models {
            for k in 0..4 {
                let mut answers = Answers::empty(m);
                for q in 0..m.questions.len() {
                    answers.set(
                        q,
                        if k == 3 && q % 3 == 0 {
                            Answer::NotSure
                        } else {
                            Answer::Option(k.min(m.options(q).len() - 1) as u8)
                        },
                    );
                }
                let report = result_report(m, &score(m, &answers), &answers, &ladders_besides(&m.id));
                for text in report.texts() {
                    let shown = text.render(&catalog);
                    assert!(!shown.contains(['{', '}']), "{} {}: {shown:?}", lang.tag, m.id);
                    let english = shown.split(|c: char| !c.is_alphabetic()).any(|w| w == "stage" || w == "stages");
                    assert!(!english, "{} {}: the English stage word in {shown:?}", lang.tag, m.id);
                }
            }
        }
        for part in method_page(models.iter()) {
            for text in part.texts() {
                let shown = text.render(&catalog);
                assert!(!shown.contains(['{', '}']), "{} {}: {shown:?}", lang.tag, part.id);
            }
        }
    }
}
