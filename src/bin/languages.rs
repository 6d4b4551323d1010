//! `languages DIR`: prints the standalone page's language picker's options
//! (`release::picker_options`) and writes `DIR/messages/<lang>.json` for every language besides English
//! (`core::translation::LanguageFile`): the language's messages from `messages/<lang>/*.json`,
//! the default model's texts for asking and every built-in model's list entry from
//! `models/<lang>/`. Run from the repository by the release build (scripts/post-build.mjs);
//! build.rs has checked every translation, so a file that cannot be read here is a bug.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: languages DIR");
        return std::process::ExitCode::FAILURE;
    };
    let out = std::path::Path::new(&dir).join("messages");
    let written = std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display())).and_then(|()| {
        cx_maturity::core::translation::LANGUAGES[1..].iter().try_for_each(|language| {
            let file = out.join(format!("{}.json", language.tag));
            let json = serde_json::to_string(&cx_maturity::release::language_file(language.tag)?)
                .map_err(|e| e.to_string())?;
            std::fs::write(&file, json).map_err(|e| format!("{}: {e}", file.display()))
        })
    });
    match written {
        Ok(()) => {
            println!("{}", cx_maturity::release::picker_options());
            std::process::ExitCode::SUCCESS
        }
        Err(problem) => {
            eprintln!("languages: {problem}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
