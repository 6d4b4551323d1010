#![cfg(not(target_arch = "wasm32"))]
//! The four built-in models scored with scripted answer sets: every stage, the gates and
//! "not sure". Answers are given per dimension as a pattern repeated over its questions:
//! a digit is an option index, `t` the top option, `?` not sure.

use cx_maturity::core::answers::{Answer, Answers};
use cx_maturity::core::catalog::CATALOG;
use cx_maturity::core::crosswalk::published_ladders;
use cx_maturity::core::model::{DECIDE_SECONDS, Model, READ_WPM, Scoring};
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
    // (pattern per dimension: beliefs, improvements, leadership, employees, insights), stage,
    // holding back, not placed. A digit is an option index: option i is stage i + 1.
    let table: &[([&str; 5], usize, &[&str], &[&str])] = &[
        (["0", "0", "0", "0", "0"], 1, &[], &[]),
        (["1", "1", "1", "1", "1"], 2, &[], &[]),
        (["2", "2", "2", "2", "2"], 3, &[], &[]),
        (["3", "3", "3", "3", "3"], 4, &[], &[]),
        (["4", "4", "4", "4", "4"], 5, &[], &[]),
        (["5", "5", "5", "5", "5"], 6, &[], &[]),
        // Half of every area's answers at stage 3, half at 4: not Operationalize (issue 19; the
        // average rule of version 2 gave stage 4 here).
        (["23", "23", "23", "23", "23"], 3, &[], &[]),
        // Three in four at stage 4 and one at 3: past the chasm.
        (["3332", "3332", "3332", "3332", "3332"], 4, &[], &[]),
        // One topic in four may lag behind the rest of its area; two may not.
        (["3331", "3", "3", "3", "3"], 4, &[], &[]),
        (["3311", "3", "3", "3", "3"], 3, &["beliefs"], &[]),
        (["5", "5", "5", "5", "1"], 3, &["insights"], &[]),
        (["5", "1", "5", "5", "5"], 3, &["improvements"], &[]),
        // Four areas at Embed and one at Operationalize: the gate keeps the result one above the
        // lowest, at Align, not Embed.
        (["5", "5", "5", "5", "3"], 5, &["insights"], &[]),
        // "Not sure" counts as the lowest answer, so an area known only as "Not sure" counts at
        // stage 1 and the result is at most one above it; but it is unknown, not something
        // holding the organisation back.
        (["5", "5", "5", "5", "?"], 2, &[], &["insights"]),
        // Half unknown is placed: insights counts as 6, 1, 6, 1, which no majority reaches beyond 1.
        (["5", "5", "5", "5", "5?"], 2, &["insights"], &[]),
    ];
    for (pattern, stage, holding, unplaced) in table {
        let outcome = score(&m, &answers(&m, pattern));
        assert_eq!(outcome.stage, *stage, "{pattern:?}");
        let names = |ds: &[usize]| ds.iter().map(|&d| m.dimensions[d].id.to_string()).collect::<Vec<_>>();
        assert_eq!(names(&outcome.holding_back), *holding, "{pattern:?}");
        assert_eq!(names(&outcome.unplaced), *unplaced, "{pattern:?}");
        assert!(!(outcome.is_top(&m) && !outcome.holding_back.is_empty()), "{pattern:?}: top and held back");
    }
    // Answers far apart (stages 1, 6, 1, 6) are flagged and do not count as past the chasm.
    let split = score(&m, &answers(&m, &["5", "5", "05", "5", "5"]));
    let leadership = &split.dimensions[m.dimension_index("leadership").unwrap()];
    assert!(leadership.far_apart && !leadership.holds, "{leadership:?}");
    assert_eq!(leadership.range, Some((1, 6)));
    assert_eq!(split.stage, 2, "the far-apart area's level (1) caps the result at one above it");
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
fn four_stages_are_gated_on_routine_practice() {
    let m = load("four-stages");
    // Options: 0 not in place, 1 in some areas, 2 in most areas, 3 everywhere; a stage holds at two thirds.
    let table: &[([&str; 4], usize, usize)] = &[
        (["0", "0", "0", "0"], 1, 0),
        (["2", "0", "0", "0"], 2, 1),
        (["2", "2", "0", "0"], 3, 2),
        (["2", "2", "2", "0"], 4, 3),
        (["2", "2", "2", "2"], 4, 4),
        // One answer a step below "in most areas" fails the stage; one "everywhere" makes up for it.
        (["1222222222", "2", "0", "0"], 1, 0),
        (["1322222222", "2", "0", "0"], 3, 2),
        (["?", "3", "3", "3"], 1, 0),
    ];
    for (pattern, stage, complete) in table {
        let outcome = score(&m, &answers(&m, pattern));
        assert_eq!((outcome.stage, outcome.complete_stages), (*stage, Some(*complete)), "{pattern:?}");
    }
    // The action plan is the missing practices of the current stage, then of the next.
    let outcome = score(&m, &answers(&m, &["t", "t", "0", "0"]));
    let stages_of_plan: Vec<&str> = outcome.action_plan.iter().map(|&q| &*m.questions[q].dimension).collect();
    let third = m.questions_in(2).count();
    let fourth = m.questions_in(3).count();
    assert_eq!(stages_of_plan.len(), third + fourth);
    assert!(stages_of_plan[..third].iter().all(|d| *d == "alignment"));
    assert!(stages_of_plan[third..].iter().all(|d| *d == "innovation"));
}

