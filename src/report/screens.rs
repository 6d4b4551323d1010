//! Every screen of the app as a document, built from the UI's state. The UI draws the document
//! and patches the page when the state changes; the buttons name what they do in `data-act`
//! (see [`Act`]), so one listener on the app's root handles them all.

use super::doc::{Node, el, text};
use super::forms::{chooser_doc, question_doc};
use super::{method_doc, result_doc, result_title};
use crate::core::answers::Answer;
use crate::core::catalog::CATALOG;
use crate::core::crosswalk::ladders_besides;
use crate::core::model::Model;
use crate::core::progress::Progress;
use crate::core::scoring::score;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Intro,
    Question,
    Result,
    Method,
}

/// What a button does; its name is the button's `data-act` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Act {
    /// Start the assessment, or continue where the saved answers stop.
    Begin,
    Method,
    /// Leave the methodology page: to the result if the test is finished, else to the intro.
    LeaveMethod,
    Back,
    Next,
    Review,
    Intro,
    AskStartOver,
    KeepAnswers,
    Discard,
    Dismiss,
}

const ACTS: [(Act, &str); 11] = [
    (Act::Begin, "begin"),
    (Act::Method, "method"),
    (Act::LeaveMethod, "leave-method"),
    (Act::Back, "back"),
    (Act::Next, "next"),
    (Act::Review, "review"),
    (Act::Intro, "intro"),
    (Act::AskStartOver, "ask-start-over"),
    (Act::KeepAnswers, "keep-answers"),
    (Act::Discard, "discard"),
    (Act::Dismiss, "dismiss"),
];

impl Act {
    pub fn name(self) -> &'static str {
        ACTS.iter().find(|(a, _)| *a == self).map_or("", |(_, n)| n)
    }

    pub fn from_name(name: &str) -> Option<Act> {
        ACTS.iter().find(|(_, n)| *n == name).map(|(a, _)| *a)
    }
}

/// Everything a screen shows.
pub struct State<'a> {
    pub screen: Screen,
    /// The models loaded so far, by catalog index.
    pub models: &'a [Option<Arc<Model>>],
    /// Catalog index of the model being taken (always loaded).
    pub chosen: usize,
    /// Catalog index of a model being fetched because it was chosen.
    pub loading: Option<usize>,
    pub progress: &'a Progress,
    /// Whether "Start over" is asking for confirmation.
    pub asking: bool,
    pub notice: Option<&'a str>,
}

impl State<'_> {
    fn model(&self) -> &Model {
        self.models[self.chosen].as_deref().unwrap_or_else(|| unreachable!("the chosen model is loaded"))
    }
}

fn button(act: Act, class: &'static str, label: impl Into<super::doc::Str>) -> Node {
    el("button", class, vec![text(label)]).attr("type", "button").attr("data-act", act.name())
}

/// The app's content: the live region for notices, then the screen.
pub fn page(state: &State) -> Vec<Node> {
    // The live region is always there so screen readers announce the text put in it.
    let notice = state.notice.map(|line| {
        el(
            "div",
            "cxm-notice",
            vec![el("p", "", vec![text(line.to_string())]), button(Act::Dismiss, "cxm-link", "Dismiss")],
        )
    });
    let live = el("div", "cxm-live", notice.into_iter().collect()).attr("role", "status");
    let screen = match state.screen {
        Screen::Intro => intro(state),
        Screen::Question => question(state),
        Screen::Result => result(state),
        Screen::Method => method(state),
    };
    vec![live, screen]
}

fn intro(state: &State) -> Node {
    let selected = state.loading.unwrap_or(state.chosen);
    let answered = state.progress.answers.answered();
    let begin = if state.loading.is_some() {
        "Loading…".to_string()
    } else if answered == 0 {
        "Start the assessment".to_string()
    } else {
        format!("Continue ({answered} of {} answered)", state.progress.answers.len())
    };
    let mut begin = button(Act::Begin, "cxm-button cxm-button--primary", begin);
    if state.loading.is_some() {
        begin = begin.attr("disabled", "");
    }
    let mut children = vec![
        el("h1", "", vec![text("How mature is your customer experience?")])
            .attr("id", "cxm-intro-title")
            .attr("tabindex", "-1"),
        el(
            "p",
            "cxm-lead",
            vec![text(
                "A self-assessment for people who run or shape customer experience (CX). Answer questions about what \
                 your organisation actually does today and see which stage of maturity it has reached, what holds it \
                 back and what to do next.",
            )],
        ),
        el(
            "ul",
            "cxm-facts",
            vec![
                el(
                    "li",
                    "",
                    vec![text(format!(
                        "Takes {} minutes or so; you can stop and come back.",
                        CATALOG[selected].minutes
                    ))],
                ),
                el("li", "", vec![text("Private: everything stays in this browser. Nothing is sent anywhere.")]),
                el(
                    "li",
                    "",
                    vec![text(
                        "Every question has a “Not sure” answer; it lowers the confidence of the result, never the \
                         score.",
                    )],
                ),
            ],
        ),
        chooser_doc(selected),
        el("div", "cxm-actions", vec![begin, button(Act::Method, "cxm-button", "How this is scored")]),
    ];
    if answered > 0 {
        children.push(start_over(state));
    }
    screen("cxm-intro", "cxm-intro-title", children)
}

