//! "My results": every result kept in this browser, newest first. Open one, delete one (with
//! undo) or everything, choose two of one assessment to compare, and export or import them.
//!
//! A history can hold thousands of results (an import from another device), so the list is keyed
//! (a deletion removes one row, not every row) and shows one page at a time; only the rows on
//! screen are scored.

mod teams;
pub(super) mod transfer;

use super::screen::Screen;
use crate::core::history::SavedResult;
use crate::core::scoring::score;
use crate::i18n::{self, Msg, PART, Text};
use crate::report::placement_text;
use crate::text;
use crate::ui::stores::models::Models;
use crate::ui::stores::teams::Teams;
use crate::ui::stores::{Stores, stores};
use crate::ui::words::{self, Show};
use leptos::prelude::*;
use teams::TeamPictures;
use transfer::Transfer;

/// Results shown at first, and added by each "Show more".
const PAGE: usize = 50;

/// What the list says a saved result is: its place, or why it cannot be scored.
fn describe(models: Models, result: &SavedResult) -> String {
    if !models.has_version(&result.model, result.version) {
        return text!(i18n::MY_RESULTS_VERSION_MISSING, version = result.version).tr();
    }
    match models.version(&result.model, result.version) {
        None => i18n::SCREEN_LOADING.tr(),
        Some(model) => match result.restore(&model) {
            Ok(answers) => placement_text(&model, score(&model, &answers).placement()).tr(),
            Err(problem) => text!(i18n::MY_RESULTS_UNUSABLE, problem = problem.text()).tr(),
        },
    }
}

/// The checkbox that picks one saved item (a result, a team picture) for a comparison: `id` is
/// added to or taken out of `picked`; `which` says the item to screen readers.
#[component]
fn Pick(
    id: String,
    picked: RwSignal<Vec<String>>,
    which: String,
    /// Keeps the checkbox's element id apart from another list's (`team-`).
    #[prop(optional)]
    kind: &'static str,
) -> impl IntoView {
    let box_id = format!("cxm-pick-{kind}{id}");
    let label_for = box_id.clone();
    let pick_id = id.clone();
    view! {
        <span class="cxm-saved__pick">
            <input
                type="checkbox"
                id=box_id
                prop:checked=move || picked.with(|p| p.contains(&pick_id))
                on:change=move |_| {
                    picked
                        .update(|p| {
                            if let Some(at) = p.iter().position(|x| *x == id) {
                                p.remove(at);
                            } else {
                                p.push(id.clone());
                            }
                        })
                }
            />
            <label for=label_for>{action(i18n::MY_RESULTS_PICK, &which)}</label>
        </span>
    }
}

/// What to say under a "Compare" button with `ticked` items ticked, `alike` when they are two
/// that can be compared; `not_alike` says what two must have in common.
fn compare_hint(ticked: usize, alike: bool, not_alike: Msg) -> Option<Msg> {
    match ticked {
        0 | 1 => Some(i18n::MY_RESULTS_TICK_TWO),
        2 if alike => None,
        2 => Some(not_alike),
        _ => Some(i18n::MY_RESULTS_TICK_ONLY_TWO),
    }
}

/// What a button or checkbox does to one result ("Open the Four phases result of 3 Mar 2026"):
/// the verb shown, the result said only to screen readers.
fn action(msg: Msg, which: &str) -> impl IntoView + use<> {
    let (before, after) = text!(msg, result = PART).tr_around();
    view! {
        {before}
        <span class="cxm-visually-hidden">{which.to_string()}</span>
        {after}
    }
}

