// Issue 20, accessibility as a test: axe-core (`axe` in support.mjs: WCAG 2.0 and 2.1 A and AA,
// and axe's best practices) on every screen a person can reach, in the light and the dark colour
// scheme, with no violation allowed. The standalone page: the intro, a question (plain, and with
// "Not sure" checked), the "Start over" question, a result with "Not sure" answers (best case and
// unknown areas shown), a shared result, a saved one opened from My results, "How this is
// scored", My results (listed, with the delete-everything question open, with an import's
// status), the comparison, the screen shown when the later screens' code did not load, and a
// notice. Then the widget on the hostile host page (axe kept to the widgets) on its intro, a
// question and a result, and the iframe option's page, framed by a page on another origin.
//
// A widget without a `theme` keeps its light palette in the dark scheme, so it is checked in both
// schemes too: a host page's scheme must not break it. Its dark theme: brand.test.mjs.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  setupSuite,
  startServer,
  axe,
  formatViolations,
  AssessmentPage,
  DIST,
  REPO_ROOT,
  MODELS,
  byDimension,
  times,
  answerIn,
} from "./support.mjs";

const suite = setupSuite();
const SCHEMES = ["light", "dark"];
const RESULTS = "cx-maturity/results/";
const LATER = /split_later\.wasm$/;
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/** The hostile host page with three widgets (as in embed.test.mjs), and a page framing frame.html. */
const hosts = { dir: null, hostile: null, framing: null };

