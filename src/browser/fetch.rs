//! The models that are not compiled in, fetched from next to the app: `Response::json()` becomes a
//! `Model` through serde-wasm-bindgen. It ignores `deny_unknown_fields`, so a fetched file is also
//! checked with `Model::check`; the files themselves were checked strictly by build.rs.
//!
//! Reading a fetched model is code a first visit (which takes the compiled-in default) never
//! runs, so a release build splits it off with the screens after the questions
//! (`crate::ui::split`): it arrives with them.

use crate::core::model::Model;
use crate::i18n::{self, Text};
use crate::text;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Version `version` of model `id`, fetched from `file` in the folder `assets` (empty: next to the
/// page) and checked; the error says what went wrong, as a clause.
pub async fn model(file: &str, id: &'static str, version: u32, assets: &str) -> Result<Model, Text> {
    let response = get(&format!("{assets}{file}")).await?;
    let unreadable = |_: JsValue| Text::from(i18n::PROBLEM_FETCH_NOT_JSON);
    let value = JsFuture::from(response.json().map_err(unreadable)?).await.map_err(unreadable)?;
    split_call!(read(value, file.to_string(), id, version)).map_err(|Unusable(why)| why)
}

/// The text of the file at `url` (a host page's own model file); the error says what went
/// wrong, as a clause.
pub async fn text(url: &str) -> Result<String, Text> {
    text_of(start(url)?).await
}

/// Starts a GET of `url`: the request goes now, and its answer is read later, with `bytes_of`,
/// perhaps by code that arrives meanwhile.
pub fn start(url: &str) -> Result<js_sys::Promise, Text> {
    Ok(web_sys::window().ok_or(i18n::PROBLEM_FETCH_NO_WINDOW)?.fetch_with_str(url))
}

/// The text of the file a GET started with `start` brought.
async fn text_of(started: js_sys::Promise) -> Result<String, Text> {
    let response = response_of(started).await?;
    let unreadable = |_: JsValue| Text::from(i18n::PROBLEM_FETCH_FAILED);
    let text = JsFuture::from(response.text().map_err(unreadable)?).await.map_err(unreadable)?;
    text.as_string().ok_or(i18n::PROBLEM_FETCH_FAILED.into())
}

/// The bytes of the file a GET started with `start` brought: for a file read at once (a
/// language's), which as text would be decoded into JavaScript's UTF-16 and encoded back into
/// UTF-8 on its way into the wasm.
pub async fn bytes_of(started: js_sys::Promise) -> Result<Vec<u8>, Text> {
    let response = response_of(started).await?;
    let unreadable = |_: JsValue| Text::from(i18n::PROBLEM_FETCH_FAILED);
    let buffer = JsFuture::from(response.array_buffer().map_err(unreadable)?).await.map_err(unreadable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The response to a GET of `url`, if its status is a success.
async fn get(url: &str) -> Result<web_sys::Response, Text> {
    response_of(start(url)?).await
}

/// The response a GET started with `start` brought, if its status is a success.
async fn response_of(started: js_sys::Promise) -> Result<web_sys::Response, Text> {
    let response = JsFuture::from(started).await.map_err(|_| i18n::PROBLEM_FETCH_FAILED)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| i18n::PROBLEM_FETCH_NOT_RESPONSE)?;
    if !response.ok() {
        return Err(text!(i18n::PROBLEM_FETCH_STATUS, status = u32::from(response.status())));
    }
    Ok(response)
}

/// Why a fetched file cannot be used, as a clause.
struct Unusable(Text);

#[cfg(split)]
impl From<leptos::wasm_split::SplitLoaderError> for Unusable {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Unusable {
        Unusable(i18n::PROBLEM_FETCH_NO_CODE.into())
    }
}

/// The model in `value` (a fetched file's JSON), if it is valid and version `version` of `id`.
#[cfg_attr(split, leptos::wasm_split::wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible))]
fn read(value: JsValue, file: String, id: &'static str, version: u32) -> Result<Model, Unusable> {
    // What serde or the model's check says is in English, with where in the file.
    let invalid = |e: &dyn std::fmt::Display| Unusable(text!(i18n::PROBLEM_FETCH_INVALID_BECAUSE, why = e.to_string()));
    let model: Model = serde_wasm_bindgen::from_value(value).map_err(|e| invalid(&e))?;
    let model = model.check(&file).map_err(|errors| {
        errors.first().map_or_else(|| Unusable(i18n::PROBLEM_FETCH_INVALID.into()), |e| invalid(e))
    })?;
    if model.id != id {
        return Err(Unusable(text!(i18n::PROBLEM_FETCH_OTHER_MODEL, id = &*model.id)));
    }
    // A page opened before a new release was deployed may fetch the new release's file.
    if model.version != version {
        return Err(Unusable(text!(i18n::PROBLEM_FETCH_OTHER_VERSION, found = model.version, version = version)));
    }
    Ok(model)
}
