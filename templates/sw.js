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
// - The JS and wasm file names carry content hashes (Trunk), so the JS of a release only ever
//   asks for the wasm of the same release.
//
// Why a deploy never breaks a tab that is open: a new release takes over at once, so the next
// page load gets it, but a tab opened on an earlier release keeps fetching that release's files
// (the screens after the questions, the models) for as long as it is open, and a deploy has
// usually deleted them from the server. So every page load is recorded with the cache that
// served it (in CLIENTS), each tab's requests are answered from its own release's cache, and an
// earlier release's cache is deleted only once no open tab uses it. A tab whose page was served
// by a worker that kept no record keeps every earlier cache alive until it is closed. Only the
// active worker, with no newer one installing or waiting, deletes anything: a worker still
// serving pages while a newer one installs never deletes the newer release's cache.

"use strict";

const VERSION = /* @version */ "unbuilt";
const PRECACHE = /* @precache */ [];

// Caches are shared by every folder of one origin, so ours are named by scope as well: two
// copies of the app in two folders never delete each other's caches.
const PREFIX = `cx-maturity ${self.registration.scope} `;
const CACHE = PREFIX + VERSION;
const CLIENTS = PREFIX + "clients";
const CLIENTS_KEY = new URL("./.cx-maturity-clients", self.location.href).href;
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
      await self.clients.claim();
      await removeUnused();
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
  if (request.mode === "navigate") {
    if (!PRECACHED.has(url.href)) return;
    event.respondWith(fromCache(CACHE, url.href, request));
    // The page being replaced is still open while this navigation is answered: the clean-up
    // waits until it has gone.
    event.waitUntil(record(event.resultingClientId, CACHE).then(() => pause(2000)).then(removeUnused));
    return;
  }
  event.respondWith(forClient(event.clientId, url.href, request));
});

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** `key` from the cache of the release that client `id`'s page came from, else this release's. */
async function forClient(id, key, request) {
  const own = (await records()).clients[id];
  if (own && own !== CACHE && (await caches.has(own))) {
    const cached = await (await caches.open(own)).match(key);
    if (cached) return cached;
  }
  if (PRECACHED.has(key)) return fromCache(CACHE, key, request);
  // A page served before records were kept: any earlier release's copy, else the network.
  for (const name of await ourCaches()) {
    const cached = await (await caches.open(name)).match(key);
    if (cached) return cached;
  }
  const response = await fetch(request);
  // A language's file and its models are left out of the precache, so a visitor in English
  // downloads none of them; once used they are kept with this release, for visits offline.
  if (response.ok && TRANSLATED.test(new URL(key).pathname)) {
    await (await caches.open(CACHE)).put(key, response.clone());
  }
  return response;
}

/** A language's file (`messages/<lang>.json`) or a model in a language (`models/<lang>/<id>.json`). */
const TRANSLATED = /\/(messages\/[a-z]{2}\.json|models\/[a-z]{2}\/[^/]+\.json)$/;

/** The copy of `key` in cache `name`; the network only if the browser has evicted it. */
async function fromCache(name, key, request) {
  const cached = await (await caches.open(name)).match(key);
  if (!cached) return fetch(request);
  // A host that redirected `index.html` (to `./`, say) gave a redirected response, which a
  // navigation must not be answered with; the same body and headers are.
  if (cached.redirected && request.mode === "navigate") {
    return new Response(cached.body, { status: cached.status, statusText: cached.statusText, headers: cached.headers });
  }
  return cached;
}

/** This scope's release caches, the records left out. */
async function ourCaches() {
  return (await caches.keys()).filter((n) => n.startsWith(PREFIX) && n !== CLIENTS);
}

/** What the workers of this scope keep: `clients`, which release cache served each page still recorded. */
async function records() {
  const stored = await (await caches.open(CLIENTS)).match(CLIENTS_KEY);
  const kept = stored ? await stored.json() : {};
  return { clients: kept.clients ?? {} };
}

async function keep(kept) {
  await (await caches.open(CLIENTS)).put(CLIENTS_KEY, new Response(JSON.stringify(kept)));
}

async function record(id, name) {
  if (!id) return;
  const kept = await records();
  kept.clients[id] = name;
  await keep(kept);
}

/** Deletes every earlier release's cache that no open page uses, and the records of closed pages. */
async function removeUnused() {
  const registration = self.registration;
  const superseded = self.serviceWorker && self.serviceWorker !== registration.active;
  if (registration.installing || registration.waiting || superseded) return;
  const open = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const kept = await records();
  const live = {};
  const used = new Set([CACHE]);
  let unrecorded = false;
  for (const client of open) {
    if (kept.clients[client.id]) {
      live[client.id] = kept.clients[client.id];
      used.add(kept.clients[client.id]);
    } else {
      unrecorded = true;
    }
  }
  await keep({ clients: live });
  if (unrecorded) return;
  await Promise.all((await ourCaches()).filter((n) => !used.has(n)).map((n) => caches.delete(n)));
}
