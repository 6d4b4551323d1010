//! Sharing a result: a link that carries the answers in its fragment, copied or handed to the
//! browser's share sheet, and a one-line summary for a chat or an email.

use super::Section;
use crate::browser::page;
use crate::core::answers::Answers;
use crate::core::model::Model;
use crate::core::scoring::Outcome;
use crate::core::share::encode;
use crate::report::compare::summary_line;
use crate::ui::stores::stores;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn SharePanel(model: Arc<Model>, outcome: Outcome, answers: Answers) -> impl IntoView {
    let body = match encode(&model, &answers) {
        Ok(payload) => {
            let title = model.name.to_string();
            let link = stores().env.share_link(&payload);
            let summary = summary_line(&model, &outcome).en();
            view! { <Panel title link summary /> }.into_any()
        }
        Err(why) => view! { <p>{why.to_string()}</p> }.into_any(),
    };
    view! {
        <Section id="cxm-share-title" title="Share this result".into() class="cxm-share">
            {body}
        </Section>
    }
}

#[component]
fn Panel(title: String, link: String, summary: String) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let copy = move |text: String, what: &'static str| {
        leptos::task::spawn_local(async move {
            status.set(if page::copy(&text).await {
                format!("{what} copied.")
            } else {
                "Could not copy: select the text and copy it yourself.".to_string()
            });
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
                "Share…"
            </button>
        }
    });
    view! {
        <p>
            "Anyone who opens this link sees this result, worked out again in their own browser. The answers travel \
             in the part of the link after “#”, which browsers never send to a server."
        </p>
        <label class="cxm-share__label" for="cxm-share-link">
            "Link to this result"
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
            <button type="button" class="cxm-button" on:click=move |_| copy(copy_link.clone(), "Link")>
                "Copy link"
            </button>
            {sheet}
            <button type="button" class="cxm-button" on:click=move |_| copy(copy_summary.clone(), "Summary")>
                "Copy summary"
            </button>
        </div>
        <p class="cxm-share__status" role="status">
            {move || status.get()}
        </p>
    }
}
