#![cfg(not(target_arch = "wasm32"))]
//! What the result and methodology pages and the interactive screens say, checked on the plain
//! structs the components lay out.

use cx_maturity::core::answers::{Answer, Answers};
use cx_maturity::core::catalog::CATALOG;
use cx_maturity::core::crosswalk::ladders_besides;
use cx_maturity::core::model::Model;
use cx_maturity::core::scoring::score;
use cx_maturity::i18n::{Catalog, Text};
use cx_maturity::report::method::{CROSSWALK_EXAMPLE, CROSSWALK_RULE, INDEPENDENCE, LIMITS, MethodModel, method_page};
use cx_maturity::report::screen::{begin_label, discard_prompt, keys_hint, next_label, question_place};
use cx_maturity::report::{NEXT_STEPS, ResultReport, next_rung, result_report, result_title};

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
    result_report(m, &score(m, answers), answers, &ladders_besides(&m.id, &Catalog::english()))
}

/// Every text of the report in English, for "is it said anywhere" checks.
fn all_text(r: &ResultReport) -> String {
    r.texts().into_iter().map(Text::en).collect::<Vec<_>>().join("\n")
}

fn stages(r: &ResultReport) -> Vec<String> {
    r.crosswalk.iter().map(|row| row.stage.en()).collect()
}

/// Every text of the methodology page's model parts in English.
fn method_text(page: &[MethodModel]) -> String {
    page.iter().flat_map(MethodModel::texts).map(Text::en).collect::<Vec<_>>().join("\n")
}

#[test]
fn a_chasm_result_names_what_holds_it_back() {
    let m = load("six-stage");
    let insights: Vec<usize> = m.questions_in(m.dimension_index("insights").unwrap()).collect();
    let answers = answered(&m, |q| if insights.contains(&q) { 1 } else { 5 });
    let outcome = score(&m, &answers);
    assert_eq!(result_title(&m, &outcome).en(), "Your result: stage 3 of 6, Mobilize");
    let r = report(&m, &answers);
    let note = r.chasm_note.as_ref().map(Text::en).unwrap_or_default();
    assert!(note.contains("Insights is not there yet"), "{note}");
    assert_eq!(r.ladder.iter().filter(|rung| rung.chasm_below).count(), 1, "the chasm is drawn once");
    let chasm = r.ladder.iter().find(|rung| rung.chasm_below).unwrap();
    assert_eq!((chasm.number, chasm.name.en().as_str()), (4, "Operationalize"), "the chasm lies below stage 4");
    let here: Vec<String> = r.ladder.iter().filter(|rung| rung.here).map(|rung| rung.name.en()).collect();
    assert_eq!(here, ["Mobilize"]);
    // Every model's result gives the whole plan (issue 19 changed this: it was three steps here).
    assert_eq!(r.plan.len(), score(&m, &answers).action_plan.len());
    assert!(r.plan.len() > NEXT_STEPS, "{}", r.plan.len());
    assert!(r.benchmarks.iter().any(|b| b.text.en().contains("200 companies")), "the 2016 benchmark is shown");
    assert!(r.keep_doing.is_none(), "no top-stage checklist below the top");
}

