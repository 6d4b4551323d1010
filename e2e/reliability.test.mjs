// Issue 18, reliability: what a real browser shows when a share link meets unfinished answers of
// another model, when two tabs answer one model, in a fresh browser with an export to import, and
// for a widget that is a guest on a page with its own router, whose files may fail to load. Each
// test names the finding of ../shared/reviews/reliability-review.md it guards.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { setupSuite, setupRouterHost, hostState, AssessmentPage, DIST, MODELS, progressKey, times } from "./support.mjs";

const suite = setupSuite();
const router = setupRouterHost(suite);

/** A share link to a six-stage result with every answer `n`, made by the app in a context of its own. */
async function sixStageLink(t, n) {
  const maker = await suite.newApp(t);
  await maker.open();
  await maker.start();
  await maker.answerAll(times(MODELS.sixStage.questions, n));
  return maker.page.locator("#cxm-share-link").inputValue();
}

// M-5: a share link is what the visitor came to see, whatever unfinished test they have.
test("a share link shows the shared result over unfinished answers to another model, which are kept and offered after", async (t) => {
  const link = await sixStageLink(t, 3);
  const app = await suite.newApp(t);
  await app.open();
  await app.choose(MODELS.fourPhases.name);
  await app.start();
  await app.answerAll([2, 2, 2]);
  assert.equal(await app.questionLabel(), `Question 4 of ${MODELS.fourPhases.questions}`);
  await app.page.goto(link);
  assert.equal(await app.resultHeading(), "Shared result: stage 3 of 6, Mobilize");
  // Still the shared result once the other model has loaded and the app has settled.
  await app.page.waitForTimeout(1000);
  assert.equal(await app.screen(), "result");
  await app.page.reload();
  assert.equal(await app.resultHeading(), "Shared result: stage 3 of 6, Mobilize");
  // Taking the test: the unfinished answers are there to continue.
  await app.page.getByRole("button", { name: "Take the test yourself" }).click();
  await app.choose(MODELS.fourPhases.name);
  assert.equal((await app.startButton().textContent()).trim(), `Continue (3 of ${MODELS.fourPhases.questions} answered)`);
  app.watch.assertClean();
});

// L-1: two tabs on one model follow each other's answers, and a deletion in one stays deleted.
test("two tabs answering one model keep both tabs' answers, and Delete all in one is not undone by the other", async (t) => {
  const a = await suite.newApp(t);
  await a.open();
  const second = await a.page.context().newPage();
  a.watch.attach(second);
  const b = new AssessmentPage(second, a.baseUrl, a.watch);
  await b.open();
  await a.start();
  await a.answerAll([2, 2]);
  // The other tab follows at once, from the storage events, up to the question the first is on.
  await b.page.locator("#cxm-begin", { hasText: `Continue (2 of ${MODELS.sixStage.questions} answered)` }).waitFor();
  await b.page.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).current === 2, progressKey("six-stage"));
  await b.page.waitForTimeout(300);
  await b.start();
  assert.equal(await b.questionLabel(), `Question 3 of ${MODELS.sixStage.questions}`);
  await b.answerAll([4]);
  await a.page.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).answers.startsWith("113"), progressKey("six-stage"));
  // The first tab, which did nothing meanwhile, follows the second to question 4, and finds the
  // second tab's answer on question 3.
  await a.page.locator(".cxm-progress__label", { hasText: `Question 4 of ${MODELS.sixStage.questions}` }).waitFor();
  await a.back();
  assert.equal(await a.checkedOption(), 4);

  await a.back();
  await a.back();
  await a.back();
  await a.page.getByRole("button", { name: /^My results/ }).click();
  await a.button("Delete all my data…").click();
  await a.button("Delete everything").click();
  await b.waitForNotice(/were deleted in another tab or window/);
  await b.answer(5);
  const kept = await b.page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? "null"), progressKey("six-stage"));
  assert.ok(kept === null || !kept.answers.startsWith("11"), `the deleted answers stay deleted: ${JSON.stringify(kept)}`);
  a.watch.assertClean();
});

