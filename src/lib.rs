//! cx-maturity: a customer-experience maturity self-assessment that runs entirely in the browser.
//! See ARCHITECTURE.md for the code map and the invariants.

pub mod core;
pub mod i18n;
pub mod report;

/// Calls a function that a release build splits off into the second wasm file (the ones marked
/// `#[cfg_attr(not(debug_assertions), wasm_split(later, …, fallible))]`, see `ui::later`). In a
/// release build the call fetches that file first, so it is `async` and awaited here; a debug
/// build is not split and calls the function directly. Use it inside an `async` block.
#[cfg(target_arch = "wasm32")]
macro_rules! split_call {
    ($call:expr) => {{
        #[cfg(not(debug_assertions))]
        let value = $call.await;
        #[cfg(debug_assertions)]
        let value = $call;
        value
    }};
}

#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;
