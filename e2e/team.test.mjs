// Issue 23, the team view: share links pasted inside chat text (one damaged, one repeated), the
// team link opened in a fresh browser, a workshop to a saved consensus result, a saved team
// picture, 1,000 links, and axe on every team screen.
//
// Most links here are written by `resultPayload` (e2e/links.mjs), an encoder of the share-link
// format written from its documentation; the first test checks it against a link the app made.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { setupSuite, axe, formatViolations, MODELS } from "./support.mjs";
import { manyPayloads, resultPayload, sixStage, uniform } from "./links.mjs";

const suite = setupSuite();

/** The people of the chat below: stages 1, 2, 3, 3 (answered a little differently) and 4. */
const PEOPLE = [uniform(1), uniform(2), uniform(3), [...uniform(3).slice(0, 21), 3], uniform(4)];

/** A chat thread with the five links, one of them twice and one damaged link besides. */
function chat(base, people) {
  const links = people.map((p) => `${base}/#result=${resultPayload(p)}`);
  const good = resultPayload(uniform(5));
  const damaged = `${base}/#result=${good.slice(0, 5)}${good[5] === "A" ? "B" : "A"}${good.slice(6)}`;
  return [
    `Ana 09:12: here is mine ${links[0]}`,
    `Ben 09:14: <${links[1]}>`,
    `Chloé 09:20: Mine: ${links[2]}. Not sure about the last bit.`,
    `Dev 09:31: ${links[3]}\nDev 09:31: and again in case: ${links[0]}`,
    `Eve: ${links[4]} (from my phone)`,
    `Finn: ${damaged}`,
  ].join("\n");
}

/** Opens the team view from the intro. */
async function openTeam(app) {
  await app.open();
  await app.page.locator("#cxm-open-team").click();
  await app.page.locator(".cxm-screen.cxm-team").waitFor();
  await app.waitForFocus("#cxm-team-title");
}

async function paste(app, text) {
  await app.page.locator("#cxm-team-text").fill(text);
  await app.button("Add to the team").click();
}

const status = (app) => app.page.locator(".cxm-team-status").first();

test("the link encoder here writes what the app writes", async (t) => {
  const answers = [...uniform(3).slice(0, 20), 5, 6];
  const maker = await suite.newApp(t);
  await maker.open();
  await maker.start();
  // On screen, options are numbered from 1 and "Not sure" comes after the six options.
  await maker.answerAll(answers.map((digit) => digit + 1));
  await maker.waitForScreen("result");
  const link = await maker.page.locator("#cxm-share-link").inputValue();
  assert.equal(link.split("#result=")[1], resultPayload(answers));
});

test("five links in chat text, one repeated and one damaged: five people, the damaged one explained", async (t) => {
  const app = await suite.newApp(t);
  await openTeam(app);
  await paste(app, chat(app.baseUrl, PEOPLE));
  await status(app).filter({ hasText: "5 people added." }).waitFor();
  assert.match(await status(app).textContent(), /1 link was already in the team and counts once\. 1 link could not be used/);
  const damaged = app.page.locator(".cxm-team-damaged li");
  assert.equal(await damaged.count(), 1);
  assert.match(await damaged.textContent(), /changed/i);
  const group = app.page.locator(".cxm-team-group");
  assert.equal(await group.locator("h2").textContent(), `${MODELS.sixStage.name}: 5 people`);
  assert.equal(await group.locator(".cxm-team-middle").textContent(), "The middle of the team: stage 3 of 6, Mobilize.");
  // A count and its noun never break apart (a no-break space between them).
  const counts = (await group.locator(".cxm-team-stages tbody td").allTextContents()).map((c) => c.replace("\u00a0", " "));
  assert.deepEqual(counts, ["1 person", "1 person", "2 people", "1 person", "0 people", "0 people"]);
  // Each person is a mark on every area's strip, and a row with a stage.
  const marks = await group.locator(".cxm-team-areas tbody tr .cxm-team-strip path").first().getAttribute("d");
  assert.equal(marks.match(/M/g).length, 5);
  assert.equal(await group.locator(".cxm-team-people tbody tr").count(), 5);
  // The last question, where one of the two people at stage 3 answered differently, is disputed
  // most; then the first questions, in order (every other question is spread alike).
  const disputed = group.locator(".cxm-team-question__label");
  assert.deepEqual(
    (await disputed.allTextContents()).map((l) => l.match(/^Question (\d+)/)[1]),
    ["22", "1", "2", "3", "4"],
  );
  // Pasting the same links again adds nobody.
  await paste(app, chat(app.baseUrl, PEOPLE));
  await status(app).filter({ hasText: "0 people added." }).waitFor();
  assert.equal(await group.locator("h2").textContent(), `${MODELS.sixStage.name}: 5 people`);
  assert.deepEqual(app.watch.problems(), []);
});