#[test]
fn the_crosswalk_places_the_result_on_every_other_ladder() {
    let m = load("six-stage");
    let answers = answered(&m, |_| 2);
    let outcome = score(&m, &answers);
    assert_eq!(outcome.stage, 3);
    let r = report(&m, &answers);
    // Stage 3 of 6 is 2/5 of the way up: 1.2 steps of 3 on the four-rung ladders (stage 2), 1.6 of
    // 4 on the five-rung ones (stage 2).
    assert_eq!(stages(&r), ["Elevate", "Data-Driven Insights", "stage 2 of 5", "stage 2 of 5", "Initiate"]);
    let intro = r.crosswalk_intro.en();
    assert!(intro.contains("stage 3 of 6 is 40% of the way"), "{intro}");
    let table: String = r
        .crosswalk
        .iter()
        .flat_map(|row| {
            let named = [Some(&row.ladder), Some(&row.stage), row.position.as_ref(), row.meaning.as_ref()];
            named.into_iter().flatten().chain(row.benchmark.iter().map(|b| &b.text))
        })
        .map(Text::en)
        .collect();
    assert_eq!(r.crosswalk.iter().filter(|row| row.only_top_named).count(), 2, "Gartner and Beyond Philosophy");
    assert!(r.crosswalk.iter().filter(|row| row.only_top_named).all(|row| row.position.is_none()));
    assert_eq!(r.crosswalk[0].position.as_ref().map(Text::en).as_deref(), Some("(stage 2 of 4)"));
    let xm = r.crosswalk.iter().find(|row| row.ladder.en().contains("XM")).unwrap();
    assert!(
        xm.benchmark.as_ref().is_some_and(|b| b.text.en().contains("41%")),
        "the XM distribution sits with its ladder"
    );
    assert!(!table.contains("Six-stage"), "a model is not placed on itself");
    assert!(!table.contains("Experience-Based"), "the EBD self-test has no ladder");
}

#[test]
fn a_host_models_result_is_not_placed_on_other_models() {
    let file = "examples/models/brightpath.json";
    let m = Model::from_json(file, &std::fs::read_to_string(file).expect("the example")).expect("a valid model");
    assert!(ladders_besides(&m.id, &Catalog::english()).is_empty());
    let r = report(&m, &answered(&m, |_| 2));
    assert!(r.crosswalk.is_empty());
    let cited: Vec<String> = r.sources.iter().map(Text::en).collect();
    assert!(cited.iter().all(|s| !s.contains("Gartner") && !s.contains("Qualtrics")), "{cited:#?}");
    // Its stage's own message and call to action are on it.
    let stage = &m.stages[score(&m, &answered(&m, |_| 2)).stage - 1];
    assert_eq!(r.stage_message.as_ref().map(Text::en).as_deref(), stage.message.as_deref());
    let cta = stage.cta.as_ref().expect("the example's stages each have one");
    assert_eq!(
        r.stage_cta.as_ref().map(|(l, u)| (l.en(), u.clone())),
        Some((cta.label.to_string(), cta.url.to_string()))
    );
}

#[test]
fn top_results_show_the_keep_doing_checklist() {
    let m = load("six-stage");
    let answers = answered(&m, |_| 5);
    let outcome = score(&m, &answers);
    assert!(outcome.is_top(&m));
    let r = report(&m, &answers);
    let keep = r.keep_doing.as_ref().expect("the checklist at the top");
    let warning = keep.warning.en();
    assert!(warning.contains("Awards do not prove maturity") && warning.contains("slip back"));
    assert!(warning.contains("no ceiling"));
    assert!(keep.items.iter().any(|i| i.en() == "Show customers what you changed because of their feedback"));
    assert!(r.sources[keep.note - 1].en().contains("Annette Franz"), "its footnote names its source");
    assert_eq!(
        stages(&r),
        ["Differentiate", "Continuous Innovation and Differentiation", "Optimized", "Natural", "Embed"]
    );
    let meanings: Vec<String> = r.crosswalk.iter().filter_map(|row| row.meaning.as_ref().map(Text::en)).collect();
    assert!(meanings[0].starts_with("Optimized:") && meanings[1].starts_with("Natural:"), "{meanings:?}");
}

