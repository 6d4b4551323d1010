// Prints the gzip size of every file a first visit downloads (the HTML and every file it links
// to), and their total. Usage: node scripts/size.mjs dist
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dir = process.argv[2] ?? "dist";
const html = readFileSync(join(dir, "index.html"), "utf8");
// Attribute values may be quoted or, in minified HTML, not.
const linked = new Set(
  [...html.matchAll(/(?:href|src)=(?:"\/?([^"#?]+)"|\/?([^\s>"#?]+))/g)]
    .map((m) => m[1] ?? m[2])
    .filter((f) => !/^[a-z]+:/.test(f)),
);
// The wasm file is fetched by the JS loader, not linked from the HTML.
for (const m of html.matchAll(/['"]\/?([^'"]+_bg\.wasm)['"]/g)) linked.add(m[1]);
const files = ["index.html", ...linked];
let total = 0;
const rows = files.map((f) => {
  const bytes = readFileSync(join(dir, f));
  const gz = gzipSync(bytes, { level: 9 }).length;
  total += gz;
  return [f, statSync(join(dir, f)).size, gz];
});
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + " KB";
for (const [f, raw, gz] of rows) console.log(`${kb(gz)} gzip ${kb(raw)} raw  ${f}`);
console.log(`${kb(total)} gzip total for a first visit`);
