// Puts the intro into a release build's index.html (called by scripts/post-build.mjs), so that a
// visitor sees it and can pick a model as soon as the HTML and the stylesheet are in, before the
// JS glue and the wasm have arrived and started.
//
// The markup is the app's own: the staged build is opened in headless Chromium with empty
// storage, and the intro it renders is copied as it stands, so it never drifts from the
// components. A radio's checked state is a property the app sets, so it is written out as the
// `checked` attribute, and Leptos's placeholder comments are left out. The copy's root is marked
// `data-cxm-prerendered`; the app replaces it when it starts, and the page's loader
// (web/start.js) carries over what the visitor did there.

import { startServer, launchBrowser, closeBrowser, Watch } from "../e2e/support.mjs";

/** The attribute marking the prerendered copy of the app's root. */
const PRERENDERED = "data-cxm-prerendered";

/** The intro of the release build staged in `dir`, as the app renders it for a first visit. */
export async function prerender(dir) {
  const server = await startServer(dir);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ serviceWorkers: "block" });
    const watch = new Watch(context, server.url);
    await watch.install();
    const page = await context.newPage();
    watch.attach(page);
    await page.goto(server.url + "/");
    await page.locator("#cx-maturity > .cxm > .cxm-intro input[type=radio]").first().waitFor({ timeout: 30_000 });
    const markup = await page.evaluate((marker) => {
      const root = document.querySelector("#cx-maturity > .cxm");
      for (const input of root.querySelectorAll("input")) input.toggleAttribute("checked", input.checked);
      const copy = root.cloneNode(true);
      // Leptos's empty comments mark where its views go; a static page has no use for them.
      const comments = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
      const found = [];
      while (comments.nextNode()) found.push(comments.currentNode);
      for (const comment of found) comment.remove();
      copy.setAttribute(marker, "");
      return copy.outerHTML;
    }, PRERENDERED);
    const problems = watch.problems();
    if (problems.length) throw new Error(`prerender: the page had problems: ${problems.join(" | ")}`);
    return markup;
  } finally {
    await closeBrowser(browser);
    await server.close();
  }
}
