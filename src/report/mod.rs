//! What the screens say, built as `doc::Node` trees from the core's values: here the result and
//! methodology pages, in `forms` the radio groups, in `screens` every screen around them. Pure:
//! no IO, no Leptos, no DOM, so it is tested natively (`tests/report.rs`, `tests/screens.rs`).

pub mod doc;
pub mod forms;
pub mod screens;

use crate::core::answers::{Answer, Answers};
use crate::core::crosswalk::{Ladder, place};
use crate::core::guidance::{KEEP_DOING, KEEP_DOING_SOURCE};
use crate::core::model::{Model, Scoring};
use crate::core::scoring::{Confidence, Outcome, explain};
use doc::{Node, Str, el, text};

/// A 0.0–1.0 share as a whole percentage (integer formatting keeps float printing out of the wasm).
fn whole_percent(p: f64) -> u32 {
    (p * 100.0).round() as u32
}

/// `s` with an upper-case first letter (ASCII only, which keeps Unicode case tables out of the
/// wasm; the text it is used on is ours).
pub fn capitalise(s: &str) -> String {
    let mut out = s.to_string();
    if let Some(first) = out.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// The result's heading, e.g. "Your result: stage 3 of 6, Mobilize".
pub fn result_title(model: &Model, outcome: &Outcome) -> String {
    format!(
        "Your result: {} {} of {}, {}",
        model.stage_word,
        outcome.stage,
        model.stages.len(),
        model.stages[outcome.stage - 1].name
    )
}

/// Sources cited on a page, numbered in order of first use.
#[derive(Default)]
struct Footnotes(Vec<String>);

impl Footnotes {
    fn cite(&mut self, citation: &str) -> Node {
        let n = match self.0.iter().position(|c| c == citation) {
            Some(i) => i + 1,
            None => {
                self.0.push(citation.to_string());
                self.0.len()
            }
        };
        el(
            "sup",
            "cxm-note",
            vec![
                el("span", "cxm-visually-hidden", vec![text(" (source ")]),
                text(n.to_string()),
                el("span", "cxm-visually-hidden", vec![text(")")]),
            ],
        )
    }

    fn cite_source(&mut self, model: &Model, id: &str) -> Node {
        self.cite(&model.source(id).map(|s| s.citation.clone()).unwrap_or_default())
    }

    fn into_node(self) -> Node {
        el(
            "footer",
            "cxm-footnotes",
            vec![
                el("h3", "", vec![text("Sources")]),
                el("ol", "", self.0.into_iter().map(|c| el("li", "", vec![text(c)])).collect()),
            ],
        )
    }
}

fn benchmark(text_: &Str, note: Node) -> Node {
    el("p", "cxm-benchmark", vec![text(text_.clone()), note])
}

/// A titled `cxm-section`, with `extra` classes (empty for none).
fn section(extra: &str, id: &'static str, title: String, mut children: Vec<Node>) -> Node {
    children.insert(0, el("h3", "", vec![text(title)]).attr("id", id));
    let class = if extra.is_empty() { "cxm-section".to_string() } else { format!("cxm-section {extra}") };
    el("section", class, children).attr("aria-labelledby", id)
}

/// Everything the result screen shows below its heading. `ladders` are the other ladders to
/// place the result on.
pub fn result_doc(model: &Model, outcome: &Outcome, answers: &Answers, ladders: &[Ladder]) -> Node {
    let mut notes = Footnotes::default();
    let n = model.stages.len();
    let stage = &model.stages[outcome.stage - 1];
    let word = capitalise(&model.stage_word);

    let mut card = vec![
        el("p", "cxm-stage__eyebrow", vec![text(format!("{word} {} of {n}", outcome.stage))]),
        el("p", "cxm-stage__name", vec![text(stage.name.clone())]),
        el("p", "", vec![text(stage.description.clone())]),
    ];
    if let Some(c) = outcome.complete_stages {
        card.push(el("p", "cxm-stage__complete", vec![text(format!("{word}s complete: {c} of {n}"))]));
    }
    card.push(el("p", "cxm-confidence", vec![text(confidence_text(outcome, model))]));
    if let (Scoring::Average { chasm_at: Some(c) }, true) = (&model.scoring, outcome.stopped_by_chasm) {
        let names: Vec<&str> = outcome.holding_back.iter().map(|&d| &*model.dimensions[d].name).collect();
        card.push(el(
            "p",
            "cxm-chasm-note",
            vec![text(format!(
                "Your answers average out on the “tough” side of the chasm, but {} {} not there yet, so the result \
             stays at {} {} ({}). Crossing the chasm takes every dimension.",
                names.join(" and "),
                if names.len() == 1 { "is" } else { "are" },
                model.stage_word,
                c - 1,
                model.stages[c - 2].name,
            ))],
        ));
    }
    for b in model.benchmarks.iter().filter(|b| b.dimension.is_none() && b.question.is_none()) {
        let note = notes.cite_source(model, &b.source);
        card.push(benchmark(&b.text, note));
    }

    let mut page = vec![
        el("p", "cxm-result__model", vec![text(model.name.clone())]),
        el("div", "cxm-card cxm-stage", card),
        ladder(model, outcome),
        dimensions(model, outcome, &mut notes),
    ];
    page.extend(holding_back(model, outcome));
    page.extend(next_steps(model, outcome));
    if outcome.is_top(model) {
        page.push(keep_doing(&mut notes));
    }
    page.extend(question_benchmarks(model, answers, &mut notes));
    page.push(crosswalk(model, outcome, ladders, &mut notes));
    page.push(notes.into_node());
    el("div", "cxm-report", page)
}

fn confidence_text(outcome: &Outcome, model: &Model) -> String {
    let total = model.questions.len();
    let sure = (outcome.confidence * total as f64).round() as usize;
    let band = match outcome.confidence_band() {
        Confidence::High => "high",
        Confidence::Medium => "medium",
        Confidence::Low => "low: treat this result as a first guess and find out the answers you were not sure of",
    };
    format!("Confidence {band} ({sure} of {total} questions answered with something other than “Not sure”).")
}

fn ladder(model: &Model, outcome: &Outcome) -> Node {
    let chasm = match model.scoring {
        Scoring::Average { chasm_at } => chasm_at,
        Scoring::Threshold { .. } => None,
    };
    let mut steps = Vec::new();
    for (i, s) in model.stages.iter().enumerate().rev() {
        let n = i + 1;
        let here = n == outcome.stage;
        let done = outcome.complete_stages.is_some_and(|c| n <= c);
        let mut class = String::from("cxm-ladder__step");
        let mut parts = vec![
            el("span", "cxm-ladder__number", vec![text(n.to_string())]),
            el("span", "cxm-ladder__name", vec![text(s.name.clone())]),
        ];
        if done {
            class.push_str(" cxm-ladder__step--done");
            parts.push(el("span", "cxm-ladder__done", vec![text("complete")]));
        }
        if here {
            class.push_str(" cxm-ladder__step--here");
            parts.push(el("span", "cxm-ladder__you", vec![text("You are here")]));
        }
        let mut step = el("li", class, parts);
        if here {
            step = step.attr("aria-current", "step");
        }
        steps.push(step);
        if chasm == Some(n) {
            steps.push(
                el("li", "cxm-ladder__chasm", vec![text("the chasm: “fluff” below, “tough” above")])
                    .attr("aria-hidden", "true"),
            );
        }
    }
    section(
        "",
        "cxm-ladder-title",
        format!("The {} {}s", model.stages.len(), model.stage_word),
        vec![el("ol", "cxm-ladder", steps).attr("reversed", "")],
    )
}

fn dimensions(model: &Model, outcome: &Outcome, notes: &mut Footnotes) -> Node {
    let items = model
        .dimensions
        .iter()
        .zip(&outcome.dimensions)
        .map(|(dim, score)| {
            let mut detail = score.percent.map_or_else(|| "no score".to_string(), |p| format!("{}%", whole_percent(p)));
            if let Some(level) = score.level {
                detail = format!("{detail}, level {level} ({})", model.stages[level - 1].name);
            }
            if score.not_sure > 0 {
                detail = format!("{detail}; {} of {} not sure", score.not_sure, score.questions);
            }
            let status = match model.scoring {
                Scoring::Threshold { ordered: false, .. } => Some(if score.holds { "sound" } else { "has a problem" }),
                Scoring::Threshold { ordered: true, .. } => Some(if score.holds { "holds" } else { "not yet" }),
                Scoring::Average { chasm_at: Some(_) } => Some(if score.holds { "tough side" } else { "fluff side" }),
                Scoring::Average { chasm_at: None } => None,
            };
            let mut head = vec![el("span", "cxm-dimension__name", vec![text(dim.name.clone())])];
            head.extend(status.map(|s| el("span", "cxm-dimension__status", vec![text(s)])));
            let mut item = vec![
                el("div", "cxm-dimension__head", head),
                el(
                    "div",
                    "cxm-bar",
                    vec![
                        el("div", "cxm-bar__fill", vec![])
                            .attr("style", format!("width: {}%", whole_percent(score.percent.unwrap_or(0.0)))),
                    ],
                )
                .attr("aria-hidden", "true"),
                el("p", "cxm-dimension__detail", vec![text(detail)]),
            ];
            for b in model.benchmarks.iter().filter(|b| b.dimension.as_ref() == Some(&dim.id)) {
                let note = notes.cite_source(model, &b.source);
                item.push(benchmark(&b.text, note));
            }
            el("li", if score.holds { "cxm-dimension" } else { "cxm-dimension cxm-dimension--weak" }, item)
        })
        .collect();
    section("", "cxm-dimensions-title", "By dimension".into(), vec![el("ul", "cxm-dimensions", items)])
}

fn holding_back(model: &Model, outcome: &Outcome) -> Option<Node> {
    (!outcome.holding_back.is_empty()).then(|| {
        let items = outcome
            .holding_back
            .iter()
            .map(|&d| {
                let dim = &model.dimensions[d];
                let about = dim
                    .tough
                    .as_ref()
                    .map_or_else(|| dim.description.to_string(), |t| format!("Where it needs to get to: {t}"));
                el("li", "", vec![el("strong", "", vec![text(dim.name.clone())]), text(format!(": {about}"))])
            })
            .collect();
        section("", "cxm-holding-title", "What holds you back".into(), vec![el("ul", "cxm-list", items)])
    })
}

fn next_steps(model: &Model, outcome: &Outcome) -> Option<Node> {
    if outcome.action_plan.is_empty() {
        return None;
    }
    let item = |q: usize| {
        let dim = &model.dimensions[model.dimension_of(q)];
        el(
            "li",
            "",
            vec![
                el("span", "cxm-step__dimension", vec![text(dim.name.clone())]),
                text(format!(" {}", model.questions[q].advice)),
            ],
        )
    };
    let mut children = vec![el("ol", "cxm-steps", outcome.next_steps().iter().map(|&q| item(q)).collect())];
    if outcome.complete_stages.is_some() && outcome.action_plan.len() > 3 {
        children.push(el(
            "details",
            "cxm-plan",
            vec![
                el("summary", "", vec![text(format!("The full action plan ({} steps)", outcome.action_plan.len()))]),
                el("ol", "", outcome.action_plan[3..].iter().map(|&q| item(q)).collect()).attr("start", "4"),
            ],
        ));
    }
    Some(section("", "cxm-steps-title", "Your next steps".into(), children))
}

fn keep_doing(notes: &mut Footnotes) -> Node {
    let items = KEEP_DOING
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let id = format!("cxm-keep-{i}");
            el(
                "li",
                "",
                vec![
                    el("input", "", vec![]).attr("type", "checkbox").attr("id", id.clone()),
                    el("label", "", vec![text(*item)]).attr("for", id),
                ],
            )
        })
        .collect();
    let note = notes.cite(KEEP_DOING_SOURCE);
    section(
        "cxm-keep",
        "cxm-keep-title",
        "Staying at the top".into(),
        vec![
            el(
                "p",
                "",
                vec![
                    text(
                        "There is no ceiling: customers' expectations keep moving, and leaders who stop slide back. \
                 What organisations at the top keep doing, as a checklist for your next review:",
                    ),
                    note,
                ],
            ),
            el("ul", "cxm-checklist", items),
        ],
    )
}