// The review's last note and L-5: My results, with import, is there before any test is taken; an
// import refuses, with the reason, what this version cannot show.
test("in a fresh browser My results takes an export from another device, and refuses what it cannot show", async (t) => {
  const app = await suite.newApp(t);
  await app.open();
  await app.page.getByRole("button", { name: "My results" }).click();
  await app.page.locator("#cxm-history-title").waitFor();
  const result = (id, model, version, answers) => ({ format: 1, id, taken: "2026-03-01T10:00:00.000Z", model, version, answers });
  const file = {
    format: "cx-maturity-export",
    version: 1,
    exported: "2026-03-02T10:00:00.000Z",
    results: [
      result("r1", "six-stage", MODELS.sixStage.version, "2".repeat(MODELS.sixStage.questions)),
      result("r2", "acme-own", 1, "01"),
      result("r3", "six-stage", 99, "2".repeat(MODELS.sixStage.questions)),
      // An earlier version of the questions is still scored by that version.
      result("r4", "four-phases", 2, "3".repeat(12)),
    ],
  };
  await app.page.locator("#cxm-import").setInputFiles({ name: "export.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  await app.page.locator(".cxm-history__status", { hasText: "Imported" }).waitFor();
  assert.equal(
    (await app.page.locator(".cxm-history__status").textContent()).trim(),
    "Imported 2 results. Result 2: it belongs to another questionnaire ('acme-own'). Result 3: it was asked with " +
      "version 99 of its questions, which this version of the app does not have.",
  );
  await app.page.locator(".cxm-saved__result").filter({ hasNotText: "Loading…" }).nth(1).waitFor();
  const listed = await app.page.locator(".cxm-saved__result").allTextContents();
  assert.deepEqual(listed.map((t) => t.trim()).sort(), ["phase 4 of 4, Differentiate (4 of 4 complete)", "stage 3 of 6, Mobilize"]);
  app.watch.assertClean();
});


// L-3: a widget never reads or writes its host page's address, fragment or history state.
test("a widget leaves its host's fragment and history state alone, and a #result= on the host is not its business", async (t) => {
  const link = await sixStageLink(t, 3);
  const fragment = link.slice(link.indexOf("#"));
  const { page, watch } = await router.open(t, `${router.server.url}/${fragment}`);
  const before = await hostState(page);
  assert.deepEqual(before.state, { router: "host-state", key: 42 });
  const widget = page.locator("#one");
  assert.equal(await widget.locator(".cxm-intro").count(), 1, "the widget opens on its intro, not the host's fragment");
  await widget.getByRole("button", { name: "Start the assessment" }).click();
  for (let i = 0; i < MODELS.sixStage.questions; i++) {
    await widget.locator(".cxm-option").nth(2).locator(".cxm-option__label").click();
    await widget.locator(".cxm-nav .cxm-button--primary").click();
  }
  await widget.locator("#cxm-result-title").waitFor();
  await widget.getByRole("button", { name: "How this is scored" }).click();
  await widget.getByRole("button", { name: "Back" }).first().click();
  assert.deepEqual(await hostState(page), before, "the host's address, state and history are as they were");
  await page.evaluate(() => { location.hash = "#team"; });
  await page.waitForFunction(() => window.routes.includes("#team"));
  assert.equal(await widget.locator("#cxm-result-title").count(), 1, "the host's own navigation leaves the widget as it was");
  watch.assertClean();
});

// L-9: a widget whose files cannot load says so in one sentence; an element added later retries.
test("a widget whose files fail to load says so, and a later element loads once they can", async (t) => {
  const { page, watch } = await suite.newApp(t, { server: router.server });
  let blocked = true;
  await page.route(/_bg\.wasm$/, (route) => (blocked ? route.abort("connectionrefused") : route.continue()));
  await page.goto(router.server.url + "/");
  const alert = page.locator("#one").getByRole("alert");
  await alert.waitFor();
  assert.equal((await alert.textContent()).trim(), "The self-assessment could not be loaded. Reloading the page may help.");
  blocked = false;
  await page.evaluate(() => document.body.append(Object.assign(document.createElement("cx-maturity"), { id: "two" })));
  await page.locator("#two .cxm-screen").waitFor();
  assert.ok(watch.foreignRequests().length === 0);
});

// L-7: the bundle's one stable name imports its own build's content-hashed files.
test("the embed bundle's loader imports its build's hashed files, which are all there", async () => {
  const dir = path.join(DIST, "embed");
  const files = await readdir(dir);
  const loader = await readFile(path.join(dir, "cx-maturity.js"), "utf8");
  // Trunk writes the content hash as a number in hex, so a leading zero is left out.
  const named = [...loader.matchAll(/"\.?\/?((?:cx-maturity|main)-[0-9a-f]{1,16}[._-][^"]*)"/g)].map((m) => m[1]);
  assert.equal(named.length, 3, `glue, wasm and stylesheet by hashed name: ${named}`);
  for (const file of named) assert.ok(files.includes(file), `${file} is in the bundle`);
  assert.ok(!files.some((f) => /^cx-maturity-(glue|later|split)\.|^cx-maturity_bg\.wasm$|^cx-maturity\.css$/.test(f)), `no stable-named build file: ${files}`);
  const glue = await readFile(path.join(dir, named.find((f) => f.endsWith(".js"))), "utf8");
  const split = files.find((f) => f.endsWith("-split.js"));
  assert.ok(glue.includes(`./${split}`), "the glue imports its own split loader");
});
