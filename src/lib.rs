//! cx-maturity: a customer-experience maturity self-assessment that runs entirely in the browser.
//! See ARCHITECTURE.md for the code map and the invariants.
// The UI's nested view types, rendered natively (the prerendered intro), go deeper than 128.
#![recursion_limit = "256"]

/// Calls a function that a release build for the browser splits off into the second wasm file
/// (the ones marked `#[cfg_attr(split, wasm_split(later, …, fallible))]`, see `ui::split`). There
/// the call fetches that file first, so it is `async` and awaited here; a build that is not split
/// (`cfg(split)` is set by build.rs) calls the function directly. Use it inside an `async` block.
macro_rules! split_call {
    ($call:expr) => {{
        #[cfg(split)]
        let value = $call.await;
        #[cfg(not(split))]
        let value = $call;
        value
    }};
}

/// Runs a split function (see `split_call!`) for its effect, in a task of the app's `Env` (`$env`)
/// when the build is split, at once when it is not.
macro_rules! split_run {
    ($env:expr, $call:expr) => {{
        #[cfg(split)]
        $env.spawn(async move {
            let _ = $call.await;
        });
        #[cfg(not(split))]
        let _ = $call;
    }};
}

pub mod core;
pub mod i18n;
pub mod report;

pub mod browser;
/// `cxm check`: the model file checker (native only).
#[cfg(schema)]
pub mod checker;
pub mod entry;
/// What the release build writes besides the app: each language's file (native only).
#[cfg(not(target_arch = "wasm32"))]
pub mod release;
pub mod ui;
