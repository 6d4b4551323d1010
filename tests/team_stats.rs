#![cfg(not(target_arch = "wasm32"))]
//! Combining a team's results: the five-number spread on hand-checked tables, a small team worked
//! out by hand, and properties over generated teams (the order of the people does not matter; a
//! team given twice keeps its middles).

mod support;

use arbtest::arbitrary::{self, Unstructured};
use cx_maturity::core::answers::{Answer, Answers};
use cx_maturity::core::catalog::CATALOG;
use cx_maturity::core::model::Model;
use cx_maturity::core::scoring::score;
use cx_maturity::core::team::stats::{Picture, Spread, combine};
use support::{answers, model};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-12
}

fn spread_is(values: &[f64], [lowest, q1, median, q3, highest]: [f64; 5]) {
    let s = Spread::of(values).expect("values");
    let got = [s.lowest, s.q1, s.median, s.q3, s.highest];
    let want = [lowest, q1, median, q3, highest];
    assert!(got.iter().zip(&want).all(|(g, w)| close(*g, *w)), "{values:?}: {got:?}, want {want:?}");
}

#[test]
fn spreads_by_hand() {
    assert_eq!(Spread::of(&[]), None);
    // One value: all five are it.
    spread_is(&[0.5], [0.5, 0.5, 0.5, 0.5, 0.5]);
    // Two: q1 at position 0.25 → 0.2 + 0.25 × 0.4 = 0.3; median 0.4; q3 at 0.75 → 0.5.
    spread_is(&[0.6, 0.2], [0.2, 0.3, 0.4, 0.5, 0.6]);
    // Four, sorted 0.1 0.2 0.3 0.4: q1 at 0.75 → 0.175; median at 1.5 → 0.25; q3 at 2.25 → 0.325.
    spread_is(&[0.4, 0.1, 0.3, 0.2], [0.1, 0.175, 0.25, 0.325, 0.4]);
    // Five, sorted 0 0.25 0.5 0.75 1: the quartiles fall on ranks 1, 2 and 3.
    spread_is(&[1.0, 0.0, 0.5, 0.25, 0.75], [0.0, 0.25, 0.5, 0.75, 1.0]);
    // Ties, sorted 0.5 0.5 0.5 1: q1 at 0.75 → 0.5; median at 1.5 → 0.5; q3 at 2.25 → 0.625.
    spread_is(&[0.5, 1.0, 0.5, 0.5], [0.5, 0.5, 0.5, 0.625, 1.0]);
    // 101 distinct values 0, 0.01, …, 1 (more than are counted one by one), backwards: the
    // quartiles fall on ranks 25, 50 and 75.
    let many: Vec<f64> = (0..=100).rev().map(|i| f64::from(i) / 100.0).collect();
    spread_is(&many, [0.0, 0.25, 0.5, 0.75, 1.0]);
}

