//! The Leptos UI: a thin layer that shows the core's models and outcomes and sends answers
//! back. State lives in one `Ctx`; a single effect saves progress whenever it changes.

mod intro;
mod method;
mod question;
mod result;
mod start_over;

use crate::core::catalog::{BUILT_IN, DEFAULT_MODEL};
use crate::core::model::Model;
use crate::core::progress::Progress;
use crate::report::capitalise;
use crate::web::storage;
use leptos::prelude::*;
use std::sync::Arc;

pub use intro::Intro;
pub use method::Methodology;
pub use question::QuestionScreen;
pub use result::ResultScreen;
pub use start_over::StartOver;

const MODEL_KEY: &str = "cx-maturity/model";

/// Storage key of the progress in one model.
pub fn progress_key(model_id: &str) -> String {
    format!("cx-maturity/progress/{model_id}")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Intro,
    Question,
    Result,
    Method,
}

/// Everything the screens share. All fields are cheap handles, so `Ctx` is `Copy`.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub models: StoredValue<Vec<Arc<Model>>>,
    /// Index into `models` of the model being taken.
    pub chosen: RwSignal<usize>,
    pub progress: RwSignal<Progress>,
    pub screen: RwSignal<Screen>,
    /// One line telling the user something went wrong (or where their answers are kept).
    pub notice: RwSignal<Option<String>>,
}

impl Ctx {
    pub fn model(&self) -> Arc<Model> {
        let i = self.chosen.get();
        self.models.with_value(|m| m[i].clone())
    }

    pub fn model_untracked(&self) -> Arc<Model> {
        let i = self.chosen.get_untracked();
        self.models.with_value(|m| m[i].clone())
    }

    /// Switches to model `i`, restoring what was saved for it.
    pub fn choose(&self, i: usize) {
        let model = self.models.with_value(|m| m[i].clone());
        let (progress, problem) = load_progress(&model);
        self.chosen.set(i);
        self.progress.set(progress.clone());
        if let Some(problem) = problem {
            self.notice.set(Some(problem));
        }
        storage::set(MODEL_KEY, &model.id);
    }

    /// Opens the screen the saved progress was on: the open question, or the result.
    pub fn resume(&self) {
        let finished = self.progress.with_untracked(|p| p.current >= p.answers.len());
        self.screen.set(if finished { Screen::Result } else { Screen::Question });
    }

    pub fn has_answers(&self) -> bool {
        self.progress.with(|p| p.answers.answered() > 0)
    }

    /// Forgets the answers to the current model and goes back to the intro.
    pub fn start_over(&self) {
        let model = self.model_untracked();
        storage::remove(&progress_key(&model.id));
        self.progress.set(Progress::new(&model));
        self.screen.set(Screen::Intro);
    }
}

/// Reads the saved progress in `model`. Anything unusable is set aside under another key (so
/// nothing is lost) and reported in one line.
fn load_progress(model: &Model) -> (Progress, Option<String>) {
    let key = progress_key(&model.id);
    let Some(text) = storage::get(&key) else { return (Progress::new(model), None) };
    match Progress::from_text(model, &text) {
        Ok(progress) => (progress, None),
        Err(problem) => {
            storage::set(&format!("{key}/unusable"), &text);
            storage::remove(&key);
            let notice = format!("Starting afresh: {problem}. They have been set aside, not deleted.");
            (Progress::new(model), Some(capitalise(&notice)))
        }
    }
}



#[component]
pub fn App() -> impl IntoView {
    let models: Vec<Arc<Model>> = BUILT_IN.iter().map(|m| Arc::new((*m).clone())).collect();
    let saved_id = storage::get(MODEL_KEY);
    let start = models
        .iter()
        .position(|m| saved_id.as_deref() == Some(&*m.id))
        .or_else(|| models.iter().position(|m| m.id == DEFAULT_MODEL))
        .unwrap_or(0);
    let first = Progress::new(&models[start]);
    let ctx = Ctx {
        models: StoredValue::new(models),
        chosen: RwSignal::new(start),
        progress: RwSignal::new(first),
        screen: RwSignal::new(Screen::Intro),
        notice: RwSignal::new(None),
    };
    ctx.choose(start);
    if ctx.progress.with_untracked(|p| p.answers.answered() > 0 || p.current > 0) {
        ctx.resume();
    }
    if !storage::is_persistent() {
        ctx.notice.set(Some(
            "This browser is not letting the page store anything, so your answers last only while this tab is open."
                .into(),
        ));
    }
    provide_context(ctx);

    Effect::new(move |_| {
        let model = ctx.model();
        let was_persistent = storage::is_persistent();
        let saved = ctx.progress.with(|p| storage::set(&progress_key(&model.id), &p.to_text(&model)));
        if was_persistent && !saved {
            ctx.notice.set(Some(
                "Your answers could not be saved in this browser (storage may be full), so they last only while this tab is open."
                    .into(),
            ));
        }
    });

    view! {
        <div class="cxm">
            {move || {
                ctx.notice
                    .get()
                    .map(|text| {
                        view! {
                            <div class="cxm-notice" role="status">
                                <p>{text}</p>
                                <button type="button" class="cxm-link" on:click=move |_| ctx.notice.set(None)>
                                    "Dismiss"
                                </button>
                            </div>
                        }
                    })
            }}
            {move || match ctx.screen.get() {
                Screen::Intro => view! { <Intro /> }.into_any(),
                Screen::Question => view! { <QuestionScreen /> }.into_any(),
                Screen::Result => view! { <ResultScreen /> }.into_any(),
                Screen::Method => view! { <Methodology /> }.into_any(),
            }}
        </div>
    }
}

/// Shows the document `doc` inside `container` once the container is in the page.
pub fn show_doc(container: NodeRef<leptos::html::Div>, doc: crate::report::doc::Node) {
    Effect::new(move |_| {
        if let Some(el) = container.get() {
            crate::web::dom::show(&el, &doc);
        }
    });
}

/// Moves keyboard focus to `node` once it is in the page, so screen readers announce the new
/// screen and keyboard users start from its top.
pub fn focus_on_mount<E>(node: NodeRef<E>)
where
    E: leptos::html::ElementType,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
{
    Effect::new(move |_| {
        if let Some(el) = node.get() {
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                drop(el.focus());
            }
        }
    });
}
