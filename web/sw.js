// cx-maturity's service worker: after one visit the app loads and works with the network off.
//
// This file is a template. `scripts/offline.mjs` (called by the post_build hook) writes `sw.js`
// into the build from it, replacing the two marked values below with the files the build
// actually holds: nothing here is ever listed by hand. Paths are relative to this file, so the
// app works from any folder; everything outside the list is left to the network as if there were
// no worker, and requests to other origins are never touched.
//
// Why one release's files are never mixed with another's (old JS with new wasm):
// - VERSION is a hash of every precached file's path and bytes (and of this template), so any
//   change to any file is a new VERSION, and each VERSION has its own cache.
// - On install, every file of the release is fetched together (`cache.addAll`, bypassing the
//   HTTP cache, each checked against the hash of the bytes the build wrote, as `integrity`).
//   `addAll` stores all of them or none: a file missing, or from another release, makes the
//   install fail and the previous worker keeps serving its own complete release.
// - Requests are answered only from this VERSION's cache, never from another cache, and old
//   caches are deleted on activate. The JS and wasm file names carry content hashes (Trunk), so
//   the JS of a release only ever asks for the wasm of the same release: a page started by an
//   older worker that still asks for its wasm after an update gets that exact file from the
//   network, or nothing, never another release's wasm under the old name.

"use strict";

const VERSION = /* @version */ "unbuilt";
const PRECACHE = /* @precache */ [];

// Caches are shared by every folder of one origin, so ours are named by scope as well: two
// copies of the app in two folders never delete each other's caches.
const PREFIX = `cx-maturity ${self.registration.scope} `;
const CACHE = PREFIX + VERSION;
const BASE = self.location.href;
const PRECACHED = new Set(PRECACHE.map(([path]) => new URL(path, BASE).href));

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(
        PRECACHE.map(([path, integrity]) => new Request(new URL(path, BASE), { cache: "reload", integrity })),
      );
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // A page is the same page whatever its query or fragment (`./?x`, `./#result=…`).
  url.hash = "";
  if (request.mode === "navigate") url.search = "";
  if (url.pathname.endsWith("/")) url.pathname += "index.html";
  if (!PRECACHED.has(url.href)) return;
  event.respondWith(fromCache(url.href, request));
});

/** The release's copy of `key`; the network only if the browser has evicted it. */
async function fromCache(key, request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(key);
  if (!cached) return fetch(request);
  // A host that redirected `index.html` (to `./`, say) gave a redirected response, which a
  // navigation must not be answered with; the same body and headers are.
  if (cached.redirected && request.mode === "navigate") {
    return new Response(cached.body, { status: cached.status, statusText: cached.statusText, headers: cached.headers });
  }
  return cached;
}
