//! Key-value storage: the browser's localStorage when it can be used, otherwise (disabled,
//! private mode, full) memory that lasts as long as the tab.
//!
//! This talks to `web_sys::Storage` directly rather than through gloo-storage: gloo's
//! `LocalStorage::raw()` throws when storage is disabled, and its `get`/`set` wrap every value in
//! another layer of JSON, while the stored formats here are owned and checked by the core.

use std::cell::RefCell;

struct Store {
    local: Option<web_sys::Storage>,
    /// The few keys this app writes, when localStorage cannot be used.
    memory: Vec<(String, String)>,
}

thread_local! {
    static STORE: RefCell<Store> = RefCell::new(Store { local: open_local(), memory: Vec::new() });
}

const PROBE: &str = "cx-maturity/probe";

fn open_local() -> Option<web_sys::Storage> {
    let storage = web_sys::window()?.local_storage().ok()??;
    storage.set_item(PROBE, "1").ok()?;
    storage.remove_item(PROBE).ok()?;
    Some(storage)
}

/// True while values are written to localStorage and so survive a reload.
pub fn is_persistent() -> bool {
    STORE.with_borrow(|s| s.local.is_some())
}

pub fn get(key: &str) -> Option<String> {
    STORE.with_borrow(|s| match &s.local {
        Some(local) => local.get_item(key).ok().flatten(),
        None => s.memory.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()),
    })
}

/// Stores `value`. When localStorage refuses (full, or taken away mid-session) the value and
/// everything after it stays in memory, and this returns `false`.
pub fn set(key: &str, value: &str) -> bool {
    STORE.with_borrow_mut(|s| {
        if let Some(local) = &s.local {
            if local.set_item(key, value).is_ok() {
                return true;
            }
            s.local = None;
        }
        s.memory.retain(|(k, _)| k != key);
        s.memory.push((key.to_string(), value.to_string()));
        false
    })
}

pub fn remove(key: &str) {
    STORE.with_borrow_mut(|s| match &s.local {
        Some(local) => drop(local.remove_item(key)),
        None => s.memory.retain(|(k, _)| k != key),
    })
}
