// The language part of `make bench` (issue 22): on a question, with the CPU 4× slower, from a pick
// in the standalone page's language picker until the question is on screen in that language:
// its file fetched from the app's own server and read, and the screen built again.

import { openSlowedApp } from "./history.mjs";

/** The language picked, from English. */
export const TO = "de";

/** ms from the pick to the frame after the first question showed in German. */
export async function switchRun(browser, origin) {
  // Requests elsewhere are recorded and fail the run, but not routed: the language's file is timed.
  const { page, close } = await openSlowedApp(browser, origin, { block: false });
  await page.locator(".cxm:not([data-cxm-prerendered]) .cxm-intro .cxm-button--primary").click();
  await page.locator(".cxm-question h2").waitFor();
  // The later screens' code, which reads a language's file, comes when the intro is left.
  await page.waitForLoadState("networkidle");
  const took = await page.evaluate(async (to) => {
    const heading = () => document.querySelector(".cxm-question h2")?.textContent;
    const english = heading();
    const picker = document.getElementById("cxm-language");
    const start = performance.now();
    picker.value = to;
    picker.dispatchEvent(new Event("change", { bubbles: true }));
    while (!(document.querySelector(".cxm").lang === to && heading() && heading() !== english)) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now() - start;
  }, TO);
  await close();
  return took;
}
