//! The team view: a facilitator gathers many people's results (share links pasted on their own
//! or inside chat messages and e-mails, team links, export files), sees them combined one picture
//! per model version (`group`), and agrees one set of answers in a workshop (`workshop`). Nothing
//! leaves the browser: the links are the data. `compare` puts two saved pictures side by side.

mod compare;
mod group;
mod workshop;

pub use compare::TeamCompare;

use super::screen::TeamStart;
use crate::core::answers::Answers;
use crate::core::model::Model;
use crate::core::share::TEAM_FRAGMENT_KEY;
use crate::core::team::roster::{self, Group, Roster};
use crate::i18n::{self, Text};
use crate::text;
use crate::ui::my_results::transfer::read_export;
use crate::ui::stores::teams::Teams;
use crate::ui::stores::{Stores, stores};
use crate::ui::words::Show;
use group::GroupView;
use leptos::prelude::*;
use workshop::Workshop;

/// The names a facilitator typed, by person (`person_key`); they stay in this browser. A list,
/// not a map: a name is looked up only for the rows on screen.
pub type Names = RwSignal<Vec<(String, String)>>;

/// The name typed for person `key`, if any.
pub fn name_of(names: &[(String, String)], key: &str) -> Option<String> {
    names.iter().find(|(k, _)| k == key).map(|(_, name)| name.clone())
}

/// Sets the name of person `key` (an empty name removes it).
pub fn set_name(names: &mut Vec<(String, String)>, key: &str, name: String) {
    names.retain(|(k, _)| k != key);
    if !name.is_empty() {
        names.push((key.to_string(), name));
    }
}

/// Who a person is, for their name: their model, version and answers.
fn person_key(model: &Model, answers: &Answers) -> String {
    format!("{}/{}/{}", model.id, model.version, answers.encode())
}

/// What a round of adding found, in one sentence.
fn added_text(people: usize, repeats: usize, damaged: usize) -> String {
    let mut parts = vec![i18n::TEAM_ADDED.count(people, Vec::new()).tr()];
    if repeats > 0 {
        parts.push(i18n::TEAM_ADDED_REPEATS.count(repeats, Vec::new()).tr());
    }
    if damaged > 0 {
        parts.push(i18n::TEAM_ADDED_DAMAGED.count(damaged, Vec::new()).tr());
    }
    parts.join(" ")
}

