//! Turns a `report::doc::Node` tree into DOM nodes: elements, attributes and text nodes only,
//! never HTML, so no text in a document can become markup.

use crate::report::doc::Node;
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

/// Replaces the children of `parent` with the document `node`.
pub fn show(parent: &web_sys::Element, node: &Node) {
    let Some(document) = parent.owner_document() else { return };
    parent.set_text_content(None);
    if let Some(built) = build(&document, node) {
        drop(parent.append_child(&built));
    }
}

/// Checks the radio at position `index` among the radios in `container` (none for `None`).
pub fn check_radio(container: &web_sys::Element, index: Option<usize>) {
    let Ok(radios) = container.query_selector_all("input[type=radio]") else { return };
    for i in 0..radios.length() {
        if let Some(input) = radios.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok()) {
            input.set_checked(index == Some(i as usize));
        }
    }
}

/// The `value` of the radio a `change` event came from, as a position.
pub fn radio_value(event: &web_sys::Event) -> Option<usize> {
    let input = event.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    input.value().parse().ok()
}

/// Moves focus to the first element in `container` matching `selector`.
pub fn focus(container: &web_sys::Element, selector: &str) {
    if let Some(el) =
        container.query_selector(selector).ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        drop(el.focus());
    }
}