#[test]
fn three_phases_complete_is_not_the_top_of_any_ladder() {
    let m = load("four-phases");
    let differentiate = m.dimension_index("differentiate").unwrap();
    let top = |q: usize| (m.options(q).len() - 1) as u8;
    let three = answered(&m, |q| if m.dimension_of(q) == differentiate { 0 } else { top(q) });
    let r = report(&m, &three);
    assert_eq!(r.complete.as_ref().map(Text::en).as_deref(), Some("Phases complete: 3 of 4"));
    // 3/4 of the way: 1 + ⌊0.75 × 5⌋ = 4 on six stages; 1 + ⌊0.75 × 4⌋ = 4 on five; 1 + ⌊2.25⌋ = 3 on four.
    assert_eq!(
        stages(&r),
        ["Operationalize", "Strategic Alignment", "stage 4 of 5", "stage 4 of 5", "Scale"],
        "the worked example on the methodology page"
    );
    assert!(Text::from(CROSSWALK_EXAMPLE).en().contains("stage 4, Operationalize"));
    let none = report(&m, &answered(&m, |_| 0));
    assert_eq!(stages(&none), ["Ignore", "Foundational Focus", "stage 1 of 5", "stage 1 of 5", "Investigate"]);
    let all = report(&m, &answered(&m, top));
    assert_eq!(stages(&all), ["Embed", "Continuous Innovation and Differentiation", "Optimized", "Natural", "Embed"]);
}

#[test]
fn ebd_results_show_each_principle_beside_the_surveyed_firms_and_no_ladder() {
    let m = load("ebd");
    let needs = m.dimension_index("needs").unwrap();
    let answers = answered(&m, |q| if m.dimension_of(q) == needs { 0 } else { 4 });
    let outcome = score(&m, &answers);
    assert_eq!(outcome.sound(), 2);
    let r = report(&m, &answers);
    assert_eq!(r.title.en(), "Your result: 2 of 3 principles sound");
    assert_eq!((r.eyebrow.en().as_str(), r.stage_name.en().as_str()), ("Principles sound", "2 of 3"));
    assert!(r.stage_description.en().starts_with("Has a problem: "), "{}", r.stage_description.en());
    assert!(r.ladder.is_empty() && r.crosswalk.is_empty(), "not a ladder, and not placed on any");
    assert_eq!(r.dimensions_title.en(), "By principle");
    let dims = &r.dimensions;
    assert_eq!(dims.len(), 3);
    for (dim, figure) in dims.iter().zip(["68%", "60%", "67%"]) {
        let b = dim.benchmarks.iter().find(|b| b.text.en().contains(figure)).unwrap_or_else(|| panic!("{dim:?}"));
        assert!(b.caveat.as_ref().is_some_and(|c| c.en().contains("own")), "{b:?}");
        assert!(b.text.en().contains("year not given"), "the source gives no year: {b:?}");
    }
    for shown in [&r.title, &r.eyebrow, &r.stage_name, &r.stage_description, &r.ladder_title, &r.crosswalk_intro] {
        let shown = shown.en();
        assert!(!shown.to_lowercase().contains("stage"), "no stages for the self-test: {shown}");
    }
    assert!(!all_text(&r).contains("Bruce"), "the source names Temkin Group");
    let low: Vec<String> = r.compared.iter().map(|c| c.benchmark.text.en()).collect();
    assert_eq!(low.len(), 5, "the five traits the surveyed firms scored low on: {low:?}");
    assert!(r.compared.iter().all(|c| c.benchmark.caveat.is_none()), "their shared caveat is not repeated five times");
    assert!(r.compared_caveat.as_ref().is_some_and(|c| c.en().contains("own wording")), "{:?}", r.compared_caveat);
    assert_eq!(dims[0].status.as_ref().map(Text::en).as_deref(), Some("has a problem"));
    assert!(dims[0].weak);
    assert_eq!(dims[1].status.as_ref().map(Text::en).as_deref(), Some("sound"));
    assert!(!dims[1].weak);
}

