// Issue 10, results people keep and share: "My results" with compare, share links opened in a
// fresh browser, every kind of malformed link, a corrupted record among good ones, two tabs saving
// at once, export / delete everything / import, and the print layout.
//
// Expected results are worked out by hand from the documented rules (docs/model-format.md), as in
// models.test.mjs: four-phases has three questions per phase, four options each, and a phase holds
// at 66% (the second-best answer on average).

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { setupSuite, MODELS, byDimension, times } from "./support.mjs";
import { crc8 } from "./links.mjs";

const suite = setupSuite();
const RESULTS = "cx-maturity/results/";

/** Takes four-phases with one answer per phase (1–4) and returns on its result. */
async function fourPhases(app, perPhase) {
  await app.open();
  await app.choose(MODELS.fourPhases.name);
  await app.start();
  await app.answerAll(byDimension(MODELS.fourPhases, perPhase));
  return app.resultHeading();
}

/** The link shown under "Share this result". */
async function shareLink(app) {
  return app.page.locator("#cxm-share-link").inputValue();
}

/** Every localStorage entry the app wrote, as an object. */
async function stored(page) {
  return page.evaluate(() =>
    Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith("cx-maturity/")).map((k) => [k, localStorage.getItem(k)])),
  );
}

async function openHistory(app) {
  await app.button(/^My results/).first().click();
  await app.page.locator("#cxm-history-title").waitFor();
}

/** The saved results as listed: [model, result text]. */
async function listed(app) {
  await app.page.locator(".cxm-saved__result").filter({ hasNotText: "Loading…" }).first().waitFor().catch(() => {});
  return app.page.locator(".cxm-saved").evaluateAll((lis) =>
    lis.map((li) => [li.querySelector("strong").textContent.trim(), li.querySelector(".cxm-saved__result").textContent.trim()]),
  );
}

test("finished results are kept; two of one assessment are compared side by side and on one chart", async (t) => {
  const app = await suite.newApp(t);
  // First: Repair holds (all 4), Elevate at 2 (33%): phase 2, one complete.
  assert.equal(await fourPhases(app, [4, 2, 1, 1]), "Your result: phase 2 of 4, Elevate");
  // Seeing the same result again does not keep it twice.
  await app.button("Review my answers").click();
  await app.waitForQuestion(1);
  for (let i = 0; i < MODELS.fourPhases.questions; i++) await app.next();
  await app.resultHeading();
  // Then a better one: Repair, Elevate and Optimize at 3 (67%, just holding), Differentiate at 1.
  await app.button("Take another assessment").click();
  await app.startOverLink().click();
  await app.confirmation().getByRole("button", { name: "Discard and start over" }).click();
  await app.start();
  await app.answerAll(byDimension(MODELS.fourPhases, [3, 3, 3, 1]));
  assert.equal(await app.resultHeading(), "Your result: phase 4 of 4, Differentiate");

  await openHistory(app);
  assert.deepEqual(await listed(app), [
    [MODELS.fourPhases.name, "phase 4 of 4, Differentiate (3 of 4 complete)"],
    [MODELS.fourPhases.name, "phase 2 of 4, Elevate (1 of 4 complete)"],
  ]);
  const compare = app.button("Compare the two ticked results");
  assert.equal(await compare.isDisabled(), true, "nothing ticked yet");
  await app.page.locator(".cxm-saved__pick label").nth(0).click();
  await app.page.locator(".cxm-saved__pick label").nth(1).click();
  await compare.click();
  await app.page.locator("#cxm-compare-title").waitFor();
  await app.waitForFocus("#cxm-compare-title");
  assert.equal(
    (await app.page.locator(".cxm-compare__overall").textContent()).trim(),
    "Up from phase 2 of 4, Elevate (1 of 4 complete) to phase 4 of 4, Differentiate (3 of 4 complete).",
  );
  const rows = await app.page.locator(".cxm-change-table tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent.replace(/[▲▼]\s*/, "").trim())),
  );
  // Repair 100 → 67; Elevate 33 → 67; Optimize 0 → 67; Differentiate 0 → 0.
  assert.deepEqual(rows, [
    ["Repair", "100%", "67%", "down 33 points"],
    ["Elevate", "33%", "67%", "up 34 points"],
    ["Optimize", "0%", "67%", "up 67 points"],
    ["Differentiate", "0%", "0%", "no change"],
  ]);
  // Both results on one radar chart: two shapes, one dashed (earlier) and one solid (later).
  assert.equal(await app.page.locator(".cxm-comparison .cxm-radar__shape").evaluateAll((p) => p.filter((x) => x.tagName === "polygon").length), 2);
  const legend = await app.page.locator(".cxm-comparison .cxm-radar__legend li").allTextContents();
  assert.deepEqual(legend.map((l) => l.trim()), ["1 Repair: 100% → 67%", "2 Elevate: 33% → 67%", "3 Optimize: 0% → 67%", "4 Differentiate: 0% → 0%"]);
  await app.button("Back to my results").click();
  await app.page.locator("#cxm-history-title").waitFor();
  app.watch.assertClean();
});

