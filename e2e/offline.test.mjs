// Issue 11, offline and installable: after one visit the service worker (sw.js, written by
// scripts/offline.mjs from templates/sw.js) serves the whole app from its cache, so with the network off
// the app loads, a test fetched lazily (four-phases) can be taken, the result is kept and a share
// link opens; the manifest and icons meet Chromium's install criteria; a new release gets a new
// cache that replaces the old one; and the same holds from a sub-folder.
//
// Service workers need a context that allows them: `newApp(t, { serviceWorkers: "allow" })`, or,
// on a server of the test's own, the helper at the end. Offline is `context.setOffline(true)`,
// which Playwright applies to the pages and to the service worker; every test also checks that
// nothing then came from the network (no failed request, no response that bypassed the worker,
// no request by the worker itself).

import { test } from "node:test";
import assert from "node:assert/strict";
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import { createHash } from "node:crypto";
import path from "node:path";
import { setupSuite, startServer, AssessmentPage, DIST, REPO_ROOT, TIMEOUT, MODELS, byDimension, times } from "./support.mjs";
import { writeOffline } from "../scripts/offline.mjs";

const suite = setupSuite();

/** Names of this app's release caches (`cx-maturity <scope> <version>`; not its record of pages). */
const ourCaches = (page) =>
  page.evaluate(async () => (await caches.keys()).filter((n) => /^cx-maturity .* [0-9a-f]{12}$/.test(n)));

/** Waits until `done(names)` holds for the app's release caches; returns the names. */
async function cachesUntil(app, done, what) {
  const deadline = Date.now() + TIMEOUT;
  let names;
  while (Date.now() < deadline) {
    names = await ourCaches(app.page);
    if (done(names)) return names;
    await app.page.waitForTimeout(100);
  }
  assert.fail(`${what}: caches are ${JSON.stringify(names)}`);
}

/**
 * Asks the page's registration for a new worker, and returns a wait until that worker controls
 * the page (it activates once the old one has no events left to finish).
 */
async function updateWorker(app) {
  await app.page.evaluate(() => {
    window.cxmTakenOver = new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
  });
  await app.page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  return () => app.page.evaluate(() => window.cxmTakenOver);
}

/**
 * Deploys a new release over the build in `dir`, as a host that replaces the folder does: the
 * screens after the questions get a new file name (the old file is gone from the server), the
 * page's integrity hash for their loader follows, and sw.js is written again for the new files.
 * Returns the old and new file names.
 */
async function deployOver(dir) {
  const loader = (await readdir(dir)).find((f) => f.endsWith("-split.js"));
  const old = (await readdir(dir)).find((f) => f.endsWith("-split_later.wasm"));
  const renamed = old.replace(/-split_later\.wasm$/, "-split_later-next.wasm");
  await rename(path.join(dir, old), path.join(dir, renamed));
  const text = await readFile(path.join(dir, loader), "utf8");
  assert.ok(text.includes(old), "the loader names the file it fetches");
  const changed = text.replaceAll(old, renamed);
  await writeFile(path.join(dir, loader), changed);
  const html = await readFile(path.join(dir, "index.html"), "utf8");
  const hash = (bytes) => "sha384-" + createHash("sha384").update(bytes).digest("base64");
  assert.ok(html.includes(hash(text)), "index.html holds the loader's integrity hash");
  await writeFile(path.join(dir, "index.html"), html.replace(hash(text), hash(changed)));
  await writeOffline(dir);
  return { old, renamed };
}

/** Waits until the page's service worker is active, then reloads so that it controls the page. */
async function controlledBy(app) {
  const registered = await app.page.evaluate(
    (ms) =>
      Promise.race([
        navigator.serviceWorker.ready.then((r) => r.active.scriptURL),
        new Promise((resolve) => setTimeout(() => resolve(null), ms)),
      ]),
    TIMEOUT,
  );
  if (!registered) {
    assert.fail(
      app.workersStarted
        ? "the service worker never became active: its install failed (a precached file missing, or changed after sw.js was written?)"
        : "the page registers no service worker (start.js: navigator.serviceWorker.register('./sw.js'))",
    );
  }
  await app.reload();
  assert.equal(await app.page.evaluate(() => navigator.serviceWorker.controller?.scriptURL), registered);
  return registered;
}

