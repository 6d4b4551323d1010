//! Components in a real browser (headless Chromium via wasm-bindgen-test): what each screen shows
//! for its state, question navigation, keyboard answers, focus, restoring saved progress (and
//! progress saved by earlier releases), refusing corrupted storage, and storage that is blocked or
//! full.
#![cfg(target_arch = "wasm32")]

mod in_browser;

use cx_maturity::core::answers::{Answer, Answers};
use cx_maturity::core::catalog::{CATALOG, DEFAULT};
use cx_maturity::core::history::result_key;
use cx_maturity::core::progress::{Progress, SavedProgress};
use cx_maturity::core::share;
use cx_maturity::entry::mount;
use cx_maturity::ui::stores::persist::progress_key;
use in_browser::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn questions_navigate_with_buttons_and_keys() {
    storage().clear().unwrap();
    let model = &default_model();
    let (root, _app) = open_app();
    tick().await;
    assert!(text(&root, "h1").contains("customer experience"), "intro first");

    button(&root, "Start the assessment").click();
    settle().await;
    assert!(text(&root, ".cxm-progress__label").starts_with(&at(1)));
    assert_eq!(text(&root, "legend h2"), model.questions[0].prompt);
    assert_eq!(focused_text(), model.questions[0].prompt, "a new screen focuses its heading");
    assert_eq!(radios(&root).len(), model.options(0).len() + 1, "options plus Not sure");
    assert!(button(&root, "Next").unchecked_into::<web_sys::HtmlButtonElement>().disabled(), "nothing chosen yet");

    radios(&root)[1].click();
    tick().await;
    button(&root, "Next").click();
    settle().await;
    assert!(text(&root, ".cxm-progress__label").starts_with(&at(2)));
    assert_eq!(text(&root, "legend h2"), model.questions[1].prompt);
    assert_eq!(focused_text(), model.questions[1].prompt, "a new question focuses its heading");
    assert_eq!(checked(&root), None, "a new question starts unanswered");

    button(&root, "Back").click();
    tick().await;
    assert!(text(&root, ".cxm-progress__label").starts_with(&at(1)));
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
    assert!(text(&root, ".cxm-progress__label").starts_with(&at(2)));

    let saved = saved(model);
    assert_eq!(saved.current, 1);
    assert_eq!(saved.answers.get(0), Answer::NotSure);
}

#[wasm_bindgen_test]
async fn saved_progress_is_restored_at_the_open_question() {
    let model = &default_model();
    save_progress(model, |q| if q < 7 { Answer::Option((q % 6) as u8) } else { Answer::Unanswered }, 5);

    let (root, _app) = open_app();
    tick().await;
    assert!(text(&root, ".cxm-progress__label").starts_with(&at(6)));
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
    assert!(text(&root, ".cxm-progress__label").starts_with(&at(DEFAULT.questions.len())));
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
    assert!(text(&root, ".cxm-progress__label").starts_with(&at(8)), "the open question, not a result");
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
    settle().await;
    assert_eq!(focused_text(), "Keep my answers");
    button(&root, "Keep my answers").click();
    settle().await;
    assert_eq!(focused_text(), "Start over");
    assert!(text(&root, "#cxm-result-title").contains("stage 6 of 6"), "still on the result");
    assert!(tick_box().checked(), "redrawing the result leaves the user's ticks alone");
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
    assert!(after.iter().zip(&before).all(|(a, b)| a == b), "the same radio elements, updated in place, not rebuilt");
    assert_eq!(checked(&root), Some(2));
    let document = web_sys::window().unwrap().document().unwrap();
    assert_eq!(document.active_element().as_ref(), Some(before[2].unchecked_ref::<Element>()));
    assert!(!button(&root, "Next").unchecked_into::<web_sys::HtmlButtonElement>().disabled(), "Next is enabled");
}

#[wasm_bindgen_test]
async fn opening_focuses_the_intro_heading_unless_told_not_to() {
    storage().clear().unwrap();
    let document = web_sys::window().unwrap().document().unwrap();
    let (root, app) = open_app();
    settle().await;
    assert_eq!(document.active_element().map(|e| e.id()).as_deref(), Some("cxm-intro-title"));
    drop(app);
    root.remove();

    // The standalone page's loader says not to when the visitor has focus in the prerendered intro.
    let elsewhere: HtmlElement = document.create_element("button").unwrap().unchecked_into();
    document.body().unwrap().append_child(&elsewhere).unwrap();
    elsewhere.focus().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let app = mount(host.clone().unchecked_into(), None, false);
    settle().await;
    assert!(text(&host, "#cxm-intro-title").starts_with("How mature"), "the intro is shown");
    assert_eq!(document.active_element(), Some(elsewhere.clone().into()), "focus stays where it was");
    drop(app);
    host.remove();
    elsewhere.remove();
}