#[test]
fn nobody_is_no_picture() {
    let m = model(2, 2, 3, &[1, 2, 3], r#"{"rule":"average"}"#);
    assert_eq!(combine(&m, &[]), None);
}

/// Two areas of two questions, options 1–3, average rule. By hand:
/// A 00 00: means 1, 1 → stage 1.   B 11 00: means 2, 1 → 1.5 → stage 2.
/// C 2? 00: "Not sure" as the lowest, means 2, 1 → stage 2.   D 00 00: stage 1.
/// Area 0 percents 0, 0.5, 0.5, 0: of the six pairs four differ by 0.5 → 2/6 = 1/3. Area 1: 0.
/// Question 0 scores 0, 0.5, 1, 0: pairs 0 + 2 × 0.5 + 2 × 1 + 0.5 = 3.5 → 3.5/6 = 7/12.
/// Question 1 real answers 0, 0.5, 0 (C not sure): 0.5 + 0.5 + 0 over 3 pairs = 1/3.
#[test]
fn a_small_team_by_hand() {
    let m = model(2, 2, 3, &[1, 2, 3], r#"{"rule":"average"}"#);
    let people: Vec<Answers> = ["00 00", "11 00", "2? 00", "00 00"].iter().map(|t| answers(&m, t)).collect();
    let p = combine(&m, &people).expect("a picture");
    assert_eq!(p.people, 4);
    assert_eq!(p.stages, vec![2, 2, 0]);
    assert_eq!(p.stage_of, vec![1, 2, 2, 1]);
    assert_eq!(p.median_stage, (1, 2));
    assert_eq!(p.areas[0].marks, vec![0.0, 0.5, 0.5, 0.0]);
    // Sorted 0 0 0.5 0.5: q1 at 0.75 → 0; median at 1.5 → 0.25; q3 at 2.25 → 0.5.
    assert_eq!(p.areas[0].spread, Spread { lowest: 0.0, q1: 0.0, median: 0.25, q3: 0.5, highest: 0.5 });
    assert!(close(p.areas[0].disagreement, 1.0 / 3.0));
    assert_eq!(p.areas[1].disagreement, 0.0);
    assert_eq!(p.questions[0].counts, vec![2, 1, 1, 0]);
    assert_eq!(p.questions[1].counts, vec![2, 1, 0, 1]);
    assert_eq!(p.questions[2].counts, vec![4, 0, 0, 0]);
    assert!(close(p.questions[0].disagreement, 7.0 / 12.0));
    assert!(close(p.questions[1].disagreement, 1.0 / 3.0));
    assert_eq!((p.questions[2].disagreement, p.questions[3].disagreement), (0.0, 0.0));
    assert_eq!(p.area_order, vec![0, 1]);
    assert_eq!(p.question_order, vec![0, 1, 2, 3]);
}

#[test]
fn one_person_disagrees_with_nobody() {
    let m = model(2, 2, 3, &[1, 2, 3], r#"{"rule":"average"}"#);
    let p = combine(&m, &[answers(&m, "02 1?")]).expect("a picture");
    assert_eq!(p.median_stage, (p.stage_of[0], p.stage_of[0]));
    assert!(p.areas.iter().all(|a| a.disagreement == 0.0) && p.questions.iter().all(|q| q.disagreement == 0.0));
}

fn builtins() -> Vec<Model> {
    CATALOG
        .iter()
        .map(|e| Model::from_json(e.file, &std::fs::read_to_string(e.file).expect("model file")).expect("valid"))
        .collect()
}

fn random_team(m: &Model, u: &mut Unstructured) -> arbitrary::Result<Vec<Answers>> {
    let n = u.int_in_range(1..=25)?;
    (0..n)
        .map(|_| {
            let mut a = Answers::empty(m);
            for q in 0..m.questions.len() {
                let options = m.options(q).len();
                a.set(q, Answer::at(u.int_in_range(0..=options)?, options));
            }
            Ok(a)
        })
        .collect()
}

/// The picture without what follows the input order.
fn unordered(mut p: Picture) -> Picture {
    p.stage_of.sort();
    for area in &mut p.areas {
        area.marks.sort_by(f64::total_cmp);
    }
    p
}

#[test]
fn the_order_of_the_people_does_not_matter() {
    let models = builtins();
    arbtest::arbtest(|u| {
        let m = u.choose(&models)?;
        let team = random_team(m, u)?;
        let p = combine(m, &team).expect("a picture");
        for (i, a) in team.iter().enumerate() {
            let outcome = score(m, a);
            assert_eq!(p.stage_of[i], outcome.stage);
            assert!(p.areas.iter().zip(&outcome.dimensions).all(|(area, d)| area.marks[i] == d.percent));
        }
        assert_eq!(p.stages.iter().sum::<usize>(), team.len());
        let mut shuffled = team.clone();
        for i in (1..shuffled.len()).rev() {
            shuffled.swap(i, u.int_in_range(0..=i)?);
        }
        assert_eq!(unordered(combine(m, &shuffled).expect("a picture")), unordered(p));
        Ok(())
    })
    .budget_ms(1000);
}

#[test]
fn a_team_given_twice_keeps_its_middles() {
    let models = builtins();
    arbtest::arbtest(|u| {
        let m = u.choose(&models)?;
        let team = random_team(m, u)?;
        let once = combine(m, &team).expect("a picture");
        let twice = combine(m, &[team.clone(), team].concat()).expect("a picture");
        assert_eq!(twice.median_stage, once.median_stage);
        assert_eq!(twice.stages, once.stages.iter().map(|s| 2 * s).collect::<Vec<_>>());
        for (a, b) in twice.areas.iter().zip(&once.areas) {
            assert!(close(a.spread.median, b.spread.median) && a.spread.lowest == b.spread.lowest);
            assert!(a.spread.highest == b.spread.highest);
        }
        for (a, b) in twice.questions.iter().zip(&once.questions) {
            assert_eq!(a.counts, b.counts.iter().map(|c| 2 * c).collect::<Vec<_>>());
        }
        Ok(())
    })
    .budget_ms(1000);
}
