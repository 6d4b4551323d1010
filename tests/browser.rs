//! Components in a real browser (headless Chromium via wasm-bindgen-test): question navigation,
//! keyboard answers, restoring saved progress and refusing corrupted storage.
#![cfg(target_arch = "wasm32")]

use cx_maturity::core::answers::{Answer, Answers};
use cx_maturity::core::catalog::{CATALOG, DEFAULT_JSON};
use cx_maturity::core::model::Model;
use cx_maturity::core::progress::{Progress, SavedProgress};
use cx_maturity::ui::{App, progress_key};
use leptos::mount::mount_to;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn default_model() -> Model {
    serde_json::from_str::<Model>(DEFAULT_JSON).unwrap().check(CATALOG[0].file).unwrap()
}

/// Clears storage and saves progress in the default model: question `q` answered with
/// `answer(q)`, question `current` open.
fn save_progress(model: &Model, answer: impl Fn(usize) -> Answer, current: usize) {
    storage().clear().unwrap();
    let mut answers = Answers::empty(model);
    for q in 0..model.questions.len() {
        answers.set(q, answer(q));
    }
    let saved = serde_json::to_string(&SavedProgress::new(model, &Progress { answers, current })).unwrap();
    storage().set_item(&progress_key(&model.id), &saved).unwrap();
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Mounts the app into a fresh element; the returned handle unmounts it when dropped.
fn open_app() -> (Element, leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>) {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let handle = mount_to(host.clone().unchecked_into(), || leptos::prelude::IntoAny::into_any(App()));
    (host, handle)
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector).unwrap().map(|e| e.text_content().unwrap_or_default()).unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    root.query_selector(selector).unwrap().expect(selector).unchecked_into::<HtmlElement>().click();
}

fn button(root: &Element, label: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .map(|b| b.unchecked_into::<HtmlElement>())
        .find(|b| b.text_content().unwrap_or_default().trim() == label)
        .unwrap_or_else(|| panic!("no button {label}"))
}

fn radios(root: &Element) -> Vec<HtmlInputElement> {
    let list = root.query_selector_all(".cxm-options input[type=radio]").unwrap();
    (0..list.length()).filter_map(|i| list.item(i)).map(|n| n.unchecked_into()).collect()
}

fn checked(root: &Element) -> Option<usize> {
    radios(root).iter().position(|r| r.checked())
}

