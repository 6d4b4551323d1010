// Issue 22, every visitor's language: the language chosen each way (the browser's languages, the
// standalone page's picker, a widget's lang attribute, its host page's <html lang>), a whole test
// in German and in Arabic (right to left), answers and the screen kept across a switch, the link
// made in one language opened in another, and axe in both. Every expected text is read from the
// repository's translations (messages/<lang>/, models/<lang>/), never written here.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setupSuite, startServer, axe, formatViolations, DIST, REPO_ROOT, MODELS, times } from "./support.mjs";

const suite = setupSuite();

/** Every message of language `lang`, by key. */
async function messages(lang) {
  const dir = path.join(REPO_ROOT, "messages", lang);
  const all = {};
  for (const file of await readdir(dir)) Object.assign(all, JSON.parse(await readFile(path.join(dir, file), "utf8")));
  return all;
}

/** Built-in model `id` in language `lang` (English: "en"). */
async function model(lang, id) {
  const file = lang === "en" ? `${id}.json` : path.join(lang, `${id}.json`);
  return JSON.parse(await readFile(path.join(REPO_ROOT, "models", file), "utf8"));
}

const prompt = (page) => page.locator(".cxm-question legend h2").textContent().then((t) => t.trim());
const root = (page) => page.locator(".cxm").first();

/** Whether the page scrolls sideways. */
const scrollsSideways = async (app) => {
  const { scrollWidth, clientWidth } = await app.horizontalOverflow();
  return scrollWidth > clientWidth;
};

/** Answers every question of the open test with option `n` (1-based), by mouse. */
async function answerEvery(page, count, n) {
  for (let q = 0; q < count; q++) {
    await page.locator(".cxm-question .cxm-option").nth(n - 1).locator(".cxm-option__label").click();
    await page.locator(".cxm-nav .cxm-button--primary").click();
  }
  await page.locator(".cxm-result").waitFor();
}

test("a browser that prefers German gets the whole test in German, its advice included, and axe finds nothing", async (t) => {
  const [de, six] = await Promise.all([messages("de"), model("de", "six-stage")]);
  const app = await suite.newApp(t, { locale: "de-DE" });
  await app.open();
  await app.page.locator(".cxm[lang=de]").waitFor();
  assert.equal((await app.startButton().textContent()).trim(), de["screen-start"]);
  assert.equal((await app.page.locator(".cxm-choice__name").first().textContent()).trim(), six.name);
  const intro = await axe(app.page);
  assert.deepEqual(intro, [], formatViolations(intro));
  await app.start();
  assert.equal(await prompt(app.page), six.questions[0].prompt);
  const labels = await app.optionLabels();
  assert.deepEqual(labels, [...six.questions[0].options.map((o) => o.label), de["result-not-sure"]]);
  await answerEvery(app.page, six.questions.length, 3);
  const heading = (await app.page.locator("#cxm-result-title").textContent()).trim();
  assert.ok(heading.includes(six.stages[2].name), heading);
  // The advice only the result shows comes from the German model file.
  const advice = six.questions.flatMap((q) => q.advice);
  const plan = await app.page.locator(".cxm-result").textContent();
  assert.ok(advice.some((step) => plan.includes(step)), "a step of the German advice is on the result");
  const english = await model("en", "six-stage");
  assert.ok(!plan.includes(english.questions[0].advice[2]), "no English advice");
  const result = await axe(app.page);
  assert.deepEqual(result, [], formatViolations(result));
  app.watch.assertClean();
});

