#![cfg(not(target_arch = "wasm32"))]
//! The widget's attributes, read into a configuration with a warning for each invalid value, and
//! the payloads of the events a widget dispatches (start, progress, completion).

use cx_maturity::core::answers::{Answer, Answers};
use cx_maturity::core::catalog::CATALOG;
use cx_maturity::core::model::Model;
use cx_maturity::core::scoring::score;
use cx_maturity::core::share;
use cx_maturity::core::widget::{Attributes, CallToAction, WidgetConfig, completion, step};
use cx_maturity::i18n::Text;
use cx_maturity::report::sound_placements;

/// What the app names a result of each number of sound dimensions on `model`, in English.
fn sound(model: &Model) -> Vec<String> {
    sound_placements(model).iter().map(Text::en).collect()
}

fn read(f: impl FnOnce(&mut Attributes)) -> (WidgetConfig, Vec<String>) {
    let mut a = Attributes::default();
    f(&mut a);
    WidgetConfig::read(&a)
}

#[test]
fn attributes_are_read_by_their_names_on_the_element() {
    let element = [
        ("model", "ebd"),
        ("model-src", "models/acme.json"),
        ("cta-label", "Call"),
        ("cta-url", "/call"),
        ("namespace", "ns"),
        ("compact", ""),
        ("share-answers", "false"),
        ("accent", "red"),
        ("result", "AbC"),
        ("team", "DeF"),
        ("share-url", "https://example.com/check"),
        ("lang", "de-CH"),
    ];
    let get = |name: &str| element.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string());
    let read = Attributes::read(get);
    let some = |v: &str| Some(v.to_string());
    assert_eq!(
        read,
        Attributes {
            model: some("ebd"),
            model_src: some("models/acme.json"),
            cta_label: some("Call"),
            cta_url: some("/call"),
            namespace: some("ns"),
            compact: some(""),
            share_answers: some("false"),
            result: some("AbC"),
            team: some("DeF"),
            share_url: some("https://example.com/check"),
            lang: some("de-CH"),
        }
    );
    assert_eq!(Attributes::read(|_| None), Attributes::default());
}

#[test]
fn valid_attributes_configure_the_widget() {
    let (config, warnings) = read(|a| {
        a.model = Some("ebd".into());
        a.namespace = Some("site-2".into());
        a.cta_label = Some(" Book a call ".into());
        a.cta_url = Some("https://example.com/call".into());
        a.compact = Some("".into());
        a.share_answers = Some("true".into());
    });
    assert_eq!(warnings, Vec::<String>::new());
    assert_eq!(config.model, CATALOG.iter().position(|e| e.id == "ebd"));
    assert_eq!(config.namespace.as_deref(), Some("site-2"));
    assert_eq!(
        config.call_to_action,
        Some(CallToAction { label: "Book a call".into(), url: "https://example.com/call".into() })
    );
    assert!(config.compact && config.share_answers);
    let (config, _) = read(|a| a.compact = Some("false".into()));
    assert!(!config.compact, "compact=\"false\" is off");
    assert_eq!(read(|_| {}), (WidgetConfig::default(), vec![]), "no attributes, no warnings");
}

#[test]
fn a_host_model_file_is_read_from_http_blob_or_relative_addresses_only() {
    for src in [
        "https://cx.example/acme.json",
        "http://localhost:8080/m.json",
        "blob:https://cx.example/4f1c",
        "models/acme.json",
        "./acme.json",
        "/models/acme.json",
        "models/a:b.json",
        "acme.json?v=2#top",
    ] {
        let (config, warnings) = read(|a| a.model_src = Some(format!(" {src} ")));
        assert_eq!((config.model_src.as_deref(), warnings), (Some(src), vec![]), "{src}");
    }
    for src in
        ["javascript:alert(1)", "data:application/json,{}", "", "  ", "file:///etc/passwd", "a\\b.json", "x\u{7}.json"]
    {
        let (config, warnings) = read(|a| a.model_src = Some(src.into()));
        assert_eq!(config.model_src, None, "{src:?} is refused");
        assert!(warnings[0].starts_with("model-src=\""), "{src:?}: {warnings:?}");
    }
    let (config, warnings) = read(|a| {
        a.model_src = Some("acme.json".into());
        a.model = Some("ebd".into());
    });
    assert_eq!((config.model_src.as_deref(), config.model), (Some("acme.json"), None));
    assert_eq!(warnings, ["model is ignored when model-src is given: the host's model is the one offered."]);
}

