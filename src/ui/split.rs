//! The code a first visit does not need. A release build splits the screens after the questions
//! (result, methodology, My results, comparison) into a wasm file of their own (wasm-split, run by
//! scripts/post-build.mjs), fetched as soon as the visitor leaves the intro. With them come the
//! default model's text that only they show (advice, descriptions, sources, benchmarks: the app
//! starts with `Model::for_asking`), the code that tells an embedding host of a completion, and
//! (in `browser::fetch`) the code that reads a fetched model. A debug build (`make serve`, the
//! browser tests) and the native build are not split: all of it is there from the start.
//!
//! A function that goes into that file is marked
//! `#[cfg_attr(split, wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible))]` and
//! called through `split_call!` (`src/lib.rs`); whether the file is here is `stores::later_code`. Leptos's own `#[lazy]` puts each function in a
//! file of its own and cannot fail, so it is not used: one file, and a screen that says when it
//! could not be fetched.

#[cfg(not(split))]
use crate::core::catalog::DEFAULT;
use crate::core::model::Model;
use crate::core::widget::completion;
#[cfg(split)]
use leptos::wasm_split::{SplitLoaderError, wasm_split};

/// The default model as the app starts with it: in a release build, without the text only the
/// later screens show (`Model::for_asking`), which comes with them.
pub fn first_default() -> Model {
    #[cfg(split)]
    return crate::core::catalog::DEFAULT_FOR_ASKING;
    #[cfg(not(split))]
    DEFAULT.clone()
}

/// The later screens' code could not be fetched.
pub struct NotLoaded;

#[cfg(split)]
impl From<SplitLoaderError> for NotLoaded {
    fn from(_: SplitLoaderError) -> NotLoaded {
        NotLoaded
    }
}

/// Dispatches the `cx-maturity-complete` event for `answers` to `model` on `host`; `with_answers`
/// puts the answers in it (the host asked for them).
#[cfg_attr(split, wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible))]
pub fn tell_host(
    host: web_sys::HtmlElement,
    model: std::sync::Arc<Model>,
    answers: crate::core::answers::Answers,
    with_answers: bool,
) -> Result<(), NotLoaded> {
    use crate::ui::words::Show;
    let outcome = crate::core::scoring::score(&model, &answers);
    let sound: Vec<String> = crate::report::sound_placements(&model).iter().map(Show::tr).collect();
    crate::browser::page::announce(
        &host,
        "cx-maturity-complete",
        &completion(&model, &outcome, &answers, with_answers, &sound),
    );
    Ok(())
}
