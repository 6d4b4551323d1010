// Issue 21, a host's own model: `<cx-maturity model-src="…">` on a host page runs the example
// model (examples/models/brightpath.json) as it runs a built-in one, with the stage's message and
// call to action on the result; the result is saved and its link reopens it; offline, the last
// good copy of the file is used; a broken or missing file is explained, in the widget and in the
// console, with the file, line and column of each problem.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setupSuite, startServer, DIST, REPO_ROOT, answerIn } from "./support.mjs";

const suite = setupSuite();
const EXAMPLE = JSON.parse(await readFile(path.join(REPO_ROOT, "examples", "models", "brightpath.json"), "utf8"));
let host = null;
let hostDir = null;

/** A host page with one widget whose attributes are `attributes` (name → value). */
const hostPage = (attributes) => `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Brightpath consulting</title>
    <script type="module" src="widget/cx-maturity.js"></script>
  </head>
  <body>
    <main>
      <h1>Brightpath consulting</h1>
      <cx-maturity id="one" ${Object.entries(attributes).map(([k, v]) => `${k}="${v}"`).join(" ")}></cx-maturity>
    </main>
  </body>
</html>
`;

/** The example with its second question's dimension misspelt and its first stage's description left out. */
function brokenExample() {
  const broken = structuredClone(EXAMPLE);
  broken.questions[1].dimension = `${broken.questions[1].dimension}x`;
  delete broken.stages[0].description;
  return JSON.stringify(broken, null, 2);
}

before(async () => {
  hostDir = await mkdtemp(path.join(tmpdir(), "cxm-host-model-"));
  await cp(path.join(DIST, "embed"), path.join(hostDir, "widget"), { recursive: true });
  await cp(path.join(REPO_ROOT, "examples", "models"), path.join(hostDir, "models"), { recursive: true });
  await writeFile(path.join(hostDir, "models", "broken.json"), brokenExample());
  await writeFile(path.join(hostDir, "index.html"), hostPage({ "model-src": "models/brightpath.json", "cta-label": "Talk to us", "cta-url": "/contact" }));
  await writeFile(path.join(hostDir, "broken.html"), hostPage({ "model-src": "models/broken.json" }));
  await writeFile(path.join(hostDir, "missing.html"), hostPage({ "model-src": "models/nowhere.json" }));
  host = await startServer(hostDir);
});

after(async () => {
  await host?.close();
  if (hostDir) await rm(hostDir, { recursive: true, force: true });
});

/** A fresh context on the host's `page`, watched, once its widget shows a screen. */
async function openHost(t, page = "") {
  const app = await suite.newApp(t, { server: host });
  await app.page.goto(`${host.url}/${page}`);
  const widget = app.page.locator("#one");
  await widget.locator(".cxm-screen").waitFor();
  return { page: app.page, watch: app.watch, widget };
}

/** Starts the host's model in `widget` and answers every question with option `n`. */
async function complete(widget, n) {
  await widget.getByRole("button", { name: "Start the assessment" }).click();
  for (let i = 0; i < EXAMPLE.questions.length; i++) await answerIn(widget, n);
}

test("the example host model by model-src is taken, its stage's message and call to action shown, saved, and its link reopens it", async (t) => {
  const { page, watch, widget } = await openHost(t);
  // The intro offers the host's model, not the built-in choice.
  await widget.locator(".cxm-host-model", { hasText: EXAMPLE.name }).waitFor();
  assert.equal(await widget.locator("input[name=cxm-model]").count(), 0, "no built-in model is offered beside the host's");
  await complete(widget, 3);
  const heading = (await widget.locator("#cxm-result-title").textContent()).trim();
  const match = heading.match(new RegExp(`^Your result: stage (\\d) of ${EXAMPLE.stages.length}, (.+)$`));
  assert.ok(match, `a stage of the host's model: ${heading}`);
  const stage = EXAMPLE.stages[Number(match[1]) - 1];
  assert.equal(match[2], stage.name);
  assert.equal((await widget.locator(".cxm-stage__message").textContent()).trim(), stage.message);
  // The stage's call to action first, then the host's own, which applies to every stage.
  const links = await widget.locator(".cxm-cta a").evaluateAll((as) => as.map((a) => [a.textContent.trim(), a.getAttribute("href"), a.className]));
  assert.deepEqual(links, [
    [stage.cta.label, stage.cta.url, "cxm-button cxm-button--primary"],
    ["Talk to us", "/contact", "cxm-button"],
  ]);

  // Saved under the host model's name, and still there after a reload.
  await page.reload();
  await widget.getByRole("button", { name: /^My results/ }).first().click();
  const saved = widget.locator(".cxm-saved");
  await saved.first().waitFor();
  assert.equal(await saved.count(), 1);
  assert.match(await saved.first().textContent(), new RegExp(stage.name));

  // The share link opens the widget's own page on the same model file.
  await saved.first().getByRole("button", { name: /^Open/ }).click();
  const link = await widget.locator("#cxm-share-link").inputValue();
  const modelUrl = `${host.url}/models/brightpath.json`;
  assert.ok(link.startsWith(`${host.url}/widget/frame.html?model-src=${encodeURIComponent(modelUrl)}#result=`), link);
  watch.assertClean();

  const { page: opened, watch: theirs } = await suite.newApp(t, { server: host });
  await opened.goto(link);
  const shared = opened.locator("cx-maturity #cxm-result-title");
  await shared.waitFor();
  assert.equal((await shared.textContent()).trim(), heading.replace(/^Your result/, "Shared result"));
  assert.equal((await opened.locator("cx-maturity .cxm-stage__message").textContent()).trim(), stage.message);
  theirs.assertClean();

  // The same result on a page without that model says which model it needs.
  const fragment = link.slice(link.indexOf("#"));
  const { page: elsewhere } = await suite.newApp(t);
  await elsewhere.goto(`${suite.server.url}/${fragment}`);
  const notice = elsewhere.locator(".cxm-notice");
  await notice.waitFor();
  assert.match(await notice.textContent(), new RegExp(`'${EXAMPLE.id}' \\(version ${EXAMPLE.version}\\)`));
});

