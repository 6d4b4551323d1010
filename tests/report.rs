#![cfg(not(target_arch = "wasm32"))]
//! What the result and methodology pages and the interactive screens say, checked on the plain
//! structs the components lay out.

use cx_maturity::core::answers::{Answer, Answers};
use cx_maturity::core::catalog::CATALOG;
use cx_maturity::core::crosswalk::ladders_besides;
use cx_maturity::core::model::Model;
use cx_maturity::core::scoring::score;
use cx_maturity::report::method::{CROSSWALK_RULE, method_page};
use cx_maturity::report::screen::{begin_label, discard_prompt, keys_hint, next_label, question_place};
use cx_maturity::report::{ResultReport, result_report, result_title};

fn load(id: &str) -> Model {
    let file = format!("models/{id}.json");
    Model::from_json(&file, &std::fs::read_to_string(&file).expect("model file")).expect("valid model")
}

/// Every question answered with option `pick(q)`.
fn answered(model: &Model, pick: impl Fn(usize) -> u8) -> Answers {
    let mut a = Answers::empty(model);
    for q in 0..model.questions.len() {
        a.set(q, Answer::Option(pick(q)));
    }
    a
}

/// The result of `answers`, placed on every other ladder.
fn report(m: &Model, answers: &Answers) -> ResultReport {
    result_report(m, &score(m, answers), answers, &ladders_besides(&m.id))
}

/// Every text of the report, for "is it said anywhere" checks.
fn all_text(r: &ResultReport) -> String {
    format!("{r:?}")
}

fn stages(r: &ResultReport) -> Vec<&str> {
    r.crosswalk.iter().map(|row| row.stage.as_str()).collect()
}

#[test]
fn a_chasm_result_names_what_holds_it_back() {
    let m = load("six-stage");
    let insights: Vec<usize> = m.questions_in(m.dimension_index("insights").unwrap()).collect();
    let answers = answered(&m, |q| if insights.contains(&q) { 1 } else { 5 });
    let outcome = score(&m, &answers);
    assert_eq!(result_title(&m, &outcome), "Your result: stage 3 of 6, Mobilize");
    let r = report(&m, &answers);
    let note = r.chasm_note.clone().unwrap_or_default();
    assert!(note.contains("Insights is not there yet"), "{note}");
    assert_eq!(r.ladder.iter().filter(|rung| rung.chasm_below).count(), 1, "the chasm is drawn once");
    let chasm = r.ladder.iter().find(|rung| rung.chasm_below).unwrap();
    assert_eq!((chasm.number, chasm.name.as_str()), (4, "Operationalize"), "the chasm lies below stage 4");
    let here: Vec<&str> = r.ladder.iter().filter(|rung| rung.here).map(|rung| rung.name.as_str()).collect();
    assert_eq!(here, ["Mobilize"]);
    assert_eq!(r.next_steps.len(), 3);
    assert!(r.full_plan.is_empty(), "the full plan is for gated models");
    assert!(r.benchmarks.iter().any(|b| b.text.contains("200 companies")), "the 2016 benchmark is shown");
    assert!(r.keep_doing.is_none(), "no top-stage checklist below the top");
}

#[test]
fn the_crosswalk_places_the_result_on_every_other_ladder() {
    let m = load("six-stage");
    let answers = answered(&m, |_| 2);
    let outcome = score(&m, &answers);
    assert_eq!(outcome.stage, 3);
    let r = report(&m, &answers);
    // Stage 3 of 6 sits at 5/12: four phases 2 (Elevate), four stages 2, five-stage ladders 3.
    assert_eq!(stages(&r), ["Elevate", "Data-Driven Insights", "stage 3 of 5", "stage 3 of 5", "Mobilize"]);
    let table = format!("{:?}", r.crosswalk);
    assert_eq!(r.crosswalk.iter().filter(|row| row.only_top_named).count(), 2, "Gartner and Beyond Philosophy");
    assert!(r.crosswalk.iter().filter(|row| row.only_top_named).all(|row| row.position.is_none()));
    assert_eq!(r.crosswalk[0].position.as_deref(), Some("(stage 2 of 4)"));
    let xm = r.crosswalk.iter().find(|row| row.ladder.contains("XM")).unwrap();
    assert!(xm.benchmark.as_ref().is_some_and(|b| b.text.contains("41%")), "the XM distribution sits with its ladder");
    assert!(!table.contains("Six-stage"), "a model is not placed on itself");
    assert!(!table.contains("Experience-Based"), "the EBD self-test has no ladder");
}

#[test]
fn top_results_show_the_keep_doing_checklist() {
    let m = load("six-stage");
    let answers = answered(&m, |_| 5);
    let outcome = score(&m, &answers);
    assert!(outcome.is_top(&m));
    let r = report(&m, &answers);
    let keep = r.keep_doing.as_ref().expect("the checklist at the top");
    assert!(keep.intro.contains("no ceiling"));
    assert!(keep.items.contains(&"Act visibly on what customers tell you"));
    assert!(r.sources[keep.note - 1].contains("Annette Franz"), "its footnote names its source");
    assert_eq!(
        stages(&r),
        ["Differentiate", "Continuous Innovation and Differentiation", "Optimized", "Natural", "Embed"]
    );
}

