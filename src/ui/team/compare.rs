//! Two saved team pictures of one model version side by side (last year's workshop and this
//! year's): how many took part, the middle of the team, and each area's median then and now.

use crate::core::team::stats::combine;
use crate::i18n;
use crate::report::capitalise;
use crate::report::compare::ChangeRow;
use crate::report::team::team_report;
use crate::text;
use crate::ui::compare::ChangeTable;
use crate::ui::radar::{Radar, Series};
use crate::ui::stores::teams::Teams;
use crate::ui::stores::{Stores, stores};
use crate::ui::words::{self, Show};
use leptos::prelude::*;

#[component]
pub fn TeamCompare(earlier: String, later: String) -> impl IntoView {
    let Stores { nav, models, focus, .. } = stores();
    let teams = Teams::open();
    let (earlier, later) = (teams.find(&earlier), teams.find(&later));
    let heading = focus.heading::<leptos::html::H1>();
    let body = move || {
        let (earlier, later) = (earlier.as_ref()?, later.as_ref()?);
        let model = models.version(&later.model, later.version)?;
        let (before, after) = (earlier.restore(&model).ok()?, later.restore(&model).ok()?);
        let (before, after) = (combine(&model, &before)?, combine(&model, &after)?);
        let (before_report, after_report) = (team_report(&model, &before), team_report(&model, &after));
        let from = text!(i18n::COMPARE_EARLIER_ON, date = words::local_date(&earlier.saved)).tr();
        let to = text!(i18n::COMPARE_LATER_ON, date = words::local_date(&later.saved)).tr();
        let medians = |p: &crate::core::team::stats::Picture| p.areas.iter().map(|a| a.spread.median).collect();
        let series = vec![
            Series { label: from.clone(), values: medians(&before) },
            Series { label: to.clone(), values: medians(&after) },
        ];
        let names: Vec<String> = model.dimensions.iter().map(|d| d.name.to_string()).collect();
        let rows = before_report
            .areas
            .iter()
            .zip(&after_report.areas)
            .map(|(b, a)| ChangeRow::new(b.name.clone(), b.five.median() as i32, a.five.median() as i32))
            .collect();
        Some(view! {
            <p class="cxm-result__model">{model.name.to_string()}</p>
            <div class="cxm-compare-sides">
                <div class="cxm-card">
                    <p class="cxm-stage__eyebrow">{from}</p>
                    <p class="cxm-compare__place">{before_report.title.tr()}</p>
                    <p>{before_report.middle.tr()}</p>
                </div>
                <div class="cxm-card">
                    <p class="cxm-stage__eyebrow">{to}</p>
                    <p class="cxm-compare__place">{after_report.title.tr()}</p>
                    <p>{after_report.middle.tr()}</p>
                </div>
            </div>
            <section class="cxm-section" aria-labelledby="cxm-team-compare-areas">
                <h2 id="cxm-team-compare-areas">{i18n::TEAM_COMPARE_MEDIANS.tr()}</h2>
                <Radar names series />
                <ChangeTable word=capitalise(&model.dimension_word) rows />
            </section>
        })
    };
    view! {
        <section class="cxm-screen cxm-comparison" id="cxm-team-comparison" aria-labelledby="cxm-team-compare-title">
            <h1 id="cxm-team-compare-title" tabindex="-1" node_ref=heading>
                {i18n::TEAM_COMPARE_TITLE.tr()}
            </h1>
            {body}
            <div class="cxm-actions">
                <button type="button" class="cxm-button" on:click=move |_| nav.open_my_results()>
                    {i18n::NAV_BACK_TO_MY_RESULTS.tr()}
                </button>
            </div>
        </section>
    }
}
