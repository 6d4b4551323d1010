// Offline use and installing (issue 11): run on the build's files after Trunk has written them.
//
//   import { writeOffline } from "./offline.mjs";
//   const { version, files } = await writeOffline(process.env.TRUNK_STAGING_DIR);
//
// or `node scripts/offline.mjs <dir>`. In `dir` it writes
//   icons/icon-192.png, icon-512.png   the icon, a white rising bar chart on the accent colour
//   icons/icon-maskable-512.png        the same, full bleed, the mark inside the maskable safe zone
//   icons/apple-touch-icon.png         180 × 180, full bleed (iOS rounds the corners itself)
//   icons/icon.svg                     the same design as a vector
//   manifest.webmanifest               name, colours, icons; start_url and scope "./"
//   index.html                         + manifest link, theme-color and icon links before </head>
//                                      (each only when missing, so running twice changes nothing)
//   sw.js                              from templates/sw.js, with the precache list and its version
// The precache list is every file in `dir` after the above, except `embed/` (the embeddable
// bundle has no service worker), the author's preview page and its files, sw.js itself and dot
// files. Its version is the first 12 hex
// characters of a SHA-256 over each listed file's path and bytes, in path order, and the
// template's bytes: a release that changes any byte gets a new cache. Icons are drawn here (PNG
// with node's zlib), so the same code always writes the same bytes.

import { createHash } from "node:crypto";
import { deflateSync } from "node:zlib";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const SW_TEMPLATE = path.resolve(HERE, "..", "templates", "sw.js");

/** Colours of style/main.css (`--cxm-accent`, `--cxm-bg`). */
export const ACCENT = "#1d5fa8";
export const BACKGROUND = "#ffffff";

/**
 * Paths (relative to `dir`, with "/") never precached: a folder ends with "/". The author's
 * preview page and what it loads are for a model's author, not the app's visitors (and it runs
 * the widget from embed/, which is not cached either).
 */
export const EXCLUDED = ["embed/", "sw.js", "author.html", "author.css", "author.js", "model.schema.json", "examples/"];

/**
 * Writes the manifest, the icons, the head tags and sw.js into `dir` (Trunk's staging dir).
 * Resolves to `{ version, files }`: the cache version (12 hex characters) and the precached
 * paths ("./index.html", …), for the hook to log.
 */
export async function writeOffline(dir) {
  if (!dir) throw new Error("writeOffline: no directory given (Trunk's hooks get it as $TRUNK_STAGING_DIR)");
  dir = path.resolve(dir);
  const indexPath = path.join(dir, "index.html");
  const html = await readFile(indexPath, "utf8").catch(() => {
    throw new Error(`writeOffline: ${indexPath} is missing; is ${dir} a build?`);
  });

  await mkdir(path.join(dir, "icons"), { recursive: true });
  for (const icon of ICONS) {
    const file = path.join(dir, "icons", icon.file);
    await writeFile(file, icon.file.endsWith(".svg") ? iconSvg(icon) : iconPng(icon));
  }
  await writeFile(path.join(dir, "manifest.webmanifest"), JSON.stringify(manifest(), null, 2) + "\n");
  const withTags = addHeadTags(html);
  if (withTags !== html) await writeFile(indexPath, withTags);

  const files = (await walk(dir)).filter((rel) => !isExcluded(rel)).sort();
  const template = await readFile(SW_TEMPLATE);
  const hash = createHash("sha256");
  const precache = [];
  for (const rel of files) {
    const bytes = await readFile(path.join(dir, rel));
    hash.update(`${rel}\0${bytes.length}\0`).update(bytes);
    precache.push([`./${rel}`, `sha256-${createHash("sha256").update(bytes).digest("base64")}`]);
  }
  hash.update("\0templates/sw.js\0").update(template);
  const version = hash.digest("hex").slice(0, 12);
  await writeFile(path.join(dir, "sw.js"), fillTemplate(template.toString("utf8"), version, precache));
  return { version, files: precache.map(([p]) => p) };
}

function isExcluded(rel) {
  if (rel.split("/").some((part) => part.startsWith("."))) return true;
  // A language's texts (messages/<lang>.json) and models (models/<lang>/) are fetched when the
  // language is used, not before; the archive (models/archive/) is every visitor's, for
  // results of older versions.
  if (/^(messages\/|models\/(?!archive\/)[^/]+\/)/.test(rel)) return true;
  return EXCLUDED.some((x) => (x.endsWith("/") ? rel.startsWith(x) : rel === x));
}

/** Every file under `dir`, as paths relative to it with "/". */
async function walk(dir, prefix = "") {
  const out = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await walk(dir, rel)));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

/** templates/sw.js with its two marked values filled in; fails if the template lost a marker. */
export function fillTemplate(template, version, precache) {
  const markers = [
    [/\/\* @version \*\/ "[^"\n]*"/g, JSON.stringify(version)],
    [/\/\* @precache \*\/ \[\]/g, "[\n" + precache.map((entry) => `  ${JSON.stringify(entry)},\n`).join("") + "]"],
  ];
  let out = template;
  for (const [marker, value] of markers) {
    const found = template.match(marker)?.length ?? 0;
    if (found !== 1) throw new Error(`templates/sw.js must hold ${marker.source} once, found ${found}`);
    out = out.replace(marker, value);
  }
  return `// Generated by scripts/offline.mjs from templates/sw.js: edit the template, not this file.\n${out}`;
}

// ---- manifest and head tags ----