#[test]
fn four_phases_show_forrester_figures_next_to_their_questions() {
    let m = load("four-phases");
    let answers = answered(&m, |_| 0);
    let outcome = score(&m, &answers);
    assert_eq!(outcome.stage, 1);
    let r = report(&m, &answers);
    let compared: String =
        r.compared.iter().flat_map(|c| [&c.question, &c.answer, &c.benchmark.text]).map(Text::en).collect();
    assert!(compared.contains("61%"), "{compared}");
    assert!(r.benchmarks.iter().any(|b| b.text.en().contains("57%")), "ambition is context for the whole result");
    assert!(r.benchmarks.iter().chain(r.compared.iter().map(|c| &c.benchmark)).all(|b| b.caveat.is_some()));
    assert!(
        r.benchmarks
            .iter()
            .chain(r.compared.iter().map(|c| &c.benchmark))
            .all(|b| b.text.en().contains("no year or sample size")),
        "the source gives neither"
    );
    let q = m.questions.iter().position(|q| *q.prompt == r.compared[0].question.en()).expect("a question of the model");
    assert_eq!(r.compared[0].answer.en(), m.options(q)[0].label, "the answer given is shown beside the figure");
}

#[test]
fn the_methodology_page_covers_every_model() {
    let models: Vec<Model> = CATALOG.iter().map(|e| load(e.id)).collect();
    let page = method_page(models.iter().rev());
    let names: Vec<String> = page.iter().map(|m| m.name.en()).collect();
    let expected: Vec<&str> = models.iter().rev().map(|m| &*m.name).collect();
    assert_eq!(names, expected, "every model, in the order given");
    let text = method_text(&page);
    assert!(text.contains("at level 4 (Operationalize) or above"), "the chasm rule with its numbers");
    assert!(text.contains("never more than one stage above the lowest dimension"), "the gate");
    assert!(text.contains("at nine in ten"), "why the confidence bands are where they are");
    assert!(text.contains("at least 66%") && text.contains("at least 75%"));
    assert!(text.contains("Why 66%: every question's answers score 0%, 33%, 66%, 100%"), "{text}");
    assert!(text.contains("average the second-best answer (66%)"));
    assert!(text.contains("“Not sure” counts as the lowest option, so it never raises a score"));
    assert!(text.contains("fewer than half of its questions"), "the not-placed rule");
    assert!(Text::from(CROSSWALK_RULE).en().contains("1 + ⌊distance × (m − 1)⌋"));
    assert_eq!(page[3].stages_title.en(), "Stages");
    assert_eq!(page[2].stages_title.en(), "Phases", "four-phases counts phases");
    assert!(page[0].stages.is_empty(), "the EBD self-test has no stages");
    assert_eq!(page[0].dimensions_title.en(), "Principles");
}

