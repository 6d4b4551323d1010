#![cfg(not(target_arch = "wasm32"))]
//! What the result and methodology pages say, checked on the document trees.

use cx_maturity::core::answers::{Answer, Answers};
use cx_maturity::core::catalog::CATALOG;
use cx_maturity::core::crosswalk::ladders_besides;
use cx_maturity::core::model::Model;
use cx_maturity::core::scoring::score;
use cx_maturity::report::doc::Node;
use cx_maturity::report::{method_doc, result_doc, result_title};

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

fn texts(doc: &Node, class: &str) -> Vec<String> {
    let mut found = Vec::new();
    doc.find_class(class, &mut found);
    found.iter().map(|n| n.text_content()).collect()
}

#[test]
fn a_chasm_result_names_what_holds_it_back() {
    let m = load("six-stage");
    let insights: Vec<usize> = m.questions_in(m.dimension_index("insights").unwrap()).collect();
    let answers = answered(&m, |q| if insights.contains(&q) { 1 } else { 5 });
    let outcome = score(&m, &answers);
    assert_eq!(result_title(&m, &outcome), "Your result: stage 3 of 6, Mobilize");
    let doc = result_doc(&m, &outcome, &answers, &ladders_besides(&m.id));
    let note = texts(&doc, "cxm-chasm-note").join("");
    assert!(note.contains("Insights is not there yet"), "{note}");
    assert_eq!(texts(&doc, "cxm-ladder__chasm").len(), 1, "the chasm is drawn once");
    assert!(texts(&doc, "cxm-ladder__step--here")[0].contains("Mobilize"));
    assert_eq!(texts(&doc, "cxm-steps").len(), 1);
    assert!(doc.text_content().contains("200 companies"), "the 2016 benchmark is shown");
    assert!(texts(&doc, "cxm-keep").is_empty(), "no top-stage checklist below the top");
}

#[test]
fn the_crosswalk_places_the_result_on_every_other_ladder() {
    let m = load("six-stage");
    let answers = answered(&m, |_| 2);
    let outcome = score(&m, &answers);
    let doc = result_doc(&m, &outcome, &answers, &ladders_besides(&m.id));
    let positions = texts(&doc, "cxm-crosswalk__stage");
    // Stage 3 of 6 sits at 5/12: four phases 2 (Elevate), four stages 2, five-stage ladders 3.
    assert_eq!(positions, ["Elevate", "Data-Driven Insights", "stage 3 of 5", "stage 3 of 5", "Mobilize"]);
    let table = texts(&doc, "cxm-crosswalk").join("");
    assert!(table.contains("The sources name only its top stage."));
    assert!(table.contains("41%"), "the XM Institute distribution sits with its ladder");
    assert!(!table.contains("Six-stage"), "a model is not placed on itself");
    assert!(!table.contains("Experience-Based"), "the EBD self-test has no ladder");
}

#[test]
fn top_results_show_the_keep_doing_checklist() {
    let m = load("six-stage");
    let answers = answered(&m, |_| 5);
    let outcome = score(&m, &answers);
    let doc = result_doc(&m, &outcome, &answers, &ladders_besides(&m.id));
    let keep = texts(&doc, "cxm-keep").join("");
    assert!(keep.contains("no ceiling"));
    let mut boxes = Vec::new();
    doc.find_class("cxm-checklist", &mut boxes);
    assert!(boxes[0].text_content().contains("Act visibly on what customers tell you"));
    let positions = texts(&doc, "cxm-crosswalk__stage");
    assert_eq!(
        positions,
        ["Differentiate", "Continuous Innovation and Differentiation", "Optimized", "Natural", "Embed"]
    );
}

#[test]
fn ebd_results_compare_each_principle_with_the_287_firms() {
    let m = load("ebd");
    let answers = answered(&m, |q| if q < 4 { 0 } else { 4 });
    let outcome = score(&m, &answers);
    let doc = result_doc(&m, &outcome, &answers, &ladders_besides(&m.id));
    let dims = texts(&doc, "cxm-dimension");
    assert_eq!(dims.len(), 3);
    for (dim, figure) in dims.iter().zip(["68%", "60%", "67%"]) {
        assert!(dim.contains(figure), "{dim}");
    }
    assert!(dims[0].contains("has a problem"));
    assert!(dims[1].contains("sound"));
}

#[test]
fn four_phases_show_forrester_figures_next_to_their_questions() {
    let m = load("four-phases");
    let answers = answered(&m, |_| 0);
    let outcome = score(&m, &answers);
    let doc = result_doc(&m, &outcome, &answers, &ladders_besides(&m.id));
    let compared = texts(&doc, "cxm-compare").join("");
    assert!(compared.contains("61%") && compared.contains("57%"), "{compared}");
    assert!(compared.contains("Your answer: "));
}

#[test]
fn the_methodology_page_covers_every_model() {
    let models: Vec<Model> = CATALOG.iter().map(|e| load(e.id)).collect();
    let doc = method_doc(models.iter());
    let page = doc.text_content();
    for m in &models {
        assert!(page.contains(&*m.name), "{}", m.name);
    }
    assert!(page.contains("at least 4 (Operationalize)"), "the chasm rule with its numbers");
    assert!(page.contains("at least 70%") && page.contains("at least 75%"));
    assert!(page.contains("⌈m × (s − 0.5) / n⌉"));
}
