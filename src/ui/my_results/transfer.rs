//! Export as JSON or CSV, and import a JSON export.

use crate::browser::page;
use crate::browser::storage::Written;
use crate::core::export::{Import, MAX_IMPORT_BYTES, export_csv, export_json, import_json};
use crate::core::history::{RecordProblem, SavedResult};
use crate::i18n::{self, Catalog, Text};
use crate::report::history::csv_row;
use crate::text;
use crate::ui::stores::models::Models;
use crate::ui::stores::{Stores, stores};
use crate::ui::words::Show;
use leptos::prelude::*;

/// Results written to storage in one go while importing, before the tab gets a turn.
const IMPORT_BATCH: usize = 250;

/// Reads the export file chosen in `input` and checks each result in it against the version of the
/// questions that asked it (fetching those versions first); `with_kept` gives the results kept
/// already (a result among them counts as a duplicate). Clears the input. The error is what to
/// tell the user, in one sentence.
pub async fn read_export(
    input: &web_sys::HtmlInputElement,
    models: Models,
    with_kept: impl FnOnce(&mut dyn FnMut(&[SavedResult])),
) -> Result<Import, String> {
    let text = page::read_file(input, MAX_IMPORT_BYTES).await;
    input.set_value("");
    let text = text.map_err(|why| text!(i18n::TRANSFER_FILE_PROBLEM, why = why).tr())?;
    if !models.load_every_version().await {
        return Err(i18n::TRANSFER_NOT_CHECKED.tr());
    }
    let usable = |r: &SavedResult| -> Result<(), RecordProblem> {
        if models.newest(&r.model).is_none() {
            return Err(RecordProblem::OtherModel(r.model.clone()));
        }
        let model = models.version(&r.model, r.version).ok_or(RecordProblem::UnknownVersion(r.version))?;
        r.restore(&model).map(drop)
    };
    let mut read = None;
    with_kept(&mut |kept| read = Some(import_json(&text, kept, usable)));
    read.unwrap_or_else(|| import_json(&text, &[], usable))
        .map_err(|why| text!(i18n::TRANSFER_REFUSED, why = why.text()).tr())
}

#[component]
pub fn Transfer(status: RwSignal<String>) -> impl IntoView {
    let Stores { saved, models, env, .. } = stores();
    let day = move || page::now().get(..10).unwrap_or_default().to_string();
    let json = move |_| {
        let text = saved.with_untracked(|r| export_json(r, &page::now()));
        let name = text!(i18n::TRANSFER_JSON_FILE, day = day()).tr();
        if !page::download(&name, "application/json", &text) {
            status.set(i18n::TRANSFER_DOWNLOAD_REFUSED.tr());
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
                said.push(i18n::TRANSFER_LEFT_OUT.count(left_out.len(), Vec::new()).tr());
            }
            let name = text!(i18n::TRANSFER_CSV_FILE, day = day()).tr();
            if !page::download(&name, "text/csv", &export_csv(&rows, &Catalog::english())) {
                said.push(i18n::TRANSFER_DOWNLOAD_REFUSED.tr());
            }
            status.set(said.join(" "));
        });
    };
    let import = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        env.spawn(async move {
            let import = match read_export(&input, models, |read| saved.with_untracked(|r| read(r))).await {
                Ok(import) => import,
                Err(why) => return status.set(why),
            };
            status.set(i18n::TRANSFER_IMPORTING.count(import.added.len(), Vec::new()).tr());
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
            let mut said = vec![i18n::TRANSFER_IMPORTED.count(stored, Vec::new()).tr()];
            if kept > 0 {
                let kept_where = if full { i18n::TRANSFER_KEPT_FULL } else { i18n::TRANSFER_KEPT_REFUSED };
                said.push(kept_where.count(kept, Vec::new()).tr());
            }
            if import.duplicates > 0 {
                said.push(i18n::TRANSFER_DUPLICATES.count(import.duplicates, Vec::new()).tr());
            }
            said.extend(import.refused.iter().map(Text::en));
            status.set(said.join(" "));
        });
    };
    view! {
        <section class="cxm-section" aria-labelledby="cxm-transfer-title">
            <h2 id="cxm-transfer-title">{i18n::TRANSFER_TITLE.tr()}</h2>
            <p>{i18n::TRANSFER_ABOUT.tr()}</p>
            <div class="cxm-actions">
                <button type="button" class="cxm-button" on:click=json>
                    {i18n::TRANSFER_JSON.tr()}
                </button>
                <button type="button" class="cxm-button" on:click=csv>
                    {i18n::TRANSFER_CSV.tr()}
                </button>
            </div>
            <p>
                <label for="cxm-import">{i18n::TRANSFER_IMPORT_LABEL.tr()} " "</label>
                <input type="file" id="cxm-import" accept=".json,application/json" on:change=import />
            </p>
        </section>
    }
}
