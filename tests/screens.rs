#![cfg(not(target_arch = "wasm32"))]
//! Every screen as the UI draws it, checked on the documents: what each shows for a given state,
//! which buttons are enabled, which radio is checked, and that every button names a known action.

use cx_maturity::core::answers::{Answer, Answers};
use cx_maturity::core::catalog::{CATALOG, DEFAULT_JSON};
use cx_maturity::core::model::Model;
use cx_maturity::core::progress::Progress;
use cx_maturity::report::doc::Node;
use cx_maturity::report::screens::{Act, Screen, State, page};
use std::sync::Arc;

fn default_models() -> Vec<Option<Arc<Model>>> {
    let mut models = vec![None; CATALOG.len()];
    models[0] = Some(Arc::new(Model::from_json(CATALOG[0].file, DEFAULT_JSON).unwrap()));
    models
}

fn all_models() -> Vec<Option<Arc<Model>>> {
    CATALOG
        .iter()
        .map(|e| Some(Arc::new(Model::from_json(e.file, &std::fs::read_to_string(e.file).unwrap()).unwrap())))
        .collect()
}

/// `answered` questions answered (the last of them "Not sure"), question `current` open.
fn progress(model: &Model, answered: usize, current: usize) -> Progress {
    let mut answers = Answers::empty(model);
    for q in 0..answered {
        answers.set(q, if q + 1 == answered { Answer::NotSure } else { Answer::Option(1) });
    }
    Progress { answers, current }
}

/// Every question answered with option `option`, past the last question.
fn finished(model: &Model, option: u8) -> Progress {
    let mut answers = Answers::empty(model);
    for q in 0..model.questions.len() {
        answers.set(q, Answer::Option(option));
    }
    Progress { answers, current: model.questions.len() }
}

fn draw(screen: Screen, models: &[Option<Arc<Model>>], progress: &Progress, tweak: impl Fn(&mut State)) -> Node {
    let mut state = State { screen, models, chosen: 0, loading: None, progress, asking: false, notice: None };
    tweak(&mut state);
    Node::Element { tag: "div", attrs: vec![], children: page(&state) }
}

/// Every element, depth first.
fn elements(node: &Node) -> Vec<&Node> {
    let mut out = Vec::new();
    walk(node, &mut out);
    out
}

fn walk<'a>(node: &'a Node, out: &mut Vec<&'a Node>) {
    if let Node::Element { children, .. } = node {
        out.push(node);
        for child in children {
            walk(child, out);
        }
    }
}

fn tag(node: &Node) -> &'static str {
    if let Node::Element { tag, .. } = node { tag } else { "" }
}

fn attr(node: &Node, name: &str) -> Option<String> {
    let Node::Element { attrs, .. } = node else { return None };
    attrs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
}

/// The first element with attribute `name` set to `value`.
fn with_attr<'a>(doc: &'a Node, name: &str, value: &str) -> &'a Node {
    let found = elements(doc).into_iter().find(|n| attr(n, name).as_deref() == Some(value));
    found.unwrap_or_else(|| panic!("no element with {name}={value}"))
}

/// The button with this label: its `data-act` and whether it is disabled.
fn button(doc: &Node, label: &str) -> Option<(Act, bool)> {
    elements(doc)
        .into_iter()
        .find(|n| tag(n) == "button" && n.text_content() == label)
        .map(|n| (Act::from_name(&attr(n, "data-act").unwrap()).unwrap(), attr(n, "disabled").is_some()))
}

/// Positions of the checked radios in the group `name`.
fn checked(doc: &Node, name: &str) -> Vec<usize> {
    elements(doc)
        .into_iter()
        .filter(|n| tag(n) == "input" && attr(n, "name").as_deref() == Some(name))
        .enumerate()
        .filter(|(_, n)| attr(n, "checked").is_some())
        .map(|(i, _)| i)
        .collect()
}

#[test]
fn the_intro_offers_to_start_continue_or_wait_for_a_model() {
    let models = default_models();
    let model = models[0].clone().unwrap();
    let fresh = draw(Screen::Intro, &models, &Progress::new(&model), |_| {});
    assert_eq!(button(&fresh, "Start the assessment"), Some((Act::Begin, false)));
    assert_eq!(button(&fresh, "Start over"), None, "nothing to discard yet");
    assert_eq!(checked(&fresh, "cxm-model"), [0]);
    assert!(fresh.text_content().contains(&format!("Takes {} minutes", CATALOG[0].minutes)));

    let started = draw(Screen::Intro, &models, &progress(&model, 3, 3), |_| {});
    assert_eq!(button(&started, "Continue (3 of 20 answered)"), Some((Act::Begin, false)));
    assert_eq!(button(&started, "Start over"), Some((Act::AskStartOver, false)));

    let loading = draw(Screen::Intro, &models, &Progress::new(&model), |s| s.loading = Some(2));
    assert_eq!(button(&loading, "Loading…"), Some((Act::Begin, true)), "no start while the model loads");
    assert_eq!(checked(&loading, "cxm-model"), [2], "the model being fetched is the one shown chosen");
    assert!(loading.text_content().contains(&format!("Takes {} minutes", CATALOG[2].minutes)));
}