fn question(state: &State) -> Node {
    let model = state.model();
    let q = state.progress.open_question();
    let total = model.questions.len();
    let answer = state.progress.answers.get(q);
    let checked = answer.position(model.options(q).len());
    let mut next =
        button(Act::Next, "cxm-button cxm-button--primary", if q + 1 == total { "See my result" } else { "Next" });
    if answer == Answer::Unanswered {
        next = next.attr("disabled", "");
    }
    let children = vec![
        el("h1", "cxm-visually-hidden", vec![text(model.name.clone())]),
        el(
            "div",
            "cxm-progress",
            vec![
                el(
                    "p",
                    "cxm-progress__label",
                    vec![
                        text(format!("Question {} of {total}", q + 1)),
                        el(
                            "span",
                            "cxm-progress__dimension",
                            vec![text(model.dimensions[model.dimension_of(q)].name.clone())],
                        ),
                    ],
                )
                .attr("id", "cxm-progress-label"),
                el("progress", "", vec![])
                    .attr("max", total.to_string())
                    .attr("value", state.progress.answers.answered().to_string())
                    .attr("aria-labelledby", "cxm-progress-label"),
            ],
        ),
        question_doc(model, q, checked),
        el("div", "cxm-nav", vec![button(Act::Back, "cxm-button", "Back"), next]),
        start_over(state),
    ];
    el("section", "cxm-screen cxm-question", children).attr("id", "cxm-question")
}

fn result(state: &State) -> Node {
    let model = state.model();
    let answers = &state.progress.answers;
    let outcome = score(model, answers);
    let children = vec![
        el("h1", "", vec![text(result_title(model, &outcome))]).attr("id", "cxm-result-title").attr("tabindex", "-1"),
        result_doc(model, &outcome, answers, &ladders_besides(&model.id)),
        el(
            "nav",
            "cxm-actions",
            vec![
                button(Act::Method, "cxm-button cxm-button--primary", "How this is scored"),
                button(Act::Review, "cxm-button", "Review my answers"),
                button(Act::Intro, "cxm-button", "Take another assessment"),
            ],
        )
        .attr("aria-label", "Result actions"),
        start_over(state),
    ];
    screen("cxm-result", "cxm-result-title", children)
}

/// Every model's rules and sources, the one being taken first; shown once every model is in, or
/// when one could not be fetched (the notice says which).
fn method(state: &State) -> Node {
    let models = state.models;
    let body = if models.iter().all(Option::is_some) || state.notice.is_some() {
        let loaded = |i: usize| models[i].as_deref();
        method_doc(
            loaded(state.chosen).into_iter().chain((0..models.len()).filter(|&i| i != state.chosen).filter_map(loaded)),
        )
    } else {
        el("p", "cxm-muted", vec![text("Loading the models…")])
    };
    let children = vec![
        el("h1", "", vec![text("How this is scored")]).attr("id", "cxm-method-title").attr("tabindex", "-1"),
        button(Act::LeaveMethod, "cxm-button", "Back"),
        body,
        button(Act::LeaveMethod, "cxm-button", "Back"),
    ];
    screen("cxm-methodology", "cxm-method-title", children)
}

/// A screen's section, named by its heading.
fn screen(name: &'static str, heading: &'static str, children: Vec<Node>) -> Node {
    el("section", format!("cxm-screen {name}"), children).attr("id", name).attr("aria-labelledby", heading)
}

/// "Start over", which asks before it discards anything.
fn start_over(state: &State) -> Node {
    let content = if state.asking {
        let n = state.progress.answers.answered();
        el(
            "div",
            "cxm-confirm",
            vec![
                el(
                    "p",
                    "",
                    vec![text(format!("Discard your {n} answer{} and start again?", if n == 1 { "" } else { "s" }))],
                )
                .attr("id", "cxm-confirm-text"),
                button(Act::Discard, "cxm-button cxm-button--danger", "Discard and start over"),
                button(Act::KeepAnswers, "cxm-button cxm-keep", "Keep my answers"),
            ],
        )
        .attr("role", "group")
        .attr("aria-labelledby", "cxm-confirm-text")
    } else {
        button(Act::AskStartOver, "cxm-link", "Start over")
    };
    el("div", "cxm-start-over", vec![content])
}
