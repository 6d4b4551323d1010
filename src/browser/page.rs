//! The page around the app: the link's fragment, the clock, the clipboard and share sheet,
//! printing, and files going out (export) and coming in (import). Every call here can fail in
//! some browser; failures come back as `false`, `None` or an error sentence, never as a panic.

use crate::i18n::{self, Text};
use crate::text;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The page's fragment (`location.hash`), with its `#`.
pub fn fragment() -> String {
    window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// The page's address without its fragment, for building share links.
pub fn address() -> String {
    let href = window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// `url` made absolute against the page's base address; `None` if it is not a URL.
pub fn absolute(url: &str) -> Option<String> {
    let base = window()?.document()?.base_uri().ok()??;
    web_sys::Url::new_with_base(url, &base).ok().map(|u| u.href())
}

/// Takes the fragment out of the address bar without reloading or adding a history entry.
pub fn clear_fragment() {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        drop(history.replace_state_with_url(&JsValue::NULL, "", Some(&address())));
    }
}

/// Loads the page again (the standalone page only: a widget never reloads its host).
pub fn reload() {
    if let Some(w) = window() {
        drop(w.location().reload());
    }
}

/// Now, as an ISO 8601 UTC timestamp (`2026-11-23T21:05:09.123Z`).
pub fn now() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// A new id for a saved result: the time in milliseconds and a random part.
pub fn new_id() -> String {
    let random = (js_sys::Math::random() * f64::from(0x00ff_ffff_u32)) as u32;
    format!("{}-{random:06x}", js_sys::Date::now() as u64)
}

/// An ISO timestamp as the browser writes a date and time in language `lang` (a BCP 47 tag).
pub fn local_date(iso: &str, lang: &str) -> String {
    let date = js_sys::Date::new(&JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return iso.to_string();
    }
    let options = js_sys::Object::new();
    for (key, value) in [("dateStyle", "medium"), ("timeStyle", "short")] {
        drop(js_sys::Reflect::set(&options, &key.into(), &value.into()));
    }
    date.to_locale_string(lang, &options).into()
}

/// Resolves in the next frame's animation callbacks, before that frame is painted: work started
/// after it comes after the paint.
pub async fn next_frame() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        if window().and_then(|w| w.request_animation_frame(&resolve).ok()).is_none() {
            drop(resolve.call0(&JsValue::NULL));
        }
    });
    drop(JsFuture::from(frame).await);
}

/// Copies `text` to the clipboard; false when the browser refuses, or has no clipboard for this
/// page (`navigator.clipboard` is missing outside secure contexts, such as a page on plain http).
pub async fn copy(text: &str) -> bool {
    let Some(navigator) = window().map(|w| w.navigator()) else { return false };
    if !js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| c.is_object()) {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(text)).await.is_ok()
}

/// Whether the browser has a native share sheet.
pub fn can_share() -> bool {
    window().is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
}

/// Opens the native share sheet with a title, a line of text and a link; false when it was not
/// shown or was dismissed.
pub async fn share(title: &str, text: &str, url: &str) -> bool {
    let Some(navigator) = window().map(|w| w.navigator()) else { return false };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_text(text);
    data.set_url(url);
    JsFuture::from(navigator.share_with_data(&data)).await.is_ok()
}

/// Opens the browser's print dialog (from which a PDF can be saved) for the page.
pub fn print() {
    if let Some(w) = window() {
        drop(w.print());
    }
}

/// Prints `app` (an embedded app's root, inside its element's shadow root) on its own, not the
/// host page around it: a copy of it goes into a hidden frame inside the same shadow root, with
/// the app's stylesheets and its host's accent (with the text colour on it) and font, and that
/// frame is printed. Returns false when the browser did not allow it.
pub fn print_part(app: &web_sys::HtmlElement, host: &web_sys::HtmlElement) -> bool {
    let made = || -> Result<(), JsValue> {
        let document = window().and_then(|w| w.document()).ok_or(JsValue::NULL)?;
        let root = app.get_root_node();
        let frame: web_sys::HtmlIFrameElement = document.create_element("iframe")?.dyn_into()?;
        frame.set_class_name("cxm-print-frame");
        frame.set_attribute("aria-hidden", "true")?;
        frame.set_tab_index(-1);
        let parent = app.parent_node().ok_or(JsValue::NULL)?;
        parent.append_child(&frame)?;
        let inner = frame.content_document().ok_or(JsValue::NULL)?;
        let head = inner.head().ok_or(JsValue::NULL)?;
        let body = inner.body().ok_or(JsValue::NULL)?;
        let links =
            root.dyn_ref::<web_sys::ShadowRoot>().ok_or(JsValue::NULL)?.query_selector_all("link[rel=stylesheet]")?;
        let mut pending = Vec::new();
        for i in 0..links.length() {
            if let Some(link) = links.item(i) {
                // Nodes of the frame's document belong to its own realm, where `instanceof` against
                // this page's classes fails: they are cast unchecked.
                let copy: web_sys::Element = inner.import_node_with_deep(&link, false)?.unchecked_into();
                head.append_child(&copy)?;
                pending.push(copy);
            }
        }
        let copy: web_sys::HtmlElement = inner.import_node_with_deep(app, true)?.unchecked_into();
        let style = host.style();
        for property in ["--cx-maturity-accent", "--cx-maturity-on-accent", "--cx-maturity-font"] {
            let value = style.get_property_value(property)?;
            if !value.is_empty() {
                copy.style().set_property(property, &value)?;
            }
        }
        body.append_child(&copy)?;
        // Print once the stylesheets are in, then take the frame away again.
        let remaining = std::rc::Rc::new(std::cell::Cell::new(pending.len()));
        let frame_done = frame.clone();
        let print = std::rc::Rc::new(move || {
            if let Some(w) = frame_done.content_window() {
                drop(w.print());
            }
            frame_done.remove();
        });
        if pending.is_empty() {
            print();
        }
        for link in pending {
            let (remaining, print) = (remaining.clone(), print.clone());
            let done = wasm_bindgen::closure::Closure::once_into_js(move || {
                remaining.set(remaining.get() - 1);
                if remaining.get() == 0 {
                    print();
                }
            });
            link.add_event_listener_with_callback("load", done.unchecked_ref())?;
            link.add_event_listener_with_callback("error", done.unchecked_ref())?;
        }
        Ok(())
    };
    made().is_ok()
}

