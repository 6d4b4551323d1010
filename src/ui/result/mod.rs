//! The result screen: the stage, the ladder, each dimension, what holds you back, next steps,
//! how your answers compare and where you would sit on other models, all laid out from one
//! `report::ResultReport`.

mod advice;
mod share;
mod sources;

use super::radar::{Radar, Series};
use super::screen::{From, Shown};
use super::start_over::StartOver;
use crate::browser::page;
use crate::core::crosswalk::ladders_besides;
use crate::core::scoring::score;
use crate::i18n::{self, Text};
use crate::report::{DimensionRow, ResultReport, Rung, result_report, shared_result_title};
use crate::text;
use crate::ui::env::Env;
use crate::ui::stores::{Stores, stores};
use crate::ui::words::{self, Show};
use advice::{Check, FollowThrough, Gaps, HoldingBack, KeepDoing, NextSteps, Unknown};
use leptos::prelude::*;
use share::SharePanel;
use sources::{Benchmark, Compared, Crosswalk, Footnotes};

#[component]
pub fn ResultScreen(shown: Shown) -> impl IntoView {
    let Stores { nav, saved, models, env, focus, lang, .. } = stores();
    let heading = focus.heading::<leptos::html::H1>();
    let Shown { model, answers, from } = shown;
    // A test completed before the split file arrived has the default model as the app starts with
    // it, without the text only this screen shows; the whole model is loaded by now.
    let model = models.version_untracked(&model.id, model.version).unwrap_or(model);
    let outcome = score(&model, &answers);
    let report = result_report(&model, &outcome, &answers, &ladders_besides(&model.id, &lang.catalog()));
    // The test just completed is listed once the saved results have been read.
    let meta = {
        let (model, answers, from) = (model.clone(), answers.clone(), from.clone());
        move || {
            let taken = match &from {
                From::Saved { taken, .. } => Some(taken.clone()),
                From::Shared => None,
                From::Own => saved.taken(&model, &answers),
            };
            match taken {
                Some(t) => text!(i18n::RESULT_META_TAKEN, version = model.version, date = words::local_date(&t)),
                None => text!(i18n::RESULT_META, version = model.version),
            }
            .tr()
        }
    };
    let consensus = match &from {
        From::Saved { id, .. } => saved.find(id).and_then(|r| r.team),
        _ => None,
    }
    .map(|team| view! { <Consensus team model=model.clone() /> });
    let own = from == From::Own;
    let shared = from == From::Shared;
    let title = if shared { shared_result_title(&model, &outcome).tr() } else { report.title.tr() };
    // The stage's own call to action (a host's model file) comes first; the host's `cta-url`
    // applies to every stage, so it follows unless it is the same link.
    let stage_cta = report.stage_cta.clone().map(|(label, url)| (label.tr(), url));
    let host_cta = env
        .with_host(|e| e.config.call_to_action.clone())
        .flatten()
        .filter(|host| stage_cta.as_ref().is_none_or(|(_, url)| *url != host.url))
        .map(|cta| (cta.label, cta.url));
    let call_to_action = (stage_cta.is_some() || host_cta.is_some()).then(|| {
        let primary = stage_cta.is_some();
        view! {
            <p class="cxm-cta">
                {stage_cta.map(|(label, url)| view! { <CallToAction label url primary=true /> })}
                {host_cta.map(|(label, url)| view! { <CallToAction label url primary=!primary /> })}
            </p>
        }
    });
    let share = view! { <SharePanel model=model.clone() outcome=outcome.clone() answers=answers.clone() /> };
    let radar =
        Series { label: i18n::RESULT_RADAR_LABEL.tr(), values: outcome.dimensions.iter().map(|d| d.percent).collect() };
    let Stores { notices, .. } = stores();
    let print = move |_| {
        if !print_result(env) {
            notices.notify(i18n::NOTICES_PRINT_REFUSED);
        }
    };
    view! {
        <section class="cxm-screen cxm-result" id="cxm-result" aria-labelledby="cxm-result-title">
            <Banner from />
            <h1 id="cxm-result-title" tabindex="-1" node_ref=heading>
                {title}
            </h1>
            <p class="cxm-result__meta">{meta}</p>
            {consensus}
            <Report report radar />
            {call_to_action}
            {share}
            <nav class="cxm-actions" aria-label=i18n::RESULT_ACTIONS.tr()>
                <button type="button" class="cxm-button cxm-button--primary" on:click=move |_| nav.open_method()>
                    {i18n::NAV_METHOD.tr()}
                </button>
                {own
                    .then(|| {
                        view! {
                            <button type="button" class="cxm-button" on:click=move |_| nav.review()>
                                {i18n::RESULT_REVIEW.tr()}
                            </button>
                        }
                    })}
                <button type="button" class="cxm-button" on:click=move |_| nav.open_my_results()>
                    {i18n::NAV_MY_RESULTS.tr()}
                </button>
                <button type="button" class="cxm-button" on:click=print>
                    {i18n::RESULT_PRINT.tr()}
                </button>
                <button type="button" class="cxm-button" on:click=move |_| nav.show(super::screen::Screen::Intro)>
                    {i18n::RESULT_TAKE_ANOTHER.tr()}
                </button>
            </nav>
            {own.then(|| view! { <StartOver /> })}
        </section>
    }
}