#[wasm_bindgen_test]
async fn the_intro_offers_to_start_continue_or_wait_for_a_model() {
    storage().clear().unwrap();
    let (root, app) = open_app();
    tick().await;
    assert!(!disabled(&root, "Start the assessment"));
    assert!(!has_button(&root, "Start over"), "nothing to discard yet");
    assert_eq!(chosen_model(&root), [0]);
    assert!(
        text(&root, ".cxm-facts")
            .contains(&format!("About {} minutes: {} words", CATALOG[0].minutes, CATALOG[0].words))
    );

    drop(app);

    // Three answers saved: the app reopens question 1; Back leads to the intro.
    let model = &default_model();
    save_progress(model, |q| if q < 3 { Answer::Option(1) } else { Answer::Unanswered }, 0);
    let (root, _app) = open_app();
    tick().await;
    button(&root, "Back").click();
    tick().await;
    assert!(!disabled(&root, &format!("Continue (3 of {} answered)", DEFAULT.questions.len())));
    assert!(has_button(&root, "Start over"));

    // Choosing a model that is not compiled in fetches it (the test server serves the crate, so
    // models/ is there): no start meanwhile, and the chooser and the time shown are the new model's.
    let choose = |id: &str| {
        let radio: HtmlInputElement =
            root.query_selector(&format!("#cxm-model-{id}")).unwrap().unwrap().unchecked_into();
        radio.click();
    };
    choose("four-stages");
    tick().await;
    assert!(disabled(&root, "Loading…"), "no start while the model loads");
    assert_eq!(chosen_model(&root), [2], "the model being fetched is the one shown chosen");
    assert!(
        text(&root, ".cxm-facts")
            .contains(&format!("About {} minutes: {} words", CATALOG[2].minutes, CATALOG[2].words))
    );
    until("the model is loaded", || has_button(&root, "Start the assessment")).await;
    assert_eq!(chosen_model(&root), [2]);

    // Offline, a model that is not loaded yet cannot be chosen: a notice says so and the one
    // chosen before stays.
    offline(true);
    choose("ebd");
    until("the failed fetch is reported", || text(&root, ".cxm-notice").contains("could not be loaded")).await;
    offline(false);
    assert!(text(&root, ".cxm-notice").contains(CATALOG[3].name), "{}", text(&root, ".cxm-notice"));
    assert_eq!(chosen_model(&root), [2]);
    let remembered = storage().get_item("cx-maturity/model").unwrap();
    assert_eq!(remembered.as_deref(), Some("\"four-stages\""), "the model that could not load is not remembered");
    assert!(!disabled(&root, "Start the assessment"));
    choose("six-stage");
    tick().await;
    assert!(
        !disabled(&root, &format!("Continue (3 of {} answered)", DEFAULT.questions.len())),
        "the six-stage answers are still there"
    );
}

#[wasm_bindgen_test]
async fn a_question_shows_its_place_its_answer_and_when_it_can_go_on() {
    let model = &default_model();
    save_progress(
        model,
        |q| {
            if q == 0 {
                Answer::Option(2)
            } else if q == 1 {
                Answer::NotSure
            } else {
                Answer::Unanswered
            }
        },
        2,
    );
    let (root, _app) = open_app();
    tick().await;
    assert!(text(&root, "#cxm-progress-label").starts_with(&at(3)));
    let bar = root.query_selector("progress[aria-labelledby=cxm-progress-label]").unwrap().expect("a progress bar");
    assert_eq!(
        (bar.get_attribute("value"), bar.get_attribute("max")),
        (Some("2".into()), Some(DEFAULT.questions.len().to_string()))
    );
    assert!(disabled(&root, "Next"), "Next waits for an answer");
    assert!(!disabled(&root, "Back"));
    assert_eq!(checked(&root), None);
    radios(&root)[0].click();
    tick().await;
    assert_eq!(bar.get_attribute("value").as_deref(), Some("3"), "the bar counts the new answer");

    // Question 2 was answered "Not sure": the radio after the model's options.
    button(&root, "Back").click();
    tick().await;
    assert!(text(&root, "#cxm-progress-label").starts_with(&at(2)));
    assert_eq!(checked(&root), Some(model.options(1).len()));
    assert!(!disabled(&root, "Next"));

    let last = model.questions.len() - 1;
    save_progress(model, |q| if q < last { Answer::Option(1) } else { Answer::Unanswered }, last);
    let (root, _app) = open_app();
    tick().await;
    assert!(has_button(&root, "See my result") && !has_button(&root, "Next"));
}

