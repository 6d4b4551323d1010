//! Browser glue: where the app is mounted (its own page, or an embedding host's element), where
//! answers are kept, how models are fetched, and the page around the app.

pub mod fetch;
pub mod page;
pub mod storage;

use crate::core::embed::{Attributes, WidgetConfig};
use crate::ui::Embedded;
use leptos::mount::UnmountHandle;
use leptos::tachys::view::any_view::AnyViewState;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// Mounts the app into the page's `#cx-maturity` element, if the page has one (the standalone
/// page; never an embedding host's page), replacing what it holds: a release build's intro,
/// prerendered (scripts/prerender.mjs). With `take_focus`, the first screen's heading gets focus;
/// the page's loader (web/start.js) says no when the visitor already has focus in that intro.
pub fn start_page(take_focus: bool) {
    let host = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("cx-maturity"))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(host) = host {
        host.set_text_content(None);
        crate::ui::mount(host, None, take_focus).forget();
    }
}

/// Mounts an app into `container` (inside the shadow root of `host`, a `<cx-maturity>` element),
/// configured by the element's attributes; `assets` is the folder the widget's files are in (the
/// models are fetched from there). Invalid attribute values fall back to their defaults with a
/// warning on the console. Dropping the handle takes the app out again.
pub fn mount_widget(host: HtmlElement, container: HtmlElement, assets: String) -> UnmountHandle<AnyViewState> {
    let attributes = Attributes::read(|name| host.get_attribute(name));
    let (config, warnings) = WidgetConfig::read(&attributes);
    for warning in warnings {
        warn(&warning);
    }
    let embedded = Embedded { host, config, assets };
    // An embedded widget does not take focus from its host page on opening.
    crate::ui::mount(container, Some(embedded), false)
}

fn warn(text: &str) {
    web_sys::console::warn_1(&format!("<cx-maturity>: {text}").into());
}
