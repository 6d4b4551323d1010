// Issue 11, the iframe option: a host page on another origin frames embed/frame.html and
// includes embed/frame-parent.js. The iframe follows the widget's height as it grows and as it
// shrinks; messages from anywhere but the framed widget, or of a wrong shape, change nothing; the
// completion reaches the host as a `cx-maturity-complete` event on the iframe.
//
// Two servers, two origins: the suite's server serves dist/ (the widget, at /embed/frame.html),
// and a second one serves a temporary folder holding a copy of examples/frame-host.html (with
// its CSS and script, and dist/embed/frame-parent.js as the host's own copy of the snippet), its
// iframe pointed at the first server. Both documents get the strict Content Security Policy the
// docs promise, as response headers.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, writeFile, copyFile, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setupSuite, startServer, Watch, AssessmentPage, MODELS, byDimension, REPO_ROOT, DIST, TIMEOUT } from "./support.mjs";

const suite = setupSuite();
const host = { dir: null, server: null };

const WIDGET_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const hostCsp = (widget) => `default-src 'self'; script-src 'self'; style-src 'self'; frame-src ${widget}`;

/** What the example page says, and what the copy served by the test says instead. */
const EXAMPLE_FRAME_SRC = "../dist/embed/frame.html?";
const EXAMPLE_PARENT = "parent=http://127.0.0.1:8080";
const EXAMPLE_SNIPPET = "../dist/embed/frame-parent.js";

before(async () => {
  // setupSuite's `before` has run: suite.server serves dist/.
  host.dir = await mkdtemp(path.join(tmpdir(), "cxm-frame-host-"));
  await writeFile(path.join(host.dir, "index.html"), ""); // startServer wants one before it starts
  host.server = await startServer(host.dir);
  const example = await readFile(path.join(REPO_ROOT, "examples", "frame-host.html"), "utf8");
  for (const s of [EXAMPLE_FRAME_SRC, EXAMPLE_PARENT, EXAMPLE_SNIPPET]) {
    assert.ok(example.includes(s), `examples/frame-host.html should contain ${s}`);
  }
  const page = example
    .replace(EXAMPLE_FRAME_SRC, `${suite.server.url}/embed/frame.html?`)
    .replace(EXAMPLE_PARENT, `parent=${host.server.url}`)
    .replace(EXAMPLE_SNIPPET, "./frame-parent.js");
  await writeFile(path.join(host.dir, "index.html"), page);
  for (const file of ["frame-host.css", "frame-host.js"]) {
    await copyFile(path.join(REPO_ROOT, "examples", file), path.join(host.dir, file));
  }
  const snippet = path.join(DIST, "embed", "frame-parent.js");
  assert.ok(existsSync(snippet), `${snippet} is missing: the build should copy embed/ into dist/embed/`);
  await copyFile(snippet, path.join(host.dir, "frame-parent.js"));
});

after(async () => {
  if (host.server) await host.server.close();
  if (host.dir) await rm(host.dir, { recursive: true, force: true });
});

/** The suite's Watch, with both test servers counted as local. */
class TwoServerWatch extends Watch {
  constructor(context, origins) {
    super(context, origins[0]);
    this.origins = origins;
  }

  isLocal(url) {
    if (url.startsWith("data:") || url.startsWith("blob:")) return true;
    try {
      return this.origins.includes(new URL(url).origin);
    } catch {
      return false;
    }
  }
}

/**
 * Records, in every document of the page: on the host, each message the window receives and
 * each `cx-maturity-complete` event that reaches the document; in the widget's frame, each
 * completion event the element dispatches.
 */
function recorder() {
  window.__messages = [];
  window.__completions = [];
  window.addEventListener("message", (e) => {
    const frame = [...document.querySelectorAll("iframe")].find((f) => f.contentWindow === e.source);
    const from = e.source === window ? "self" : frame ? frame.id || "widget" : "other";
    window.__messages.push({ origin: e.origin, from, data: e.data });
  });
  document.addEventListener("cx-maturity-complete", (e) => {
    window.__completions.push({
      target: e.target.tagName.toLowerCase(),
      marked: e.target.hasAttribute("data-cx-maturity"),
      detail: e.detail === undefined ? null : JSON.parse(JSON.stringify(e.detail)),
    });
  });
}

/**
 * The host page in a fresh context, with the framed widget shown. With `lateSnippet`, the host's
 * frame-parent.js is held back until the widget has reported its height once.
 */
