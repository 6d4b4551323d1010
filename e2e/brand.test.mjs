// Issue 21, the host's brand and systems: the `theme` attribute (light, dark, auto following the
// visitor's scheme, an invalid value warned of), axe-core in the dark theme, an accent too light
// for white text (a warning naming the contrast, black text on it), the --cx-maturity-… custom
// properties set in the host's CSS, and the events a host can use (ready, start, progress,
// complete), each with the element's data-* attributes, heard by a listener on the document.
// The host page is written here, served under the strict CSP with the release's widget bundle.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setupSuite, startServer, axe, formatViolations, answerIn, DIST, MODELS, byDimension } from "./support.mjs";

const suite = setupSuite();
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const EVENTS = ["ready", "start", "progress", "complete"];
let host = null;
let hostDir = null;

const PAGE = `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>A brand's page</title>
    <link rel="stylesheet" href="brand.css">
    <script type="module" src="widget/cx-maturity.js"></script>
    <script type="module" src="events.js"></script>
  </head>
  <body>
    <main>
      <h1>A brand's page</h1>
      <cx-maturity id="dark" theme="dark" model="four-phases" namespace="dark" data-campaign="spring" data-source="newsletter"></cx-maturity>
      <cx-maturity id="auto" theme=" Auto " accent="#0f766e" namespace="auto"></cx-maturity>
      <cx-maturity id="odd" theme="purple" namespace="odd"></cx-maturity>
      <cx-maturity id="gold" accent="#ffd700" namespace="gold"></cx-maturity>
      <cx-maturity id="custom" namespace="custom"></cx-maturity>
    </main>
  </body>
</html>`;

// The host's own CSS sets the widget's properties on one element.
const CSS = `#custom {
  --cx-maturity-background: #fdf6e3;
  --cx-maturity-text: #3b3024;
  --cx-maturity-accent: #006d5b;
  --cx-maturity-radius: 0;
  --cx-maturity-font-size: 18px;
}`;

// Every event of every widget, as a listener on the document hears it.
const LISTENER = `window.events = [];
for (const name of ${JSON.stringify(EVENTS)}) {
  document.addEventListener("cx-maturity-" + name, (e) =>
    window.events.push({ name, from: e.target.id, bubbles: e.bubbles, composed: e.composed, detail: e.detail }),
  );
}`;

before(async () => {
  hostDir = await mkdtemp(path.join(tmpdir(), "cxm-brand-"));
  await cp(path.join(DIST, "embed"), path.join(hostDir, "widget"), { recursive: true });
  await writeFile(path.join(hostDir, "index.html"), PAGE);
  await writeFile(path.join(hostDir, "brand.css"), CSS);
  await writeFile(path.join(hostDir, "events.js"), LISTENER);
  host = await startServer(hostDir, { headers: { "content-security-policy": CSP } });
});

after(async () => {
  await host?.close();
  if (hostDir) await rm(hostDir, { recursive: true, force: true });
});

/** The brand's page in a fresh context, in colour scheme `scheme`, once every widget is ready. */
async function openHost(t, scheme = "light", viewport = { width: 1000, height: 900 }) {
  const { page, watch } = await suite.newApp(t, { viewport, server: host });
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(host.url + "/");
  await page.waitForFunction(() => window.events.filter((e) => e.name === "ready").length === 5);
  return { page, watch, warnings };
}

/** The computed `property` of the first element matching `selector` in widget `id`. */
const style = (page, id, selector, property) =>
  page.locator(`#${id} ${selector}`).first().evaluate((e, p) => getComputedStyle(e)[p], property);

/** Answers the open question of widget `id` with option n (1-based) and moves on. */
const answer = (page, id, n) => answerIn(page.locator(`#${id}`), n);

