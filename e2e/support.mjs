// Shared machinery for the end-to-end tests: a static file server for the release build, the
// browser, a fresh context per test, a watch on every request and error, and a page object
// (`AssessmentPage`) that drives the app the way a person does, and axe-core's accessibility checks
// (`axe`, `formatViolations`).
//
// The directory served is $CXM_DIST (default "dist"), relative to the repository root.
// Chromium is /usr/bin/chromium unless $CXM_CHROMIUM says otherwise.

import { createServer } from "node:http";
import { cp, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { before, after } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DIST = path.resolve(REPO_ROOT, process.env.CXM_DIST || "dist");

/** How long any single wait may take before a test fails (ms). Everything is local, so short. */
export const TIMEOUT = Number(process.env.CXM_TIMEOUT || 10000);

/** Content type by file extension, for every file the app's build holds. */
export const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/**
 * Serves `root` on 127.0.0.1 at a free port. Resolves to `{ url, close }`, with `url` like
 * "http://127.0.0.1:40123" (no trailing slash).
 */
export async function startServer(root = DIST, { headers = {} } = {}) {
  if (!existsSync(path.join(root, "index.html"))) {
    throw new Error(`No build to test: ${root}/index.html is missing. Run \`make dist\` or set CXM_DIST.`);
  }
  const server = createServer(async (req, res) => {
    try {
      const { pathname } = new URL(req.url, "http://localhost");
      let rel = decodeURIComponent(pathname);
      if (rel.endsWith("/")) rel += "index.html";
      const file = path.resolve(root, "." + rel);
      if (file !== root && !file.startsWith(root + path.sep)) {
        res.writeHead(403).end();
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info || !info.isFile()) {
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, {
        "content-type": TYPES[path.extname(file).toLowerCase()] || "application/octet-stream",
        "content-length": body.length,
        "cache-control": "no-store",
        ...headers,
      });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CXM_CHROMIUM || "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
}

export async function closeBrowser(browser) {
  if (browser) await browser.close().catch(() => {});
}

/**
 * Registers `before`/`after` hooks for one test file: one server and one browser for the file,
 * and `newApp(t, options)` for a fresh browser context (empty storage) per test.
 */
export function setupSuite() {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await startServer();
    env.browser = await launchBrowser();
  });
  after(async () => {
    await closeBrowser(env.browser);
    if (env.server) await env.server.close();
  });

  /**
   * A fresh context and page, watched, with an `AssessmentPage` on it. The context is closed
   * when test `t` ends. Options: `viewport` ({width, height}), `initScript` (a function run in
   * the page before the app, see `context.addInitScript`), `serviceWorkers` ("block", the
   * default, or "allow"), `server` (another server from `startServer`, whose origin is then the
   * only local one), `base` (the app's path on it, e.g. "/some/folder") and `locale` (the
   * browser's language, `navigator.languages`).
   */
  env.newApp = async (
    t,
    { viewport = { width: 1000, height: 800 }, initScript, serviceWorkers = "block", server = env.server, base = "", locale } = {},
  ) => {
    const context = await env.browser.newContext({ viewport, serviceWorkers, ...(locale ? { locale } : {}) });
    context.setDefaultTimeout(TIMEOUT);
    if (initScript) await context.addInitScript(initScript);
    const watch = new Watch(context, server.url);
    await watch.install();
    const page = await context.newPage();
    watch.attach(page);
    t.after(async () => {
      if (watch.problems().length) t.diagnostic(`page problems: ${watch.problems().join(" | ")}`);
      await context.close().catch(() => {});
    });
    return new AssessmentPage(page, server.url + base, watch);
  };
  return env;
}

/**
 * Records every request a context makes, and every console error and uncaught page error.
 * Requests to any other host are also aborted, so a leak fails fast instead of hanging, but it
 * is still recorded and reported.
 */
export class Watch {
  constructor(context, origin) {
    this.context = context;
    this.origin = origin;
    this.requests = [];
    this.consoleErrors = [];
    this.pageErrors = [];
  }

  isLocal(url) {
    if (url.startsWith("data:") || url.startsWith("blob:")) return true;
    try {
      return new URL(url).origin === this.origin;
    } catch {
      return false;
    }
  }

  /**
   * Records every request, and refuses those elsewhere; with `block: false` it only records them
   * (a benchmark timing a request: routing holds each one up while Node.js decides).
   */
  async install({ block = true } = {}) {
    this.context.on("request", (r) => this.requests.push(r.url()));
    if (!block) return;
    await this.context.route(
      (url) => !this.isLocal(url.href),
      (route) => route.abort("blockedbyclient"),
    );
  }

  attach(page) {
    page.on("console", (m) => {
      if (m.type() === "error") this.consoleErrors.push(m.text());
    });
    page.on("pageerror", (e) => this.pageErrors.push(String(e && e.stack ? e.stack : e)));
    page.on("websocket", (ws) => this.requests.push(ws.url()));
    page.on("crash", () => this.pageErrors.push("the page crashed"));
  }

  foreignRequests() {
    return this.requests.filter((u) => !this.isLocal(u));
  }

  problems() {
    return [
      ...this.foreignRequests().map((u) => `request to another host: ${u}`),
      ...this.consoleErrors.map((m) => `console error: ${m}`),
      ...this.pageErrors.map((m) => `page error: ${m}`),
    ];
  }

  /** Fails unless every request went to the local server and nothing was logged as an error. */
  assertClean() {
    assert.ok(this.requests.length > 0, "no requests were recorded at all; the watch is broken");
    assert.deepEqual(this.foreignRequests(), [], "every request must go to the local server");
    assert.deepEqual(this.consoleErrors, [], "no console errors");
    assert.deepEqual(this.pageErrors, [], "no uncaught page errors");
  }
}

/** axe-core's source, put into a page (or frame) with `evaluate`: a script tag would be refused under a strict CSP. */
const AXE_SOURCE = readFileSync(path.join(REPO_ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");

/**
 * The rules `axe` runs, by axe-core's tags: WCAG 2.0 and 2.1 at levels A and AA, and axe's best
 * practices (landmarks, heading order, one main heading, unique landmark names and the like),
 * which are not WCAG failures on their own but are what a screen-reader user navigates by.
 */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/**
 * Runs axe-core on `target` (a Playwright page or frame) and returns its violations:
 * `[{ id, impact, help, helpUrl, nodes: [{ target, summary }] }]`. `include` and `exclude` are
 * axe's context (CSS selectors; an element's shadow root is checked with it). `disable` lists rule
 * ids to leave out, for a part of a page whose surroundings are another page's business.
 */
export async function axe(target, { include, exclude, disable = [] } = {}) {
  if (!(await target.evaluate(() => typeof window.axe === "object"))) await target.evaluate(AXE_SOURCE);
  return target.evaluate(
    async ({ include, exclude, tags, disable }) => {
      const context = include || exclude ? { ...(include && { include }), ...(exclude && { exclude }) } : document;
      const { violations } = await window.axe.run(context, {
        runOnly: { type: "tag", values: tags },
        rules: Object.fromEntries(disable.map((id) => [id, { enabled: false }])),
        resultTypes: ["violations"],
      });
      return violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary })),
      }));
    },
    { include, exclude, tags: AXE_TAGS, disable },
  );
}

