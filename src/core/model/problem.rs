//! A problem found in a model file: which file, what kind, the field it is about, what is wrong,
//! and where in the file's text it is.

use std::fmt;
use std::ops::Range;

/// One step of a field path: a field (or a scale's name) or a place in a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Key(String),
    Index(usize),
}

/// The field a problem is about, e.g. `questions[2].dimension`; empty for the file as a whole.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldPath(pub Vec<Segment>);

impl FieldPath {
    /// The path of the top-level field `name`.
    pub fn field(name: &str) -> FieldPath {
        FieldPath(vec![Segment::Key(name.into())])
    }

    /// This path, then the field `name`.
    pub fn key(&self, name: &str) -> FieldPath {
        let mut path = self.clone();
        path.0.push(Segment::Key(name.into()));
        path
    }

    /// This path, then item `index` of the list.
    pub fn at(&self, index: usize) -> FieldPath {
        let mut path = self.clone();
        path.0.push(Segment::Index(index));
        path
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Key(name) if i == 0 => f.write_str(name)?,
                Segment::Key(name) => write!(f, ".{name}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// Where a problem is in a file's text: line and column (both from 1; the column counts
/// characters), and the bytes it covers, on that line only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    pub column: usize,
    pub bytes: Range<usize>,
}

impl Location {
    /// The location of the bytes `bytes` of `text`, cut at the end of their first line. A range
    /// beyond the text or inside a character is moved back to the character it falls in.
    pub fn of(text: &str, bytes: Range<usize>) -> Location {
        Location::among(text, &line_starts(text), bytes)
    }

    /// `of`, with the offsets `line_starts(text)` at hand (for many locations in one text).
    pub(super) fn among(text: &str, starts: &[usize], bytes: Range<usize>) -> Location {
        let boundary = |mut i: usize| {
            i = i.min(text.len());
            while !text.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        let start = boundary(bytes.start);
        let line = starts.partition_point(|&s| s <= start).max(1);
        let line_start = starts.get(line - 1).copied().unwrap_or(0);
        let line_end = starts.get(line).map_or(text.len(), |next| next - 1);
        Location {
            line,
            column: text[line_start..start].chars().count() + 1,
            bytes: start..boundary(bytes.end).clamp(start, line_end.max(start)),
        }
    }
}

/// The byte offset each line of `text` starts at: 0, then one past each `\n`.
pub(super) fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect()
}

/// What kind of problem it is: text that is not JSON, a value of the wrong shape (an unknown,
/// missing or twice-given field, a wrong kind of value), or a model that does not hold together
/// (`Model::check`: references, duplicates, the scoring rule's needs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Syntax,
    Shape,
    Model,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Syntax => "syntax",
            Kind::Shape => "shape",
            Kind::Model => "model",
        }
    }
}

/// One problem found in a model file. `location` is `None` only for a model checked without its
/// text (`Model::check` on a model already read).
#[derive(Debug, Clone, PartialEq)]
pub struct ModelError {
    pub file: String,
    pub kind: Kind,
    pub field: FieldPath,
    pub message: String,
    pub location: Option<Location>,
}

/// `acme.json line 41, column 20: questions[2].dimension: refers to unknown dimension 'listenin'`
impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(at) = &self.location {
            write!(f, " line {}, column {}", at.line, at.column)?;
        }
        if !self.field.is_empty() {
            write!(f, ": {}", self.field)?;
        }
        write!(f, ": {}", self.message)
    }
}