#[test]
fn ebd_results_compare_each_principle_with_the_287_firms() {
    let m = load("ebd");
    let answers = answered(&m, |q| if q < 4 { 0 } else { 4 });
    let outcome = score(&m, &answers);
    assert_eq!(outcome.stage, 3);
    let r = report(&m, &answers);
    let dims = &r.dimensions;
    assert_eq!(dims.len(), 3);
    for (dim, figure) in dims.iter().zip(["68%", "60%", "67%"]) {
        assert!(dim.benchmarks.iter().any(|b| b.text.contains(figure)), "{dim:?}");
    }
    assert_eq!(dims[0].status, Some("has a problem"));
    assert!(dims[0].weak);
    assert_eq!(dims[1].status, Some("sound"));
    assert!(!dims[1].weak);
}

#[test]
fn four_phases_show_forrester_figures_next_to_their_questions() {
    let m = load("four-phases");
    let answers = answered(&m, |_| 0);
    let outcome = score(&m, &answers);
    assert_eq!(outcome.stage, 1);
    let r = report(&m, &answers);
    let compared = format!("{:?}", r.compared);
    assert!(compared.contains("61%") && compared.contains("57%"), "{compared}");
    let q = m.questions.iter().position(|q| q.prompt == r.compared[0].question).expect("a question of the model");
    assert_eq!(r.compared[0].answer, m.options(q)[0].label, "the answer given is shown beside the figure");
}

#[test]
fn the_methodology_page_covers_every_model() {
    let models: Vec<Model> = CATALOG.iter().map(|e| load(e.id)).collect();
    let page = method_page(models.iter().rev());
    let names: Vec<&str> = page.iter().map(|m| m.name.as_str()).collect();
    let expected: Vec<&str> = models.iter().rev().map(|m| &*m.name).collect();
    assert_eq!(names, expected, "every model, in the order given");
    let text = format!("{page:?}");
    assert!(text.contains("at least 4 (Operationalize)"), "the chasm rule with its numbers");
    assert!(text.contains("at least 70%") && text.contains("at least 75%"));
    assert!(CROSSWALK_RULE.contains("⌈m × (s − 0.5) / n⌉"));
    assert_eq!(page[3].stages_title, "Stages");
    assert_eq!(page[2].stages_title, "Phases", "four-phases counts phases");
}

#[test]
fn footnotes_are_numbered_in_order_of_first_use_and_each_cited_once() {
    let m = load("six-stage");
    let r = report(&m, &answered(&m, |_| 5));
    let mut seen = Vec::new();
    let marks = r
        .benchmarks
        .iter()
        .chain(r.dimensions.iter().flat_map(|d| &d.benchmarks))
        .map(|b| b.note)
        .chain(r.keep_doing.iter().map(|k| k.note))
        .chain(r.crosswalk.iter().flat_map(|row| row.benchmark.iter().map(|b| b.note).chain([row.ladder_note])));
    for n in marks {
        if !seen.contains(&n) {
            assert_eq!(n, seen.len() + 1, "a new source takes the next number");
            seen.push(n);
        }
    }
    assert_eq!(seen.len(), r.sources.len(), "every source listed is cited");
    let mut unique = r.sources.clone();
    unique.dedup();
    assert_eq!(unique.len(), r.sources.len());
    assert!(all_text(&r).contains("Confidence high (20 of 20"));
}

#[test]
fn gated_results_list_the_rest_of_the_plan_after_the_next_three_steps() {
    let m = load("four-stages");
    let r = report(&m, &answered(&m, |_| 0));
    assert_eq!(r.next_steps.len(), 3);
    assert!(!r.full_plan.is_empty(), "more than three practices are missing");
    assert_eq!(r.complete.as_deref(), Some("Stages complete: 0 of 4"));
}

#[test]
fn the_screens_wording_follows_the_state() {
    assert_eq!(begin_label(0, 20, false), "Start the assessment");
    assert_eq!(begin_label(3, 20, false), "Continue (3 of 20 answered)");
    assert_eq!(begin_label(3, 20, true), "Loading…", "no start while the model loads");
    assert_eq!(question_place(2, 20), "Question 3 of 20");
    assert_eq!(next_label(18, 20), "Next");
    assert_eq!(next_label(19, 20), "See my result");
    // Moving past the last question keeps the last one drawn until the result replaces it.
    assert_eq!(next_label(20, 20), "See my result");
    assert_eq!(discard_prompt(1), "Discard your 1 answer and start again?");
    assert_eq!(discard_prompt(4), "Discard your 4 answers and start again?");
    assert_eq!(keys_hint(7), "Keys 1–7 answer; Enter goes to the next question.");
}
