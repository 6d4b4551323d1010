//! Translations (`core::translation`): every message and every model string in every language,
//! with the same arguments and the same model structure; and the rules that find a translation
//! that differs, each shown to catch what it is for.

use cx_maturity::core::catalog::CATALOG;
use cx_maturity::core::translation::{LANGUAGES, arguments, best_match, check_messages, check_model, language};
use serde_json::{Map, Value, json};

fn object(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => panic!("an object"),
    }
}

fn read(file: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}")))
        .unwrap_or_else(|e| panic!("{file}: {e}"))
}

#[test]
fn every_message_and_model_is_in_every_language_with_the_same_arguments_and_structure() {
    let mut english: Vec<String> = std::fs::read_dir("messages/en")
        .expect("messages/en")
        .map(|e| e.expect("an entry").file_name().to_string_lossy().into_owned())
        .collect();
    english.sort();
    let mut problems = Vec::new();
    let mut checked = 0;
    for lang in &LANGUAGES[1..] {
        for name in &english {
            let file = format!("messages/{}/{name}", lang.tag);
            let en = object(read(&format!("messages/en/{name}")));
            checked += en.len();
            problems.extend(check_messages(&file, lang, &en, &object(read(&file))));
        }
        for entry in &CATALOG {
            let file = format!("models/{}/{}.json", lang.tag, entry.id);
            problems.extend(check_model(&file, &read(entry.file), &read(&file)));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(checked > 400 * (LANGUAGES.len() - 1), "{checked} messages checked");
}

#[test]
fn a_message_missing_added_empty_or_with_other_arguments_is_named() {
    let de = language("de").expect("German");
    let en = object(json!({
        "a": "Your result: {placement}",
        "b": "Start",
        "c": {"one": "{n} result", "other": "{n} results"},
        "d": "Hello {name}",
    }));
    let tr = object(json!({
        "a": "Ihr Ergebnis: {platzierung}",
        "b": " ",
        "c": {"one": "ein Ergebnis", "other": "{n} Ergebnisse", "few": "{n} Ergebnisse"},
        "e": "extra",
    }));
    let problems = check_messages("messages/de/x.json", de, &en, &tr);
    assert_eq!(
        problems,
        [
            "messages/de/x.json: d: missing",
            "messages/de/x.json: e: not a message of messages/en",
            "messages/de/x.json: a: names {platzierung} where English names {placement}",
            "messages/de/x.json: b: empty",
            "messages/de/x.json: c: plural forms must be one, other",
        ]
    );
    // A form may leave out the number ("ein Ergebnis"), but not name an argument English lacks.
    let tr = object(json!({"c": {"one": "ein Ergebnis", "other": "{n} Ergebnisse von {wem}"}}));
    let en = object(json!({"c": {"one": "{n} result", "other": "{n} results"}}));
    assert_eq!(check_messages("f", de, &en, &tr), ["f: c.other: names {wem}, which English does not"]);
    // Arabic has six forms.
    let ar = language("ar").expect("Arabic");
    let six =
        object(json!({"c": {"zero": "z", "one": "o", "two": "t", "few": "{n} f", "many": "{n} m", "other": "{n} x"}}));
    assert_eq!(check_messages("f", ar, &en, &six), Vec::<String>::new());
    assert_eq!(check_messages("f", de, &en, &six), ["f: c: plural forms must be one, other"]);
}

#[test]
fn a_model_translation_may_change_only_the_text_people_read() {
    let en = json!({
        "$schema": "../docs/model.schema.json",
        "id": "m",
        "name": "Model",
        "sources": [{"id": "s", "citation": "Temkin Group, 2016"}],
        "stages": [{"name": "One", "description": "d", "cta": {"label": "Call", "url": "/contact"}}],
        "questions": [{"id": "q", "dimension": "a", "prompt": "Why?", "advice": ["Do x", "Do y"], "options": [{"label": "No", "value": 1}]}],
        "scoring": {"rule": "majority", "chasm_at": 3},
    });
    let mut tr = en.clone();
    tr["$schema"] = json!("../../docs/model.schema.json");
    tr["name"] = json!("Modell");
    tr["stages"][0]["name"] = json!("Eins");
    tr["stages"][0]["cta"]["label"] = json!("Anrufen");
    tr["questions"][0]["prompt"] = json!("Warum?");
    tr["questions"][0]["advice"][1] = json!("Tun Sie y");
    tr["questions"][0]["options"][0]["label"] = json!("Nein");
    assert_eq!(check_model("m.json", &en, &tr), Vec::<String>::new(), "text alone may change");

    let mut bad = tr.clone();
    bad["id"] = json!("modell");
    bad["sources"][0]["citation"] = json!("Temkin-Gruppe, 2016");
    bad["stages"][0]["cta"]["url"] = json!("/kontakt");
    bad["questions"][0]["dimension"] = json!("b");
    bad["questions"][0]["advice"] = json!(["Nur eins"]);
    bad["questions"][0]["options"][0]["value"] = json!(2);
    bad["questions"][0]["prompt"] = json!("");
    bad["scoring"]["chasm_at"] = json!(2);
    bad["extra"] = json!("x");
    bad.as_object_mut().expect("an object").remove("name");
    let problems = check_model("m.json", &en, &bad);
    for wanted in [
        "m.json: 'name' is missing",
        "m.json: 'extra' is not in the English file",
        "m.json: id: must stay \"m\"",
        "m.json: sources[0].citation: must stay \"Temkin Group, 2016\"",
        "m.json: stages[0].cta.url: must stay \"/contact\"",
        "m.json: questions[0].dimension: must stay \"a\"",
        "m.json: questions[0].prompt: empty",
        "m.json: questions[0].advice: English has 2 items, this has 1",
        "m.json: questions[0].options[0].value: must stay 1",
        "m.json: scoring.chasm_at: must stay 3",
    ] {
        assert!(problems.iter().any(|p| p.starts_with(wanted)), "{wanted} in {problems:#?}");
    }
    assert_eq!(problems.len(), 10, "{problems:#?}");
}

#[test]
fn the_language_is_the_first_wanted_one_the_app_speaks() {
    let tag = |wanted: &[&str]| best_match(wanted.iter().copied()).map(|l| l.tag);
    assert_eq!(tag(&["de-CH", "en"]), Some("de"));
    assert_eq!(tag(&["pt-BR", "FR-ca", "de"]), Some("fr"));
    assert_eq!(tag(&["ar_EG"]), Some("ar"));
    assert_eq!(tag(&["pt", "ja"]), None);
    assert_eq!(tag(&[""]), None);
    assert_eq!(tag(&["deu", "e", " es "]), Some("es"));
    assert!(LANGUAGES.iter().all(|l| l.tag.len() == 2), "best_match takes a primary subtag as two letters");
    assert!(language("ar").is_some_and(|l| l.rtl) && language("de").is_some_and(|l| !l.rtl));
    assert_eq!(arguments("{a} and {b}, {a} {not an argument} {}"), ["a", "b"]);
}
