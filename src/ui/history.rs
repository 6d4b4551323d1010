//! "My results": every result kept in this browser, newest first. Open one, delete one (with
//! undo) or everything, choose two of one assessment to compare, and export or import them.

use super::persist;
use super::state::{Ctx, Screen};
use crate::core::catalog::{self, CATALOG};
use crate::core::history::{SavedResult, export_csv, export_json, import_json};
use crate::core::scoring::score;
use crate::report::history::csv_row;
use crate::report::placement_text;
use crate::web::page;
use leptos::prelude::*;

/// What the list says a saved result is: its place, or why it cannot be scored yet.
fn describe(ctx: Ctx, result: &SavedResult) -> String {
    let Some(i) = catalog::index(&result.model) else { return String::new() };
    ctx.models.with(|m| match m[i].as_deref() {
        None => "Loading…".to_string(),
        Some(model) => match result.restore(model) {
            Ok(answers) => placement_text(model, score(model, &answers).placement()),
            Err(problem) => format!("Cannot be shown: {problem}."),
        },
    })
}

fn model_name(id: &str) -> &'static str {
    CATALOG.iter().find(|e| e.id == id).map_or("", |e| e.name)
}

#[component]
pub fn History(ctx: Ctx) -> impl IntoView {
    ctx.load_all();
    let status = RwSignal::new(String::new());
    let undo: RwSignal<Option<SavedResult>> = RwSignal::new(None);
    let picked: RwSignal<Vec<String>> = RwSignal::new(Vec::new());

    let delete = move |id: String| {
        if let Some(gone) = ctx.delete_result(&id) {
            status.set(format!("Deleted the result of {}.", page::local_date(&gone.taken)));
            undo.set(Some(gone));
            picked.update(|p| p.retain(|x| *x != id));
        }
    };
    let rows = move || {
        ctx.results
            .get()
            .into_iter()
            .map(|result| {
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
            })
            .collect_view()
    };
    let list = move || {
        if ctx.results.with(Vec::is_empty) {
            view! {
                <p class="cxm-muted">
                    "No saved results yet. A result is kept here when you finish an assessment, or when you save one \
                     that was shared with you."
                </p>
            }
            .into_any()
        } else {
            view! { <ul class="cxm-saved-list">{rows}</ul> }.into_any()
        }
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
        let rows: Option<Vec<_>> = ctx.results.with_untracked(|results| {
            results
                .iter()
                .map(|r| {
                    let i = catalog::index(&r.model)?;
                    ctx.models.with_untracked(|m| m[i].as_deref().map(|model| csv_row(r, model)))
                })
                .collect()
        });
        match rows {
            None => status.set("The assessments are still loading; try again in a moment.".into()),
            Some(rows) => {
                let rows: Vec<_> = rows.into_iter().flatten().collect();
                if !page::download(&format!("cx-maturity-results-{}.csv", day()), "text/csv", &export_csv(&rows)) {
                    status.set("The browser did not allow the download.".into());
                }
            }
        }
    };
    let import = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        leptos::task::spawn_local(async move {
            let text = match page::read_file(&input).await {
                Ok(text) => text,
                Err(why) => return status.set(format!("Nothing was imported: {why}.")),
            };
            input.set_value("");
            let read = ctx.results.with_untracked(|r| import_json(&text, r));
            match read {
                Err(why) => status.set(format!("Nothing was imported: {why}")),
                Ok(import) => {
                    for result in import.added.iter() {
                        ctx.store.with_value(|s| persist::save_result(s, result));
                    }
                    ctx.reload_results();
                    let mut said = vec![format!(
                        "Imported {} result{}.",
                        import.added.len(),
                        if import.added.len() == 1 { "" } else { "s" }
                    )];
                    if import.duplicates > 0 {
                        said.push(format!("{} already here and left as they were.", import.duplicates));
                    }
                    said.extend(import.refused.iter().cloned());
                    status.set(said.join(" "));
                }
            }
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
                                    ctx.delete_everything();
                                    undo.set(None);
                                    asking.set(false);
                                    status.set("Everything this app kept in this browser has been deleted.".into());
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
