//! Sharing a result: a link that carries the answers in its fragment, copied or handed to the
//! browser's share sheet, and a one-line summary for a chat or an email.

use super::Section;
use crate::browser::page;
use crate::core::answers::Answers;
use crate::core::model::Model;
use crate::core::scoring::Outcome;
use crate::core::share::encode;
use crate::i18n::{self, Msg};
use crate::report::compare::summary_line;
use crate::ui::stores::stores;
use crate::ui::words::Show;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn SharePanel(model: Arc<Model>, outcome: Outcome, answers: Answers) -> impl IntoView {
    let body = match encode(&model, &answers) {
        Ok(payload) => {
            let title = model.name.to_string();
            let link = stores().env.share_link(&payload);
            let summary = summary_line(&model, &outcome).tr();
            view! { <Panel title link summary /> }.into_any()
        }
        Err(why) => view! { <p>{why.to_string()}</p> }.into_any(),
    };
    view! {
        <Section id="cxm-share-title" title=i18n::SHARE_TITLE.tr() class="cxm-share">
            {body}
        </Section>
    }
}

#[component]
fn Panel(title: String, link: String, summary: String) -> impl IntoView {
    let status = RwSignal::new(String::new());
    // `copied`: what to say once it is on the clipboard.
    let copy = move |text: String, copied: Msg| {
        leptos::task::spawn_local(async move {
            status.set(if page::copy(&text).await { copied.tr() } else { i18n::SHARE_COPY_FAILED.tr() });
        });
    };
    let (copy_link, copy_summary) = (link.clone(), summary.clone());
    let shared = (title, summary.clone(), link.clone());
    let sheet = page::can_share().then(|| {
        view! {
            <button
                type="button"
                class="cxm-button"
                on:click=move |_| {
                    let (title, text, url) = shared.clone();
                    leptos::task::spawn_local(async move {
                        page::share(&title, &text, &url).await;
                    });
                }
            >
                {i18n::SHARE_SHEET.tr()}
            </button>
        }
    });
    view! {
        <p>{i18n::SHARE_ABOUT.tr()}</p>
        <label class="cxm-share__label" for="cxm-share-link">
            {i18n::SHARE_LINK_LABEL.tr()}
        </label>
        <input
            class="cxm-share__link"
            id="cxm-share-link"
            type="text"
            readonly=true
            prop:value=link
            on:focus=move |ev| {
                let input: web_sys::HtmlInputElement = event_target(&ev);
                input.select();
            }
        />
        <p class="cxm-share__summary">{summary}</p>
        <div class="cxm-actions">
            <button type="button" class="cxm-button" on:click=move |_| copy(copy_link.clone(), i18n::SHARE_LINK_COPIED)>
                {i18n::SHARE_COPY_LINK.tr()}
            </button>
            {sheet}
            <button
                type="button"
                class="cxm-button"
                on:click=move |_| copy(copy_summary.clone(), i18n::SHARE_SUMMARY_COPIED)
            >
                {i18n::SHARE_COPY_SUMMARY.tr()}
            </button>
        </div>
        <p class="cxm-share__status" role="status">
            {move || status.get()}
        </p>
    }
}
