//! The standalone page's language picker: every language by its own name. A pick is kept in
//! this browser (`persist::save_language`) and the app switches to it, keeping every answer and
//! the screen. An embedded widget speaks the language its host asks for, so it has none.

use crate::core::translation::{LANGUAGES, language};
use crate::i18n;
use crate::ui::stores::lang::Show;
use crate::ui::stores::persist;
use crate::ui::stores::{Stores, stores};
use leptos::prelude::*;

#[component]
pub fn LanguagePicker() -> impl IntoView {
    let Stores { lang, env, notices, .. } = stores();
    let options = LANGUAGES
        .iter()
        .map(|l| {
            view! {
                <option value=l.tag lang=l.tag selected=move || lang.catalog_tracked().lang() == l.tag>
                    {l.name}
                </option>
            }
        })
        .collect_view();
    let pick = move |ev| {
        if let Some(picked) = language(&event_target_value(&ev)) {
            env.store(|s| persist::save_language(s, picked.tag));
            lang.speak(picked, env, notices);
        }
    };
    view! {
        <p class="cxm-language">
            <label for="cxm-language">
                {move || {
                    lang.track();
                    i18n::LANGUAGE_LABEL.tr()
                }}
            </label>
            " "
            <select id="cxm-language" on:change=pick>
                {options}
            </select>
        </p>
    }
}