/** Violations as lines to read in a failed test: rule id, impact and help text, then each element and why. */
export function formatViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => {
        const why = (n.summary || "").split("\n").map((l) => l.trim()).filter(Boolean).join(" ");
        return `    ${JSON.stringify(n.target)}${why ? `: ${why}` : ""}`;
      });
      return [`  ${v.id} (${v.impact}): ${v.help} <${v.helpUrl}>`, ...nodes].join("\n");
    })
    .join("\n");
}

/** A built-in model as the chooser names it, with the counts the tests rely on read from its file. */
function builtIn(id, name) {
  const model = JSON.parse(readFileSync(path.join(REPO_ROOT, "models", `${id}.json`), "utf8"));
  const perDimension = model.dimensions.map((d) => model.questions.filter((q) => q.dimension === d.id).length);
  return { id, name, version: model.version, questions: model.questions.length, perDimension };
}

/** The four built-in models. */
export const MODELS = {
  sixStage: builtIn("six-stage", "Six-stage CX maturity"),
  fourPhases: builtIn("four-phases", "Four-phase CX maturity path"),
  fourStages: builtIn("four-stages", "Four-stage CX practice checklist"),
  ebd: builtIn("ebd", "Experience-Based Differentiation self-test"),
};

/** One answer per question: `per[d]` for every question of dimension `d` (questions are grouped by dimension). */
export const byDimension = (model, per) => model.perDimension.flatMap((n, d) => times(n, per[d]));

