//! Prints the intro as a first visit sees it, as HTML, for the release page (scripts/post-build.mjs
//! puts it into index.html). The same component the app mounts, rendered natively by Leptos's
//! server-side rendering, so a release build needs no browser.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("{}", cx_maturity::entry::prerender_intro());
}

#[cfg(target_arch = "wasm32")]
fn main() {}