test("a shared link shows the same result in a fresh browser, read-only, and saving it is a choice", async (t) => {
  const app = await suite.newApp(t);
  await app.open();
  await app.start();
  await app.answerAll(byDimension(MODELS.sixStage, [6, 5, 4, 4, 2]));
  const heading = await app.resultHeading();
  assert.equal(heading, "Your result: stage 3 of 6, Mobilize");
  const link = await shareLink(app);
  assert.match(link, /#result=[A-Za-z0-9_-]{1,16}$/, "at most 16 characters for the default model");
  assert.match(await app.page.locator(".cxm-share").textContent(), /which browsers never send to a server/);
  assert.equal(
    (await app.page.locator(".cxm-share__summary").textContent()).trim(),
    `Stage 3 of 6, Mobilize — ${MODELS.sixStage.name} (cx-maturity self-assessment)`,
  );

  const other = await suite.newApp(t);
  await other.page.goto(link);
  assert.equal(await other.resultHeading(), "Shared result: stage 3 of 6, Mobilize");
  assert.match(await other.page.locator(".cxm-banner").textContent(), /A shared result\./);
  assert.deepEqual(await other.dimensions(), await app.dimensions(), "the same result, recomputed");
  assert.deepEqual(await stored(other.page), {}, "opening a link writes nothing");
  assert.equal(await other.button("Review my answers").count(), 0, "read-only");

  await other.button("Save to my results").click();
  assert.equal(Object.keys(await stored(other.page)).filter((k) => k.startsWith(RESULTS)).length, 1);
  await other.button("Take the test yourself").count().then((n) => assert.equal(n, 0, "the banner now says it is saved"));
  await openHistory(other);
  assert.deepEqual(await listed(other), [[MODELS.sixStage.name, "stage 3 of 6, Mobilize"]]);

  // "Take the test yourself" from a fresh link: the intro, the link gone from the address.
  const third = await suite.newApp(t);
  await third.page.goto(link);
  await third.resultHeading();
  await third.button("Take the test yourself").click();
  await third.waitForScreen("intro");
  assert.equal(new URL(third.page.url()).hash, "");
  for (const a of [app, other, third]) a.watch.assertClean();
});

const fromB64 = (s) => Buffer.from(s.replace(/-/g, "+").replace(/_/g, "/"), "base64");
const toB64 = (b) => Buffer.from(b).toString("base64").replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
/** A payload with its first byte (format and model) replaced, checksum made good again. */
function withFirstByte(payload, first) {
  const bytes = [...fromB64(payload)];
  bytes[0] = first;
  bytes[2] = crc8([...bytes.slice(3), bytes[0], bytes[1]]);
  return toB64(bytes);
}

test("every kind of malformed link gives one clear sentence, the normal app, and changes nothing stored", async (t) => {
  const app = await suite.newApp(t);
  assert.equal(await fourPhases(app, [4, 4, 2, 1]), "Your result: phase 3 of 4, Optimize");
  const payload = (await shareLink(app)).split("#result=")[1];
  const before = await stored(app.page);
  const flip = (s, i) => s.slice(0, i) + (s[i] === "A" ? "B" : "A") + s.slice(i + 1);
  const cases = [
    ["truncated", payload.slice(0, 2), "This link is too short to hold a result; it may have been cut off when it was copied."],
    ["cut short", payload.slice(0, -2), "This link has been changed or cut short, so its result cannot be shown."],
    ["one character altered", flip(payload, 6), "This link has been changed or cut short, so its result cannot be shown."],
    ["wrong checksum", flip(payload, 3), "This link has been changed or cut short, so its result cannot be shown."],
    // Model code 14: no model has it (15 is a host's own model, named by its id).
    ["unknown model", withFirstByte(payload, 0x1e), "This link is for a questionnaire this app does not have."],
    ["newer format", withFirstByte(payload, 0x21), "This link was made by a newer version of this app, which this page cannot read yet."],
    ["absurdly long", "A".repeat(5000), "This link is far too long to be a shared result."],
    ["not base64", `${payload.slice(0, 4)}!${payload.slice(5)}`, "This link has a character that never appears in a shared result (character 5 after “result=”)."],
    ["script", "<script>alert(1)</script>", "This link has a character that never appears in a shared result (character 1 after “result=”)."],
    ["empty", "", "This link has no result in it."],
  ];
  for (const [what, bad, sentence] of cases) {
    // Same page, new fragment: the app reads the link as it would a freshly opened one.
    await app.page.goto(`${app.baseUrl}/#result=${bad}`);
    assert.equal(await app.waitForNotice(/link/), sentence, what);
    assert.equal(await app.screen(), "result", `${what}: the app goes on where it was (the finished result)`);
    assert.equal(await app.page.locator(".cxm-banner").count(), 0, `${what}: no shared result is shown`);
    assert.equal(await app.page.locator("script").evaluateAll((s) => s.some((x) => x.textContent.includes("alert"))), false);
    assert.deepEqual(await stored(app.page), before, `${what}: nothing stored changed`);
    await app.dismissNotice();
  }
  app.watch.assertClean();
});

test("a corrupted or foreign record among good ones is set aside and reported; the good ones load", async (t) => {
  const app = await suite.newApp(t);
  await app.open();
  const good = (id, taken, answers) =>
    JSON.stringify({ format: 1, id, taken, model: "four-phases", version: 3, answers });
  const records = {
    [`${RESULTS}1700000000000-aaaaaa`]: good("1700000000000-aaaaaa", "2026-01-05T10:00:00.000Z", "3".repeat(12)),
    [`${RESULTS}1700000000001-bbbbbb`]: "{not json",
    [`${RESULTS}1700000000002-cccccc`]: good("1700000000002-cccccc", "2026-02-05T10:00:00.000Z", "0".repeat(12)),
  };
  await app.page.evaluate((r) => Object.entries(r).forEach(([k, v]) => localStorage.setItem(k, v)), records);
  await app.reload();
  assert.match(
    await app.waitForNotice(/saved result/),
    /^One saved result could not be used \(it is not a saved result this tool can read\) and has been set aside, not deleted; the others are fine\.$/,
  );
  assert.equal(await app.storageItem(`${RESULTS}1700000000001-bbbbbb/unusable`), "{not json", "kept aside, not deleted");
  await app.dismissNotice();
  await openHistory(app);
  assert.deepEqual(await listed(app), [
    [MODELS.fourPhases.name, "phase 1 of 4, Repair (0 of 4 complete)"],
    [MODELS.fourPhases.name, "phase 4 of 4, Differentiate (4 of 4 complete)"],
  ]);
  app.watch.assertClean();
});

test("two tabs saving at once keep both results, and each tab's list shows the other's", async (t) => {
  const app = await suite.newApp(t);
  await app.open();
  const second = await app.page.context().newPage();
  app.watch.attach(second);
  await second.goto(app.baseUrl + "/");
  const { AssessmentPage } = await import("./support.mjs");
  const other = new AssessmentPage(second, app.baseUrl, app.watch);
  await other.waitForApp();
  // Both take a test; the last answers are given at the same moment.
  await app.choose(MODELS.fourPhases.name);
  await app.start();
  await other.choose(MODELS.ebd.name);
  await other.start();
  await app.answerAll(times(MODELS.fourPhases.questions - 1, 4));
  await other.answerAll(times(MODELS.ebd.questions - 1, 5));
  await app.answer(4);
  await other.answer(5);
  await Promise.all([app.next(), other.next()]);
  await Promise.all([app.resultHeading(), other.resultHeading()]);
  for (const tab of [app, other]) {
    await openHistory(tab);
    await tab.page.locator(".cxm-saved").nth(1).waitFor();
    assert.deepEqual((await listed(tab)).map(([name]) => name).sort(), [MODELS.ebd.name, MODELS.fourPhases.name].sort());
  }
  // A deletion in one tab disappears from the other's list.
  await app.page.locator(".cxm-saved").first().getByRole("button", { name: /^Delete/ }).click();
  await other.page.locator(".cxm-saved").nth(1).waitFor({ state: "detached" });
  assert.equal(await other.page.locator(".cxm-saved").count(), 1);
  app.watch.assertClean();
});

test("export, delete everything, import: everything comes back; a deletion can be undone", async (t) => {
  const app = await suite.newApp(t);
  await fourPhases(app, [4, 2, 1, 1]);
  await app.button("Take another assessment").click();
  await app.choose(MODELS.ebd.name);
  await app.start();
  await app.answerAll(times(MODELS.ebd.questions, 4));
  assert.equal(await app.resultHeading(), "Your result: 3 of 3 principles sound");
  await openHistory(app);
  const before = await listed(app);
  assert.equal(before.length, 2);

  // Delete one, then undo.
  await app.page.locator(".cxm-saved").first().getByRole("button", { name: /^Delete/ }).click();
  assert.match(await app.page.locator(".cxm-history__status").textContent(), /^Deleted the result of /);
  assert.equal(await app.page.locator(".cxm-saved").count(), 1);
  await app.button("Undo").click();
  await app.page.locator(".cxm-saved").nth(1).waitFor();
  assert.deepEqual(await listed(app), before);

  const [json] = await Promise.all([app.page.waitForEvent("download"), app.button("Download all as JSON").click()]);
  const file = await json.path();
  const exported = JSON.parse(await readFile(file, "utf8"));
  assert.equal(exported.format, "cx-maturity-export");
  assert.equal(exported.results.length, 2);
  const [csv] = await Promise.all([app.page.waitForEvent("download"), app.button("Download all as CSV").click()]);
  const lines = (await readFile(await csv.path(), "utf8")).split("\r\n").filter(Boolean);
  assert.equal(lines.length, 3, "a header and a row per result");
  assert.match(lines[0], /^taken,model,version,result,/);

  await app.button("Delete all my data…").click();
  assert.equal(
    (await app.page.locator("#cxm-delete-all-text").textContent()).trim(),
    "This removes 2 saved results, your answers in progress in 2 assessments and your choice of assessment from this browser. It cannot be undone; download an export first to keep a copy.",
  );
  await app.button("Delete everything").click();
  assert.deepEqual(await stored(app.page), {}, "nothing of the app is left in localStorage");
  assert.equal(await app.page.locator(".cxm-saved").count(), 0);

  await app.page.locator("#cxm-import").setInputFiles(file);
  await app.page.locator(".cxm-history__status", { hasText: "Imported" }).waitFor();
  assert.equal((await app.page.locator(".cxm-history__status").textContent()).trim(), "Imported 2 results.");
  assert.deepEqual(await listed(app), before, "everything is back");
  // The same file again adds nothing; a file that is not an export is refused with the reason.
  await app.page.locator("#cxm-import").setInputFiles(file);
  await app.page.locator(".cxm-history__status", { hasText: "already here" }).waitFor();
  assert.equal((await app.page.locator(".cxm-history__status").textContent()).trim(), "Imported 0 results. 2 already here and left as they were.");
  await app.page.locator("#cxm-import").setInputFiles({ name: "x.json", mimeType: "application/json", buffer: Buffer.from('{"hello": 1}') });
  await app.page.locator(".cxm-history__status", { hasText: "Nothing was imported" }).waitFor();
  assert.equal(await app.page.locator(".cxm-saved").count(), 2, "nothing already stored is lost");
  app.watch.assertClean();
});

test("printing a result leaves out buttons and sharing, and keeps the stage, chart and steps", async (t) => {
  const app = await suite.newApp(t);
  await fourPhases(app, [4, 2, 1, 1]);
  await app.page.emulateMedia({ media: "print" });
  const visible = (sel) => app.page.locator(sel).first().isVisible();
  assert.equal(await visible(".cxm-result .cxm-actions"), false);
  assert.equal(await visible(".cxm-share"), false);
  assert.equal(await visible(".cxm-start-over"), false);
  for (const kept of [".cxm-stage", ".cxm-radar__chart", ".cxm-steps", ".cxm-result__meta"]) {
    assert.equal(await visible(kept), true, kept);
  }
  assert.match(
    await app.page.locator(".cxm-result__meta").textContent(),
    new RegExp(`^Version ${MODELS.fourPhases.version} of these questions · taken `),
  );
  assert.equal(await app.resultModel(), MODELS.fourPhases.name);
  app.watch.assertClean();
});

test("at 320 px wide nothing scrolls sideways: the shared result, My results and the comparison", async (t) => {
  const app = await suite.newApp(t, { viewport: { width: 320, height: 640 } });
  const fits = async (where) => {
    const { scrollWidth } = await app.horizontalOverflow();
    assert.ok(scrollWidth <= 320, `${where}: document is ${scrollWidth}px wide at a 320px viewport`);
  };
  await fourPhases(app, [4, 2, 1, 1]);
  await fits("result with the share panel");
  await app.button("Take another assessment").click();
  await app.startOverLink().click();
  await app.confirmation().getByRole("button", { name: "Discard and start over" }).click();
  await app.start();
  await app.answerAll(byDimension(MODELS.fourPhases, [3, 3, 3, 1]));
  await app.resultHeading();
  const link = await shareLink(app);
  await openHistory(app);
  await fits("My results");
  await app.page.locator(".cxm-saved__pick label").nth(0).click();
  await app.page.locator(".cxm-saved__pick label").nth(1).click();
  await app.button("Compare the two ticked results").click();
  await app.page.locator(".cxm-change-table").waitFor();
  await fits("the comparison");
  await app.page.goto(link);
  await app.page.locator(".cxm-banner").waitFor();
  await fits("a shared result");
  app.watch.assertClean();
});
