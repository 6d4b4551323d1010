//! Key-value storage through gloo-storage, made safe to use on any browser.
//!
//! gloo's `LocalStorage` throws a JavaScript exception (not a Rust error) when storage is disabled
//! or blocked, so [`Store::open`] probes it once (write and remove a test key) and gloo is only called
//! after the probe succeeded. Values are serde records, stored as JSON by gloo.
//!
//! When localStorage cannot be used, or refuses a write (full), the value is kept in memory for as
//! long as the tab is open: reads look there first, then in localStorage, so a failed write never
//! hides what was saved before, and a later write that succeeds takes the value back out of memory.

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::cell::RefCell;

/// One app's view of storage. Each mounted app opens its own, so what one keeps in memory never
/// shows in another.
pub struct Store {
    /// Whether the probe found localStorage usable.
    local: bool,
    /// An embedded widget's namespace: its keys start `cx-maturity@<namespace>/` instead of
    /// `cx-maturity/`, so two widgets (or two sites) on one origin never mix their data.
    namespace: Option<String>,
    /// Values localStorage could not take (all of them when it is not usable), as JSON.
    memory: RefCell<Vec<(String, String)>>,
}

/// What is stored under a key.
#[derive(Debug, PartialEq)]
pub enum Read<T> {
    Missing,
    Found(T),
    /// Something that is not a `T`, as it was stored.
    Unreadable(String),
}

const PROBE: &str = "cx-maturity/probe";
const APP: &str = "cx-maturity/";

impl Store {
    /// Probes localStorage once: it is used only if a test key can be written and removed.
    pub fn open(namespace: Option<String>) -> Store {
        let local = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .is_some_and(|s| s.set_item(PROBE, "1").is_ok() && s.remove_item(PROBE).is_ok());
        Store { local, namespace, memory: RefCell::default() }
    }

    /// Where the app's key `key` (`cx-maturity/…`) is kept for this store.
    fn at(&self, key: &str) -> String {
        match (&self.namespace, key.strip_prefix(APP)) {
            (Some(ns), Some(rest)) => format!("cx-maturity@{ns}/{rest}"),
            _ => key.to_string(),
        }
    }

    /// True while every value is in localStorage and so survives a reload.
    pub fn is_persistent(&self) -> bool {
        self.local && self.memory.borrow().is_empty()
    }

    fn in_memory(&self, key: &str) -> Option<String> {
        let key = self.at(key);
        self.memory.borrow().iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone())
    }

    pub fn read<T: DeserializeOwned>(&self, key: &str) -> Read<T> {
        if let Some(text) = self.in_memory(key) {
            return serde_json::from_str(&text).map_or(Read::Unreadable(text), Read::Found);
        }
        if !self.local {
            return Read::Missing;
        }
        match LocalStorage::get::<T>(self.at(key)) {
            Ok(value) => Read::Found(value),
            Err(StorageError::KeyNotFound(_)) => Read::Missing,
            Err(_) => self.raw(key).map_or(Read::Missing, Read::Unreadable),
        }
    }

    /// The text stored under `key`, whatever it is.
    pub fn raw(&self, key: &str) -> Option<String> {
        self.in_memory(key)
            .or_else(|| self.local.then(|| LocalStorage::raw().get_item(&self.at(key)).ok().flatten())?)
    }

    /// Stores `value`; false when it could only be kept in memory.
    pub fn write<T: Serialize>(&self, key: &str, value: &T) -> bool {
        let stored = self.local && LocalStorage::set(self.at(key), value).is_ok();
        self.keep(key, stored, || serde_json::to_string(value).ok())
    }

    /// Stores `text` as it is (data being set aside); false when it could only be kept in memory.
    pub fn write_raw(&self, key: &str, text: &str) -> bool {
        let stored = self.local && LocalStorage::raw().set_item(&self.at(key), text).is_ok();
        self.keep(key, stored, || Some(text.to_string()))
    }

    /// Takes `key` out of memory when it was `stored` in localStorage, else keeps `text()` there.
    fn keep(&self, key: &str, stored: bool, text: impl FnOnce() -> Option<String>) -> bool {
        let key = self.at(key);
        let mut memory = self.memory.borrow_mut();
        memory.retain(|(k, _)| *k != key);
        if !stored && let Some(text) = text() {
            memory.push((key, text));
        }
        stored
    }

    /// Every app key that starts with `prefix`, in memory or in localStorage, each once (as the
    /// app names it, whatever the namespace).
    pub fn keys(&self, prefix: &str) -> Vec<String> {
        let stored = self.at(prefix);
        let mut found: Vec<String> =
            self.memory.borrow().iter().map(|(k, _)| k.clone()).filter(|k| k.starts_with(&stored)).collect();
        if self.local {
            let storage = LocalStorage::raw();
            for i in 0..storage.length().unwrap_or(0) {
                if let Ok(Some(key)) = storage.key(i)
                    && key.starts_with(&stored)
                    && !found.contains(&key)
                {
                    found.push(key);
                }
            }
        }
        found.into_iter().map(|k| format!("{prefix}{}", &k[stored.len()..])).collect()
    }

    /// Whether a key changed in another tab (a `storage` event's key) is one of this store's
    /// keys under `prefix`; `None` (storage cleared) counts.
    pub fn concerns(&self, changed: Option<&str>, prefix: &str) -> bool {
        changed.is_none_or(|k| k.starts_with(&self.at(prefix)))
    }

    pub fn remove(&self, key: &str) {
        let key = self.at(key);
        self.memory.borrow_mut().retain(|(k, _)| *k != key);
        if self.local {
            LocalStorage::delete(&key);
        }
    }
}
