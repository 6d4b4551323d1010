//! "How this is scored": every model's rules and sources, the one being taken first; shown once
//! every model is in or could not be fetched (a notice says which).

use super::state::Ctx;
use crate::i18n::Text;
use crate::report::method::{
    CROSSWALK_EXAMPLE, CROSSWALK_RULE, CROSSWALK_TITLE, INDEPENDENCE, LEAD, LIMITS, LIMITS_TITLE, MethodModel, Term,
    method_page,
};
use leptos::prelude::*;

#[component]
pub fn Method(ctx: Ctx) -> impl IntoView {
    let body = move || {
        let ready = ctx
            .models
            .with(|m| ctx.unavailable.with(|u| m.iter().enumerate().all(|(i, m)| m.is_some() || u.contains(&i))));
        if !ready {
            return view! { <p class="cxm-muted">"Loading the models…"</p> }.into_any();
        }
        let chosen = ctx.chosen.get();
        let page = ctx.models.with(|models| {
            let order = std::iter::once(chosen).chain((0..models.len()).filter(|&i| i != chosen));
            method_page(order.filter_map(|i| models[i].as_deref()))
        });
        view! {
            <div class="cxm-report">
                <p class="cxm-lead">{Text::from(LEAD).en()}</p>
                <section class="cxm-section" aria-labelledby="cxm-method-limits">
                    <h3 id="cxm-method-limits">{Text::from(LIMITS_TITLE).en()}</h3>
                    {LIMITS.iter().map(|&p| view! { <p>{Text::from(p).en()}</p> }).collect_view()}
                    <p>{Text::from(INDEPENDENCE).en()}</p>
                </section>
                {page.into_iter().map(|model| view! { <ModelMethod model /> }).collect_view()}
                <section class="cxm-section" aria-labelledby="cxm-method-crosswalk">
                    <h3 id="cxm-method-crosswalk">{Text::from(CROSSWALK_TITLE).en()}</h3>
                    <p>{Text::from(CROSSWALK_RULE).en()}</p>
                    <p>{Text::from(CROSSWALK_EXAMPLE).en()}</p>
                </section>
            </div>
        }
        .into_any()
    };
    let back = move || {
        view! {
            <button type="button" class="cxm-button" on:click=move |_| ctx.leave_method()>
                "Back"
            </button>
        }
    };
    view! {
        <section class="cxm-screen cxm-methodology" id="cxm-methodology" aria-labelledby="cxm-method-title">
            <h1 id="cxm-method-title" tabindex="-1">
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
            <h3 id=id>{model.name.en()}</h3>
            <p>{model.measures.en()}</p>
            <h4>{model.dimensions_title.en()}</h4>
            <ul class="cxm-list">
                <Terms terms=model.dimensions />
            </ul>
            {(!model.stages.is_empty())
                .then(|| {
                    view! {
                        <h4>{model.stages_title.en()}</h4>
                        <ol class="cxm-list">
                            <Terms terms=model.stages />
                        </ol>
                    }
                })}
            <h4>"How answers become a result"</h4>
            <ul class="cxm-list">{items(model.rules)}</ul>
            <h4>"Sources"</h4>
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
