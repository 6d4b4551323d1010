//! The notices: lines telling the user something went wrong, or where their answers are kept.
//! Each stays until it is dismissed, so a second problem never hides the first, and the same line
//! is never shown twice at once.

use crate::i18n::Text;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Notices {
    lines: RwSignal<Vec<Text>>,
}

impl Notices {
    pub fn new() -> Notices {
        Notices { lines: RwSignal::new(Vec::new()) }
    }

    /// Adds `line`, unless it is already there. It is put in words when shown, in the language
    /// of that moment.
    pub fn notify(&self, line: impl Into<Text>) {
        let line = line.into();
        // Compared as words (in English: the same in every language), which the wasm has anyway.
        let words = line.en();
        self.lines.update(|lines| {
            if !lines.iter().any(|l| l.en() == words) {
                lines.push(line);
            }
        });
    }

    /// Takes away notice `i`.
    pub fn dismiss(&self, i: usize) {
        self.lines.update(|lines| {
            if i < lines.len() {
                lines.remove(i);
            }
        });
    }

    /// The lines shown, oldest first (tracked).
    pub fn lines(&self) -> Vec<Text> {
        self.lines.get()
    }
}