#[wasm_bindgen_test]
async fn start_over_asks_with_the_number_of_answers_it_would_discard() {
    let model = &default_model();
    for (n, line) in [(1, "Discard your 1 answer and start again?"), (4, "Discard your 4 answers and start again?")] {
        save_progress(model, |q| if q < n { Answer::Option(0) } else { Answer::Unanswered }, n);
        let (root, _app) = open_app();
        tick().await;
        button(&root, "Start over").click();
        tick().await;
        assert_eq!(text(&root, "#cxm-confirm-text"), line);
        assert!(has_button(&root, "Discard and start over") && has_button(&root, "Keep my answers"));
        assert!(!has_button(&root, "Start over"), "the question replaces the link");
        if n == 4 {
            button(&root, "Discard and start over").click();
            tick().await;
            assert!(text(&root, "h1").contains("customer experience"), "back on the intro");
            assert!(has_button(&root, "Start the assessment"));
            assert_eq!(storage().get_item(&progress_key(&model.id)).unwrap(), None, "nothing is kept of the answers");
        }
    }
}

#[wasm_bindgen_test]
async fn the_notice_sits_in_the_live_region_as_text_with_a_dismiss_button() {
    storage().clear().unwrap();
    let (root, _app) = open_app();
    tick().await;
    let live = root.query_selector("[role=status]").unwrap().expect("the live region is always there");
    assert_eq!(live.text_content().unwrap_or_default(), "", "empty while there is nothing to say");

    // A record naming a model with markup in its id: the notice quotes it, as text.
    let model = &default_model();
    let record = r#"{"format":2,"model":"<b>Something</b>","version":1,"answers":"","current":0}"#;
    storage().set_item(&progress_key(&model.id), record).unwrap();
    let (root, _app) = open_app();
    tick().await;
    let live = root.query_selector("[role=status]").unwrap().unwrap();
    assert!(live.text_content().unwrap_or_default().contains("('<b>Something</b>')"), "kept as text");
    assert!(live.query_selector("b").unwrap().is_none(), "never markup");
    assert!(has_button(&root, "Dismiss"));
}

#[wasm_bindgen_test]
async fn the_methodology_waits_for_every_model_unless_one_failed() {
    storage().clear().unwrap();
    let (root, _app) = open_app();
    tick().await;
    offline(true);
    button(&root, "How this is scored").click();
    tick().await;
    assert!(text(&root, "#cxm-methodology").contains("Loading the models…"));
    until("a fetch fails", || text(&root, ".cxm-notice").contains("could not be loaded")).await;
    offline(false);
    let page = text(&root, "#cxm-methodology");
    assert!(page.contains(&*default_model().name), "what is loaded is shown");
    assert!(!page.contains("Loading the models…"));
    button(&root, "Back").click();
    tick().await;
    assert!(text(&root, "h1").contains("customer experience"), "Back leads to the intro before a result");

    // Online, with the last model chosen: every model, the one being taken first.
    click(&root, "#cxm-model-ebd");
    until("the model is loaded", || has_button(&root, "Start the assessment")).await;
    button(&root, "Dismiss").click();
    tick().await;
    button(&root, "How this is scored").click();
    tick().await;
    until("every model is in", || {
        let page = text(&root, "#cxm-methodology");
        !page.is_empty() && !page.contains("Loading the models…")
    })
    .await;
    let page = text(&root, "#cxm-methodology");
    let at: Vec<usize> = CATALOG.iter().map(|e| page.find(e.name).unwrap_or_else(|| panic!("{}", e.name))).collect();
    assert!(at[3] < at[0] && at[0] < at[1], "the model being taken first, then the others in order: {at:?}");
}

