#![cfg(not(target_arch = "wasm32"))]
//! The four built-in models scored with scripted answer sets: every stage, the gates and
//! "not sure". Answers are given per dimension as a pattern repeated over its questions:
//! a digit is an option index, `t` the top option, `?` not sure.

use cx_maturity::core::answers::{Answer, Answers};
use cx_maturity::core::model::Model;
use cx_maturity::core::scoring::score;

fn load(id: &str) -> Model {
    let file = format!("models/{id}.json");
    Model::from_json(&file, &std::fs::read_to_string(&file).expect("model file")).expect("valid model")
}

/// One pattern per dimension; question j of a dimension gets pattern[j % len].
fn answers(model: &Model, per_dimension: &[&str]) -> Answers {
    let mut a = Answers::empty(model);
    assert_eq!(per_dimension.len(), model.dimensions.len(), "one pattern per dimension");
    for (d, pattern) in per_dimension.iter().enumerate() {
        let pattern: Vec<char> = pattern.chars().collect();
        for (j, q) in model.questions_in(d).enumerate() {
            let answer = match pattern[j % pattern.len()] {
                '?' => Answer::NotSure,
                't' => Answer::Option((model.options(q).len() - 1) as u8),
                c => Answer::Option(c.to_digit(10).expect("digit") as u8),
            };
            a.set(q, answer);
        }
    }
    a
}

#[test]
fn six_stage_every_stage_and_the_chasm() {
    let m = load("six-stage");
    // (pattern per dimension: beliefs, improvements, leadership, employees, insights), stage, holding back
    let table: &[([&str; 5], usize, &[&str])] = &[
        (["0", "0", "0", "0", "0"], 1, &[]),
        (["1", "1", "1", "1", "1"], 2, &[]),
        (["2", "2", "2", "2", "2"], 3, &[]),
        (["3", "3", "3", "3", "3"], 4, &[]),
        (["4", "4", "4", "4", "4"], 5, &[]),
        (["5", "5", "5", "5", "5"], 6, &[]),
        // Exactly on the chasm: every dimension averages 3.5, which rounds up to stage 4.
        (["23", "23", "23", "23", "23"], 4, &[]),
        (["5", "5", "5", "5", "1"], 3, &["insights"]),
        (["5", "1", "5", "5", "5"], 3, &["improvements"]),
        (["5", "5", "5", "5", "?"], 3, &["insights"]),
        (["5", "5", "5", "5", "5?"], 6, &[]),
    ];
    for (pattern, stage, holding) in table {
        let outcome = score(&m, &answers(&m, pattern));
        assert_eq!(outcome.stage, *stage, "{pattern:?}");
        let names: Vec<&str> = outcome.holding_back.iter().map(|&d| &*m.dimensions[d].id).collect();
        assert_eq!(names, *holding, "{pattern:?}");
    }
}

#[test]
fn four_phases_walk_before_they_run() {
    let m = load("four-phases");
    // (repair, elevate, optimize, differentiate), phase, phases complete
    let table: &[([&str; 4], usize, usize)] = &[
        (["0", "0", "0", "0"], 1, 0),
        (["t", "0", "0", "0"], 2, 1),
        (["t", "t", "0", "0"], 3, 2),
        (["t", "t", "t", "0"], 4, 3),
        (["t", "t", "t", "t"], 4, 4),
        // A perfect later phase does not count past one that does not hold.
        (["t", "0", "t", "t"], 2, 1),
        (["0", "t", "t", "t"], 1, 0),
        (["?", "t", "t", "t"], 1, 0),
    ];
    for (pattern, phase, complete) in table {
        let outcome = score(&m, &answers(&m, pattern));
        assert_eq!((outcome.stage, outcome.complete_stages), (*phase, Some(*complete)), "{pattern:?}");
    }
}

#[test]
fn four_stages_are_gated_on_mostly_in_place() {
    let m = load("four-stages");
    assert!(m.questions.len() >= 40, "about 45 practices");
    // Options: 0 not yet, 1 partly, 2 in place. 75% of an 11-practice stage needs 16.5 of 22.
    let six_in_place_five_partly = "22222211111"; // 17 of 22: holds
    let five_in_place_six_partly = "22222111111"; // 16 of 22: does not
    let table: &[([&str; 4], usize, usize)] = &[
        (["0", "0", "0", "0"], 1, 0),
        (["2", "0", "0", "0"], 2, 1),
        (["2", "2", "0", "0"], 3, 2),
        (["2", "2", "2", "0"], 4, 3),
        (["2", "2", "2", "2"], 4, 4),
        ([six_in_place_five_partly, "2", "0", "0"], 3, 2),
        ([five_in_place_six_partly, "2", "2", "2"], 1, 0),
        (["?", "2", "2", "2"], 1, 0),
    ];
    for (pattern, stage, complete) in table {
        let outcome = score(&m, &answers(&m, pattern));
        assert_eq!((outcome.stage, outcome.complete_stages), (*stage, Some(*complete)), "{pattern:?}");
    }
    // The action plan is the missing practices of the current stage, then of the next.
    let outcome = score(&m, &answers(&m, &["2", "2", "0", "0"]));
    let stages_of_plan: Vec<&str> = outcome.action_plan.iter().map(|&q| &*m.questions[q].dimension).collect();
    let third = m.questions_in(2).count();
    let fourth = m.questions_in(3).count();
    assert_eq!(stages_of_plan.len(), third + fourth);
    assert!(stages_of_plan[..third].iter().all(|d| *d == "alignment"));
    assert!(stages_of_plan[third..].iter().all(|d| *d == "innovation"));
}

#[test]
fn ebd_counts_sound_principles() {
    let m = load("ebd");
    // Options 0..4; a principle is sound at 75%: all "mostly true" (3) is 12 of 16, just enough.
    let table: &[([&str; 3], usize, &[&str])] = &[
        (["0", "0", "0"], 1, &["needs", "brand", "competence"]),
        (["t", "t", "t"], 4, &[]),
        (["3", "3", "3"], 4, &[]),
        (["3332", "3", "3"], 3, &["needs"]),
        (["t", "1", "t"], 3, &["brand"]),
        (["t", "0", "1"], 2, &["brand", "competence"]),
        (["?", "t", "t"], 3, &["needs"]),
    ];
    for (pattern, stage, problems) in table {
        let outcome = score(&m, &answers(&m, pattern));
        assert_eq!(outcome.stage, *stage, "{pattern:?}");
        let mut names: Vec<&str> = outcome.holding_back.iter().map(|&d| &*m.dimensions[d].id).collect();
        names.sort();
        let mut expected = problems.to_vec();
        expected.sort();
        assert_eq!(names, expected, "{pattern:?}");
    }
}
