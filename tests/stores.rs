//! Each store's rules, natively: the stores of one app over a store kept in memory (nothing here
//! reaches a browser; effects do not run natively, so saving is called as the effect would).

use cx_maturity::browser::storage::{Store, Written};
use cx_maturity::core::answers::{Answer, Answers};
use cx_maturity::core::catalog::DEFAULT;
use cx_maturity::core::history::SavedResult;
use cx_maturity::core::progress::{Progress, SavedProgress};
use cx_maturity::i18n::Text;
use cx_maturity::ui::env::Env;
use cx_maturity::ui::screen::Screen;
use cx_maturity::ui::stores::Stores;
use cx_maturity::ui::stores::persist::progress_key;
use leptos::prelude::*;
use std::sync::Arc;

/// Runs `test` with the stores of a fresh app whose storage holds `stored` (key, JSON text).
fn with_app(stored: &[(&str, String)], test: impl FnOnce(Stores)) {
    let owner = Owner::new();
    owner.with(|| {
        let store = Store::memory_only();
        for (key, text) in stored {
            store.write_raw(key, text);
        }
        let env = Env::new(store, None);
        let stores = Stores::provide(env, Arc::new(DEFAULT.clone()), cx_maturity::ui::preload, false);
        test(stores);
    });
}

fn result(id: &str, taken: &str, answer: Answer) -> SavedResult {
    let mut answers = Answers::empty(&DEFAULT);
    for q in 0..answers.len() {
        answers.set(q, answer);
    }
    SavedResult::new(id.into(), taken.into(), &DEFAULT, &answers)
}

#[test]
fn notices_keep_every_line_once_until_dismissed() {
    with_app(&[], |s| {
        let lines = || s.notices.lines().iter().map(Text::en).collect::<Vec<_>>();
        s.notices.notify("First.");
        s.notices.notify("Second.");
        s.notices.notify("First.");
        assert_eq!(lines(), ["First.", "Second."], "a second problem never hides the first");
        s.notices.dismiss(0);
        assert_eq!(lines(), ["Second."]);
        s.notices.dismiss(5);
        assert_eq!(lines(), ["Second."], "a stale index dismisses nothing");
    });
}

#[test]
fn the_session_restores_saved_progress_and_saves_what_is_answered() {
    let mut saved = Progress::new(&DEFAULT);
    saved.answers.set(0, Answer::Option(2));
    saved.current = 1;
    let record = serde_json::to_string(&SavedProgress::new(&DEFAULT, &saved)).unwrap();
    with_app(&[(&progress_key(&DEFAULT.id), record)], |s| {
        s.session.choose(0);
        assert_eq!(s.session.with_untracked(Clone::clone), saved);
        assert!(s.session.is_started());
        s.session.answer(1, 0);
        s.session.open(2);
        s.session.save();
        let text = s.env.store(|st| st.raw(&progress_key(&DEFAULT.id))).flatten().expect("saved");
        let back: SavedProgress = serde_json::from_str(&text).unwrap();
        let back = back.restore(&DEFAULT).unwrap();
        assert_eq!(back.answers.get(1), Answer::Option(0));
        assert_eq!(back.current, 2);
        assert!(
            s.notices.lines().iter().any(|l| l.en().contains("only while this tab is open")),
            "a store that keeps answers only in memory says so: {:?}",
            s.notices.lines()
        );
    });
}

#[test]
fn starting_over_forgets_the_progress() {
    with_app(&[], |s| {
        s.session.choose(0);
        s.session.answer(0, 1);
        s.session.save();
        s.nav.start_over();
        assert!(!s.session.is_started());
        assert_eq!(s.env.store(|st| st.raw(&progress_key(&DEFAULT.id))).flatten(), None);
        assert_eq!(s.nav.with(Clone::clone), Screen::Intro);
    });
}

#[test]
fn going_on_and_back_follows_the_screen_rules() {
    with_app(&[], |s| {
        s.session.choose(0);
        s.nav.resume();
        assert_eq!(s.nav.with(Clone::clone), Screen::Question);
        s.session.answer(0, 1);
        s.nav.go(1);
        assert_eq!(s.session.with_untracked(|p| p.current), 1);
        s.nav.go(-1);
        s.nav.go(-1);
        assert_eq!(s.nav.with(Clone::clone), Screen::Intro, "back from the first question");
        s.session.open(5);
        s.nav.review();
        assert_eq!(s.session.with_untracked(|p| p.current), 0, "review starts from the first question");
        assert_eq!(s.nav.with(Clone::clone), Screen::Question);
    });
}

#[test]
fn saved_results_stay_newest_first_and_a_repeat_is_not_kept_twice() {
    with_app(&[], |s| {
        let ids = || s.saved.with_untracked(|r| r.iter().map(|r| r.id.clone()).collect::<Vec<_>>());
        s.saved.open();
        s.saved.keep(result("early", "2026-01-02T00:00:00.000Z", Answer::Option(3)));
        assert!(ids().is_empty(), "a result completed before the saved ones are read waits for them");
        s.saved.reload();
        assert_eq!(ids(), ["early"], "and is kept once they are");
        s.saved.add(result("b", "2026-02-01T00:00:00.000Z", Answer::Option(1)));
        s.saved.add(result("a", "2026-01-01T00:00:00.000Z", Answer::Option(0)));
        s.saved.add(result("c", "2026-03-01T00:00:00.000Z", Answer::Option(0)));
        assert_eq!(ids(), ["c", "b", "early", "a"]);
        s.saved.keep(result("d", "2026-04-01T00:00:00.000Z", Answer::Option(0)));
        assert_eq!(ids(), ["c", "b", "early", "a"], "the same answers as the newest result of the model");
        s.saved.keep(result("e", "2026-04-01T00:00:00.000Z", Answer::Option(2)));
        assert_eq!(ids(), ["e", "c", "b", "early", "a"]);
        let gone = s.saved.delete("b").expect("deleted");
        assert_eq!(gone.id, "b");
        assert_eq!(ids(), ["e", "c", "early", "a"]);
        assert!(s.saved.delete("b").is_none(), "nothing to delete twice");
        assert_eq!(s.saved.add(gone), Written::Refused, "memory only: kept for this tab");
        assert_eq!(ids(), ["e", "c", "b", "early", "a"], "an undo puts it back in its place");
    });
}

#[test]
fn the_later_screens_code_is_here_when_the_build_is_not_split() {
    with_app(&[], |s| assert!(s.later.is_ready()));
}
