// Issue 11, embedding: the <cx-maturity> element on a hostile host page (CSS resets, a preflight,
// `* { box-sizing: content-box }`, `button { all: unset }`, a 40px root font size) served with a
// strict Content Security Policy, three instances at once. The widget's files are the bundle
// `make dist` writes to dist/embed/, copied under /widget/ next to the host page.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setupSuite, startServer, DIST, REPO_ROOT, MODELS, times, answerIn } from "./support.mjs";

const suite = setupSuite();
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
let host = null;
let hostDir = null;

before(async () => {
  hostDir = await mkdtemp(path.join(tmpdir(), "cxm-host-"));
  await cp(path.join(DIST, "embed"), path.join(hostDir, "widget"), { recursive: true });
  for (const f of ["hostile.html", "hostile.css", "hostile.js"]) {
    await cp(path.join(REPO_ROOT, "e2e", "hosts", f), path.join(hostDir, f === "hostile.html" ? "index.html" : f));
  }
  host = await startServer(hostDir, { headers: { "content-security-policy": CSP } });
});

after(async () => {
  await host?.close();
  if (hostDir) await rm(hostDir, { recursive: true, force: true });
});

/** Records every Content Security Policy violation in `window.violations` (an init script). */
const recordViolations = () => {
  window.violations = [];
  document.addEventListener("securitypolicyviolation", (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
};

/**
 * A fresh context on the hostile page, watched; CSP violations and console warnings recorded.
 * `beforeLoad(page)` runs before the page is opened (to route its requests, say).
 */
async function openHost(t, viewport = { width: 1000, height: 900 }, beforeLoad = async () => {}) {
  const { page, watch } = await suite.newApp(t, { viewport, initScript: recordViolations, server: host });
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await beforeLoad(page);
  await page.goto(host.url + "/");
  for (const id of ["one", "two", "three"]) await page.locator(`#${id} .cxm-screen`).waitFor();
  return { page, watch, warnings };
}

/** Answers the open question of widget `id` with option n (1-based) and moves on. */
const answer = (page, id, n) => answerIn(page.locator(`#${id}`), n);

test("three widgets render on a hostile page under a strict CSP, each on its own, with nothing leaking either way", async (t) => {
  const { page, watch, warnings } = await openHost(t);
  // Each widget has its own shadow root with the app's stylesheet; the page's CSS stays out.
  for (const id of ["one", "two", "three"]) {
    assert.equal(await page.locator(`#${id}`).evaluate((el) => !!el.shadowRoot), true);
  }
  const inside = await page.locator("#one .cxm-button--primary").first().evaluate((b) => {
    const s = getComputedStyle(b);
    return { boxSizing: s.boxSizing, fontSize: s.fontSize, cursor: s.cursor, transform: s.textTransform, bg: getComputedStyle(b.closest(".cxm")).backgroundColor };
  });
  assert.deepEqual(inside, { boxSizing: "border-box", fontSize: "16px", cursor: "pointer", transform: "none", bg: "rgb(255, 255, 255)" });
  // None of the widget's CSS leaks out onto the page.
  assert.equal(await page.locator("h1").first().evaluate((h) => getComputedStyle(h).fontSize), "200px");
  // The models chosen by attribute; the third's invalid model falls back to the default.
  assert.match(await page.locator("#one .cxm-choice:has(input:checked)").textContent(), new RegExp(MODELS.fourPhases.name));
  assert.match(await page.locator("#two .cxm-choice:has(input:checked)").textContent(), new RegExp(MODELS.ebd.name));
  assert.match(await page.locator("#three .cxm-choice:has(input:checked)").textContent(), new RegExp(MODELS.sixStage.name));
  // Branding through the accent attribute; the compact layout on the second.
  const primary = page.locator("#two .cxm-button--primary").first();
  assert.equal(await primary.evaluate((b) => getComputedStyle(b).backgroundColor), "rgb(181, 23, 158)");
  // Hovered, a darker shade of the same accent, not the default accent's.
  await primary.hover();
  const hovered = await primary.evaluate((b) => getComputedStyle(b).backgroundColor);
  const [r, g, b] = hovered.match(/[\d.]+/g).slice(-3).map(Number);
  assert.ok(r > g && r > b && r < 181, `the hovered button is a darker ${hovered}`);
  await page.mouse.move(0, 0);
  assert.equal(await page.locator("#two .cxm").evaluate((e) => e.classList.contains("cxm--compact")), true);
  // Invalid attributes: console warnings, never a broken widget.
  const said = warnings.join("\n");
  assert.match(said, /model="no-such-model" is not a built-in model/);
  assert.match(said, /accent="url\(javascript:alert\(1\)\)" is not valid/);
  assert.match(said, /cta-url="javascript:alert\(1\)" is not an http\(s\), mailto or same-site link/);
  assert.match(said, /namespace="Bad Name" must be 1 to 40 characters/);
  // No widget took focus from the page on opening.
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true);
  assert.deepEqual(await page.evaluate(() => window.violations), [], "no Content Security Policy violation");
  watch.assertClean();
});

test("finishing dispatches cx-maturity-complete to the host with the documented payload; storage is namespaced", async (t) => {
  const { page, watch } = await openHost(t);
  // Widget one: four-phases, all best answers. Widget two: EBD, all "Mostly true" (75%: sound).
  await page.locator("#one").getByRole("button", { name: "Start the assessment" }).click();
  for (let i = 0; i < MODELS.fourPhases.questions; i++) await answer(page, "one", 4);
  await page.locator("#two").getByRole("button", { name: "Start the assessment" }).click();
  for (let i = 0; i < MODELS.ebd.questions; i++) await answer(page, "two", 4);
  assert.equal((await page.locator("#one #cxm-result-title").textContent()).trim(), "Your result: phase 4 of 4, Differentiate");
  const completions = await page.evaluate(() => window.completions);
  assert.equal(completions.length, 2);
  assert.deepEqual(completions[0], {
    from: "one",
    detail: {
      model: "four-phases",
      version: 3,
      stage: 4,
      stage_name: "Differentiate",
      complete_stages: 4,
      confidence: "high",
      answered: MODELS.fourPhases.questions,
      questions: MODELS.fourPhases.questions,
      unplaced: [],
      dimensions: [
        { id: "repair", name: "Repair", percent: 100 },
        { id: "elevate", name: "Elevate", percent: 100 },
        { id: "optimize", name: "Optimize", percent: 100 },
        { id: "differentiate", name: "Differentiate", percent: 100 },
      ],
      data: {},
    },
  });
  const two = completions[1];
  assert.equal(two.from, "two");
  assert.equal(two.detail.model, "ebd");
  assert.equal(two.detail.stage_name, "3 of 3 principles sound");
  assert.equal(two.detail.answers, "3".repeat(MODELS.ebd.questions), "answers only where the host opted in");
  // The call to action with the result, on the widget that has one.
  const cta = page.locator("#two .cxm-cta a");
  assert.equal((await cta.textContent()).trim(), "Book a call");
  assert.equal(await cta.getAttribute("href"), "/contact");
  assert.equal(await page.locator("#one .cxm-cta").count(), 0);
  // Each widget keeps its data under its own namespace.
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  assert.ok(keys.some((k) => k.startsWith("cx-maturity@one/results/")), keys.join(" "));
  assert.ok(keys.some((k) => k.startsWith("cx-maturity@two/results/")), keys.join(" "));
  assert.ok(keys.every((k) => !k.startsWith("cx-maturity/")), "nothing outside the namespaces");
  assert.equal((await page.locator("#three").getByRole("button", { name: /^My results/ }).textContent()).trim(), "My results", "the third has no results");
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  watch.assertClean();
});

test("a completion waits for the result's code: the host hears of it once that code is in", async (t) => {
  let blocked = true;
  const { page } = await openHost(t, undefined, (page) =>
    page.route(/-split_later\.wasm$/, (route) => (blocked ? route.abort("internetdisconnected") : route.continue())),
  );
  // Widget three falls back to the compiled-in default, so it needs nothing fetched to start.
  const three = page.locator("#three");
  await three.getByRole("button", { name: "Start the assessment" }).click();
  for (let i = 1; i < MODELS.sixStage.questions; i++) await answer(page, "three", 4);
  await three.locator(".cxm-option").nth(3).locator(".cxm-option__label").click();
  await three.locator(".cxm-nav .cxm-button--primary").click();
  await three.getByRole("heading", { name: "This part of the app did not load" }).waitFor();
  const fromThree = () => page.evaluate(() => window.completions.filter((c) => c.from === "three"));
  assert.deepEqual(await fromThree(), [], "nothing is told before the result can be worked out");

  blocked = false;
  await three.getByRole("button", { name: "Try again" }).click();
  assert.equal((await three.locator("#cxm-result-title").textContent()).trim(), "Your result: stage 4 of 6, Operationalize");
  await page.waitForFunction(() => window.completions.some((c) => c.from === "three"));
  const told = await fromThree();
  assert.equal(told.length, 1, "told once");
  assert.equal(told[0].detail.model, "six-stage");
  assert.equal(told[0].detail.stage, 4);
  assert.equal(told[0].detail.stage_name, "Operationalize");
});

test("removing an element unmounts its app, and adding one back mounts a fresh one", async (t) => {
  const { page, watch } = await openHost(t);
  await page.evaluate(() => document.getElementById("one").remove());
  assert.equal(await page.locator("cx-maturity").count(), 2);
  await page.evaluate(() => {
    const again = document.createElement("cx-maturity");
    again.id = "again";
    again.setAttribute("model", "four-stages");
    document.getElementById("slot-one").append(again);
  });
  await page.locator("#again .cxm-screen").waitFor();
  assert.match(await page.locator("#again .cxm-choice:has(input:checked)").textContent(), new RegExp(MODELS.fourStages.name));
  const detached = await page.evaluate(() => {
    const el = document.getElementById("two");
    const root = el.shadowRoot;
    el.remove();
    return root.querySelectorAll(".cxm").length;
  });
  assert.equal(detached, 0, "the removed widget's app is taken out of its shadow root");
  watch.assertClean();
});

test("the widget looks the same as the app on its own page", async (t) => {
  const width = 640;
  const { page } = await openHost(t, { width: 1000, height: 1400 });
  const alone = await suite.newApp(t, { viewport: { width, height: 1400 } });
  await alone.open();
  await alone.choose(MODELS.fourPhases.name);
  await alone.page.evaluate(() => document.activeElement?.blur());
  // The language picker is the standalone page's own: a widget speaks its host's language.
  await alone.page.evaluate(() => document.querySelector(".cxm-language").remove());
  const a = await alone.page.locator(".cxm").screenshot();
  const b = await page.locator("#one .cxm").screenshot();
  const differing = await alone.page.evaluate(
    async ([x, y]) => {
      const load = (b64) =>
        new Promise((resolve, reject) => {
          const img = new Image();
          img.onload = () => resolve(img);
          img.onerror = reject;
          img.src = `data:image/png;base64,${b64}`;
        });
      const [p, q] = await Promise.all([load(x), load(y)]);
      if (p.width !== q.width || p.height !== q.height) return `sizes differ: ${p.width}x${p.height} and ${q.width}x${q.height}`;
      const pixels = (img) => {
        const c = document.createElement("canvas");
        c.width = img.width;
        c.height = img.height;
        const g = c.getContext("2d");
        g.drawImage(img, 0, 0);
        return g.getImageData(0, 0, img.width, img.height).data;
      };
      const [d1, d2] = [pixels(p), pixels(q)];
      let off = 0;
      for (let i = 0; i < d1.length; i += 4) {
        if (Math.abs(d1[i] - d2[i]) + Math.abs(d1[i + 1] - d2[i + 1]) + Math.abs(d1[i + 2] - d2[i + 2]) > 48) off++;
      }
      return off / (d1.length / 4);
    },
    [a.toString("base64"), b.toString("base64")],
  );
  assert.equal(typeof differing, "number", String(differing));
  assert.ok(differing < 0.01, `${(differing * 100).toFixed(2)}% of the pixels differ`);
});

test("the standalone page also runs under the strict CSP: no inline script or style", async (t) => {
  const strict = await startServer(DIST, { headers: { "content-security-policy": CSP } });
  t.after(() => strict.close());
  const { page, watch } = await suite.newApp(t, { initScript: recordViolations, server: strict });
  await page.goto(strict.url + "/");
  await page.getByRole("button", { name: "Start the assessment" }).click();
  for (const n of times(MODELS.sixStage.questions, 3)) {
    await page.locator(".cxm-option").nth(n - 1).locator(".cxm-option__label").click();
    await page.locator(".cxm-nav .cxm-button--primary").click();
  }
  await page.locator(".cxm-result .cxm-footnotes").waitFor();
  // The bars' widths are set through the CSSOM, which the policy allows.
  // Every answer at stage 3: a level-3 area of six stages is a bar half full.
  assert.equal(await page.locator(".cxm-bar__fill").first().evaluate((e) => e.style.width), "50%");
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  watch.assertClean();
});