/// Every cut-off of every threshold model is met exactly: a dimension whose answers are all the
/// one that scores the cut-off holds, one answer a step lower fails, and a step higher elsewhere
/// makes up for it.
#[test]
fn every_cut_off_is_reachable_and_exact_at_its_boundary() {
    for id in ["four-phases", "four-stages", "ebd"] {
        let m = load(id);
        let Scoring::Threshold { hold_percent, .. } = m.scoring else { panic!("{id} is a threshold model") };
        for d in 0..m.dimensions.len() {
            let qs: Vec<usize> = m.questions_in(d).collect();
            let at = |q: usize| m.option_percents(q).iter().position(|&p| p == hold_percent).expect("cut-off offered");
            let mut a = Answers::empty(&m);
            for q in 0..m.questions.len() {
                a.set(q, Answer::Option(if qs.contains(&q) { at(q) } else { m.options(q).len() - 1 } as u8));
            }
            assert!(score(&m, &a).dimensions[d].holds, "{id} {}: all at the cut-off", m.dimensions[d].id);
            a.set(qs[0], Answer::Option(at(qs[0]) as u8 - 1));
            assert!(!score(&m, &a).dimensions[d].holds, "{id} {}: one step below", m.dimensions[d].id);
            a.set(qs[1], Answer::Option(at(qs[1]) as u8 + 1));
            assert!(score(&m, &a).dimensions[d].holds, "{id} {}: made up by one above", m.dimensions[d].id);
        }
    }
}

/// Stage names that the sources give (and the XM Institute names given in an earlier issue).
const SOURCE_STAGES: &[&str] = &[
    "Ignore",
    "Explore",
    "Mobilize",
    "Operationalize",
    "Align",
    "Embed",
    "Repair",
    "Elevate",
    "Optimize",
    "Differentiate",
    "Foundational Focus",
    "Data-Driven Insights",
    "Strategic Alignment",
    "Continuous Innovation and Differentiation",
    "Optimized",
    "Natural",
    "Investigate",
    "Initiate",
    "Scale",
];

#[test]
fn no_stage_name_is_ours() {
    for entry in &CATALOG {
        let m = load(entry.id);
        for stage in m.stages.iter() {
            assert!(
                SOURCE_STAGES.contains(&&*stage.name),
                "{}: stage {:?} is not in the sources",
                entry.id,
                stage.name
            );
        }
        let text = std::fs::read_to_string(entry.file).unwrap();
        assert!(!text.contains("left out of the average"), "{}: “Not sure” counts as the lowest answer", entry.id);
        for invented in
            ["Early in the journey", "One principle in place", "Two principles in place", "Differentiating on"]
        {
            assert!(!text.contains(invented), "{}: {invented:?}", entry.id);
        }
    }
    assert!(load("ebd").stages.is_empty(), "the self-test is not a ladder");
    for ladder in published_ladders() {
        for name in ladder.stages.iter().flatten() {
            let name = name.en();
            assert!(SOURCE_STAGES.contains(&name.as_str()), "{}: stage {name:?} is not in the sources", ladder.id);
        }
    }
}

#[test]
fn time_estimates_are_worked_out_from_the_text() {
    for entry in &CATALOG {
        let m = load(entry.id);
        let words = m.words();
        let seconds = words * 60 / READ_WPM + DECIDE_SECONDS * m.questions.len();
        assert_eq!(entry.minutes as usize, seconds.div_ceil(60), "{}", entry.id);
        assert_eq!(entry.words, words);
        // A floor no estimate may undercut: reading alone at 250 words a minute.
        assert!(entry.minutes as usize * 250 >= words, "{}: {} minutes for {words} words", entry.id, entry.minutes);
    }
    // A shared scale is read once, not once per question (issue 19, m12).
    let m = load("four-stages");
    let count = |t: &str| t.split_ascii_whitespace().count();
    let prompts: usize = m.questions.iter().map(|q| count(&q.prompt)).sum();
    let scale: usize = m.scales[0].options.iter().map(|o| count(&o.label)).sum();
    assert!(m.questions.iter().all(|q| q.scale.is_some()), "every four-stage question uses the scale");
    assert_eq!(m.words(), prompts + scale);
}

#[test]
fn ebd_counts_sound_principles() {
    let m = load("ebd");
    // Options 0..4; a principle is sound at 75%: all "mostly true" (3) is just enough.
    let table: &[([&str; 3], usize, &[&str])] = &[
        (["0", "0", "0"], 0, &["needs", "brand", "competence"]),
        (["t", "t", "t"], 3, &[]),
        (["3", "3", "3"], 3, &[]),
        (["3332", "3", "3"], 2, &["needs"]),
        (["t", "1", "t"], 2, &["brand"]),
        (["t", "0", "1"], 1, &["brand", "competence"]),
        // A principle known only as "Not sure" is unknown, not a known problem (issue 19).
        (["?", "t", "t"], 2, &[]),
    ];
    for (pattern, sound, problems) in table {
        let outcome = score(&m, &answers(&m, pattern));
        assert_eq!(outcome.sound(), *sound, "{pattern:?}");
        let mut names: Vec<&str> = outcome.holding_back.iter().map(|&d| &*m.dimensions[d].id).collect();
        names.sort();
        let mut expected = problems.to_vec();
        expected.sort();
        assert_eq!(names, expected, "{pattern:?}");
    }
}
