// Issue 21, the author's preview (author.html): a model file pasted, chosen, dropped or loaded as
// the example goes to a <cx-maturity model-src="blob:…#name" namespace="preview"> on the page,
// which lists every problem of a broken file (file, line, column, field) or runs the model as a
// visitor sees it, result, stage message and call to action included. Everything expected here is
// read from the example model file (examples/models/brightpath.json), never written down twice.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { setupSuite, startServer, DIST, REPO_ROOT, axe, formatViolations, answerIn } from "./support.mjs";

const suite = setupSuite();
const EXAMPLE = readFileSync(path.join(REPO_ROOT, "examples", "models", "brightpath.json"), "utf8");
const MODEL = JSON.parse(EXAMPLE);
// A space and a letter that is not ASCII: the name travels encoded in the blob: URL's fragment.
const FILE = "acme model é.json";

/** `text` with `from`, which must occur in it exactly once, replaced by `to`. */
function swap(text, from, to) {
  assert.equal(text.split(from).length, 2, `${from} occurs once in the example`);
  return text.replace(from, to);
}

/** The 1-based line and column (in characters) where `needle`, which occurs once, starts in `text`. */
function where(text, needle) {
  assert.equal(text.split(needle).length, 2, `${needle} occurs once`);
  const before = text.slice(0, text.indexOf(needle));
  return { line: before.split("\n").length, column: [...before.slice(before.lastIndexOf("\n") + 1)].length + 1 };
}

// The broken file, as an author might write it: the third question without its advice, the
// fifth question's dimension misspelled, and the second stage's call to action a script.
const missing = MODEL.questions[2];
const misspelt = MODEL.questions[4];
const badLink = MODEL.stages[1].cta.url;
const adviceBlock = EXAMPLE.slice(
  EXAMPLE.indexOf('"advice"', EXAMPLE.indexOf(`"id": "${missing.id}"`)),
  EXAMPLE.indexOf("]", EXAMPLE.indexOf('"advice"', EXAMPLE.indexOf(`"id": "${missing.id}"`))) + 1,
);
const wrongDimension = `"dimension": "${misspelt.dimension}",\n      "prompt": ${JSON.stringify(misspelt.prompt)}`;
const NO_ADVICE = swap(EXAMPLE, `,\n      ${adviceBlock}`, "");
const BAD_REFERENCES = swap(
  swap(EXAMPLE, wrongDimension, wrongDimension.replace(`"${misspelt.dimension}"`, `"${misspelt.dimension}e"`)),
  `"url": "${badLink}"`,
  `"url": "javascript:alert(1)"`,
);
const BROKEN = swap(BAD_REFERENCES, `,\n      ${adviceBlock}`, "");

/** The options of question `q` of the example, inline or from its scale. */
const optionsOf = (q) => q.options ?? MODEL.scales[q.scale];

/** Opens author.html in a fresh context; `problems` is every console error the page logs. */
async function openAuthor(t, viewport = { width: 1100, height: 900 }) {
  const app = await suite.newApp(t, { viewport });
  await app.page.goto(`${app.baseUrl}/author.html`);
  await app.page.locator("#source").waitFor();
  return app;
}

const widget = (page) => page.locator("#preview cx-maturity");
const problems = (page) => widget(page).locator(".cxm-host-problems li").allTextContents();

/** Waits until the widget lists exactly `count` problems, and returns them. */
async function waitForProblems(page, count) {
  await page.waitForFunction(
    (n) => document.querySelector("#preview cx-maturity")?.shadowRoot?.querySelectorAll(".cxm-host-problems li").length === n,
    count,
  );
  return (await problems(page)).map((p) => p.trim());
}

/** The element with keyboard focus, looked for inside shadow roots too: its tag, id and text. */
const focused = (page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? { tag: el.tagName.toLowerCase(), id: el.id, type: el.type ?? null, text: el.textContent.trim() } : null;
  });

/** Presses Tab until `wanted(focused)` holds; fails after 30 presses. */
async function tabTo(page, wanted, what) {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    if (wanted(await focused(page))) return;
  }
  assert.fail(`Tab never reached ${what}; focus is on ${JSON.stringify(await focused(page))}`);
}

async function assertAxeClean(page, where) {
  const found = await axe(page);
  assert.equal(found.length, 0, `${where}:\n${formatViolations(found)}`);
}

async function assertNoOverflow(page, where) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  assert.ok(scrollWidth <= clientWidth, `${where}: the page is ${scrollWidth}px wide in a ${clientWidth}px window`);
}

