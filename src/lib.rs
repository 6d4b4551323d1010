//! cx-maturity: a customer-experience maturity self-assessment that runs entirely in the browser.
//! See ARCHITECTURE.md for the code map and the invariants.

pub mod core;
pub mod report;
#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;
