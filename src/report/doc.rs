//! A small document tree: what a screen shows, as plain data. Built (and tested natively) in
//! `report`, patched into the page by `web::dom` (as text nodes and attributes only, never as
//! HTML). Screens built this way instead of with typed Leptos views keep the wasm far smaller.

use std::borrow::Cow;

/// Text in a document: borrowed when it is the code's own, so building a page copies little.
pub type Str = Cow<'static, str>;

#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Element { tag: &'static str, attrs: Vec<(&'static str, Str)>, children: Vec<Node> },
    Text(Str),
}

/// An element with a class (empty for none) and children.
pub fn el(tag: &'static str, class: impl Into<Str>, children: Vec<Node>) -> Node {
    let class = class.into();
    let attrs = if class.is_empty() { Vec::new() } else { vec![("class", class)] };
    Node::Element { tag, attrs, children }
}

/// A text node.
pub fn text(s: impl Into<Str>) -> Node {
    Node::Text(s.into())
}

impl Node {
    /// Adds an attribute (elements only).
    pub fn attr(mut self, name: &'static str, value: impl Into<Str>) -> Node {
        if let Node::Element { attrs, .. } = &mut self {
            attrs.push((name, value.into()));
        }
        self
    }

    /// All the text in the tree, for tests and plain-text uses.
    pub fn text_content(&self) -> String {
        match self {
            Node::Text(t) => t.to_string(),
            Node::Element { children, .. } => children.iter().map(Node::text_content).collect(),
        }
    }

    /// Every element with the given class, depth first.
    pub fn find_class<'a>(&'a self, class: &str, out: &mut Vec<&'a Node>) {
        if let Node::Element { attrs, children, .. } = self {
            if attrs.iter().any(|(k, v)| *k == "class" && v.split(' ').any(|c| c == class)) {
                out.push(self);
            }
            for child in children {
                child.find_class(class, out);
            }
        }
    }
}
