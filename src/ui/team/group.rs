//! One model version's people combined: the middle of the team and how many are at each stage,
//! each area's spread with every person as a mark, the radar with the median and the middle half,
//! where people disagree most, the people themselves (with names that stay in this browser), and
//! what can be done with the picture: a team link, a spreadsheet, a file, print, save, a workshop.

use super::{Names, name_of, person_key, set_name};
use crate::browser::page;
use crate::core::export::export_json;
use crate::core::history::SavedResult;
use crate::core::scoring::Placement;
use crate::core::share::encode_team;
use crate::core::team::record::SavedTeam;
use crate::core::team::roster::Group;
use crate::core::team::stats::combine;
use crate::i18n::{self, Catalog};
use crate::report::team::{AreaRow, QuestionRow, TeamReport, team_csv, team_report};
use crate::report::{capitalise, placement_text};
use crate::text;
use crate::ui::radar::{Band, Radar, Series};
use crate::ui::result::print_result;
use crate::ui::stores::teams::Teams;
use crate::ui::stores::{Stores, stores};
use crate::ui::words::Show;
use leptos::prelude::*;

/// People listed by name at first; the rest on request (a team of a thousand is one click away).
const PEOPLE_PAGE: usize = 20;

fn percent(p: u32) -> String {
    text!(i18n::COMMON_PERCENT, percent = p).tr()
}

/// A person's label where no name was typed: "Person 3".
fn person(k: usize) -> String {
    text!(i18n::TEAM_PERSON, number = k + 1).tr()
}

