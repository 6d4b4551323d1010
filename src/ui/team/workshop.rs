//! The workshop: question by question, where people disagree most first, the facilitator records
//! the answer the group agrees on, with a note on the evidence if they like. The agreed answers
//! are saved as a result of their own, marked as a team consensus with how many took part.

use super::group::question_row;
use crate::browser::page;
use crate::core::answers::{Answer, Answers};
use crate::core::history::SavedResult;
use crate::core::team::record::{Consensus, Note};
use crate::core::team::roster::Group;
use crate::core::team::stats::combine;
use crate::i18n;
use crate::report::team::question_row as question_report;
use crate::text;
use crate::ui::screen::{From, Screen, Shown};
use crate::ui::stores::{Stores, stores};
use crate::ui::words::Show;
use leptos::prelude::*;

#[component]
pub fn Workshop(group: Group, workshop: RwSignal<Option<Group>>) -> impl IntoView {
    let Stores { nav, saved, focus, .. } = stores();
    let model = group.model.clone();
    // A group has at least one person.
    let Some(picture) = combine(&model, &group.people) else { return ().into_any() };
    let order = picture.question_order.clone();
    let total = order.len();
    let at = RwSignal::new(0usize);
    let agreed = RwSignal::new(Answers::empty(&model));
    let notes = RwSignal::new(vec![String::new(); total]);
    let people = group.people.len();

    let step = {
        let (model, order) = (model.clone(), order.clone());
        move || {
            let k = at.get();
            let heading = focus.heading::<leptos::html::H2>();
            if k >= total {
                return summary(&model, &order, agreed, at, heading).into_any();
            }
            let q = order[k];
            let row = question_report(&model, &picture, q);
            let options = model.options(q).len();
            let choices = model
                .options(q)
                .iter()
                .map(|o| o.label.to_string())
                .chain([i18n::RESULT_NOT_SURE.tr()])
                .enumerate()
                .map(|(i, label)| {
                    let id = format!("cxm-ws-{q}-{i}");
                    let answer = Answer::at(i, options);
                    view! {
                        <div class="cxm-option">
                            <input
                                type="radio"
                                name="cxm-ws-answer"
                                id=id.clone()
                                prop:checked=move || agreed.with(|a| a.get(q) == answer)
                                on:change=move |_| agreed.update(|a| a.set(q, answer))
                            />
                            <label for=id>{label}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <p class="cxm-progress__text">
                    {text!(i18n::TEAM_WORKSHOP_STEP, number = k + 1, total = total).tr()}
                </p>
                <h2 id="cxm-ws-question" tabindex="-1" node_ref=heading>
                    {row.prompt.tr()}
                </h2>
                {question_row(row, false)}
                <fieldset class="cxm-options">
                    <legend>{i18n::TEAM_WORKSHOP_AGREED.tr()}</legend>
                    {choices}
                </fieldset>
                <p>
                    <label class="cxm-share__label" for="cxm-ws-note">{i18n::TEAM_WORKSHOP_NOTE.tr()}</label>
                    <textarea
                        id="cxm-ws-note"
                        class="cxm-share__link"
                        rows="3"
                        maxlength="500"
                        prop:value=move || notes.with(|n| n[k].clone())
                        on:input=move |ev| notes.update(|n| n[k] = event_target_value(&ev))
                    ></textarea>
                </p>
                <div class="cxm-actions">
                    <button type="button" class="cxm-button cxm-button--primary" on:click=move |_| at.set(k + 1)>
                        {i18n::TEAM_WORKSHOP_NEXT.tr()}
                    </button>
                    <button
                        type="button"
                        class="cxm-button"
                        on:click=move |_| if k == 0 { workshop.set(None) } else { at.set(k - 1) }
                    >
                        {i18n::NAV_BACK.tr()}
                    </button>
                </div>
            }
            .into_any()
        }
    };
    let save = move |_: leptos::ev::MouseEvent| {
        let answers = agreed.get_untracked();
        if !answers.is_complete() {
            return;
        }
        // In the order discussed; `SavedResult::consensus` puts them in question order.
        let notes = notes.with_untracked(|n| {
            order
                .iter()
                .zip(n)
                .map(|(&q, text)| Note { question: q as u32 + 1, text: text.trim().to_string() })
                .collect()
        });
        let consensus = Consensus { people: people as u32, notes };
        let result = SavedResult::consensus(page::new_id(), page::now(), &model, &answers, consensus);
        let from = From::Saved { id: result.id.clone(), taken: result.taken.clone() };
        saved.add(result);
        nav.show(Screen::Result(Shown { model: model.clone(), answers, from }));
    };
    let heading = focus.heading::<leptos::html::H1>();
    view! {
        <h1 id="cxm-team-title" tabindex="-1" node_ref=heading>
            {i18n::TEAM_WORKSHOP_TITLE.tr()}
        </h1>
        <p>{i18n::TEAM_WORKSHOP_ABOUT.count(people, Vec::new()).tr()}</p>
        {step}
        {move || {
            (at.get() >= total && agreed.with(Answers::is_complete))
                .then(|| {
                    view! {
                        <div class="cxm-actions">
                            <button type="button" class="cxm-button cxm-button--primary" on:click=save.clone()>
                                {i18n::TEAM_WORKSHOP_SAVE.tr()}
                            </button>
                        </div>
                    }
                })
        }}
        <div class="cxm-actions">
            <button type="button" class="cxm-button" on:click=move |_| workshop.set(None)>
                {i18n::TEAM_WORKSHOP_LEAVE.tr()}
            </button>
        </div>
    }
    .into_any()
}

/// After the last question: how many answers are agreed, and a way to each one still open.
fn summary(
    model: &crate::core::model::Model,
    order: &[usize],
    agreed: RwSignal<Answers>,
    at: RwSignal<usize>,
    heading: NodeRef<leptos::html::H2>,
) -> impl IntoView + use<> {
    let total = order.len();
    let open: Vec<(usize, usize)> = agreed.with_untracked(|a| {
        order.iter().enumerate().filter(|(_, q)| a.get(**q) == Answer::Unanswered).map(|(k, &q)| (k, q)).collect()
    });
    let open_list = open
        .iter()
        .map(|&(k, q)| {
            let prompt = model.questions[q].prompt.to_string();
            view! {
                <li>
                    <button type="button" class="cxm-link-button" on:click=move |_| at.set(k)>
                        {prompt}
                    </button>
                </li>
            }
        })
        .collect_view();
    let done = total - open.len();
    view! {
        <h2 id="cxm-ws-question" tabindex="-1" node_ref=heading>
            {i18n::TEAM_WORKSHOP_DONE_TITLE.tr()}
        </h2>
        <p>{text!(i18n::TEAM_WORKSHOP_DONE, agreed = done, total = total).tr()}</p>
        {(!open.is_empty())
            .then(|| {
                view! {
                    <p>{i18n::TEAM_WORKSHOP_OPEN.tr()}</p>
                    <ul>{open_list}</ul>
                }
            })}
        <div class="cxm-actions">
            <button type="button" class="cxm-button" on:click=move |_| at.set(total.saturating_sub(1))>
                {i18n::NAV_BACK.tr()}
            </button>
        </div>
    }
}
