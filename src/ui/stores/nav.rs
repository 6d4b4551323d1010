//! The screen on show, and every way from one screen to another. Where a screen leads is decided
//! by the plain functions of `ui::screen`; this store applies them, fetching what the next screen
//! needs first (an archived version of a model, say) and telling the user when it cannot.

use super::host::Host;
use super::later_code::LaterCode;
use super::models::{HOST, Models};
use super::notices::Notices;
use super::saved::Saved;
use super::session::Session;
use crate::browser::page;
use crate::core::answers::Answers;
use crate::core::catalog;
use crate::core::history::SavedResult;
use crate::core::model::Model;
use crate::core::share;
use crate::core::team::record::SavedTeam;
use crate::i18n;
use crate::text;
use crate::ui::env::{Env, Opened};
use crate::ui::screen::{self, Advance, From, Screen, Shown, TeamStart};
use crate::ui::split::NotLoaded;
use leptos::prelude::*;
#[cfg(split)]
use leptos::wasm_split::wasm_split;
use std::sync::Arc;

#[derive(Clone, Copy)]
pub struct Nav {
    screen: RwSignal<Screen>,
    session: Session,
    saved: Saved,
    models: Models,
    notices: Notices,
    host: Host,
    env: Env,
}

impl Nav {
    pub fn new(
        session: Session,
        saved: Saved,
        models: Models,
        notices: Notices,
        host: Host,
        later: LaterCode,
        env: Env,
    ) -> Nav {
        let screen = RwSignal::new(Screen::Intro);
        // The screens after the questions are fetched as soon as the visitor leaves the intro, so
        // they are here when the last answer is given.
        Effect::new(move || {
            if screen.with(|s| !matches!(s, Screen::Intro)) {
                later.fetch();
            }
        });
        Nav { screen, session, saved, models, notices, host, env }
    }

    /// Runs `f` with the screen on show (tracked).
    pub fn with<R>(&self, f: impl FnOnce(&Screen) -> R) -> R {
        self.screen.with(f)
    }

    /// Whether the intro is on show (untracked).
    fn on_intro(&self) -> bool {
        self.screen.with_untracked(|s| matches!(s, Screen::Intro))
    }

    pub fn show(&self, screen: Screen) {
        self.screen.set(screen);
    }

    /// Opens the screen the saved progress was on: the open question, or the result.
    pub fn resume(&self) {
        let model = self.session.model();
        self.show(self.session.with_untracked(|p| screen::resume(p, &model)));
    }

    /// Leaves the intro for the open question (or the result, when every answer is in); an
    /// embedding host hears that a test began.
    pub fn begin(&self) {
        self.resume();
        if self.screen.with_untracked(|s| matches!(s, Screen::Question)) {
            self.host.started(&self.session.model(), self.session.with_untracked(|p| p.current));
        }
    }

    /// Opens where the visitor left off, if they had begun, and only if nothing else has been
    /// opened meanwhile (a share link, say).
    pub fn resume_if_started(&self) {
        if self.on_intro() && self.session.is_started() {
            self.resume();
        }
    }

    /// Chooses model `i` on the intro (the visitor's choice, kept for the next visit).
    pub fn choose(&self, i: usize) {
        self.session.select(i, true, || {});
    }

    /// Moves `step` questions on. Before the first is the intro; past the last is the result,
    /// but only for a complete set of answers: otherwise the first open question.
    pub fn go(&self, step: isize) {
        match self.session.with_untracked(|p| screen::advance(p, step)) {
            Advance::Intro => self.show(Screen::Intro),
            Advance::Question(q) => self.session.open(q),
            Advance::Finished => self.finish(),
        }
    }

    /// The last answer is in: the result is kept among the saved results (unless it is the same
    /// as the newest one of its model), told to an embedding host, and shown.
    fn finish(&self) {
        let model = self.session.model();
        let answers = self.session.answers();
        self.session.open(answers.len());
        self.saved.keep(SavedResult::new(page::new_id(), page::now(), &model, &answers));
        self.host.completed(model.clone(), answers.clone());
        self.show(Screen::Result(Shown { model, answers, from: From::Own }));
    }

    /// Goes back over every answer from the first question.
    pub fn review(&self) {
        self.session.open(0);
        self.show(Screen::Question);
    }

    /// Forgets the answers to the chosen model and goes back to the intro.
    pub fn start_over(&self) {
        self.session.start_over();
        self.show(Screen::Intro);
    }

    /// Opens "How this is scored" (which fetches every model it describes).
    pub fn open_method(&self) {
        self.screen.update(|s| *s = s.method());
    }

    /// Leaves "How this is scored" for where it was opened from.
    pub fn leave_method(&self) {
        self.screen.update(|s| {
            if let Screen::Method { back } = s {
                *s = Screen::leave_method(back);
            }
        });
    }

    /// Opens My results (which fetches every model version their scores need).
    pub fn open_my_results(&self) {
        self.show(Screen::MyResults);
    }

