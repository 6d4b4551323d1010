//! The radio groups of the interactive screens, as documents: the model chooser and one
//! question. Each radio's `value` is its position in the group; the UI listens for `change`
//! on the group and keeps `checked` in step with its state.

use super::doc::{Node, Str, el, text};
use crate::core::catalog::CATALOG;
use crate::core::model::Model;
use std::borrow::Cow;

fn radio(name: impl Into<Str>, value: usize, checked: bool) -> Node {
    let input = el("input", "", vec![]).attr("type", "radio").attr("name", name).attr("value", value.to_string());
    if checked { input.attr("checked", "") } else { input }
}

/// The chooser of built-in models, with `selected` checked.
pub fn chooser_doc(selected: usize) -> Node {
    let mut children = vec![el("legend", "", vec![text("Choose an assessment")])];
    for (i, entry) in CATALOG.iter().enumerate() {
        let id = format!("cxm-model-{}", entry.id);
        children.push(
            el(
                "label",
                "cxm-choice",
                vec![
                    radio("cxm-model", i, i == selected).attr("id", id.clone()),
                    el(
                        "span",
                        "cxm-choice__text",
                        vec![
                            el("strong", "cxm-choice__name", vec![text(entry.name)]),
                            el(
                                "span",
                                "cxm-choice__meta",
                                vec![text(format!("{} questions · about {} minutes", entry.questions, entry.minutes))],
                            ),
                            el("span", "cxm-choice__summary", vec![text(entry.summary)]),
                        ],
                    ),
                ],
            )
            .attr("for", id),
        );
    }
    el("fieldset", "cxm-choices", children)
}

/// Question `q` of `model` as a radio group whose legend is the screen's heading. The options
/// are the model's, lowest first, then "Not sure"; `checked` is the position of the answer.
pub fn question_doc(model: &Model, q: usize, checked: Option<usize>) -> Node {
    let question = &model.questions[q];
    let name = format!("cxm-q-{}", question.id);
    let labels = model.options(q).iter().map(|o| o.label.clone()).chain([Cow::Borrowed("Not sure")]);
    let count = model.options(q).len() + 1;
    let mut children =
        vec![el("legend", "", vec![el("h2", "", vec![text(question.prompt.clone())]).attr("tabindex", "-1")])];
    for (k, label) in labels.enumerate() {
        let class = if k + 1 == count { "cxm-option cxm-option--unsure" } else { "cxm-option" };
        children.push(el(
            "label",
            class,
            vec![
                radio(name.clone(), k, checked == Some(k)),
                el("span", "cxm-option__key", vec![text((k + 1).to_string())]).attr("aria-hidden", "true"),
                el("span", "cxm-option__label", vec![text(label)]),
            ],
        ));
    }
    el(
        "div",
        "",
        vec![
            el("fieldset", "cxm-options", children),
            el("p", "cxm-hint", vec![text(format!("Keys 1–{count} answer; Enter goes to the next question."))]),
        ],
    )
}
