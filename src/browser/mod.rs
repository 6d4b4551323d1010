//! Browser adapters below the UI: where answers are kept (localStorage through gloo-storage),
//! how models are fetched, and the page around the app (address, clipboard, printing, files).
//! Each call works on any browser, and fails in plain words rather than with a panic. They compile
//! natively too (the UI renders the intro natively), where nothing here is called.

pub mod fetch;
pub mod page;
pub mod storage;
