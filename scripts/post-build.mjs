// Trunk's post_build hook (Trunk.toml): runs on the staged build ($TRUNK_STAGING_DIR) before it
// becomes dist/. It
//   0. in a release build, splits the wasm in two (src/ui/split.rs): wasm-split-cli cuts the
//      screens after the questions out of Cargo's output (less the exports src/bin/unexport.rs
//      removes) into <stem>-split_later.wasm, with the loader <stem>-split.js; wasm-bindgen and
//      wasm-opt -Oz then redo what Trunk did, on the rest, and index.html gets the new files'
//      integrity hashes and a preload of the loader;
//   1. replaces Trunk's inline start-up script in index.html with `start.js`, a file written from
//      templates/start.js, so the page works under a Content Security Policy without 'unsafe-inline';
//      in a release build, then puts the intro into index.html, rendered by the app's own
//      components compiled natively (src/bin/prerender.rs), so the build needs no browser;
//   2. writes the embeddable bundle to embed/: cx-maturity.js (the custom element, from its
//      template in the repository's embed/, importing the build's files by their hashed names),
//      those files, models/, and everything else in the repository's embed/ folder;
//   3. copies the author's preview page (author/: author.html, .css and .js, which use the
//      bundle in embed/), the model format's JSON Schema as model.schema.json and the example
//      model as examples/brightpath.json, its `$schema` pointing at that copy;
//   4. in a release build, writes the service worker, the manifest and the icons
//      (scripts/offline.mjs). A debug build (`make serve`) has none, and its start.js removes a
//      worker left by a release build on the same address, so a rebuild is never hidden behind
//      a cached release.
// The hashed file names are read from the staged files, never written by hand.

import { readdir, readFile, writeFile, copyFile, mkdir, cp, rm } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dir = process.env.TRUNK_STAGING_DIR || path.join(repo, "dist");
const release = process.env.TRUNK_PROFILE !== "debug";

const files = await readdir(dir);
const one = (pattern, what) => {
  const found = files.filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`post-build: expected one ${what} in ${dir}, found ${found.join(", ") || "none"}`);
  return found[0];
};
const wasm = one(/^cx-maturity-[0-9a-f]+_bg\.wasm$/, "wasm file");
const glue = one(/^cx-maturity-[0-9a-f]+\.js$/, "JS glue");
const css = one(/^main-[0-9a-f]+\.css$/, "stylesheet");

/** A script every visitor downloads, minified in a release build (esbuild): wasm-bindgen's glue
 * comes out of our own wasm-bindgen run, after Trunk's minifier, and at half the size. */
const minified = (code) => (release ? transformSync(code, { minify: true, format: "esm" }).code : code);

/**
 * wasm-bindgen names each function the wasm imports from its glue after the Rust item plus a
 * hash (`__wbg_getElementById_7ee213db584f37b0`), and both files carry every name: about 200
 * names, whose random hashes gzip cannot shrink. This gives them short names (`a`, `b`, … `gr`).
 * binaryen does the reading and writing: the bound wasm is printed as text (`wat`), its imports
 * from the glue are renamed there, and wasm-opt reads the text back (with the features the binary
 * declared, which text does not carry). Returns the text file, those features and the names, for
 * the glue's import object to be renamed the same way.
 */
