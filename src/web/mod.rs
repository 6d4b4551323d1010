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

/// Mounts the app into the page's `#cx-maturity` element, if the page has one (the standalone
/// page; never an embedding host's page).
pub fn start_page() {
    let host = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("cx-maturity"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(host) = host {
        host.set_text_content(None);
        crate::ui::mount(host, None).forget();
    }
}

/// Mounts an app into `container` (inside the shadow root of `host`, a `<cx-maturity>` element),
/// configured by the element's attributes; `assets` is the folder the widget's files are in (the
/// models are fetched from there). Invalid attribute values fall back to their defaults with a
/// warning on the console. Dropping the handle takes the app out again.
pub fn mount_widget(
    host: web_sys::HtmlElement,
    container: web_sys::HtmlElement,
    assets: String,
) -> UnmountHandle<AnyViewState> {
    let attributes = Attributes::read(|name| host.get_attribute(name));
    let (config, warnings) = WidgetConfig::read(&attributes);
    for warning in warnings {
        warn(&warning);
    }
    let embedded = Embedded { host, config, assets };
    crate::ui::mount(container, Some(embedded))
}

fn warn(text: &str) {
    web_sys::console::warn_1(&format!("<cx-maturity>: {text}").into());
}
