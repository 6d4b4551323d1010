//! What an embedded app tells its host page: the `cx-maturity-complete` event when a test is
//! completed, whose detail is the scored result made into a JavaScript value by
//! serde-wasm-bindgen. Scoring and telling are code in the split file (`ui::split`), normally in
//! by the last answer; a completion that comes first waits for it, however it arrives.

use super::later_code::{LaterCode, Status};
use crate::core::answers::Answers;
use crate::core::model::Model;
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
