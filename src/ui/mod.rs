//! The Leptos UI: the app's state in signals, one effect that draws the current screen (a
//! `report::screens` document, patched into the page) and one that saves progress, and three
//! listeners on the app's root that turn clicks, radio changes and keys into state changes.

use crate::core::answers::Answer;
use crate::core::catalog::{CATALOG, DEFAULT_JSON};
use crate::core::model::Model;
use crate::core::progress::Progress;
use crate::report::capitalise;
use crate::report::doc::Node;
use crate::report::screens::{Act, Screen, State, page};
use crate::web::{dom, storage};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

const MODEL_KEY: &str = "cx-maturity/model";

/// Storage key of the progress in one model.
pub fn progress_key(model_id: &str) -> String {
    format!("cx-maturity/progress/{model_id}")
}

/// Everything the app's state is. All fields are cheap handles, so `Ctx` is `Copy`.
#[derive(Clone, Copy)]
struct Ctx {
    /// The models loaded so far, by catalog index (the default is always loaded).
    models: RwSignal<Vec<Option<Arc<Model>>>>,
    /// Catalog index of the model being taken; always a loaded one.
    chosen: RwSignal<usize>,
    /// Catalog index of a model being fetched because it was chosen.
    loading: RwSignal<Option<usize>>,
    progress: RwSignal<Progress>,
    screen: RwSignal<Screen>,
    /// Whether "Start over" is asking for confirmation.
    asking: RwSignal<bool>,
    /// One line telling the user something went wrong (or where their answers are kept).
    notice: RwSignal<Option<String>>,
}

impl Ctx {
    /// Model `i` if it is loaded.
    fn loaded(&self, i: usize) -> Option<Arc<Model>> {
        self.models.with_untracked(|m| m.get(i).cloned().flatten())
    }

    /// The model being taken.
    fn model(&self) -> Arc<Model> {
        self.loaded(self.chosen.get_untracked()).unwrap_or_else(|| unreachable!("the chosen model is loaded"))
    }

    /// Chooses model `i`, fetching it first if need be; with `resume`, then opens the screen its
    /// saved progress was on.
    fn select(&self, i: usize, resume: bool) {
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
    async fn load(self, i: usize) -> bool {
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
    fn finished(&self) -> bool {
        self.progress.with_untracked(|p| p.answers.is_complete() && p.current >= p.answers.len())
    }

    /// Opens the screen the saved progress was on: the open question, or the result.
    fn resume(&self) {
        self.show(if self.finished() { Screen::Result } else { Screen::Question });
    }

    fn show(&self, screen: Screen) {
        self.asking.set(false);
        self.screen.set(screen);
    }

    /// Does what the button named `act` says; `root` is the app's element.
    fn act(&self, act: Act, root: &web_sys::Element) {
        match act {
            Act::Begin => self.resume(),
            Act::Method => {
                for i in 0..CATALOG.len() {
                    let ctx = *self;
                    leptos::task::spawn_local(async move {
                        ctx.load(i).await;
                    });
                }
                self.show(Screen::Method);
            }
            Act::LeaveMethod => self.show(if self.finished() { Screen::Result } else { Screen::Intro }),
            Act::Back => self.go(-1),
            Act::Next => self.go(1),
            Act::Review => {
                self.progress.update(|p| p.current = 0);
                self.show(Screen::Question);
            }
            Act::Intro => self.show(Screen::Intro),
            Act::AskStartOver => self.asking.set(true),
            Act::KeepAnswers => self.asking.set(false),
            Act::Discard => self.start_over(),
            Act::Dismiss => {
                self.notice.set(None);
                dom::focus(root, "h1:not(.cxm-visually-hidden), h2");
            }
        }
    }

    fn question(&self) -> usize {
        self.progress.with_untracked(Progress::open_question)
    }

    /// Answers the open question with the option at `position` (after the options: "Not sure").
    fn answer_at(&self, position: usize) {
        let q = self.question();
        let answer = Answer::at(position, self.model().options(q).len());
        self.progress.update(|p| p.answers.set(q, answer));
    }

    /// Moves `step` questions on. Before the first is the intro; past the last is the result,
    /// but only for a complete set of answers: otherwise the first open question.
    fn go(&self, step: isize) {
        let last = self.model().questions.len();
        let next = self.question() as isize + step;
        if next < 0 {
            self.show(Screen::Intro);
            return;
        }
        let mut next = (next as usize).min(last);
        if next == last {
            match self.progress.with_untracked(|p| p.answers.first_unanswered()) {
                Some(open) => next = open,
                None => self.show(Screen::Result),
            }
        }
        self.progress.update(|p| p.current = next);
    }

    /// Keys on the question screen: 1–N answer, Enter goes on once answered. Keys on a button or
    /// link are theirs (Enter activates them; digits must not answer behind a confirmation).
    fn key(&self, ev: &web_sys::KeyboardEvent) {
        if self.screen.get_untracked() != Screen::Question || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let on_button = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "BUTTON" | "A"));
        if on_button {
            return;
        }
        let options = self.model().options(self.question()).len();
        let key = ev.key();
        if let Some(n) = key.parse::<usize>().ok().filter(|n| (1..=options + 1).contains(n)) {
            ev.prevent_default();
            self.answer_at(n - 1);
        } else if key == "Enter"
            && self.progress.with_untracked(|p| p.answers.get(self.question())) != Answer::Unanswered
        {
            ev.prevent_default();
            self.go(1);
        }
    }

