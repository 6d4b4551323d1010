//! The history's spreadsheet rows: a saved result scored again and worded as the result screen
//! words it. Here rather than in `core::history` because the wording is `report`'s, and the core
//! depends on nothing above it.

use crate::core::export::CsvRow;
use crate::core::history::SavedResult;
use crate::core::model::Model;
use crate::core::scoring::score;
use crate::report::{placement_text, whole_percent};

/// The row of `result`, scored by `model`; none when the result cannot be scored by it (another
/// model or version, or answers that are not a complete set).
pub fn csv_row(result: &SavedResult, model: &Model) -> Option<CsvRow> {
    let answers = result.restore(model).ok()?;
    let outcome = score(model, &answers);
    Some(CsvRow {
        taken: result.taken.clone(),
        model: model.name.to_string(),
        version: model.version,
        result: placement_text(model, outcome.placement()),
        dimensions: model
            .dimensions
            .iter()
            .zip(&outcome.dimensions)
            .map(|(dimension, scored)| (dimension.name.to_string(), whole_percent(scored.percent)))
            .collect(),
        answers: result.answers.clone(),
    })
}
