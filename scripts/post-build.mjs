// Trunk's post_build hook (Trunk.toml): runs on the staged build ($TRUNK_STAGING_DIR) before it
// becomes dist/. It
//   1. replaces Trunk's inline start-up script in index.html with `start.js`, a file, so the page
//      works under a Content Security Policy without 'unsafe-inline';
//   2. writes the embeddable bundle to embed/ with stable names: cx-maturity.js (the custom
//      element, from the repository's embed/), cx-maturity-glue.js, cx-maturity_bg.wasm,
//      cx-maturity.css and models/, plus everything else in the repository's embed/ folder;
//   3. in a release build, writes the service worker, the manifest and the icons
//      (scripts/offline.mjs). A debug build (`make serve`) has none, and its start.js removes a
//      worker left by a release build on the same address, so a rebuild is never hidden behind
//      a cached release.
// The hashed file names are read from the staged files, never written by hand.

import { readdir, readFile, writeFile, copyFile, mkdir, cp } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

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

// 1. The standalone page's loader.
await writeFile(
  path.join(dir, "start.js"),
  `// Starts the standalone page (written by scripts/post-build.mjs).
import init, { start_page } from "./${glue}";
await init({ module_or_path: new URL("./${wasm}", import.meta.url) });
start_page();
${
    release
      ? 'if ("serviceWorker" in navigator) navigator.serviceWorker.register("./sw.js").catch(() => {});'
      : "navigator.serviceWorker?.getRegistrations().then((all) => all.forEach((r) => r.unregister()));"
  }
`,
);
const indexPath = path.join(dir, "index.html");
const index = await readFile(indexPath, "utf8");
const inline = /<script type=["']?module["']?>[\s\S]*?<\/script>/;
if (!inline.test(index)) throw new Error("post-build: Trunk's start-up script was not found in index.html");
await writeFile(indexPath, index.replace(inline, '<script type=module src=./start.js></script>'));

// 2. The embeddable bundle.
const embed = path.join(dir, "embed");
await mkdir(embed, { recursive: true });
await cp(path.join(repo, "embed"), embed, { recursive: true });
await copyFile(path.join(dir, wasm), path.join(embed, "cx-maturity_bg.wasm"));
await copyFile(path.join(dir, glue), path.join(embed, "cx-maturity-glue.js"));
await copyFile(path.join(dir, css), path.join(embed, "cx-maturity.css"));
await cp(path.join(dir, "models"), path.join(embed, "models"), { recursive: true });

// 3. Offline and installable; last, because the precache list is every file of the release.
if (release) {
  const { writeOffline } = await import("./offline.mjs");
  const { version, files: cached } = await writeOffline(dir);
  console.log(`post-build: ${cached.length} files precached, cache version ${version}; embeddable bundle in embed/`);
} else {
  console.log("post-build: debug build, no service worker; embeddable bundle in embed/");
}
