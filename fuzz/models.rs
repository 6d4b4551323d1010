//! Every built-in model in every version this release has (current and archived), read from the
//! repository's files once: what each fuzz target reads its input with.

use cx_maturity::core::catalog::{ARCHIVE, CATALOG};
use cx_maturity::core::model::Model;
use std::sync::LazyLock;

pub static MODELS: LazyLock<Vec<Model>> = LazyLock::new(|| {
    let files = CATALOG.iter().map(|entry| entry.file).chain(ARCHIVE.iter().map(|a| a.file));
    files
        .map(|file| {
            let path = format!("{}/../{file}", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            Model::from_json(file, &text).unwrap_or_else(|e| panic!("{path}: {e:?}"))
        })
        .collect()
});