export function manifest() {
  const icon = ({ file, size, purpose }) => ({
    src: `icons/${file}`,
    sizes: size ? `${size}x${size}` : "any",
    type: file.endsWith(".svg") ? "image/svg+xml" : "image/png",
    purpose,
  });
  return {
    id: "./",
    name: "CX maturity self-assessment",
    short_name: "CX maturity",
    description: "A private customer-experience maturity self-assessment. Everything runs in your browser.",
    lang: "en",
    start_url: "./",
    scope: "./",
    display: "standalone",
    theme_color: ACCENT,
    background_color: BACKGROUND,
    categories: ["business", "productivity"],
    icons: ICONS.filter((i) => i.purpose).map(icon),
  };
}

const HEAD_TAGS = [
  [/<link\b[^>]*\brel=["']?manifest\b/i, `<link rel="manifest" href="manifest.webmanifest">`],
  [/<meta\b[^>]*\bname=["']?theme-color\b/i, `<meta name="theme-color" content="${ACCENT}">`],
  [/<link\b[^>]*\brel=["']?icon\b/i, `<link rel="icon" href="icons/icon.svg" type="image/svg+xml">`],
  [/<link\b[^>]*\brel=["']?apple-touch-icon\b/i, `<link rel="apple-touch-icon" href="icons/apple-touch-icon.png">`],
];

/** `html` with each of HEAD_TAGS it lacks inserted before `</head>` (after `</title>` if minified away). */
export function addHeadTags(html) {
  const missing = HEAD_TAGS.filter(([present]) => !present.test(html)).map(([, tag]) => tag);
  if (!missing.length) return html;
  const at = html.search(/<\/head\s*>/i);
  if (at >= 0) return html.slice(0, at) + missing.join("") + html.slice(at);
  const title = html.match(/<\/title\s*>/i);
  if (title) return html.slice(0, title.index + title[0].length) + missing.join("") + html.slice(title.index + title[0].length);
  throw new Error("writeOffline: index.html has neither </head> nor </title> to put the manifest link by");
}

// ---- icons ----

/**
 * The icons: `bleed` fills the whole square (maskable, Apple), otherwise a rounded square;
 * `scale` shrinks the mark around the centre (the maskable safe zone is the middle 80% circle).
 * `purpose` is the manifest's; icons without one are not listed in the manifest.
 */
export const ICONS = [
  { file: "icon-192.png", size: 192, purpose: "any", bleed: false, scale: 1 },
  { file: "icon-512.png", size: 512, purpose: "any", bleed: false, scale: 1 },
  { file: "icon-maskable-512.png", size: 512, purpose: "maskable", bleed: true, scale: 0.8 },
  { file: "icon.svg", size: 0, purpose: "any", bleed: false, scale: 1 },
  { file: "apple-touch-icon.png", size: 180, purpose: null, bleed: true, scale: 0.8 },
];

/** Corner radius of the rounded square, and the three bars [x0, y0, x1, y1], in units of the side. */
const RADIUS = 0.1875;
const BARS = [
  [0.21, 0.54, 0.35, 0.76],
  [0.43, 0.39, 0.57, 0.76],
  [0.65, 0.24, 0.79, 0.76],
];

const scaled = (bar, s) => bar.map((v) => 0.5 + (v - 0.5) * s);

function iconSvg({ bleed, scale }) {
  const u = (v) => +(v * 512).toFixed(2);
  const bars = BARS.map((b) => scaled(b, scale)).map(
    ([x0, y0, x1, y1]) => `<rect x="${u(x0)}" y="${u(y0)}" width="${u(x1 - x0)}" height="${u(y1 - y0)}"/>`,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">` +
    `<rect width="512" height="512"${bleed ? "" : ` rx="${u(RADIUS)}"`} fill="${ACCENT}"/>` +
    `<g fill="${BACKGROUND}">${bars.join("")}</g></svg>\n`
  );
}

/** The icon drawn at `size` px, 4 × 4 samples per pixel for smooth edges, as an RGBA PNG. */
function iconPng({ size, bleed, scale }) {
  const accent = rgb(ACCENT);
  const white = rgb(BACKGROUND);
  const bars = BARS.map((b) => scaled(b, scale).map((v) => v * size));
  const r = RADIUS * size;
  const inBackground = (x, y) => {
    if (bleed) return true;
    const dx = Math.max(r - x, x - (size - r), 0);
    const dy = Math.max(r - y, y - (size - r), 0);
    return dx * dx + dy * dy <= r * r;
  };
  const N = 4;
  const stride = size * 4 + 1;
  const raw = Buffer.alloc(stride * size);
  for (let py = 0; py < size; py++) {
    raw[py * stride] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let back = 0;
      let mark = 0;
      for (let sy = 0; sy < N; sy++) {
        for (let sx = 0; sx < N; sx++) {
          const x = px + (sx + 0.5) / N;
          const y = py + (sy + 0.5) / N;
          if (!inBackground(x, y)) continue;
          back++;
          if (bars.some(([x0, y0, x1, y1]) => x >= x0 && x < x1 && y >= y0 && y < y1)) mark++;
        }
      }
      const o = py * stride + 1 + px * 4;
      for (let c = 0; c < 3; c++) {
        raw[o + c] = back ? Math.round((accent[c] * (back - mark) + white[c] * mark) / back) : 0;
      }
      raw[o + 3] = Math.round((back * 255) / (N * N));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bits per channel
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// `node scripts/offline.mjs <dir>`
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: node scripts/offline.mjs <build dir>");
    process.exit(2);
  }
  const { version, files } = await writeOffline(dir);
  console.log(`offline: sw.js precaches ${files.length} files, version ${version}`);
}
