//! Key-value storage through gloo-storage, made safe to use on any browser.
//!
//! gloo's `LocalStorage` throws a JavaScript exception (not a Rust error) when storage is disabled
//! or blocked, so [`Store::open`] probes it once and gloo is only called after the probe
//! succeeded. The probe only reads: writing a test key would fire `storage` events in every
//! other tab of the origin (an embedding host's too) on every visit, and on an origin that is
//! already full it would fail and hide everything saved there. So a full origin is found out
//! when a write is refused, and what was saved before is still read, listed and deleted.
//!
//! When localStorage cannot be used, or refuses a write, the value is kept in memory for as long
//! as the tab is open: reads look there first, then in localStorage, so a failed write never
//! hides what was saved before, and a later write that succeeds takes the value back out of
//! memory.

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::cell::RefCell;
use wasm_bindgen::JsCast;

/// One app's view of storage. Each mounted app opens its own, so what one keeps in memory never
/// shows in another.
pub struct Store {
    /// Whether the probe could read localStorage. Writes may still be refused (a full origin).
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

/// What became of a write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// In localStorage: it survives a reload.
    Stored,
    /// localStorage refused it for lack of room; it is kept in memory.
    Full,
    /// localStorage is blocked, or refused it for another reason; it is kept in memory.
    Refused,
}

impl Written {
    pub fn stored(self) -> bool {
        self == Written::Stored
    }
}

const APP: &str = "cx-maturity/";

/// localStorage, if this page may read it. Never throws: `window.localStorage` itself throws a
/// SecurityError when site data is blocked, which web-sys turns into an `Err`.
fn local_storage() -> Option<web_sys::Storage> {
    let storage = web_sys::window()?.local_storage().ok()??;
    storage.length().ok()?;
    Some(storage)
}

impl Store {
    /// Probes localStorage once, by reading it.
    pub fn open(namespace: Option<String>) -> Store {
        Store { local: local_storage().is_some(), namespace, memory: RefCell::default() }
    }

    /// A store that keeps everything in memory and never touches localStorage (the intro rendered
    /// natively, and native tests).
    pub fn memory_only() -> Store {
        Store { local: false, namespace: None, memory: RefCell::default() }
    }

    /// Whether localStorage can be read at all (false: blocked or missing, everything is in memory).
    pub fn is_available(&self) -> bool {
        self.local
    }

    /// Where the app's key `key` (`cx-maturity/…`) is kept for this store.
    fn at(&self, key: &str) -> String {
        match (&self.namespace, key.strip_prefix(APP)) {
            (Some(ns), Some(rest)) => format!("cx-maturity@{ns}/{rest}"),
            _ => key.to_string(),
        }
    }

    /// The app's name for a key as localStorage has it, if it is one of this store's keys.
    pub fn app_key(&self, stored: &str) -> Option<String> {
        let own = self.at(APP);
        stored.strip_prefix(&own).map(|rest| format!("{APP}{rest}"))
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
        self.in_memory(key).or_else(|| self.stored(key))
    }

    /// The text localStorage itself holds under `key` (not what is kept in memory).
    pub fn stored(&self, key: &str) -> Option<String> {
        if !self.local {
            return None;
        }
        LocalStorage::raw().get_item(&self.at(key)).ok().flatten()
    }

    /// Stores `value`; when localStorage refuses it, it is kept in memory.
    pub fn write<T: Serialize>(&self, key: &str, value: &T) -> Written {
        match serde_json::to_string(value) {
            Ok(text) => self.write_raw(key, &text),
            Err(_) => Written::Refused,
        }
    }

    /// Stores `text` as it is; when localStorage refuses it, it is kept in memory.
    pub fn write_raw(&self, key: &str, text: &str) -> Written {
        let written = if !self.local {
            Written::Refused
        } else {
            match LocalStorage::raw().set_item(&self.at(key), text) {
                Ok(()) => Written::Stored,
                Err(error) => {
                    let name = error.dyn_ref::<web_sys::DomException>().map(|e| e.name()).unwrap_or_default();
                    if name == "QuotaExceededError" { Written::Full } else { Written::Refused }
                }
            }
        };
        let key = self.at(key);
        let mut memory = self.memory.borrow_mut();
        memory.retain(|(k, _)| *k != key);
        if !written.stored() {
            memory.push((key, text.to_string()));
        }
        written
    }

