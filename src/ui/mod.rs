//! The Leptos UI: a thin layer that shows the core's models and outcomes and sends answers
//! back. State lives in one `Ctx`; a single effect saves progress whenever it changes.

mod intro;
mod method;
mod question;
mod result;
mod start_over;

use crate::core::catalog::{CATALOG, DEFAULT_JSON};
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
    /// The models loaded so far, by catalog index (the default is always loaded).
    pub models: RwSignal<Vec<Option<Arc<Model>>>>,
    /// Catalog index of the model being taken; always a loaded one.
    pub chosen: RwSignal<usize>,
    /// Catalog index of a model being fetched because it was chosen.
    pub loading: RwSignal<Option<usize>>,
    pub progress: RwSignal<Progress>,
    pub screen: RwSignal<Screen>,
    /// One line telling the user something went wrong (or where their answers are kept).
    pub notice: RwSignal<Option<String>>,
}

impl Ctx {
    /// Model `i` if it is loaded.
    pub fn loaded(&self, i: usize) -> Option<Arc<Model>> {
        self.models.with_untracked(|m| m.get(i).cloned().flatten())
    }

    pub fn model(&self) -> Arc<Model> {
        let i = self.chosen.get();
        self.models.with(|m| pick(m, i))
    }

    pub fn model_untracked(&self) -> Arc<Model> {
        let i = self.chosen.get_untracked();
        self.models.with_untracked(|m| pick(m, i))
    }

    /// Chooses model `i`, fetching it first if need be; with `resume`, then opens the screen its
    /// saved progress was on.
    pub fn select(&self, i: usize, resume: bool) {
        if self.loaded(i).is_some() {
            self.loading.set(None);
            self.choose(i);
            if resume {
                self.resume_if_started();
            }
            return;
        }
        self.loading.set(Some(i));
        let ctx = *self;
        leptos::task::spawn_local(async move {
            let loaded = ctx.load(i).await;
            if ctx.loading.get_untracked() != Some(i) {
                return;
            }
            ctx.loading.set(None);
            if loaded {
                ctx.choose(i);
                if resume {
                    ctx.resume_if_started();
                }
            }
        });
    }

    /// Fetches model `i` unless it is loaded; tells the user if that fails. True when loaded.
    pub async fn load(self, i: usize) -> bool {
        if self.loaded(i).is_some() {
            return true;
        }
        let Some(entry) = CATALOG.get(i) else { return false };
        match crate::web::fetch::model(entry).await {
            Ok(model) => {
                self.models.update(|m| m[i] = Some(Arc::new(model)));
                true
            }
            Err(why) => {
                self.notice.set(Some(format!(
                    "The “{}” assessment could not be loaded: {why}. Check the connection and try again.",
                    entry.name
                )));
                false
            }
        }
    }

    /// Switches to loaded model `i`, restoring what was saved for it.
    fn choose(&self, i: usize) {
        let Some(model) = self.loaded(i) else { return };
        let (progress, problem) = load_progress(&model);
        self.chosen.set(i);
        self.progress.set(progress);
        if let Some(problem) = problem {
            self.notice.set(Some(problem));
        }
        storage::set(MODEL_KEY, &model.id);
    }

    fn resume_if_started(&self) {
        if self.progress.with_untracked(|p| p.answers.answered() > 0 || p.current > 0) {
            self.resume();
        }
    }

    /// Whether the result is what the saved progress shows: every question answered and past
    /// the last one.
    pub fn finished(&self) -> bool {
        self.progress.with_untracked(|p| p.answers.is_complete() && p.current >= p.answers.len())
    }

    /// Opens the screen the saved progress was on: the open question, or the result.
    pub fn resume(&self) {
        self.screen.set(if self.finished() { Screen::Result } else { Screen::Question });
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

/// Model `i` of `models`, or the default (always loaded) if `i` is not.
fn pick(models: &[Option<Arc<Model>>], i: usize) -> Arc<Model> {
    models.get(i).cloned().flatten().or_else(|| models[0].clone()).expect("the default model is always loaded")
}

/// Reads the saved progress in `model`. Anything unusable is set aside under another key (so
/// nothing is lost) and reported in one line.
fn load_progress(model: &Model) -> (Progress, Option<String>) {
    let key = progress_key(&model.id);
    let Some(text) = storage::get(&key) else { return (Progress::new(model), None) };
    match Progress::from_text(model, &text) {
        Ok(progress) => (progress, None),
        Err(problem) => {
            // Never over an earlier set-aside value: the first free of /unusable, /unusable-2, …
            let aside = (1..)
                .map(|n| if n == 1 { format!("{key}/unusable") } else { format!("{key}/unusable-{n}") })
                .find(|k| storage::get(k).is_none())
                .unwrap_or_default();
            storage::set(&aside, &text);
            storage::remove(&key);
            let notice = format!("Starting afresh: {problem}. They have been set aside, not deleted.");
            (Progress::new(model), Some(capitalise(&notice)))
        }
    }
}

#[component]
pub fn App() -> impl IntoView {
    // build.rs refuses to build with an invalid model file, so this cannot fail.
    let default =
        Arc::new(Model::from_json(CATALOG[0].file, DEFAULT_JSON).expect("build.rs checked the default model"));
    let first = Progress::new(&default);
    let mut models = vec![None; CATALOG.len()];
    models[0] = Some(default);
    let saved_id = storage::get(MODEL_KEY);
    let start = CATALOG.iter().position(|e| saved_id.as_deref() == Some(e.id)).unwrap_or(0);
    let ctx = Ctx {
        models: RwSignal::new(models),
        chosen: RwSignal::new(0),
        loading: RwSignal::new(None),
        progress: RwSignal::new(first),
        screen: RwSignal::new(Screen::Intro),
        notice: RwSignal::new(None),
    };
    // The default's own saved progress is read first, so nothing is saved over it while another
    // model is being fetched.
    ctx.choose(0);
    if start == 0 {
        ctx.resume_if_started();
    } else {
        ctx.select(start, true);
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

    let root = NodeRef::<leptos::html::Div>::new();
    let dismiss = move |_| {
        ctx.notice.set(None);
        if let Some(el) = root.get() {
            crate::web::dom::focus(&el, "h1:not(.cxm-visually-hidden), h2");
        }
    };

    view! {
        <div class="cxm" node_ref=root>
            // The live region is always there so screen readers announce the text put in it.
            <div role="status" class="cxm-live">
                {move || {
                    ctx.notice
                        .get()
                        .map(|text| {
                            view! {
                                <div class="cxm-notice">
                                    <p>{text}</p>
                                    <button type="button" class="cxm-link" on:click=dismiss>"Dismiss"</button>
                                </div>
                            }
                        })
                }}
            </div>
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
        if let Some(el) = node.get()
            && let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el)
        {
            drop(el.focus());
        }
    });
}
