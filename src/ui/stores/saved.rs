//! The saved results ("My results"): counted by their keys when the app opens (cheap, however
//! many there are), read when the code of the screens after the questions arrives (reading them is
//! code in the split file: only those screens list them; when there are any, that code is fetched
//! as soon as the app has opened, so a returning visitor's list is read before it is asked for),
//! kept newest first, and followed key by key when another tab changes them. Every save goes
//! through `add`, which says when a result could only be kept in memory; a result completed
//! before they are read waits for them (`keep`).

use super::later_code::{LaterCode, Status};
use super::models::Models;
use super::notices::Notices;
use super::persist::{self, ResultRead};
use crate::browser::storage::Written;
use crate::core::answers::Answers;
use crate::core::history::{RESULTS_PREFIX, SavedResult, newest_first, sort_newest_first};
use crate::core::model::Model;
use crate::core::sort;
use crate::i18n;
use crate::text;
use crate::ui::env::Env;
use crate::ui::split::NotLoaded;
use leptos::prelude::*;
#[cfg(split)]
use leptos::wasm_split::wasm_split;
use std::time::Duration;

#[derive(Clone, Copy)]
pub struct Saved {
    /// The saved results, newest first, once read.
    results: RwSignal<Vec<SavedResult>>,
    /// How many there are before they have been read; `None` once `results` holds them.
    unread: RwSignal<Option<usize>>,
    /// Counts results that another tab removed, so an undo offered here is withdrawn then.
    removed_elsewhere: RwSignal<usize>,
    /// Result keys another tab changed, waiting to be read (`None` in it: storage was cleared).
    pending: StoredValue<Option<Vec<Option<String>>>, LocalStorage>,
    /// Results completed before the saved ones were read, to keep once they are.
    waiting: StoredValue<Vec<SavedResult>, LocalStorage>,
    env: Env,
    notices: Notices,
    later: LaterCode,
    models: Models,
}

impl Saved {
    pub fn new(env: Env, notices: Notices, later: LaterCode, models: Models) -> Saved {
        let saved = Saved {
            results: RwSignal::new(Vec::new()),
            unread: RwSignal::new(Some(0)),
            removed_elsewhere: RwSignal::new(0),
            pending: StoredValue::new_local(None),
            waiting: StoredValue::new_local(Vec::new()),
            env,
            notices,
            later,
            models,
        };
        // A host page's own model is loaded first, so that its results are known as its.
        Effect::new(move || {
            if later.status() == Status::Ready && models.host_settled() && !saved.is_read() {
                split_run!(env, read_all(saved));
            }
        });
        saved
    }

    fn is_read(&self) -> bool {
        self.unread.try_with_untracked(Option::is_none).unwrap_or(false)
    }

    /// Counts the results by their keys alone, and when there are any, fetches the code that
    /// reads them.
    pub fn open(&self) {
        if let Some(n) = self.env.store(|s| s.count(RESULTS_PREFIX)) {
            self.unread.set(Some(n));
            if n > 0 {
                self.later.fetch();
            }
        }
    }

    /// Reads every saved result again, then keeps what was completed before they were read.
    pub fn reload(&self) {
        let newest = |id: &str| self.models.newest(id);
        let Some((mut results, notices)) = self.env.store(|s| persist::load_results(s, &newest)) else { return };
        sort_newest_first(&mut results);
        self.results.set(results);
        self.unread.set(None);
        for notice in notices {
            self.notices.notify(notice);
        }
        self.keep_waiting();
    }

    /// The saved results, newest first (tracked).
    pub fn with<R>(&self, f: impl FnOnce(&[SavedResult]) -> R) -> R {
        self.results.with(|r| f(r))
    }

    /// The saved results, newest first (untracked).
    pub fn with_untracked<R>(&self, f: impl FnOnce(&[SavedResult]) -> R) -> R {
        self.results.with_untracked(|r| f(r))
    }

    /// How many there are, read or not yet read (tracked).
    pub fn count(&self) -> usize {
        self.unread.get().unwrap_or_else(|| self.results.with(Vec::len))
    }

    /// Saved result `id`, if there is one.
    pub fn find(&self, id: &str) -> Option<SavedResult> {
        self.results.with_untracked(|r| r.iter().find(|x| x.id == id).cloned())
    }

    /// When the newest saved result of `model` with `answers` was taken (the test just completed,
    /// which `keep` saved), tracked.
    pub fn taken(&self, model: &Model, answers: &Answers) -> Option<String> {
        let encoded = answers.encode();
        self.results.with(|r| r.iter().find(|s| s.model == *model.id && s.answers == encoded).map(|s| s.taken.clone()))
    }

    /// A change counter that moves when another tab removed results (tracked).
    pub fn removed_elsewhere(&self) -> usize {
        self.removed_elsewhere.get()
    }

    /// Saves `result` and lists it; tells the user when it could only be kept in memory.
    pub fn add(&self, result: SavedResult) -> Written {
        let written = self.env.store(|s| persist::save_result(s, &result)).unwrap_or(Written::Refused);
        self.list(vec![result]);
        if let Some(why) = persist::not_stored(written, [i18n::NOTICES_RESULT_FULL, i18n::NOTICES_RESULT_REFUSED]) {
            self.notices.notify(why);
        }
        written
    }

    /// Saves each of `results` and lists them; says what became of each write, for the caller to
    /// tell the user in one sentence (an import).
    pub fn add_quietly(&self, results: &[SavedResult]) -> Vec<Written> {
        let written = self
            .env
            .store(|s| results.iter().map(|r| persist::save_result(s, r)).collect())
            .unwrap_or_else(|| vec![Written::Refused; results.len()]);
        self.list(results.to_vec());
        written
    }

