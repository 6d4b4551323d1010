#![cfg(not(target_arch = "wasm32"))]
//! Table-driven tests of the scoring rules on small synthetic models. Answers are written as one
//! character per question (option index, `?` = not sure), grouped by dimension for reading.

mod support;

use cx_maturity::core::scoring::{Confidence, score};
use support::{all, answers, model};

const SIX: &str = r#"{"rule":"average","chasm_at":4}"#;

fn six_stage() -> cx_maturity::core::model::Model {
    model(5, 4, 6, &[1, 2, 3, 4, 5, 6], SIX)
}

#[test]
fn average_rule_with_chasm() {
    let m = six_stage();
    // (answers, stage, holding back, stopped by chasm)
    let table: &[(&str, usize, &[usize], bool)] = &[
        ("0000 0000 0000 0000 0000", 1, &[], false),
        ("5555 5555 5555 5555 5555", 6, &[], false),
        ("3333 3333 3333 3333 3333", 4, &[], false),
        ("2222 2222 2222 2222 2222", 3, &[], false),
        ("1111 1111 1111 1111 1111", 2, &[], false),
        ("4444 4444 4444 4444 4444", 5, &[], false),
        // One weak dimension keeps an otherwise strong organisation on the fluff side.
        ("5555 5555 5555 5555 1111", 3, &[4], true),
        // Halves round up: every dimension averages 3.5, so level 4 everywhere.
        ("2323 2323 2323 2323 2323", 4, &[], false),
        // Overall 3.45 rounds down to 3; no dimension is below 3.
        ("2323 2323 2323 2323 2223", 3, &[], false),
        // Two weak dimensions, named weakest first.
        ("5555 1111 5555 0000 5555", 3, &[3, 1], true),
        // A dimension exactly at the chasm (3.5 rounds to 4) lets a strong average through.
        ("5555 5555 5555 5555 2323", 6, &[4], false),
        // Below the chasm there is nothing to stop: the weak dimension is simply named.
        ("2222 2222 2222 2222 0000", 3, &[4], false),
    ];
    for &(text, stage, holding, chasm) in table {
        let outcome = score(&m, &answers(&m, text));
        assert_eq!(outcome.stage, stage, "stage for {text}");
        assert_eq!(outcome.holding_back, holding, "holding back for {text}");
        assert_eq!(outcome.stopped_by_chasm, chasm, "chasm for {text}");
    }
}

#[test]
fn chasm_reports_dimensions_that_hold_back() {
    let m = six_stage();
    let outcome = score(&m, &answers(&m, "55555555555555551111"));
    assert!(outcome.stopped_by_chasm);
    assert_eq!(outcome.dimensions[4].level, Some(2));
    assert!(!outcome.dimensions[4].holds);
    assert!(outcome.dimensions[..4].iter().all(|d| d.holds && d.level == Some(6)));
}

#[test]
fn not_sure_lowers_confidence_and_never_counts_as_a_score() {
    let m = six_stage();
    // (answers, stage, confidence, band)
    let table: &[(&str, usize, f64, Confidence)] = &[
        ("5555 5555 5555 5555 555?", 6, 0.95, Confidence::High),
        ("0000 0000 0000 0000 000?", 1, 0.95, Confidence::High),
        ("5555 5555 5555 55?? ?5??", 6, 0.75, Confidence::Medium),
        // A dimension with only "not sure" has no score and cannot be shown past the chasm.
        ("5555 5555 5555 5555 ????", 3, 0.8, Confidence::Medium),
        ("???? ???? ???? ???? ????", 1, 0.0, Confidence::Low),
    ];
    for &(text, stage, confidence, band) in table {
        let outcome = score(&m, &answers(&m, text));
        assert_eq!(outcome.stage, stage, "stage for {text}");
        assert!((outcome.confidence - confidence).abs() < 1e-9, "confidence for {text}: {}", outcome.confidence);
        assert_eq!(outcome.confidence_band(), band, "band for {text}");
    }
    let outcome = score(&m, &answers(&m, "55555555555555554???"));
    assert_eq!(outcome.dimensions[4].percent, Some(0.8), "only the scored answer counts");
    assert_eq!(outcome.dimensions[4].not_sure, 3);
    let outcome = score(&m, &answers(&m, &"?".repeat(20)));
    assert_eq!(outcome.percent, None);
    assert_eq!(outcome.dimensions[0].level, None);
}

