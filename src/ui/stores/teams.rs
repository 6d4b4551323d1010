//! The team pictures a facilitator saved ("Team view" in My results), each under its own key, so
//! two tabs never overwrite each other; names typed for the people are in them and stay in this
//! browser. Only the screens after the questions use them, so this store is not among the app's
//! stores (`Stores`): a screen that needs it opens it (`Teams::open`), which reads storage then.

use super::notices::Notices;
use super::persist;
use super::{Stores, stores};
use crate::browser::storage::Written;
use crate::core::sort::heap_sort;
use crate::core::team::record::SavedTeam;
use crate::i18n;
use crate::ui::env::Env;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Teams {
    /// The saved pictures, newest first; `None` until read.
    list: RwSignal<Option<Vec<SavedTeam>>>,
    env: Env,
    notices: Notices,
}

impl Teams {
    /// The saved pictures, read from the storage of the app the calling component is in.
    pub fn open() -> Teams {
        let Stores { env, notices, .. } = stores();
        let teams = Teams { list: RwSignal::new(None), env, notices };
        teams.read();
        teams
    }

    /// Reads the saved pictures if they have not been read yet.
    fn read(&self) {
        if self.list.with_untracked(Option::is_some) {
            return;
        }
        let (mut teams, problems) = self.env.store(persist::load_teams).unwrap_or_default();
        heap_sort(&mut teams, |a, b| (&a.saved, &a.id) > (&b.saved, &b.id));
        for line in problems {
            self.notices.notify(line);
        }
        self.list.set(Some(teams));
    }

    /// Reads the saved pictures again (after everything was deleted).
    pub fn reload(&self) {
        self.list.set(None);
        self.read();
    }

    /// Runs `f` with the saved pictures, newest first (tracked; empty until read).
    pub fn with<R>(&self, f: impl FnOnce(&[SavedTeam]) -> R) -> R {
        self.list.with(|l| f(l.as_deref().unwrap_or_default()))
    }

    pub fn find(&self, id: &str) -> Option<SavedTeam> {
        self.list.with_untracked(|l| l.as_ref()?.iter().find(|t| t.id == id).cloned())
    }

    /// Saves `team` (a new picture, or one saved before under the same id) and lists it first;
    /// tells the user when it could only be kept in memory.
    pub fn save(&self, team: SavedTeam) -> Written {
        let written = self.env.store(|s| persist::save_team(s, &team)).unwrap_or(Written::Refused);
        if let Some(why) = persist::not_stored(written, [i18n::TEAM_SAVED_FULL, i18n::TEAM_SAVED_REFUSED]) {
            self.notices.notify(why);
        }
        self.list.update(|l| {
            let list = l.get_or_insert_with(Vec::new);
            list.retain(|t| t.id != team.id);
            list.insert(0, team);
        });
        written
    }

    /// Deletes saved picture `id`.
    pub fn delete(&self, id: &str) -> bool {
        if !self.env.store(|s| persist::delete_team(s, id)).unwrap_or(false) {
            self.notices.notify(i18n::TEAM_NOT_DELETED);
            return false;
        }
        self.list.update(|l| {
            if let Some(list) = l {
                list.retain(|t| t.id != id);
            }
        });
        true
    }
}
