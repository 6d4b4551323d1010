//! The parts of a result that say what to do: answers to check, what is not known, what holds
//! you back, your answers beside the next rung, the whole plan, and the checklist for staying at
//! the top.

use super::Section;
use super::sources::Note;
use crate::i18n::{self, PART, Text};
use crate::report::{self, Focus, NEXT_STEPS, Step};
use crate::text;
use crate::ui::words::Show;
use leptos::prelude::*;

/// Areas whose answers are far apart, to check with someone who knows them.
#[component]
pub fn Check(lines: Vec<Text>) -> impl IntoView {
    (!lines.is_empty()).then(|| {
        let items = lines.into_iter().map(|line| view! { <li>{line.tr()}</li> }).collect_view();
        view! {
            <Section id="cxm-check-title" title=i18n::RESULT_CHECK_TITLE.tr()>
                <ul class="cxm-list">{items}</ul>
            </Section>
        }
    })
}

/// Areas too little is known of to place: unknown, not weak.
#[component]
pub fn Unknown(items: Vec<report::Unknown>) -> impl IntoView {
    (!items.is_empty()).then(|| {
        let items = items.into_iter().map(|u| area(&u.name, u.about)).collect_view();
        view! {
            <Section id="cxm-unknown-title" title=i18n::RESULT_UNKNOWN_TITLE.tr()>
                <ul class="cxm-list">{items}</ul>
            </Section>
        }
    })
}

#[component]
pub fn HoldingBack(items: Vec<report::HoldingBack>) -> impl IntoView {
    (!items.is_empty()).then(|| {
        let items = items.into_iter().map(|h| area(&h.name, h.about)).collect_view();
        view! {
            <Section id="cxm-holding-title" title=i18n::RESULT_HOLDING_TITLE.tr()>
                <ul class="cxm-list">{items}</ul>
            </Section>
        }
    })
}

/// An area named in bold, then what is said of it.
fn area(name: &Text, about: Text) -> impl IntoView + use<> {
    let (before, after) = text!(i18n::RESULT_AREA_ABOUT, name = PART, about = about).tr_around();
    view! {
        <li>
            {before}
            <strong>{name.tr()}</strong>
            {after}
        </li>
    }
}

/// A sentence with an answer in it, "You: Often": the words before the answer as a tag (its own
/// span), then the answer and whatever follows it.
fn tagged(msg: i18n::Msg, answer: Text) -> impl IntoView + use<> {
    let (before, after) = text!(msg, answer = PART).tr_around();
    view! {
        <span class="cxm-gap__tag">{before}</span>
        {answer.tr()}
        {after}
    }
}

/// The weakest areas' answers, each beside the next rung up.
#[component]
pub fn Gaps(focus: Vec<Focus>) -> impl IntoView {
    (!focus.is_empty()).then(|| {
        let areas = focus
            .into_iter()
            .map(|f| {
                let rows = f
                    .gaps
                    .into_iter()
                    .map(|g| {
                        view! {
                            <li class="cxm-gap">
                                <p class="cxm-gap__question">{g.question.tr()}</p>
                                <p class="cxm-gap__you">{tagged(i18n::RESULT_GAP_YOU, g.you)}</p>
                                <p class="cxm-gap__next">{tagged(i18n::RESULT_GAP_NEXT, g.next)}</p>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <h3>{f.name.tr()}</h3>
                    <ul class="cxm-gaps">{rows}</ul>
                }
            })
            .collect_view();
        view! {
            <Section id="cxm-gaps-title" title=i18n::RESULT_GAPS_TITLE.tr()>
                {areas}
            </Section>
        }
    })
}

fn steps(steps: Vec<Step>) -> impl IntoView {
    steps
        .into_iter()
        .map(|s| {
            let leads_to = match s.leads_to {
                Some(answer) => text!(i18n::RESULT_LEADS_TO, answer = answer).tr(),
                None => i18n::RESULT_LEADS_TO_KNOWING.tr(),
            };
            view! {
                <li>
                    <span class="cxm-step__dimension">{s.dimension.tr()}</span>
                    {format!(" {}", s.advice.tr())}
                    <span class="cxm-step__target">{leads_to}</span>
                </li>
            }
        })
        .collect_view()
}

/// The first steps of the plan, and the whole plan after them.
#[component]
pub fn NextSteps(mut plan: Vec<Step>) -> impl IntoView {
    (!plan.is_empty()).then(|| {
        let total = plan.len();
        let rest = plan.split_off(NEXT_STEPS.min(total));
        let first = plan.len();
        let more = (!rest.is_empty()).then(|| {
            view! {
                <details class="cxm-plan">
                    <summary>{i18n::RESULT_WHOLE_PLAN.count(total, Vec::new()).tr()}</summary>
                    <ol start=(first + 1).to_string()>{steps(rest)}</ol>
                </details>
            }
        });
        view! {
            <Section id="cxm-steps-title" title=i18n::RESULT_STEPS_TITLE.tr()>
                <ol class="cxm-steps">{steps(plan)}</ol>
                {more}
            </Section>
        }
    })
}

/// Tracking the plan and measuring again, on every result.
#[component]
pub fn FollowThrough(follow: report::Sourced) -> impl IntoView {
    view! {
        <Section id="cxm-follow-title" title=i18n::RESULT_FOLLOW_TITLE.tr()>
            <p>{follow.text.tr()} <Note n=follow.note /></p>
        </Section>
    }
}

/// A checklist the user can tick for their next review; the ticks are theirs alone (not saved).
#[component]
pub fn KeepDoing(keep: report::KeepDoing) -> impl IntoView {
    let items = keep
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let id = format!("cxm-keep-{i}");
            let label_for = id.clone();
            view! {
                <li>
                    <input type="checkbox" id=id />
                    <label for=label_for>{item.tr()}</label>
                </li>
            }
        })
        .collect_view();
    let below = (!keep.below_top.is_empty()).then(|| {
        let names = report::joined(keep.below_top, i18n::COMMON_LIST_SEMICOLONS);
        view! { <p>{text!(i18n::RESULT_NOT_YET_AT_TOP, names = names).tr()}</p> }
    });
    view! {
        <Section id="cxm-keep-title" title=i18n::RESULT_KEEP_TITLE.tr() class="cxm-keep">
            <p>{keep.warning.tr()} <Note n=keep.note /></p>
            {below}
            <p>{keep.intro.tr()}</p>
            <ul class="cxm-checklist">{items}</ul>
        </Section>
    }
}