fn question_benchmarks(model: &Model, answers: &Answers, notes: &mut Footnotes) -> Option<Node> {
    let items: Vec<Node> = model
        .benchmarks
        .iter()
        .filter_map(|b| {
            let q = model.questions.iter().position(|x| Some(&x.id) == b.question.as_ref())?;
            let yours = match answers.get(q) {
                Answer::Option(i) => model.options(q)[i as usize].label.to_string(),
                _ => "Not sure".to_string(),
            };
            let note = notes.cite_source(model, &b.source);
            Some(el(
                "li",
                "",
                vec![
                    el("p", "cxm-compare__question", vec![text(model.questions[q].prompt.clone())]),
                    el("p", "", vec![text("Your answer: "), el("strong", "", vec![text(yours)])]),
                    benchmark(&b.text, note),
                ],
            ))
        })
        .collect();
    (!items.is_empty()).then(|| {
        section("", "cxm-compare-title", "How your answers compare".into(), vec![el("ul", "cxm-compare", items)])
    })
}

fn crosswalk(model: &Model, outcome: &Outcome, ladders: &[Ladder], notes: &mut Footnotes) -> Node {
    let from = model.stages.len();
    let rows = ladders
        .iter()
        .map(|ladder| {
            let m = ladder.stages.len();
            let at = place(outcome.stage, from, m);
            let named_only_top = ladder.stages.iter().any(Option::is_none);
            let mut cell = vec![el("span", "cxm-crosswalk__stage", vec![text(ladder.stage_label(at))])];
            if !named_only_top || at == m {
                cell.push(text(format!(" (stage {at} of {m})")));
            }
            if named_only_top {
                cell.push(el("span", "cxm-crosswalk__note", vec![text("The sources name only its top stage.")]));
            }
            if let Some((figure, citation)) = &ladder.benchmark {
                let note = notes.cite(citation);
                cell.push(benchmark(figure, note));
            }
            let note = notes.cite(&ladder.source);
            el(
                "tr",
                "",
                vec![el("th", "", vec![text(ladder.name.clone()), note]).attr("scope", "row"), el("td", "", cell)],
            )
        })
        .collect();
    section(
        "",
        "cxm-crosswalk-title",
        "Roughly where you would sit on other models".into(),
        vec![
            el(
                "p",
                "cxm-muted",
                vec![text(format!(
                    "An approximation: your {} ({} of {from}) is placed at the middle of its band on a scale of 0 to 1, \
             and each other model's stage is the one covering the same point. The models measure different \
             things and were never calibrated against each other.",
                    model.stage_word, outcome.stage
                ))],
            ),
            el(
                "div",
                "cxm-table-wrap",
                vec![el(
                    "table",
                    "cxm-crosswalk",
                    vec![
                        el(
                            "thead",
                            "",
                            vec![el(
                                "tr",
                                "",
                                vec![
                                    el("th", "", vec![text("Model")]).attr("scope", "col"),
                                    el("th", "", vec![text("Approximate position")]).attr("scope", "col"),
                                ],
                            )],
                        ),
                        el("tbody", "", rows),
                    ],
                )],
            ),
        ],
    )
}

