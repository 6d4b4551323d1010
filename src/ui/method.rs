//! "How this is scored": every model's rules and sources, the one being taken first; shown once
//! every model is in or could not be fetched (a notice says which).

use crate::i18n::{self, Text};
use crate::report::method::{
    CROSSWALK_EXAMPLE, CROSSWALK_RULE, CROSSWALK_TITLE, INDEPENDENCE, LEAD, LIMITS, LIMITS_TITLE, MethodModel, TEAM,
    TEAM_TITLE, Term, method_page,
};
use crate::ui::stores::{Stores, stores};
use crate::ui::words::Show;
use leptos::prelude::*;

#[component]
pub fn Method() -> impl IntoView {
    let Stores { models, session, nav, focus, .. } = stores();
    let heading = focus.heading::<leptos::html::H1>();
    models.load_all();
    let body = move || {
        if !models.settled() {
            return view! { <p class="cxm-muted">{i18n::METHOD_LOADING.tr()}</p> }.into_any();
        }
        let chosen = session.shown();
        let all = models.all();
        let order = std::iter::once(chosen).chain((0..all.len()).filter(|&i| i != chosen));
        let page = method_page(order.filter_map(|i| all[i].as_deref()));
        view! {
            <div class="cxm-report">
                <p class="cxm-lead">{LEAD.tr()}</p>
                <section class="cxm-section" aria-labelledby="cxm-method-limits">
                    <h2 id="cxm-method-limits">{LIMITS_TITLE.tr()}</h2>
                    {LIMITS.iter().map(|&p| view! { <p>{p.tr()}</p> }).collect_view()}
                    <p>{INDEPENDENCE.tr()}</p>
                </section>
                {page.into_iter().map(|model| view! { <ModelMethod model /> }).collect_view()}
                <section class="cxm-section" aria-labelledby="cxm-method-crosswalk">
                    <h2 id="cxm-method-crosswalk">{CROSSWALK_TITLE.tr()}</h2>
                    <p>{CROSSWALK_RULE.tr()}</p>
                    <p>{CROSSWALK_EXAMPLE.tr()}</p>
                </section>
                <section class="cxm-section" aria-labelledby="cxm-method-team">
                    <h2 id="cxm-method-team">{TEAM_TITLE.tr()}</h2>
                    {TEAM.iter().map(|&p| view! { <p>{p.tr()}</p> }).collect_view()}
                </section>
            </div>
        }
        .into_any()
    };
    let back = move || {
        view! {
            <button type="button" class="cxm-button" on:click=move |_| nav.leave_method()>
                {i18n::NAV_BACK.tr()}
            </button>
        }
    };
    view! {
        <section class="cxm-screen cxm-methodology" id="cxm-methodology" aria-labelledby="cxm-method-title">
            <h1 id="cxm-method-title" tabindex="-1" node_ref=heading>
                {i18n::METHOD_TITLE.tr()}
            </h1>
            {back()}
            {body}
            {back()}
        </section>
    }
}

#[component]
fn ModelMethod(model: MethodModel) -> impl IntoView {
    let id = format!("cxm-method-{}", model.id);
    let labelled_by = id.clone();
    let items = |items: Vec<Text>| items.into_iter().map(|item| view! { <li>{item.tr()}</li> }).collect_view();
    view! {
        <section class="cxm-section cxm-method" aria-labelledby=labelled_by>
            <h2 id=id>{model.name.tr()}</h2>
            <p>{model.measures.tr()}</p>
            <h3>{model.dimensions_title.tr()}</h3>
            <ul class="cxm-list">
                <Terms terms=model.dimensions />
            </ul>
            {(!model.stages.is_empty())
                .then(|| {
                    view! {
                        <h3>{model.stages_title.tr()}</h3>
                        <ol class="cxm-list">
                            <Terms terms=model.stages />
                        </ol>
                    }
                })}
            <h3>{i18n::METHOD_RULES_TITLE.tr()}</h3>
            <ul class="cxm-list">{items(model.rules)}</ul>
            <h3>{i18n::METHOD_SOURCES_TITLE.tr()}</h3>
            <ul class="cxm-list">{items(model.sources)}</ul>
        </section>
    }
}

/// Named items as list items: the name in bold, then what it means.
#[component]
fn Terms(terms: Vec<Term>) -> impl IntoView {
    terms
        .into_iter()
        .map(|t| {
            view! {
                <li>
                    <strong>{t.name.tr()}</strong>
                    {t.about.tr()}
                </li>
            }
        })
        .collect_view()
}