    /// Saves `result` unless the newest saved result of its model is the same answers (the
    /// result seen again after a review that changed nothing): at once if the saved results have
    /// been read, else once they are.
    pub fn keep(&self, result: SavedResult) {
        self.waiting.update_value(|w| w.push(result));
        if self.is_read() {
            let saved = *self;
            split_run!(self.env, keep_completed(saved));
        }
    }

    /// Keeps the results completed before the saved ones were read.
    fn keep_waiting(&self) {
        for result in self.waiting.try_update_value(std::mem::take).unwrap_or_default() {
            let same = self.results.with_untracked(|r| {
                r.iter()
                    .find(|s| s.model == result.model)
                    .is_some_and(|s| s.version == result.version && s.answers == result.answers)
            });
            if !same {
                self.add(result);
            }
        }
    }

    /// Lists `added` in its place among the results (saved already, or kept in memory).
    pub fn list(&self, mut added: Vec<SavedResult>) {
        sort_newest_first(&mut added);
        self.results.update(|r| {
            r.retain(|x| !added.iter().any(|a| a.id == x.id));
            *r = merge_newest_first(std::mem::take(r), added);
        });
    }

    /// Deletes saved result `id`; gives it back for an undo.
    pub fn delete(&self, id: &str) -> Option<SavedResult> {
        let gone = self.find(id)?;
        if !self.env.store(|s| persist::delete_result(s, id)).unwrap_or(false) {
            self.notices.notify(i18n::NOTICES_RESULT_NOT_DELETED);
            return None;
        }
        self.results.update(|r| r.retain(|x| x.id != id));
        Some(gone)
    }

    /// Removes everything the app keeps in this browser (the progress too); returns how many
    /// stored values localStorage would not let go of.
    pub fn delete_everything(&self) -> usize {
        let kept = self.env.store(persist::delete_everything).unwrap_or(0);
        self.reload();
        kept
    }

    /// Every version of the questions the saved results were asked with (model id and version),
    /// tracked.
    pub fn versions(&self) -> Vec<(String, u32)> {
        let mut wanted: Vec<(String, u32)> = Vec::new();
        self.results.with(|results| {
            for r in results {
                if !wanted.iter().any(|(id, v)| *id == r.model && *v == r.version) {
                    wanted.push((r.model.clone(), r.version));
                }
            }
        });
        wanted
    }

    /// Another tab changed storage key `key` (`None`: it cleared storage); only result keys
    /// matter here. Before the results are read, they are counted again; after, changes are read
    /// in batches, a few times a second, each from its own key: an import of thousands of results
    /// in another tab must not hold this one up.
    pub fn changed_elsewhere(&self, key: Option<String>) {
        if key.as_deref().is_some_and(|k| !persist::is_result_key(k)) {
            return;
        }
        if !self.is_read() {
            return self.open();
        }
        let first = self.pending.try_update_value(|p| {
            let first = p.is_none();
            p.get_or_insert_with(Vec::new).push(key);
            first
        });
        if first == Some(true) {
            let saved = *self;
            set_timeout(move || split_run!(saved.env, apply_changes(saved)), Duration::from_millis(100));
        }
    }

    /// Reads the keys other tabs changed since the last time.
    fn read_changes(&self) {
        // The app may have been taken out meanwhile.
        let Some(keys) = self.pending.try_update_value(Option::take).flatten() else { return };
        if keys.iter().any(Option::is_none) {
            self.reload();
            self.removed_elsewhere.update(|n| *n += 1);
            return;
        }
        let mut changed: Vec<String> = keys.into_iter().flatten().collect();
        sort::heap_sort(&mut changed, |a, b| a < b);
        changed.dedup();
        let mut fresh = Vec::new();
        let mut notices = Vec::new();
        self.env.store(|store| {
            for key in &changed {
                match persist::read_result(store, key, &|id: &str| self.models.newest(id)) {
                    ResultRead::Result(result) => fresh.push(result),
                    ResultRead::Corrupt(why) => notices.push(text!(i18n::NOTICES_RESULT_CHANGED_SET_ASIDE, why = why)),
                    ResultRead::Newer | ResultRead::Missing => {}
                }
            }
        });
        sort_newest_first(&mut fresh);
        let ids: Vec<&str> = changed.iter().filter_map(|k| k.strip_prefix(RESULTS_PREFIX)).collect();
        let before = self.results.with_untracked(Vec::len);
        let mut removed = false;
        self.results.update(|results| {
            results.retain(|r| ids.binary_search(&r.id.as_str()).is_err());
            removed = results.len() < before;
            *results = merge_newest_first(std::mem::take(results), fresh);
        });
        if removed {
            self.removed_elsewhere.update(|n| *n += 1);
        }
        for notice in notices {
            self.notices.notify(notice);
        }
    }
}

#[cfg_attr(split, wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible))]
fn read_all(saved: Saved) -> Result<(), NotLoaded> {
    saved.reload();
    Ok(())
}

#[cfg_attr(split, wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible))]
fn keep_completed(saved: Saved) -> Result<(), NotLoaded> {
    saved.keep_waiting();
    Ok(())
}

#[cfg_attr(split, wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible))]
fn apply_changes(saved: Saved) -> Result<(), NotLoaded> {
    saved.read_changes();
    Ok(())
}

/// Two lists of results, each newest first, as one list newest first.
fn merge_newest_first(a: Vec<SavedResult>, b: Vec<SavedResult>) -> Vec<SavedResult> {
    if b.is_empty() {
        return a;
    }
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    while let (Some(x), Some(y)) = (a.peek(), b.peek()) {
        let next = if newest_first(x, y).is_le() { a.next() } else { b.next() };
        out.extend(next);
    }
    out.extend(a);
    out.extend(b);
    out
}
