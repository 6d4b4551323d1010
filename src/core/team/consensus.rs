//! What marks a saved result as a team's agreed answers (`SavedResult::team`): how many people
//! took part and the notes the workshop wrote on questions. Kept apart from `record` so that
//! `core::history`, which reads every saved result, needs nothing that reads it back.

use crate::core::raw_json::RawJson;
use serde::{Deserialize, Serialize};

/// The longest note, in characters.
pub const MAX_NOTE: usize = 500;

/// A result a team agreed on in a workshop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consensus {
    /// How many people took part, at least 1.
    pub people: u32,
    /// Notes on questions, by question number, at most one each.
    pub notes: Vec<Note>,
}

/// What a workshop wrote about one question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    /// The question's number, from 1.
    pub question: u32,
    /// At most `MAX_NOTE` characters, not empty.
    pub text: String,
}

impl Consensus {
    /// The consensus as it is kept: at least one person, notes by question number, empty ones
    /// left out, only the first note on a question kept, each cut to `MAX_NOTE` characters.
    pub fn tidy(self) -> Consensus {
        let mut notes: Vec<Note> = Vec::new();
        for note in self.notes {
            let text: String = note.text.chars().take(MAX_NOTE).collect();
            if note.question >= 1 && !text.trim().is_empty() && !notes.iter().any(|n| n.question == note.question) {
                notes.push(Note { question: note.question, text });
            }
        }
        crate::core::sort::sort_by_key(&mut notes, |n| n.question);
        Consensus { people: self.people.max(1), notes }
    }
}

/// The consensus in `value`, if it is one as `tidy` leaves it (question numbers are checked
/// against the model only when the answers are: `SavedResult::restore`).
pub(crate) fn read_consensus(value: &RawJson) -> Option<Consensus> {
    let RawJson::Object(fields) = value else { return None };
    if fields.iter().any(|(key, _)| key != "people" && key != "notes") {
        return None;
    }
    let people = value.get("people")?.as_u64().filter(|p| (1..=u64::from(u32::MAX)).contains(p))? as u32;
    let mut notes: Vec<Note> = Vec::new();
    for item in value.get("notes")?.as_list()? {
        let RawJson::Object(fields) = item else { return None };
        if fields.iter().any(|(key, _)| key != "question" && key != "text") {
            return None;
        }
        let question = item.get("question")?.as_u64().filter(|q| (1..=u64::from(u32::MAX)).contains(q))? as u32;
        let text = item.get("text")?.as_str()?;
        let ordered = notes.last().is_none_or(|last| last.question < question);
        if !ordered || text.trim().is_empty() || text.chars().count() > MAX_NOTE {
            return None;
        }
        notes.push(Note { question, text: text.to_string() });
    }
    Some(Consensus { people, notes })
}