#[test]
fn a_question_shows_its_place_its_answer_and_when_it_can_go_on() {
    let models = default_models();
    let model = models[0].clone().unwrap();
    let name = |q: usize| format!("cxm-q-{}", model.questions[q].id);

    let open = draw(Screen::Question, &models, &progress(&model, 2, 2), |_| {});
    assert!(with_attr(&open, "id", "cxm-progress-label").text_content().starts_with("Question 3 of 20"));
    let bar = with_attr(&open, "aria-labelledby", "cxm-progress-label");
    assert_eq!(tag(bar), "progress");
    assert_eq!((attr(bar, "value").unwrap(), attr(bar, "max").unwrap()), ("2".into(), "20".into()));
    assert_eq!(button(&open, "Next"), Some((Act::Next, true)), "Next waits for an answer");
    assert_eq!(button(&open, "Back"), Some((Act::Back, false)));
    assert_eq!(checked(&open, &name(2)), Vec::<usize>::new());

    // Question 2 (index 1) was answered "Not sure": the radio after the model's options.
    let unsure = draw(Screen::Question, &models, &progress(&model, 2, 1), |_| {});
    assert_eq!(checked(&unsure, &name(1)), [model.options(1).len()]);
    assert_eq!(button(&unsure, "Next"), Some((Act::Next, false)));

    let last = model.questions.len() - 1;
    let at_end = draw(Screen::Question, &models, &progress(&model, last + 1, last), |_| {});
    assert_eq!(button(&at_end, "See my result"), Some((Act::Next, false)));
    // Moving past the last question keeps the last one drawn until the result replaces it.
    let past = draw(Screen::Question, &models, &progress(&model, last + 1, last + 1), |_| {});
    assert_eq!(button(&past, "See my result"), Some((Act::Next, false)));
}

#[test]
fn start_over_asks_with_the_number_of_answers_it_would_discard() {
    let models = default_models();
    let model = models[0].clone().unwrap();
    for (n, line) in [(1, "Discard your 1 answer and start again?"), (4, "Discard your 4 answers and start again?")] {
        let doc = draw(Screen::Question, &models, &progress(&model, n, n), |s| s.asking = true);
        assert!(doc.text_content().contains(line), "{n}");
        assert_eq!(button(&doc, "Discard and start over"), Some((Act::Discard, false)));
        assert_eq!(button(&doc, "Keep my answers"), Some((Act::KeepAnswers, false)));
        assert_eq!(button(&doc, "Start over"), None, "the question replaces the link");
    }
}

/// The text of the live region.
fn live(doc: &Node) -> String {
    with_attr(doc, "role", "status").text_content()
}

#[test]
fn the_notice_sits_in_the_live_region_with_a_dismiss_button() {
    let models = default_models();
    let model = models[0].clone().unwrap();
    let quiet = draw(Screen::Intro, &models, &Progress::new(&model), |_| {});
    assert_eq!(live(&quiet), "", "the region is there, empty");

    let told = draw(Screen::Intro, &models, &Progress::new(&model), |s| s.notice = Some("<b>Something</b> broke"));
    assert_eq!(live(&told), "<b>Something</b> brokeDismiss", "kept as text");
    assert_eq!(button(&told, "Dismiss"), Some((Act::Dismiss, false)));
}

#[test]
fn the_methodology_waits_for_every_model_unless_one_failed() {
    let models = default_models();
    let model = models[0].clone().unwrap();
    let waiting = draw(Screen::Method, &models, &Progress::new(&model), |_| {});
    assert!(waiting.text_content().contains("Loading the models…"));

    let failed = draw(Screen::Method, &models, &Progress::new(&model), |s| s.notice = Some("could not be loaded"));
    assert!(failed.text_content().contains(&*model.name), "what is loaded is shown");
    assert!(!failed.text_content().contains("Loading the models…"));

    let all = all_models();
    let chosen_last = draw(Screen::Method, &all, &Progress::new(all[3].as_ref().unwrap()), |s| s.chosen = 3);
    let text = chosen_last.text_content();
    let first = CATALOG.iter().map(|e| text.find(e.name).unwrap()).collect::<Vec<_>>();
    assert!(first[3] < first[0], "the model being taken comes first");
    assert_eq!(button(&chosen_last, "Back"), Some((Act::LeaveMethod, false)));
}

#[test]
fn the_result_screen_scores_the_answers_and_offers_the_next_moves() {
    let models = default_models();
    let model = models[0].clone().unwrap();
    let doc = draw(Screen::Result, &models, &finished(&model, 0), |_| {});
    let heading = with_attr(&doc, "id", "cxm-result-title").text_content();
    assert_eq!(heading, format!("Your result: stage 1 of 6, {}", model.stages[0].name));
    assert_eq!(button(&doc, "How this is scored"), Some((Act::Method, false)));
    assert_eq!(button(&doc, "Review my answers"), Some((Act::Review, false)));
    assert_eq!(button(&doc, "Take another assessment"), Some((Act::Intro, false)));
}

#[test]
fn every_button_names_an_action_and_every_action_its_own_name() {
    let models = all_models();
    let model = models[0].clone().unwrap();
    let done = finished(&model, 3);
    for screen in [Screen::Intro, Screen::Question, Screen::Result, Screen::Method] {
        for asking in [false, true] {
            let doc = draw(screen, &models, &done, |s| {
                s.asking = asking;
                s.notice = Some("a notice");
            });
            for node in elements(&doc).into_iter().filter(|n| tag(n) == "button") {
                let name = attr(node, "data-act").unwrap_or_default();
                let act = Act::from_name(&name);
                assert!(act.is_some_and(|a| a.name() == name), "{screen:?}: “{}” has {name:?}", node.text_content());
                assert_eq!(attr(node, "type").as_deref(), Some("button"));
            }
        }
    }
}