#[wasm_bindgen_test]
async fn every_button_is_a_plain_button_on_every_screen() {
    let model = &default_model();
    save_progress(model, |_| Answer::Option(3), model.questions.len());
    let (root, _app) = open_app();
    tick().await;
    let check = |screen: &str| {
        for b in all_buttons(&root) {
            assert_eq!(b.get_attribute("type").as_deref(), Some("button"), "{screen}: {:?}", b.text_content());
        }
    };
    check("result");
    for label in ["How this is scored", "Review my answers", "Take another assessment", "Start over"] {
        assert!(has_button(&root, label), "the result offers {label}");
    }
    button(&root, "Start over").click();
    tick().await;
    check("result, asking");
    button(&root, "Review my answers").click();
    tick().await;
    assert!(text(&root, "#cxm-progress-label").starts_with(&at(1)), "Review starts at question 1");
    check("question");
    button(&root, "Back").click();
    tick().await;
    check("intro");
}

#[wasm_bindgen_test]
async fn progress_saved_by_the_earlier_release_is_restored_and_saved_as_a_record() {
    storage().clear().unwrap();
    let model = &default_model();
    let key = progress_key(&model.id);
    let legacy = format!("cxm1 {} {} 0123?4{} 5", model.id, model.version, "-".repeat(model.questions.len() - 6));
    storage().set_item(&key, &legacy).unwrap();

    let (root, _app) = open_app();
    tick().await;
    assert!(text(&root, "#cxm-progress-label").starts_with(&at(6)), "the open question");
    assert_eq!(checked(&root), Some(4));
    assert_eq!(text(&root, ".cxm-notice"), "", "a move, not a problem");
    let restored = saved(model);
    assert_eq!(restored.current, 5);
    assert_eq!(
        (0..6).map(|q| restored.answers.get(q)).collect::<Vec<_>>(),
        [
            Answer::Option(0),
            Answer::Option(1),
            Answer::Option(2),
            Answer::Option(3),
            Answer::NotSure,
            Answer::Option(4)
        ]
    );
}