#[test]
fn the_methodology_page_says_what_a_result_cannot_tell_and_whose_it_is_not() {
    let limits = LIMITS.iter().map(|&l| Text::from(l).en()).collect::<Vec<_>>().join(" ");
    for point in [
        "self-assessment",
        "not been validated",
        "no data on their reliability",
        "no norms",
        "tends to overstate maturity",
        "several people from different functions",
        "this tool's judgement",
    ] {
        assert!(limits.contains(point), "the limits say {point:?}: {limits}");
    }
    // Every firm a model or a ladder of the page names is one the tool says it is independent of.
    let independence = Text::from(INDEPENDENCE).en();
    let firms = ["Temkin Group", "Forrester", "Gartner", "Beyond Philosophy", "XM Institute"];
    let models: Vec<Model> = CATALOG.iter().map(|e| load(e.id)).collect();
    for m in &models {
        let ladders: Vec<String> = ladders_besides(&m.id, &Catalog::english())
            .iter()
            .flat_map(|l| {
                let named = [Some(&l.name), Some(&l.source), l.top_meaning.as_ref()].into_iter().flatten();
                named.chain(l.stages.iter().flatten()).chain(l.benchmark.iter().flat_map(|(f, c)| [f, c]))
            })
            .map(Text::en)
            .collect();
        let named = format!("{} {}", method_text(&method_page(std::iter::once(m))), ladders.join(" "));
        for firm in firms.iter().filter(|f| named.contains(*f)) {
            assert!(independence.contains(firm), "{}: {firm} is named but not in the statement", m.id);
        }
    }
    assert!(independence.contains("not affiliated with or endorsed by") && independence.contains("authors"));
    // The self-test has no ladder, so its rules never speak of its stage (only that it has none).
    let ebd = &method_page(models.iter().filter(|m| !m.is_ladder())).remove(0);
    let rules: Vec<String> = ebd.rules.iter().map(Text::en).collect();
    assert!(!rules.join(" ").replace("there are no stages", "").contains("stage"), "{rules:?}");
    assert!(rules.iter().any(|r| r.contains("the principles that have a problem come first")));
    let phases = &method_page(models.iter().filter(|m| m.id == "four-phases")).remove(0);
    assert!(phases.rules.iter().any(|r| r.en().contains("your current phase comes first, then the next one")));
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
        .chain([r.follow_through.note])
        .chain(r.keep_doing.iter().map(|k| k.note))
        .chain(r.crosswalk.iter().flat_map(|row| row.benchmark.iter().map(|b| b.note).chain([row.ladder_note])));
    for n in marks {
        if !seen.contains(&n) {
            assert_eq!(n, seen.len() + 1, "a new source takes the next number");
            seen.push(n);
        }
    }
    assert_eq!(seen.len(), r.sources.len(), "every source listed is cited");
    let mut unique: Vec<String> = r.sources.iter().map(Text::en).collect();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), r.sources.len());
    let total = m.questions.len();
    assert!(all_text(&r).contains(&format!("Confidence high ({total} of {total} questions")));
}

#[test]
fn gated_results_list_the_rest_of_the_plan_after_the_next_three_steps() {
    let m = load("four-stages");
    let r = report(&m, &answered(&m, |_| 0));
    assert!(r.plan.len() > NEXT_STEPS, "more than three practices are missing");
    assert_eq!(r.complete.as_ref().map(Text::en).as_deref(), Some("Stages complete: 0 of 4"));
}

/// A model with advice per level: "Step q.i" for option i of question q.
fn levels() -> Model {
    Model::from_json(
        "models/levels.json",
        r#"{"id":"levels","version":1,"name":"Levels","summary":"s","measures":"m",
        "sources":[{"id":"s","citation":"A source"}],
        "dimensions":[{"id":"a","name":"Alpha","description":"a"},{"id":"b","name":"Beta","description":"b"}],
        "stages":[{"name":"One","description":"1"},{"name":"Two","description":"2"},{"name":"Three","description":"3"}],
        "questions":[
          {"id":"q0","dimension":"a","prompt":"First?","options":[{"label":"low","value":1},{"label":"mid","value":2},{"label":"high","value":3}],"advice":["Step 0.0","Step 0.1"]},
          {"id":"q1","dimension":"a","prompt":"Second?","options":[{"label":"low","value":1},{"label":"mid","value":2},{"label":"high","value":3}],"advice":["Step 1.0","Step 1.1"]},
          {"id":"q2","dimension":"b","prompt":"Third?","options":[{"label":"low","value":1},{"label":"mid","value":2},{"label":"high","value":3}],"advice":["Step 2.0","Step 2.1"]},
          {"id":"q3","dimension":"b","prompt":"Fourth?","options":[{"label":"low","value":1},{"label":"mid","value":2},{"label":"high","value":3}],"advice":["Step 3.0","Step 3.1"]}],
        "scoring":{"rule":"average"}}"#,
    )
    .expect("valid test model")
}

