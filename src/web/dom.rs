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
