//! The reliability review's findings at the layer that shows them, in a real browser (headless
//! Chromium via wasm-bindgen-test): storage that is full rather than blocked, records of a newer
//! release, an app taken out while it fetches, two apps answering one model, big histories, and a
//! widget's manners on its host page. Each test names the finding it guards
//! (`../shared/reviews/reliability-review.md`).
#![cfg(target_arch = "wasm32")]

mod in_browser;

use cx_maturity::core::answers::{Answer, Answers};
use cx_maturity::core::export::export_json;
use cx_maturity::core::history::{SavedResult, result_key};
use cx_maturity::core::progress::{Progress, SavedProgress};
use cx_maturity::ui::stores::persist::progress_key;
use in_browser::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Fills localStorage until only `free` characters (keys and values) fit, for real: a key holding
/// that room is set first, the rest filled in ever smaller pieces, then the room given back. With
/// `free` below the room key's own length, nothing is left at all.
fn fill_storage(free: usize) {
    let room = "cxm-test-room";
    let keep = if free >= room.len() {
        format!("localStorage.setItem('{room}', 'x'.repeat({}));", free - room.len())
    } else {
        String::new()
    };
    js(&format!(
        "{keep}
         let size = 1 << 20, i = 0;
         while (size >= 1) {{
           try {{ localStorage.setItem('cxm-test-fill-' + i++, 'x'.repeat(size)); }} catch (e) {{ size >>= 1; }}
         }}
         let grown = localStorage.getItem('cxm-test-fill-0');
         try {{ for (;;) {{ grown += 'x'; localStorage.setItem('cxm-test-fill-0', grown); }} }} catch (e) {{}}
         localStorage.removeItem('{room}');"
    ));
}

/// Takes back the room `fill_storage` took.
fn unfill_storage() {
    js(
        "Object.keys(localStorage).filter(k => k.startsWith('cxm-test-fill-')).forEach(k => localStorage.removeItem(k));",
    );
}

/// The app's own keys in localStorage, sorted.
fn app_keys() -> Vec<String> {
    let mut keys: Vec<String> = (0..storage().length().unwrap())
        .filter_map(|i| storage().key(i).unwrap())
        .filter(|k| k.starts_with("cx-maturity"))
        .collect();
    keys.sort();
    keys
}

fn notices(root: &Element) -> String {
    text(root, ".cxm-live")
}

/// A saved result of the default model with every answer at option `i`.
fn result(id: &str, i: u8) -> SavedResult {
    let model = default_model();
    let mut answers = Answers::empty(&model);
    for q in 0..model.questions.len() {
        answers.set(q, Answer::Option(i));
    }
    SavedResult::new(id.into(), "2026-05-01T10:00:00.000Z".into(), &model, &answers)
}

