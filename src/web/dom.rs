//! Turns a `report::doc::Node` tree into DOM nodes: elements, attributes and text nodes only,
//! never HTML, so no text in a document can become markup.

use crate::report::doc::{Node, Str};
use wasm_bindgen::JsCast;

pub fn build(document: &web_sys::Document, node: &Node) -> Option<web_sys::Node> {
    match node {
        Node::Text(t) => Some(document.create_text_node(t).unchecked_into()),
        Node::Element { tag, attrs, children } => {
            let element = document.create_element(tag).ok()?;
            for (name, value) in attrs {
                element.set_attribute(name, value).ok()?;
            }
            for child in children {
                element.append_child(&build(document, child)?).ok()?;
            }
            Some(element.unchecked_into())
        }
    }
}

/// Makes the children of `parent`, which show `old`, show `new`. Nodes are kept where they are
/// the same kind (text, or an element with the same tag and `id`) and only what changed is
/// written, so focus, the live region and the radios' state survive; the rest is rebuilt.
pub fn patch(parent: &web_sys::Element, old: &[Node], new: &[Node]) {
    let Some(document) = parent.owner_document() else { return };
    let nodes = parent.child_nodes();
    for (i, node) in new.iter().enumerate() {
        let current = nodes.item(i as u32);
        let kept = match (&current, old.get(i)) {
            (Some(dom), Some(before)) => same_kind(before, node) && update(dom, before, node),
            _ => false,
        };
        if !kept && let Some(built) = build(&document, node) {
            drop(match current {
                Some(dom) => parent.replace_child(&built, &dom),
                None => parent.append_child(&built),
            });
        }
    }
    while nodes.length() > new.len() as u32 {
        if let Some(last) = parent.last_child() {
            drop(parent.remove_child(&last));
        }
    }
}

fn same_kind(a: &Node, b: &Node) -> bool {
    match (a, b) {
        (Node::Text(_), Node::Text(_)) => true,
        (Node::Element { tag: t1, attrs: a1, .. }, Node::Element { tag: t2, attrs: a2, .. }) => {
            t1 == t2 && id(a1) == id(a2)
        }
        _ => false,
    }
}

fn id<'a>(attrs: &'a [(&str, Str)]) -> Option<&'a Str> {
    attrs.iter().find(|(k, _)| *k == "id").map(|(_, v)| v)
}

/// Brings `dom`, which shows `old`, up to `new` (of the same kind). False if `dom` is not what
/// `old` says it is, so it must be rebuilt.
fn update(dom: &web_sys::Node, old: &Node, new: &Node) -> bool {
    match (old, new) {
        (Node::Text(before), Node::Text(now)) => {
            if dom.node_type() != web_sys::Node::TEXT_NODE {
                return false;
            }
            if before != now {
                dom.set_text_content(Some(now));
            }
            true
        }
        (Node::Element { attrs: before, children: old_children, .. }, Node::Element { tag, attrs, children }) => {
            let Some(element) = dom.dyn_ref::<web_sys::Element>() else { return false };
            // The `checked` attribute only says how an input starts; what it shows is the property.
            // It is written only when the document's `checked` changes, so boxes the user ticks and
            // the document leaves alone (the top-stage checklist) keep their ticks; and before a
            // new `name` moves a radio into another group, where checking it would uncheck that
            // group's answer.
            let checked = |attrs: &[(&str, Str)]| attrs.iter().any(|(k, _)| *k == "checked");
            if *tag == "input"
                && checked(before) != checked(attrs)
                && let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>()
            {
                input.set_checked(checked(attrs));
            }
            for (name, value) in attrs {
                if !before.iter().any(|(k, v)| k == name && v == value) {
                    drop(element.set_attribute(name, value));
                }
            }
            for (name, _) in before {
                if !attrs.iter().any(|(k, _)| k == name) {
                    drop(element.remove_attribute(name));
                }
            }
            patch(element, old_children, children);
            true
        }
        _ => false,
    }
}

/// The group (`name`) and position (`value`) of the radio a `change` event came from.
pub fn radio(event: &web_sys::Event) -> Option<(String, usize)> {
    let input = event.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    Some((input.name(), input.value().parse().ok()?))
}

/// Moves focus to the first element in `container` matching `selector`.
pub fn focus(container: &web_sys::Element, selector: &str) {
    if let Some(el) =
        container.query_selector(selector).ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        drop(el.focus());
    }
}
