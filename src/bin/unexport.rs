//! `unexport IN OUT NAME…`: copies the linked wasm file IN to OUT without the exports whose names
//! contain any NAME (ignoring case). Every other section is copied byte for byte, so the
//! relocations the linker kept (`--emit-relocs`) stay true and wasm-split can still read them.
//!
//! Why (scripts/post-build.mjs): Leptos turns on server_fn's `browser` feature, which brings
//! wasm-streams, whose stream adapters are `#[wasm_bindgen]` classes exported from every build.
//! An export is a root: the code it reaches, and the closures it puts in the function table,
//! stayed in the first download even after wasm-opt removed the exports themselves, because the
//! table kept them. The app streams nothing. Without the exports, wasm-split finds that code
//! reachable from nothing and leaves it out of both files.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output, names @ ..] = args.as_slice() else {
        eprintln!("usage: unexport IN OUT NAME…");
        return std::process::ExitCode::FAILURE;
    };
    match std::fs::read(input).map_err(|e| format!("{input}: {e}")).and_then(|wasm| unexport(&wasm, names)) {
        Ok((out, removed)) if removed > 0 => match std::fs::write(output, out) {
            Ok(()) => std::process::ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("unexport: {output}: {e}");
                std::process::ExitCode::FAILURE
            }
        },
        // A build whose exports no longer match is a sign the step is stale: say so.
        Ok(_) => {
            eprintln!("unexport: {input} exports nothing named like {names:?}");
            std::process::ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("unexport: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// `wasm` without the exports whose names contain any of `names`, and how many went.
#[cfg(not(target_arch = "wasm32"))]
fn unexport(wasm: &[u8], names: &[String]) -> Result<(Vec<u8>, usize), String> {
    use wasm_encoder::{ExportKind, ExportSection, Module, RawSection};
    use wasmparser::{ExternalKind, Parser, Payload};
    let names: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
    let mut module = Module::new();
    let mut removed = 0;
    for payload in Parser::new(0).parse_all(wasm) {
        let payload = payload.map_err(|e| e.to_string())?;
        if let Payload::ExportSection(reader) = &payload {
            let mut exports = ExportSection::new();
            for export in reader.clone() {
                let export = export.map_err(|e| e.to_string())?;
                if names.iter().any(|n| export.name.to_lowercase().contains(n)) {
                    removed += 1;
                    continue;
                }
                let kind = match export.kind {
                    ExternalKind::Func | ExternalKind::FuncExact => ExportKind::Func,
                    ExternalKind::Table => ExportKind::Table,
                    ExternalKind::Memory => ExportKind::Memory,
                    ExternalKind::Global => ExportKind::Global,
                    ExternalKind::Tag => ExportKind::Tag,
                };
                exports.export(export.name, kind, export.index);
            }
            module.section(&exports);
        } else if let Some((id, range)) = payload.as_section() {
            let at = |offset: u64| usize::try_from(offset).map_err(|e| e.to_string());
            module.section(&RawSection { id, data: &wasm[at(range.start)?..at(range.end)?] });
        }
    }
    Ok((module.finish(), removed))
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::unexport;
    use wasm_encoder::{
        CodeSection, CustomSection, ExportKind, ExportSection, Function, FunctionSection, Instruction, Module,
        TypeSection, ValType,
    };
    use wasmparser::{Parser, Payload};

    /// A module of two functions, exported as `keep_me` and `IntoUnderlyingSource_pull`, with a
    /// custom section after the code, as the linker's relocations are.
    fn module() -> Vec<u8> {
        let mut types = TypeSection::new();
        types.ty().function([], []);
        let mut functions = FunctionSection::new();
        functions.function(0);
        functions.function(0);
        let mut exports = ExportSection::new();
        exports.export("keep_me", ExportKind::Func, 0);
        exports.export("IntoUnderlyingSource_pull", ExportKind::Func, 1);
        let mut code = CodeSection::new();
        for _ in 0..2 {
            let mut body = Function::new([(0, ValType::I32)]);
            body.instruction(&Instruction::End);
            code.function(&body);
        }
        let mut module = Module::new();
        module.section(&types).section(&functions).section(&exports).section(&code);
        module.section(&CustomSection { name: "reloc.CODE".into(), data: [1, 2, 3][..].into() });
        module.finish()
    }

    /// Every section but the exports, as (id, bytes), and the export names.
    fn parts(wasm: &[u8]) -> (Vec<(u8, Vec<u8>)>, Vec<String>) {
        let (mut sections, mut names) = (Vec::new(), Vec::new());
        for payload in Parser::new(0).parse_all(wasm) {
            let payload = payload.expect("a valid module");
            if let Payload::ExportSection(reader) = &payload {
                names.extend(reader.clone().into_iter().map(|e| e.expect("an export").name.to_string()));
            } else if let Some((id, range)) = payload.as_section() {
                sections.push((id, wasm[range.start as usize..range.end as usize].to_vec()));
            }
        }
        (sections, names)
    }

    #[test]
    fn removes_only_the_named_exports_and_keeps_every_other_byte() {
        let wasm = module();
        let (out, removed) = unexport(&wasm, &["intounderlying".to_string()]).expect("unexported");
        assert_eq!(removed, 1);
        let (before, _) = parts(&wasm);
        let (after, names) = parts(&out);
        assert_eq!(names, ["keep_me"]);
        assert_eq!(before, after);
    }

    #[test]
    fn a_name_nothing_matches_removes_nothing() {
        let wasm = module();
        let (out, removed) = unexport(&wasm, &["stream".to_string()]).expect("copied");
        assert_eq!(removed, 0);
        assert_eq!(out, wasm);
    }

    #[test]
    fn a_file_that_is_not_wasm_is_an_error() {
        assert!(unexport(b"not wasm", &["x".to_string()]).is_err());
    }
}