export const progressKey = (modelId) => `cx-maturity/progress/${modelId}`;

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Page object: the app as a person sees and uses it. Option numbers are 1-based, as on screen. */
export class AssessmentPage {
  constructor(page, baseUrl, watch) {
    this.page = page;
    this.baseUrl = baseUrl;
    this.watch = watch;
  }

  // ---- whole page ----

  /** Loads the app and waits until it has started. */
  async open() {
    await this.page.goto(this.baseUrl + "/");
    await this.waitForApp();
  }

  async reload() {
    await this.page.reload();
    await this.waitForApp();
  }

  /**
   * Waits until the app shows a screen: not the intro prerendered into the page (its root is
   * marked `data-cxm-prerendered`), which is there before the wasm has started.
   */
  async waitForApp() {
    await this.page.locator(".cxm:not([data-cxm-prerendered]) .cxm-screen").first().waitFor();
  }

  /** "intro", "question", "result" or "methodology". */
  async screen() {
    const el = this.page.locator(".cxm .cxm-screen").first();
    await el.waitFor();
    const cls = await el.getAttribute("class");
    return ["intro", "question", "result", "methodology"].find((s) => cls.split(/\s+/).includes(`cxm-${s}`));
  }

  /**
   * Waits for a screen. The result and methodology fill in their body after the heading, so
   * for them this also waits for the part every one of them ends with (the sources; the crosswalk).
   */
  async waitForScreen(name) {
    await this.page.locator(`.cxm .cxm-screen.cxm-${name}`).waitFor();
    if (name === "result") await this.page.locator(".cxm-result .cxm-footnotes").waitFor();
    if (name === "methodology") await this.page.locator(".cxm-methodology #cxm-method-crosswalk").waitFor();
  }

  async pressKey(key) {
    await this.page.keyboard.press(key);
  }