/// A link the host or its model's author offers with the result; it leaves the widget for the
/// whole window.
#[component]
fn CallToAction(label: String, url: String, primary: bool) -> impl IntoView {
    let class = if primary { "cxm-button cxm-button--primary" } else { "cxm-button" };
    view! {
        <a class=class href=url target="_top" rel="noopener">
            {label}
        </a>
    }
}

/// Prints the result on screen: the page, or in a widget the widget's own part, never its host
/// page. False when the browser would not.
pub(crate) fn print_result(env: Env) -> bool {
    match env.with_host(|e| e.host.clone()) {
        None => {
            page::print();
            true
        }
        Some(host) => env.root.get_untracked().is_some_and(|root| page::print_part(&root, &host)),
    }
}

/// A team's agreed answers: how many people took part, and the evidence noted for each answer.
#[component]
fn Consensus(
    team: crate::core::team::record::Consensus,
    model: std::sync::Arc<crate::core::model::Model>,
) -> impl IntoView {
    let notes = team
        .notes
        .iter()
        .filter_map(|note| {
            let prompt = model.questions.get(note.question.checked_sub(1)? as usize)?.prompt.to_string();
            Some(view! {
                <li>
                    <strong>{prompt}</strong>
                    " "
                    {note.text.clone()}
                </li>
            })
        })
        .collect::<Vec<_>>();
    view! {
        <p class="cxm-result__consensus">
            <strong>{i18n::TEAM_CONSENSUS_OF.count(team.people as usize, Vec::new()).tr()}</strong>
        </p>
        {(!notes.is_empty())
            .then(|| {
                view! {
                    <Section id="cxm-consensus-notes" title=i18n::TEAM_CONSENSUS_NOTES.tr()>
                        <ul>{notes}</ul>
                    </Section>
                }
            })}
    }
}

/// Above a result that is not the one being taken: where it comes from, and what can be done.
#[component]
fn Banner(from: From) -> impl IntoView {
    let Stores { nav, .. } = stores();
    match from {
        From::Shared => Some(
            view! {
                <div class="cxm-banner" role="note">
                    <p>
                        <strong>{i18n::RESULT_SHARED_BANNER_TITLE.tr()}</strong>
                        " "
                        {i18n::RESULT_SHARED_BANNER_TEXT.tr()}
                    </p>
                    <div class="cxm-actions">
                        <button
                            type="button"
                            class="cxm-button cxm-button--primary"
                            on:click=move |_| nav.take_it_yourself()
                        >
                            {i18n::RESULT_TAKE_YOURSELF.tr()}
                        </button>
                        <button type="button" class="cxm-button" on:click=move |_| nav.save_shared()>
                            {i18n::RESULT_SAVE_SHARED.tr()}
                        </button>
                    </div>
                </div>
            }
            .into_any(),
        ),
        From::Saved { taken, .. } => Some(
            view! {
                <div class="cxm-banner" role="note">
                    <p>{text!(i18n::RESULT_SAVED_BANNER, date = words::local_date(&taken)).tr()}</p>
                </div>
            }
            .into_any(),
        ),
        From::Own => None,
    }
}

