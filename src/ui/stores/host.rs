//! What an embedded app tells its host page, as events on its element whose details are serde types
//! of `core::widget` made into plain JavaScript objects (`page::announce`): `cx-maturity-start` when the visitor
//! leaves the intro for a question, `cx-maturity-progress` when a question gets its first answer
//! (both small, on a first visit's path), and `cx-maturity-complete` when a test is completed,
//! with the scored result. Scoring and telling a completion are code in the split file
//! (`ui::split`), normally in by the last answer; a completion that comes first waits for it,
//! however it arrives.

use super::later_code::{LaterCode, Status};
use crate::browser::page;
use crate::core::answers::Answers;
use crate::core::model::Model;
use crate::core::widget::step;
use crate::ui::env::Env;
use crate::ui::split;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Copy)]
pub struct Host {
    /// Completions not told yet: they wait for the split file.
    waiting: StoredValue<Vec<(Arc<Model>, Answers)>, LocalStorage>,
    later: LaterCode,
    env: Env,
}

impl Host {
    pub fn new(later: LaterCode, env: Env) -> Host {
        let host = Host { waiting: StoredValue::new_local(Vec::new()), later, env };
        Effect::watch(
            move || later.status(),
            move |status, _, _| {
                if *status == Status::Ready {
                    host.flush()
                }
            },
            false,
        );
        host
    }

    /// Tells the host the visitor began `model`'s questions on question `q` (0-based).
    pub fn started(&self, model: &Model, q: usize) {
        self.tell("cx-maturity-start", model, q);
    }

    /// Tells the host question `q` (0-based) of `model` has its first answer.
    pub fn answered(&self, model: &Model, q: usize) {
        self.tell("cx-maturity-progress", model, q);
    }

    fn tell(&self, event: &str, model: &Model, q: usize) {
        if let Some(host) = self.env.with_host(|e| e.host.clone()) {
            page::announce(&host, event, &step(model, q));
        }
    }

    /// Tells the host that `answers` to `model` are complete (nothing, on the app's own page).
    pub fn completed(&self, model: Arc<Model>, answers: Answers) {
        if !self.env.is_embedded() {
            return;
        }
        self.waiting.update_value(|w| w.push((model, answers)));
        if self.later.is_ready() {
            self.flush();
        } else {
            self.later.fetch();
        }
    }

    fn flush(&self) {
        let waiting = self.waiting.try_update_value(std::mem::take).unwrap_or_default();
        let Some((host, with_answers)) = self.env.with_host(|e| (e.host.clone(), e.config.share_answers)) else {
            return;
        };
        for (model, answers) in waiting {
            let host = host.clone();
            // Ready: the split file is in, so this cannot fail to load it.
            split_run!(self.env, split::tell_host(host, model, answers, with_answers));
        }
    }
}
