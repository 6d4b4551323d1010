//! "Team view" in My results: the way into the team view, and the team pictures saved in this
//! browser, each to open, delete, or compare with another of the same assessment.

use super::{Pick, action, compare_hint};
use crate::core::team::record::SavedTeam;
use crate::i18n::{self, Msg};
use crate::text;
use crate::ui::screen::TeamStart;
use crate::ui::stores::teams::Teams;
use crate::ui::stores::{Stores, stores};
use crate::ui::words::{self, Show};
use leptos::prelude::*;

#[component]
pub fn TeamPictures(teams: Teams) -> impl IntoView {
    let Stores { nav, models, lang, .. } = stores();
    let picked: RwSignal<Vec<String>> = RwSignal::new(Vec::new());
    let row = move |team: SavedTeam| {
        let date = words::local_date(&team.saved);
        let name = models.name_of(&team.model, &lang.catalog());
        let which = text!(i18n::TEAM_SAVED_WHICH, name = name.as_str(), date = date.as_str()).tr();
        let people = i18n::TEAM_PEOPLE.count(team.people.len(), Vec::new()).tr();
        let (open_id, delete_id) = (team.id.clone(), team.id.clone());
        view! {
            <li class="cxm-saved">
                <p class="cxm-saved__head">
                    <strong>{name}</strong>
                    <span class="cxm-saved__date">{date}</span>
                </p>
                <p class="cxm-saved__result">{people}</p>
                <div class="cxm-saved__actions">
                    <Pick id=team.id.clone() picked which=which.clone() kind="team-" />
                    <button
                        type="button"
                        class="cxm-button"
                        on:click=move |_| nav.open_team(TeamStart::Saved(open_id.clone()))
                    >
                        {action(i18n::MY_RESULTS_OPEN, &which)}
                    </button>
                    <button
                        type="button"
                        class="cxm-button"
                        on:click=move |_| {
                            if teams.delete(&delete_id) {
                                picked.update(|p| p.retain(|x| *x != delete_id));
                            }
                        }
                    >
                        {action(i18n::MY_RESULTS_DELETE, &which)}
                    </button>
                </div>
            </li>
        }
    };
    let compare_bar = move || {
        let chosen: Vec<SavedTeam> = picked
            .with(|p| p.iter().filter_map(|id| teams.with(|t| t.iter().find(|x| x.id == *id).cloned())).collect());
        let ready = chosen.len() == 2 && (&chosen[0].model, chosen[0].version) == (&chosen[1].model, chosen[1].version);
        let hint = compare_hint(chosen.len(), ready, i18n::TEAM_TICK_SAME);
        let pair = ready.then(|| (chosen[0].clone(), chosen[1].clone()));
        view! {
            <div class="cxm-compare-bar">
                <button
                    type="button"
                    class="cxm-button cxm-button--primary"
                    disabled=!ready
                    on:click=move |_| {
                        if let Some((a, b)) = &pair {
                            nav.compare_teams(a, b);
                        }
                    }
                >
                    {i18n::TEAM_COMPARE.tr()}
                </button>
                <p class="cxm-muted">{hint.map(Msg::en).unwrap_or_default()}</p>
            </div>
        }
    };
    view! {
        <section class="cxm-section" aria-labelledby="cxm-team-pictures-title">
            <h2 id="cxm-team-pictures-title">{i18n::TEAM_PICTURES_TITLE.tr()}</h2>
            <p>{i18n::TEAM_PICTURES_ABOUT.tr()}</p>
            <div class="cxm-actions">
                <button type="button" class="cxm-button" on:click=move |_| nav.open_team(TeamStart::Empty)>
                    {i18n::TEAM_OPEN.tr()}
                </button>
            </div>
            {move || {
                let list = teams.with(|t| t.to_vec());
                (!list.is_empty())
                    .then(|| {
                        view! {
                            <ul class="cxm-saved-list">{list.into_iter().map(row).collect_view()}</ul>
                        }
                    })
            }}
            {move || (teams.with(<[SavedTeam]>::len) >= 2).then(compare_bar)}
        </section>
    }
}