const DARK = { bg: "rgb(18, 24, 32)", text: "rgb(230, 234, 240)" };
const LIGHT = { bg: "rgb(255, 255, 255)", text: "rgb(31, 41, 51)" };
const palette = async (page, id) => ({ bg: await style(page, id, ".cxm", "backgroundColor"), text: await style(page, id, ".cxm", "color") });

test('theme="dark" is dark in either scheme, "auto" follows the scheme, and an invalid theme warns and stays light', async (t) => {
  const light = await openHost(t, "light");
  assert.deepEqual(await palette(light.page, "dark"), DARK);
  assert.deepEqual(await palette(light.page, "auto"), LIGHT);
  assert.deepEqual(await palette(light.page, "odd"), LIGHT);
  assert.match(light.warnings.join("\n"), /theme="purple" is not light, dark or auto; the default, light, is used\./);
  assert.doesNotMatch(light.warnings.join("\n"), /theme=" Auto "/, "a theme is read trimmed, in any case");

  const dark = await openHost(t, "dark");
  assert.deepEqual(await palette(dark.page, "dark"), DARK);
  assert.deepEqual(await palette(dark.page, "auto"), DARK);
  assert.deepEqual(await palette(dark.page, "odd"), LIGHT);
  // The scheme changing while the page is open: an auto widget follows.
  await dark.page.emulateMedia({ colorScheme: "light" });
  assert.deepEqual(await palette(dark.page, "auto"), LIGHT);
  // Dark buttons: the dark accent with dark text on it.
  assert.equal(await style(dark.page, "dark", ".cxm-button--primary", "backgroundColor"), "rgb(130, 188, 255)");
  assert.equal(await style(dark.page, "dark", ".cxm-button--primary", "color"), "rgb(11, 23, 38)");
  light.watch.assertClean();
  dark.watch.assertClean();
});

test("axe finds nothing in the dark theme: the intro (with the default accent and a host's dark one), a question with an answer, a result", async (t) => {
  const { page, watch } = await openHost(t, "dark");
  const found = [];
  const check = async (where, id = "dark") => {
    const violations = await axe(page, { include: `#${id}`, disable: ["region"] });
    if (violations.length) found.push(`${where}:\n${formatViolations(violations)}`);
  };
  // Console errors before axe runs: the strict CSP refuses the style elements axe makes.
  assert.deepEqual(watch.consoleErrors, []);
  await check("the intro");
  // A dark accent, #0f766e, is drawn lighter where it is text on the dark background.
  await check("the intro with a host's dark accent", "auto");
  const dark = page.locator("#dark");
  await dark.getByRole("button", { name: "Start the assessment" }).click();
  await dark.locator(".cxm-option").nth(2).locator(".cxm-option__label").click();
  await check("a question with an answer");
  await dark.locator(".cxm-nav .cxm-button--primary").click();
  for (const n of byDimension(MODELS.fourPhases, [4, 3, 2, 5]).slice(1)) await answer(page, "dark", n);
  await dark.locator(".cxm-result").waitFor();
  await check("a result");
  assert.equal(found.length, 0, `axe found violations:\n${found.join("\n")}`);
  assert.deepEqual(watch.foreignRequests(), []);
  assert.deepEqual(watch.pageErrors, []);
});

test("an accent too light for white text warns with its contrast and gets black text", async (t) => {
  const { page, watch, warnings } = await openHost(t);
  assert.match(
    warnings.join("\n"),
    /accent="#ffd700" has a contrast of 1\.\d+:1 with white text on it, below the 4\.5:1 of WCAG AA; black text \(14\.\d+:1\) is used on it\./,
  );
  assert.equal(await style(page, "gold", ".cxm-button--primary", "backgroundColor"), "rgb(255, 215, 0)");
  assert.equal(await style(page, "gold", ".cxm-button--primary", "color"), "rgb(0, 0, 0)");
  // The other widgets' accents are not warned of.
  assert.equal(warnings.filter((w) => /contrast/.test(w)).length, 1);
  watch.assertClean();
});

