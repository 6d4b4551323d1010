//! Helpers shared by the browser test files (`browser.rs`, `reliability.rs`): mounting the app,
//! reading what it shows, acting as a person does, and breaking storage and the network the way
//! real browsers do.
#![allow(dead_code)]

use cx_maturity::core::answers::{Answer, Answers};
use cx_maturity::core::catalog::DEFAULT;
use cx_maturity::core::history::{SavedResult, result_key};
use cx_maturity::core::model::Model;
use cx_maturity::core::progress::{Progress, SavedProgress};
use cx_maturity::entry::mount;
use cx_maturity::ui::stores::persist::progress_key;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// A mounted app; dropping it unmounts the app.
pub type App = leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>;

pub fn default_model() -> Model {
    DEFAULT.clone()
}

/// Clears storage and saves progress in the default model: question `q` answered with
/// `answer(q)`, question `current` open.
pub fn save_progress(model: &Model, answer: impl Fn(usize) -> Answer, current: usize) {
    storage().clear().unwrap();
    let mut answers = Answers::empty(model);
    for q in 0..model.questions.len() {
        answers.set(q, answer(q));
    }
    let record = SavedProgress::new(model, &Progress { answers, current });
    storage().set_item(&progress_key(&model.id), &serde_json::to_string(&record).unwrap()).unwrap();
}

/// The progress saved in the default model.
pub fn saved(model: &Model) -> Progress {
    let text = storage().get_item(&progress_key(&model.id)).unwrap().expect("progress is saved");
    serde_json::from_str::<SavedProgress>(&text).expect("a record").restore(model).unwrap()
}

/// "Question n of N" for the default model.
pub fn at(n: usize) -> String {
    format!("Question {n} of {}", DEFAULT.questions.len())
}

pub fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Mounts the app into a fresh element; the returned handle unmounts it when dropped.
pub fn open_app() -> (Element, App) {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let handle = mount(host.clone().unchecked_into(), None, true);
    (host, handle)
}

pub fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector).unwrap().map(|e| e.text_content().unwrap_or_default()).unwrap_or_default()
}

pub fn click(root: &Element, selector: &str) {
    root.query_selector(selector).unwrap().expect(selector).unchecked_into::<HtmlElement>().click();
}

pub fn button(root: &Element, label: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .map(|b| b.unchecked_into::<HtmlElement>())
        .find(|b| b.text_content().unwrap_or_default().trim() == label)
        .unwrap_or_else(|| panic!("no button {label}"))
}

pub fn radios(root: &Element) -> Vec<HtmlInputElement> {
    let list = root.query_selector_all(".cxm-options input[type=radio]").unwrap();
    (0..list.length()).filter_map(|i| list.item(i)).map(|n| n.unchecked_into()).collect()
}

pub fn checked(root: &Element) -> Option<usize> {
    radios(root).iter().position(|r| r.checked())
}

/// A `keydown` of `key` that bubbles, as a keyboard sends it.
pub fn key_down(key: &str) -> web_sys::KeyboardEvent {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap()
}

/// A key pressed on the question's heading.
pub fn press(root: &Element, key: &str) {
    let target = root.query_selector(".cxm-question h2").unwrap().expect("question heading");
    target.dispatch_event(&key_down(key)).unwrap();
}

pub fn focused_text() -> String {
    let document = web_sys::window().unwrap().document().unwrap();
    document.active_element().and_then(|e| e.text_content()).unwrap_or_default().trim().to_string()
}

/// Runs JavaScript in the page (to break the browser's storage the way real browsers do).
pub fn js(code: &str) {
    js_sys::Function::new_no_args(code).call0(&wasm_bindgen::JsValue::NULL).unwrap();
}

pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits until the effects of a change have run and the focus they asked for has moved.
pub async fn settle() {
    tick().await;
    sleep(0).await;
}

/// Waits up to five seconds for `done`.
pub async fn until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..100 {
        if done() {
            return;
        }
        sleep(50).await;
    }
    panic!("timed out waiting until {what}");
}

pub fn all_buttons(root: &Element) -> Vec<HtmlElement> {
    let list = root.query_selector_all("button").unwrap();
    (0..list.length()).filter_map(|i| list.item(i)).map(|n| n.unchecked_into()).collect()
}

pub fn has_button(root: &Element, label: &str) -> bool {
    all_buttons(root).iter().any(|b| b.text_content().unwrap_or_default().trim() == label)
}

pub fn disabled(root: &Element, label: &str) -> bool {
    button(root, label).unchecked_into::<web_sys::HtmlButtonElement>().disabled()
}

pub fn chosen_model(root: &Element) -> Vec<usize> {
    let list = root.query_selector_all("input[name=cxm-model]").unwrap();
    (0..list.length())
        .filter(|&i| list.item(i).unwrap().unchecked_into::<HtmlInputElement>().checked())
        .map(|i| i as usize)
        .collect()
}

/// Makes every `fetch` fail as it does with no network (`true`), or work again (`false`).
pub fn offline(on: bool) {
    if on {
        js("window.__cxmFetch = window.fetch; window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));");
    } else {
        js("window.fetch = window.__cxmFetch;");
    }
}

/// A key pressed on whatever has focus, as a keyboard does.
pub fn press_focused(key: &str) {
    let document = web_sys::window().unwrap().document().unwrap();
    let target: web_sys::EventTarget = match document.active_element() {
        Some(el) => el.into(),
        None => document.into(),
    };
    target.dispatch_event(&key_down(key)).unwrap();
}

/// A saved result of the default model with every answer at option `i`, under its own key.
pub fn save_result(model: &Model, id: &str, taken: &str, i: u8) {
    let mut answers = Answers::empty(model);
    for q in 0..model.questions.len() {
        answers.set(q, Answer::Option(i));
    }
    let record = SavedResult::new(id.into(), taken.into(), model, &answers);
    storage().set_item(&result_key(id), &serde_json::to_string(&record).unwrap()).unwrap();
}