/** Goes offline and from then on records what the network was asked for, and what failed. */
async function goOffline(app) {
  const context = app.page.context();
  await context.setOffline(true);
  assert.equal(await app.page.evaluate(() => navigator.onLine), false, "the browser is offline");
  const log = { failed: [], network: [] };
  context.on("requestfailed", (r) => log.failed.push(`${r.url()} (${r.failure()?.errorText})`));
  // What the service worker itself fetched (it should answer from its cache, not fetch).
  context.on("request", (r) => r.serviceWorker() && log.network.push(r.url()));
  // A page's response that did not come through the service worker came from the network.
  context.on("response", (r) => {
    if (/^https?:/.test(r.url()) && !r.fromServiceWorker() && !r.request().serviceWorker()) log.network.push(r.url());
  });
  return log;
}

function assertAllFromCache(log) {
  assert.deepEqual(log.failed, [], "no request failed while offline");
  assert.deepEqual(log.network, [], "nothing came from the network while offline");
}

/** The saved results as listed under "My results": [model, result text]. */
async function listed(app) {
  await app.button(/^My results/).first().click();
  await app.page.locator("#cxm-history-title").waitFor();
  await app.page.locator(".cxm-saved__result").filter({ hasNotText: "Loading…" }).first().waitFor();
  return app.page.locator(".cxm-saved").evaluateAll((lis) =>
    lis.map((li) => [li.querySelector("strong").textContent.trim(), li.querySelector(".cxm-saved__result").textContent.trim()]),
  );
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "a PNG signature");
  assert.equal(bytes.subarray(12, 16).toString("ascii"), "IHDR", "IHDR comes first");
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

/** A copy of the build in a temporary folder (removed when `t` ends), under `sub` if given. */
async function copyOfBuild(t, sub = "") {
  const root = await mkdtemp(path.join(os.tmpdir(), "cxm-offline-"));
  t.after(() => rm(root, { recursive: true, force: true }));
  const dir = path.join(root, sub);
  await mkdir(dir, { recursive: true });
  await cp(DIST, dir, { recursive: true });
  return { root, dir };
}