    /// Runs `then` once version `version` of model `id` is loaded, fetching it first if need be;
    /// says so when this release does not have that version (a failed fetch has already told the
    /// user).
    fn when_loaded(&self, id: String, version: u32, then: impl FnOnce(Arc<Model>) + 'static) {
        let (models, notices) = (self.models, self.notices);
        self.env.spawn(async move {
            let built_in = catalog::index(&id).is_some();
            let missing = if built_in {
                text!(i18n::NOTICES_VERSION_MISSING, version = version)
            } else {
                text!(i18n::NOTICES_OTHER_PAGE_MODEL, id = &*id, version = version)
            };
            let has = catalog::model_file(&id, version).is_some();
            match models.load_version(id, version).await {
                Some(model) => then(model),
                None if !has => notices.notify(missing),
                None => {}
            }
        });
    }

    /// Opens saved result `id`.
    pub fn open_saved(&self, id: &str) {
        let Some(result) = self.saved.find(id) else { return };
        let nav = *self;
        self.when_loaded(result.model.clone(), result.version, move |model| match result.restore(&model) {
            Ok(answers) => nav.show_result(model, answers, From::Saved { id: result.id, taken: result.taken }),
            Err(problem) => nav.notices.notify(text!(i18n::NOTICES_SAVED_UNUSABLE, problem = problem.text())),
        });
    }

    fn show_result(&self, model: Arc<Model>, answers: Answers, from: From) {
        self.show(Screen::Result(Shown { model, answers, from }));
    }

    /// Whether the app opens with a shared result or a team link (`Env::opened_with`).
    pub fn has_link(&self) -> bool {
        self.env.opened_with().is_some()
    }

    /// Opens the team view with `start`.
    pub fn open_team(&self, start: TeamStart) {
        self.show(Screen::Team(start));
    }

    /// Opens the comparison of saved team pictures `a` and `b` (of one model version), earlier
    /// first, once that version is loaded.
    pub fn compare_teams(&self, a: &SavedTeam, b: &SavedTeam) {
        let (earlier, later) = if (&a.saved, &a.id) <= (&b.saved, &b.id) { (a, b) } else { (b, a) };
        let nav = *self;
        let (first, second) = (earlier.id.clone(), later.id.clone());
        self.when_loaded(later.model.clone(), later.version, move |_| {
            nav.show(Screen::TeamCompare { earlier: first, later: second })
        });
    }

    /// Opens the shared result or team link the app was given (`Env::opened_with`), if any; a link
    /// that cannot be read gives one sentence and leaves everything stored as it was. Reading a link is code
    /// in the split file: it is fetched for it, as the result screen will need it too.
    pub fn open_link(&self) {
        match self.env.opened_with() {
            Some(Opened::Team(payload)) => return self.open_team(TeamStart::Link(payload)),
            Some(Opened::Result(_)) => {}
            None => return,
        }
        let nav = *self;
        self.env.spawn(async move {
            if split_call!(read_link(nav)).is_err() {
                nav.notices.notify(i18n::NOTICES_LINK_NOT_LOADED);
            }
        });
    }

    /// Leaves a shared result for the intro of its model, with the link out of the address (the
    /// standalone page's own address only).
    pub fn take_it_yourself(&self) {
        // A widget with its host page's own model offers only that one.
        let model = match self.models.has_host_model() {
            true => Some(HOST),
            false => self.screen.with_untracked(|s| s.shown().and_then(|s| catalog::index(&s.model.id))),
        };
        if !self.env.is_embedded() {
            page::clear_fragment();
        }
        self.show(Screen::Intro);
        if let Some(model) = model {
            self.session.select(model, true, || {});
        }
    }

    /// Keeps the shared result on show among the user's own results.
    pub fn save_shared(&self) {
        let Some(shown) = self.screen.with_untracked(|s| s.shown().cloned()) else { return };
        let result = SavedResult::new(page::new_id(), page::now(), &shown.model, &shown.answers);
        let from = From::Saved { id: result.id.clone(), taken: result.taken.clone() };
        self.saved.add(result);
        self.show(Screen::Result(Shown { from, ..shown }));
    }

    /// Opens the comparison of saved results `a` and `b` (of one model), earlier first, once the
    /// versions of the questions that asked them are loaded.
    pub fn compare(&self, a: &str, b: &str) {
        let (Some(a), Some(b)) = (self.saved.find(a), self.saved.find(b)) else { return };
        let (earlier, later) = if (&a.taken, &a.id) <= (&b.taken, &b.id) { (a, b) } else { (b, a) };
        let nav = *self;
        let (model, version) = (later.model.clone(), later.version);
        self.when_loaded(earlier.model.clone(), earlier.version, move |_| {
            let ids = (earlier.id, later.id);
            nav.when_loaded(model, version, move |_| nav.show(Screen::Compare { earlier: ids.0, later: ids.1 }));
        });
    }
}

/// Opens the shared result the app was given.
#[cfg_attr(split, wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible))]
fn read_link(nav: Nav) -> Result<(), NotLoaded> {
    let Some(Opened::Result(payload)) = nav.env.opened_with() else { return Ok(()) };
    let header = match share::read_header(&payload) {
        Ok(header) => header,
        Err(why) => {
            nav.notices.notify(why.to_string());
            return Ok(());
        }
    };
    nav.when_loaded(header.model.to_string(), header.version, move |model| match share::decode(&model, &payload) {
        Ok(answers) => nav.show_result(model, answers, From::Shared),
        Err(why) => nav.notices.notify(why.to_string()),
    });
    Ok(())
}