test("offline, a host model already seen runs from the copy kept after the last visit", async (t) => {
  const { page, watch, widget } = await openHost(t);
  await widget.locator(".cxm-host-model", { hasText: EXAMPLE.name }).waitFor();
  await page.context().route("**/models/brightpath.json", (route) => route.abort("internetdisconnected"));
  await page.reload();
  await widget.locator(".cxm-host-model", { hasText: EXAMPLE.name }).waitFor();
  await complete(widget, 2);
  assert.match(await widget.locator("#cxm-result-title").textContent(), new RegExp(`^Your result: stage \\d of ${EXAMPLE.stages.length}, `));
  assert.deepEqual(watch.pageErrors, []);
});

test("a broken model file is explained in the widget and the console, each problem with its line and column", async (t) => {
  const { page, watch, widget } = await openHost(t, "broken.html");
  const problems = widget.locator(".cxm-host-problems[role=alert] li");
  await problems.first().waitFor();
  const shown = (await problems.allTextContents()).map((p) => p.trim());
  const text = brokenExample();
  const dimension = `${EXAMPLE.questions[1].dimension}x`;
  assert.ok(
    shown.some((p) => p.startsWith("broken.json ") && p.includes("stages[0]") && p.includes("description")),
    `the missing description is named: ${shown.join(" | ")}`,
  );
  // Once the shape is right the model's own checks run, so fix the shape and look again.
  assert.equal(await widget.getByRole("button", { name: "Start the assessment" }).isDisabled(), true);
  assert.ok(watch.consoleErrors.some((e) => e.includes("broken.json")), "the console names the file");
  assert.deepEqual(watch.pageErrors, []);

  const shapeOnly = JSON.parse(text);
  shapeOnly.stages[0].description = EXAMPLE.stages[0].description;
  await writeFile(path.join(hostDir, "models", "broken.json"), JSON.stringify(shapeOnly, null, 2));
  t.after(() => writeFile(path.join(hostDir, "models", "broken.json"), text));
  await page.reload();
  await problems.first().waitFor();
  const fixedText = JSON.stringify(shapeOnly, null, 2);
  const index = fixedText.indexOf(`"${dimension}"`);
  const lines = fixedText.slice(0, index).split("\n");
  const expected = `broken.json line ${lines.length}, column ${lines.at(-1).length + 1}: questions[1].dimension: `;
  const again = (await problems.allTextContents()).map((p) => p.trim());
  assert.ok(again.some((p) => p.startsWith(expected) && p.includes(`'${dimension}'`)), `${expected}… in ${again.join(" | ")}`);
});

test("a model file that cannot be fetched is explained, and the widget keeps working", async (t) => {
  const { watch, widget } = await openHost(t, "missing.html");
  const problem = widget.locator(".cxm-host-problems[role=alert] li");
  await problem.first().waitFor();
  assert.match(await problem.first().textContent(), /nowhere\.json could not be loaded/);
  assert.equal(await widget.getByRole("button", { name: "Start the assessment" }).isDisabled(), true);
  // The rest of the widget still works: the methodology and My results open.
  await widget.getByRole("button", { name: /^My results/ }).first().click();
  await widget.locator(".cxm-screen").first().waitFor();
  assert.deepEqual(watch.pageErrors, []);
});
