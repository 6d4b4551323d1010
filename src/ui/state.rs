//! The app's state (`Ctx`, a bundle of signals) and everything the user can do to it. The
//! components read these signals and call these methods from their own `on:` handlers.

use super::Embedded;
use super::later::Arrival;
use super::persist;
use crate::core::answers::{Answer, Answers};
use crate::core::catalog::{self, CATALOG};
use crate::core::history::SavedResult;
use crate::core::model::Model;
use crate::core::progress::Progress;
use crate::core::share;
use crate::web::page;
use crate::web::storage::Store;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Intro,
    Question,
    Result,
    Method,
    /// "My results": every saved result.
    History,
    /// Two saved results side by side (`Ctx::comparing`).
    Compare,
}

impl Screen {
    /// Whether this is one of the screens after the questions, whose code a release build fetches
    /// separately (`super::later`).
    pub fn is_later(self) -> bool {
        !matches!(self, Screen::Intro | Screen::Question)
    }
}

/// A test completed in an embedded app, to be told to its host.
pub struct Untold {
    pub model: Arc<Model>,
    pub answers: Answers,
}

/// A result shown other than the one being taken.
#[derive(Debug, Clone, PartialEq)]
pub struct Viewing {
    /// Catalog index of its model (loaded).
    pub model: usize,
    pub answers: Answers,
    pub from: Source,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// A saved result, with its id and when it was taken.
    Saved { id: String, taken: String },
    /// A result from a share link.
    Shared,
}

/// Everything the app's state is. All fields are cheap handles, so `Ctx` is `Copy` and each
/// component gets its own copy as a prop.
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
    /// Whether "Start over" is asking for confirmation.
    pub asking: RwSignal<bool>,
    /// One line telling the user something went wrong (or where their answers are kept).
    pub notice: RwSignal<Option<String>>,
    /// The saved results, newest first.
    pub results: RwSignal<Vec<SavedResult>>,
    /// The result on the result screen when it is not the one being taken.
    pub viewing: RwSignal<Option<Viewing>>,
    /// Ids of the two saved results on the compare screen, earlier first.
    pub comparing: RwSignal<Option<(String, String)>>,
    /// Whether the code of the screens after the questions is here (`later`).
    pub arrival: RwSignal<Arrival>,
    /// Completions not yet told to the embedding host: scoring them and telling is code in the
    /// split file (`later::announce`), so they wait for it.
    pub untold: StoredValue<Vec<Untold>, LocalStorage>,
    /// The app's root element, for moving focus within it.
    pub root: NodeRef<leptos::html::Div>,
    /// This app's storage.
    pub store: StoredValue<Store, LocalStorage>,
    /// The host element and its configuration, when the app is embedded.
    pub embedded: StoredValue<Option<Embedded>, LocalStorage>,
}

impl Ctx {
    /// A fresh state with `default` (catalog index 0) loaded and chosen, kept in `store`.
    pub fn new(default: Arc<Model>, store: Store, embedded: Option<Embedded>) -> Ctx {
        let first = Progress::new(&default);
        let mut models = vec![None; CATALOG.len()];
        models[0] = Some(default);
        Ctx {
            models: RwSignal::new(models),
            chosen: RwSignal::new(0),
            loading: RwSignal::new(None),
            progress: RwSignal::new(first),
            screen: RwSignal::new(Screen::Intro),
            asking: RwSignal::new(false),
            notice: RwSignal::new(None),
            results: RwSignal::new(Vec::new()),
            viewing: RwSignal::new(None),
            comparing: RwSignal::new(None),
            arrival: RwSignal::new(Arrival::START),
            untold: StoredValue::new_local(Vec::new()),
            root: NodeRef::new(),
            store: StoredValue::new_local(store),
            embedded: StoredValue::new_local(embedded),
        }
    }

    /// Model `i` if it is loaded.
    pub fn loaded(&self, i: usize) -> Option<Arc<Model>> {
        self.models.with_untracked(|m| m.get(i).cloned().flatten())
    }

    /// The model being taken.
    pub fn model(&self) -> Arc<Model> {
        self.loaded(self.chosen.get_untracked()).unwrap_or_else(|| unreachable!("the chosen model is loaded"))
    }

    /// The catalog index the chooser shows as chosen: the one being fetched, else the one taken.
    pub fn shown(&self) -> usize {
        self.loading.get().unwrap_or_else(|| self.chosen.get())
    }