test("after one visit the app loads, takes a test, keeps it and opens a share link with the network off", async (t) => {
  const app = await newAppWithWorkers(t);
  await app.open();
  await controlledBy(app);
  const log = await goOffline(app);

  await app.reload();
  // four-phases is not compiled in: choosing it fetches models/four-phases.json, from the cache.
  await app.choose(MODELS.fourPhases.name);
  await app.start();
  await app.answerAll(byDimension(MODELS.fourPhases, [4, 4, 2, 1]));
  assert.equal(await app.resultHeading(), "Your result: phase 3 of 4, Optimize");
  const link = await app.page.locator("#cxm-share-link").inputValue();
  assert.match(link, /#result=[A-Za-z0-9_-]+$/);
  assert.deepEqual(await listed(app), [[MODELS.fourPhases.name, "phase 3 of 4, Optimize (2 of 4 complete)"]]);

  // The share link, in a new page of the same (offline) browser.
  const page = await app.page.context().newPage();
  app.watch.attach(page);
  const other = new AssessmentPage(page, app.baseUrl, app.watch);
  await page.goto(link);
  assert.equal(await other.resultHeading(), "Shared result: phase 3 of 4, Optimize");
  // A query is the same page too (the cached index.html).
  await page.goto(`${app.baseUrl}/index.html?utm=x`);
  await other.waitForApp();

  assertAllFromCache(log);
  app.watch.assertClean();
});

test("a language used once online is there offline: its words and its models", async (t) => {
  const app = watchWorkers(await suite.newApp(t, { serviceWorkers: "allow", locale: "de-DE" }));
  await app.open();
  await controlledBy(app);
  await app.page.locator(".cxm[lang=de]").waitFor();
  // The whole default model in German: the later screens' code, then models/de/six-stage.json.
  await app.start();
  for (let q = 0; q < MODELS.sixStage.questions; q++) {
    await app.options().nth(2).locator(".cxm-option__label").click();
    await app.nextButton().click();
  }
  await app.page.locator(".cxm-result").waitFor();
  const german = JSON.parse(await readFile(path.join(REPO_ROOT, "models", "de", "six-stage.json"), "utf8"));
  const heading = (await app.page.locator("#cxm-result-title").textContent()).trim();
  assert.ok(heading.includes(german.stages[2].name), heading);
  const log = await goOffline(app);

  // The completed test reopens on its result, in German, its advice from the German model.
  await app.page.goto(`${app.baseUrl}/`);
  await app.page.locator(".cxm[lang=de] .cxm-result").waitFor();
  assert.ok((await app.page.locator("#cxm-result-title").textContent()).includes(german.stages[2].name));
  await app.page.waitForFunction(
    (advice) => advice.some((step) => document.querySelector(".cxm-result").textContent.includes(step)),
    german.questions.flatMap((q) => q.advice),
  );
  assertAllFromCache(log);
  app.watch.assertClean();
});

test("the manifest and icons are served and meet Chromium's install criteria", async (t) => {
  const base = suite.server.url;
  const html = await (await fetch(`${base}/index.html`)).text();
  for (const tag of [/<link rel="manifest" href="manifest.webmanifest">/, /<meta name="theme-color" content="#1d5fa8">/, /<link rel="icon" href="icons\/icon.svg"/]) {
    assert.equal(html.match(new RegExp(tag.source, "g"))?.length, 1, `index.html holds ${tag.source} once`);
  }

  const response = await fetch(`${base}/manifest.webmanifest`);
  assert.equal(response.status, 200);
  const manifest = JSON.parse(await response.text());
  assert.equal(manifest.name, "CX maturity self-assessment");
  assert.equal(manifest.short_name, "CX maturity");
  assert.equal(manifest.start_url, "./");
  assert.equal(manifest.scope, "./");
  assert.equal(manifest.display, "standalone");
  assert.equal(manifest.theme_color, "#1d5fa8");
  assert.equal(manifest.background_color, "#ffffff");
  const sizes = [];
  for (const icon of manifest.icons) {
    const res = await fetch(new URL(icon.src, `${base}/manifest.webmanifest`));
    assert.equal(res.status, 200, icon.src);
    const bytes = Buffer.from(await res.arrayBuffer());
    if (icon.type === "image/png") {
      assert.equal(pngSize(bytes), icon.sizes, `${icon.src} is as large as the manifest says`);
      sizes.push(`${icon.sizes} ${icon.purpose}`);
    } else {
      assert.equal(icon.type, "image/svg+xml");
      assert.equal(icon.sizes, "any");
      assert.match(bytes.toString("utf8"), /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    }
  }
  for (const needed of ["192x192 any", "512x512 any", "512x512 maskable"]) assert.ok(sizes.includes(needed), needed);

  // What Chromium itself makes of it, once the worker is running.
  const app = await newAppWithWorkers(t);
  await app.open();
  await controlledBy(app);
  const cdp = await app.page.context().newCDPSession(app.page);
  const parsed = await cdp.send("Page.getAppManifest");
  assert.equal(parsed.url, `${base}/manifest.webmanifest`);
  assert.deepEqual(parsed.errors, [], "Chromium reads the manifest without errors");
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  // A Playwright context is like an incognito window, where nothing installs; nothing else may be missing.
  assert.deepEqual(installabilityErrors.filter((e) => e.errorId !== "in-incognito"), []);
  app.watch.assertClean();
});

test("a new release gets a new cache, which replaces the old one whole", async (t) => {
  const { dir } = await copyOfBuild(t);
  // On an unchanged copy, writing again gives the same version as the build's own sw.js (so the
  // hook wrote it last, and writing is idempotent), and the list holds what the app needs.
  const first = await writeOffline(dir);
  const built = (await readFile(path.join(DIST, "sw.js"), "utf8")).match(/const VERSION = "([0-9a-f]{12})"/);
  assert.ok(built, "dist/sw.js has a VERSION");
  assert.equal(first.version, built[1], "dist/sw.js is up to date with the build's files");
  const needed = [
    /^\.\/index\.html$/, /^\.\/start\.js$/, /^\.\/[^/]+-[0-9a-f]+\.js$/, /^\.\/[^/]+_bg\.wasm$/, /^\.\/[^/]+\.css$/,
    /^\.\/models\/four-phases\.json$/, /^\.\/manifest\.webmanifest$/, /^\.\/icons\/icon-192\.png$/, /^\.\/icons\/icon-512\.png$/,
  ];
  for (const file of needed) assert.ok(first.files.some((f) => file.test(f)), `precached: ${file.source}`);
  assert.deepEqual(first.files.filter((f) => f.startsWith("./embed/") || f === "./sw.js"), [], "neither embed/ nor sw.js");
  assert.deepEqual(first.files.filter((f) => /^\.\/models\/(?!archive\/)[^/]+\//.test(f)), [], "no translation of the models before its language is used");

  const server = await startServer(dir);
  t.after(() => server.close());
  const app = await newAppOn(t, server);
  await app.open();
  const scope = (await controlledBy(app)).replace(/sw\.js$/, "");
  assert.deepEqual(await ourCaches(app.page), [`cx-maturity ${scope} ${first.version}`]);
  const cached = await app.page.evaluate(
    async (name) => (await (await caches.open(name)).keys()).map((r) => r.url).sort(),
    `cx-maturity ${scope} ${first.version}`,
  );
  assert.deepEqual(cached, first.files.map((f) => new URL(f, scope).href).sort(), "the cache holds exactly the list");

  // The release: one precached file's bytes change; the hook runs again.
  const model = path.join(dir, "models", "ebd.json");
  await appendFile(model, "\n");
  const second = await writeOffline(dir);
  assert.notEqual(second.version, first.version);
  assert.equal((await writeOffline(dir)).version, second.version, "the same files, the same version");

  const takenOver = await updateWorker(app);
  // The page open on the first release keeps its cache (issue 18: a deploy must not take its
  // files away); once it is reloaded on the new release, only the new cache is left.
  await cachesUntil(app, (names) => names.some((n) => n.endsWith(second.version)), "the new release is cached");
  assert.deepEqual(
    (await ourCaches(app.page)).sort(),
    [`cx-maturity ${scope} ${first.version}`, `cx-maturity ${scope} ${second.version}`].sort(),
    "the open page's release is kept",
  );
  await takenOver();
  await app.reload();
  assert.deepEqual(
    await cachesUntil(app, (names) => names.length === 1, "the old cache goes once no page uses it"),
    [`cx-maturity ${scope} ${second.version}`],
    "only the new release's cache is left",
  );
  assert.equal(await app.page.evaluate(() => navigator.serviceWorker.controller?.scriptURL), `${scope}sw.js`);
  const log = await goOffline(app);
  assert.equal(
    await app.page.evaluate(() => fetch("./models/ebd.json").then((r) => r.text())),
    await readFile(model, "utf8"),
    "the new bytes are served",
  );
  await app.reload();
  await app.choose(MODELS.ebd.name);
  await app.start();
  await app.waitForQuestion(1);
  assertAllFromCache(log);
  app.watch.assertClean();
});

test("a deploy under an open tab: the tab finishes on its own release's files, and a reload takes the new one", async (t) => {
  const { dir } = await copyOfBuild(t);
  const server = await startServer(dir);
  t.after(() => server.close());
  const app = await newAppOn(t, server);
  await app.open();
  await controlledBy(app);
  const before = await ourCaches(app.page);
  const { old, renamed } = await deployOver(dir);
  const failed = [];
  app.page.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  // The new worker takes over at once, while this tab is still on the first release.
  const takenOver = await updateWorker(app);
  await cachesUntil(app, (names) => names.length === 2, "the new release is cached beside the open tab's");
  assert.deepEqual((await ourCaches(app.page)).filter((n) => before.includes(n)), before, "the open tab's cache is kept");

  // The tab leaves the intro: its release's screens after the questions come from its own cache,
  // though the server no longer has them.
  const asked = [];
  app.page.on("request", (r) => r.url().includes("split_later") && asked.push(r.url()));
  await app.start();
  await app.answerAll(times(MODELS.sixStage.questions, 3));
  assert.equal(await app.resultHeading(), "Your result: stage 3 of 6, Mobilize");
  assert.ok(asked.some((u) => u.endsWith(old)), `the tab asked for its own release's file: ${asked}`);
  assert.deepEqual(failed, [], "nothing failed");

  // A reload is the new release, and the first release's cache goes.
  await takenOver();
  await app.reload();
  await cachesUntil(app, (names) => names.length === 1 && !before.includes(names[0]), "only the new release is left");
  assert.equal(await app.resultHeading(), "Your result: stage 3 of 6, Mobilize");
  assert.ok(asked.some((u) => u.endsWith(renamed)), `the reloaded tab uses the new release: ${asked}`);
  assert.deepEqual(failed, []);
  app.watch.assertClean();
});

test("without a service worker, a file gone after a deploy gets a sentence that says to reload, and reloading works", async (t) => {
  const { dir } = await copyOfBuild(t);
  const server = await startServer(dir);
  t.after(() => server.close());
  const app = await suite.newApp(t, { server });
  await app.open();
  await deployOver(dir);
  await app.start();
  await app.answerAll(times(MODELS.sixStage.questions - 1, 3));
  await app.answer(3);
  await app.button("See my result").click();
  await app.page.getByRole("heading", { name: "This part of the app did not load" }).waitFor();
  assert.match(await app.page.locator(".cxm-later").textContent(), /reload the page to get it/);
  await Promise.all([app.page.waitForNavigation(), app.button("Reload the page").click()]);
  await app.waitForApp();
  // The answers were kept, and the new release's screens load.
  assert.equal(await app.resultHeading(), "Your result: stage 3 of 6, Mobilize");
  assert.deepEqual(app.watch.foreignRequests(), []);
});

test("from a sub-folder, the worker's scope and cache are the folder's, and the app works offline", async (t) => {
  const { root } = await copyOfBuild(t, "some/folder");
  await writeFile(path.join(root, "index.html"), "<!doctype html><title>Another site</title>\n");
  const server = await startServer(root);
  t.after(() => server.close());
  const app = await newAppOn(t, server, "/some/folder");
  await app.open();
  const scope = `${server.url}/some/folder/`;
  assert.equal(await controlledBy(app), `${scope}sw.js`);
  assert.equal(await app.page.evaluate(async () => (await navigator.serviceWorker.ready).scope), scope);
  assert.equal((await ourCaches(app.page)).length, 1);
  assert.ok((await ourCaches(app.page))[0].startsWith(`cx-maturity ${scope} `));
  // The site's own pages outside the folder are not the app's business: its index.html is not the app's.
  assert.match(await app.page.evaluate(() => fetch("/index.html").then((r) => r.text())), /Another site/);
  const log = await goOffline(app);
  await app.reload();
  await app.choose(MODELS.fourPhases.name);
  await app.start();
  await app.waitForQuestion(1);
  assertAllFromCache(log);
  app.watch.assertClean();
});

/** A fresh app whose context allows service workers, on the suite's server. */
async function newAppWithWorkers(t) {
  return watchWorkers(await suite.newApp(t, { serviceWorkers: "allow" }));
}

/**
 * Counts the service worker's console errors among the Watch's, and how many service workers
 * started (`app.workersStarted`, to tell a failed install from no registration).
 */
function watchWorkers(app) {
  const context = app.page.context();
  app.workersStarted = 0;
  context.on("serviceworker", () => app.workersStarted++);
  context.on("console", (m) => {
    if (!m.page() && m.type() === "error") app.watch.consoleErrors.push(`service worker: ${m.text()}`);
  });
  return app;
}

/** An app on a server of the test's own, at `server.url + base`, with service workers allowed. */
async function newAppOn(t, server, base = "") {
  return watchWorkers(await suite.newApp(t, { serviceWorkers: "allow", server, base }));
}
