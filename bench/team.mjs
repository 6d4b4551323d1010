// The team-view part of `make bench` (issue 23): 1,000 share links pasted into the team view with
// the CPU 4× slower, from "Add to the team" until the picture of 1,000 people is on screen (timed
// in the page, as bench/history.mjs times its clicks).

import { openSlowedApp, timedClick } from "./history.mjs";
import { manyPayloads } from "../e2e/links.mjs";

export const PEOPLE = 1000;

/** ms from the click to the frame after the picture of PEOPLE people showed. */
export async function teamRun(browser, origin) {
  const { page, close } = await openSlowedApp(browser, origin);
  await page.locator(".cxm:not([data-cxm-prerendered]) #cxm-open-team").click();
  await page.locator("#cxm-team-text").waitFor();
  const text = manyPayloads(PEOPLE).map((p) => `Link from a chat: ${origin}/#result=${p}`).join("\n");
  await page.locator("#cxm-team-text").fill(text);
  const took = await timedClick(
    page,
    "^Add to the team$",
    `[...document.querySelectorAll(".cxm-team-group h2")].some((h) => h.textContent.endsWith(": ${PEOPLE} people"))`,
  );
  await close();
  return took;
}