    /// Chooses model `i`, fetching it first if need be; with `resume`, then opens the screen its
    /// saved progress was on.
    pub fn select(&self, i: usize, resume: bool) {
        if self.loaded(i).is_some() {
            self.loading.set(None);
            self.choose(i);
            self.remember_choice();
            if resume {
                self.resume_if_started();
            }
            return;
        }
        self.loading.set(Some(i));
        // The code that reads a fetched model comes with the later screens: both downloads at once.
        super::later::fetch(*self);
        let ctx = *self;
        leptos::task::spawn_local(async move {
            let loaded = ctx.load(i).await;
            if ctx.loading.get_untracked() != Some(i) {
                return;
            }
            ctx.loading.set(None);
            if loaded {
                ctx.choose(i);
                ctx.remember_choice();
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
        let assets = self.embedded.with_value(|e| e.as_ref().map(|e| e.assets.clone())).unwrap_or_default();
        match crate::web::fetch::model(entry, &assets).await {
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
    pub fn choose(&self, i: usize) {
        let Some(model) = self.loaded(i) else { return };
        let (progress, problem) = self.store.with_value(|s| persist::load_progress(s, &model));
        self.chosen.set(i);
        self.progress.set(progress);
        if let Some(problem) = problem {
            self.notice.set(Some(problem));
        }
    }

    /// Saves which model is being taken, for the next visit.
    fn remember_choice(&self) {
        let id = self.model().id.clone();
        self.store.with_value(|s| persist::save_chosen(s, &id));
    }

    pub fn resume_if_started(&self) {
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
    pub fn resume(&self) {
        self.show(if self.finished() { Screen::Result } else { Screen::Question });
    }

    pub fn show(&self, screen: Screen) {
        self.asking.set(false);
        if screen != Screen::Result && screen != Screen::Method {
            self.viewing.set(None);
        }
        self.screen.set(screen);
    }

    /// Opens the methodology page, fetching every model it describes.
    pub fn open_method(&self) {
        self.load_all();
        self.show(Screen::Method);
    }

    /// Leaves the methodology page: to the result it was opened from, else to the intro.
    pub fn leave_method(&self) {
        let viewing = self.viewing.with_untracked(Option::is_some);
        self.show(if viewing || self.finished() { Screen::Result } else { Screen::Intro });
    }

    /// Goes back over every answer from the first question.
    pub fn review(&self) {
        self.progress.update(|p| p.current = 0);
        self.show(Screen::Question);
    }

    pub fn dismiss_notice(&self) {
        self.notice.set(None);
        self.focus("h1:not(.cxm-visually-hidden), h2");
    }

    fn question(&self) -> usize {
        self.progress.with_untracked(Progress::open_question)
    }

    /// Answers question `q` with the option at `position` (after the options: "Not sure").
    pub fn answer(&self, q: usize, position: usize) {
        let answer = Answer::at(position, self.model().options(q).len());
        self.progress.update(|p| p.answers.set(q, answer));
    }

    /// Moves `step` questions on. Before the first is the intro; past the last is the result,
    /// but only for a complete set of answers: otherwise the first open question.
    pub fn go(&self, step: isize) {
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
                None => {
                    self.keep_result();
                    self.show(Screen::Result);
                }
            }
        }
        self.progress.update(|p| p.current = next);
    }

    /// Keys on the question screen: 1–N answer, Enter goes on once answered. Keys on a button or
    /// link are theirs (Enter activates them; digits must not answer behind a confirmation).
    pub fn key(&self, ev: &web_sys::KeyboardEvent) {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let on_button = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "BUTTON" | "A"));
        if on_button {
            return;
        }
        let q = self.question();
        let options = self.model().options(q).len();
        let key = ev.key();
        if let Some(n) = key.parse::<usize>().ok().filter(|n| (1..=options + 1).contains(n)) {
            ev.prevent_default();
            self.answer(q, n - 1);
        } else if key == "Enter" && self.progress.with_untracked(|p| p.answers.get(q)) != Answer::Unanswered {
            ev.prevent_default();
            self.go(1);
        }
    }

    /// Forgets the answers to the current model and goes back to the intro.
    pub fn start_over(&self) {
        let model = self.model();
        self.store.with_value(|s| persist::forget_progress(s, &model.id));
        self.progress.set(Progress::new(&model));
        self.show(Screen::Intro);
    }

    /// Reads every saved result again (on start, and when another tab changes them).
    pub fn reload_results(&self) {
        let (results, problem) = self.store.with_value(persist::load_results);
        self.results.set(results);
        if let Some(problem) = problem {
            self.notice.set(Some(problem));
        }
    }

    /// Keeps the result just completed, unless the newest saved result of its model has the same
    /// answers (seeing the result again after a review that changed nothing).
    fn keep_result(&self) {
        let model = self.model();
        let answers = self.progress.with_untracked(|p| p.answers.clone());
        let encoded = answers.encode();
        let same = self.results.with_untracked(|r| {
            r.iter().find(|s| s.model == *model.id).is_some_and(|s| s.version == model.version && s.answers == encoded)
        });
        if !same {
            self.add_result(SavedResult::new(page::new_id(), page::now(), &model, &answers));
        }
        if self.embedded.with_value(Option::is_some) {
            super::later::announce(*self, Untold { model, answers });
        }
    }

    /// Saves `result` and puts it in the list; tells the user when it could only be kept in memory.
    pub fn add_result(&self, result: SavedResult) {
        let (persistent, saved) = self.store.with_value(|s| (s.is_persistent(), persist::save_result(s, &result)));
        self.results.update(|r| {
            r.retain(|x| x.id != result.id);
            r.insert(0, result);
            crate::core::history::sort_newest_first(r);
        });
        if persistent && !saved {
            self.notice.set(Some(
                "This result could not be saved in this browser (storage may be full), so it lasts only while this tab \
                 is open. Export it from My results to keep a copy."
                    .into(),
            ));
        }
    }

    /// Deletes saved result `id`; gives it back for an undo.
    pub fn delete_result(&self, id: &str) -> Option<SavedResult> {
        let gone = self.results.with_untracked(|r| r.iter().find(|x| x.id == id).cloned())?;
        self.store.with_value(|s| persist::delete_result(s, id));
        self.results.update(|r| r.retain(|x| x.id != id));
        Some(gone)
    }

    /// Removes everything the app keeps in this browser and starts afresh.
    pub fn delete_everything(&self) {
        self.store.with_value(persist::delete_everything);
        self.results.set(Vec::new());
        let model = self.model();
        self.progress.set(Progress::new(&model));
    }

    /// Runs `then` once model `i` is loaded, fetching it first if need be (a failed fetch has
    /// already told the user).
    fn when_loaded(&self, i: usize, then: impl FnOnce(Ctx, Arc<Model>) + 'static) {
        let ctx = *self;
        leptos::task::spawn_local(async move {
            if ctx.load(i).await
                && let Some(model) = ctx.loaded(i)
            {
                then(ctx, model);
            }
        });
    }

    /// Shows a result that is not the one being taken, of loaded model `model`.
    fn view(&self, model: usize, answers: Answers, from: Source) {
        self.asking.set(false);
        self.viewing.set(Some(Viewing { model, answers, from }));
        self.screen.set(Screen::Result);
    }

    /// Opens saved result `id`.
    pub fn open_saved(&self, id: &str) {
        let Some(result) = self.results.with_untracked(|r| r.iter().find(|x| x.id == id).cloned()) else { return };
        let Some(i) = catalog::index(&result.model) else { return };
        self.when_loaded(i, move |ctx, model| match result.restore(&model) {
            Ok(answers) => ctx.view(i, answers, Source::Saved { id: result.id, taken: result.taken }),
            Err(problem) => ctx.notice.set(Some(format!("This saved result cannot be shown: {problem}."))),
        });
    }

    /// Opens the result carried by a share link in the page's address, if there is one; a link
    /// that cannot be read gives one sentence and leaves everything stored as it was.
    pub fn open_link(&self) {
        let fragment = page::fragment();
        let Some(payload) = share::link_payload(&fragment).map(str::to_string) else { return };
        let header = match share::read_header(&payload) {
            Ok(header) => header,
            Err(why) => return self.notice.set(Some(why.to_string())),
        };
        let Some(i) = catalog::index(header.model) else { return };
        self.when_loaded(i, move |ctx, model| match share::decode(&model, &payload) {
            Ok(answers) => ctx.view(i, answers, Source::Shared),
            Err(why) => ctx.notice.set(Some(why.to_string())),
        });
    }

    /// Leaves a shared result for the intro of its model, with the link out of the address.
    pub fn take_it_yourself(&self) {
        let model = self.viewing.with_untracked(|v| v.as_ref().map(|v| v.model));
        page::clear_fragment();
        self.show(Screen::Intro);
        if let Some(model) = model {
            self.select(model, false);
        }
    }

    /// Keeps the shared result being viewed among the user's own results.
    pub fn save_shared(&self) {
        let Some(viewing) = self.viewing.get_untracked() else { return };
        let Some(model) = self.loaded(viewing.model) else { return };
        let result = SavedResult::new(page::new_id(), page::now(), &model, &viewing.answers);
        let from = Source::Saved { id: result.id.clone(), taken: result.taken.clone() };
        self.add_result(result);
        self.viewing.set(Some(Viewing { from, ..viewing }));
    }

    /// Opens the compare screen for saved results `a` and `b` (of one model), earlier first.
    pub fn compare(&self, a: &str, b: &str) {
        let find = |id: &str| self.results.with_untracked(|r| r.iter().find(|x| x.id == id).cloned());
        let (Some(a), Some(b)) = (find(a), find(b)) else { return };
        let Some(i) = catalog::index(&a.model) else { return };
        let (earlier, later) = if (&a.taken, &a.id) <= (&b.taken, &b.id) { (a, b) } else { (b, a) };
        self.when_loaded(i, move |ctx, _| {
            ctx.comparing.set(Some((earlier.id, later.id)));
            ctx.show(Screen::Compare);
        });
    }

    /// Loads every built-in model (for the history's and the export's scores).
    pub fn load_all(&self) {
        for i in 0..CATALOG.len() {
            let ctx = *self;
            leptos::task::spawn_local(async move {
                ctx.load(i).await;
            });
        }
    }

    /// Moves focus to the first element in the app matching `selector`, once the views that the
    /// latest state change updates have been redrawn. They run as tasks of their own, in no set
    /// order with the effect that asks for focus, all within one microtask; a microtask queued
    /// here comes after them, and before anything else (a key, a click) can happen.
    pub fn focus(&self, selector: &'static str) {
        let root = self.root;
        queue_microtask(move || {
            // The app may have been unmounted meanwhile.
            let found = root.try_get_untracked().flatten().and_then(|r| r.query_selector(selector).ok().flatten());
            if let Some(el) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                drop(el.focus());
            }
        });
    }
}