async function openHost(t, { lateSnippet = false } = {}) {
  const widget = suite.server.url;
  const context = await suite.browser.newContext({ viewport: { width: 1000, height: 800 }, serviceWorkers: "block" });
  context.setDefaultTimeout(TIMEOUT);
  await context.addInitScript(recorder);
  const watch = new TwoServerWatch(context, [widget, host.server.url]);
  await watch.install();
  // The strict policies, as response headers (routes added later take precedence).
  const withCsp = (csp) => async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": csp } });
  };
  await context.route((url) => url.origin === widget && url.pathname === "/embed/frame.html", withCsp(WIDGET_CSP));
  await context.route(
    (url) => url.origin === host.server.url && (url.pathname === "/" || url.pathname === "/index.html"),
    withCsp(hostCsp(widget)),
  );
  let release = () => {};
  if (lateSnippet) {
    const held = new Promise((resolve) => (release = resolve));
    await context.route(`${host.server.url}/frame-parent.js`, async (route) => {
      await held;
      await route.continue();
    });
  }
  const page = await context.newPage();
  watch.attach(page);
  t.after(async () => {
    release();
    if (watch.problems().length) t.diagnostic(`page problems: ${watch.problems().join(" | ")}`);
    await context.close().catch(() => {});
  });
  // The page's load waits for its module scripts, so a held snippet holds it too.
  await page.goto(host.server.url + "/", { waitUntil: lateSnippet ? "commit" : "load" });
  const iframe = page.locator("iframe[data-cx-maturity]").first(); // the example page has one
  const frame = await (await iframe.elementHandle()).contentFrame();
  assert.ok(frame, "the iframe has a document");
  assert.equal(new URL(frame.url()).origin, widget, "the widget is framed from the other origin");
  const app = new AssessmentPage(frame, widget, watch);
  await app.waitForScreen("intro");
  return { page, frame, iframe, app, watch, release };
}

/** The height the host set on the iframe (px), or null when it has set none. */
async function frameHeight(iframe) {
  const h = await iframe.evaluate((el) => el.style.height);
  return h ? Number(h.replace(/px$/, "")) : null;
}

/** The widget document's content height, measured in the frame as frame.js measures it. */
async function contentHeight(frame) {
  return frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
}

