//! The parts of a result that say what to do: what holds you back, the next steps (and the full
//! plan of a gated model), and the checklist for staying at the top.

use super::Section;
use super::sources::Note;
use crate::report::{self, Step};
use leptos::prelude::*;

#[component]
pub fn HoldingBack(items: Vec<report::HoldingBack>) -> impl IntoView {
    (!items.is_empty()).then(|| {
        let items = items
            .into_iter()
            .map(|h| {
                view! {
                    <li>
                        <strong>{h.name}</strong>
                        {format!(": {}", h.about)}
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

fn steps(steps: Vec<Step>) -> impl IntoView {
    steps
        .into_iter()
        .map(|s| {
            view! {
                <li>
                    <span class="cxm-step__dimension">{s.dimension}</span>
                    {format!(" {}", s.advice)}
                </li>
            }
        })
        .collect_view()
}

#[component]
pub fn NextSteps(next: Vec<Step>, rest: Vec<Step>) -> impl IntoView {
    (!next.is_empty()).then(|| {
        let first = next.len();
        let plan = (!rest.is_empty()).then(|| {
            view! {
                <details class="cxm-plan">
                    <summary>{format!("The full action plan ({} steps)", first + rest.len())}</summary>
                    <ol start=(first + 1).to_string()>{steps(rest)}</ol>
                </details>
            }
        });
        view! {
            <Section id="cxm-steps-title" title="Your next steps".into()>
                <ol class="cxm-steps">{steps(next)}</ol>
                {plan}
            </Section>
        }
    })
}

/// Tracking the plan and measuring again, on every result.
#[component]
pub fn FollowThrough(follow: report::Sourced) -> impl IntoView {
    view! {
        <Section id="cxm-follow-title" title="Following it through".into()>
            <p>{follow.text} <Note n=follow.note /></p>
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
                    <label for=label_for>{*item}</label>
                </li>
            }
        })
        .collect_view();
    view! {
        <Section id="cxm-keep-title" title="Staying at the top".into() class="cxm-keep">
            <p>{keep.warning} <Note n=keep.note /></p>
            <p>{keep.intro}</p>
            <ul class="cxm-checklist">{items}</ul>
        </Section>
    }
}