/// Records the page's uncaught errors and unhandled rejections in `window.__cxmErrors`.
fn watch_errors() {
    js("window.__cxmErrors = [];
        window.addEventListener('error', (e) => window.__cxmErrors.push(String(e.message)));
        window.addEventListener('unhandledrejection', (e) => window.__cxmErrors.push(String(e.reason)));");
}

fn errors() -> Vec<String> {
    let list = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__cxmErrors".into()).unwrap();
    js_sys::Array::from(&list).iter().filter_map(|e| e.as_string()).collect()
}

// H-1: a record that cannot be used is set aside only once its copy is stored; on a full origin
// it stays where it is, and the user is told so. Once there is room, it is set aside for real.
#[wasm_bindgen_test]
async fn an_unusable_record_is_never_deleted_when_its_copy_cannot_be_stored() {
    storage().clear().unwrap();
    let model = default_model();
    let key = progress_key(&model.id);
    let corrupt = r#"{"format":2,"model":"six-stage","version":3,"answers":"not answers","current":0}"#;
    storage().set_item(&key, corrupt).unwrap();
    fill_storage(20);
    let (root, app) = open_app();
    settle().await;
    assert!(notices(&root).contains("left where they are"), "{}", notices(&root));
    drop(app);
    assert_eq!(storage().get_item(&key).unwrap().as_deref(), Some(corrupt), "the original is still there");
    assert!(storage().get_item(&format!("{key}/unusable")).unwrap().is_none());

    unfill_storage();
    let (root, _app) = open_app();
    settle().await;
    assert!(notices(&root).contains("set aside, not deleted"), "{}", notices(&root));
    assert_eq!(storage().get_item(&format!("{key}/unusable")).unwrap().as_deref(), Some(corrupt));
    assert!(storage().get_item(&key).unwrap().is_none());
    storage().clear().unwrap();
}

// M-6: what a newer release wrote (a newer format, a model or a version this build does not
// have) is left exactly as it is, mentioned once, and never written over.
#[wasm_bindgen_test]
async fn a_newer_release_s_records_are_left_untouched() {
    storage().clear().unwrap();
    let model = default_model();
    // Format 2 is a team consensus (this release); 3 is a later one.
    let newer_format = r#"{"format":3,"id":"n1","taken":"2026-05-01T10:00:00.000Z","shape":"new"}"#;
    let other_model = serde_json::to_string(&SavedResult { model: "acme-own".into(), ..result("n2", 1) }).unwrap();
    let newer_version = serde_json::to_string(&SavedResult { version: 99, ..result("n3", 1) }).unwrap();
    let newer_progress = r#"{"format":2,"model":"six-stage","version":99,"answers":"1","current":0}"#;
    let stored = [
        (result_key("n1"), newer_format.to_string()),
        (result_key("n2"), other_model),
        (result_key("n3"), newer_version),
        (progress_key(&model.id), newer_progress.to_string()),
    ];
    for (key, value) in &stored {
        storage().set_item(key, value).unwrap();
    }
    let (root, _app) = open_app();
    settle().await;
    let said = notices(&root);
    let left = "3 results saved by a newer version of this app, or for an assessment this page does not have, are \
                left as they are and not shown here.";
    assert!(said.contains(left), "{said}");
    assert!(said.contains("A newer version of this app has saved answers to this assessment"), "{said}");
    assert!(!said.contains("set aside"), "{said}");
    button(&root, "Start the assessment").click();
    settle().await;
    radios(&root)[2].click();
    settle().await;
    for (key, value) in &stored {
        assert_eq!(storage().get_item(key).unwrap().as_deref(), Some(value.as_str()), "{key} is untouched");
    }
    assert_eq!(app_keys().len(), stored.len(), "nothing set aside, nothing added: {:?}", app_keys());
    storage().clear().unwrap();
}

// M-1: an origin that is already full when the app opens is not blocked: what is saved is read
// and shown, answers stay in memory with a notice that says storage is full, and "Delete all my
// data" deletes what is stored.
#[wasm_bindgen_test]
async fn a_full_origin_still_shows_what_is_saved_and_deletes_it() {
    storage().clear().unwrap();
    let model = default_model();
    save_progress(&model, |q| if q < 9 { Answer::Option(1) } else { Answer::Unanswered }, 9);
    storage().set_item(&result_key("f1"), &serde_json::to_string(&result("f1", 4)).unwrap()).unwrap();
    fill_storage(0);
    let (root, _app) = open_app();
    settle().await;
    assert!(!notices(&root).contains("not letting"), "not mistaken for blocked storage: {}", notices(&root));
    assert!(text(&root, ".cxm-progress__label").starts_with(&at(10)), "the saved answers are restored");
    // The record grows by a character only when question 11 opens (current 9 to 10).
    radios(&root)[4].click();
    settle().await;
    button(&root, "Next").click();
    until("the full storage is reported", || notices(&root).contains("storage for this site is full")).await;
    assert_eq!(saved(&model).current, 9, "the move on is only in memory");

    button(&root, "Back").click();
    settle().await;
    while !has_button(&root, "My results (1)") {
        button(&root, "Back").click();
        settle().await;
    }
    button(&root, "My results (1)").click();
    settle().await;
    button(&root, "Delete all my data…").click();
    settle().await;
    button(&root, "Delete everything").click();
    settle().await;
    assert!(
        text(&root, ".cxm-history__status").contains("has been deleted"),
        "{}",
        text(&root, ".cxm-history__status")
    );
    assert_eq!(app_keys(), Vec::<String>::new(), "everything stored was deleted");
    unfill_storage();
}

/// Chooses `text` as the file of the import input, as a person picking a file does.
fn import_file(root: &Element, text: &str, name: &str) {
    js_sys::Reflect::set(&web_sys::window().unwrap(), &"__cxmFile".into(), &text.into()).unwrap();
    let input: HtmlInputElement =
        root.query_selector("#cxm-import").unwrap().expect("the import input").unchecked_into();
    js_sys::Reflect::set(&web_sys::window().unwrap(), &"__cxmInput".into(), &input).unwrap();
    js(&format!(
        "const dt = new DataTransfer();
         dt.items.add(new File([window.__cxmFile], '{name}', {{ type: 'application/json' }}));
         window.__cxmInput.files = dt.files;
         window.__cxmInput.dispatchEvent(new Event('change', {{ bubbles: true }}));"
    ));
}

// M-2: an import says exactly how many results were saved and how many could not be (storage
// full), and after a reload the count matches what it said.
#[wasm_bindgen_test]
async fn an_import_into_a_nearly_full_origin_counts_what_was_saved() {
    storage().clear().unwrap();
    let results: Vec<SavedResult> = (1..=5).map(|i| result(&format!("imp-{i}"), i as u8 % 6)).collect();
    let size = |r: &SavedResult| result_key(&r.id).len() + serde_json::to_string(r).unwrap().len();
    let (root, app) = open_app();
    settle().await;
    button(&root, "My results").click();
    settle().await;
    fill_storage(2 * size(&results[0]) + size(&results[0]) / 2);
    import_file(&root, &export_json(&results, "2026-05-02T10:00:00.000Z"), "export.json");
    until("the import is reported", || text(&root, ".cxm-history__status").starts_with("Imported")).await;
    let said = text(&root, ".cxm-history__status");
    assert!(
        said.starts_with("Imported 2 results. 3 results could not be saved because this browser's storage"),
        "{said}"
    );
    drop(app);
    let (root, _app) = open_app();
    settle().await;
    assert!(has_button(&root, "My results (2)"), "the count after a reload is what was said");
    unfill_storage();
    storage().clear().unwrap();
}

// L-2: an import file's size is checked before anything is read.
#[wasm_bindgen_test]
async fn an_import_file_too_large_is_refused_before_it_is_read() {
    storage().clear().unwrap();
    let (root, _app) = open_app();
    settle().await;
    button(&root, "My results").click();
    settle().await;
    js("window.__cxmRead = 0; window.__cxmText = File.prototype.text;
        File.prototype.text = function () { window.__cxmRead++; return window.__cxmText.call(this); };");
    import_file(&root, &"x".repeat(5_000_001), "huge.json");
    until("the refusal is shown", || text(&root, ".cxm-history__status").starts_with("Nothing was imported")).await;
    assert!(
        text(&root, ".cxm-history__status").contains("larger than 5 MB"),
        "{}",
        text(&root, ".cxm-history__status")
    );
    let read = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__cxmRead".into()).unwrap();
    js("File.prototype.text = window.__cxmText;");
    assert_eq!(read.as_f64(), Some(0.0), "the file was never read");
}

/// Holds every `fetch` until `release_fetches()`.
fn hold_fetches() {
    js("window.__cxmHeld = []; window.__cxmFetch = window.fetch;
        window.fetch = (...args) => new Promise((resolve) => window.__cxmHeld.push(() => resolve(window.__cxmFetch(...args))));");
}

fn release_fetches() {
    js("window.fetch = window.__cxmFetch; window.__cxmHeld.forEach((go) => go());");
}

// M-3: an app taken out while a model is being fetched never reads its disposed state when the
// fetch ends (a wasm trap that took down every widget on the page); an app put back starts
// cleanly.
#[wasm_bindgen_test]
async fn an_app_taken_out_mid_fetch_leaves_nothing_behind() {
    storage().clear().unwrap();
    watch_errors();
    hold_fetches();
    let (root, app) = open_app();
    settle().await;
    let radio: HtmlInputElement = root.query_selector("#cxm-model-four-phases").unwrap().unwrap().unchecked_into();
    radio.click();
    settle().await;
    drop(app);
    release_fetches();
    sleep(300).await;
    assert_eq!(errors(), Vec::<String>::new(), "no error after the fetch ended");
    let (root, _app) = open_app();
    settle().await;
    let radio: HtmlInputElement = root.query_selector("#cxm-model-four-phases").unwrap().unwrap().unchecked_into();
    radio.click();
    until("the model loads in the new app", || has_button(&root, "Start the assessment")).await;
    assert_eq!(chosen_model(&root), [1]);
    assert_eq!(errors(), Vec::<String>::new());
    storage().clear().unwrap();
}

/// Mounts the app as an embedding host's `<cx-maturity>` element would, with `attributes`.
fn open_widget(attributes: &[(&str, &str)]) -> (HtmlElement, Element, App) {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let shadow = host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).unwrap();
    let link = document.create_element("link").unwrap();
    link.set_attribute("rel", "stylesheet").unwrap();
    link.set_attribute("href", "no-such-stylesheet.css").unwrap();
    shadow.append_child(&link).unwrap();
    let container: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    shadow.append_child(&container).unwrap();
    for (name, value) in attributes {
        host.set_attribute(name, value).unwrap();
    }
    let app = cx_maturity::entry::mount_widget(host.clone(), container.clone(), String::new());
    (host, container.into(), app)
}

// M-3 for a widget whose model is fetched at mount, and L-8: a widget writes nothing on a mere
// visit (not the host's model choice, not a probe key that fires `storage` events elsewhere).
#[wasm_bindgen_test]
async fn a_widget_writes_nothing_on_a_visit_and_can_be_removed_while_it_loads() {
    storage().clear().unwrap();
    watch_errors();
    js("window.__cxmWrites = []; window.__cxmSet = Storage.prototype.setItem; window.__cxmRemove = Storage.prototype.removeItem;
        Storage.prototype.setItem = function (k, v) { window.__cxmWrites.push('set ' + k); return window.__cxmSet.call(this, k, v); };
        Storage.prototype.removeItem = function (k) { window.__cxmWrites.push('remove ' + k); return window.__cxmRemove.call(this, k); };");
    hold_fetches();
    let (host, _, app) = open_widget(&[("model", "four-phases")]);
    settle().await;
    drop(app);
    host.remove();
    release_fetches();
    sleep(300).await;
    assert_eq!(errors(), Vec::<String>::new(), "no error after the fetch ended");
    let (host, root, _app) = open_widget(&[("model", "four-phases")]);
    until("the widget's model is loaded", || {
        text(&root, ".cxm-facts").contains(&cx_maturity::core::catalog::CATALOG[1].minutes.to_string())
            && has_button(&root, "Start the assessment")
    })
    .await;
    settle().await;
    let writes = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__cxmWrites".into()).unwrap();
    let writes: Vec<String> = js_sys::Array::from(&writes).iter().filter_map(|w| w.as_string()).collect();
    js("Storage.prototype.setItem = window.__cxmSet; Storage.prototype.removeItem = window.__cxmRemove;");
    assert_eq!(writes, Vec::<String>::new(), "a visit writes nothing");
    assert_eq!(errors(), Vec::<String>::new());
    host.remove();
}

// L-1: two apps answering the same model do not overwrite each other's answers, and "Delete all
// my data" in one is not undone by the other's next answer.
#[wasm_bindgen_test]
async fn two_apps_answering_one_model_keep_each_other_s_answers() {
    storage().clear().unwrap();
    let model = default_model();
    let (first, _a) = open_app();
    let (second, _b) = open_app();
    settle().await;
    button(&first, "Start the assessment").click();
    settle().await;
    radios(&first)[1].click();
    settle().await;
    button(&first, "Next").click();
    settle().await;
    radios(&first)[1].click();
    settle().await;
    button(&second, "Start the assessment").click();
    settle().await;
    radios(&second)[3].click();
    settle().await;
    let kept = saved(&model);
    assert_eq!(kept.answers.get(0), Answer::Option(3), "the second app's own answer");
    assert_eq!(kept.answers.get(1), Answer::Option(1), "the first app's answer is kept");
    assert!(notices(&second).contains("have been added to yours"), "{}", notices(&second));

    // Everything deleted in the first; the second's next answer does not write its old ones back.
    storage().remove_item(&progress_key(&model.id)).unwrap();
    button(&second, "Next").click();
    settle().await;
    radios(&second)[2].click();
    settle().await;
    assert!(notices(&second).contains("were deleted in another tab or window"), "{}", notices(&second));
    let left = storage().get_item(&progress_key(&model.id)).unwrap();
    assert!(
        left.as_deref().is_none_or(|l| !l.contains("\"answers\":\"31")),
        "the deleted answers stay deleted: {left:?}"
    );
    storage().clear().unwrap();
}

/// Every saved result, with `n` of them.
fn save_many(n: usize) {
    for i in 0..n {
        let r = SavedResult {
            taken: format!("2026-05-01T10:{:02}:{:02}.000Z", i / 60, i % 60),
            ..result(&format!("m{i:04}"), (i % 6) as u8)
        };
        storage().set_item(&result_key(&r.id), &serde_json::to_string(&r).unwrap()).unwrap();
    }
}

// M-4: a big history is listed a page at a time in a keyed list (a deletion removes one row and
// leaves the others' elements as they are), and another tab's changes are read key by key.
#[wasm_bindgen_test]
async fn a_big_history_is_paged_keyed_and_follows_other_tabs_key_by_key() {
    storage().clear().unwrap();
    save_many(120);
    let (root, _app) = open_app();
    settle().await;
    button(&root, "My results (120)").click();
    until("the first page is listed", || root.query_selector_all(".cxm-saved").unwrap().length() == 50).await;
    assert!(text(&root, ".cxm-more").contains("Showing the newest 50 of 120"), "{}", text(&root, ".cxm-more"));
    let second_row = root.query_selector(".cxm-saved:nth-child(2)").unwrap().unwrap();
    click(&root, ".cxm-saved:first-child .cxm-saved__actions button:last-child");
    settle().await;
    assert!(second_row.is_connected(), "the other rows are kept, not rebuilt");
    button(&root, "Show 50 more").click();
    settle().await;
    assert_eq!(root.query_selector_all(".cxm-saved").unwrap().length(), 100);

    // Another tab adds one result and deletes one: the list follows from those keys alone.
    let added = SavedResult { taken: "2026-06-01T10:00:00.000Z".into(), ..result("z-new", 5) };
    storage().set_item(&result_key("z-new"), &serde_json::to_string(&added).unwrap()).unwrap();
    storage().remove_item(&result_key("m0001")).unwrap();
    for key in [result_key("z-new"), result_key("m0001")] {
        let init = web_sys::StorageEventInit::new();
        init.set_key(Some(&key));
        let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
        web_sys::window().unwrap().dispatch_event(&event).unwrap();
    }
    until("the other tab's changes are listed", || {
        root.query_selector("#cxm-pick-z-new").unwrap().is_some()
            && root.query_selector("#cxm-pick-m0001").unwrap().is_none()
    })
    .await;
    assert!(text(&root, ".cxm-more").contains("of 119"), "{}", text(&root, ".cxm-more"));
    let first = root.query_selector(".cxm-saved input[type=checkbox]").unwrap().unwrap().id();
    assert_eq!(first, "cxm-pick-z-new", "the new one is listed first");
    storage().clear().unwrap();
}

// L-6: "Copy link" where the page has no clipboard (plain http) says so instead of throwing.
#[wasm_bindgen_test]
async fn copying_without_a_clipboard_says_so() {
    storage().clear().unwrap();
    watch_errors();
    let model = default_model();
    save_progress(&model, |_| Answer::Option(2), model.questions.len());
    js("window.__cxmClipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
        Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get() { return undefined; } });");
    let (root, _app) = open_app();
    settle().await;
    button(&root, "Copy link").click();
    until("the copy is answered", || !text(&root, ".cxm-share__status").is_empty()).await;
    js("Object.defineProperty(Navigator.prototype, 'clipboard', window.__cxmClipboard);");
    assert!(text(&root, ".cxm-share__status").starts_with("Could not copy"), "{}", text(&root, ".cxm-share__status"));
    assert_eq!(errors(), Vec::<String>::new());
    storage().clear().unwrap();
}

// L-10: printing from a widget prints the widget's result, not the host page.
#[wasm_bindgen_test]
async fn a_widget_prints_its_own_result_not_the_host_page() {
    storage().clear().unwrap();
    let model = default_model();
    let mut answers = Answers::empty(&model);
    for q in 0..model.questions.len() {
        answers.set(q, Answer::Option(1));
    }
    let record = SavedProgress::new(&model, &Progress { answers, current: model.questions.len() });
    storage().set_item(&progress_key(&model.id), &serde_json::to_string(&record).unwrap()).unwrap();
    let (host, root, _app) = open_widget(&[]);
    settle().await;
    js("window.__cxmPrinted = 0; window.__cxmPrint = window.print; window.print = () => window.__cxmPrinted++;
        window.__cxmFrames = [];");
    let container: web_sys::Node = root.clone().into();
    js_sys::Reflect::set(&web_sys::window().unwrap(), &"__cxmContainer".into(), &container).unwrap();
    js("new MutationObserver((changes) => changes.forEach((c) => c.addedNodes.forEach((n) => {
          if (n.tagName === 'IFRAME') window.__cxmFrames.push(n.contentDocument.body.textContent);
        }))).observe(window.__cxmContainer, { childList: true });");
    button(&root, "Print / save as PDF").click();
    sleep(200).await;
    let frames = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__cxmFrames".into()).unwrap();
    let frames: Vec<String> = js_sys::Array::from(&frames).iter().filter_map(|f| f.as_string()).collect();
    let printed = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__cxmPrinted".into()).unwrap();
    js("window.print = window.__cxmPrint;");
    assert_eq!(printed.as_f64(), Some(0.0), "the host page is not printed");
    assert_eq!(frames.len(), 1, "one frame, inside the widget");
    assert!(frames[0].contains("Your result: stage"), "the frame holds the widget's result: {}", frames[0]);
    assert_eq!(root.query_selector("iframe").unwrap(), None, "and is gone once printed");
    host.remove();
    storage().clear().unwrap();
}

// M-6's other half: unfinished answers to an earlier version of the questions stay in place when
// the assessment is chosen, and are replaced only once answers are given to this version.
#[wasm_bindgen_test]
async fn an_earlier_version_s_unfinished_answers_stay_until_this_version_is_answered() {
    storage().clear().unwrap();
    let key = progress_key("four-phases");
    let earlier = r#"{"format":2,"model":"four-phases","version":2,"answers":"0123--------","current":4}"#;
    storage().set_item(&key, earlier).unwrap();
    let (root, _app) = open_app();
    settle().await;
    let radio: HtmlInputElement = root.query_selector("#cxm-model-four-phases").unwrap().unwrap().unchecked_into();
    radio.click();
    until("the model is chosen and says so", || notices(&root).contains("were to version 2 of these questions")).await;
    settle().await;
    assert_eq!(storage().get_item(&key).unwrap().as_deref(), Some(earlier), "kept while nothing is answered");
    button(&root, "Start the assessment").click();
    settle().await;
    radios(&root)[1].click();
    settle().await;
    let now = storage().get_item(&key).unwrap().unwrap_or_default();
    assert!(now.contains("\"version\":3"), "this version's answers replace them: {now}");
    storage().clear().unwrap();
}