#[component]
pub fn MyResults() -> impl IntoView {
    let Stores { saved, models, nav, focus, lang, .. } = stores();
    let heading = focus.heading::<leptos::html::H1>();
    // Every model, for the export's scores, and every version of the questions the results were
    // asked with, as they are read.
    models.load_all();
    Effect::new(move || models.load_versions(saved.versions()));
    let status = RwSignal::new(String::new());
    let teams = Teams::open();
    let undo: RwSignal<Option<SavedResult>> = RwSignal::new(None);
    let picked: RwSignal<Vec<String>> = RwSignal::new(Vec::new());
    let shown = RwSignal::new(PAGE);
    // An undo offered here must not bring back a result after another tab deleted results (all
    // of them, say).
    Effect::watch(move || saved.removed_elsewhere(), move |_, _, _| undo.set(None), false);

    let delete = move |id: String| {
        if let Some(gone) = saved.delete(&id) {
            status.set(text!(i18n::MY_RESULTS_DELETED, date = words::local_date(&gone.taken)).tr());
            undo.set(Some(gone));
            picked.update(|p| p.retain(|x| *x != id));
        }
    };
    let row = move |result: SavedResult| {
        let id = result.id.clone();
        let (open_id, delete_id) = (id.clone(), id.clone());
        let date = words::local_date(&result.taken);
        let name = models.name_of(&result.model, &lang.catalog());
        let which = text!(i18n::MY_RESULTS_WHICH, name = name.as_str(), date = date.as_str()).tr();
        view! {
            <li class="cxm-saved">
                <p class="cxm-saved__head">
                    <strong>{name}</strong>
                    <span class="cxm-saved__date">{date}</span>
                </p>
                <p class="cxm-saved__result">{move || describe(models, &result)}</p>
                <div class="cxm-saved__actions">
                    <Pick id=id.clone() picked which=which.clone() />
                    <button type="button" class="cxm-button" on:click=move |_| nav.open_saved(&open_id)>
                        {action(i18n::MY_RESULTS_OPEN, &which)}
                    </button>
                    <button type="button" class="cxm-button" on:click=move |_| delete(delete_id.clone())>
                        {action(i18n::MY_RESULTS_DELETE, &which)}
                    </button>
                </div>
            </li>
        }
    };
    let page_of_results = move || saved.with(|r| r.iter().take(shown.get()).cloned().collect::<Vec<SavedResult>>());
    // Only a change between empty and not rebuilds the list; the keyed rows follow the rest.
    let empty = Memo::new(move |_| saved.with(<[SavedResult]>::is_empty));
    let list = move || {
        if empty.get() {
            view! {
                <p class="cxm-muted">{i18n::MY_RESULTS_EMPTY.tr()}</p>
            }
            .into_any()
        } else {
            view! {
                <ul class="cxm-saved-list">
                    <For each=page_of_results key=|r| r.id.clone() children=row />
                </ul>
            }
            .into_any()
        }
    };
    let more = move || {
        let total = saved.with(<[SavedResult]>::len);
        let on_screen = shown.get().min(total);
        (total > on_screen).then(|| {
            view! {
                <p class="cxm-more">
                    <span class="cxm-muted">
                        {text!(i18n::MY_RESULTS_SHOWING, shown = on_screen, total = total).tr()}
                        " "
                    </span>
                    <button type="button" class="cxm-button" on:click=move |_| shown.update(|n| *n += PAGE)>
                        {text!(i18n::MY_RESULTS_SHOW_MORE, count = PAGE.min(total - on_screen)).tr()}
                    </button>
                </p>
            }
        })
    };
    let compare_bar = move || {
        let chosen = picked.get();
        let models: Vec<String> = saved.with(|results| {
            chosen.iter().filter_map(|id| results.iter().find(|r| r.id == *id).map(|r| r.model.clone())).collect()
        });
        let ready = models.len() == 2 && models[0] == models[1];
        let hint = compare_hint(models.len(), ready, i18n::MY_RESULTS_TICK_SAME);
        let (a, b) = (chosen.first().cloned().unwrap_or_default(), chosen.get(1).cloned().unwrap_or_default());
        view! {
            <div class="cxm-compare-bar">
                <button
                    type="button"
                    class="cxm-button cxm-button--primary"
                    disabled=!ready
                    on:click=move |_| nav.compare(&a, &b)
                >
                    {i18n::MY_RESULTS_COMPARE.tr()}
                </button>
                <p class="cxm-muted">{hint.map(Msg::en).unwrap_or_default()}</p>
            </div>
        }
    };
    view! {
        <section class="cxm-screen cxm-history" id="cxm-history" aria-labelledby="cxm-history-title">
            <h1 id="cxm-history-title" tabindex="-1" node_ref=heading>
                {i18n::MY_RESULTS_TITLE.tr()}
            </h1>
            <p class="cxm-lead">{i18n::MY_RESULTS_LEAD.tr()}</p>
            <p class="cxm-history__status" role="status">
                {move || status.get()}
                {move || {
                    undo.get()
                        .map(|gone| {
                            view! {
                                " "
                                <button
                                    type="button"
                                    class="cxm-link"
                                    on:click=move |_| {
                                        saved.add(gone.clone());
                                        undo.set(None);
                                        status.set(i18n::MY_RESULTS_RESTORED.tr());
                                    }
                                >
                                    {i18n::MY_RESULTS_UNDO.tr()}
                                </button>
                            }
                        })
                }}
            </p>
            {list}
            {more}
            {move || (saved.with(<[SavedResult]>::len) >= 2).then(compare_bar)}
            <TeamPictures teams />
            <Transfer status />
            <DeleteAll status undo teams />
            <div class="cxm-actions">
                <button type="button" class="cxm-button" on:click=move |_| nav.show(Screen::Intro)>
                    {i18n::NAV_BACK_TO_START.tr()}
                </button>
            </div>
        </section>
    }
}

/// "Delete all my data", with a confirmation that says exactly what goes.
#[component]
fn DeleteAll(status: RwSignal<String>, undo: RwSignal<Option<SavedResult>>, teams: Teams) -> impl IntoView {
    let Stores { saved, session, env, .. } = stores();
    let asking = RwSignal::new(false);
    let what = move || env.store(crate::ui::stores::persist::everything_described).unwrap_or_else(|| Text::from(""));
    view! {
        <section class="cxm-section" aria-labelledby="cxm-delete-all-title">
            <h2 id="cxm-delete-all-title">{i18n::MY_RESULTS_DELETE_ALL_TITLE.tr()}</h2>
            {move || {
                if asking.get() {
                    view! {
                        <div class="cxm-confirm" role="group" aria-labelledby="cxm-delete-all-text">
                            <p id="cxm-delete-all-text">{text!(i18n::MY_RESULTS_DELETE_ALL_WHAT, what = what()).tr()}</p>
                            <button
                                type="button"
                                class="cxm-button cxm-button--danger"
                                on:click=move |_| {
                                    let kept = saved.delete_everything();
                                    teams.reload();
                                    session.reset();
                                    undo.set(None);
                                    asking.set(false);
                                    status.set(match kept {
                                        0 => i18n::MY_RESULTS_ALL_DELETED.tr(),
                                        n => i18n::MY_RESULTS_NOT_ALL_DELETED.count(n, Vec::new()).tr(),
                                    });
                                }
                            >
                                {i18n::MY_RESULTS_DELETE_EVERYTHING.tr()}
                            </button>
                            <button type="button" class="cxm-button cxm-keep" on:click=move |_| asking.set(false)>
                                {i18n::MY_RESULTS_KEEP_DATA.tr()}
                            </button>
                        </div>
                    }
                        .into_any()
                } else {
                    view! {
                        <button type="button" class="cxm-button" on:click=move |_| asking.set(true)>
                            {i18n::MY_RESULTS_DELETE_ALL.tr()}
                        </button>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}
