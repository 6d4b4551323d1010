#![cfg(not(target_arch = "wasm32"))]
//! The message catalogue: arguments filled in by name, plural forms chosen by the count, text from
//! models passed through as it is, and every message of the English catalogue well formed.

use cx_maturity::i18n::{Catalog, MESSAGES, Msg, Plural, Text};
use cx_maturity::text;

const GREETING: Msg = Msg { id: 0, en: "Your result: {placement}, by {who}" };
const RESULTS: Plural = Plural { id: 1, one: "{n} saved result in {where}", other: "{n} saved results in {where}" };

#[test]
fn arguments_are_filled_in_by_name() {
    let t = text!(GREETING, placement = "stage 3 of 6", who = Text::from("you"));
    assert_eq!(t.en(), "Your result: stage 3 of 6, by you");
    // A message can be an argument of another, and a number is written as one.
    let nested = text!(GREETING, placement = text!(GREETING, placement = 3usize, who = "B"), who = "A");
    assert_eq!(nested.en(), "Your result: Your result: 3, by B, by A");
}

#[test]
fn plural_forms_follow_the_count() {
    let t = |n| RESULTS.count(n, vec![("where", "this browser".into())]).en();
    assert_eq!(t(1), "1 saved result in this browser");
    assert_eq!(t(0), "0 saved results in this browser");
    assert_eq!(t(10_000), "10000 saved results in this browser");
}

#[test]
fn a_missing_argument_shows_its_name_rather_than_vanishing() {
    assert_eq!(text!(GREETING, placement = "x").en(), "Your result: x, by {who}");
    let open = Msg { id: 2, en: "a {b" };
    assert_eq!(Text::from(open).en(), "a {b");
}

#[test]
fn text_from_a_model_is_shown_as_it_is() {
    let t = text!(GREETING, placement = "{who} <b>bold</b>", who = "me");
    assert_eq!(t.en(), "Your result: {who} <b>bold</b>, by me", "arguments are not filled in twice, and never markup");
    assert_eq!(Catalog::english().lang(), "en");
}

#[test]
fn the_catalogue_has_messages() {
    assert!(MESSAGES > 0);
}
