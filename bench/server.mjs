// A static file server for the benchmarks that answers the way a host or CDN does: HTML, JS,
// wasm, CSS, JSON and SVG gzipped at level 9 (compressed once, when the server starts, so no
// request waits for the compressor), each with its content type (application/wasm for .wasm, so
// the browser compiles it while it downloads). Listens on 127.0.0.1 only.

import { createServer } from "node:http";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { TYPES } from "../e2e/support.mjs";

const GZIPPED = new Set([".html", ".js", ".mjs", ".wasm", ".css", ".json", ".svg"]);

/** Every file under `root`, by URL path ("/models/ebd.json"), ready to send. */
async function load(root) {
  const files = new Map();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const ext = path.extname(file).toLowerCase();
    const body = await readFile(file);
    files.set("/" + path.relative(root, file).split(path.sep).join("/"), {
      type: TYPES[ext] || "application/octet-stream",
      body,
      gzip: GZIPPED.has(ext) ? gzipSync(body, { level: 9 }) : null,
    });
  }
  return files;
}

/** Serves `root` on 127.0.0.1 at a free port. Resolves to `{ url, close }`. */
export async function startGzipServer(root) {
  const files = await load(root);
  if (!files.has("/index.html")) throw new Error(`${root}/index.html is missing`);
  const server = createServer((req, res) => {
    let { pathname } = new URL(req.url, "http://localhost");
    pathname = decodeURIComponent(pathname);
    if (pathname.endsWith("/")) pathname += "index.html";
    const file = files.get(pathname);
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
      return;
    }
    const gzip = file.gzip && /\bgzip\b/.test(req.headers["accept-encoding"] || "");
    const body = gzip ? file.gzip : file.body;
    res.writeHead(200, {
      "content-type": file.type,
      "content-length": body.length,
      "cache-control": "no-store",
      ...(file.gzip ? { vary: "Accept-Encoding" } : {}),
      ...(gzip ? { "content-encoding": "gzip" } : {}),
    });
    res.end(req.method === "HEAD" ? undefined : body);
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