#[test]
fn invalid_attributes_fall_back_with_a_warning_each() {
    // (what, attributes, the warning's start)
    type Set = fn(&mut Attributes);
    let table: &[(&str, Set, &str)] = &[
        ("unknown model", |a| a.model = Some("nope".into()), "model=\"nope\" is not a built-in model"),
        ("bad namespace", |a| a.namespace = Some("Has Spaces".into()), "namespace=\"Has Spaces\" must be"),
        ("long namespace", |a| a.namespace = Some("a".repeat(41)), "namespace=\"aaaa"),
        (
            "script link",
            |a| {
                a.cta_label = Some("Go".into());
                a.cta_url = Some("javascript:alert(1)".into());
            },
            "cta-url=\"javascript:alert(1)\" is not an http(s), mailto or same-site link",
        ),
        (
            "protocol-relative link",
            |a| {
                a.cta_label = Some("Go".into());
                a.cta_url = Some("//evil.example/x".into());
            },
            "cta-url=\"//evil.example/x\"",
        ),
        // Guards the reliability review's L-4: browsers read `\` as `/`, so this path leaves the site.
        (
            "backslash path",
            |a| {
                a.cta_label = Some("Go".into());
                a.cta_url = Some("/\\evil.example/x".into());
            },
            "cta-url=\"/\\evil.example/x\"",
        ),
        (
            "data link",
            |a| {
                a.cta_label = Some("Go".into());
                a.cta_url = Some("data:text/html,<b>".into());
            },
            "cta-url=\"data:text/html,<b>\"",
        ),
        ("label without link", |a| a.cta_label = Some("Go".into()), "cta-label and cta-url go together"),
        ("empty result", |a| a.result = Some(" #result= ".into()), "result must be 1 to 2000 characters"),
        ("empty team", |a| a.team = Some(" #team= ".into()), "team must be 1 to 32768 characters"),
        ("relative share page", |a| a.share_url = Some("/check".into()), "share-url=\"/check\" is not an absolute"),
        ("script share page", |a| a.share_url = Some("javascript:x".into()), "share-url=\"javascript:x\""),
        (
            "empty label",
            |a| {
                a.cta_label = Some("  ".into());
                a.cta_url = Some("/contact".into());
            },
            "cta-label must be 1 to 80 characters",
        ),
    ];
    for (what, set, warning) in table {
        let (config, warnings) = read(*set);
        assert_eq!(warnings.len(), 1, "{what}: {warnings:?}");
        assert!(warnings[0].starts_with(warning), "{what}: {}", warnings[0]);
        assert_eq!(config, WidgetConfig::default(), "{what}: defaults");
    }
}

#[test]
fn share_links_open_the_widgets_own_page_or_the_hosts_page() {
    let (own, _) = read(|_| {});
    let link = |config: &WidgetConfig| config.share_link("https://cdn.example/cx/", "AbC", |v| format!("<{v}>"));
    assert_eq!(link(&own), "https://cdn.example/cx/frame.html#result=AbC");
    let (host, warnings) = read(|a| a.share_url = Some(" https://www.example.com/check?x=1#old ".into()));
    assert_eq!(warnings, Vec::<String>::new());
    assert_eq!(link(&host), "https://www.example.com/check?x=1#result=AbC");
    // A host's own model goes with its links to the widget's page, encoded as a query value.
    let (with_model, _) = read(|a| a.model_src = Some("https://www.example.com/acme.json".into()));
    assert_eq!(
        link(&with_model),
        "https://cdn.example/cx/frame.html?model-src=<https://www.example.com/acme.json>#result=AbC"
    );
    let (both, _) = read(|a| {
        a.model_src = Some("acme.json".into());
        a.share_url = Some("https://www.example.com/check".into());
    });
    assert_eq!(link(&both), "https://www.example.com/check#result=AbC", "the host's page has its model");
}

