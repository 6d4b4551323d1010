//! The models that are not compiled in, fetched from next to the app: `Response::json()` becomes a
//! `Model` through serde-wasm-bindgen. It ignores `deny_unknown_fields`, so a fetched file is also
//! checked with `Model::check`; the files themselves were checked strictly by build.rs.
//!
//! Reading a fetched model is code a first visit (which takes the compiled-in default) never
//! runs, so a release build splits it off with the screens after the questions
//! (`crate::ui::split`): it arrives with them.

use crate::core::model::Model;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Version `version` of model `id`, fetched from `file` in the folder `assets` (empty: next to the
/// page) and checked; the error says in plain words what went wrong.
pub async fn model(file: &'static str, id: &'static str, version: u32, assets: &str) -> Result<Model, String> {
    let window = web_sys::window().ok_or("there is no browser window")?;
    let url = format!("{assets}{file}");
    let response = JsFuture::from(window.fetch_with_str(&url)).await.map_err(|_| "the request failed")?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "the answer was not a response")?;
    if !response.ok() {
        return Err(format!("the server answered {}", response.status()));
    }
    let unreadable = |_: JsValue| "the file is not JSON".to_string();
    let value = JsFuture::from(response.json().map_err(unreadable)?).await.map_err(unreadable)?;
    split_call!(read(value, file, id, version)).map_err(|Unusable(why)| why)
}

/// Why a fetched file cannot be used, in plain words.
struct Unusable(String);

#[cfg(split)]
impl From<leptos::wasm_split::SplitLoaderError> for Unusable {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Unusable {
        Unusable("the part of the app that reads it could not be downloaded".into())
    }
}

/// The model in `value` (a fetched file's JSON), if it is valid and version `version` of `id`.
#[cfg_attr(split, leptos::wasm_split::wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible))]
fn read(value: JsValue, file: &'static str, id: &'static str, version: u32) -> Result<Model, Unusable> {
    let invalid = |e: &dyn std::fmt::Display| Unusable(format!("the file is not a valid model ({e})"));
    let model: Model = serde_wasm_bindgen::from_value(value).map_err(|e| invalid(&e))?;
    let model = model.check(file).map_err(|errors| {
        errors.first().map_or_else(|| Unusable("the file is not a valid model".into()), |e| invalid(e))
    })?;
    if model.id != id {
        return Err(Unusable(format!("the file holds '{}' instead", model.id)));
    }
    // A page opened before a new release was deployed may fetch the new release's file.
    if model.version != version {
        return Err(Unusable(format!(
            "the file is version {} of the questions, this page was built for version {version}; reload the page",
            model.version
        )));
    }
    Ok(model)
}
