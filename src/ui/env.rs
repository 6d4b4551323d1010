//! What every store and screen of one mounted app shares: its storage, the page it is on (its own,
//! or an embedding host's element), its reactive owner (tasks spawned through it end with the app)
//! and its root element.

use crate::browser::page;
use crate::browser::storage::Store;
use crate::core::share;
use crate::core::widget::WidgetConfig;
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;

/// The app embedded in a host page's `<cx-maturity>` element.
pub struct Embedded {
    /// The element, which the app's events are dispatched on.
    pub host: web_sys::HtmlElement,
    pub config: WidgetConfig,
    /// The folder the widget's files are in, ending in `/`.
    pub assets: String,
}

/// What the app was opened with: a share link's payload or a team link's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    Result(String),
    Team(String),
}

/// One app's surroundings. All fields are handles, so it is `Copy`.
#[derive(Clone, Copy)]
pub struct Env {
    store: StoredValue<Store, LocalStorage>,
    embedded: StoredValue<Option<Embedded>, LocalStorage>,
    owner: StoredValue<Owner, LocalStorage>,
    /// The app's root element (for printing a widget's result on its own).
    pub root: NodeRef<leptos::html::Div>,
}

impl Env {
    /// The surroundings of an app being created under the current owner.
    pub fn new(store: Store, embedded: Option<Embedded>) -> Env {
        Env {
            store: StoredValue::new_local(store),
            embedded: StoredValue::new_local(embedded),
            owner: StoredValue::new_local(Owner::current().unwrap_or_default()),
            root: NodeRef::new(),
        }
    }

    /// Runs `f` with the app's storage; `None` once the app has been taken out.
    pub fn store<R>(&self, f: impl FnOnce(&Store) -> R) -> Option<R> {
        self.store.try_with_value(f)
    }

    /// Runs `task` as this app's: it is cancelled when the app is taken out (a widget removed from
    /// its page mid-fetch), so nothing after an `await` ever reads a disposed signal.
    pub fn spawn(&self, task: impl Future<Output = ()> + 'static) {
        self.spawn_boxed(Box::pin(task));
    }

    /// One copy of the spawning code for every task (a generic one would be copied into the wasm
    /// for each kind of future).
    fn spawn_boxed(&self, task: Pin<Box<dyn Future<Output = ()>>>) {
        if let Some(owner) = self.owner.try_get_value() {
            owner.with(|| leptos::task::spawn_local_scoped_with_cancellation(task));
        }
    }

    pub fn is_embedded(&self) -> bool {
        self.embedded.try_with_value(Option::is_some).unwrap_or(false)
    }

    /// The folder model files are fetched from: next to the page, or next to the widget's script.
    pub fn assets(&self) -> String {
        self.embedded.try_with_value(|e| e.as_ref().map(|e| e.assets.clone())).flatten().unwrap_or_default()
    }

    /// Runs `f` with the embedding host, if the app is embedded.
    pub fn with_host<R>(&self, f: impl FnOnce(&Embedded) -> R) -> Option<R> {
        self.embedded.try_with_value(|e| e.as_ref().map(f)).flatten()
    }

    /// The address of the host page's own model file (a widget's `model-src`), made absolute.
    pub fn model_src(&self) -> Option<String> {
        self.with_host(|e| e.config.model_src.clone()).flatten()
    }

    /// The shared result or team link to open with: the standalone page's fragment, or the
    /// widget's `result` or `team` attribute (a widget never reads its host page's address).
    pub fn opened_with(&self) -> Option<Opened> {
        self.embedded
            .try_with_value(|e| match e {
                Some(e) => {
                    e.config.result.clone().map(Opened::Result).or_else(|| e.config.team.clone().map(Opened::Team))
                }
                None => {
                    let fragment = page::fragment();
                    let owned = |p: &str| p.to_string();
                    share::link_payload(&fragment)
                        .map(|p| Opened::Result(owned(p)))
                        .or_else(|| share::team_link_payload(&fragment).map(|p| Opened::Team(owned(p))))
                }
            })
            .flatten()
    }

    /// The team link of `payload`, on the page a share link of this app goes to.
    pub fn team_link(&self, payload: &str) -> String {
        let page = self.with_host(|e| e.config.share_page(&e.assets, query_value)).unwrap_or_else(page::address);
        share::team_link(&page, payload)
    }

    /// The share link of `payload`: the standalone page's own address, or in a widget the page
    /// the host named (`share-url`) or else the widget's own page (`frame.html`).
    pub fn share_link(&self, payload: &str) -> String {
        self.with_host(|e| e.config.share_link(&e.assets, payload, query_value))
            .unwrap_or_else(|| share::link(&page::address(), payload))
    }
}

/// `text` as a query parameter's value.
fn query_value(text: &str) -> String {
    String::from(js_sys::encode_uri_component(text))
}
