//! The parts of a result that say what to do: answers to check, what is not known, what holds
//! you back, your answers beside the next rung, the whole plan, and the checklist for staying at
//! the top.

use super::Section;
use super::sources::Note;
use crate::i18n::Text;
use crate::report::{self, Focus, NEXT_STEPS, Step};
use leptos::prelude::*;

/// Areas whose answers are far apart, to check with someone who knows them.
#[component]
pub fn Check(lines: Vec<Text>) -> impl IntoView {
    (!lines.is_empty()).then(|| {
        let items = lines.into_iter().map(|line| view! { <li>{line.en()}</li> }).collect_view();
        view! {
            <Section id="cxm-check-title" title="Answers to check".into()>
                <ul class="cxm-list">{items}</ul>
            </Section>
        }
    })
}

/// Areas too little is known of to place: unknown, not weak.
#[component]
pub fn Unknown(items: Vec<report::Unknown>) -> impl IntoView {
    (!items.is_empty()).then(|| {
        let items = items
            .into_iter()
            .map(|u| {
                view! {
                    <li>
                        <strong>{u.name.en()}</strong>
                        {format!(": {}", u.about.en())}
                    </li>
                }
            })
            .collect_view();
        view! {
            <Section id="cxm-unknown-title" title="Not known yet".into()>
                <ul class="cxm-list">{items}</ul>
            </Section>
        }
    })
}

#[component]
pub fn HoldingBack(items: Vec<report::HoldingBack>) -> impl IntoView {
    (!items.is_empty()).then(|| {
        let items = items
            .into_iter()
            .map(|h| {
                view! {
                    <li>
                        <strong>{h.name.en()}</strong>
                        {format!(": {}", h.about.en())}
                    </li>
                }
            })
            .collect_view();
        view! {
            <Section id="cxm-holding-title" title="What holds you back".into()>
                <ul class="cxm-list">{items}</ul>
            </Section>
        }
    })
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
                                <p class="cxm-gap__question">{g.question.en()}</p>
                                <p class="cxm-gap__you">
                                    <span class="cxm-gap__tag">"You: "</span>
                                    {g.you.en()}
                                </p>
                                <p class="cxm-gap__next">
                                    <span class="cxm-gap__tag">"Next: "</span>
                                    {g.next.en()}
                                </p>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <h3>{f.name.en()}</h3>
                    <ul class="cxm-gaps">{rows}</ul>
                }
            })
            .collect_view();
        view! {
            <Section id="cxm-gaps-title" title="Where you are, and the next rung".into()>
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
                Some(answer) => format!("Leads to: {}", answer.en()),
                None => "Leads to: knowing the answer.".to_string(),
            };
            view! {
                <li>
                    <span class="cxm-step__dimension">{s.dimension.en()}</span>
                    {format!(" {}", s.advice.en())}
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
                    <summary>{format!("The whole plan, in order ({total} steps)")}</summary>
                    <ol start=(first + 1).to_string()>{steps(rest)}</ol>
                </details>
            }
        });
        view! {
            <Section id="cxm-steps-title" title="Your next steps".into()>
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
        <Section id="cxm-follow-title" title="Following it through".into()>
            <p>{follow.text.en()} <Note n=follow.note /></p>
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
                    <label for=label_for>{item.en()}</label>
                </li>
            }
        })
        .collect_view();
    let below = (!keep.below_top.is_empty()).then(|| {
        let below: Vec<String> = keep.below_top.iter().map(Text::en).collect();
        view! { <p>{format!("Not yet at the top themselves: {}.", below.join("; "))}</p> }
    });
    view! {
        <Section id="cxm-keep-title" title="Staying at the top".into() class="cxm-keep">
            <p>{keep.warning.en()} <Note n=keep.note /></p>
            {below}
            <p>{keep.intro.en()}</p>
            <ul class="cxm-checklist">{items}</ul>
        </Section>
    }
}