#[test]
fn next_steps_are_the_next_rung_up_from_each_answer() {
    let m = levels();
    // (answers, next steps as (dimension, advice))
    let table: &[(&[Answer], &[(&str, &str)])] = &[
        (&[Answer::Option(0); 4], &[("Alpha", "Step 0.0"), ("Alpha", "Step 1.0"), ("Beta", "Step 2.0")]),
        // Beta holds the result back (level 1 below the overall 2): its rungs first, then Alpha's.
        (
            &[Answer::Option(2), Answer::Option(1), Answer::Option(0), Answer::Option(0)],
            &[("Beta", "Step 2.0"), ("Beta", "Step 3.0"), ("Alpha", "Step 1.1")],
        ),
        (&[Answer::Option(2); 4], &[]),
    ];
    for &(given, expected) in table {
        let mut answers = Answers::empty(&m);
        for (q, a) in given.iter().enumerate() {
            answers.set(q, *a);
        }
        let r = report(&m, &answers);
        let got: Vec<(String, String)> =
            r.plan.iter().take(NEXT_STEPS).map(|s| (s.dimension.en(), s.advice.en())).collect();
        let expected: Vec<(String, String)> = expected.iter().map(|&(d, a)| (d.into(), a.into())).collect();
        assert_eq!(got, expected, "{given:?}");
    }
    let mut unsure = answered(&m, |_| 2);
    unsure.set(1, Answer::NotSure);
    assert_eq!(
        next_rung(&m, &unsure, 1).as_ref().map(Text::en).as_deref(),
        Some(
            "Find out where you stand on “Second?” from the people who would know: until then it counts as the lowest \
             answer."
        )
    );
    assert_eq!(next_rung(&m, &unsure, 0), None, "nothing above the best answer");
}

#[test]
fn unsure_answers_that_could_change_the_result_are_spelled_out() {
    let m = load("six-stage");
    let insights = m.dimension_index("insights").unwrap();
    let answers = {
        let mut a = answered(&m, |_| 5);
        for (j, q) in m.questions_in(insights).enumerate() {
            if j > 0 {
                a.set(q, Answer::NotSure);
            }
        }
        a
    };
    let r = report(&m, &answers);
    let unsure = m.questions_in(insights).count() - 1;
    assert_eq!(
        r.best_case.as_ref().map(Text::en).as_deref(),
        Some(
            format!(
                "Your {unsure} “Not sure” answers count as the lowest option, which gives stage 2 of 6, Explore. If \
                 every one of them were the highest option, the result would be stage 6 of 6, Embed. Finding out \
                 those answers settles where you are."
            )
            .as_str()
        )
    );
    let row = &r.dimensions[insights];
    assert_eq!(row.status.as_ref().map(Text::en).as_deref(), Some("not known"));
    let detail = row.detail.en();
    assert!(detail.starts_with(&format!("not known: only 1 of {} answered; ", unsure + 1)), "{detail}");
    assert!(detail.contains("as the highest"), "{detail}");
    assert!(report(&m, &answered(&m, |_| 5)).best_case.is_none(), "nothing to spell out when all are known");
}

#[test]
fn every_result_says_how_to_follow_it_through_and_lists_each_source_once() {
    for entry in &CATALOG {
        let m = load(entry.id);
        let r = report(&m, &answered(&m, |_| 0));
        let follow_through = r.follow_through.text.en();
        assert!(follow_through.contains("take this assessment again once the plan has had time to work"));
        assert!(!follow_through.contains("quarter, to see"), "no quarterly re-take: stages move slowly");
        assert!(r.sources[r.follow_through.note - 1].en().contains("Unlocking Success"));
        let mut unique: Vec<String> = r.sources.iter().map(Text::en).collect();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), r.sources.len(), "{}: {:?}", entry.id, r.sources);
    }
}

#[test]
fn stage_three_warns_that_a_central_team_does_not_cross_the_chasm() {
    let m = load("six-stage");
    let r = report(&m, &answered(&m, |_| 2));
    assert_eq!(r.stage_name.en(), "Mobilize");
    let about = r.stage_description.en().to_lowercase();
    assert!(about.contains("central") && about.contains("chasm"), "{about}");
}