/// Offers `text` as a file download named `name`; false when the browser refused.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    let made = || -> Result<(), JsValue> {
        let document = window().and_then(|w| w.document()).ok_or(JsValue::NULL)?;
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)?;
        let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
        link.set_href(&url);
        link.set_download(name);
        link.click();
        web_sys::Url::revoke_object_url(&url)
    };
    made().is_ok()
}

/// The text of the first file chosen in a file input, if it is at most `max_bytes` long (checked
/// before anything is read); or why not, as a clause.
pub async fn read_file(input: &web_sys::HtmlInputElement, max_bytes: usize) -> Result<String, Text> {
    let file = input.files().and_then(|f| f.get(0)).ok_or(i18n::PROBLEM_FILE_NONE)?;
    if file.size() > max_bytes as f64 {
        return Err(text!(i18n::PROBLEM_FILE_TOO_LARGE, megabytes = max_bytes / 1_000_000));
    }
    let text = JsFuture::from(file.text()).await.map_err(|_| i18n::PROBLEM_FILE_UNREADABLE)?;
    text.as_string().ok_or(i18n::PROBLEM_FILE_NOT_TEXT.into())
}

/// Dispatches the event `name` on `host` with `detail`, made a plain object, and under its `data`
/// a copy of the element's `data-*` attributes as they are now; the event bubbles and is composed,
/// so it leaves the shadow root for the host page. The object is serde_json's text parsed by the
/// browser: serde_json is on a first visit's path already (storage), and the start and progress
/// events are too, where serde-wasm-bindgen's serializer would add 1.1 KB gzip.
pub fn announce<T: serde::Serialize>(host: &web_sys::HtmlElement, name: &str, detail: &T) {
    if let Ok(detail) = serde_json::to_string(detail).map(|json| js_sys::JSON::parse(&json)) {
        dispatch(host, name, &detail.unwrap_or_default());
    }
}

/// The part of `announce` that does not depend on the detail's type, so the wasm has one copy.
fn dispatch(host: &web_sys::HtmlElement, name: &str, detail: &JsValue) {
    let data = js_sys::Object::assign(&js_sys::Object::new(), &host.dataset());
    drop(js_sys::Reflect::set(detail, &"data".into(), &data));
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        drop(host.dispatch_event(&event));
    }
}

/// The languages asked for, most wanted first: with `page`, the page's own (`<html lang>`: a
/// host page's), then the browser's (`navigator.languages`).
pub fn wanted_languages(page: bool) -> Vec<String> {
    if cfg!(not(target_arch = "wasm32")) {
        return Vec::new();
    }
    let Some(window) = window() else { return Vec::new() };
    let mut wanted: Vec<String> = Vec::new();
    if page {
        wanted.extend(window.document().and_then(|d| d.document_element()).and_then(|e| e.get_attribute("lang")));
    }
    wanted.extend(window.navigator().languages().iter().filter_map(|l| l.as_string()));
    wanted
}

/// The standalone page's language picker (`<select id="cxm-language">` in index.html, outside
/// the app, there before the app starts): the tag picked, if `event` is a change of it.
pub fn picked_language(event: &web_sys::Event) -> Option<String> {
    let target = event.target()?;
    // Only the picker has its id on the standalone page, which is the app's own.
    let select: &web_sys::HtmlSelectElement = target.unchecked_ref();
    (select.id() == PICKER).then(|| select.value())
}

/// Shows language `tag` on `root` (the app's root element) and, on the standalone page, on the
/// page itself: its `lang` and `dir`, the picker's choice and its label, `label`.
pub fn show_language(root: Option<&web_sys::Element>, tag: &str, rtl: bool, label: &str, page: bool) {
    let dir = if rtl { "rtl" } else { "ltr" };
    let document = window().and_then(|w| w.document());
    let html = document.as_ref().and_then(web_sys::Document::document_element).filter(|_| page);
    for element in root.into_iter().chain(html.as_ref()) {
        drop(element.set_attribute("lang", tag));
        drop(element.set_attribute("dir", dir));
    }
    let Some(document) = document.filter(|_| page) else { return };
    if let Some(select) =
        document.get_element_by_id(PICKER).and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
    {
        select.set_value(tag);
    }
    if let Some(text) = document.get_element_by_id("cxm-language-label") {
        text.set_text_content(Some(label));
    }
}

/// The id of the standalone page's language picker.
const PICKER: &str = "cxm-language";