  /** What has keyboard focus: tag, id, type, checked, and its trimmed text. */
  async focused() {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const label = el.closest("label");
      return {
        tag: el.tagName.toLowerCase(),
        id: el.id,
        type: el.getAttribute("type"),
        checked: el.checked === true,
        text: (el.textContent || "").trim(),
        label: label ? label.textContent.trim() : null,
      };
    });
  }

  /** Waits until the element matching `selector` has keyboard focus (the app moves it there). */
  async waitForFocus(selector) {
    try {
      await this.page.waitForFunction((sel) => document.activeElement?.matches(sel) === true, selector, {
        timeout: TIMEOUT,
      });
    } catch {
      assert.fail(`focus should be on ${selector} but is on ${JSON.stringify(await this.focused())}`);
    }
  }

  /** The notices shown, one line each, oldest first, joined by newlines; null when none is shown. */
  async notice() {
    const lines = (await this.page.locator(".cxm-notice p").allTextContents()).map((l) => l.trim());
    return lines.length ? lines.join("\n") : null;
  }

  /** Waits for a notice matching `pattern`; returns its line. */
  async waitForNotice(pattern) {
    const line = this.page.locator(".cxm-notice p", { hasText: pattern }).first();
    await line.waitFor();
    return (await line.textContent()).trim();
  }

  /** Dismisses the first notice (each has its own button) and waits until it has gone. */
  async dismissNotice() {
    const count = await this.page.locator(".cxm-notice").count();
    await this.page.locator(".cxm-notice").first().getByRole("button", { name: "Dismiss" }).click();
    await this.page.waitForFunction((n) => document.querySelectorAll(".cxm-notice").length < n, count);
  }

  button(name) {
    return this.page.locator(".cxm-screen").getByRole("button", { name, exact: true });
  }

  async storageItem(key) {
    return this.page.evaluate((k) => window.localStorage.getItem(k), key);
  }

  /** Waits until the progress record under `key` has the given `answers` and `current` question. */
  async waitForSaved(key, { answers, current }) {
    await this.page.waitForFunction(
      ([k, a, c]) => {
        try {
          const saved = JSON.parse(localStorage.getItem(k));
          return saved.answers === a && saved.current === c;
        } catch {
          return false;
        }
      },
      [key, answers, current],
    );
  }

  async horizontalOverflow() {
    return this.page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
  }

  // ---- intro ----

  modelChoice(name) {
    return this.page.locator("label.cxm-choice").filter({
      has: this.page.locator(".cxm-choice__name", { hasText: new RegExp(`^${escapeRe(name)}$`) }),
    });
  }

  async modelNames() {
    return this.page.locator(".cxm-choice__name").allTextContents();
  }

  async chosenModel() {
    return this.page
      .locator("label.cxm-choice")
      .filter({ has: this.page.locator("input:checked") })
      .locator(".cxm-choice__name")
      .textContent();
  }

  /** Chooses a model by clicking its visible name in the chooser. */
  async choose(name) {
    await this.waitForScreen("intro");
    const choice = this.modelChoice(name);
    await choice.locator(".cxm-choice__name").click();
    await choice.locator("input[type=radio]:checked").waitFor({ state: "attached" });
  }

  /** The intro's main button ("Start the assessment" or "Continue (…)"). */
  startButton() {
    return this.page.locator(".cxm-intro .cxm-actions .cxm-button--primary");
  }

  async start() {
    await this.startButton().click();
    await this.page.locator(".cxm-question, .cxm-result").first().waitFor();
  }

  // ---- question ----

  async questionLabel() {
    const text = await this.page.locator(".cxm-progress__label").textContent();
    return text.match(/^Question \d+ of \d+/)[0];
  }

  /** {n, total} of the open question. */
  async questionNumber() {
    const [, n, total] = (await this.questionLabel()).match(/^Question (\d+) of (\d+)/);
    return { n: Number(n), total: Number(total) };
  }

  async waitForQuestion(n) {
    await this.page.locator(".cxm-progress__label", { hasText: new RegExp(`^Question ${n} of \\d+`) }).waitFor();
  }

  async dimensionLabel() {
    return (await this.page.locator(".cxm-progress__dimension").textContent()).trim();
  }

  async prompt() {
    return (await this.page.locator(".cxm-question legend h2").textContent()).trim();
  }

  options() {
    return this.page.locator(".cxm-question .cxm-option");
  }

  async optionLabels() {
    return this.page.locator(".cxm-question .cxm-option .cxm-option__label").allTextContents();
  }

  /** Clicks the label of option n (1-based; the last one is "Not sure"). */
  async answer(n) {
    const option = this.options().nth(n - 1);
    await option.locator(".cxm-option__label").click();
    await option.locator("input:checked").waitFor({ state: "attached" });
  }

  /** The 1-based number of the checked option, 0 when none is. */
  async checkedOption() {
    return this.page.locator(".cxm-question .cxm-option input").evaluateAll(
      (inputs) => inputs.findIndex((i) => i.checked) + 1,
    );
  }

  nextButton() {
    return this.page.locator(".cxm-nav .cxm-button--primary");
  }

  /** Clicks Next (or "See my result") and waits for the next question or the result. */
  async next() {
    const { n, total } = await this.questionNumber();
    await this.nextButton().click();
    if (n === total) await this.waitForScreen("result");
    else await this.waitForQuestion(n + 1);
  }

  /** Clicks Back and waits for the previous question (or the intro from question 1). */
  async back() {
    const { n } = await this.questionNumber();
    await this.page.locator(".cxm-nav").getByRole("button", { name: "Back", exact: true }).click();
    if (n === 1) await this.waitForScreen("intro");
    else await this.waitForQuestion(n - 1);
  }

  /**
   * Answers from the open question on, by mouse: `answers[i]` is the option number for the
   * i-th question answered. Ends on the result when the list reaches the last question.
   */
  async answerAll(answers) {
    for (const a of answers) {
      await this.answer(a);
      await this.next();
    }
  }

  // ---- "Start over" ----

  startOverLink() {
    return this.page.locator(".cxm-start-over").getByRole("button", { name: "Start over", exact: true });
  }

  confirmation() {
    return this.page.locator(".cxm-confirm");
  }

  // ---- result ----

  async resultHeading() {
    await this.waitForScreen("result");
    return (await this.page.locator("#cxm-result-title").textContent()).trim();
  }

  async text(selector) {
    const l = this.page.locator(selector);
    return (await l.count()) ? (await l.first().textContent()).trim() : null;
  }

  async resultModel() {
    return this.text(".cxm-result__model");
  }

  async stageComplete() {
    return this.text(".cxm-stage__complete");
  }

  async chasmNote() {
    return this.text(".cxm-chasm-note:not(.cxm-held-note)");
  }

  /** Why the lowest area held the stage down, when it did. */
  async heldNote() {
    return this.text(".cxm-held-note");
  }

  async confidence() {
    return this.text(".cxm-confidence");
  }

  /** Benchmarks shown in the stage card (the ones about the overall result). */
  async overallBenchmarks() {
    return (await this.page.locator(".cxm-standing .cxm-benchmark").allTextContents()).map((t) => t.trim());
  }

  /** Steps of the ladder, top first: {number, name, here, done}. */
  async ladder() {
    return this.page.locator(".cxm-ladder .cxm-ladder__step").evaluateAll((lis) =>
      lis.map((li) => ({
        number: Number(li.querySelector(".cxm-ladder__number").textContent),
        name: li.querySelector(".cxm-ladder__name").textContent.trim(),
        here: li.getAttribute("aria-current") === "step",
        done: !!li.querySelector(".cxm-ladder__done"),
      })),
    );
  }

  /** The "By dimension" list: {name, status, detail, weak, benchmarks}. */
  async dimensions() {
    return this.page.locator(".cxm-dimensions .cxm-dimension").evaluateAll((lis) =>
      lis.map((li) => ({
        name: li.querySelector(".cxm-dimension__name").textContent.trim(),
        status: li.querySelector(".cxm-dimension__status")?.textContent.trim() ?? null,
        detail: li.querySelector(".cxm-dimension__detail").textContent.trim(),
        weak: li.classList.contains("cxm-dimension--weak"),
        benchmarks: [...li.querySelectorAll(".cxm-benchmark")].map((b) => b.textContent.trim()),
      })),
    );
  }

  /** Names listed under "What holds you back" ([] when the section is absent). */
  async holdingBack() {
    return this.page
      .locator('section[aria-labelledby="cxm-holding-title"] li strong')
      .allTextContents();
  }

  async hasSection(title) {
    return (await this.page.locator(".cxm-result h2", { hasText: new RegExp(`^${escapeRe(title)}$`) }).count()) > 0;
  }

  /**
   * Every step of the action plan in order (the first three, then the folded rest): its area, its
   * text (the area and the step) and the answer it leads to.
   */
  async actionPlan() {
    return this.page
      .locator('section[aria-labelledby="cxm-steps-title"] li')
      .evaluateAll((lis) =>
        lis.map((li) => {
          const target = li.querySelector(".cxm-step__target");
          return {
            dimension: li.querySelector(".cxm-step__dimension").textContent.trim(),
            text: li.textContent.slice(0, li.textContent.length - (target?.textContent.length ?? 0)).trim(),
            leadsTo: target?.textContent.trim().replace(/^Leads to: /, "") ?? null,
            folded: !!li.closest("details"),
          };
        }),
      );
  }

  /** "How your answers compare": {question, answer, benchmark}. */
  async comparisons() {
    return this.page.locator(".cxm-compare > li").evaluateAll((lis) =>
      lis.map((li) => ({
        question: li.querySelector(".cxm-compare__question").textContent.trim(),
        answer: li.querySelector("strong").textContent.trim(),
        benchmark: li.querySelector(".cxm-benchmark").textContent.trim(),
      })),
    );
  }

  /** Every published figure on the result, wherever it is shown. */
  async allBenchmarks() {
    return (await this.page.locator(".cxm-result .cxm-benchmark").allTextContents()).map((t) => t.trim());
  }

  /** Rows of the crosswalk table: {model, stage, text} (model without its footnote mark). */
  async crosswalk() {
    return this.page.locator(".cxm-crosswalk tbody tr").evaluateAll((trs) =>
      trs.map((tr) => ({
        model: tr.querySelector("th").textContent.replace(/\s*\(source \d+\)\s*$/, "").trim(),
        stage: tr.querySelector(".cxm-crosswalk__stage").textContent.trim(),
        text: tr.querySelector("td").textContent.replace(/\s+/g, " ").trim(),
      })),
    );
  }

  async keepDoingItems() {
    return this.page.locator(".cxm-keep .cxm-checklist li label").allTextContents();
  }

  async footnotes() {
    return this.page.locator(".cxm-footnotes li").allTextContents();
  }

  // ---- methodology ----

  async openMethodology() {
    await this.button("How this is scored").click();
    await this.waitForScreen("methodology");
  }

  /** Each model's section: {name, rules: [text]}. */
  async methodologySections() {
    return this.page.locator(".cxm-methodology .cxm-method").evaluateAll((sections) =>
      sections.map((s) => {
        const h3 = [...s.querySelectorAll("h3")].find((h) => h.textContent.trim() === "How answers become a result");
        const list = h3 && h3.nextElementSibling;
        return {
          name: s.querySelector("h2").textContent.trim(),
          rules: list ? [...list.querySelectorAll("li")].map((li) => li.textContent.trim()) : [],
        };
      }),
    );
  }
}