async function shortImports(bound, wat) {
  const features = execFileSync("wasm-opt", ["-q", bound, "--print-features"], { encoding: "utf8" }).split(/\s+/).filter(Boolean);
  execFileSync("wasm-opt", ["-q", bound, "-S", "-o", wat]);
  const module = `./${stem}_bg.js`;
  const renamed = new Map();
  const short = (n) => (n < 26 ? "" : short(Math.floor(n / 26) - 1)) + String.fromCharCode(97 + (n % 26));
  const text = (await readFile(wat, "utf8")).replace(/\(import "([^"]+)" "([^"]+)"/g, (whole, from, name) => {
    if (from !== module) return whole;
    if (!renamed.has(name)) renamed.set(name, short(renamed.size));
    return `(import "${from}" "${renamed.get(name)}"`;
  });
  if (renamed.size === 0) throw new Error(`post-build: the wasm imports nothing from ${module}`);
  await writeFile(wat, text);
  return { wat, features, renamed };
}

/** `text` with `from`, which must occur exactly once, replaced by `to`. */
const replaceOnce = (text, from, to, file) => {
  if (text.split(from).length !== 2) throw new Error(`post-build: expected ${from} once in ${file}`);
  return text.replace(from, to);
};
const stem = glue.slice(0, -".js".length);
const indexPath = path.join(dir, "index.html");

// 0. The split. Trunk's glue imports the placeholder module exactly when the build has a split
// point, which is a release build (src/ui/later.rs).
const split = (await readFile(path.join(dir, glue), "utf8")).includes("__wasm_split_placeholder__");
if (split !== release) throw new Error(`post-build: a ${release ? "release" : "debug"} build ${split ? "with" : "without"} a split point`);
const loader = `${stem}-split.js`;
const chunk = `${stem}-split_later.wasm`;
if (split) {
  const cargoWasm = path.join(process.env.CARGO_TARGET_DIR || path.join(repo, "target"), "wasm32-unknown-unknown", "release", "cx-maturity.wasm");
  const work = path.join(repo, "target", "wasm-split");
  await rm(work, { recursive: true, force: true });
  const run = (tool, ...args) => execFileSync(tool, args, { stdio: ["ignore", "inherit", "inherit"] });
  // Leptos turns on server_fn's `browser` feature, which brings wasm-streams, whose #[wasm_bindgen]
  // stream adapters are exported from every build. The app streams nothing: their exports go
  // before the split (src/bin/unexport.rs), and with them the code and table entries only they
  // reach, which wasm-split then leaves out of both files.
  const unexported = path.join(repo, "target", "cx-maturity.unexported.wasm");
  execFileSync("cargo", ["run", "--quiet", "--bin", "unexport", "--", cargoWasm, unexported, "intounderlying"], { cwd: repo, stdio: ["ignore", "inherit", "inherit"] });
  run("wasm-split-cli", unexported, work, "--target", "web", "--out-name", stem);
  const made = await readdir(work);
  if (!made.includes("split_later.wasm") || made.filter((f) => f.endsWith(".wasm")).length !== 2) {
    throw new Error(`post-build: wasm-split made ${made.join(", ")}, not the main file and split_later.wasm`);
  }
  // The loaded file uses the main file's function table, which wasm-bindgen drops by default.
  run("wasm-bindgen", "--target=web", "--keep-lld-exports", `--out-dir=${work}`, `--out-name=${stem}`, "--no-typescript", path.join(work, `${stem}.wasm`));
  const bound = path.join(work, `${stem}_bg.wasm`);
  const imports = await shortImports(bound, path.join(work, `${stem}_bg.wat`));
  run("wasm-opt", ...imports.features, "-Oz", imports.wat, "-o", path.join(dir, wasm));
  run("wasm-opt", "-Oz", path.join(work, "split_later.wasm"), "-o", path.join(dir, chunk));
  const link = await readFile(path.join(work, "__wasm_split.js"), "utf8");
  await writeFile(path.join(dir, loader), minified(replaceOnce(link, `"./split_later.wasm"`, `"./${chunk}"`, "the split loader")));
  // The import's path changes; the import module's name in the wasm stays "./__wasm_split.js".
  let newGlue = await readFile(path.join(work, `${stem}.js`), "utf8");
  for (const [long, short] of imports.renamed) newGlue = replaceOnce(newGlue, `${long}:`, `${short}:`, "the glue");
  await writeFile(path.join(dir, glue), minified(replaceOnce(newGlue, `from "./__wasm_split.js"`, `from "./${loader}"`, "the glue")));
  // Trunk's integrity hashes are of its unsplit files.
  const integrity = async (file) => "sha384-" + createHash("sha384").update(await readFile(path.join(dir, file))).digest("base64");
  let html = await readFile(indexPath, "utf8");
  for (const file of [glue, wasm]) {
    const tag = new RegExp(`(<link[^>]*? href=["']?\\./${file.replace(/[.]/g, "\\.")}["']?[^>]*? integrity=)["']?sha384-[^\\s>"']+["']?([^>]*>)`);
    if (!tag.test(html)) throw new Error(`post-build: no integrity attribute for ${file} in index.html`);
    // The glue imports the loader: preload it with the glue rather than after it.
    const more = file === glue ? `<link rel=modulepreload href=./${loader} integrity=${await integrity(loader)} crossorigin>` : "";
    html = html.replace(tag, `$1${await integrity(file)}$2${more}`);
  }
  await writeFile(indexPath, html);
}

// 1. The standalone page's loader, from its template templates/start.js.
let starter = await readFile(path.join(repo, "templates", "start.js"), "utf8");
starter = replaceOnce(starter, `"./GLUE.js"`, `"./${glue}"`, "templates/start.js");
starter = replaceOnce(starter, `"./WASM.wasm"`, `"./${wasm}"`, "templates/start.js");
starter = replaceOnce(
  starter,
  "\nWORKER;\n",
  release
    ? '\nif ("serviceWorker" in navigator) navigator.serviceWorker.register("./sw.js").catch(() => {});\n'
    : "\nnavigator.serviceWorker?.getRegistrations().then((all) => all.forEach((r) => r.unregister()));\n",
  "templates/start.js",
);
// Its comments are for the repository: every visitor downloads start.js.
await writeFile(path.join(dir, "start.js"), minified(starter.replace(/^\s*\/\/.*\n/gm, "")));
const index = await readFile(indexPath, "utf8");
const inline = /<script type=["']?module["']?>[\s\S]*?<\/script>/;
if (!inline.test(index)) throw new Error("post-build: Trunk's start-up script was not found in index.html");
await writeFile(indexPath, index.replace(inline, '<script type=module src=./start.js></script>'));
if (release) {
  // The native binary renders the intro with the app's own components (src/bin/prerender.rs).
  // Leptos marks where its views go with empty comments; a static page has no use for them.
  const markup = execFileSync("cargo", ["run", "--quiet", "--bin", "prerender"], { cwd: repo, encoding: "utf8" })
    .trim()
    .replaceAll("<!>", "");
  const html = await readFile(indexPath, "utf8");
  await writeFile(indexPath, replaceOnce(html, "</noscript></main>", `</noscript>${markup}</main>`, "index.html"));
}

// 1b. Each language's words besides English (whose are compiled in), with the default model's
// questions and the list of models in it: messages/<lang>.json, one file a language
// (src/bin/languages.rs, core::translation::LanguageFile). build.rs has checked every translation.
// It prints the options of the standalone page's language picker, which go into index.html.
const options = execFileSync("cargo", ["run", "--quiet", "--bin", "languages", "--", dir], { cwd: repo, encoding: "utf8" }).trim();
const picker = /(<select id=["']?cxm-language["']?>)(<\/select>)/;
const page = await readFile(indexPath, "utf8");
if (!picker.test(page)) throw new Error("post-build: the language picker was not found in index.html");
await writeFile(indexPath, page.replace(picker, `$1${options}$2`));

// 2. The embeddable bundle: the build's own content-hashed files, and cx-maturity.js (the one
// stable name a host refers to) from its template, importing them by those names.
const embed = path.join(dir, "embed");
await mkdir(embed, { recursive: true });
await cp(path.join(repo, "embed"), embed, { recursive: true });
let element = await readFile(path.join(repo, "embed", "cx-maturity.js"), "utf8");
element = replaceOnce(element, `"./GLUE.js"`, `"./${glue}"`, "embed/cx-maturity.js");
element = replaceOnce(element, `"WASM.wasm"`, `"${wasm}"`, "embed/cx-maturity.js");
element = replaceOnce(element, `"CSS.css"`, `"${css}"`, "embed/cx-maturity.js");
await writeFile(path.join(embed, "cx-maturity.js"), minified(element));
for (const file of split ? [glue, wasm, css, loader, chunk] : [glue, wasm, css]) {
  await copyFile(path.join(dir, file), path.join(embed, file));
}
await cp(path.join(dir, "models"), path.join(embed, "models"), { recursive: true });
await cp(path.join(dir, "messages"), path.join(embed, "messages"), { recursive: true });

// 3. For authors of their own model files (docs/authoring.md): the preview page, the schema and
// the example. The example's `$schema` names the schema as it lies in the repository; in the
// release it is one folder up.
for (const file of ["author.html", "author.css", "author.js"]) {
  await copyFile(path.join(repo, "author", file), path.join(dir, file));
}
await copyFile(path.join(repo, "docs", "model.schema.json"), path.join(dir, "model.schema.json"));
await mkdir(path.join(dir, "examples"), { recursive: true });
const example = await readFile(path.join(repo, "examples", "models", "brightpath.json"), "utf8");
await writeFile(
  path.join(dir, "examples", "brightpath.json"),
  replaceOnce(example, `"$schema": "../../docs/model.schema.json"`, `"$schema": "../model.schema.json"`, "examples/models/brightpath.json"),
);

// 4. Offline and installable; last, because the precache list is every file of the release.
if (release) {
  const { writeOffline } = await import("./offline.mjs");
  const { version, files: cached } = await writeOffline(dir);
  console.log(`post-build: ${cached.length} files precached, cache version ${version}; embeddable bundle in embed/`);
} else {
  console.log("post-build: debug build, no service worker; embeddable bundle in embed/");
}
