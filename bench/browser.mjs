// The browser half of `make bench`: one page load per fresh context, throttled through the
// DevTools protocol before anything loads, timed by the probes in ./probes.mjs. Other hosts are
// refused (e2e/support.mjs's Watch), and a run with a request elsewhere, a console error or an
// uncaught error fails the benchmark.

import { Watch } from "../e2e/support.mjs";
import { probe, stepsProbe } from "./probes.mjs";

/** How much slower the CPU is made for page loads (Lighthouse's mobile setting). */
export const CPU_SLOWDOWN = 4;

// Lighthouse counts 1 kbit as 1,024 bits and 1 Mbit as 1,024 kbit (throughputKbps: 1.6 * 1024).
const kbitPerSecond = (kbit) => (kbit * 1024) / 8;

/** The network profiles page loads run under (Network.emulateNetworkConditions parameters). */
export const PROFILES = [
  { id: "none", title: "network not throttled", network: null },
  {
    id: "mobile",
    title: "Lighthouse mobile network: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up",
    network: {
      offline: false,
      latency: 150,
      downloadThroughput: kbitPerSecond(1.6 * 1024),
      uploadThroughput: kbitPerSecond(750),
    },
  },
];

const VIEWPORT = { width: 1000, height: 800 };
const TIMEOUT = 60_000;

/**
 * A fresh context and page for `origin`, with `init` (a probe and its argument) installed and
 * the CPU and network throttled before anything loads. `transfer.bytes` adds up the bytes
 * received over the wire (Network.loadingFinished's encodedDataLength: headers and gzipped body).
 */
async function openPage(browser, origin, { init = null, cpu = 1, network = null }) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: "block" });
  context.setDefaultTimeout(TIMEOUT);
  const watch = new Watch(context, origin);
  await watch.install();
  if (init) await context.addInitScript(...init);
  const page = await context.newPage();
  watch.attach(page);
  const cdp = await context.newCDPSession(page);
  const transfer = { bytes: 0 };
  cdp.on("Network.loadingFinished", (e) => (transfer.bytes += e.encodedDataLength));
  await cdp.send("Network.enable");
  if (network) await cdp.send("Network.emulateNetworkConditions", network);
  if (cpu !== 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
  const close = async () => {
    const problems = watch.problems();
    await context.close();
    if (problems.length) throw new Error(`${origin}: ${problems.join(" | ")}`);
  };
  return { page, cdp, transfer, close };
}

/**
 * Waits until the probe has set `window.__bench.marks[name]` and returns it, asking through the
 * DevTools protocol every 10 ms. Not `page.waitForFunction`: that evaluates Playwright's injected
 * script in the page first, 65 ms of main-thread work at the CPU slowdown (a trace showed it in
 * the middle of the app's start-up), which would be timed as the page's own.
 */
async function mark(cdp, name) {
  const expression = `window.__bench && window.__bench.marks[${JSON.stringify(name)}]`;
  for (const until = Date.now() + TIMEOUT; Date.now() < until; ) {
    const { result } = await cdp.send("Runtime.evaluate", { expression, returnByValue: true });
    if (typeof result.value === "number") return result.value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`the page never set the mark "${name}"`);
}

/** Answers with the first radio matching `selector` (clicking its label, as a person would) and
 * fails unless it ends up checked. */
async function answerFirst(page, selector) {
  const radio = page.locator(selector).first();
  const label = radio.locator("xpath=ancestor::label[1]");
  await ((await label.count()) ? label : radio).click();
  await page.waitForFunction((s) => document.querySelector(s).checked === true, selector);
}

const QUESTION_RADIO = ".cxm-question .cxm-options input[type=radio]";

/**
 * Loads `target` ({ url, radio, live, app }) once under `profile` with the CPU slowed down.
 * Returns `first` (ms from navigation start until the first option was visible; it is then
 * answered), `bytes` received by then (so not the app's split file, fetched when the intro is
 * left), and for the app `live`: ms from navigation start until the first option matching
 * `target.live` was visible (the app's own, not the intro prerendered into the page), and
 * `start`: ms from the click on "Start the assessment", made once the app is live, until the first
 * question's first option was visible (it is then answered too).
 */
export async function loadRun(browser, target, profile) {
  const { page, cdp, transfer, close } = await openPage(browser, target.url, {
    init: [probe, { first: target.radio, live: target.live }],
    cpu: CPU_SLOWDOWN,
    network: profile.network,
  });
  await page.goto(target.url + "/", { waitUntil: "commit" });
  const first = await mark(cdp, "first");
  await answerFirst(page, target.radio);
  const bytes = transfer.bytes;
  let live = null;
  let start = null;
  if (target.app) {
    live = await mark(cdp, "live");
    await page.evaluate((radio) => {
      window.__bench.watch("question", radio);
      window.__bench.markClick("start");
    }, QUESTION_RADIO);
    await page.getByRole("button", { name: "Start the assessment", exact: true }).click();
    start = (await mark(cdp, "question")) - (await mark(cdp, "start"));
    await answerFirst(page, QUESTION_RADIO);
  }
  await close();
  return { first, live, start, bytes };
}

/**
 * How long each key is held, as a person holds it (typing studies put a key's hold at about
 * 80-120 ms). Playwright's default, 0, sends the keyup within 2-5 ms of the keydown: a Chromium
 * trace showed that keyup, a discrete input of its own, arriving just after the new question's
 * frame was committed and the scheduler then holding the probe's message back until the frame
 * after it, so a step painted in 4 ms was counted as 17 ms.
 */
export const KEY_HOLD = 80;

/**
 * Takes a test once by keyboard ("1", then Enter, on every question, each held KEY_HOLD ms), with
 * nothing throttled:
 * the app's default test, or the floor's (`path` "/next.html"). Returns, for every question but
 * the last (whose Enter opens the result), `{ changed, painted }`: ms from the Enter keydown
 * until the next question's heading changed, and until the frame showing it was painted.
 */
export async function stepsRun(browser, origin, path) {
  const { page, close } = await openPage(browser, origin, { init: [stepsProbe] });
  await page.goto(origin + path);
  await page.getByRole("button", { name: "Start the assessment", exact: true }).click();
  const label = page.locator(".cxm-progress__label");
  await label.waitFor();
  const total = Number((await label.textContent()).match(/^Question \d+ of (\d+)/)[1]);
  for (let q = 1; q <= total; q++) {
    await page.keyboard.press("1", { delay: KEY_HOLD });
    await page.locator(".cxm-question .cxm-options input:checked").waitFor({ state: "attached" });
    await page.keyboard.press("Enter", { delay: KEY_HOLD });
    // Nothing more is typed until the next question has been painted and timed.
    if (q < total) await page.waitForFunction((n) => window.__steps.length === n, q);
  }
  await page.locator(".cxm-result").waitFor();
  const steps = await page.evaluate(() => window.__steps);
  await close();
  return steps;
}

/**
 * Checks that the CPU slowdown reaches the page: the same busy loop, timed in the page, with and
 * without it (best of three each). Returns { plain, slowed } in ms.
 */
export async function cpuCheck(browser, url) {
  const time = async (cpu) => {
    const { page, close } = await openPage(browser, url, { cpu });
    await page.goto(url + "/");
    const best = await page.evaluate(() => {
      const once = () => {
        const t = performance.now();
        let x = 0;
        for (let i = 0; i < 5e6; i++) x = (x + i * 7) % 1000003;
        return x >= 0 ? performance.now() - t : 0;
      };
      return Math.min(once(), once(), once());
    });
    await close();
    return best;
  };
  return { plain: await time(1), slowed: await time(CPU_SLOWDOWN) };
}