/// The methodology page below its heading: every model (the one being taken first), then the
/// crosswalk rule.
pub fn method_doc<'a>(models: impl Iterator<Item = &'a Model>) -> Node {
    let mut page = vec![el(
        "p",
        "cxm-lead",
        vec![text(
            "Every rule below runs in your browser on your answers; nothing is sent anywhere. Where the sources give \
         no number (the cut-offs between stages, for example), this tool chose a simple rule and states it here.",
        )],
    )];
    for model in models {
        let list = |items: Vec<Node>| el("ul", "cxm-list", items);
        let dimensions = model
            .dimensions
            .iter()
            .enumerate()
            .map(|(d, dim)| {
                let count = model.questions_in(d).count();
                el(
                    "li",
                    "",
                    vec![
                        el("strong", "", vec![text(dim.name.clone())]),
                        text(format!(" ({count} questions): {}", dim.description)),
                    ],
                )
            })
            .collect();
        let stages = model
            .stages
            .iter()
            .map(|s| {
                el("li", "", vec![el("strong", "", vec![text(s.name.clone())]), text(format!(": {}", s.description))])
            })
            .collect();
        let id = format!("cxm-method-{}", model.id);
        page.push(
            el(
                "section",
                "cxm-section cxm-method",
                vec![
                    el("h3", "", vec![text(model.name.clone())]).attr("id", id.clone()),
                    el("p", "", vec![text(model.measures.clone())]),
                    el("h4", "", vec![text("Dimensions")]),
                    list(dimensions),
                    el("h4", "", vec![text(format!("{}s", capitalise(&model.stage_word)))]),
                    el("ol", "cxm-list", stages),
                    el("h4", "", vec![text("How answers become a result")]),
                    list(explain(model).into_iter().map(|r| el("li", "", vec![text(r)])).collect()),
                    el("h4", "", vec![text("Sources")]),
                    list(model.sources.iter().map(|s| el("li", "", vec![text(s.citation.clone())])).collect()),
                ],
            )
            .attr("aria-labelledby", id),
        );
    }
    page.push(section("", "cxm-method-crosswalk", "The crosswalk between models".into(), vec![el("p", "", vec![text(
        "A result at stage s of n is placed at (s − 0.5) / n, the middle of its band on a scale from 0 to 1. On a \
         model with m stages, the position is the stage whose band covers that point: stage ⌈m × (s − 0.5) / n⌉. \
         It is a rough guide only; the models were built by different people to measure different things. Where \
         the sources name only a model's top stage, the others are shown as “stage k of m”.",
    )])]));
    el("div", "cxm-report", page)
}
