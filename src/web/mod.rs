//! Browser glue: where the app is mounted, where answers are kept and how models are fetched.

pub mod fetch;
pub mod page;
pub mod storage;

use wasm_bindgen::JsCast;

/// Mounts the app into the page's `#cx-maturity` element (the body if there is none).
pub fn start() {
    let document = web_sys::window().and_then(|w| w.document());
    let host = document
        .as_ref()
        .and_then(|d| d.get_element_by_id("cx-maturity"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .or_else(|| document.as_ref().and_then(|d| d.body()));
    if let Some(host) = host {
        host.set_text_content(None);
        leptos::mount::mount_to(host, crate::ui::App).forget();
    }
}