test("custom properties set in the host's CSS reach the widget", async (t) => {
  const { page, watch } = await openHost(t);
  assert.equal(await style(page, "custom", ".cxm", "backgroundColor"), "rgb(253, 246, 227)");
  assert.equal(await style(page, "custom", ".cxm", "color"), "rgb(59, 48, 36)");
  assert.equal(await style(page, "custom", ".cxm", "fontSize"), "18px");
  assert.equal(await style(page, "custom", ".cxm-button--primary", "backgroundColor"), "rgb(0, 109, 91)");
  assert.equal(await style(page, "custom", ".cxm-button--primary", "borderTopLeftRadius"), "0px");
  assert.equal(await style(page, "custom", "h1", "fontSize"), `${18 * 1.75}px`, "headings in proportion");
  // The widget beside it keeps the defaults.
  assert.equal(await style(page, "odd", ".cxm-button--primary", "borderTopLeftRadius"), "8px");
  watch.assertClean();
});

test("the events: ready, start, progress for each answer, complete; each with the data-* attributes, bubbling and composed", async (t) => {
  const { page, watch } = await openHost(t);
  const events = () => page.evaluate(() => window.events);
  const ready = (await events()).filter((e) => e.name === "ready");
  assert.deepEqual(ready.map((e) => e.from).sort(), ["auto", "custom", "dark", "gold", "odd"]);
  const data = { campaign: "spring", source: "newsletter" };
  assert.deepEqual(
    ready.find((e) => e.from === "dark"),
    { name: "ready", from: "dark", bubbles: true, composed: true, detail: { data } },
  );
  assert.deepEqual(ready.find((e) => e.from === "odd").detail, { data: {} });
  assert.deepEqual((await events()).filter((e) => e.name !== "ready"), [], "nothing else on opening");

  const { id, version, questions } = { ...MODELS.fourPhases, id: "four-phases" };
  const dark = page.locator("#dark");
  await dark.getByRole("button", { name: "Start the assessment" }).click();
  await dark.locator(".cxm-progress__label", { hasText: "Question 1 of" }).waitFor();
  const step = (question) => ({ model: id, version, question, questions, data });
  assert.deepEqual(
    (await events()).filter((e) => e.name !== "ready"),
    [{ name: "start", from: "dark", bubbles: true, composed: true, detail: step(1) }],
  );
  // A change of mind on a question is not another first answer.
  await dark.locator(".cxm-option").nth(1).locator(".cxm-option__label").click();
  // The data is copied as it is at each dispatch.
  for (let n = 1; n < questions; n++) await answer(page, "dark", 4);
  await page.evaluate(() => (document.getElementById("dark").dataset.step = "last"));
  await answer(page, "dark", 4);
  await page.waitForFunction(() => window.events.some((e) => e.name === "complete"));
  const told = (await events()).filter((e) => e.name !== "ready");
  assert.deepEqual(
    told.filter((e) => e.name === "progress").map((e) => e.detail),
    Array.from({ length: questions }, (_, q) => (q + 1 < questions ? step(q + 1) : { ...step(q + 1), data: { ...data, step: "last" } })),
    "one progress event per question answered, in order",
  );
  const complete = told.find((e) => e.name === "complete");
  assert.equal(told.at(-1), complete, "complete comes last");
  assert.equal(told.length, questions + 2);
  assert.deepEqual([complete.from, complete.bubbles, complete.composed], ["dark", true, true]);
  assert.deepEqual(complete.detail.data, { ...data, step: "last" });
  assert.equal(complete.detail.stage_name, "Differentiate");
  watch.assertClean();
});

test("the standalone page dispatches none of the events", async (t) => {
  const app = await suite.newApp(t);
  await app.page.addInitScript(LISTENER);
  await app.open();
  await app.start();
  await app.answerAll([3, 3]);
  assert.deepEqual(await app.page.evaluate(() => window.events), []);
  app.watch.assertClean();
});