test("the picker switches language in the middle of a question, keeping the answer and focus, and is remembered", async (t) => {
  const [fr, six, en] = await Promise.all([messages("fr"), model("fr", "six-stage"), model("en", "six-stage")]);
  const app = await suite.newApp(t, { locale: "en-US" });
  await app.open();
  await app.start();
  await app.answer(2);
  await app.next();
  await app.answer(4);
  assert.equal(await prompt(app.page), en.questions[1].prompt);
  // With the keyboard: each arrow is a pick (German, then French at once); the last one is spoken.
  await app.page.locator("#cxm-language").focus();
  await app.pressKey("ArrowDown");
  await app.pressKey("ArrowDown");
  await app.page.locator(".cxm[lang=fr]").waitFor();
  assert.equal(await prompt(app.page), six.questions[1].prompt);
  assert.equal(await app.checkedOption(), 4, "the answer is kept");
  // The German file, asked for first, does not override the French one whenever it arrives.
  await app.page.waitForLoadState("networkidle");
  assert.equal(await app.page.locator(".cxm").getAttribute("lang"), "fr");
  assert.equal(await prompt(app.page), six.questions[1].prompt);
  assert.equal(await app.page.evaluate(() => document.activeElement.id), "cxm-language", "focus stays on the picker");
  await app.page.reload();
  await app.page.locator(".cxm[lang=fr]").waitFor();
  assert.equal(await app.page.locator("label[for=cxm-language]").textContent(), fr["language-label"]);
  app.watch.assertClean();
});

test("a language whose file cannot be fetched is told in plain words, the app stays as it was, and picking it again tries again", async (t) => {
  const app = await suite.newApp(t, { locale: "en-US" });
  let missing = true;
  await app.page.route(/\/messages\/de\.json$/, (route) => (missing ? route.fulfill({ status: 404, body: "" }) : route.continue()));
  await app.open();
  await app.start();
  await app.answer(3);
  const english = await prompt(app.page);
  await app.page.locator("#cxm-language").selectOption("de");
  const notice = app.page.locator(".cxm-notice p");
  await notice.waitFor();
  assert.equal(
    (await notice.textContent()).trim(),
    "The texts in Deutsch could not be loaded: the server answered 404. The app stays in the language it was in.",
  );
  assert.equal(await prompt(app.page), english);
  assert.equal(await app.checkedOption(), 3, "the answer is kept");
  assert.equal(await app.page.locator("#cxm-language").inputValue(), "en", "the picker shows the language spoken");
  missing = false;
  await app.page.locator("#cxm-language").selectOption("de");
  await app.page.locator(".cxm[lang=de]").waitFor();
  assert.notEqual(await prompt(app.page), english);
  assert.equal(await app.checkedOption(), 3);
});

test("Arabic is laid out right to left, at 360 px without sideways scrolling, and axe finds nothing", async (t) => {
  const [ar, six] = await Promise.all([messages("ar"), model("ar", "six-stage")]);
  const app = await suite.newApp(t, { locale: "ar", viewport: { width: 360, height: 740 } });
  await app.open();
  await app.page.locator(".cxm[lang=ar][dir=rtl]").waitFor();
  assert.equal(await root(app.page).evaluate((el) => getComputedStyle(el).direction), "rtl");
  assert.equal((await app.startButton().textContent()).trim(), ar["screen-start"]);
  assert.equal(await scrollsSideways(app), false);
  await app.start();
  assert.equal(await prompt(app.page), six.questions[0].prompt);
  assert.equal(await scrollsSideways(app), false);
  await answerEvery(app.page, six.questions.length, 6);
  assert.ok((await app.page.locator("#cxm-result-title").textContent()).includes(six.stages[5].name));
  assert.equal(await scrollsSideways(app), false);
  const violations = await axe(app.page);
  assert.deepEqual(violations, [], formatViolations(violations));
  app.watch.assertClean();
});

test("the same answers give the same link in every language, and a link made in Spanish opens in English", async (t) => {
  const en = await model("en", "six-stage");
  const links = [];
  for (const locale of ["es", "en-US"]) {
    const app = await suite.newApp(t, { locale });
    await app.open();
    // The page says which language the app speaks (English from the start, Spanish once read).
    await app.page.locator(`html[lang=${locale.slice(0, 2)}]`).waitFor({ state: "attached" });
    await app.start();
    await answerEvery(app.page, en.questions.length, 5);
    links.push(await app.page.locator("#cxm-share-link").inputValue());
  }
  assert.equal(links[0], links[1]);
  const other = await suite.newApp(t, { locale: "en-US" });
  await other.page.goto(links[0]);
  const heading = (await other.page.locator("#cxm-result-title").textContent()).trim();
  assert.ok(heading.includes(en.stages[4].name), heading);
});