before(async () => {
  hosts.dir = await mkdtemp(path.join(tmpdir(), "cxm-a11y-"));
  const hostile = path.join(hosts.dir, "hostile");
  await cp(path.join(DIST, "embed"), path.join(hostile, "widget"), { recursive: true });
  for (const f of ["hostile.html", "hostile.css", "hostile.js"]) {
    await cp(path.join(REPO_ROOT, "e2e", "hosts", f), path.join(hostile, f === "hostile.html" ? "index.html" : f));
  }
  hosts.hostile = await startServer(hostile, { headers: { "content-security-policy": CSP } });
  // The framing page is written once its own origin is known (the iframe's `parent`).
  const framing = path.join(hosts.dir, "framing");
  await mkdir(framing);
  await writeFile(path.join(framing, "index.html"), ""); // startServer wants one before it starts
  hosts.framing = await startServer(framing);
  const src = `${suite.server.url}/embed/frame.html?model=four-phases&parent=${hosts.framing.url}`;
  await writeFile(
    path.join(framing, "index.html"),
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A host</title></head>` +
      `<body><main><h1>A host</h1><iframe title="CX maturity self-assessment" src="${src}" ` +
      `width="800" height="1400"></iframe></main></body></html>`,
  );
});

after(async () => {
  await hosts.hostile?.close();
  await hosts.framing?.close();
  if (hosts.dir) await rm(hosts.dir, { recursive: true, force: true });
});

/**
 * Runs axe on one screen after another and keeps what it finds, so that one failed test lists
 * every violation on every screen it visited, not only the first.
 */
class Audit {
  constructor(scheme) {
    this.scheme = scheme;
    this.found = [];
  }

  /** axe on `target` (page or frame), shown in a failure as `where`; `options` as for `axe`. */
  async check(target, where, options) {
    const violations = await axe(target, options);
    if (violations.length) this.found.push(`${where} (${this.scheme} scheme):\n${formatViolations(violations)}`);
  }

  assertNone() {
    assert.equal(this.found.length, 0, `axe found violations:\n${this.found.join("\n")}`);
  }
}

/** A fresh standalone app in `scheme`, and an audit for it. */
async function openApp(t, scheme, options) {
  const app = await suite.newApp(t, options);
  await app.page.emulateMedia({ colorScheme: scheme });
  return { app, audit: new Audit(scheme) };
}

/** Whether an element's own background is an opaque dark colour (not a transparent one). */
const darkBackground = async (locator) => {
  const [r, g, b, alpha = 1] = (await locator.evaluate((el) => getComputedStyle(el).backgroundColor)).match(/[\d.]+/g).map(Number);
  assert.equal(alpha, 1, "an opaque background");
  return r + g + b < 3 * 64;
};

/** A saved four-phases result, as the app keeps it. */
const saved = (n, taken, answers) => [
  `${RESULTS}170000000000${n}-aaaaa${n}`,
  JSON.stringify({ format: 1, id: `170000000000${n}-aaaaa${n}`, taken, model: "four-phases", version: MODELS.fourPhases.version, answers }),
];

for (const scheme of SCHEMES) {
  test(`${scheme}: the intro, a question, one answered “Not sure”, and the “Start over” question`, async (t) => {
    const { app, audit } = await openApp(t, scheme);
    const { page } = app;
    await app.open();
    await app.waitForScreen("intro");
    // The scheme took effect on the page and the app (the dark palette is the standalone page's).
    for (const where of ["body", ".cxm"]) {
      assert.equal(await darkBackground(page.locator(where)), scheme === "dark", `${where} background`);
    }
    await audit.check(page, "the intro");

    await app.start();
    await app.waitForQuestion(1);
    await audit.check(page, "question 1");
    await app.answer(7);
    await audit.check(page, "question 1 answered “Not sure”");

    await app.startOverLink().click();
    await app.confirmation().waitFor();
    await audit.check(page, "the “Start over” question");
    await app.confirmation().getByRole("button", { name: "Keep my answers" }).click();
    await app.startOverLink().waitFor();

    audit.assertNone();
    app.watch.assertClean();
  });

  test(`${scheme}: a result with “Not sure” answers, “How this is scored”, and a shared result`, async (t) => {
    const { app, audit } = await openApp(t, scheme);
    const { page } = app;
    await app.open();
    await app.start();
    // As in models.test.mjs: all best answers but three "Not sure" in Insights, so the result
    // shows the best case, an unknown area, the ladder with the chasm and the plan.
    await app.answerAll([...times(18, 6), 6, 7, 7, 7]);
    assert.equal(await app.resultHeading(), "Your result: stage 2 of 6, Explore");
    await page.locator(".cxm-best-case").waitFor();
    assert.equal(await app.hasSection("Not known yet"), true);
    await audit.check(page, "the result (own, with “Not sure” answers)");

    await app.openMethodology();
    await audit.check(page, "“How this is scored”");
    await app.button("Back").first().click();
    await app.waitForScreen("result");

    // A top result (which has the "Staying at the top" checklist), opened by its link elsewhere.
    await app.button("Take another assessment").click();
    await app.choose(MODELS.fourPhases.name);
    await app.start();
    await app.answerAll(times(MODELS.fourPhases.questions, 4));
    assert.equal(await app.resultHeading(), "Your result: phase 4 of 4, Differentiate");
    const link = await page.locator("#cxm-share-link").inputValue();
    const { app: other } = await openApp(t, scheme);
    await other.page.goto(link);
    assert.equal(await other.resultHeading(), "Shared result: phase 4 of 4, Differentiate");
    await other.page.locator(".cxm-keep .cxm-checklist").waitFor();
    await audit.check(other.page, "a shared result");
    await other.button("Save to my results").click();
    await other.button("Take the test yourself").waitFor({ state: "detached" });
    await audit.check(other.page, "a shared result once saved");

    audit.assertNone();
    app.watch.assertClean();
    other.watch.assertClean();
  });

  test(`${scheme}: My results, a saved result, the comparison, deleting everything and importing`, async (t) => {
    const { app, audit } = await openApp(t, scheme);
    const { page } = app;
    await app.open();
    // Two results of four-phases: phase 2 (Repair holds) and phase 4 (everything at 3: 67%).
    const results = Object.fromEntries([
      saved(1, "2026-01-05T10:00:00.000Z", byDimension(MODELS.fourPhases, [3, 1, 0, 0]).join("")),
      saved(2, "2026-03-05T10:00:00.000Z", byDimension(MODELS.fourPhases, [2, 2, 2, 0]).join("")),
    ]);
    await page.evaluate((r) => Object.entries(r).forEach(([k, v]) => localStorage.setItem(k, v)), results);
    await app.reload();
    await app.button("My results (2)").click();
    await page.locator("#cxm-history-title").waitFor();
    await page.locator(".cxm-saved__result").filter({ hasNotText: "Loading…" }).nth(1).waitFor();
    await audit.check(page, "My results");

    // The older one opened (phase 2: its plan is longer than the first steps), the whole plan unfolded.
    await page.locator(".cxm-saved").nth(1).getByRole("button", { name: /^Open/ }).click();
    await app.waitForScreen("result");
    await page.locator(".cxm-banner").waitFor();
    await audit.check(page, "a saved result opened from My results");
    await page.locator(".cxm-plan summary").click();
    await page.locator(".cxm-plan[open]").waitFor();
    await audit.check(page, "a saved result with the whole plan unfolded");
    await app.button("My results").click();
    await page.locator("#cxm-history-title").waitFor();

    // Both compared.
    await page.locator(".cxm-saved__pick label").nth(0).click();
    await audit.check(page, "My results with one result ticked");
    await page.locator(".cxm-saved__pick label").nth(1).click();
    await app.button("Compare the two ticked results").click();
    await page.locator(".cxm-change-table").waitFor();
    await audit.check(page, "the comparison");
    await app.button("Back to my results").click();
    await page.locator("#cxm-history-title").waitFor();

    // One deleted, with its undo offered.
    await page.locator(".cxm-saved").first().getByRole("button", { name: /^Delete/ }).click();
    await app.button("Undo").waitFor();
    await audit.check(page, "My results after a deletion, with undo");
    await app.button("Undo").click();
    await page.locator(".cxm-saved").nth(1).waitFor();

    // The delete-everything question, then an export imported again (its status shown).
    await app.button("Delete all my data…").click();
    await page.locator("#cxm-delete-all-text").waitFor();
    await audit.check(page, "My results asking before deleting everything");
    await app.button("Keep my data").click();
    const [json] = await Promise.all([page.waitForEvent("download"), app.button("Download all as JSON").click()]);
    await page.locator("#cxm-import").setInputFiles(await json.path());
    await page.locator(".cxm-history__status", { hasText: "already here" }).waitFor();
    await audit.check(page, "My results with an import's status");

    audit.assertNone();
    app.watch.assertClean();
  });

  test(`${scheme}: the screen saying part of the app did not load, and a notice`, async (t) => {
    const { app, audit } = await openApp(t, scheme);
    const { page } = app;
    await page.route(LATER, (route) => route.abort("internetdisconnected"));
    await app.open();
    await app.button("My results").click();
    await page.getByRole("heading", { name: "This part of the app did not load" }).waitFor();
    await audit.check(page, "“This part of the app did not load”");

    // A link with nothing in it: the intro, with a notice saying so.
    const { app: linked } = await openApp(t, scheme);
    await linked.page.goto(`${linked.baseUrl}/#result=`);
    await linked.waitForApp();
    await linked.waitForNotice(/link/);
    await audit.check(linked.page, "the intro with a notice");

    audit.assertNone();
    linked.watch.assertClean();
  });

  test(`${scheme}: the widget on a hostile page, on its intro, a question and a result`, async (t) => {
    const audit = new Audit(scheme);
    const { page, watch } = await suite.newApp(t, { viewport: { width: 1000, height: 900 }, server: hosts.hostile });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(hosts.hostile.url + "/");
    for (const id of ["one", "two", "three"]) await page.locator(`#${id} .cxm-screen`).waitFor();
    // Without a `theme`, the widget keeps its light palette whatever the host's scheme.
    assert.equal(await darkBackground(page.locator("#one .cxm")), false, "the widget's background");
    // The host's strict CSP refuses the style elements axe-core makes to read the page's CSS (for
    // its orientation rule), and the browser logs each refusal as an error. So console errors are
    // checked before axe first runs; from then on, requests and page errors.
    assert.deepEqual(watch.consoleErrors, [], "the widgets started without a console error");
    // Each widget on its own. The host page's markup, and the landmarks around a widget, are the
    // host's business (axe's `region`: the widget is content in the host's page, not a page); so
    // is putting three copies of one widget on a page, whose landmarks then have the same names
    // (`landmark-unique` across the copies).
    const widgets = async (where) => {
      for (const id of ["one", "two", "three"]) {
        await audit.check(page, `${where}: widget #${id}`, { include: `#${id}`, disable: ["region"] });
      }
    };
    await widgets("three widgets on their intro");

    const one = page.locator("#one");
    await one.getByRole("button", { name: "Start the assessment" }).click();
    await one.locator(".cxm-progress__label", { hasText: "Question 1 of" }).waitFor();
    await widgets("a widget on a question (the others on their intro)");

    for (const n of byDimension(MODELS.fourPhases, [4, 3, 2, 5])) await answerIn(one, n);
    await widgets("a widget on its result");

    // The second widget (compact, its own accent, a call to action) on its result too.
    const two = page.locator("#two");
    await two.getByRole("button", { name: "Start the assessment" }).click();
    for (let i = 0; i < MODELS.ebd.questions; i++) await answerIn(two, 4);
    await widgets("two widgets on their results");

    audit.assertNone();
    assert.deepEqual(watch.foreignRequests(), []);
    assert.deepEqual(watch.pageErrors, []);
  });

  test(`${scheme}: the iframe option's page, framed by a host on another origin`, async (t) => {
    const audit = new Audit(scheme);
    const { page, watch } = await suite.newApp(t, { server: hosts.framing });
    // The watch counts the widget's origin as local too (it decides at each request).
    const local = watch.isLocal.bind(watch);
    watch.isLocal = (url) => local(url) || url.startsWith(suite.server.url + "/");
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(hosts.framing.url + "/");
    const frame = await (await page.locator("iframe").elementHandle()).contentFrame();
    const app = new AssessmentPage(frame, suite.server.url, watch);
    await app.waitForScreen("intro");
    await audit.check(frame, "the iframe option's page on the intro");
    await app.start();
    await audit.check(frame, "the iframe option's page on a question");
    await app.answerAll(byDimension(MODELS.fourPhases, [4, 3, 2, 5]));
    await audit.check(frame, "the iframe option's page on a result");

    audit.assertNone();
    watch.assertClean();
  });
}
