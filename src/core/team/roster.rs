//! The people of a team picture: share links and team links found in pasted text (chat
//! messages, e-mails, a list of addresses), decoded and gathered by model version, with every
//! link that cannot be used kept beside them with why.
//!
//! A link is `#result=` or `#team=` followed by the longest run of base64url characters, so the
//! full stop after a link, the `>` around it or the next word's space end it, and whatever comes
//! before the `#` (the page's address) does not matter. A person is a complete answer set to one
//! version of one model; the same answers given twice count once, whether the same link was
//! pasted twice or a team link also holds a result pasted beside it.

use crate::core::answers::Answers;
use crate::core::catalog;
use crate::core::model::Model;
use crate::core::share::{
    self, FRAGMENT_KEY, LinkHeader, ShareError, TEAM_FRAGMENT_KEY, decode_team, is_base64url, read_team_header,
};
use crate::core::sort::sort_by_key;
use crate::i18n::{self, Text};
use crate::text;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// The longest a damaged link is shown, in characters.
const SHOWN_CHARS: usize = 60;

/// Which kind of link was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LinkKind {
    /// `#result=`: one person's answers.
    Result,
    /// `#team=`: a team's answers.
    Team,
}

impl LinkKind {
    fn key(self) -> &'static str {
        match self {
            LinkKind::Result => FRAGMENT_KEY,
            LinkKind::Team => TEAM_FRAGMENT_KEY,
        }
    }

    /// The link of this kind with this payload, as it is shown: `#result=…`, shortened.
    fn shown(self, payload: &str) -> String {
        shorten(&format!("#{}={payload}", self.key()))
    }

    /// Why a link of this kind cannot be read, in one sentence.
    fn why(self, error: &ShareError) -> Text {
        match self {
            LinkKind::Result => error.text(),
            LinkKind::Team => error.team_text(),
        }
    }
}

/// A link found in pasted text whose header is sound.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundLink {
    pub kind: LinkKind,
    pub payload: String,
    pub header: LinkHeader,
}

/// A link that cannot be used: the link as it was found (from its `#`, shortened to at most 60
/// characters with "…" in the middle) and why, in plain words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damaged {
    pub link: String,
    pub why: Text,
}

/// Every link in some text: unique payloads in order of first appearance, the sound ones apart
/// from the damaged ones; `repeats` counts links found again.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    pub links: Vec<FoundLink>,
    pub damaged: Vec<Damaged>,
    pub repeats: usize,
}

/// Every link in `text`: a link is `#result=` or `#team=` followed by the longest run of base64url
/// characters (A-Z a-z 0-9 - _). Anything else in the text (prose, other URLs, "result=" without
/// '#') is ignored.
pub fn find(text: &str) -> Found {
    let mut found = Found::default();
    let mut seen: BTreeSet<(LinkKind, &str)> = BTreeSet::new();
    let mut rest = text;
    while let Some(hash) = rest.find('#') {
        rest = &rest[hash + 1..];
        let Some((kind, after)) = [LinkKind::Result, LinkKind::Team]
            .into_iter()
            .find_map(|kind| Some((kind, rest.strip_prefix(kind.key())?.strip_prefix('=')?)))
        else {
            continue;
        };
        let end = after.find(|c: char| !is_base64url(c)).unwrap_or(after.len());
        let payload = &after[..end];
        rest = &after[end..];
        if !seen.insert((kind, payload)) {
            found.repeats += 1;
            continue;
        }
        let header = match kind {
            LinkKind::Result => share::read_header(payload),
            LinkKind::Team => read_team_header(payload),
        };
        match header {
            Ok(header) => found.links.push(FoundLink { kind, payload: payload.to_string(), header }),
            Err(error) => found.damaged.push(Damaged { link: kind.shown(payload), why: kind.why(&error) }),
        }
    }
    found
}

impl Found {
    /// Distinct (model id, version) the sound links name, sorted.
    pub fn needs(&self) -> Vec<(&str, u32)> {
        let needs: BTreeSet<(&str, u32)> = self.links.iter().map(|l| (&*l.header.model, l.header.version)).collect();
        needs.into_iter().collect()
    }
}