#[component]
pub fn GroupView(
    group: Group,
    index: usize,
    names: Names,
    saved_id: RwSignal<Option<String>>,
    workshop: RwSignal<Option<Group>>,
    /// The saved pictures, where "Save this picture" keeps it.
    teams: Teams,
) -> impl IntoView {
    let Stores { env, notices, .. } = stores();
    let model = group.model.clone();
    // A group has at least one person.
    let Some(picture) = combine(&model, &group.people) else { return ().into_any() };
    let report = team_report(&model, &picture);
    let id = move |part: &str| format!("cxm-team-{index}-{part}");
    let status = RwSignal::new(String::new());
    let keys: Vec<String> = group.people.iter().map(|a| person_key(&model, a)).collect();
    let typed_name = {
        let keys = keys.clone();
        move |k: usize| names.with_untracked(|n| name_of(n, &keys[k])).unwrap_or_default()
    };

    let link = encode_team(&model, &group.people).map(|payload| env.team_link(&payload));
    let link_part = match link {
        Ok(link) => {
            let copied = link.clone();
            let copy = move |_| {
                let link = copied.clone();
                leptos::task::spawn_local(async move {
                    status.set(if page::copy(&link).await {
                        i18n::TEAM_LINK_COPIED.tr()
                    } else {
                        i18n::SHARE_COPY_FAILED.tr()
                    });
                });
            };
            view! {
                <label class="cxm-share__label" for=id("link")>
                    {i18n::TEAM_LINK_LABEL.tr()}
                </label>
                <input
                    class="cxm-share__link"
                    id=id("link")
                    type="text"
                    readonly=true
                    aria-describedby=id("link-about")
                    prop:value=link
                    on:focus=move |ev| {
                        let input: web_sys::HtmlInputElement = event_target(&ev);
                        input.select();
                    }
                />
                <p id=id("link-about") class="cxm-muted">
                    {i18n::TEAM_LINK_ABOUT.tr()}
                </p>
                <div class="cxm-actions">
                    <button type="button" class="cxm-button" on:click=copy>
                        {i18n::TEAM_COPY_LINK.tr()}
                    </button>
                </div>
            }
            .into_any()
        }
        Err(why) => view! { <p>{why.to_string()}</p> }.into_any(),
    };

    let csv = {
        let (group, report, typed_name) = (group.clone(), report.clone(), typed_name.clone());
        move |_| {
            let typed: Vec<String> = (0..group.people.len()).map(&typed_name).collect();
            let text = team_csv(&group.model, &group.people, &report, &typed, &Catalog::english());
            let name = text!(i18n::TEAM_CSV_FILE, day = page::now().get(..10).unwrap_or_default()).tr();
            if !page::download(&name, "text/csv", &text) {
                status.set(i18n::TRANSFER_DOWNLOAD_REFUSED.tr());
            }
        }
    };
    let json = {
        let group = group.clone();
        move |_| {
            let now = page::now();
            let results: Vec<SavedResult> =
                group.people.iter().map(|a| SavedResult::new(page::new_id(), now.clone(), &group.model, a)).collect();
            let name = text!(i18n::TEAM_JSON_FILE, day = now.get(..10).unwrap_or_default()).tr();
            if !page::download(&name, "application/json", &export_json(&results, &now)) {
                status.set(i18n::TRANSFER_DOWNLOAD_REFUSED.tr());
            }
        }
    };
    let save = {
        let (group, typed_name) = (group.clone(), typed_name.clone());
        move |_| {
            let id = saved_id.get_untracked().unwrap_or_else(page::new_id);
            let typed = (0..group.people.len()).map(&typed_name).collect();
            let team = SavedTeam::new(id.clone(), page::now(), &group.model, &group.people, typed);
            saved_id.set(Some(id));
            if teams.save(team).stored() {
                status.set(i18n::TEAM_SAVED.tr());
            }
        }
    };
    let print = move |_| {
        if !print_result(env) {
            notices.notify(i18n::NOTICES_PRINT_REFUSED);
        }
    };
    let start_workshop = {
        let group = group.clone();
        move |_| workshop.set(Some(group.clone()))
    };

    let names_list: Vec<String> = model.dimensions.iter().map(|d| d.name.to_string()).collect();
    let median =
        Series { label: i18n::TEAM_RADAR_MEDIAN.tr(), values: picture.areas.iter().map(|a| a.spread.median).collect() };
    let band = Band {
        label: i18n::TEAM_RADAR_BAND.tr(),
        low: picture.areas.iter().map(|a| a.spread.q1).collect(),
        high: picture.areas.iter().map(|a| a.spread.q3).collect(),
    };
    let everyone = group.people.len();
    let shown = RwSignal::new(PEOPLE_PAGE.min(everyone));
    // Worded only for the rows on screen: a team can be a thousand people.
    let stage_of = picture.stage_of.clone();
    let row_model = model.clone();
    let people_rows = move || {
        (0..shown.get())
            .map(|k| {
                let key = keys[k].clone();
                let value_key = key.clone();
                let stage = capitalise(
                    &placement_text(&row_model, Placement { stage: stage_of[k], complete_stages: None }).tr(),
                );
                view! {
                    <tr>
                        <th scope="row">{person(k)}</th>
                        <td>
                            <input
                                type="text"
                                class="cxm-share__link cxm-team-name"
                                maxlength="80"
                                aria-label=text!(i18n::TEAM_NAME_OF, person = person(k)).tr()
                                prop:value=move || names.with(|n| name_of(n, &value_key).unwrap_or_default())
                                on:change=move |ev| {
                                    let typed = event_target_value(&ev).trim().to_string();
                                    names.update(|n| set_name(n, &key, typed));
                                }
                            />
                        </td>
                        <td>{stage}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let TeamReport { title, middle, stages, areas, area_order, questions } = report;
    let stage_rows = stages
        .into_iter()
        .map(|row| {
            view! {
                <tr>
                    <th scope="row">{capitalise(&row.stage.tr())}</th>
                    <td>
                        <Bar share=row.bar />
                        {i18n::TEAM_PEOPLE.count(row.people, Vec::new()).tr()}
                    </td>
                </tr>
            }
        })
        .collect_view();
    let ordered_areas = area_order.iter().map(|&d| areas[d].clone()).collect::<Vec<_>>();
    let area_rows = areas.into_iter().map(area_row).collect_view();
    let disagree_areas = ordered_areas
        .into_iter()
        .map(|a| view! { <li><strong>{a.name.tr()}</strong>": "{a.apart.tr()}</li> })
        .collect_view();
    let disagree_questions = questions.into_iter().map(|q| question_row(q, true)).collect_view();

    view! {
        <section class="cxm-section cxm-team-group" aria-labelledby=id("title")>
            <h2 id=id("title")>{title.tr()}</h2>
            <p class="cxm-team-middle">
                <strong>{middle.tr()}</strong>
            </p>
            <h3>{text!(i18n::TEAM_STAGES_TITLE, stage_word = &*model.stage_word).tr()}</h3>
            <div class="cxm-table-wrap">
                <table class="cxm-crosswalk cxm-team-stages">
                    <thead>
                        <tr>
                            <th scope="col">{capitalise(&model.stage_word)}</th>
                            <th scope="col">{i18n::TEAM_PEOPLE_COLUMN.tr()}</th>
                        </tr>
                    </thead>
                    <tbody>{stage_rows}</tbody>
                </table>
            </div>
            <h3>{text!(i18n::RESULT_BY_DIMENSION, dimension_word = &*model.dimension_word).tr()}</h3>
            <Radar names=names_list series=vec![median] band />
            <div class="cxm-table-wrap">
                <table class="cxm-crosswalk cxm-team-areas">
                    <thead>
                        <tr>
                            <th scope="col">{capitalise(&model.dimension_word)}</th>
                            <th scope="col">{i18n::TEAM_MEDIAN.tr()}</th>
                            <th scope="col">{i18n::TEAM_SPREAD_COLUMN.tr()}</th>
                        </tr>
                    </thead>
                    <tbody>{area_rows}</tbody>
                </table>
            </div>
            <h3>{i18n::TEAM_DISAGREE_TITLE.tr()}</h3>
            <ol class="cxm-team-disagree">{disagree_areas}</ol>
            <h4>{i18n::TEAM_DISAGREE_QUESTIONS.tr()}</h4>
            {disagree_questions}
            <h3>{i18n::TEAM_PEOPLE_TITLE.tr()}</h3>
            <p class="cxm-muted">{i18n::TEAM_NAMES_STAY.tr()}</p>
            <div class="cxm-table-wrap">
                <table class="cxm-crosswalk cxm-team-people">
                    <thead>
                        <tr>
                            <th scope="col">{i18n::TEAM_PERSON_COLUMN.tr()}</th>
                            <th scope="col">{i18n::TEAM_NAME_COLUMN.tr()}</th>
                            <th scope="col">{capitalise(&model.stage_word)}</th>
                        </tr>
                    </thead>
                    <tbody>{people_rows}</tbody>
                </table>
            </div>
            {move || {
                (shown.get() < everyone)
                    .then(|| {
                        view! {
                            <p class="cxm-more">
                                <span class="cxm-muted">
                                    {text!(i18n::MY_RESULTS_SHOWING, shown = shown.get(), total = everyone).tr()}
                                    " "
                                </span>
                                <button type="button" class="cxm-button" on:click=move |_| shown.set(everyone)>
                                    {i18n::TEAM_SHOW_EVERYONE.count(everyone, Vec::new()).tr()}
                                </button>
                            </p>
                        }
                    })
            }}
            <h3>{i18n::TEAM_SHARE_TITLE.tr()}</h3>
            {link_part}
            <div class="cxm-actions">
                <button type="button" class="cxm-button cxm-button--primary" on:click=start_workshop>
                    {i18n::TEAM_WORKSHOP_START.tr()}
                </button>
                <button type="button" class="cxm-button" on:click=save>
                    {i18n::TEAM_SAVE.tr()}
                </button>
                <button type="button" class="cxm-button" on:click=csv>
                    {i18n::TEAM_CSV.tr()}
                </button>
                <button type="button" class="cxm-button" on:click=json>
                    {i18n::TEAM_JSON.tr()}
                </button>
                <button type="button" class="cxm-button" on:click=print>
                    {i18n::RESULT_PRINT.tr()}
                </button>
            </div>
            <p class="cxm-share__status cxm-team-status" role="status">
                {move || status.get()}
            </p>
        </section>
    }
    .into_any()
}

/// A bar `share` (0.0–1.0) of its full length, drawn for the eye beside the number it shows.
#[component]
fn Bar(share: f64) -> impl IntoView {
    view! {
        <div class="cxm-bar" aria-hidden="true">
            <div class="cxm-bar__fill" style:width=format!("{}%", (share * 100.0).round() as u32)></div>
        </div>
    }
}

/// One area's row: its median, its spread in words, and a strip with the middle half as a box
/// and each person as a mark (drawn for the eye; the words are what a screen reader reads).
fn area_row(row: AreaRow) -> impl IntoView {
    let [lowest, q1, median, q3, highest] = row.five.0;
    let x = |p: u32| p.to_string();
    // One path of dots, each a round-capped zero-length stroke, a little apart up and down so
    // people with the same score stay visible: one element however many people there are, and a
    // dot drawn once however many people it stands for.
    let mut dots: Vec<(u32, usize)> = Vec::new();
    for (k, &m) in row.marks.iter().enumerate() {
        let dot = (m, 6 + 2 * (k % 5));
        if !dots.contains(&dot) {
            dots.push(dot);
        }
    }
    let marks: String = dots.iter().map(|(m, y)| format!("M{m} {y}h0")).collect();
    view! {
        <tr>
            <th scope="row">{row.name.tr()}</th>
            <td>{percent(median)}</td>
            <td>
                <svg class="cxm-team-strip" viewBox="-3 0 106 20" aria-hidden="true">
                    <line x1=x(lowest) x2=x(highest) y1="10" y2="10" />
                    <rect x=x(q1) width=x(q3 - q1) y="4" height="12" />
                    <line x1=x(median) x2=x(median) y1="2" y2="18" stroke-width="2" />
                    <path d=marks />
                </svg>
                <span class="cxm-team-spread">{row.five.words().tr()}</span>
            </td>
        </tr>
    }
}

/// A question people answered differently, with how many gave each answer; `heading`: with its
/// place and prompt (the workshop shows the prompt as its heading instead).
pub(super) fn question_row(row: QuestionRow, heading: bool) -> impl IntoView {
    let most = row.answers.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let answers = row
        .answers
        .into_iter()
        .map(|(label, n)| {
            view! {
                <tr>
                    <th scope="row">{label.tr()}</th>
                    <td>
                        <Bar share=n as f64 / most as f64 />
                        {i18n::TEAM_PEOPLE.count(n, Vec::new()).tr()}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="cxm-saved cxm-team-question">
            {heading
                .then(|| {
                    view! {
                        <p class="cxm-saved__date cxm-team-question__label">{row.label.tr()}</p>
                        <p class="cxm-saved__head cxm-team-question__prompt">{row.prompt.tr()}</p>
                    }
                })}
            <p class="cxm-muted">{row.apart.tr()}</p>
            <div class="cxm-table-wrap">
                <table class="cxm-crosswalk cxm-team-answers">
                    <caption class="cxm-visually-hidden">{row.label.tr()}</caption>
                    <tbody>{answers}</tbody>
                </table>
            </div>
        </div>
    }
}