test("the team link reopens the same picture in a fresh browser, and a saved picture survives a reload", async (t) => {
  const app = await suite.newApp(t);
  await openTeam(app);
  await paste(app, chat(app.baseUrl, PEOPLE));
  const group = app.page.locator(".cxm-team-group");
  await group.waitFor();
  const link = await group.getByLabel("Team link").inputValue();
  assert.match(link, /#team=[A-Za-z0-9_-]+$/);
  const middle = await group.locator(".cxm-team-middle").textContent();

  // A name typed stays in this browser: saved with the picture, never in the link.
  await group.getByLabel("Name of Person 1").fill("Ana");
  await group.getByLabel("Name of Person 1").press("Tab");
  assert.equal(await group.getByLabel("Team link").inputValue(), link);
  await app.button("Save this picture").click();
  await group.locator(".cxm-team-status", { hasText: "Saved" }).waitFor();
  await app.reload();
  await app.button("My results").click();
  await app.page.locator(".cxm-history").waitFor();
  const pictures = app.page.locator("#cxm-team-pictures-title + p + .cxm-actions + .cxm-saved-list li");
  assert.equal(await pictures.count(), 1);
  assert.match(await pictures.textContent(), /5\u00a0people/);
  await pictures.getByRole("button", { name: /^Open/ }).click();
  await app.page.locator(".cxm-team-group").waitFor();
  assert.equal(await app.page.getByLabel("Name of Person 1").inputValue(), "Ana");

  const fresh = await suite.newApp(t);
  await fresh.page.goto(link);
  await fresh.waitForApp();
  const reopened = fresh.page.locator(".cxm-team-group");
  await reopened.waitFor();
  assert.equal(await reopened.locator("h2").textContent(), `${MODELS.sixStage.name}: 5 people`);
  assert.equal(await reopened.locator(".cxm-team-middle").textContent(), middle);
  assert.equal(await fresh.page.getByLabel("Name of Person 1").inputValue(), "");
  assert.deepEqual(fresh.watch.problems(), []);
});

test("a workshop, most disputed question first, to a saved consensus result", async (t) => {
  const app = await suite.newApp(t);
  await openTeam(app);
  await paste(app, chat(app.baseUrl, PEOPLE));
  await app.button("Agree the answers in a workshop").click();
  await app.waitForFocus("#cxm-ws-question");
  assert.equal(await app.text(".cxm-progress__text"), "Question 1 of 22, most disputed first");
  // The disputed question comes first: the last of the questionnaire.
  assert.equal(await app.text("#cxm-ws-question"), sixStage.questions[21].prompt);
  const group = app.page.getByRole("group", { name: "The answer the group agrees on" });
  for (let k = 0; k < 22; k++) {
    // Keyboard: into the radio group, pick the third option with the arrow keys.
    await group.getByRole("radio").first().focus();
    await app.pressKey("ArrowDown");
    await app.pressKey("ArrowDown");
    if (k === 0) await app.page.getByLabel("Evidence or a note (optional)").fill("Checked against the Q3 survey report.");
    await app.button("Next question").click();
  }
  assert.equal(await app.text("#cxm-ws-question"), "Every question has been discussed");
  await app.button("Save the agreed result").click();
  assert.equal(await app.resultHeading(), "Your result: stage 3 of 6, Mobilize");
  assert.equal(await app.text(".cxm-result__consensus"), "A team consensus: the answers 5 people agreed in a workshop.");
  assert.match(await app.text("#cxm-consensus-notes + ul, .cxm-section:has(#cxm-consensus-notes) ul"), /Q3 survey report/);
  // Saved like any other result, and still a consensus after a reload.
  const stored = await app.page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith("cx-maturity/results/"))
      .map((k) => JSON.parse(localStorage.getItem(k))),
  );
  assert.equal(stored.length, 1);
  assert.equal(stored[0].team.people, 5);
  await app.reload();
  await app.page.locator(".cxm-screen").getByRole("button", { name: /^My results/ }).click();
  await app.page.locator(".cxm-history .cxm-saved").first().getByRole("button", { name: /^Open/ }).click();
  await app.page.locator(".cxm-result__consensus").waitFor();
  assert.deepEqual(app.watch.problems(), []);
});

