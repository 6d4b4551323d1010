#![cfg(not(target_arch = "wasm32"))]
//! Each language's catalogue as the release gives it (`messages/<lang>.json`, written by
//! `src/bin/languages.rs`, `release::language_file`): every message in the language,
//! plural forms found by their CLDR names, and every text the result and the methodology build
//! rendered in every language with its arguments filled in.

use cx_maturity::core::answers::{Answer, Answers};
use cx_maturity::core::catalog::{CATALOG, DEFAULT, InLanguage, read_language};
use cx_maturity::core::crosswalk::ladders_besides;
use cx_maturity::core::model::Model;
use cx_maturity::core::scoring::score;
use cx_maturity::core::translation::{LANGUAGES, LanguageFile, language};
use cx_maturity::i18n::{self, Catalog, MESSAGES, Text};
use cx_maturity::release::language_file;
use cx_maturity::report::method::method_page;
use cx_maturity::report::result_report;
use cx_maturity::text;

/// `tag`'s file as the release gives it.
fn file(tag: &str) -> LanguageFile {
    language_file(tag).expect("the language's file")
}

fn catalog(tag: &str) -> Catalog {
    let lang = language(tag).expect("a language the app speaks");
    read_language(lang, file(tag)).expect("a text for every message and model").0
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
fn a_file_without_a_text_for_every_message_or_model_is_refused() {
    let de = language("de").expect("German");
    let mut short = file("de");
    short.messages.pop();
    assert!(read_language(de, short).is_none());
    let mut holed = file("de");
    holed.messages[0].clear();
    assert!(read_language(de, holed).is_none());
    let mut no_stage = file("de");
    no_stage.entries[0].pop();
    assert!(read_language(de, no_stage).is_none());
    let mut no_model = file("de");
    no_model.entries.pop();
    assert!(read_language(de, no_model).is_none());
    let texts = file("de").default_model;
    assert_eq!(read_language(de, file("de")).expect("the whole file").1, texts);
    assert_eq!(file("de").messages.len(), MESSAGES);
}

#[test]
fn the_list_of_models_is_in_the_language() {
    let de = catalog("de");
    let four = CATALOG.iter().position(|e| e.id == "four-phases").expect("four-phases");
    let german = load("models/de/four-phases.json");
    assert_eq!(de.model_name(four), german.name);
    assert_eq!(de.model_summary(four), german.summary);
    assert_eq!(de.model_stage(four, 2), german.stages[1].name);
    assert_eq!(Catalog::english().model_name(four), CATALOG[four].name);
}

#[test]
fn the_default_model_in_a_language_is_the_compiled_in_model_with_its_texts_for_asking() {
    for lang in &LANGUAGES[1..] {
        let texts = file(lang.tag).default_model;
        let translated = load(&format!("models/{}/{}.json", lang.tag, CATALOG[0].id));
        let laid = DEFAULT.for_asking().with_asking_texts(&texts).expect("as many texts as the model has");
        let mut expected = translated.for_asking();
        expected.schema = laid.schema.clone();
        assert_eq!(laid, expected, "{}", lang.tag);
        // Texts of another version of the model (one more or one fewer) are not laid on.
        assert!(DEFAULT.with_asking_texts(&texts[1..]).is_none());
        let mut more = texts.clone();
        more.push("x".to_string());
        assert!(DEFAULT.with_asking_texts(&more).is_none());
    }
}

#[test]
fn every_result_and_methodology_text_renders_in_every_language_with_its_arguments_filled_in() {
    for lang in &LANGUAGES[1..] {
        let catalog = catalog(lang.tag);
        let models: Vec<Model> = CATALOG.iter().map(|e| load(&format!("models/{}/{}.json", lang.tag, e.id))).collect();
        // A source is cited as it was published, in its own language (the model format keeps
        // citations as they are).
        let citations: Vec<&str> = models.iter().flat_map(|m| m.sources.iter().map(|s| &*s.citation)).collect();
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
                let report = result_report(m, &score(m, &answers), &answers, &ladders_besides(&m.id, &catalog));
                for text in report.texts() {
                    let shown = text.render(&catalog);
                    assert!(!shown.contains(['{', '}']), "{} {}: {shown:?}", lang.tag, m.id);
                    let english = !citations.contains(&shown.as_str())
                        && shown.split(|c: char| !c.is_alphabetic()).any(|w| w == "stage" || w == "stages");
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
