//! "My results": every result kept in this browser, newest first. Open one, delete one (with
//! undo) or everything, choose two of one assessment to compare, and export or import them.
//!
//! A history can hold thousands of results (an import from another device), so the list is keyed
//! (a deletion removes one row, not every row) and shows one page at a time; only the rows on
//! screen are scored.

mod transfer;

use super::screen::Screen;
use crate::browser::page;
use crate::core::catalog::{self, CATALOG};
use crate::core::history::SavedResult;
use crate::core::scoring::score;
use crate::report::placement_text;
use crate::ui::stores::models::Models;
use crate::ui::stores::{Stores, stores};
use leptos::prelude::*;
use transfer::Transfer;

/// Results shown at first, and added by each "Show more".
const PAGE: usize = 50;

/// What the list says a saved result is: its place, or why it cannot be scored.
fn describe(models: Models, result: &SavedResult) -> String {
    if catalog::model_file(&result.model, result.version).is_none() {
        return format!(
            "Cannot be shown: it was asked with version {} of the questions, which this version of the app does not \
             have.",
            result.version
        );
    }
    match models.version(&result.model, result.version) {
        None => "Loading…".to_string(),
        Some(model) => match result.restore(&model) {
            Ok(answers) => placement_text(&model, score(&model, &answers).placement()).en(),
            Err(problem) => format!("Cannot be shown: {problem}."),
        },
    }
}

fn model_name(id: &str) -> &'static str {
    CATALOG.iter().find(|e| e.id == id).map_or("", |e| e.name)
}

#[component]
pub fn MyResults() -> impl IntoView {
    let Stores { saved, models, nav, focus, .. } = stores();
    let heading = focus.heading::<leptos::html::H1>();
    // Every model, for the export's scores, and every version of the questions the results were
    // asked with, as they are read.
    models.load_all();
    Effect::new(move || models.load_versions(saved.versions()));
    let status = RwSignal::new(String::new());
    let undo: RwSignal<Option<SavedResult>> = RwSignal::new(None);
    let picked: RwSignal<Vec<String>> = RwSignal::new(Vec::new());
    let shown = RwSignal::new(PAGE);
    // An undo offered here must not bring back a result after another tab deleted results (all
    // of them, say).
    Effect::watch(move || saved.removed_elsewhere(), move |_, _, _| undo.set(None), false);

    let delete = move |id: String| {
        if let Some(gone) = saved.delete(&id) {
            status.set(format!("Deleted the result of {}.", page::local_date(&gone.taken)));
            undo.set(Some(gone));
            picked.update(|p| p.retain(|x| *x != id));
        }
    };
    let row = move |result: SavedResult| {
        let id = result.id.clone();
        let (open_id, delete_id, pick_id, toggle_id) = (id.clone(), id.clone(), id.clone(), id.clone());
        let date = page::local_date(&result.taken);
        let name = model_name(&result.model);
        let about = format!(" the {name} result of {date}");
        let box_id = format!("cxm-pick-{id}");
        let label_for = box_id.clone();
        view! {
            <li class="cxm-saved">
                <p class="cxm-saved__head">
                    <strong>{name}</strong>
                    <span class="cxm-saved__date">{date}</span>
                </p>
                <p class="cxm-saved__result">{move || describe(models, &result)}</p>
                <div class="cxm-saved__actions">
                    <span class="cxm-saved__pick">
                        <input
                            type="checkbox"
                            id=box_id
                            prop:checked=move || picked.with(|p| p.contains(&pick_id))
                            on:change=move |_| {
                                picked
                                    .update(|p| {
                                        if let Some(at) = p.iter().position(|x| *x == toggle_id) {
                                            p.remove(at);
                                        } else {
                                            p.push(toggle_id.clone());
                                        }
                                    })
                            }
                        />
                        <label for=label_for>
                            "Compare"
                            <span class="cxm-visually-hidden">{about.clone()}</span>
                        </label>
                    </span>
                    <button type="button" class="cxm-button" on:click=move |_| nav.open_saved(&open_id)>
                        "Open"
                        <span class="cxm-visually-hidden">{about.clone()}</span>
                    </button>
                    <button type="button" class="cxm-button" on:click=move |_| delete(delete_id.clone())>
                        "Delete"
                        <span class="cxm-visually-hidden">{about}</span>
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
                <p class="cxm-muted">
                    "No saved results yet. A result is kept here when you finish an assessment, or when you save one \
                     that was shared with you. You can also import an export from another browser below."
                </p>
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
                    <span class="cxm-muted">{format!("Showing the newest {on_screen} of {total}. ")}</span>
                    <button type="button" class="cxm-button" on:click=move |_| shown.update(|n| *n += PAGE)>
                        {format!("Show {} more", PAGE.min(total - on_screen))}
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
        let hint = match models.len() {
            0 | 1 => "Tick two results of the same assessment to compare them.",
            2 if ready => "",
            2 => "The two results ticked are of different assessments; tick two of the same one.",
            _ => "Tick only two results to compare.",
        };
        let (a, b) = (chosen.first().cloned().unwrap_or_default(), chosen.get(1).cloned().unwrap_or_default());
        view! {
            <div class="cxm-compare-bar">
                <button
                    type="button"
                    class="cxm-button cxm-button--primary"
                    disabled=!ready
                    on:click=move |_| nav.compare(&a, &b)
                >
                    "Compare the two ticked results"
                </button>
                <p class="cxm-muted">{hint}</p>
            </div>
        }
    };
    view! {
        <section class="cxm-screen cxm-history" id="cxm-history" aria-labelledby="cxm-history-title">
            <h1 id="cxm-history-title" tabindex="-1" node_ref=heading>
                "My results"
            </h1>
            <p class="cxm-lead">
                "Every result you finish is kept in this browser, and only here. The scores are worked out again from \
                 the answers each time they are shown."
            </p>
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
                                        status.set("Restored.".into());
                                    }
                                >
                                    "Undo"
                                </button>
                            }
                        })
                }}
            </p>
            {list}
            {more}
            {move || (saved.with(<[SavedResult]>::len) >= 2).then(compare_bar)}
            <Transfer status />
            <DeleteAll status undo />
            <div class="cxm-actions">
                <button type="button" class="cxm-button" on:click=move |_| nav.show(Screen::Intro)>
                    "Back to the start"
                </button>
            </div>
        </section>
    }
}