test("a pasted broken model: every problem located; fixed, the model is offered and runs to its stage's message and call to action", async (t) => {
  const { page, watch } = await openAuthor(t);
  await page.locator("#empty").waitFor();
  await assertAxeClean(page, "the empty page");
  await page.locator("#file-name").fill(FILE);
  await page.locator("#source").fill(BROKEN);

  // The shape is read first, and serde stops at the first wrong shape: the missing advice.
  const [shape] = await waitForProblems(page, 1);
  const match = shape.match(/^(.+?) line (\d+), column (\d+): (\S+): (.*)$/);
  assert.ok(match, `a located problem: ${shape}`);
  const [, file, line, , field, message] = match;
  assert.equal(file, FILE);
  assert.equal(field, "questions[2]");
  assert.match(message, /missing field `advice`/);
  const open = where(BROKEN, `"id": "${missing.id}"`).line;
  const close = where(BROKEN, `"id": "${MODEL.questions[3].id}"`).line - 1;
  assert.ok(Number(line) >= open && Number(line) <= close, `line ${line} is in questions[2], lines ${open} to ${close}`);
  const alert = widget(page).locator(".cxm-host-problems");
  assert.equal(await alert.getAttribute("role"), "alert");
  assert.equal(await widget(page).locator("#cxm-begin").isDisabled(), true, "a broken model cannot be started");
  await assertAxeClean(page, "problems listed");

  // The advice put back: what holds the model together is checked, and each problem is placed
  // at its value.
  await page.locator("#source").fill(BAD_REFERENCES);
  await page.waitForFunction(
    () => !document.querySelector("#preview cx-maturity")?.shadowRoot?.textContent.includes("missing field"),
  );
  const found = await waitForProblems(page, 2);
  const dimension = where(BAD_REFERENCES, `"${misspelt.dimension}e"`);
  const link = where(BAD_REFERENCES, `"javascript:alert(1)"`);
  const located = (at, field) => new RegExp(`^${FILE} line ${at.line}, column ${at.column}: ${field.replace(/[[\].]/g, "\\$&")}: `);
  assert.ok(found.some((p) => located(dimension, "questions[4].dimension").test(p) && p.includes(`'${misspelt.dimension}e'`)), found.join("\n"));
  assert.ok(found.some((p) => located(link, "stages[1].cta.url").test(p)), found.join("\n"));
  // The same problems, for the host's developers, in the console.
  for (const problem of found) assert.ok(watch.consoleErrors.some((e) => e.includes(problem)), `logged: ${problem}`);

  // Fixed: the problems go and the intro offers the model.
  await page.locator("#source").fill(EXAMPLE);
  const offered = widget(page).locator(".cxm-host-model .cxm-choice__name");
  await offered.waitFor();
  assert.equal((await offered.textContent()).trim(), MODEL.name);
  assert.equal(await widget(page).locator(".cxm-host-problems").count(), 0);
  assert.equal(await widget(page).locator("#cxm-begin").isDisabled(), false);
  assert.equal(await page.locator("#preview cx-maturity").count(), 1, "one widget at a time");
  const src = await widget(page).getAttribute("model-src");
  assert.match(src, new RegExp(`^blob:${page.url().split("/author.html")[0]}/[0-9a-f-]+#${encodeURIComponent(FILE)}$`));
  assert.equal(await widget(page).getAttribute("namespace"), "preview");

  // Taken as a visitor would: started and the first question answered by keyboard, the rest by
  // clicks, each with its second option, which in the example is the same stage everywhere.
  const second = [...new Set(MODEL.questions.map((q) => optionsOf(q)[1].value))];
  assert.equal(second.length, 1, "every question's second option has one value");
  const stage = MODEL.stages[second[0] - 1];
  await tabTo(page, (f) => f?.id === "cxm-begin", "the start button");
  await page.keyboard.press("Enter");
  await widget(page).locator(".cxm-question").waitFor();
  await tabTo(page, (f) => f?.type === "radio", "the first answer");
  await page.keyboard.press("ArrowDown");
  assert.equal(await widget(page).locator(".cxm-option input").nth(1).isChecked(), true, "the arrow key chose the second answer");
  await tabTo(page, (f) => f?.tag === "button" && f.text === "Next", "Next");
  await page.keyboard.press("Enter");
  await widget(page).locator(".cxm-progress__label", { hasText: "Question 2 of" }).waitFor();
  for (let i = 1; i < MODEL.questions.length; i++) await answerIn(widget(page), 2);

  const heading = (await widget(page).locator("#cxm-result-title").textContent()).trim();
  assert.ok(heading.includes(stage.name), `${heading} names ${stage.name}`);
  assert.equal((await widget(page).locator(".cxm-stage__message").textContent()).trim(), stage.message);
  const cta = widget(page).locator(".cxm-cta a", { hasText: stage.cta.label });
  assert.equal(await cta.getAttribute("href"), stage.cta.url);
  await assertAxeClean(page, "the result");

  // The preview's answers are kept under its namespace only, and a blob: model is never cached.
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(keys.some((k) => k.startsWith("cx-maturity@preview/")), `saved under the preview's namespace: ${keys}`);
  assert.deepEqual(keys.filter((k) => !k.startsWith("cx-maturity@preview/")), []);
  assert.deepEqual(keys.filter((k) => k.includes("host-models")), []);
  await page.getByRole("button", { name: "Forget the preview's answers" }).click();
  await widget(page).locator(".cxm-host-model .cxm-choice__name").waitFor();
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [], "forgotten");
  assert.equal((await widget(page).locator("#cxm-begin").textContent()).trim(), "Start the assessment");

  assert.deepEqual(watch.foreignRequests(), [], "no request to another host");
  assert.deepEqual(watch.pageErrors, []);
  assert.deepEqual(
    watch.consoleErrors.filter((e) => !e.startsWith(`<cx-maturity>: ${FILE} line `)),
    [],
    "no console errors but the problems",
  );
});

