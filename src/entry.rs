//! Where the app meets a page: the standalone page's `#cx-maturity` element, an embedding host's
//! `<cx-maturity>` element, and (natively) the release page's prerendered intro. The wasm exports
//! that call these are in `src/main.rs`.

use crate::browser::storage::Store;
use crate::core::widget::{Attributes, WidgetConfig};
use crate::ui::App;
use crate::ui::env::Embedded;
use leptos::mount::UnmountHandle;
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// Mounts the app into the page's `#cx-maturity` element, if the page has one (the standalone
/// page; never an embedding host's page), replacing what it holds: a release build's intro,
/// prerendered (`prerender_intro`). With `take_focus`, the first screen's heading gets focus; the
/// page's loader (templates/start.js) says no when the visitor already has focus in that intro.
pub fn start_page(take_focus: bool) {
    let host = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("cx-maturity"))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(host) = host {
        host.set_text_content(None);
        mount(host, None, take_focus).forget();
    }
}

/// Mounts an app into `container` (inside the shadow root of `host`, a `<cx-maturity>` element),
/// configured by the element's attributes; `assets` is the folder the widget's files are in (the
/// models are fetched from there). Invalid attribute values fall back to their defaults with a
/// warning on the console. Dropping the handle takes the app out again.
pub fn mount_widget(host: HtmlElement, container: HtmlElement, assets: String) -> UnmountHandle<AnyViewState> {
    let attributes = Attributes::read(|name| host.get_attribute(name));
    let (mut config, warnings) = WidgetConfig::read(&attributes);
    // Against the host page's address, so that the widget's share links can name it elsewhere.
    config.model_src = config.model_src.and_then(|src| crate::browser::page::absolute(&src));
    for warning in warnings {
        web_sys::console::warn_1(&format!("<cx-maturity>: {warning}").into());
    }
    // An embedded widget does not take focus from its host page on opening.
    mount(container, Some(Embedded { host, config, assets }), false)
}

/// Mounts the app into `el`: on its own page (`embedded` is `None`) or inside a host page's
/// element. Both go through this one function, so the release build has one copy of mounting.
/// Dropping the handle takes the app out again.
pub fn mount(el: HtmlElement, embedded: Option<Embedded>, take_focus: bool) -> UnmountHandle<AnyViewState> {
    let namespace = embedded.as_ref().and_then(|e| e.config.namespace.clone());
    leptos::mount::mount_to(el, move || view! { <App store=Store::open(namespace) embedded take_focus /> }.into_any())
}

/// The intro as a first visit sees it, as HTML: the release page holds it (src/bin/prerender.rs),
/// so it is there before the wasm arrives. The same component the app mounts, rendered by
/// Leptos's server-side rendering with nothing stored.
#[cfg(not(target_arch = "wasm32"))]
pub fn prerender_intro() -> String {
    use crate::ui::env::Env;
    use crate::ui::stores::Stores;
    let owner = Owner::new();
    owner.with(|| {
        let env = Env::new(Store::memory_only(), None);
        let default = std::sync::Arc::new(crate::ui::split::first_default());
        Stores::provide(env, default, crate::ui::preload, false);
        crate::ui::prerendered().to_html()
    })
}