/// "Delete all my data", with a confirmation that says exactly what goes.
#[component]
fn DeleteAll(status: RwSignal<String>, undo: RwSignal<Option<SavedResult>>) -> impl IntoView {
    let Stores { saved, session, env, .. } = stores();
    let asking = RwSignal::new(false);
    let what = move || env.store(crate::ui::stores::persist::everything_described).unwrap_or_default();
    view! {
        <section class="cxm-section" aria-labelledby="cxm-delete-all-title">
            <h2 id="cxm-delete-all-title">"Delete all my data"</h2>
            {move || {
                if asking.get() {
                    view! {
                        <div class="cxm-confirm" role="group" aria-labelledby="cxm-delete-all-text">
                            <p id="cxm-delete-all-text">
                                {format!(
                                    "This removes {} from this browser. It cannot be undone; download an export first to keep a copy.",
                                    what(),
                                )}
                            </p>
                            <button
                                type="button"
                                class="cxm-button cxm-button--danger"
                                on:click=move |_| {
                                    let kept = saved.delete_everything();
                                    session.reset();
                                    undo.set(None);
                                    asking.set(false);
                                    status.set(match kept {
                                        0 => "Everything this app kept in this browser has been deleted.".into(),
                                        n => format!(
                                            "The browser would not delete {} of what this app kept; try again, or clear this site's data in the browser's settings.",
                                            counted(n, "stored value"),
                                        ),
                                    });
                                }
                            >
                                "Delete everything"
                            </button>
                            <button type="button" class="cxm-button cxm-keep" on:click=move |_| asking.set(false)>
                                "Keep my data"
                            </button>
                        </div>
                    }
                        .into_any()
                } else {
                    view! {
                        <button type="button" class="cxm-button" on:click=move |_| asking.set(true)>
                            "Delete all my data…"
                        </button>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

/// "1 result", "3 results".
fn counted(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}