// A host page in Spanish with three widgets: one asks for French, one follows the page, and one
// asks for German on the model that counts its sound principles.
let host = null;
let hostDir = null;
before(async () => {
  hostDir = await mkdtemp(path.join(tmpdir(), "cxm-lang-"));
  await cp(path.join(DIST, "embed"), path.join(hostDir, "widget"), { recursive: true });
  await writeFile(
    path.join(hostDir, "index.html"),
    `<!DOCTYPE html>
<html lang="es-MX">
  <head><meta charset="utf-8"><title>Una página</title><script type="module" src="widget/cx-maturity.js"></script></head>
  <body><main><h1>Una página</h1>
    <cx-maturity id="fr" lang="fr" namespace="fr"></cx-maturity>
    <cx-maturity id="page" namespace="page"></cx-maturity>
    <cx-maturity id="ebd" lang="de" model="ebd" namespace="ebd"></cx-maturity>
  </main></body>
</html>`,
  );
  host = await startServer(hostDir);
});
after(async () => {
  if (host) await host.close();
  if (hostDir) await rm(hostDir, { recursive: true, force: true });
});

test("a widget speaks its lang attribute, else its host page's language, in its own shadow root", async (t) => {
  const [fr, es] = await Promise.all([messages("fr"), messages("es")]);
  const app = await suite.newApp(t, { server: host, locale: "de-DE" });
  await app.page.goto(`${host.url}/`);
  const start = (id) => app.page.locator(`#${id} .cxm-intro .cxm-actions .cxm-button--primary`);
  await app.page.locator("#fr .cxm[lang=fr]").waitFor();
  await app.page.locator("#page .cxm[lang=es]").waitFor();
  assert.equal((await start("fr").textContent()).trim(), fr["screen-start"]);
  assert.equal((await start("page").textContent()).trim(), es["screen-start"]);
  // The host page's own language and direction are left alone.
  assert.equal(await app.page.evaluate(() => document.documentElement.lang), "es-MX");
  // Speaking the language, once its file is in, builds the widget's screen again without taking
  // focus from the host page.
  assert.equal(await app.page.evaluate(() => document.activeElement === document.body), true, "focus stays on the page");
  assert.equal(await app.page.locator("#fr .cxm-language").count(), 0, "a widget has no picker");
  app.watch.assertClean();
});

test("switching language after the first question is answered keeps every answer in storage", async (t) => {
  const app = await suite.newApp(t, { locale: "en-US" });
  await app.open();
  await app.start();
  await app.answerAll(times(3, 2));
  const saved = async () => JSON.parse(await app.storageItem("cx-maturity/progress/six-stage"));
  const before = await saved();
  await app.page.locator("#cxm-language").selectOption("de");
  await app.page.locator(".cxm[lang=de]").waitFor();
  assert.ok(before.answers, "answers were saved");
  assert.deepEqual((await saved()).answers, before.answers);
  assert.equal(await app.checkedOption(), 0, "the fourth question, not yet answered, is still the one open");
});

test("a widget's completion event names its result in the widget's language", async (t) => {
  const record = () => {
    window.completions = [];
    document.addEventListener("cx-maturity-complete", (e) => window.completions.push(e.detail), true);
  };
  const app = await suite.newApp(t, { server: host, locale: "en-US", initScript: record });
  await app.page.goto(`${host.url}/`);
  const widget = app.page.locator("#ebd");
  await widget.locator(".cxm[lang=de]").waitFor();
  await widget.locator(".cxm-intro .cxm-actions .cxm-button--primary").click();
  // Every answer "Mostly true": each of the three principles sound.
  for (let i = 0; i < MODELS.ebd.questions; i++) {
    await widget.locator(".cxm-option").nth(3).locator(".cxm-option__label").click();
    await widget.locator(".cxm-nav .cxm-button--primary").click();
  }
  await widget.locator(".cxm-result .cxm-footnotes").waitFor();
  await app.page.waitForFunction(() => window.completions.length === 1);
  const [detail] = await app.page.evaluate(() => window.completions);
  assert.equal(detail.model, "ebd");
  assert.equal(detail.stage, 3);
  assert.equal(detail.stage_name, "3 von 3 Leitlinien erfüllt");
});
