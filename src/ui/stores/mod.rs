//! The app's state, as small stores: each owns one piece of state and its side effects. They are
//! provided together through Leptos context, and a component takes the ones it uses
//! (`let Stores { session, nav, .. } = stores();`): one context, so the wasm has one copy of the
//! lookup. All of them are handles (`Copy`).
//!
//! - `notices`: lines telling the user what went wrong, each until dismissed;
//! - `models`: the models loaded, fetched when first needed;
//! - `later_code`: whether the code of the screens after the questions is here;
//! - `session`: the test being taken, saved on every change;
//! - `saved`: the saved results, followed when another tab changes them;
//! - `host`: what an embedded app tells its host page (its events);
//! - `nav`: the screen on show and every way between screens;
//! - `focus`: where focus goes when a screen changes;
//! - `lang`: the language the app speaks (`ui::words::Show::tr` renders with it).
//!
//! `teams` (the saved team pictures) is opened by the screens that use it, not kept here.
//!
//! `persist` is what they keep in storage and how it is read back.

pub mod focus;
pub mod host;
pub mod lang;
pub mod later_code;
pub mod models;
pub mod nav;
pub mod notices;
pub mod persist;
pub mod saved;
pub mod session;
pub mod teams;

use super::env::Env;
use crate::core::model::Model;
use focus::Focus;
use host::Host;
use lang::Lang;
use later_code::{LaterCode, Preload};
use leptos::prelude::*;
use models::Models;
use nav::Nav;
use notices::Notices;
use saved::Saved;
use session::Session;
use std::sync::Arc;

/// Every store of one app.
#[derive(Clone, Copy)]
pub struct Stores {
    pub env: Env,
    pub notices: Notices,
    pub models: Models,
    pub later: LaterCode,
    pub session: Session,
    pub saved: Saved,
    pub host: Host,
    pub nav: Nav,
    pub focus: Focus,
    pub lang: Lang,
}

impl Stores {
    /// The stores of an app starting on `default` (catalog index 0) in `env`, provided as context
    /// to everything under the current owner. `take_focus`: whether the first screen's heading
    /// takes focus.
    ///
    /// Never inlined: inlined into `ui::App`, as the optimiser chose before this had the language,
    /// the release's wasm was 2.4 KB gzip larger (measured on main at da825ec: 160.5 → 158.1 KB).
    #[inline(never)]
    pub fn provide(env: Env, default: Arc<Model>, preload: Preload, take_focus: bool) -> Stores {
        let notices = Notices::new();
        let models = Models::new(default, env, notices);
        let later = LaterCode::new(models, env, preload);
        let host = Host::new(later, env);
        let session = Session::new(models, notices, later, host, env);
        let saved = Saved::new(env, notices, later, models);
        let nav = Nav::new(session, saved, models, notices, host, later, env);
        let focus = Focus::new(take_focus);
        let lang = Lang::new(models, env, notices, focus);
        // The app starts in English.
        if let Some(language) = lang::wanted(env).filter(|l| l.tag != "en") {
            lang.speak(language);
        }
        let stores = Stores { env, notices, models, later, session, saved, host, nav, focus, lang };
        provide_context(stores);
        stores
    }
}

/// The stores of the app the calling component is in.
pub fn stores() -> Stores {
    expect_context::<Stores>()
}