/// Everything below the result's heading.
#[component]
fn Report(report: ResultReport, radar: Series) -> impl IntoView {
    let names: Vec<String> = report.dimensions.iter().map(|d| d.name.tr()).collect();
    view! {
        <div class="cxm-report">
            <p class="cxm-result__model">{report.model_name.tr()}</p>
            <div class="cxm-stages">
                <div class="cxm-card cxm-stage">
                    <p class="cxm-stage__eyebrow">{report.eyebrow.tr()}</p>
                    <p class="cxm-stage__name">{report.stage_name.tr()}</p>
                    <p>{report.stage_description.tr()}</p>
                    {report.stage_message.map(|m| view! { <p class="cxm-stage__message">{m.tr()}</p> })}
                    {report.complete.map(|c| view! { <p class="cxm-stage__complete">{c.tr()}</p> })}
                </div>
                {report
                    .next_stage
                    .map(|next| {
                        view! {
                            <div class="cxm-card cxm-stage cxm-stage--next">
                                <p class="cxm-stage__eyebrow">{next.eyebrow.tr()}</p>
                                <p class="cxm-stage__name">{next.name.tr()}</p>
                                <p>{next.description.tr()}</p>
                            </div>
                        }
                    })}
            </div>
            <div class="cxm-standing">
                <p class="cxm-confidence">{report.confidence.tr()}</p>
                {report.best_case.map(|b| view! { <p class="cxm-best-case">{b.tr()}</p> })}
                {report.chasm_note.map(|n| view! { <p class="cxm-chasm-note">{n.tr()}</p> })}
                {report.held_note.map(|n| view! { <p class="cxm-chasm-note cxm-held-note">{n.tr()}</p> })}
                {report.benchmarks.into_iter().map(|b| view! { <Benchmark b /> }).collect_view()}
            </div>
            {(!report.ladder.is_empty())
                .then(|| {
                    view! {
                        <Section id="cxm-ladder-title" title=report.ladder_title.tr()>
                            <Ladder rungs=report.ladder />
                        </Section>
                    }
                })}
            <Section id="cxm-dimensions-title" title=report.dimensions_title.tr()>
                <Radar names series=vec![radar] />
                <ul class="cxm-dimensions">
                    {report.dimensions.into_iter().map(|row| view! { <Dimension row /> }).collect_view()}
                </ul>
            </Section>
            <Check lines=report.check />
            <Unknown items=report.unknown />
            <HoldingBack items=report.holding_back />
            <Gaps focus=report.focus />
            <NextSteps plan=report.plan />
            <FollowThrough follow=report.follow_through />
            {report.keep_doing.map(|keep| view! { <KeepDoing keep /> })}
            <Compared items=report.compared caveat=report.compared_caveat.as_ref().map(Text::en) />
            <Crosswalk intro=report.crosswalk_intro.tr() rows=report.crosswalk />
            <Footnotes sources=report.sources />
        </div>
    }
}

/// A titled part of a report, named by its heading.
#[component]
fn Section(
    id: &'static str,
    title: String,
    /// Extra classes besides `cxm-section`.
    #[prop(optional)]
    class: &'static str,
    children: Children,
) -> impl IntoView {
    let class = if class.is_empty() { "cxm-section".to_string() } else { format!("cxm-section {class}") };
    view! {
        <section class=class aria-labelledby=id>
            <h2 id=id>{title}</h2>
            {children()}
        </section>
    }
}

/// The model's stages from the top down, the result's marked, the chasm drawn where it lies.
#[component]
fn Ladder(rungs: Vec<Rung>) -> impl IntoView {
    let steps = rungs
        .into_iter()
        .map(|rung| {
            let mut class = String::from("cxm-ladder__step");
            if rung.done {
                class.push_str(" cxm-ladder__step--done");
            }
            if rung.here {
                class.push_str(" cxm-ladder__step--here");
            }
            view! {
                <li class=class aria-current=rung.here.then_some("step")>
                    <span class="cxm-ladder__number">{rung.number.to_string()}</span>
                    <span class="cxm-ladder__name">{rung.name.tr()}</span>
                    {rung.done.then(|| view! { <span class="cxm-ladder__done">{i18n::RESULT_RUNG_COMPLETE.tr()}</span> })}
                    {rung.here.then(|| view! { <span class="cxm-ladder__you">{i18n::RESULT_RUNG_HERE.tr()}</span> })}
                </li>
                {rung
                    .chasm_below
                    .then(|| {
                        view! {
                            <li class="cxm-ladder__chasm" aria-hidden="true">
                                {i18n::RESULT_RUNG_CHASM.tr()}
                            </li>
                        }
                    })}
            }
        })
        .collect_view();
    view! {
        <ol class="cxm-ladder" reversed=true>
            {steps}
        </ol>
    }
}

#[component]
fn Dimension(row: DimensionRow) -> impl IntoView {
    view! {
        <li class=if row.weak { "cxm-dimension cxm-dimension--weak" } else { "cxm-dimension" }>
            <div class="cxm-dimension__head">
                <span class="cxm-dimension__name">{row.name.tr()}</span>
                {row.status.map(|s| view! { <span class="cxm-dimension__status">{s.tr()}</span> })}
            </div>
            <div class="cxm-bar" aria-hidden="true">
                // Set through the CSSOM (`style:`), which a strict Content Security Policy allows,
                // unlike a `style` attribute.
                <div class="cxm-bar__fill" style:width=format!("{}%", row.percent)></div>
            </div>
            <p class="cxm-dimension__detail">{row.detail.tr()}</p>
            {row.benchmarks.into_iter().map(|b| view! { <Benchmark b /> }).collect_view()}
        </li>
    }
}