#[test]
fn team_links_open_the_same_page_as_share_links() {
    let (own, _) = read(|_| {});
    let page = own.share_page("https://cdn.example/cx/", str::to_string);
    assert_eq!(share::team_link(&page, "DeF"), "https://cdn.example/cx/frame.html#team=DeF");
    let (host, _) = read(|a| a.share_url = Some("https://www.example.com/check#old".into()));
    assert_eq!(
        share::team_link(&host.share_page("https://cdn.example/cx/", str::to_string), "DeF"),
        "https://www.example.com/check#team=DeF"
    );
}

#[test]
fn a_team_link_is_taken_as_a_payload_or_a_whole_fragment() {
    for given in ["DeF", " DeF ", "#team=DeF", "team=DeF"] {
        let (config, warnings) = read(|a| a.team = Some(given.into()));
        assert_eq!((config.team.as_deref(), warnings.len()), (Some("DeF"), 0), "{given:?}");
    }
    let too_long = "A".repeat(share::MAX_TEAM_CHARS + 1);
    let (config, warnings) = read(|a| a.team = Some(too_long.clone()));
    assert_eq!((config.team, warnings.len()), (None, 1));
}

#[test]
fn a_shared_result_is_taken_as_a_payload_or_a_whole_fragment() {
    for given in ["AbC", " AbC ", "#result=AbC", "result=AbC"] {
        let (config, warnings) = read(|a| a.result = Some(given.into()));
        assert_eq!((config.result.as_deref(), warnings.len()), (Some("AbC"), 0), "{given:?}");
    }
}

fn load(id: &str) -> Model {
    let file = format!("models/{id}.json");
    Model::from_json(&file, &std::fs::read_to_string(&file).unwrap()).unwrap()
}

#[test]
fn the_completion_payload_carries_the_result_and_answers_only_when_asked() {
    let m = load("four-phases");
    let mut answers = Answers::empty(&m);
    for q in 0..m.questions.len() {
        answers.set(q, if m.dimension_of(q) == 0 { Answer::Option(3) } else { Answer::NotSure });
    }
    let outcome = score(&m, &answers);
    let payload = completion(&m, &outcome, &answers, false, &sound(&m));
    assert_eq!(
        serde_json::to_value(&payload).unwrap(),
        serde_json::json!({
            "model": "four-phases", "version": 3, "stage": 2, "stage_name": "Elevate",
            "complete_stages": 1, "confidence": "low", "answered": 3, "questions": 12,
            "best_case": {"stage": 4, "stage_name": "Differentiate"},
            "unplaced": ["elevate", "optimize", "differentiate"],
            "dimensions": [
                {"id": "repair", "name": "Repair", "percent": 100},
                {"id": "elevate", "name": "Elevate", "percent": 0},
                {"id": "optimize", "name": "Optimize", "percent": 0},
                {"id": "differentiate", "name": "Differentiate", "percent": 0}
            ]
        })
    );
    assert_eq!(completion(&m, &outcome, &answers, true, &sound(&m)).answers, Some(answers.encode()));
    let ebd = load("ebd");
    let mut all = Answers::empty(&ebd);
    for q in 0..ebd.questions.len() {
        all.set(q, Answer::Option(4));
    }
    let payload = completion(&ebd, &score(&ebd, &all), &all, false, &sound(&ebd));
    assert_eq!((payload.stage, payload.stage_name.as_str()), (3, "3 of 3 principles sound"));
}

#[test]
fn the_start_and_progress_payload_names_the_model_version_and_question_of_all() {
    let m = load("four-phases");
    assert_eq!(
        serde_json::to_value(step(&m, 0)).unwrap(),
        serde_json::json!({"model": "four-phases", "version": 3, "question": 1, "questions": 12})
    );
    let last = step(&m, m.questions.len() - 1);
    assert_eq!((last.question, last.questions), (12, 12));
}