#[test]
fn the_screens_wording_follows_the_state() {
    assert_eq!(begin_label(0, 20, false).en(), "Start the assessment");
    assert_eq!(begin_label(3, 20, false).en(), "Continue (3 of 20 answered)");
    assert_eq!(begin_label(3, 20, true).en(), "Loading…", "no start while the model loads");
    assert_eq!(question_place(2, 20).en(), "Question 3 of 20");
    assert_eq!(next_label(18, 20).en(), "Next");
    assert_eq!(next_label(19, 20).en(), "See my result");
    // Moving past the last question keeps the last one drawn until the result replaces it.
    assert_eq!(next_label(20, 20).en(), "See my result");
    assert_eq!(discard_prompt(1).en(), "Discard your 1 answer and start again?");
    assert_eq!(discard_prompt(4).en(), "Discard your 4 answers and start again?");
    assert_eq!(keys_hint(7).en(), "Keys 1–7 answer; Enter goes to the next question.");
}

#[test]
fn two_results_compare_overall_and_by_dimension() {
    use cx_maturity::report::compare::{Direction, compare};
    let m = load("four-phases");
    let phase = |q: usize| m.dimension_of(q);
    // Earlier: Repair at the top, Elevate at the second-lowest answer (33%), the rest at the lowest.
    let earlier = answered(&m, |q| match phase(q) {
        0 => 3,
        1 => 1,
        _ => 0,
    });
    // Later: the first three phases at the second-best answer (67%), Differentiate at the lowest.
    let later = answered(&m, |q| if phase(q) < 3 { 2 } else { 0 });
    let c = compare((&m, &score(&m, &earlier)), (&m, &score(&m, &later)));
    assert_eq!(c.direction, Direction::Up);
    assert_eq!(
        c.overall.en(),
        "Up from phase 2 of 4, Elevate (1 of 4 complete) to phase 4 of 4, Differentiate (3 of 4 complete)."
    );
    let rows: Vec<(String, i32, i32, String, Direction)> =
        c.rows.iter().map(|r| (r.name.en(), r.before, r.after, r.change.en(), r.direction)).collect();
    assert_eq!(
        rows,
        [
            ("Repair", 100, 67, "down 33 points", Direction::Down),
            ("Elevate", 33, 67, "up 34 points", Direction::Up),
            ("Optimize", 0, 67, "up 67 points", Direction::Up),
            ("Differentiate", 0, 0, "no change", Direction::Same),
        ]
        .map(|(name, before, after, change, direction)| (
            name.to_string(),
            before,
            after,
            change.to_string(),
            direction
        ))
    );
    let back = compare((&m, &score(&m, &later)), (&m, &score(&m, &earlier)));
    assert_eq!(back.direction, Direction::Down);
    assert!(back.overall.en().starts_with("Down from phase 4 of 4"));
    let same = compare((&m, &score(&m, &later)), (&m, &score(&m, &later)));
    assert_eq!(same.overall.en(), "No change: phase 4 of 4, Differentiate (3 of 4 complete).");
}

#[test]
fn a_result_in_one_line_and_on_the_radar() {
    use cx_maturity::report::compare::{radar_polygon, summary_line};
    let m = load("six-stage");
    let outcome = score(&m, &answered(&m, |_| 2));
    assert_eq!(
        summary_line(&m, &outcome).en(),
        "Stage 3 of 6, Mobilize — Six-stage CX maturity (cx-maturity self-assessment)"
    );
    let ebd = load("ebd");
    let outcome = score(&ebd, &answered(&ebd, |_| 4));
    assert!(summary_line(&ebd, &outcome).en().starts_with("3 of 3 principles sound — "));
    // Four spokes: up, right, down, left, at the given share of the radius (100).
    assert_eq!(radar_polygon(&[1.0, 0.5, 0.25, 0.0]), "0.0,-100.0 50.0,0.0 0.0,25.0 0.0,0.0");
    assert_eq!(radar_polygon(&[2.0, -1.0, 0.0, 0.0]), "0.0,-100.0 0.0,0.0 0.0,0.0 0.0,0.0", "values are clamped");
}
