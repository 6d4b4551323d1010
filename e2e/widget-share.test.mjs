// Issue 20: share links made in a widget open without the widget ever reading its host page's
// address. By default a link opens the widget's own page (frame.html, which hands its fragment to
// the element); with `share-url` it opens the host's page, which hands the fragment to the
// element's `result` attribute itself. The host here routes on its own fragment and keeps state in
// `history.state` (e2e/hosts/router.*), and both must be left as they were. A team view in a
// widget makes its team links the same way.

import { test } from "node:test";
import assert from "node:assert/strict";
import { setupSuite, setupRouterHost, hostState, MODELS } from "./support.mjs";
import { resultPayload, uniform } from "./links.mjs";

const suite = setupSuite();
const router = setupRouterHost(suite);

/** Answers every six-stage question in `widget` with its third option; returns the result's heading. */
async function completeSixStage(widget) {
  await widget.getByRole("button", { name: "Start the assessment" }).click();
  for (let i = 0; i < MODELS.sixStage.questions; i++) {
    await widget.locator(".cxm-option").nth(2).locator(".cxm-option__label").click();
    await widget.locator(".cxm-nav .cxm-button--primary").click();
  }
  return (await widget.locator("#cxm-result-title").textContent()).trim();
}

test("a share link made in a widget opens the widget's own page, and the host's fragment and history are untouched", async (t) => {
  const { page, watch } = await router.open(t, `${router.server.url}/#pricing`);
  const before = await hostState(page);
  assert.deepEqual(before.state, { router: "host-state", key: 42 });
  const widget = page.locator("#one");
  const heading = await completeSixStage(widget);
  assert.match(heading, /^Your result: stage \d of 6, /);
  const link = await widget.locator("#cxm-share-link").inputValue();
  assert.ok(link.startsWith(`${router.server.url}/widget/frame.html#result=`), `the link opens the widget's own page: ${link}`);
  assert.deepEqual(await hostState(page), before, "the host's address, state and history are as they were");

  watch.assertClean();

  // A colleague opens the link in a browser of their own.
  const { page: opened, watch: theirs } = await suite.newApp(t, { server: router.server });
  await opened.goto(link);
  const shared = opened.locator("cx-maturity #cxm-result-title");
  await shared.waitFor();
  assert.equal((await shared.textContent()).trim(), heading.replace(/^Your result/, "Shared result"));
  // They can take the test themselves, in the same widget.
  await opened.getByRole("button", { name: "Take the test yourself" }).click();
  await opened.getByRole("button", { name: "Start the assessment" }).waitFor();
  theirs.assertClean();
});

test("with share-url a widget's links open the host's page, which hands the fragment to the result attribute", async (t) => {
  const { page, watch } = await router.open(t, `${router.server.url}/#team`);
  const before = await hostState(page);
  // A second widget that makes links to the host's own page.
  await page.evaluate((origin) => {
    const el = Object.assign(document.createElement("cx-maturity"), { id: "two" });
    el.setAttribute("share-url", `${origin}/?from=widget#ignored`);
    document.body.append(el);
  }, router.server.url);
  const maker = page.locator("#two");
  await maker.locator(".cxm-screen").waitFor();
  const heading = await completeSixStage(maker);
  const link = await maker.locator("#cxm-share-link").inputValue();
  assert.ok(link.startsWith(`${router.server.url}/?from=widget#result=`), `the link opens the host's page: ${link}`);
  assert.deepEqual(await hostState(page), before, "making the link changed nothing of the host's");

  watch.assertClean();

  // A colleague opens the link; the host's page passes its fragment on as the host's own script would.
  const { page: opened, watch: theirs } = await suite.newApp(t, { server: router.server });
  await opened.goto(link);
  await opened.locator("#one .cxm-screen").waitFor();
  assert.equal(await opened.locator("#one #cxm-result-title").count(), 0, "the widget does not read the host's fragment");
  const openedBefore = await hostState(opened);
  await opened.evaluate(() => {
    const el = Object.assign(document.createElement("cx-maturity"), { id: "three" });
    el.setAttribute("result", location.hash);
    document.body.append(el);
  });
  const shared = opened.locator("#three #cxm-result-title");
  await shared.waitFor();
  assert.equal((await shared.textContent()).trim(), heading.replace(/^Your result/, "Shared result"));
  assert.deepEqual(await hostState(opened), openedBefore, "opening the shared result left the host's address alone");
  theirs.assertClean();
});

test("a result attribute the widget cannot read is told in one sentence, and the widget opens on its intro", async (t) => {
  const { page, watch } = await router.open(t, `${router.server.url}/`);
  await page.evaluate(() => {
    const el = Object.assign(document.createElement("cx-maturity"), { id: "two" });
    el.setAttribute("result", "AAAA");
    document.body.append(el);
  });
  const widget = page.locator("#two");
  await widget.getByRole("button", { name: "Start the assessment" }).waitFor();
  const notice = widget.locator(".cxm-notice");
  await notice.first().waitFor();
  assert.match((await notice.first().textContent()).trim(), /^This link /);
  watch.assertClean();
});

test("a team view in a widget: its team link opens the widget's own page on the same picture, and the host is untouched", async (t) => {
  const { page, watch } = await router.open(t, `${router.server.url}/#pricing`);
  const before = await hostState(page);
  const widget = page.locator("#one");
  await widget.getByRole("button", { name: "Team view" }).click();
  const links = [1, 3, 5].map((n) => `${router.server.url}/widget/frame.html#result=${resultPayload(uniform(n))}`);
  await widget.locator("#cxm-team-text").fill(`Our results: ${links.join(" and ")}.`);
  await widget.getByRole("button", { name: "Add to the team" }).click();
  const group = widget.locator(".cxm-team-group");
  await group.waitFor();
  assert.equal(await group.locator("h2").textContent(), `${MODELS.sixStage.name}: 3 people`);
  const link = await group.getByLabel("Team link").inputValue();
  assert.ok(link.startsWith(`${router.server.url}/widget/frame.html#team=`), `the link opens the widget's own page: ${link}`);
  assert.deepEqual(await hostState(page), before, "the host's address, state and history are as they were");
  watch.assertClean();

  const { page: opened, watch: theirs } = await suite.newApp(t, { server: router.server });
  await opened.goto(link);
  const reopened = opened.locator("cx-maturity .cxm-team-group");
  await reopened.waitFor();
  assert.equal(await reopened.locator("h2").textContent(), `${MODELS.sixStage.name}: 3 people`);
  assert.equal(
    await reopened.locator(".cxm-team-middle").textContent(),
    "The middle of the team: stage 3 of 6, Mobilize.",
  );
  theirs.assertClean();
});
