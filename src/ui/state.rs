//! The app's state (`Ctx`, a bundle of signals) and everything the user can do to it. The
//! components read these signals and call these methods from their own `on:` handlers.

use super::Embedded;
use super::later::Arrival;
use super::persist::{self, ResultRead, Seen};
use crate::core::answers::{Answer, Answers};
use crate::core::catalog::{self, CATALOG, ModelFile};
use crate::core::history::{SavedResult, newest_first};
use crate::core::model::Model;
use crate::core::progress::Progress;
use crate::core::share;
use crate::web::page;
use crate::web::storage::{Store, Written};
use leptos::prelude::*;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
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
    /// The version of the model that asked its questions.
    pub model: Arc<Model>,
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
    /// Catalog indexes of models whose last fetch failed (the user has been told).
    pub unavailable: RwSignal<Vec<usize>>,
    pub progress: RwSignal<Progress>,
    pub screen: RwSignal<Screen>,
    /// Whether "Start over" is asking for confirmation.
    pub asking: RwSignal<bool>,
    /// Lines telling the user something went wrong (or where their answers are kept), oldest
    /// first; each stays until dismissed, so none hides another.
    pub notices: RwSignal<Vec<String>>,
    /// The saved results, newest first.
    pub results: RwSignal<Vec<SavedResult>>,
    /// How many saved results there are before they have been read (their keys counted at
    /// start-up); `None` once `results` holds them.
    pub unread: RwSignal<Option<usize>>,
    /// Counts results that another tab removed, so an undo offered here is withdrawn then.
    pub removed_elsewhere: RwSignal<usize>,
    /// Earlier versions of the models' questions fetched from the archive, to show a result or a
    /// link of such a version.
    pub archived: RwSignal<Vec<Arc<Model>>>,
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
    /// What was last found stored as the chosen model's progress (`persist::save_progress`).
    pub seen: StoredValue<Seen, LocalStorage>,
    /// Keys another tab changed, waiting to be read (`None`: storage was cleared).
    pending: StoredValue<Option<Vec<Option<String>>>, LocalStorage>,
    /// The app's owner: tasks spawned through it are cancelled when the app is unmounted.
    owner: StoredValue<Owner, LocalStorage>,
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
            unavailable: RwSignal::new(Vec::new()),
            progress: RwSignal::new(first),
            screen: RwSignal::new(Screen::Intro),
            asking: RwSignal::new(false),
            notices: RwSignal::new(Vec::new()),
            results: RwSignal::new(Vec::new()),
            unread: RwSignal::new(None),
            removed_elsewhere: RwSignal::new(0),
            archived: RwSignal::new(Vec::new()),
            viewing: RwSignal::new(None),
            comparing: RwSignal::new(None),
            arrival: RwSignal::new(Arrival::START),
            untold: StoredValue::new_local(Vec::new()),
            root: NodeRef::new(),
            store: StoredValue::new_local(store),
            seen: StoredValue::new_local(Seen::Nothing),
            pending: StoredValue::new_local(None),
            owner: StoredValue::new_local(Owner::current().unwrap_or_default()),
            embedded: StoredValue::new_local(embedded),
        }
    }

    /// Runs `task` as this app's: it is cancelled when the app is unmounted (a widget taken off
    /// its page mid-fetch), so nothing after an `await` ever reads a disposed signal.
    pub fn spawn(&self, task: impl Future<Output = ()> + 'static) {
        self.spawn_boxed(Box::pin(task));
    }

    /// One copy of the spawning code for every task (a generic one would be copied into the wasm
    /// for each kind of future).
    fn spawn_boxed(&self, task: std::pin::Pin<Box<dyn Future<Output = ()>>>) {
        if let Some(owner) = self.owner.try_get_value() {
            owner.with(|| leptos::task::spawn_local_scoped_with_cancellation(task));
        }
    }

    /// Adds a line to the notices, unless it is already there.
    pub fn notify(&self, line: String) {
        self.notices.update(|n| {
            if !n.contains(&line) {
                n.push(line);
            }
        });
    }

    /// Whether the app is embedded in a host page.
    pub fn is_embedded(&self) -> bool {
        self.embedded.with_value(Option::is_some)
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
    /// saved progress was on (unless a result from a link or from My results is being shown
    /// meanwhile). With `remember`, the choice is kept for the next visit: the visitor made it,
    /// not the page (a widget's `model` attribute, say).
    pub fn select(&self, i: usize, resume: bool, remember: bool) {
        let settle = move |ctx: Ctx| {
            ctx.choose(i);
            if remember {
                ctx.remember_choice();
            }
            if resume && ctx.viewing.with_untracked(Option::is_none) {
                ctx.resume_if_started();
            }
        };
        if self.loaded(i).is_some() {
            self.loading.set(None);
            settle(*self);
            return;
        }
        self.loading.set(Some(i));
        // The code that reads a fetched model comes with the later screens: both downloads at once.
        super::later::fetch(*self);
        let ctx = *self;
        self.spawn(async move {
            let loaded = ctx.load(i).await;
            if ctx.loading.get_untracked() != Some(i) {
                return;
            }
            ctx.loading.set(None);
            if loaded {
                settle(ctx);
            }
        });
    }

    /// Fetches model `i` unless it is loaded; tells the user if that fails. True when loaded.
    async fn load(self, i: usize) -> bool {
        if self.loaded(i).is_some() {
            return true;
        }
        let Some(entry) = CATALOG.get(i) else { return false };
        let file = ModelFile { id: entry.id, version: entry.version, file: entry.file };
        self.unavailable.update(|u| u.retain(|&x| x != i));
        match self.fetch(file).await {
            Some(model) => {
                self.models.update(|m| m[i] = Some(model));
                true
            }
            None => {
                self.unavailable.update(|u| u.push(i));
                false
            }
        }
    }

    /// Model file `file`, fetched; tells the user if that fails.
    async fn fetch(self, file: ModelFile) -> Option<Arc<Model>> {
        let assets = self.embedded.with_value(|e| e.as_ref().map(|e| e.assets.clone())).unwrap_or_default();
        match crate::web::fetch::model(file.file, file.id, file.version, &assets).await {
            Ok(model) => Some(Arc::new(model)),
            Err(why) => {
                let name = CATALOG.iter().find(|e| e.id == file.id).map_or(file.id, |e| e.name);
                self.notify(format!(
                    "The “{name}” assessment could not be loaded: {why}. Check the connection and try again."
                ));
                None
            }
        }
    }

    /// Version `version` of model `id`, if it is loaded: the current one or an archived one.
    pub fn version(&self, id: &str, version: u32) -> Option<Arc<Model>> {
        let current = catalog::index(id).and_then(|i| self.loaded(i)).filter(|m| m.version == version);
        current.or_else(|| {
            self.archived.with_untracked(|a| a.iter().find(|m| m.id == id && m.version == version).cloned())
        })
    }

    /// Version `version` of model `id`, fetched if need be (an earlier version from the archive);
    /// `None` when this release does not have it, or it could not be fetched (the user has been
    /// told).
    pub async fn load_version(self, id: &str, version: u32) -> Option<Arc<Model>> {
        if let Some(model) = self.version(id, version) {
            return Some(model);
        }
        let file = catalog::model_file(id, version)?;
        if let Some(i) = catalog::index(id).filter(|&i| CATALOG[i].version == version) {
            return if self.load(i).await { self.loaded(i) } else { None };
        }
        let model = self.fetch(file).await?;
        self.archived.update(|a| {
            if !a.iter().any(|m| m.id == model.id && m.version == model.version) {
                a.push(model.clone());
            }
        });
        Some(model)
    }

    /// Switches to loaded model `i`, restoring what was saved for it.
    pub fn choose(&self, i: usize) {
        let Some(model) = self.loaded(i) else { return };
        let loaded = self.store.with_value(|s| persist::load_progress(s, &model));
        self.seen.set_value(loaded.seen);
        self.chosen.set(i);
        self.progress.set(loaded.progress);
        if let Some(notice) = loaded.notice {
            self.notify(notice);
        }
    }

    /// Saves the progress in the chosen model, with whatever another tab saved meanwhile (see
    /// `persist::save_progress`); the progress shown becomes what was saved.
    pub fn save_progress(&self) {
        let model = self.model();
        let ours = self.progress.get_untracked();
        let seen = self.seen.get_value();
        let saved = self.store.with_value(|s| persist::save_progress(s, &model, &ours, &seen));
        self.seen.set_value(saved.seen);
        if let Some(notice) = saved.notice {
            self.notify(notice);
        }
        if saved.progress != ours {
            self.progress.set(saved.progress);
        }
    }

    /// Saves which model is being taken, for the next visit.
    fn remember_choice(&self) {
        let id = self.model().id.clone();
        self.store.with_value(|s| persist::save_chosen(s, &id));
    }

    pub fn resume_if_started(&self) {
        if self.progress.with_untracked(Progress::is_started) {
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

    /// Dismisses notice `i`; focus goes back to the screen's heading.
    pub fn dismiss_notice(&self, i: usize) {
        self.notices.update(|n| {
            if i < n.len() {
                n.remove(i);
            }
        });
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
        self.seen.set_value(Seen::Nothing);
        self.progress.set(Progress::new(&model));
        self.show(Screen::Intro);
    }

    /// Reads every saved result (on start, and when another tab cleared storage).
    pub fn reload_results(&self) {
        // The app may have been taken out meanwhile (see `ui::app`, which calls this after its
        // first screen is drawn).
        let Some((mut results, notices)) = self.store.try_with_value(persist::load_results) else { return };
        crate::core::history::sort_newest_first(&mut results);
        self.results.set(results);
        self.unread.set(None);
        for notice in notices {
            self.notify(notice);
        }
    }

    /// How many saved results there are, read or not yet read.
    pub fn saved_count(&self) -> usize {
        self.unread.get().unwrap_or_else(|| self.results.with(Vec::len))
    }

    /// Counts the saved results by their keys alone, for the intro, until they are read.
    pub fn count_results(&self) {
        let count = self.store.with_value(|s| s.count(crate::core::history::RESULTS_PREFIX));
        self.unread.set(Some(count));
    }

    /// Another tab changed `key` (`None`: it cleared storage). Changes are read in batches, a few
    /// times a second, each from its own key: an import of thousands of results in another tab
    /// must not hold this one up.
    pub fn changed_elsewhere(&self, key: Option<String>) {
        let first = self.pending.try_update_value(|p| {
            let first = p.is_none();
            p.get_or_insert_with(Vec::new).push(key);
            first
        });
        if first == Some(true) {
            let ctx = *self;
            set_timeout(move || ctx.read_changes(), Duration::from_millis(100));
        }
    }

    /// Reads the keys other tabs changed since the last time.
    fn read_changes(&self) {
        // The app may have been unmounted meanwhile.
        let Some(keys) = self.pending.try_update_value(Option::take).flatten() else { return };
        if keys.iter().any(Option::is_none) {
            self.reload_results();
            self.removed_elsewhere.update(|n| *n += 1);
            self.save_progress();
            return;
        }
        let progress_key = persist::progress_key(&self.model().id);
        let mut changed: Vec<String> = Vec::new();
        for key in keys.into_iter().flatten() {
            if key == progress_key {
                self.save_progress();
            } else if persist::is_result_key(&key) && !changed.contains(&key) {
                changed.push(key);
            }
        }
        if changed.is_empty() {
            return;
        }
        let mut fresh = Vec::new();
        let mut notices = Vec::new();
        self.store.with_value(|store| {
            for key in &changed {
                match persist::read_result(store, key) {
                    ResultRead::Result(result) => fresh.push(result),
                    ResultRead::Corrupt(why) => notices.push(format!(
                        "A saved result changed in another tab could not be used ({why}) and has been set aside, not \
                         deleted."
                    )),
                    ResultRead::Newer | ResultRead::Missing => {}
                }
            }
        });
        crate::core::history::sort_newest_first(&mut fresh);
        let mut ids: Vec<&str> =
            changed.iter().filter_map(|k| k.strip_prefix(crate::core::history::RESULTS_PREFIX)).collect();
        crate::core::history::heap_sort(&mut ids, |a, b| a < b);
        let before = self.results.with_untracked(Vec::len);
        self.results.update(|results| {
            results.retain(|r| ids.binary_search(&r.id.as_str()).is_err());
            let removed = before - results.len();
            *results = merge_newest_first(std::mem::take(results), fresh);
            if removed > 0 {
                self.removed_elsewhere.update(|n| *n += 1);
            }
        });
        for notice in notices {
            self.notify(notice);
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
        if self.is_embedded() {
            super::later::announce(*self, Untold { model, answers });
        }
    }

    /// Saves `result` and puts it in the list; tells the user when it could only be kept in memory.
    pub fn add_result(&self, result: SavedResult) -> Written {
        let written = self.store.with_value(|s| persist::save_result(s, &result));
        self.list(vec![result]);
        if let Some(why) = persist::not_stored("This result", written) {
            self.notify(format!("{why} Export it from My results to keep a copy."));
        }
        written
    }

    /// Puts `added` in the list of results, in its place.
    pub fn list(&self, mut added: Vec<SavedResult>) {
        crate::core::history::sort_newest_first(&mut added);
        self.results.update(|r| {
            r.retain(|x| !added.iter().any(|a| a.id == x.id));
            *r = merge_newest_first(std::mem::take(r), added);
        });
    }

    /// Deletes saved result `id`; gives it back for an undo.
    pub fn delete_result(&self, id: &str) -> Option<SavedResult> {
        let gone = self.results.with_untracked(|r| r.iter().find(|x| x.id == id).cloned())?;
        if !self.store.with_value(|s| persist::delete_result(s, id)) {
            self.notify("The browser would not delete this result.".into());
            return None;
        }
        self.results.update(|r| r.retain(|x| x.id != id));
        Some(gone)
    }

    /// Removes everything the app keeps in this browser and starts afresh. Returns how many
    /// stored values localStorage would not let go of.
    pub fn delete_everything(&self) -> usize {
        let kept = self.store.with_value(persist::delete_everything);
        self.reload_results();
        let model = self.model();
        self.seen.set_value(Seen::Nothing);
        self.progress.set(Progress::new(&model));
        kept
    }

    /// Runs `then` once version `version` of model `id` is loaded, fetching it first if need be;
    /// says so when this release does not have that version (a failed fetch has already told the
    /// user).
    fn when_loaded(&self, id: String, version: u32, then: impl FnOnce(Ctx, Arc<Model>) + 'static) {
        let ctx = *self;
        self.spawn(async move {
            match ctx.load_version(&id, version).await {
                Some(model) => then(ctx, model),
                None if catalog::model_file(&id, version).is_none() => ctx.notify(format!(
                    "This result was asked with version {version} of its questions, which this version of the app \
                     does not have, so it cannot be shown."
                )),
                None => {}
            }
        });
    }

    /// Shows a result that is not the one being taken, asked by `model`.
    fn view(&self, model: Arc<Model>, answers: Answers, from: Source) {
        self.asking.set(false);
        self.viewing.set(Some(Viewing { model, answers, from }));
        self.screen.set(Screen::Result);
    }

    /// Opens saved result `id`.
    pub fn open_saved(&self, id: &str) {
        let Some(result) = self.results.with_untracked(|r| r.iter().find(|x| x.id == id).cloned()) else { return };
        self.when_loaded(result.model.clone(), result.version, move |ctx, model| match result.restore(&model) {
            Ok(answers) => ctx.view(model, answers, Source::Saved { id: result.id, taken: result.taken }),
            Err(problem) => ctx.notify(format!("This saved result cannot be shown: {problem}.")),
        });
    }

    /// Whether the page's address holds a share link (never true in a widget, which does not read
    /// its host page's address).
    pub fn has_link(&self) -> bool {
        !self.is_embedded() && share::link_payload(&page::fragment()).is_some()
    }

    /// Opens the result carried by a share link in the page's address, if there is one; a link
    /// that cannot be read gives one sentence and leaves everything stored as it was. A widget
    /// never reads its host page's address.
    pub fn open_link(&self) {
        if self.is_embedded() {
            return;
        }
        let fragment = page::fragment();
        let Some(payload) = share::link_payload(&fragment).map(str::to_string) else { return };
        let header = match share::read_header(&payload) {
            Ok(header) => header,
            Err(why) => return self.notify(why.to_string()),
        };
        self.when_loaded(header.model.to_string(), header.version, move |ctx, model| {
            match share::decode(&model, &payload) {
                Ok(answers) => ctx.view(model, answers, Source::Shared),
                Err(why) => ctx.notify(why.to_string()),
            }
        });
    }

    /// Leaves a shared result for the intro of its model, with the link out of the address (the
    /// standalone page's own address only).
    pub fn take_it_yourself(&self) {
        let model = self.viewing.with_untracked(|v| v.as_ref().and_then(|v| catalog::index(&v.model.id)));
        if !self.is_embedded() {
            page::clear_fragment();
        }
        self.show(Screen::Intro);
        if let Some(model) = model {
            self.select(model, false, true);
        }
    }

    /// Keeps the shared result being viewed among the user's own results.
    pub fn save_shared(&self) {
        let Some(viewing) = self.viewing.get_untracked() else { return };
        let result = SavedResult::new(page::new_id(), page::now(), &viewing.model, &viewing.answers);
        let from = Source::Saved { id: result.id.clone(), taken: result.taken.clone() };
        self.add_result(result);
        self.viewing.set(Some(Viewing { from, ..viewing }));
    }

    /// Opens the compare screen for saved results `a` and `b` (of one model), earlier first.
    pub fn compare(&self, a: &str, b: &str) {
        let find = |id: &str| self.results.with_untracked(|r| r.iter().find(|x| x.id == id).cloned());
        let (Some(a), Some(b)) = (find(a), find(b)) else { return };
        let (earlier, later) = if (&a.taken, &a.id) <= (&b.taken, &b.id) { (a, b) } else { (b, a) };
        let (model, version) = (later.model.clone(), later.version);
        self.when_loaded(earlier.model.clone(), earlier.version, move |ctx, _| {
            ctx.when_loaded(model, version, move |ctx, _| {
                ctx.comparing.set(Some((earlier.id, later.id)));
                ctx.show(Screen::Compare);
            })
        });
    }

    /// Loads every built-in model (for the history's and the export's scores).
    pub fn load_all(&self) {
        for i in 0..CATALOG.len() {
            let ctx = *self;
            self.spawn(async move {
                ctx.load(i).await;
            });
        }
    }

    /// Loads every version of the models' questions that a saved result was asked with (for My
    /// results' scores), current or archived.
    pub fn load_listed(&self) {
        let mut wanted: Vec<(String, u32)> = Vec::new();
        self.results.with_untracked(|results| {
            for r in results {
                if !wanted.iter().any(|(id, v)| *id == r.model && *v == r.version) {
                    wanted.push((r.model.clone(), r.version));
                }
            }
        });
        for (id, version) in wanted.into_iter().filter(|(id, v)| catalog::model_file(id, *v).is_some()) {
            let ctx = *self;
            self.spawn(async move {
                ctx.load_version(&id, version).await;
            });
        }
    }

    /// Loads every version of the built-in models' questions this release has, current and
    /// archived (to check an import); false if any could not be fetched (the user has been told).
    pub async fn load_every_version(self) -> bool {
        let mut all = true;
        for i in 0..CATALOG.len() {
            all &= self.load(i).await;
        }
        for file in catalog::ARCHIVE.iter() {
            all &= self.load_version(file.id, file.version).await.is_some();
        }
        all
    }

    /// Prints the result on screen: the page, or in a widget the widget's own part, never its
    /// host page.
    pub fn print(&self) {
        let Some(host) = self.embedded.with_value(|e| e.as_ref().map(|e| e.host.clone())) else {
            return page::print();
        };
        let printed = self.root.get_untracked().is_some_and(|root| page::print_part(&root, &host));
        if !printed {
            self.notify("The browser did not allow printing this result.".into());
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

/// Two lists of results, each newest first, as one list newest first.
fn merge_newest_first(a: Vec<SavedResult>, b: Vec<SavedResult>) -> Vec<SavedResult> {
    if b.is_empty() {
        return a;
    }
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    while let (Some(x), Some(y)) = (a.peek(), b.peek()) {
        let next = if newest_first(x, y).is_le() { a.next() } else { b.next() };
        out.extend(next);
    }
    out.extend(a);
    out.extend(b);
    out
}
