#![cfg(not(target_arch = "wasm32"))]
//! Placing a result of one ladder on another, by what it has completed.

use cx_maturity::core::crosswalk::{climbed, place, published_ladders};
use cx_maturity::i18n::Text;

#[test]
fn gated_results_are_placed_by_the_stages_they_have_completed() {
    // (stages of the gated model, stages of the other ladder, expected place for 0, 1, … complete)
    let table: &[(usize, usize, &[usize])] = &[
        (4, 6, &[1, 2, 3, 4, 6]),
        (4, 5, &[1, 2, 3, 4, 5]),
        (4, 4, &[1, 1, 2, 3, 4]),
        // Working on stage 4 of 4 with 3 complete must not reach the top of any ladder.
        (4, 2, &[1, 1, 1, 1, 2]),
    ];
    for &(from, to, expected) in table {
        let got: Vec<usize> = (0..=from).map(|c| place(climbed(c + 1, Some(c), from), to)).collect();
        assert_eq!(got, expected, "{from} gated -> {to}");
        assert_eq!(got[0], 1, "none complete is the bottom");
        assert_eq!(got[from], to, "all complete is the top");
        assert!(got[from - 1] < to, "one short of all complete is below the top");
    }
}

#[test]
fn ladder_results_are_placed_by_the_distance_climbed() {
    // (stages, other ladder's stages, expected place of stage 1, 2, …)
    let table: &[(usize, usize, &[usize])] = &[
        (6, 5, &[1, 1, 2, 3, 4, 5]),
        (6, 4, &[1, 1, 2, 2, 3, 4]),
        (6, 6, &[1, 2, 3, 4, 5, 6]),
        (5, 6, &[1, 2, 3, 4, 6]),
    ];
    for &(from, to, expected) in table {
        let got: Vec<usize> = (1..=from).map(|s| place(climbed(s, None, from), to)).collect();
        assert_eq!(got, expected, "{from} -> {to}");
    }
}

#[test]
fn boundaries_are_exact_and_out_of_range_values_are_clamped() {
    // 0.75 of the way up a six-stage ladder is 3.75 steps: stage 4, not 5.
    assert_eq!(place(0.75, 6), 4);
    // Exactly one step of four on a five-stage ladder: the rung is reached.
    assert_eq!(place(0.25, 5), 2);
    assert_eq!(place(0.2499, 5), 1);
    assert_eq!(place(-1.0, 5), 1);
    assert_eq!(place(2.0, 5), 5);
    assert_eq!(place(0.5, 0), 1);
    assert_eq!(climbed(9, None, 6), 1.0);
    assert_eq!(climbed(0, None, 6), 0.0);
    assert_eq!(climbed(1, Some(7), 4), 1.0);
}

#[test]
fn published_ladders_name_only_what_the_sources_name() {
    let ladders = published_ladders();
    let gartner = ladders.iter().find(|l| l.id == "gartner").expect("gartner ladder");
    assert_eq!(gartner.stage_label(5).en(), "Optimized");
    assert_eq!(gartner.stage_label(4).en(), "stage 4 of 5");
    assert!(gartner.top_meaning.as_ref().map(Text::en).is_some_and(|m| m.starts_with("Optimized:")));
    let bp = ladders.iter().find(|l| l.id == "beyond-philosophy").expect("beyond philosophy ladder");
    assert_eq!(bp.stage_label(5).en(), "Natural");
    assert_eq!(bp.stage_label(1).en(), "stage 1 of 5");
    assert!(bp.top_meaning.as_ref().map(Text::en).is_some_and(|m| m.starts_with("Natural:")));
    let xm = ladders.iter().find(|l| l.id == "xm-institute").expect("xm ladder");
    assert_eq!(
        (1..=5).map(|s| xm.stage_label(s).en()).collect::<Vec<_>>(),
        ["Investigate", "Initiate", "Mobilize", "Scale", "Embed"]
    );
    let (figure, citation) = xm.benchmark.as_ref().map(|(f, c)| (f.en(), c.en())).expect("xm benchmark");
    assert!(figure.contains("no share is given for stage 4"), "{figure}");
    assert!(figure.contains("are not Temkin Group's Mobilize and Embed"), "the name clash is explained: {figure}");
    // Cited as published: the report's title, publisher, date and sample; nothing the report does not say.
    assert!(citation.starts_with("Qualtrics XM Institute, \"The State of Customer Experience Management, 2024\""));
    assert!(citation.contains("May 2024") && citation.contains("234 CX practitioners"), "{citation}");
    for text in [&xm.source.en(), &citation] {
        assert!(!text.contains("successor"), "{text}");
    }
}
