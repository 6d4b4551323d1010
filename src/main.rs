//! The wasm module's entry points for JavaScript. Nothing runs on load: the standalone page's
//! loader (`start.js`) calls `start_page`, and an embedding host's `<cx-maturity>` element
//! (`embed/cx-maturity.js`) calls `mount_widget` for each element. They are defined here, in the
//! binary, so that the linker keeps them as exports.

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    pub fn start_page(take_focus: bool) {
        cx_maturity::entry::start_page(take_focus);
    }

    /// Mounts an app into a `<cx-maturity>` element (`cx_maturity::entry::mount_widget`) and
    /// returns the function that takes it out again, for when the element leaves its page.
    #[wasm_bindgen]
    pub fn mount_widget(host: web_sys::HtmlElement, container: web_sys::HtmlElement, assets: String) -> JsValue {
        let mounted = cx_maturity::entry::mount_widget(host, container, assets);
        Closure::once_into_js(move || drop(mounted))
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("cx-maturity runs in the browser: `make serve` builds it and serves it on http://127.0.0.1:8080");
}