/** Answers the open question of the widget `widget` (a locator) with option n (1-based) and moves on. */
export async function answerIn(widget, n) {
  const label = (await widget.locator(".cxm-progress__label").textContent()).trim();
  await widget.locator(".cxm-option").nth(n - 1).locator(".cxm-option__label").click();
  await widget.locator(".cxm-nav .cxm-button--primary").click();
  const [, at, total] = label.match(/Question (\d+) of (\d+)/);
  if (at === total) await widget.locator(".cxm-result .cxm-footnotes").waitFor();
  else await widget.locator(".cxm-progress__label", { hasText: `Question ${Number(at) + 1} of` }).waitFor();
}

/** `n` copies of `value`. */
export const times = (n, value) => Array.from({ length: n }, () => value);

/**
 * Registers `before`/`after` hooks for a host page with its own router (e2e/hosts/router.*: it
 * routes on its fragment and keeps state in `history.state`), served with the release's widget
 * bundle under /widget/. `host.server` is its server once the hooks have run; `host.open(t, url)`
 * opens it in a fresh context of `suite`, watched, once its widget `#one` shows its first screen.
 */
export function setupRouterHost(suite) {
  const host = { server: null, dir: null };
  host.open = async (t, url = host.server.url + "/") => {
    const { page, watch } = await suite.newApp(t, { server: host.server });
    await page.goto(url);
    await page.locator("#one .cxm-screen").waitFor();
    return { page, watch };
  };
  before(async () => {
    host.dir = await mkdtemp(path.join(tmpdir(), "cxm-router-"));
    await cp(path.join(DIST, "embed"), path.join(host.dir, "widget"), { recursive: true });
    await cp(path.join(REPO_ROOT, "e2e", "hosts", "router.html"), path.join(host.dir, "index.html"));
    await cp(path.join(REPO_ROOT, "e2e", "hosts", "router.js"), path.join(host.dir, "router.js"));
    host.server = await startServer(host.dir);
  });
  after(async () => {
    await host.server?.close();
    if (host.dir) await rm(host.dir, { recursive: true, force: true });
  });
  return host;
}

/** A host page's own navigation: its fragment, history state and length, and the routes its router saw. */
export const hostState = (page) =>
  page.evaluate(() => ({ hash: location.hash, state: history.state, length: history.length, routes: window.routes }));