test("the team as a spreadsheet and an export file, and two saved pictures compared", async (t) => {
  const app = await suite.newApp(t);
  await openTeam(app);
  await paste(app, chat(app.baseUrl, PEOPLE));
  const group = app.page.locator(".cxm-team-group");
  await group.getByLabel("Name of Person 2").fill("Ben, CX");
  await group.getByLabel("Name of Person 2").press("Tab");
  const [csv] = await Promise.all([app.page.waitForEvent("download"), app.button("Download as CSV").click()]);
  const lines = (await readFile(await csv.path(), "utf8")).split("\r\n").filter(Boolean);
  assert.equal(lines.length, 6, "a header and a row per person");
  assert.match(lines[0], /^person,name,model,version,result,Beliefs %,.*,answers$/);
  assert.match(lines[2], /^2,"Ben, CX",Six-stage CX maturity,/);
  const [json] = await Promise.all([app.page.waitForEvent("download"), app.button("Download as JSON").click()]);
  const exported = JSON.parse(await readFile(await json.path(), "utf8"));
  assert.equal(exported.format, "cx-maturity-export");
  assert.equal(exported.results.length, 5);
  assert.ok(!JSON.stringify(exported).includes("Ben"), "names stay in this browser");
  await app.button("Save this picture").click();
  await group.locator(".cxm-team-status", { hasText: "Saved" }).waitFor();

  // Next year's team: everyone a stage or two further.
  await app.button("Start a new team").click();
  await paste(app, chat(app.baseUrl, [uniform(4), uniform(5), uniform(6)]));
  await app.page.locator(".cxm-team-group h2", { hasText: "3 people" }).waitFor();
  await app.button("Save this picture").click();
  await app.page.locator(".cxm-team-group .cxm-team-status", { hasText: "Saved" }).waitFor();
  await app.button("My results").click();
  const pictures = app.page.locator("#cxm-team-pictures-title ~ .cxm-saved-list li");
  assert.equal(await pictures.count(), 2);
  for (const k of [0, 1]) await pictures.nth(k).getByRole("checkbox").check();
  await app.button("Compare the two team pictures").click();
  await app.page.locator("#cxm-team-compare-title").waitFor();
  await app.waitForFocus("#cxm-team-compare-title");
  const places = await app.page.locator(".cxm-compare__place").allTextContents();
  assert.deepEqual(places, [`${MODELS.sixStage.name}: 5 people`, `${MODELS.sixStage.name}: 3 people`]);
  const beliefs = app.page.locator(".cxm-change-table tbody tr").first();
  assert.deepEqual(await beliefs.locator("td").allTextContents(), ["40%", "80%", "▲ up 40 points"]);
  const found = await axe(app.page);
  assert.equal(found.length, 0, formatViolations(found));
});

test("1,000 pasted links make one picture of 1,000 people", async (t) => {
  const app = await suite.newApp(t);
  await openTeam(app);
  const text = manyPayloads(1000).map((p) => `${app.baseUrl}/#result=${p}`).join("\n");
  await paste(app, text);
  await status(app).filter({ hasText: "1000 people added." }).waitFor();
  assert.equal(
    await app.page.locator(".cxm-team-group h2").textContent(),
    `${MODELS.sixStage.name}: 1000 people`,
  );
  assert.equal(await app.page.locator(".cxm-team-damaged").count(), 0);
});

test("axe finds nothing on the team view, its picture and the workshop, light or dark", async (t) => {
  const app = await suite.newApp(t);
  await openTeam(app);
  let found = await axe(app.page);
  assert.equal(found.length, 0, formatViolations(found));
  await paste(app, chat(app.baseUrl, PEOPLE));
  await app.page.locator(".cxm-team-group").waitFor();
  found = await axe(app.page);
  assert.equal(found.length, 0, formatViolations(found));
  await app.page.emulateMedia({ colorScheme: "dark" });
  found = await axe(app.page);
  assert.equal(found.length, 0, `dark: ${formatViolations(found)}`);
  await app.button("Agree the answers in a workshop").click();
  await app.page.locator("#cxm-ws-question").waitFor();
  for (const colorScheme of ["dark", "light"]) {
    await app.page.emulateMedia({ colorScheme });
    found = await axe(app.page);
    assert.equal(found.length, 0, `${colorScheme}: ${formatViolations(found)}`);
  }
});