/** Waits until the iframe is exactly as tall as the widget's content, and returns that height. */
async function settledHeight({ frame, iframe }) {
  const deadline = Date.now() + TIMEOUT;
  let seen;
  for (;;) {
    seen = { content: await contentHeight(frame), iframe: await frameHeight(iframe) };
    if (seen.content > 0 && seen.iframe === seen.content) {
      // Rendered so, not only set: nothing on the host overrides the height.
      const box = await iframe.evaluate((el) => el.getBoundingClientRect().height);
      assert.equal(Math.round(box), seen.content, "the iframe is rendered at the height it was given");
      return seen.content;
    }
    if (Date.now() > deadline) {
      const host = await iframe.page().evaluate(() => JSON.stringify(window.__messages));
      const inFrame = await frame.evaluate(() => JSON.stringify(window.__messages));
      assert.fail(`the iframe never followed its content: ${JSON.stringify(seen)}; host got ${host}; frame got ${inFrame}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The height messages the host received from the widget, in order. */
async function reportedHeights(page) {
  return page.evaluate(() =>
    window.__messages
      .filter((m) => m.from === "widget" && m.data && m.data.type === "cx-maturity:height")
      .map((m) => m.data.height),
  );
}

test("the iframe grows and shrinks with the widget's screens", async (t) => {
  const env = await openHost(t);
  const { page, frame, app } = env;
  const heights = {};
  // The iframe starts below the fold, where Chrome does not render a cross-origin frame (so a
  // ResizeObserver in it stays silent until it is scrolled into view); it gets its height anyway.
  assert.ok(
    await env.iframe.evaluate((el) => el.getBoundingClientRect().top > window.innerHeight),
    "the widget starts below the fold",
  );
  heights.intro = await settledHeight(env);
  // The page is framed cross-origin: the host's script cannot reach into it, only messages do.
  assert.equal(await env.iframe.evaluate((el) => el.contentDocument), null);

  await app.choose(MODELS.fourPhases.name); // already chosen by model=four-phases
  await app.start();
  await app.waitForQuestion(1);
  heights.question = await settledHeight(env);
  // The intro lists the four models to choose from, so a question is shorter: the first shrink.
  assert.ok(heights.question < heights.intro, `a question is shorter than the intro: ${JSON.stringify(heights)}`);

  await app.answerAll(byDimension(MODELS.fourPhases, [3, 3, 2, 1]));
  await app.waitForScreen("result");
  heights.result = await settledHeight(env);
  assert.ok(heights.result > heights.question, `the result is taller: ${JSON.stringify(heights)}`);

  await app.button("How this is scored").click();
  await app.waitForScreen("methodology");
  heights.methodology = await settledHeight(env);
  assert.ok(heights.methodology > heights.result, `the methodology is taller: ${JSON.stringify(heights)}`);

  // Shrinking again: back to the result, then to the intro.
  await app.button("Back").first().click();
  await app.waitForScreen("result");
  heights.back = await settledHeight(env);
  assert.ok(heights.back < heights.methodology, `back to the result, the iframe shrinks: ${JSON.stringify(heights)}`);
  assert.equal(heights.back, heights.result, "the same result, the same height");

  await app.button("Take another assessment").click();
  await app.waitForScreen("intro");
  heights.again = await settledHeight(env);
  assert.ok(heights.again < heights.back, `the intro after a result is shorter: ${JSON.stringify(heights)}`);

  // Every one of those heights was reported in a message, in order, as a whole positive number.
  const reported = await reportedHeights(page);
  assert.ok(reported.every((h) => Number.isInteger(h) && h > 0), `whole pixels: ${reported}`);
  let from = 0;
  for (const [screen, h] of Object.entries(heights)) {
    const at = reported.indexOf(h, from);
    assert.ok(at >= 0, `the ${screen} height ${h} was reported, after the ones before: ${reported}`);
    from = at;
  }
  // No scroll bar in the frame: its document is never taller than the iframe.
  assert.equal(
    await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight),
    true,
    "the whole widget is visible without scrolling inside the iframe",
  );
  env.watch.assertClean();
});

test("messages from anywhere else, or of the wrong shape, do not move the iframe", async (t) => {
  const env = await openHost(t);
  const { page, frame, iframe } = env;
  const widget = suite.server.url;
  const settled = await settledHeight(env);

  // Every height the host sets from now on (a wrong one would not last: the widget's frame,
  // resized, would report its real height again at once).
  await page.evaluate(() => {
    window.__sizes = [];
    new MutationObserver((records) => {
      for (const r of records) window.__sizes.push(`${r.target.id || "widget"} ${r.target.style.height}`);
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ["style"] });
  });

  // Three more frames with a src on the widget's origin: another widget that is not marked (its
  // messages have the right origin and shape, but come from a window the snippet does not
  // serve); one marked but sandboxed (its messages come from an opaque origin); one marked whose
  // document is not its src at all but a srcdoc (its messages come from the host's own origin).
  await page.evaluate(
    ([widgetPage, other]) => {
      for (const [id, src] of [["stray", widgetPage], ["sandboxed", other], ["srcdoc", other]]) {
        const f = document.createElement("iframe");
        f.id = id;
        if (id !== "stray") f.setAttribute("data-cx-maturity", "");
        if (id === "sandboxed") f.setAttribute("sandbox", "allow-scripts");
        if (id === "srcdoc") f.srcdoc = "<p>Not the widget</p>";
        f.src = src;
        document.body.append(f);
      }
    },
    [`${widget}/embed/frame.html?model=ebd&parent=${host.server.url}`, `${widget}/models/four-phases.json`],
  );
  const loaded = async (id) => {
    const f = await (await page.locator(`#${id}`).elementHandle()).contentFrame();
    await f.waitForLoadState();
    return f;
  };
  const stray = await loaded("stray");
  await new AssessmentPage(stray, widget, env.watch).waitForScreen("intro");
  assert.equal(new URL(stray.url()).origin, widget);
  await page.waitForFunction(() =>
    window.__messages.some((m) => m.from === "stray" && m.data.type === "cx-maturity:height" && m.data.height > 0),
  );
  const sandboxed = await loaded("sandboxed");
  const srcdoc = await loaded("srcdoc");

  const height = (value) => ({ type: "cx-maturity:height", height: value });
  /** Posts `messages` from a window to the host, then a sentinel, so the test knows they all arrived. */
  const postFrom = (where, id, messages) =>
    where.evaluate(
      ([id, messages]) => {
        const to = window.parent === window ? window : window.parent;
        for (const m of messages) to.postMessage(m, "*");
        to.postMessage({ type: "test:sentinel", id }, "*");
      },
      [id, messages],
    );

  // The host's own window (not a framed widget), with a perfect message.
  await postFrom(page, "host", [height(111)]);
  // The right origin, but a window that is not a marked iframe (besides the heights this other
  // widget reports of its own accord).
  await postFrom(stray, "stray", [height(222)]);
  // A marked iframe whose messages come from an opaque origin, not its src's.
  await postFrom(sandboxed, "sandboxed", [height(333)]);
  // A marked iframe whose document is from another origin than its src.
  await postFrom(srcdoc, "srcdoc", [height(334)]);
  // The widget's own window and origin, with messages of the wrong shape.
  await postFrom(frame, "widget", [
    { type: "cx-maturity:hieght", height: 444 },
    { type: "cx-maturity:height" },
    height(-5),
    height(0),
    height("555"),
    height(Infinity),
    height(NaN),
    height(null),
    { type: "cx-maturity:height", height: [666] },
    { type: "CX-MATURITY:HEIGHT", height: 777 },
    null,
    "cx-maturity:height",
    888,
  ]);
  await page.waitForFunction(
    () => ["host", "stray", "sandboxed", "srcdoc", "widget"].every((id) =>
      window.__messages.some((m) => m.data && m.data.type === "test:sentinel" && m.data.id === id)),
  );
  assert.deepEqual(await page.evaluate(() => window.__sizes), [], "no fake or malformed message set a height");
  assert.equal(await frameHeight(iframe), settled);
  for (const id of ["stray", "sandboxed", "srcdoc"]) assert.equal(await frameHeight(page.locator(`#${id}`)), null);

  // The widget's own message is obeyed, but only up to the maximum.
  await postFrom(frame, "huge", [height(1e9)]);
  await page.waitForFunction(() => window.__sizes.includes("widget 50000px"));
  // Asked to measure (as the snippet does when it starts after the widget), the widget reports
  // its real height again.
  await page.evaluate(
    (origin) => document.querySelector("iframe[data-cx-maturity]").contentWindow.postMessage({ type: "cx-maturity:measure" }, origin),
    widget,
  );
  assert.equal(await settledHeight(env), settled);
  // Nothing the test sent counts as a completion.
  assert.deepEqual(await page.evaluate(() => window.__completions), []);
  env.watch.assertClean();
});

test("the completion reaches the host as a cx-maturity-complete event on the iframe", async (t) => {
  const env = await openHost(t);
  const { page, frame, app } = env;
  const box = page.locator("#consultation");
  assert.equal(await box.isVisible(), false, "no thank-you before a result");
  await app.start();
  // Repair holds (all 4), Elevate at 2 (33%), the rest at 1: phase 2, Elevate (as in history.test.mjs).
  await app.answerAll(byDimension(MODELS.fourPhases, [4, 2, 1, 1]));
  assert.equal(await app.resultHeading(), "Your result: phase 2 of 4, Elevate");

  await page.waitForFunction(() => window.__completions.length > 0);
  const [inFrame] = await frame.evaluate(() => window.__completions);
  const onHost = await page.evaluate(() => window.__completions);
  assert.equal(onHost.length, 1, "one event");
  assert.equal(onHost[0].target, "iframe");
  assert.ok(onHost[0].marked, "dispatched on the widget's iframe");
  assert.deepEqual(onHost[0].detail, inFrame.detail, "the element's detail, unchanged");
  const detail = onHost[0].detail;
  assert.equal(detail.model, "four-phases");
  assert.equal(detail.stage, 2);
  assert.equal(detail.stage_name, "Elevate");
  assert.deepEqual(
    detail.dimensions.map((d) => [d.name, d.percent]),
    [["Repair", 100], ["Elevate", 33], ["Optimize", 0], ["Differentiate", 0]],
  );
  assert.equal("answers" in detail, false, "no answers without share-answers");
  // The message it came in.
  const messages = await page.evaluate(() => window.__messages.filter((m) => m.data && m.data.type === "cx-maturity:complete"));
  assert.equal(messages.length, 1);
  assert.equal(messages[0].origin, suite.server.url);

  // The example page's own reaction.
  await box.waitFor();
  assert.equal((await page.locator("#consultation-result").textContent()).trim(), "Your result: Elevate.");
  assert.equal(
    (await page.locator("#consultation-weakest").textContent()).trim(),
    "The area with most room to grow: Optimize (0%).",
  );
  // Seeing it again is no second completion.
  await app.button("Take another assessment").click();
  await app.waitForScreen("intro");
  assert.equal((await page.evaluate(() => window.__completions)).length, 1);
  env.watch.assertClean();
});

test("a host snippet that starts after the widget reported its height still sizes the iframe", async (t) => {
  const env = await openHost(t, { lateSnippet: true });
  const { page, frame } = env;
  // The widget has shown its intro and said how tall it is, to a page not yet listening.
  await page.waitForFunction(() =>
    window.__messages.some((m) => m.from === "widget" && m.data.type === "cx-maturity:height" && m.data.height > 0),
  );
  assert.equal(await frameHeight(env.iframe), null, "no snippet yet, no height");
  env.release();
  // The snippet asks the widget to measure again, and it answers.
  await page.waitForLoadState("load");
  await settledHeight(env);
  assert.ok(
    (await frame.evaluate(() => window.__messages)).some((m) => m.data && m.data.type === "cx-maturity:measure"),
    "the snippet asked for the height",
  );
  env.watch.assertClean();
});
