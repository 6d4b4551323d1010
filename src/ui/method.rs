//! "How this is scored": every model's rules and sources, the one being taken first; shown once
//! every model is in or could not be fetched (a notice says which).

use crate::i18n::Text;
use crate::report::method::{
    CROSSWALK_EXAMPLE, CROSSWALK_RULE, CROSSWALK_TITLE, INDEPENDENCE, LEAD, LIMITS, LIMITS_TITLE, MethodModel, Term,
    method_page,
};
use crate::ui::stores::{Stores, stores};
use leptos::prelude::*;

#[component]
pub fn Method() -> impl IntoView {
    let Stores { models, session, nav, focus, .. } = stores();
    let heading = focus.heading::<leptos::html::H1>();
    models.load_all();
    let body = move || {
        if !models.settled() {
            return view! { <p class="cxm-muted">"Loading the models…"</p> }.into_any();
        }
        let chosen = session.shown();
        let all = models.all();
        let order = std::iter::once(chosen).chain((0..all.len()).filter(|&i| i != chosen));
        let page = method_page(order.filter_map(|i| all[i].as_deref()));
        view! {
            <div class="cxm-report">
                <p class="cxm-lead">{Text::from(LEAD).en()}</p>
                <section class="cxm-section" aria-labelledby="cxm-method-limits">
                    <h2 id="cxm-method-limits">{Text::from(LIMITS_TITLE).en()}</h2>
                    {LIMITS.iter().map(|&p| view! { <p>{Text::from(p).en()}</p> }).collect_view()}
                    <p>{Text::from(INDEPENDENCE).en()}</p>
                </section>
                {page.into_iter().map(|model| view! { <ModelMethod model /> }).collect_view()}
                <section class="cxm-section" aria-labelledby="cxm-method-crosswalk">
                    <h2 id="cxm-method-crosswalk">{Text::from(CROSSWALK_TITLE).en()}</h2>
                    <p>{Text::from(CROSSWALK_RULE).en()}</p>
                    <p>{Text::from(CROSSWALK_EXAMPLE).en()}</p>
                </section>
            </div>
        }
        .into_any()
    };
    let back = move || {
        view! {
            <button type="button" class="cxm-button" on:click=move |_| nav.leave_method()>
                "Back"
            </button>
        }
    };
    view! {
        <section class="cxm-screen cxm-methodology" id="cxm-methodology" aria-labelledby="cxm-method-title">
            <h1 id="cxm-method-title" tabindex="-1" node_ref=heading>
                "How this is scored"
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
    let items = |items: Vec<Text>| items.into_iter().map(|item| view! { <li>{item.en()}</li> }).collect_view();
    view! {
        <section class="cxm-section cxm-method" aria-labelledby=labelled_by>
            <h2 id=id>{model.name.en()}</h2>
            <p>{model.measures.en()}</p>
            <h3>{model.dimensions_title.en()}</h3>
            <ul class="cxm-list">
                <Terms terms=model.dimensions />
            </ul>
            {(!model.stages.is_empty())
                .then(|| {
                    view! {
                        <h3>{model.stages_title.en()}</h3>
                        <ol class="cxm-list">
                            <Terms terms=model.stages />
                        </ol>
                    }
                })}
            <h3>"How answers become a result"</h3>
            <ul class="cxm-list">{items(model.rules)}</ul>
            <h3>"Sources"</h3>
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
                    <strong>{t.name.en()}</strong>
                    {t.about.en()}
                </li>
            }
        })
        .collect_view()
}