fn press(root: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    let target = root.query_selector(".cxm-question h2").unwrap().expect("question heading");
    target.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn questions_navigate_with_buttons_and_keys() {
    storage().clear().unwrap();
    let model = &default_model();
    let (root, _app) = open_app();
    tick().await;
    assert!(text(&root, "h1").contains("customer experience"), "intro first");

    button(&root, "Start the assessment").click();
    tick().await;
    assert!(text(&root, ".cxm-progress__label").starts_with("Question 1 of 20"));
    assert_eq!(text(&root, "legend h2"), model.questions[0].prompt);
    assert_eq!(radios(&root).len(), model.options(0).len() + 1, "options plus Not sure");
    assert!(button(&root, "Next").unchecked_into::<web_sys::HtmlButtonElement>().disabled(), "nothing chosen yet");

    radios(&root)[1].click();
    tick().await;
    button(&root, "Next").click();
    tick().await;
    assert!(text(&root, ".cxm-progress__label").starts_with("Question 2 of 20"));
    assert_eq!(text(&root, "legend h2"), model.questions[1].prompt);
    assert_eq!(checked(&root), None, "a new question starts unanswered");

    button(&root, "Back").click();
    tick().await;
    assert!(text(&root, ".cxm-progress__label").starts_with("Question 1 of 20"));
    assert_eq!(checked(&root), Some(1), "the earlier answer is kept");

    press(&root, "4");
    tick().await;
    assert_eq!(checked(&root), Some(3), "key 4 picks the fourth option");
    press(&root, "7");
    tick().await;
    assert_eq!(checked(&root), Some(6), "the key after the last option is Not sure");
    press(&root, "9");
    tick().await;
    assert_eq!(checked(&root), Some(6), "keys beyond the options do nothing");
    press(&root, "Enter");
    tick().await;
    assert!(text(&root, ".cxm-progress__label").starts_with("Question 2 of 20"));

    let saved = storage().get_item(&progress_key(&model.id)).unwrap().unwrap();
    let saved = serde_json::from_str::<SavedProgress>(&saved).unwrap().restore(model).unwrap();
    assert_eq!(saved.current, 1);
    assert_eq!(saved.answers.get(0), Answer::NotSure);
}

#[wasm_bindgen_test]
async fn saved_progress_is_restored_at_the_open_question() {
    let model = &default_model();
    save_progress(model, |q| if q < 7 { Answer::Option((q % 6) as u8) } else { Answer::Unanswered }, 5);

    let (root, _app) = open_app();
    tick().await;
    assert!(text(&root, ".cxm-progress__label").starts_with("Question 6 of 20"));
    assert_eq!(checked(&root), Some(5));
    assert_eq!(text(&root, ".cxm-notice"), "", "no notice for good data");
}

#[wasm_bindgen_test]
async fn finished_answers_reopen_on_the_result() {
    let model = &default_model();
    save_progress(model, |_| Answer::Option(5), model.questions.len());

    let (root, _app) = open_app();
    tick().await;
    assert_eq!(text(&root, "#cxm-result-title"), format!("Your result: stage 6 of 6, {}", model.stages[5].name));
}

#[wasm_bindgen_test]
async fn corrupted_storage_gives_a_notice_and_keeps_the_data() {
    storage().clear().unwrap();
    let model = &default_model();
    let key = progress_key(&model.id);
    storage().set_item(&key, "{\"format\":1,\"answers\":<oops").unwrap();

    let (root, _app) = open_app();
    tick().await;
    assert!(text(&root, ".cxm-notice").contains("could not be read"), "notice: {}", text(&root, ".cxm-notice"));
    assert!(text(&root, "h1").contains("customer experience"), "the app still works");
    assert_eq!(
        storage().get_item(&format!("{key}/unusable")).unwrap().as_deref(),
        Some("{\"format\":1,\"answers\":<oops")
    );

    click(&root, ".cxm-notice button");
    tick().await;
    assert_eq!(text(&root, ".cxm-notice"), "");
}

#[wasm_bindgen_test]
async fn answering_the_last_question_opens_the_result() {
    let model = &default_model();
    let last = model.questions.len() - 1;
    save_progress(model, |q| if q < last { Answer::Option(0) } else { Answer::Unanswered }, last);

    let (root, _app) = open_app();
    tick().await;
    assert!(text(&root, ".cxm-progress__label").starts_with("Question 20 of 20"));
    radios(&root)[0].click();
    tick().await;
    button(&root, "See my result").click();
    tick().await;
    assert_eq!(text(&root, "#cxm-result-title"), format!("Your result: stage 1 of 6, {}", model.stages[0].name));
}

#[wasm_bindgen_test]
async fn the_result_waits_for_every_answer() {
    let model = &default_model();
    let last = model.questions.len() - 1;
    save_progress(model, |q| if q < last && q != 7 { Answer::Option(2) } else { Answer::Unanswered }, last);

    let (root, _app) = open_app();
    tick().await;
    radios(&root)[0].click();
    tick().await;
    button(&root, "See my result").click();
    tick().await;
    assert!(text(&root, ".cxm-progress__label").starts_with("Question 8 of 20"), "the open question, not a result");
    assert_eq!(text(&root, "#cxm-result-title"), "");
}

#[wasm_bindgen_test]
async fn start_over_on_a_top_result_moves_focus_and_keeps_the_ticked_checklist() {
    let model = &default_model();
    save_progress(model, |_| Answer::Option(5), model.questions.len());

    let (root, _app) = open_app();
    tick().await;
    let tick_box = || -> HtmlInputElement {
        root.query_selector(".cxm-checklist input[type=checkbox]")
            .unwrap()
            .expect("the keep-doing list")
            .unchecked_into()
    };
    tick_box().click();
    assert!(tick_box().checked());
    button(&root, "Start over").click();
    tick().await;
    assert_eq!(focused_text(), "Keep my answers");
    button(&root, "Keep my answers").click();
    tick().await;
    assert_eq!(focused_text(), "Start over");
    assert!(text(&root, "#cxm-result-title").contains("stage 6 of 6"), "still on the result");
    assert!(tick_box().checked(), "redrawing the result leaves the user's ticks alone");
}

fn focused_text() -> String {
    let document = web_sys::window().unwrap().document().unwrap();
    document.active_element().and_then(|e| e.text_content()).unwrap_or_default().trim().to_string()
}

#[wasm_bindgen_test]
async fn answering_keeps_the_page_and_focus_in_place() {
    let model = &default_model();
    save_progress(model, |_| Answer::Unanswered, 1);
    let (root, _app) = open_app();
    tick().await;
    let before = radios(&root);
    before[2].focus().unwrap();
    before[2].click();
    tick().await;
    let after = radios(&root);
    assert!(after.iter().zip(&before).all(|(a, b)| a == b), "the same radio elements, patched, not rebuilt");
    assert_eq!(checked(&root), Some(2));
    let document = web_sys::window().unwrap().document().unwrap();
    assert_eq!(document.active_element().as_ref(), Some(before[2].unchecked_ref::<Element>()));
    assert!(!button(&root, "Next").unchecked_into::<web_sys::HtmlButtonElement>().disabled(), "Next is enabled");
}