/// `link` as it is shown: at most `SHOWN_CHARS` characters, its middle left out when it is longer.
fn shorten(link: &str) -> String {
    let chars: Vec<char> = link.chars().collect();
    if chars.len() <= SHOWN_CHARS {
        return link.to_string();
    }
    let head = (SHOWN_CHARS - 1) / 2;
    let tail = SHOWN_CHARS - 1 - head;
    let mut shown: String = chars[..head].iter().collect();
    shown.push('…');
    shown.extend(&chars[chars.len() - tail..]);
    shown
}

/// People gathered for a team picture, of any number of models and versions. A person is a
/// complete answer set to one version of one model; the same answers given twice count once (a
/// link pasted twice, or a team link that also holds a pasted result).
#[derive(Default, Clone, Debug, PartialEq)]
pub struct Roster {
    /// Each model version's people, by their answers' text form.
    groups: BTreeMap<(String, u32), (Arc<Model>, BTreeSet<String>)>,
    /// Every link that could not be used, each once, in the order they were met.
    pub damaged: Vec<Damaged>,
    /// How many links in one paste were found again, and how many people and damaged links were
    /// given again after that (a team link pasted a second time adds its people here).
    pub repeats: usize,
}

/// The people of one model version, in a canonical order.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub model: Arc<Model>,
    pub people: Vec<Answers>,
}

impl Roster {
    /// Adds every person of the links in `found`, with `model(id, version)` giving the loaded
    /// model version (None: this release does not have it, and the link is kept as damaged with a
    /// sentence naming the version). The damaged links and repeats of `found` are kept too.
    pub fn add_found(&mut self, found: Found, model: &dyn Fn(&str, u32) -> Option<Arc<Model>>) {
        self.repeats += found.repeats;
        for damaged in found.damaged {
            self.keep(damaged);
        }
        for link in found.links {
            let LinkHeader { model: id, version } = &link.header;
            let Some(m) = model(id, *version) else {
                let name = catalog::CATALOG.iter().find(|e| e.id == id).map_or(&**id, |e| e.name);
                let why = text!(i18n::TEAM_LINKS_MISSING_VERSION, version = *version, model = name);
                self.keep(Damaged { link: link.kind.shown(&link.payload), why });
                continue;
            };
            let people = match link.kind {
                LinkKind::Result => share::decode(&m, &link.payload).map(|a| vec![a]),
                LinkKind::Team => decode_team(&m, &link.payload),
            };
            match people {
                Ok(people) => {
                    for answers in people {
                        self.add(&m, answers);
                    }
                }
                Err(error) => self.keep(Damaged { link: link.kind.shown(&link.payload), why: link.kind.why(&error) }),
            }
        }
    }

    /// Keeps a damaged link unless it is already kept (then it is a repeat).
    fn keep(&mut self, damaged: Damaged) {
        if self.damaged.contains(&damaged) {
            self.repeats += 1;
        } else {
            self.damaged.push(damaged);
        }
    }

    /// Adds one person (a saved or imported result's restored answers); returns false when
    /// already there (counted in repeats). Answers that are not a complete set to `model` are not
    /// a person: they are left out (false) and not counted.
    pub fn add(&mut self, model: &Arc<Model>, answers: Answers) -> bool {
        if answers.len() != model.questions.len() || !answers.is_complete() {
            return false;
        }
        let key = (model.id.to_string(), model.version);
        let (_, people) = self.groups.entry(key).or_insert_with(|| (Arc::clone(model), BTreeSet::new()));
        let added = people.insert(answers.encode());
        if !added {
            self.repeats += 1;
        }
        added
    }

    /// How many people there are, in all groups.
    pub fn people(&self) -> usize {
        self.groups.values().map(|(_, people)| people.len()).sum()
    }

    /// Whether nobody has been added, and no link was found damaged.
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty() && self.damaged.is_empty()
    }

    /// The groups, one per model version, largest first then by model id and version; each
    /// group's people in a canonical order (sorted by answers text), so any order of adding gives
    /// the same groups.
    pub fn groups(&self) -> Vec<Group> {
        // The map is in model id and version order; a stable sort by size keeps it among equals.
        let mut groups: Vec<Group> = self
            .groups
            .values()
            .map(|(model, people)| Group {
                model: Arc::clone(model),
                people: people.iter().filter_map(|text| Answers::decode(model, text).ok()).collect(),
            })
            .collect();
        sort_by_key(&mut groups, |g| std::cmp::Reverse(g.people.len()));
        groups
    }
}
