//! "My results": every result kept in this browser, newest first. Open one, delete one (with
//! undo) or everything, choose two of one assessment to compare, and export or import them.
//!
//! A history can hold thousands of results (an import from another device), so the list is keyed
//! (a deletion removes one row, not every row) and shows one page at a time; only the rows on
//! screen are scored.

use super::persist;
use super::state::{Ctx, Screen};
use crate::core::catalog::{self, CATALOG};
use crate::core::export::{MAX_IMPORT_BYTES, export_csv, export_json, import_json};
use crate::core::history::{RecordProblem, SavedResult};
use crate::core::scoring::score;
use crate::i18n::{Catalog, Text};
use crate::report::history::csv_row;
use crate::report::placement_text;
use crate::web::page;
use crate::web::storage::Written;
use leptos::prelude::*;

/// Results shown at first, and added by each "Show more".
const PAGE: usize = 50;

/// Results written to storage in one go while importing, before the tab gets a turn.
const IMPORT_BATCH: usize = 250;

/// What the list says a saved result is: its place, or why it cannot be scored.
fn describe(ctx: Ctx, result: &SavedResult) -> String {
    if catalog::model_file(&result.model, result.version).is_none() {
        return format!(
            "Cannot be shown: it was asked with version {} of the questions, which this version of the app does not \
             have.",
            result.version
        );
    }
    ctx.models.track();
    ctx.archived.track();
    match ctx.version(&result.model, result.version) {
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
pub fn History(ctx: Ctx) -> impl IntoView {
    ctx.load_all();
    ctx.load_listed();
    let status = RwSignal::new(String::new());
    let undo: RwSignal<Option<SavedResult>> = RwSignal::new(None);
    let picked: RwSignal<Vec<String>> = RwSignal::new(Vec::new());
    let shown = RwSignal::new(PAGE);
    // An undo offered here must not bring back a result after another tab deleted results (all
    // of them, say).
    Effect::new(move |first: Option<()>| {
        ctx.removed_elsewhere.track();
        if first.is_some() {
            undo.set(None);
        }
    });

    let delete = move |id: String| {
        if let Some(gone) = ctx.delete_result(&id) {
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
                <p class="cxm-saved__result">{move || describe(ctx, &result)}</p>
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
                    <button type="button" class="cxm-button" on:click=move |_| ctx.open_saved(&open_id)>
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
    let page_of_results =
        move || ctx.results.with(|r| r.iter().take(shown.get()).cloned().collect::<Vec<SavedResult>>());
    // Only a change between empty and not rebuilds the list; the keyed rows follow the rest.
    let empty = Memo::new(move |_| ctx.results.with(Vec::is_empty));
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
        let total = ctx.results.with(Vec::len);
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
        let results = ctx.results.get();
        let models: Vec<&str> =
            chosen.iter().filter_map(|id| results.iter().find(|r| r.id == *id).map(|r| r.model.as_str())).collect();
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
                    on:click=move |_| ctx.compare(&a, &b)
                >
                    "Compare the two ticked results"
                </button>
                <p class="cxm-muted">{hint}</p>
            </div>
        }
    };
    view! {
        <section class="cxm-screen cxm-history" id="cxm-history" aria-labelledby="cxm-history-title">
            <h1 id="cxm-history-title" tabindex="-1">
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
                                    class="cxm-linkbutton"
                                    on:click=move |_| {
                                        ctx.add_result(gone.clone());
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
            {move || (ctx.results.with(|r| r.len()) >= 2).then(compare_bar)}
            <Transfer ctx status />
            <DeleteAll ctx status undo />
            <div class="cxm-actions">
                <button type="button" class="cxm-button" on:click=move |_| ctx.show(Screen::Intro)>
                    "Back to the start"
                </button>
            </div>
        </section>
    }
}

/// Export as JSON or CSV, and import a JSON export.
#[component]
fn Transfer(ctx: Ctx, status: RwSignal<String>) -> impl IntoView {
    let day = move || page::now().get(..10).unwrap_or_default().to_string();
    let json = move |_| {
        let text = ctx.results.with_untracked(|r| export_json(r, &page::now()));
        if !page::download(&format!("cx-maturity-results-{}.json", day()), "application/json", &text) {
            status.set("The browser did not allow the download.".into());
        }
    };
    let csv = move |_| {
        ctx.spawn(async move {
            ctx.load_every_version().await;
            let (rows, left_out): (Vec<_>, Vec<_>) = ctx.results.with_untracked(|results| {
                results
                    .iter()
                    .map(|r| ctx.version(&r.model, r.version).and_then(|model| csv_row(r, &model)))
                    .partition(Option::is_some)
            });
            let rows: Vec<_> = rows.into_iter().flatten().collect();
            let mut said = Vec::new();
            if !left_out.is_empty() {
                said.push(format!(
                    "{} could not be scored and {} left out of the spreadsheet (the JSON export keeps every result).",
                    counted(left_out.len(), "result"),
                    if left_out.len() == 1 { "is" } else { "are" }
                ));
            }
            if !page::download(
                &format!("cx-maturity-results-{}.csv", day()),
                "text/csv",
                &export_csv(&rows, &Catalog::english()),
            ) {
                said.push("The browser did not allow the download.".into());
            }
            status.set(said.join(" "));
        });
    };
    let import = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        ctx.spawn(async move {
            let text = page::read_file(&input, MAX_IMPORT_BYTES).await;
            input.set_value("");
            let text = match text {
                Ok(text) => text,
                Err(why) => return status.set(format!("Nothing was imported: {why}.")),
            };
            // Each result is checked against the version of the questions that asked it.
            if !ctx.load_every_version().await {
                return status.set(
                    "Nothing was imported: the assessments could not all be loaded to check the results against. \
                     Check the connection and try again."
                        .into(),
                );
            }
            let usable = |r: &SavedResult| -> Result<(), RecordProblem> {
                if catalog::newest(&r.model).is_none() {
                    return Err(RecordProblem::OtherModel(r.model.clone()));
                }
                let model = ctx.version(&r.model, r.version).ok_or(RecordProblem::UnknownVersion(r.version))?;
                r.restore(&model).map(drop)
            };
            let read = ctx.results.with_untracked(|r| import_json(&text, r, usable));
            let import = match read {
                Err(why) => return status.set(format!("Nothing was imported: {why}")),
                Ok(import) => import,
            };
            status.set(format!("Importing {}…", counted(import.added.len(), "result")));
            let (mut saved, mut kept, mut full) = (0, 0, false);
            for batch in import.added.chunks(IMPORT_BATCH) {
                for result in batch {
                    match ctx.store.with_value(|s| persist::save_result(s, result)) {
                        Written::Stored => saved += 1,
                        written => {
                            kept += 1;
                            full |= written == Written::Full;
                        }
                    }
                }
                ctx.list(batch.to_vec());
                // Let the tab draw and take input between batches.
                leptos::task::tick().await;
            }
            let mut said = vec![format!("Imported {}.", counted(saved, "result"))];
            if kept > 0 {
                said.push(format!(
                    "{} could not be saved {}: {} only while this tab is open.",
                    counted(kept, "result"),
                    if full { "because this browser's storage for this site is full" } else { "in this browser" },
                    if kept == 1 { "it is listed" } else { "they are listed" }
                ));
            }
            if import.duplicates > 0 {
                said.push(format!("{} already here and left as they were.", import.duplicates));
            }
            said.extend(import.refused.iter().map(Text::en));
            status.set(said.join(" "));
        });
    };
    view! {
        <section class="cxm-section" aria-labelledby="cxm-transfer-title">
            <h2 id="cxm-transfer-title">"Export and import"</h2>
            <p>
                "Download every result as a JSON file (to keep, or to import in another browser) or as a CSV file for \
                 a spreadsheet."
            </p>
            <div class="cxm-actions">
                <button type="button" class="cxm-button" on:click=json>
                    "Download all as JSON"
                </button>
                <button type="button" class="cxm-button" on:click=csv>
                    "Download all as CSV"
                </button>
            </div>
            <p>
                <label for="cxm-import">"Import results from a JSON export: "</label>
                <input type="file" id="cxm-import" accept=".json,application/json" on:change=import />
            </p>
        </section>
    }
}

/// "1 result", "3 results".
fn counted(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}

/// "Delete all my data", with a confirmation that says exactly what goes.
#[component]
fn DeleteAll(ctx: Ctx, status: RwSignal<String>, undo: RwSignal<Option<SavedResult>>) -> impl IntoView {
    let asking = RwSignal::new(false);
    let what = move || ctx.store.with_value(persist::everything_described);
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
                                    let kept = ctx.delete_everything();
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