#[wasm_bindgen_test]
async fn blocked_storage_runs_in_memory_with_a_notice() {
    storage().clear().unwrap();
    // What a browser with site data blocked does: reading `localStorage` throws.
    js("window.__cxmStorage = Object.getOwnPropertyDescriptor(window, 'localStorage');
        Object.defineProperty(window, 'localStorage', { configurable: true,
          get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });");
    let (root, _app) = open_app();
    tick().await;
    assert!(
        text(&root, ".cxm-notice").contains("not letting the page store anything"),
        "{}",
        text(&root, ".cxm-notice")
    );
    button(&root, "Start the assessment").click();
    tick().await;
    press(&root, "3");
    tick().await;
    press(&root, "Enter");
    tick().await;
    assert!(text(&root, "#cxm-progress-label").starts_with(&at(2)), "the test goes on in memory");
    button(&root, "Back").click();
    tick().await;
    assert_eq!(checked(&root), Some(2), "the answer is kept in memory");
    js("Object.defineProperty(window, 'localStorage', window.__cxmStorage);");
    assert_eq!(storage().length().unwrap(), 0, "nothing was written");
}

#[wasm_bindgen_test]
async fn full_storage_keeps_the_answer_says_so_and_loses_nothing_saved() {
    let model = &default_model();
    save_progress(model, |q| if q < 9 { Answer::Option(1) } else { Answer::Unanswered }, 9);
    let (root, _app) = open_app();
    tick().await;
    // Fill the origin's quota for real, in ever smaller pieces, then grow the first piece until not
    // one more character fits.
    js("let size = 1 << 20, i = 0;
        while (size >= 1) {
          try { localStorage.setItem('cxm-test-fill-' + i++, 'x'.repeat(size)); } catch (e) { size >>= 1; }
        }
        let grown = localStorage.getItem('cxm-test-fill-0');
        try { for (;;) { grown += 'x'; localStorage.setItem('cxm-test-fill-0', grown); } } catch (e) {}");
    // Answering question 10 rewrites the record at the same length, which still fits; moving on to
    // question 11 makes it one character longer (current 9 to 10), which does not.
    radios(&root)[3].click();
    tick().await;
    button(&root, "Next").click();
    until("the failed save is reported", || text(&root, ".cxm-notice").contains("could not be saved")).await;
    assert!(text(&root, "#cxm-progress-label").starts_with(&at(11)), "the test goes on");
    button(&root, "Back").click();
    tick().await;
    assert_eq!(checked(&root), Some(3), "the answer is kept in memory");
    let kept = saved(model);
    assert!((0..9).all(|q| kept.answers.get(q) == Answer::Option(1)), "what was saved before is still there");
    js(
        "Object.keys(localStorage).filter(k => k.startsWith('cxm-test-fill-')).forEach(k => localStorage.removeItem(k));",
    );
}

// Guards against rebuilding the question's heading for each question: focus fell to the body
// until the deferred focus moved it, and keys typed meanwhile were lost.
#[wasm_bindgen_test]
async fn keys_typed_right_after_moving_on_answer_the_next_question() {
    let model = &default_model();
    storage().clear().unwrap();
    let (root, _app) = open_app();
    tick().await;
    button(&root, "Start the assessment").click();
    settle().await;
    assert_eq!(focused_text(), model.questions[0].prompt);
    press_focused("3");
    press_focused("Enter");
    tick().await;
    press_focused("2");
    settle().await;
    assert!(text(&root, ".cxm-progress__label").starts_with(&at(2)));
    assert_eq!(checked(&root), Some(1), "the key typed before focus was moved again still answered");
    assert_eq!(focused_text(), model.questions[1].prompt);
}

#[wasm_bindgen_test]
async fn opening_the_app_writes_nothing_until_the_user_acts() {
    storage().clear().unwrap();
    let (root, _app) = open_app();
    settle().await;
    assert_eq!(storage().length().unwrap(), 0, "a visit alone leaves no trace");
    button(&root, "Start the assessment").click();
    settle().await;
    radios(&root)[2].click();
    settle().await;
    assert_eq!(saved(&default_model()).answers.get(0), Answer::Option(2), "the first answer is saved");
}

#[wasm_bindgen_test]
async fn my_results_lists_saved_results_and_a_deletion_can_be_undone() {
    storage().clear().unwrap();
    let model = &default_model();
    save_result(model, "1-aaaaaa", "2026-01-02T09:00:00.000Z", 0);
    save_result(model, "2-bbbbbb", "2026-03-02T09:00:00.000Z", 5);
    let (root, _app) = open_app();
    // Saved results are read once the first screen is drawn.
    settle().await;
    button(&root, "My results (2)").click();
    settle().await;
    let listed: Vec<String> = {
        let items = root.query_selector_all(".cxm-saved__result").unwrap();
        (0..items.length()).filter_map(|i| items.item(i)).map(|n| n.text_content().unwrap_or_default()).collect()
    };
    assert_eq!(listed, ["stage 6 of 6, Embed", "stage 1 of 6, Ignore"], "newest first, scored from the answers");
    click(&root, ".cxm-saved:first-child .cxm-saved__actions button:last-child");
    settle().await;
    assert_eq!(storage().get_item(&result_key("2-bbbbbb")).unwrap(), None, "deleted from storage");
    assert_eq!(root.query_selector_all(".cxm-saved").unwrap().length(), 1);
    button(&root, "Undo").click();
    settle().await;
    assert!(storage().get_item(&result_key("2-bbbbbb")).unwrap().is_some(), "the undo saves it again");
    assert_eq!(root.query_selector_all(".cxm-saved").unwrap().length(), 2);
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn the_share_link_carries_exactly_the_answers_on_screen() {
    storage().clear().unwrap();
    let model = &default_model();
    save_progress(model, |q| Answer::at(q % 7, model.options(q).len()), model.questions.len());
    let (root, _app) = open_app();
    tick().await;
    let link: HtmlInputElement =
        root.query_selector("#cxm-share-link").unwrap().expect("a share link").unchecked_into();
    let payload = share::link_payload(link.value().rsplit_once('#').map(|(_, f)| f).unwrap_or_default())
        .expect("a #result= link")
        .to_string();
    let answers = share::decode(model, &payload).expect("the link decodes");
    assert_eq!(answers, saved(model).answers, "the link holds the answers given, Not sure included");
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn a_widget_in_a_shadow_root_keeps_to_its_namespace_and_tells_its_host_when_finished() {
    storage().clear().unwrap();
    let model = &default_model();
    // Progress under the widget's namespace: every question answered, the last one open.
    let mut answers = Answers::empty(model);
    for q in 0..model.questions.len() {
        answers.set(q, Answer::Option(2));
    }
    let last = model.questions.len() - 1;
    let record = SavedProgress::new(model, &Progress { answers, current: last });
    let key = progress_key(&model.id).replacen("cx-maturity/", "cx-maturity@brand/", 1);
    storage().set_item(&key, &serde_json::to_string(&record).unwrap()).unwrap();

    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let shadow = host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).unwrap();
    let container: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    shadow.append_child(&container).unwrap();
    let heard = std::rc::Rc::new(std::cell::RefCell::new(Vec::<wasm_bindgen::JsValue>::new()));
    let record_event = {
        let heard = heard.clone();
        wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
            assert!(e.bubbles() && e.composed(), "the event leaves the shadow root");
            heard.borrow_mut().push(e.detail());
        })
    };
    host.add_event_listener_with_callback("cx-maturity-complete", record_event.as_ref().unchecked_ref()).unwrap();
    for (name, value) in [("model", "six-stage"), ("namespace", "brand"), ("share-answers", "")] {
        host.set_attribute(name, value).unwrap();
    }
    let focused = document.active_element();
    let widget = cx_maturity::entry::mount_widget(host.clone(), container.clone(), String::new());
    tick().await;
    settle().await;
    let root: Element = container.clone().into();
    assert_eq!(document.active_element(), focused, "opening takes no focus from the host page");
    assert!(text(&root, ".cxm-progress__label").starts_with(&at(last + 1)), "the namespaced progress is restored");
    button(&root, "See my result").click();
    settle().await;
    assert!(text(&root, "#cxm-result-title").starts_with("Your result: stage 3 of 6"));
    let heard = heard.borrow();
    assert_eq!(heard.len(), 1, "one completion");
    let detail = &heard[0];
    let get = |k: &str| js_sys::Reflect::get(detail, &k.into()).unwrap();
    assert_eq!(get("model").as_string().as_deref(), Some("six-stage"));
    assert_eq!(get("stage").as_f64(), Some(3.0));
    assert_eq!(get("answers").as_string(), Some("2".repeat(model.questions.len())), "answers, as the host asked");
    let keys: Vec<String> = (0..storage().length().unwrap()).filter_map(|i| storage().key(i).unwrap()).collect();
    assert!(keys.iter().all(|k| k.starts_with("cx-maturity@brand/")), "only namespaced keys: {keys:?}");
    assert!(keys.iter().any(|k| k.starts_with("cx-maturity@brand/results/")), "the result is kept: {keys:?}");
    drop(widget);
    assert_eq!(container.child_element_count(), 0, "dropping the handle unmounts the app");
    host.remove();
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn the_team_view_combines_pasted_links_into_a_team_link_without_the_names() {
    storage().clear().unwrap();
    let model = &default_model();
    let person = |i: u8| {
        let mut a = Answers::empty(model);
        for q in 0..model.questions.len() {
            a.set(q, Answer::Option(i));
        }
        a
    };
    let people = [person(1), person(3), person(4)];
    let chat: Vec<String> = people
        .iter()
        .map(|p| format!("Link: https://x.example/#result={} ok", share::encode(model, p).unwrap()))
        .collect();
    let (root, _app) = open_app();
    settle().await;
    button(&root, "Team view").click();
    until("the team view", || root.query_selector("#cxm-team-text").unwrap().is_some()).await;
    let paste: web_sys::HtmlTextAreaElement = root.query_selector("#cxm-team-text").unwrap().unwrap().unchecked_into();
    paste.set_value(&chat.join("\n"));
    paste.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    button(&root, "Add to the team").click();
    until("the picture", || root.query_selector(".cxm-team-group").unwrap().is_some()).await;
    assert_eq!(text(&root, ".cxm-team-group h2"), format!("{}: 3 people", model.name));
    assert_eq!(text(&root, ".cxm-team-middle"), "The middle of the team: stage 4 of 6, Operationalize.");
    let name: HtmlInputElement = root.query_selector(".cxm-team-name").unwrap().unwrap().unchecked_into();
    name.set_value("Ana");
    name.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    settle().await;
    let link: HtmlInputElement = root.query_selector("#cxm-team-0-link").unwrap().unwrap().unchecked_into();
    let payload = share::team_link_payload(link.value().rsplit_once('#').map(|(_, f)| f).unwrap_or_default())
        .expect("a #team= link")
        .to_string();
    let mut decoded = share::decode_team(model, &payload).expect("the team link decodes");
    decoded.sort_by_key(Answers::encode);
    assert_eq!(decoded, people, "the team link holds everyone's answers");
    assert!(!link.value().contains("Ana"), "and never a name");
    button(&root, "Save this picture").click();
    settle().await;
    let kept: Vec<String> = (0..storage().length().unwrap())
        .filter_map(|i| storage().key(i).unwrap())
        .filter(|k| k.starts_with("cx-maturity/teams/"))
        .collect();
    assert_eq!(kept.len(), 1, "the picture is saved under a key of its own");
    assert!(storage().get_item(&kept[0]).unwrap().unwrap().contains("\"Ana\""), "with the names, in this browser");
    storage().clear().unwrap();
}
