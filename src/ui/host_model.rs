//! What the intro shows of a host page's own model (a widget's `model-src`) once its file has
//! been read: its name, summary and time, or every problem that keeps it from being used. It is
//! built by the code that reads the file (`stores::models`), which is in the split file, so none
//! of it is in a first visit's download; the intro only runs it (`Models::host_intro`).

use crate::core::model::Model;
use crate::i18n;
use crate::report::screen::minutes_line;
use crate::ui::words::Show;
use leptos::prelude::*;
use std::sync::Arc;

/// The intro's part for the host's model `read`: the model, or the problems of its file.
pub fn intro_part(read: Result<Arc<Model>, Vec<String>>) -> ViewFn {
    match read {
        Ok(model) => ViewFn::from(move || {
            view! {
                <div class="cxm-host-model">
                    <h2 class="cxm-choice__name">{model.name.to_string()}</h2>
                    <p class="cxm-choice__summary">{model.summary.to_string()}</p>
                    <p>{minutes_line(model.minutes(), model.words()).tr()}</p>
                </div>
            }
        }),
        Err(problems) => ViewFn::from(move || {
            let items = problems.iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view();
            view! {
                <div class="cxm-host-problems" role="alert">
                    <p>{i18n::INTRO_HOST_MODEL_PROBLEMS.tr()}</p>
                    <ul>{items}</ul>
                </div>
            }
        }),
    }
}
