// Issue 8, what a visitor waits for: a release build's page holds the intro, rendered by the app
// at build time (src/bin/prerender.rs), so it shows as soon as the HTML and the stylesheet are
// in. These tests hold the JS glue back, use that intro the way a person would, then let the app
// start, and check that what they did carries over (templates/start.js): the model picked, the
// focus, a click on a button. A shared link does not show the intro first, and a page whose app cannot
// start says so.

import { test } from "node:test";
import assert from "node:assert/strict";
import { setupSuite, MODELS } from "./support.mjs";

const suite = setupSuite();
const GLUE = /\/cx-maturity-[0-9a-f]+\.js$/;
const PRERENDERED = ".cxm[data-cxm-prerendered]";

/** Opens the page with the JS glue held back; `start()` lets it through. */
async function openHeld(app, path = "/") {
  let start;
  const held = new Promise((resolve) => (start = resolve));
  await app.page.route(GLUE, async (route) => {
    await held;
    await route.continue();
  });
  await app.page.goto(app.baseUrl + path, { waitUntil: "commit" });
  return async () => {
    start();
    await app.waitForApp();
  };
}

/** The intro's markup as a static page would hold it: checked radios as attributes, no comments,
 * and each element's attributes in name order (server-side rendering writes them in another order
 * than the browser's DOM keeps them, which is no difference to a visitor). */
const introMarkup = (page) =>
  page.evaluate(() => {
    const intro = document.querySelector("#cx-maturity .cxm-intro").cloneNode(true);
    const original = document.querySelectorAll("#cx-maturity .cxm-intro input");
    intro.querySelectorAll("input").forEach((input, i) => input.toggleAttribute("checked", original[i].checked));
    const walker = document.createTreeWalker(intro, NodeFilter.SHOW_COMMENT);
    const comments = [];
    while (walker.nextNode()) comments.push(walker.currentNode);
    comments.forEach((c) => c.remove());
    for (const el of [intro, ...intro.querySelectorAll("*")]) {
      const attributes = [...el.attributes].map((a) => [a.name, a.value]).sort(([a], [b]) => (a < b ? -1 : 1));
      for (const [name] of attributes) el.removeAttribute(name);
      for (const [name, value] of attributes) el.setAttribute(name, value);
    }
    return intro.outerHTML;
  });

test("the intro is in the page before the app starts, and it is the one the app shows", async (t) => {
  const app = await suite.newApp(t);
  const html = await (await app.page.request.get(app.baseUrl + "/")).text();
  assert.match(html, /<h1 id="cxm-intro-title"[^>]*>How mature is your customer experience\?<\/h1>/);

  const start = await openHeld(app);
  await app.page.locator(`${PRERENDERED} h1`).waitFor();
  const group = app.page.getByRole("group", { name: "Choose an assessment" });
  assert.equal(await group.getByRole("radio").count(), 4);
  assert.equal(await app.chosenModel(), MODELS.sixStage.name, "the default model is checked");
  assert.equal(await app.startButton().textContent(), "Start the assessment");
  const before = await introMarkup(app.page);

  await start();
  assert.equal(await app.page.locator(PRERENDERED).count(), 0, "the app replaced the prerendered intro");
  assert.equal(await introMarkup(app.page), before, "the same markup");
  await app.waitForFocus("#cxm-intro-title");
  app.watch.assertClean();
});

test("a model picked and the focus held on the intro before the app starts carry over", async (t) => {
  const app = await suite.newApp(t);
  const start = await openHeld(app);
  await app.page.locator(`${PRERENDERED} input[type=radio]`).first().waitFor();
  // Past the page's language picker, to the model chooser.
  await app.pressKey("Tab");
  await app.pressKey("Tab");
  await app.pressKey("ArrowDown");
  assert.equal(await app.chosenModel(), MODELS.fourPhases.name, "the browser checks the radio by itself");

  await start();
  assert.equal(await app.chosenModel(), MODELS.fourPhases.name);
  await app.waitForFocus("#cxm-model-four-phases");
  await app.start();
  assert.deepEqual(await app.questionNumber(), { n: 1, total: MODELS.fourPhases.questions });
  app.watch.assertClean();
});

test("a click on Start before the app starts is kept, and the app starts the test", async (t) => {
  const app = await suite.newApp(t);
  const start = await openHeld(app);
  await app.startButton().click();
  assert.equal(await app.page.locator(PRERENDERED).count(), 1, "nothing happens before the app is there");

  await start();
  await app.waitForQuestion(1);
  assert.deepEqual(await app.questionNumber(), { n: 1, total: MODELS.sixStage.questions });
  await app.waitForFocus(".cxm-question h2[tabindex='-1']");
  app.watch.assertClean();
});

test("a link with a result in it does not show the intro while the app starts", async (t) => {
  const app = await suite.newApp(t);
  const start = await openHeld(app, "/#result=not-a-result");
  // The page's module script runs before DOMContentLoaded, and stops there to wait for the glue.
  await app.page.waitForLoadState("domcontentloaded");
  assert.equal(await app.page.locator("#cx-maturity").count(), 1, "the page is there");
  assert.equal(await app.page.locator(".cxm").count(), 0, "without the intro");

  await start();
  assert.match(await app.waitForNotice(/link/), /link/);
  app.watch.assertClean();
});

test("when the app cannot start, the page says so instead of showing an intro that does nothing", async (t) => {
  const app = await suite.newApp(t);
  await app.page.route(/_bg\.wasm$/, (route) => route.abort("internetdisconnected"));
  await app.page.goto(app.baseUrl + "/");
  await app.page.getByText("The self-assessment could not start in this browser. Reloading the page may help.").waitFor();
  assert.equal(await app.page.locator(".cxm").count(), 0);
});
