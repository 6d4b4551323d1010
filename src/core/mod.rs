//! The pure core: assessment models, scoring, the crosswalk between maturity ladders and the
//! stored-data formats. Nothing in here does IO or knows about Leptos or the DOM; everything is
//! tested natively with `cargo test`.

pub mod answers;
pub mod catalog;
pub mod crosswalk;
pub mod export;
pub mod guidance;
pub mod history;
pub mod model;
pub mod progress;
pub(crate) mod raw_json;
pub mod scoring;
pub mod share;
pub mod sort;
pub mod team;
pub mod translation;
pub mod url;
pub mod widget;
