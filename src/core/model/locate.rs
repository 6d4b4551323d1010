//! Where a field is in a model file's text: the file is read again with jsonc-parser, which keeps
//! the byte range of every value, and a field path is followed through it.

use super::problem::{FieldPath, Location, Segment, line_starts};
use jsonc_parser::ast::Value;
use jsonc_parser::common::Ranged;
use jsonc_parser::{CollectOptions, ParseOptions, parse_to_ast};

/// A model file's text with its values' places. Only for text serde_json has read as JSON: that
/// nests at most 128 levels deep, so the parser's recursion stays shallow.
pub struct Locator<'a> {
    text: &'a str,
    root: Option<Value<'a>>,
    lines: Vec<usize>,
}

impl<'a> Locator<'a> {
    pub fn new(text: &'a str) -> Locator<'a> {
        let root = parse_to_ast(text, &CollectOptions::default(), &ParseOptions::default()).ok().and_then(|r| r.value);
        Locator { text, root, lines: line_starts(text) }
    }

    /// Where the value of `field` starts, on its first line. A field the file does not have (a
    /// missing one, or one a problem says should be there) is placed at the deepest value of its
    /// path the file does have; the whole file at its start.
    pub fn locate(&self, field: &FieldPath) -> Location {
        let mut node = self.root.as_ref();
        let mut range = node.map_or(0..0, |n| n.start()..n.end());
        for segment in &field.0 {
            node = match (node, segment) {
                (Some(Value::Object(object)), Segment::Key(name)) => object.get(name).map(|p| &p.value),
                (Some(Value::Array(array)), Segment::Index(index)) => array.elements.get(*index),
                _ => None,
            };
            match node {
                Some(n) => range = n.start()..n.end(),
                None => break,
            }
        }
        Location::among(self.text, &self.lines, range)
    }
}
