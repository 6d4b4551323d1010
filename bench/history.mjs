// The big-history half of `make bench` (issue 18): 10,000 saved results with the CPU 4× slower,
// and an import of 10,000 results in one tab while another tab of the app is open.
//
// Times are taken in the page (`performance.now()`), from the click to the first animation frame
// after the screen shows what the click asked for, so Playwright's own round trips are not
// counted.

import { CPU_SLOWDOWN } from "./browser.mjs";
import { Watch } from "../e2e/support.mjs";

export const RESULTS = 10_000;

/** `n` saved results of `model` (its id, version and question count), as the app stores them. */
export function savedResults(model, n) {
  return Array.from({ length: n }, (_, i) => ({
    format: 1,
    id: `b${String(i).padStart(5, "0")}`,
    taken: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    model: model.id,
    version: model.version,
    answers: Array.from({ length: model.questions }, (_, q) => String((i + q) % 6)).join(""),
  }));
}

/** An export file of `results`. */
export const exportFile = (results) =>
  JSON.stringify({ format: "cx-maturity-export", version: 1, exported: new Date().toISOString(), results });

export async function openContext(browser, origin, { block = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, serviceWorkers: "block" });
  context.setDefaultTimeout(120_000);
  const watch = new Watch(context, origin);
  await watch.install({ block });
  const close = async () => {
    const problems = watch.problems();
    await context.close();
    if (problems.length) throw new Error(`${origin}: ${problems.join(" | ")}`);
  };
  return { context, watch, close };
}

export async function slowedPage(context, watch, cpu) {
  const page = await context.newPage();
  watch.attach(page);
  const cdp = await context.newCDPSession(page);
  if (cpu !== 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
  return page;
}

/**
 * The app at `origin` in a fresh context, the CPU slowed down; `close` fails on a request
 * elsewhere, which with `block: false` is recorded but not refused (see `Watch.install`).
 */
export async function openSlowedApp(browser, origin, { block = true } = {}) {
  const { context, watch, close } = await openContext(browser, origin, { block });
  const page = await slowedPage(context, watch, CPU_SLOWDOWN);
  await page.goto(origin + "/");
  return { page, close };
}

/**
 * Clicks the button named `name` (a RegExp source) and resolves to the ms until the frame after
 * `done` (a JavaScript expression) became true.
 */
export function timedClick(page, name, done) {
  return page.evaluate(
    async ({ name, done }) => {
      const button = [...document.querySelectorAll(".cxm button")].find((b) => new RegExp(name).test(b.textContent.trim()));
      if (!button) throw new Error(`no button ${name}`);
      const start = performance.now();
      button.click();
      // eslint-disable-next-line no-new-func
      const check = new Function(`return (${done});`);
      while (!check()) await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now() - start;
    },
    { name, done },
  );
}

/**
 * With RESULTS saved results and the CPU slowed down: ms from navigation start until the app's
 * own intro is there (`live`) and until it offers the results (`open`), from "My results" until the first page of them is listed and scored
 * (`list`), from a row's "Delete" until it is gone (`delete`) and from "Undo" until it is back
 * (`undo`).
 */
export async function bigHistoryRun(browser, origin, model) {
  const { context, watch, close } = await openContext(browser, origin);
  const seed = await context.newPage();
  await seed.goto(origin + "/");
  await seed.evaluate((results) => {
    localStorage.clear();
    for (const r of results) localStorage.setItem(`cx-maturity/results/${r.id}`, JSON.stringify(r));
  }, savedResults(model, RESULTS));
  await seed.close();
  const page = await slowedPage(context, watch, CPU_SLOWDOWN);
  // Marks, from navigation start: the app's own intro is there, and it offers the saved results.
  await page.addInitScript((label) => {
    window.__opened = {};
    const seen = () => {
      const live = document.querySelector(".cxm:not([data-cxm-prerendered]) input[type=radio]");
      if (live && !window.__opened.live) window.__opened.live = performance.now();
      const offered = [...document.querySelectorAll(".cxm:not([data-cxm-prerendered]) button")].some((b) => b.textContent.trim() === label);
      if (offered && !window.__opened.offered) window.__opened.offered = performance.now();
    };
    new MutationObserver(seen).observe(document, { childList: true, subtree: true, characterData: true });
  }, `My results (${RESULTS})`);
  await page.goto(origin + "/", { waitUntil: "commit" });
  await page.waitForFunction(() => window.__opened && window.__opened.offered, null, { polling: 100 });
  const { live, offered: open } = await page.evaluate(() => window.__opened);
  const list = await timedClick(
    page,
    "^My results",
    `document.querySelectorAll(".cxm-saved").length > 0 && !document.querySelector(".cxm-saved__result").textContent.includes("Loading")`,
  );
  const first = await page.locator(".cxm-saved").first().locator("input[type=checkbox]").getAttribute("id");
  const del = await page.evaluate(async (first) => {
    const row = document.getElementById(first).closest(".cxm-saved");
    const start = performance.now();
    row.querySelector(".cxm-saved__actions button:last-child").click();
    while (document.getElementById(first)) await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now() - start;
  }, first);
  const undo = await timedClick(page, "^Undo$", `!!document.getElementById(${JSON.stringify(first)})`);
  await close();
  return { live, open, list, delete: del, undo };
}

/**
 * Tab A imports an export of RESULTS results while tab B, open on the intro of the same app,
 * records its long tasks. Returns the ms tab A took (until its status said so) and the longest
 * task on tab B's main thread while it followed the import (`longest`, ms; 0 when none passed
 * 50 ms, the browser's threshold for a long task).
 */
export async function importRun(browser, origin, model) {
  const { context, watch, close } = await openContext(browser, origin);
  const a = await slowedPage(context, watch, 1);
  const b = await slowedPage(context, watch, 1);
  await a.goto(origin + "/");
  await b.goto(origin + "/");
  for (const p of [a, b]) await p.locator(".cxm:not([data-cxm-prerendered]) .cxm-screen").waitFor();
  await b.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: "longtask" });
  });
  await a.getByRole("button", { name: /^My results/ }).click();
  await a.locator("#cxm-import").waitFor();
  const file = exportFile(savedResults(model, RESULTS));
  const started = Date.now();
  await a.locator("#cxm-import").setInputFiles({ name: "export.json", mimeType: "application/json", buffer: Buffer.from(file) });
  await a.locator(".cxm-history__status", { hasText: /^Imported/ }).waitFor();
  const took = Date.now() - started;
  const label = `My results (${RESULTS})`;
  await b.locator("button", { hasText: label }).waitFor();
  const longest = await b.evaluate(() => window.__longest);
  await close();
  return { took, longest };
}