#[test]
fn average_rule_without_chasm_is_a_plain_rounded_mean() {
    let m = model(5, 4, 6, &[1, 2, 3, 4, 5, 6], r#"{"rule":"average"}"#);
    let outcome = score(&m, &answers(&m, "55555555555555551111"));
    assert_eq!(outcome.stage, 5);
    assert!(!outcome.stopped_by_chasm);
    assert_eq!(outcome.holding_back, vec![4]);
}

#[test]
fn ordered_threshold_walks_before_it_runs() {
    let m = model(4, 4, 4, &[0, 1, 2], r#"{"rule":"threshold","hold_percent":75,"ordered":true}"#);
    // (answers, stage, complete stages, holding back)
    let table: &[(&str, usize, usize, &[usize])] = &[
        ("0000 0000 0000 0000", 1, 0, &[0]),
        ("2222 2222 2222 2222", 4, 4, &[]),
        // Exactly 75 % holds; a later perfect stage does not count past a gap.
        ("2211 2222 0000 2222", 3, 2, &[2]),
        ("2210 2222 2222 2222", 1, 0, &[0]),
        ("2222 2222 2222 0000", 4, 3, &[3]),
        ("2222 ???? 2222 2222", 2, 1, &[1]),
    ];
    for &(text, stage, complete, holding) in table {
        let outcome = score(&m, &answers(&m, text));
        assert_eq!(outcome.stage, stage, "stage for {text}");
        assert_eq!(outcome.complete_stages, Some(complete), "complete for {text}");
        assert_eq!(outcome.holding_back, holding, "holding back for {text}");
    }
    assert!(score(&m, &all(&m, 2)).is_top(&m));
    assert!(!score(&m, &answers(&m, "2222222222220000")).is_top(&m), "stage 4 reached but not complete");
}

#[test]
fn ordered_action_plan_covers_current_and_next_stage_weakest_first() {
    let m = model(4, 4, 4, &[0, 1, 2], r#"{"rule":"threshold","hold_percent":75,"ordered":true}"#);
    let outcome = score(&m, &answers(&m, "2212 1?02 0120 0000"));
    assert_eq!(outcome.stage, 2);
    // Stage 2 first (lowest answers first, "not sure" after scored ones), then stage 3.
    assert_eq!(outcome.action_plan, vec![6, 4, 5, 8, 11, 9]);
    assert_eq!(outcome.next_steps(), &[6, 4, 5]);
}

#[test]
fn unordered_threshold_counts_principles_in_place() {
    let m = model(3, 4, 4, &[0, 1, 2, 3, 4], r#"{"rule":"threshold","hold_percent":75,"ordered":false}"#);
    let table: &[(&str, usize, &[usize])] = &[
        ("0000 0000 0000", 1, &[0, 1, 2]),
        ("4444 4444 4444", 4, &[]),
        ("4444 0000 4444", 3, &[1]),
        ("0000 4444 4444", 3, &[0]),
        ("3333 2222 4444", 3, &[1]),
        ("3332 4444 1111", 2, &[2, 0]),
    ];
    for &(text, stage, holding) in table {
        let outcome = score(&m, &answers(&m, text));
        assert_eq!(outcome.stage, stage, "stage for {text}");
        assert_eq!(outcome.complete_stages, None);
        assert_eq!(outcome.holding_back, holding, "holding back for {text}");
    }
}

#[test]
fn action_plan_puts_holding_back_dimensions_first_and_skips_best_answers() {
    let m = six_stage();
    let outcome = score(&m, &answers(&m, "5555 5455 5555 5555 1021"));
    assert_eq!(outcome.holding_back, vec![4]);
    assert_eq!(outcome.action_plan, vec![17, 16, 19, 18, 5]);
    assert!(score(&m, &all(&m, 5)).action_plan.is_empty());
}