    /// Every app key that starts with `prefix`, in memory or in localStorage, each once (as the
    /// app names it, whatever the namespace). One call lists localStorage's keys, whose names are
    /// unique, so this stays linear in the number of keys.
    pub fn keys(&self, prefix: &str) -> Vec<String> {
        let stored = self.at(prefix);
        let mut found: Vec<String> = Vec::new();
        if self.local {
            let all = js_sys::Object::keys(&LocalStorage::raw());
            found.extend(all.iter().filter_map(|k| k.as_string()).filter(|k| k.starts_with(&stored)));
        }
        for (key, _) in self.memory.borrow().iter() {
            // A value kept in memory may also have an older copy in localStorage.
            if key.starts_with(&stored) && (!self.local || LocalStorage::raw().get_item(key).ok().flatten().is_none()) {
                found.push(key.clone());
            }
        }
        found.into_iter().map(|k| format!("{prefix}{}", &k[stored.len()..])).collect()
    }

    /// How many app keys are `prefix` followed by a name with no further `/` (the saved results,
    /// not what was set aside beside them), in memory or in localStorage. The keys are looked at
    /// in JavaScript without being copied into the wasm, so thousands of them cost little.
    pub fn count(&self, prefix: &str) -> usize {
        let stored = self.at(prefix);
        let direct = |key: &js_sys::JsString| {
            key.starts_with(&stored, 0) && !key.includes("/", stored.encode_utf16().count() as i32)
        };
        let mut n = 0;
        if self.local {
            let all = js_sys::Object::keys(&LocalStorage::raw());
            n = all.iter().filter(|k| k.dyn_ref::<js_sys::JsString>().is_some_and(direct)).count();
        }
        for (key, _) in self.memory.borrow().iter() {
            let local = self.local && LocalStorage::raw().get_item(key).ok().flatten().is_some();
            if !local && direct(&js_sys::JsString::from(key.as_str())) {
                n += 1;
            }
        }
        n
    }

    /// Every app key that starts with `prefix` with its text, in memory or in localStorage (as
    /// the app names the key). localStorage is read in one go, as one JSON text of all its items,
    /// and only the keys wanted are kept: thousands of saved results are read in one call across
    /// the JavaScript boundary rather than one call each.
    pub fn entries(&self, prefix: &str) -> Vec<(String, String)> {
        let stored = self.at(prefix);
        let mut found: Vec<(String, String)> = Vec::new();
        if self.local {
            let all =
                js_sys::JSON::stringify(&LocalStorage::raw()).ok().and_then(|s| s.as_string()).unwrap_or_default();
            let mut json = serde_json::Deserializer::from_str(&all);
            if let Ok(items) = serde::de::DeserializeSeed::deserialize(Prefixed(&stored), &mut json) {
                found = items;
            }
        }
        for (key, text) in self.memory.borrow().iter().filter(|(k, _)| k.starts_with(&stored)) {
            match found.iter_mut().find(|(k, _)| k == key) {
                Some(entry) => entry.1 = text.clone(),
                None => found.push((key.clone(), text.clone())),
            }
        }
        found.into_iter().map(|(k, v)| (format!("{prefix}{}", &k[stored.len()..]), v)).collect()
    }

    /// Whether a key changed in another tab (a `storage` event's key) is one of this store's
    /// keys under `prefix`; `None` (storage cleared) counts.
    pub fn concerns(&self, changed: Option<&str>, prefix: &str) -> bool {
        changed.is_none_or(|k| k.starts_with(&self.at(prefix)))
    }

    /// Removes `key`; false when localStorage still holds it afterwards.
    pub fn remove(&self, key: &str) -> bool {
        let at = self.at(key);
        self.memory.borrow_mut().retain(|(k, _)| *k != at);
        if !self.local {
            return true;
        }
        LocalStorage::delete(&at);
        self.stored(key).is_none()
    }
}

/// Reads a JSON object of text values (localStorage's items), keeping the entries whose key starts
/// with the given prefix and skipping the others unread.
struct Prefixed<'a>(&'a str);

impl<'de> serde::de::DeserializeSeed<'de> for Prefixed<'_> {
    type Value = Vec<(String, String)>;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Prefixed<'_> {
    type Value = Vec<(String, String)>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an object of text values")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut kept = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            if key.starts_with(self.0) {
                kept.push((key, map.next_value::<String>()?));
            } else {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(kept)
    }
}