#[component]
pub fn TeamScreen(start: TeamStart) -> impl IntoView {
    let Stores { nav, models, env, focus, .. } = stores();
    let teams = Teams::open();
    let text = RwSignal::new(String::new());
    let roster = RwSignal::new(Roster::default());
    let names: Names = RwSignal::new(Vec::new());
    let status = RwSignal::new(String::new());
    // The saved picture this one was opened from, if any: saving again replaces it.
    let saved_id: RwSignal<Option<String>> = RwSignal::new(None);
    // The group being agreed in a workshop.
    let workshop: RwSignal<Option<Group>> = RwSignal::new(None);

    // Adds every person of the links in `pasted`, once the versions they name are loaded.
    let add_text = move |pasted: String| {
        let found = roster::find(&pasted);
        let wanted = found.needs().into_iter().map(|(id, v)| (id.to_string(), v)).collect();
        env.spawn(async move {
            models.load_each(wanted).await;
            let before = roster.with_untracked(|r| (r.people(), r.repeats, r.damaged.len()));
            roster.update(|r| r.add_found(found, &|id, v| models.version_untracked(id, v)));
            let after = roster.with_untracked(|r| (r.people(), r.repeats, r.damaged.len()));
            status.set(added_text(after.0 - before.0, after.1 - before.1, after.2 - before.2));
        });
    };
    match start {
        TeamStart::Empty => {}
        TeamStart::Link(payload) => add_text(format!("#{TEAM_FRAGMENT_KEY}={payload}")),
        TeamStart::Saved(id) => {
            if let Some(team) = teams.find(&id) {
                saved_id.set(Some(team.id.clone()));
                env.spawn(async move {
                    models.load_each(vec![(team.model.clone(), team.version)]).await;
                    let Some(model) = models.version_untracked(&team.model, team.version) else {
                        return status.set(text!(i18n::NOTICES_VERSION_MISSING, version = team.version).tr());
                    };
                    match team.restore(&model) {
                        Ok(people) => {
                            roster.update(|r| {
                                for (answers, name) in people.into_iter().zip(&team.names) {
                                    names.update(|n| set_name(n, &person_key(&model, &answers), name.clone()));
                                    r.add(&model, answers);
                                }
                            });
                        }
                        Err(problem) => status.set(text!(i18n::TEAM_SAVED_UNUSABLE, problem = problem.text()).tr()),
                    }
                });
            }
        }
    }

    let add = move |_| {
        let pasted = text.get_untracked();
        if pasted.trim().is_empty() {
            return status.set(i18n::TEAM_NOTHING_PASTED.tr());
        }
        text.set(String::new());
        add_text(pasted);
    };
    let import = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        env.spawn(async move {
            let import = match read_export(&input, models, |read| read(&[])).await {
                Ok(import) => import,
                Err(why) => return status.set(why),
            };
            let (mut added, mut repeats) = (0, import.duplicates);
            roster.update(|r| {
                for result in &import.added {
                    let Some(model) = models.version_untracked(&result.model, result.version) else { continue };
                    let Ok(answers) = result.restore(&model) else { continue };
                    if r.add(&model, answers) { added += 1 } else { repeats += 1 }
                }
            });
            let mut said = vec![added_text(added, repeats, import.refused.len())];
            said.extend(import.refused.iter().map(Text::en));
            status.set(said.join(" "));
        });
    };
    let clear = move |_| {
        roster.set(Roster::default());
        names.set(Vec::new());
        saved_id.set(None);
        status.set(i18n::TEAM_CLEARED.tr());
    };

    let damaged = move || {
        roster.with(|r| {
            (!r.damaged.is_empty()).then(|| {
                let items = r
                    .damaged
                    .iter()
                    .map(|d| {
                        view! {
                            <li>
                                <code>{d.link.clone()}</code>
                                " "
                                {text!(i18n::TEAM_DAMAGED_WHY, why = d.why.clone()).tr()}
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <section class="cxm-section cxm-team-damaged" aria-labelledby="cxm-team-damaged">
                        <h2 id="cxm-team-damaged">{i18n::TEAM_DAMAGED_TITLE.count(r.damaged.len(), Vec::new()).tr()}</h2>
                        <ul>{items}</ul>
                    </section>
                }
            })
        })
    };
    let groups = move || {
        let groups = roster.with(Roster::groups);
        let several = groups.len() > 1;
        let note = several.then(|| view! { <p class="cxm-muted">{i18n::TEAM_GROUPS_APART.tr()}</p> });
        let views = groups
            .into_iter()
            .enumerate()
            .map(|(i, group)| view! { <GroupView group index=i names saved_id workshop teams /> })
            .collect_view();
        view! {
            {note}
            {views}
        }
    };
    let gather = move || {
        // A heading of its own each time, so it takes focus again after a workshop.
        let heading = focus.heading::<leptos::html::H1>();
        view! {
            <h1 id="cxm-team-title" tabindex="-1" node_ref=heading>
                {i18n::TEAM_TITLE.tr()}
            </h1>
            <p>{i18n::TEAM_ABOUT.tr()}</p>
            <p class="cxm-muted">{i18n::TEAM_PRIVATE.tr()}</p>
            <div class="cxm-team-paste">
                <label class="cxm-share__label" for="cxm-team-text">{i18n::TEAM_PASTE_LABEL.tr()}</label>
                <textarea
                    id="cxm-team-text"
                    class="cxm-share__link"
                    rows="6"
                    aria-describedby="cxm-team-paste-hint"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                ></textarea>
                <p id="cxm-team-paste-hint" class="cxm-muted">
                    {i18n::TEAM_PASTE_HINT.tr()}
                </p>
                <div class="cxm-actions">
                    <button type="button" class="cxm-button cxm-button--primary" on:click=add>
                        {i18n::TEAM_ADD.tr()}
                    </button>
                    <button type="button" class="cxm-button" on:click=clear>
                        {i18n::TEAM_CLEAR.tr()}
                    </button>
                </div>
                <p>
                    <label for="cxm-team-import">{i18n::TEAM_IMPORT_LABEL.tr()} " "</label>
                    <input type="file" id="cxm-team-import" accept=".json,application/json" on:change=import />
                </p>
            </div>
            <p class="cxm-share__status cxm-team-status" role="status">
                {move || status.get()}
            </p>
            {damaged}
            {move || {
                (roster.with(Roster::people) == 0)
                    .then(|| view! { <p class="cxm-muted">{i18n::TEAM_EMPTY.tr()}</p> })
            }}
            {groups}
            <div class="cxm-actions">
                <button type="button" class="cxm-button" on:click=move |_| nav.open_my_results()>
                    {i18n::NAV_MY_RESULTS.tr()}
                </button>
                <button type="button" class="cxm-button" on:click=move |_| nav.show(super::screen::Screen::Intro)>
                    {i18n::NAV_BACK_TO_START.tr()}
                </button>
            </div>
        }
    };
    view! {
        <section class="cxm-screen cxm-team" id="cxm-team" aria-labelledby="cxm-team-title">
            {move || match workshop.get() {
                Some(group) => view! { <Workshop group workshop /> }.into_any(),
                None => gather().into_any(),
            }}
        </section>
    }
}
