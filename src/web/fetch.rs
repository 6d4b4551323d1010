//! Fetching a built-in model file that is not compiled in, from next to the app.

use crate::core::catalog::Entry;
use crate::core::model::Model;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Model `entry`, fetched and checked; the error says in plain words what went wrong.
pub async fn model(entry: &Entry) -> Result<Model, String> {
    let window = web_sys::window().ok_or("there is no browser window")?;
    let response = JsFuture::from(window.fetch_with_str(entry.file)).await.map_err(|_| "the request failed")?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "the answer was not a response")?;
    if !response.ok() {
        return Err(format!("the server answered {}", response.status()));
    }
    let text = response.text().map_err(|_| "the answer could not be read")?;
    let text = JsFuture::from(text).await.map_err(|_| "the answer could not be read")?.as_string().unwrap_or_default();
    let model = Model::from_json(entry.file, &text).map_err(|errors| {
        errors.first().map_or_else(
            || "the file is not a valid model".to_string(),
            |e| format!("the file is not a valid model ({e})"),
        )
    })?;
    if model.id != entry.id {
        return Err(format!("the file holds '{}' instead", model.id));
    }
    Ok(model)
}
