//! Export as JSON or CSV, and import a JSON export.

use super::counted;
use crate::browser::page;
use crate::browser::storage::Written;
use crate::core::catalog;
use crate::core::export::{MAX_IMPORT_BYTES, export_csv, export_json, import_json};
use crate::core::history::{RecordProblem, SavedResult};
use crate::i18n::{Catalog, Text};
use crate::report::history::csv_row;
use crate::ui::stores::{Stores, stores};
use leptos::prelude::*;

/// Results written to storage in one go while importing, before the tab gets a turn.
const IMPORT_BATCH: usize = 250;

#[component]
pub fn Transfer(status: RwSignal<String>) -> impl IntoView {
    let Stores { saved, models, env, .. } = stores();
    let day = move || page::now().get(..10).unwrap_or_default().to_string();
    let json = move |_| {
        let text = saved.with_untracked(|r| export_json(r, &page::now()));
        if !page::download(&format!("cx-maturity-results-{}.json", day()), "application/json", &text) {
            status.set("The browser did not allow the download.".into());
        }
    };
    let csv = move |_| {
        env.spawn(async move {
            models.load_every_version().await;
            let (rows, left_out): (Vec<_>, Vec<_>) = saved.with_untracked(|results| {
                results
                    .iter()
                    .map(|r| models.version(&r.model, r.version).and_then(|model| csv_row(r, &model)))
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
        env.spawn(async move {
            let text = page::read_file(&input, MAX_IMPORT_BYTES).await;
            input.set_value("");
            let text = match text {
                Ok(text) => text,
                Err(why) => return status.set(format!("Nothing was imported: {why}.")),
            };
            // Each result is checked against the version of the questions that asked it.
            if !models.load_every_version().await {
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
                let model = models.version(&r.model, r.version).ok_or(RecordProblem::UnknownVersion(r.version))?;
                r.restore(&model).map(drop)
            };
            let read = saved.with_untracked(|r| import_json(&text, r, usable));
            let import = match read {
                Err(why) => return status.set(format!("Nothing was imported: {why}")),
                Ok(import) => import,
            };
            status.set(format!("Importing {}…", counted(import.added.len(), "result")));
            let (mut stored, mut kept, mut full) = (0, 0, false);
            for batch in import.added.chunks(IMPORT_BATCH) {
                for written in saved.add_quietly(batch) {
                    match written {
                        Written::Stored => stored += 1,
                        written => {
                            kept += 1;
                            full |= written == Written::Full;
                        }
                    }
                }
                // Let the tab draw and take input between batches.
                leptos::task::tick().await;
            }
            let mut said = vec![format!("Imported {}.", counted(stored, "result"))];
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