    /// A radio was picked: a model in the chooser, or an answer to the open question.
    fn picked(&self, group: &str, position: usize) {
        if group == "cxm-model" {
            self.select(position, false);
        } else {
            self.answer_at(position);
        }
    }

    /// Forgets the answers to the current model and goes back to the intro.
    fn start_over(&self) {
        let model = self.model();
        storage::remove(&progress_key(&model.id));
        self.progress.set(Progress::new(&model));
        self.show(Screen::Intro);
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

/// What is on the page: the document drawn, and where the user was (screen, question, whether
/// "Start over" was asking), which tells where focus goes next.
#[derive(Default)]
struct Drawn {
    doc: Vec<Node>,
    at: Option<(Screen, usize, bool)>,
}

#[component]
pub fn App() -> impl IntoView {
    // build.rs refuses to build with an invalid model file, so this cannot fail.
    let Ok(default) = Model::from_json(CATALOG[0].file, DEFAULT_JSON) else {
        unreachable!("build.rs checked the default model")
    };
    let default = Arc::new(default);
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
        asking: RwSignal::new(false),
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

    // Saves when the progress or the chosen model changes; not when another model is loaded.
    Effect::new(move |_| {
        let Some(model) = ctx.loaded(ctx.chosen.get()) else { return };
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
    Effect::new(move |before: Option<Drawn>| {
        let before = before.unwrap_or_default();
        let Some(el) = root.get() else { return before };
        let (doc, at) = ctx.models.with(|models| {
            ctx.progress.with(|progress| {
                ctx.notice.with(|notice| {
                    let state = State {
                        screen: ctx.screen.get(),
                        models,
                        chosen: ctx.chosen.get(),
                        loading: ctx.loading.get(),
                        progress,
                        asking: ctx.asking.get(),
                        notice: notice.as_deref(),
                    };
                    let question = if state.screen == Screen::Question { state.progress.open_question() } else { 0 };
                    (page(&state), (state.screen, question, state.asking))
                })
            })
        });
        dom::patch(&el, &before.doc, &doc);
        // A new screen or question gets focus on its heading, so screen readers announce it and
        // keyboard users start from its top; "Start over" moves focus onto its safe choice, and
        // back when that is taken.
        match before.at {
            Some((screen, question, asking)) if (screen, question) == (at.0, at.1) => {
                if asking != at.2 {
                    dom::focus(&el, if at.2 { ".cxm-confirm .cxm-keep" } else { ".cxm-start-over .cxm-link" });
                }
            }
            _ => dom::focus(&el, "section [tabindex='-1']"),
        }
        Drawn { doc, at: Some(at) }
    });

    let on_click = move |ev: leptos::ev::MouseEvent| {
        let act = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("[data-act]").ok().flatten())
            .and_then(|e| e.get_attribute("data-act"))
            .and_then(|name| Act::from_name(&name));
        if let (Some(act), Some(el)) = (act, root.get_untracked()) {
            ctx.act(act, &el);
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        if let Some((group, position)) = dom::radio(&ev) {
            ctx.picked(&group, position);
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| ctx.key(&ev);

    view! { <div class="cxm" node_ref=root on:click=on_click on:change=on_change on:keydown=on_key></div> }
}