test("each edit replaces the widget and revokes the blob: URL it read", async (t) => {
  const { page, watch } = await openAuthor(t);
  await page.locator("#source").fill(EXAMPLE);
  await widget(page).locator(".cxm-host-model .cxm-choice__name").waitFor();
  const first = (await widget(page).getAttribute("model-src")).split("#")[0];
  assert.equal(await page.evaluate((url) => fetch(url).then((r) => r.ok), first), true, "the URL on show can be read");
  const renamed = swap(EXAMPLE, `"name": ${JSON.stringify(MODEL.name)}`, `"name": "Acme check"`);
  await page.locator("#source").fill(renamed);
  await page.locator("#preview cx-maturity .cxm-host-model .cxm-choice__name", { hasText: "Acme check" }).waitFor();
  assert.notEqual((await widget(page).getAttribute("model-src")).split("#")[0], first);
  assert.equal(await page.evaluate((url) => fetch(url).then(() => "read", () => "revoked"), first), "revoked");
  // Blank text: no widget, and the page says what to do.
  await page.locator("#source").fill("  ");
  await page.locator("#empty").waitFor();
  assert.equal(await page.locator("#preview cx-maturity").count(), 0);
  assert.deepEqual(watch.foreignRequests(), []);
});

test("a chosen file, a dropped file and the example each load by keyboard or mouse, named by their own file name", async (t) => {
  const { page, watch } = await openAuthor(t);
  // The example, by keyboard: the file button comes first, then the example's.
  await page.keyboard.press("Tab");
  assert.equal((await focused(page)).id, "file-input");
  const ring = await page.locator("label[for=file-input]").evaluate((l) => getComputedStyle(l).outlineStyle);
  assert.equal(ring, "solid", "the file button shows the focus of its input");
  await page.keyboard.press("Tab");
  assert.equal((await focused(page)).id, "load-example");
  await page.keyboard.press("Enter");
  await widget(page).locator(".cxm-host-model .cxm-choice__name", { hasText: MODEL.name }).waitFor();
  assert.equal(await page.locator("#file-name").inputValue(), "brightpath.json");
  assert.equal(await page.locator("#source").inputValue(), EXAMPLE.replace('"../../docs/model.schema.json"', '"../model.schema.json"'));
  assert.match(await page.locator("#status").textContent(), /brightpath\.json/);

  // A chosen file, broken: its problems carry its own name.
  const chosen = swap(EXAMPLE, `"version": ${MODEL.version}`, `"version": "one"`);
  await page.locator("#file-input").setInputFiles({ name: "chosen.json", mimeType: "application/json", buffer: Buffer.from(chosen) });
  const [problem] = await waitForProblems(page, 1);
  const at = where(chosen, `"one"`);
  const [line, column] = (problem.match(/^chosen\.json line (\d+), column (\d+): version: /) ?? assert.fail(problem)).slice(1).map(Number);
  assert.equal(line, at.line);
  assert.ok(column >= at.column && column < at.column + `"one"`.length, `column ${column} is in the value "one"`);
  assert.equal(await page.locator("#file-name").inputValue(), "chosen.json");

  // A dropped file.
  const dropped = swap(EXAMPLE, `"name": ${JSON.stringify(MODEL.name)}`, `"name": "Dropped check"`);
  await page.evaluate(
    ([text, name]) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: "application/json" }));
      const zone = document.getElementById("drop-zone");
      for (const type of ["dragover", "drop"]) {
        zone.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    },
    [dropped, "dropped.json"],
  );
  await widget(page).locator(".cxm-host-model .cxm-choice__name", { hasText: "Dropped check" }).waitFor();
  assert.equal(await page.locator("#file-name").inputValue(), "dropped.json");

  // The example asks before it replaces the author's text.
  const example = page.getByRole("button", { name: "Load the example" });
  page.once("dialog", (dialog) => dialog.dismiss());
  await example.click();
  assert.equal(await page.locator("#source").inputValue(), dropped, "kept when the author says no");
  page.once("dialog", (dialog) => dialog.accept());
  await example.click();
  await widget(page).locator(".cxm-host-model .cxm-choice__name", { hasText: MODEL.name }).waitFor();

  // Tab leaves the text box rather than typing a tab into it.
  await page.locator("#source").focus();
  await page.keyboard.press("Tab");
  assert.equal((await focused(page)).id, "forget");
  assert.deepEqual(watch.foreignRequests(), []);
});

