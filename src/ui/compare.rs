//! Two saved results of one assessment side by side: the overall change, each dimension's change
//! with its direction, and both drawn on one radar chart.

use super::radar::{Radar, Series};
use crate::core::scoring::score;
use crate::i18n;
use crate::report::compare::{ChangeRow, Direction, compare};
use crate::text;
use crate::ui::stores::{Stores, stores};
use crate::ui::words::{self, Show};
use leptos::prelude::*;

/// Saved results `earlier` and `later` (ids), of one model, whose questions' versions are loaded.
#[component]
pub fn Compare(earlier: String, later: String) -> impl IntoView {
    let Stores { nav, models, saved, focus, .. } = stores();
    let (earlier, later) = (saved.find(&earlier), saved.find(&later));
    let heading = focus.heading::<leptos::html::H1>();
    let back = move || {
        view! {
            <div class="cxm-actions">
                <button type="button" class="cxm-button" on:click=move |_| nav.open_my_results()>
                    {i18n::NAV_BACK_TO_MY_RESULTS.tr()}
                </button>
            </div>
        }
    };
    let body = move || {
        let (earlier, later) = (earlier.as_ref()?, later.as_ref()?);
        let (old_model, model) =
            (models.version(&earlier.model, earlier.version)?, models.version(&later.model, later.version)?);
        let (before, after) = (earlier.restore(&old_model).ok()?, later.restore(&model).ok()?);
        let (before, after) = (score(&old_model, &before), score(&model, &after));
        let c = compare((&old_model, &before), (&model, &after));
        let notes = c.notes.iter().map(|n| view! { <p class="cxm-muted">{n.tr()}</p> }).collect_view();
        let from = text!(i18n::COMPARE_EARLIER_ON, date = words::local_date(&earlier.taken)).tr();
        let to = text!(i18n::COMPARE_LATER_ON, date = words::local_date(&later.taken)).tr();
        let share = |p: i32| f64::from(p) / 100.0;
        let series = vec![
            Series { label: from.clone(), values: c.rows.iter().map(|r| share(r.before)).collect() },
            Series { label: to.clone(), values: c.rows.iter().map(|r| share(r.after)).collect() },
        ];
        let names: Vec<String> = c.rows.iter().map(|r| r.name.tr()).collect();
        Some(view! {
            <p class="cxm-result__model">{model.name.to_string()}</p>
            <div class="cxm-compare-sides">
                <div class="cxm-card">
                    <p class="cxm-stage__eyebrow">{from}</p>
                    <p class="cxm-compare__place">{c.before.tr()}</p>
                </div>
                <div class="cxm-card">
                    <p class="cxm-stage__eyebrow">{to}</p>
                    <p class="cxm-compare__place">{c.after.tr()}</p>
                </div>
            </div>
            <p class=format!("cxm-compare__overall cxm-change--{}", c.direction.word())>{c.overall.tr()}</p>
            {notes}
            <section class="cxm-section" aria-labelledby="cxm-compare-dims">
                <h2 id="cxm-compare-dims">
                    {text!(i18n::RESULT_BY_DIMENSION, dimension_word = &*model.dimension_word).tr()}
                </h2>
                <Radar names series />
                <ChangeTable word=crate::report::capitalise(&model.dimension_word) rows=c.rows />
            </section>
        })
    };
    view! {
        <section class="cxm-screen cxm-comparison" id="cxm-comparison" aria-labelledby="cxm-compare-title">
            <h1 id="cxm-compare-title" tabindex="-1" node_ref=heading>
                {i18n::COMPARE_TITLE.tr()}
            </h1>
            {body}
            {back()}
        </section>
    }
}

/// Each dimension's figure earlier and later, and the change, with its direction also as an arrow.
#[component]
pub fn ChangeTable(
    /// The model's word for a dimension, capitalised: the first column's heading.
    word: String,
    rows: Vec<ChangeRow>,
) -> impl IntoView {
    let percent = |p: i32| text!(i18n::COMMON_PERCENT, percent = p).tr();
    let rows = rows
        .into_iter()
        .map(|row| {
            let arrow = match row.direction {
                Direction::Up => "▲ ",
                Direction::Down => "▼ ",
                Direction::Same => "",
            };
            view! {
                <tr class=format!("cxm-change--{}", row.direction.word())>
                    <th scope="row">{row.name.tr()}</th>
                    <td>{percent(row.before)}</td>
                    <td>{percent(row.after)}</td>
                    <td>
                        <span aria-hidden="true">{arrow}</span>
                        {row.change.tr()}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="cxm-table-wrap">
            <table class="cxm-change-table">
                <thead>
                    <tr>
                        <th scope="col">{word}</th>
                        <th scope="col">{i18n::COMPARE_EARLIER.tr()}</th>
                        <th scope="col">{i18n::COMPARE_LATER.tr()}</th>
                        <th scope="col">{i18n::COMPARE_CHANGE.tr()}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
