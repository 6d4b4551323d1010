//! The first screen: what the assessment is, the choice of model, and the way in. A release
//! build's page holds it prerendered (`entry::prerender_intro`), so its radios and buttons have
//! ids: what a visitor picks, focuses or clicks there before the app starts is handed over by id
//! (templates/start.js).

use super::start_over::StartOver;
use crate::core::catalog::CATALOG;
use crate::core::catalog::InLanguage;
use crate::i18n;
use crate::report::screen::{begin_label, minutes_line};
use crate::text;
use crate::ui::stores::{Stores, stores};
use crate::ui::words::Show;
use leptos::prelude::*;

#[component]
pub fn Intro() -> impl IntoView {
    let Stores { session, saved, nav, focus, models, .. } = stores();
    let heading = focus.heading::<leptos::html::H1>();
    let answered = move || session.with(|p| p.answers.answered());
    let begin = move || begin_label(answered(), session.with(|p| p.answers.len()), session.is_loading()).tr();
    view! {
        <section class="cxm-screen cxm-intro" id="cxm-intro" aria-labelledby="cxm-intro-title">
            <h1 id="cxm-intro-title" tabindex="-1" node_ref=heading>
                {i18n::INTRO_TITLE.tr()}
            </h1>
            <p class="cxm-lead">{i18n::INTRO_LEAD.tr()}</p>
            <ul class="cxm-facts">
                // A host's own model is timed with its name (`host_model`).
                <li hidden=models.has_host_model()>
                    {move || {
                        let (minutes, words) = models.size(session.shown());
                        minutes_line(minutes, words).tr()
                    }}
                </li>
                <li>{i18n::INTRO_PRIVATE.tr()}</li>
                <li>{i18n::INTRO_INDEPENDENT.tr()}</li>
                <li>{i18n::INTRO_NOT_SURE.tr()}</li>
            </ul>
            {if models.has_host_model() { view! { <HostModel /> }.into_any() } else { view! { <Chooser /> }.into_any() }}
            <div class="cxm-actions">
                <button
                    type="button"
                    id="cxm-begin"
                    class="cxm-button cxm-button--primary"
                    disabled=move || session.is_loading() || (models.has_host_model() && models.host().is_none())
                    on:click=move |_| nav.begin()
                >
                    {begin}
                </button>
                <button type="button" id="cxm-open-method" class="cxm-button" on:click=move |_| nav.open_method()>
                    {i18n::NAV_METHOD.tr()}
                </button>
                // Always there, so an export from another device can be imported before any test.
                <button type="button" id="cxm-open-history" class="cxm-button" on:click=move |_| nav.open_my_results()>
                    {move || match saved.count() {
                        0 => i18n::NAV_MY_RESULTS.tr(),
                        saved => text!(i18n::INTRO_MY_RESULTS_COUNT, count = saved).tr(),
                    }}
                </button>
                <button
                    type="button"
                    id="cxm-open-team"
                    class="cxm-button"
                    on:click=move |_| nav.open_team(crate::ui::screen::TeamStart::Empty)
                >
                    {i18n::TEAM_OPEN.tr()}
                </button>
            </div>
            {move || (answered() > 0).then(|| view! { <StartOver /> })}
        </section>
    }
}

/// The host page's own model (a widget's `model-src`), the only one offered: what the code that
/// read its file made of it (`ui::host_model`), or a line saying it is on its way.
#[component]
fn HostModel() -> impl IntoView {
    let Stores { models, .. } = stores();
    move || match models.host_intro() {
        Some(part) => part.run(),
        None => view! { <p class="cxm-host-model">{i18n::SCREEN_LOADING.tr()}</p> }.into_any(),
    }
}

/// The built-in models as one radio group; picking one loads it (if need be) and restores what
/// was saved for it.
#[component]
fn Chooser() -> impl IntoView {
    let Stores { session, nav, lang, .. } = stores();
    let catalog = lang.catalog();
    let choices = CATALOG
        .iter()
        .enumerate()
        .map(|(i, entry)| {
            let id = format!("cxm-model-{}", entry.id);
            let label_for = id.clone();
            view! {
                <label class="cxm-choice" for=label_for>
                    <input
                        type="radio"
                        name="cxm-model"
                        id=id
                        value=i.to_string()
                        // The attribute for the prerendered intro, the property for the app.
                        checked=move || session.shown() == i
                        prop:checked=move || session.shown() == i
                        on:change=move |_| nav.choose(i)
                    />
                    <span class="cxm-choice__text">
                        <strong class="cxm-choice__name">{catalog.model_name(i).to_string()}</strong>
                        <span class="cxm-choice__meta">
                            {text!(i18n::INTRO_MODEL_SIZE, questions = entry.questions, minutes = entry.minutes).tr()}
                        </span>
                        <span class="cxm-choice__summary">{catalog.model_summary(i).to_string()}</span>
                    </span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="cxm-choices">
            <legend>{i18n::INTRO_CHOOSE.tr()}</legend>
            {choices}
        </fieldset>
    }
}