test("after following a stage's call to action and coming back, the text and its preview are still there", async (t) => {
  const { page } = await openAuthor(t);
  await page.locator("#file-name").fill(FILE);
  await page.locator("#source").fill(EXAMPLE);
  await widget(page).locator("#cxm-begin:not([disabled])").click();
  for (let i = 0; i < MODEL.questions.length; i++) await answerIn(widget(page), 1);
  const lowest = MODEL.stages[Math.min(...MODEL.questions.map((q) => optionsOf(q)[0].value)) - 1];
  await widget(page).locator(".cxm-cta a", { hasText: lowest.cta.label }).click();
  await page.waitForURL((url) => url.pathname + url.search === lowest.cta.url);
  await page.goBack();
  await widget(page).locator(".cxm-host-model .cxm-choice__name, #cxm-result-title").first().waitFor();
  assert.equal(await page.locator("#source").inputValue(), EXAMPLE);
  assert.equal(await page.locator("#file-name").inputValue(), FILE);
  assert.match(await widget(page).getAttribute("model-src"), new RegExp(`#${encodeURIComponent(FILE)}$`));
});

test("at 320 px the page fits, problems and result alike, and stays axe-clean", async (t) => {
  const { page } = await openAuthor(t, { width: 320, height: 700 });
  await page.locator("#file-name").fill(FILE);
  await page.locator("#source").fill(BAD_REFERENCES);
  await waitForProblems(page, 2);
  await assertNoOverflow(page, "problems");
  await assertAxeClean(page, "problems at 320 px");
  await page.locator("#source").fill(EXAMPLE);
  await widget(page).locator(".cxm-host-model").getByRole("heading", { name: MODEL.name }).waitFor();
  await widget(page).locator("#cxm-begin").click();
  for (let i = 0; i < MODEL.questions.length; i++) await answerIn(widget(page), 1);
  const lowest = MODEL.stages[Math.min(...MODEL.questions.map((q) => optionsOf(q)[0].value)) - 1];
  assert.ok((await widget(page).locator("#cxm-result-title").textContent()).includes(lowest.name));
  await assertNoOverflow(page, "the result");
  await assertAxeClean(page, "the result at 320 px");
});

test("under a strict Content Security Policy that allows blob: for connect-src, the preview runs with no violation", async (t) => {
  const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self' blob:";
  const server = await startServer(DIST, { headers: { "content-security-policy": csp } });
  t.after(() => server.close());
  const initScript = () => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  };
  const { page, watch } = await suite.newApp(t, { server, initScript });
  await page.goto(`${server.url}/author.html`);
  await page.getByRole("button", { name: "Load the example" }).click();
  await widget(page).locator(".cxm-host-model .cxm-choice__name", { hasText: MODEL.name }).waitFor();
  await widget(page).locator("#cxm-begin").click();
  await widget(page).locator(".cxm-question").waitFor();
  assert.deepEqual(await page.evaluate(() => window.violations), [], "no Content Security Policy violation");
  watch.assertClean();
});
