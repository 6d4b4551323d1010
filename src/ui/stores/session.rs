//! The test being taken: which model, its answers and open question, and their saving. Every
//! change to the progress or the chosen model is saved by this store's own effect, merged with
//! what another tab saved meanwhile (`persist::save_progress`); nothing is written on opening.

use super::host::Host;
use super::later_code::LaterCode;
use super::models::Models;
use super::notices::Notices;
use super::persist::{self, Seen};
use crate::core::answers::{Answer, Answers};
use crate::core::model::Model;
use crate::core::progress::Progress;
use crate::ui::env::Env;
use crate::ui::screen;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Copy)]
pub struct Session {
    /// Catalog index of the model being taken; always a loaded one.
    chosen: RwSignal<usize>,
    /// Catalog index of a model being fetched because it was chosen.
    loading: RwSignal<Option<usize>>,
    progress: RwSignal<Progress>,
    /// What was last found stored as the chosen model's progress (`persist::save_progress`).
    seen: StoredValue<Seen, LocalStorage>,
    models: Models,
    notices: Notices,
    later: LaterCode,
    host: Host,
    env: Env,
}

impl Session {
    /// A session in the default model (catalog index 0), its saved progress not read yet.
    pub fn new(models: Models, notices: Notices, later: LaterCode, host: Host, env: Env) -> Session {
        let default = models.loaded(0).unwrap_or_else(|| unreachable!("the default model is always loaded"));
        let first = Progress::new(&default);
        let session = Session {
            chosen: RwSignal::new(0),
            loading: RwSignal::new(None),
            progress: RwSignal::new(first),
            seen: StoredValue::new_local(Seen::Nothing),
            models,
            notices,
            later,
            host,
            env,
        };
        // The one save path: whenever the progress or the chosen model changes (not when another
        // model is loaded), never on opening.
        Effect::watch(
            move || {
                session.chosen.track();
                session.progress.track();
            },
            move |_, _, _| session.save(),
            false,
        );
        session
    }

    /// The model being taken (untracked).
    pub fn model(&self) -> Arc<Model> {
        let i = self.chosen.get_untracked();
        self.models.loaded(i).unwrap_or_else(|| unreachable!("the chosen model is loaded"))
    }

    /// The catalog index the chooser shows as chosen: the one being fetched, else the one taken
    /// (tracked).
    pub fn shown(&self) -> usize {
        self.loading.get().unwrap_or_else(|| self.chosen.get())
    }

    /// Whether a chosen model is being fetched (tracked).
    pub fn is_loading(&self) -> bool {
        self.loading.with(Option::is_some)
    }

    /// Runs `f` with the progress (tracked).
    pub fn with<R>(&self, f: impl FnOnce(&Progress) -> R) -> R {
        self.progress.with(f)
    }

    /// Runs `f` with the progress (untracked).
    pub fn with_untracked<R>(&self, f: impl FnOnce(&Progress) -> R) -> R {
        self.progress.with_untracked(f)
    }

    /// The answers given so far.
    pub fn answers(&self) -> Answers {
        self.progress.with_untracked(|p| p.answers.clone())
    }

    /// Whether the progress is at its result.
    pub fn finished(&self) -> bool {
        self.progress.with_untracked(screen::finished)
    }

    /// Whether anything has been answered or opened.
    pub fn is_started(&self) -> bool {
        self.progress.with_untracked(Progress::is_started)
    }

    /// Answers question `q` with the option at `position` (after the options: "Not sure"); an
    /// embedding host hears of a question's first answer.
    pub fn answer(&self, q: usize, position: usize) {
        let model = self.model();
        let first = !self.is_answered(q);
        self.progress.update(|p| p.answers.set(q, Answer::at(position, model.options(q).len())));
        if first {
            self.host.answered(&model, q);
        }
    }

    /// Whether question `q` has an answer (untracked).
    pub fn is_answered(&self, q: usize) -> bool {
        self.progress.with_untracked(|p| p.answers.get(q)) != Answer::Unanswered
    }

    /// Opens question `q` (`len` for the result).
    pub fn open(&self, q: usize) {
        self.progress.update(|p| p.current = q);
    }

    /// Switches to loaded model `i`, restoring what was saved for it.
    pub fn choose(&self, i: usize) {
        let Some(model) = self.models.loaded(i) else { return };
        let Some(loaded) = self.env.store(|s| persist::load_progress(s, &model)) else { return };
        self.seen.set_value(loaded.seen);
        self.chosen.set(i);
        self.progress.set(loaded.progress);
        if let Some(notice) = loaded.notice {
            self.notices.notify(notice);
        }
    }

    /// Chooses model `i`, fetching it first if need be, then runs `then`. With `remember`, the
    /// choice is kept for the next visit: the visitor made it, not the page (a widget's `model`
    /// attribute, say).
    pub fn select(&self, i: usize, remember: bool, then: impl FnOnce() + 'static) {
        let session = *self;
        let settle = move || {
            session.choose(i);
            if remember {
                let id = session.model().id.clone();
                session.env.store(|s| persist::save_chosen(s, &id));
            }
            then();
        };
        if self.models.loaded(i).is_some() {
            self.loading.set(None);
            settle();
            return;
        }
        self.loading.set(Some(i));
        // The code that reads a fetched model comes with the later screens: both downloads at once.
        self.later.fetch();
        self.env.spawn(async move {
            let loaded = session.models.choose(i).await;
            if session.loading.get_untracked() != Some(i) {
                return;
            }
            session.loading.set(None);
            if loaded {
                settle();
            }
        });
    }

    /// Saves the progress in the chosen model, with whatever another tab saved meanwhile; the
    /// progress shown becomes what was saved.
    pub fn save(&self) {
        let model = self.model();
        let ours = self.progress.get_untracked();
        let seen = self.seen.get_value();
        let Some(saved) = self.env.store(|s| persist::save_progress(s, &model, &ours, &seen)) else { return };
        self.seen.set_value(saved.seen);
        if let Some(notice) = saved.notice {
            self.notices.notify(notice);
        }
        if saved.progress != ours {
            self.progress.set(saved.progress);
        }
    }

    /// Whether storage key `key` (as the app names it) is the chosen model's progress.
    pub fn is_own_key(&self, key: &str) -> bool {
        key == persist::progress_key(&self.model().id)
    }

    /// Forgets the answers to the chosen model.
    pub fn start_over(&self) {
        let model = self.model();
        self.env.store(|s| persist::forget_progress(s, &model.id));
        self.reset();
    }

    /// A fresh start in the chosen model, whatever storage holds (after "Delete all my data").
    pub fn reset(&self) {
        self.seen.set_value(Seen::Nothing);
        self.progress.set(Progress::new(&self.model()));
    }
}
