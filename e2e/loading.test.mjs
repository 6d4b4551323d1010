// Issue 8, what a first visit downloads: a release build splits the screens after the questions
// (result, methodology, My results, comparison) into a wasm file of their own (src/ui/later.rs,
// scripts/post-build.mjs). The intro never asks for it; leaving the intro fetches it, so it is in
// by the last answer; and when it cannot be downloaded, the screen says so in plain words, the
// answers stay, and "Try again" brings the result. (Each new screen also tries again by itself.)

import { test } from "node:test";
import assert from "node:assert/strict";
import { setupSuite, MODELS, times } from "./support.mjs";

const suite = setupSuite();
const LATER = /split_later\.wasm$/;

test("the intro does not download the result's code; starting does, and a failed download can be retried", async (t) => {
  const app = await suite.newApp(t);
  const { page } = app;
  const asked = [];
  page.on("request", (r) => LATER.test(new URL(r.url()).pathname) && asked.push(r.url()));
  let blocked = true;
  await page.route(LATER, (route) => (blocked ? route.abort("internetdisconnected") : route.continue()));

  await app.open();
  await app.waitForScreen("intro");
  // Long enough for anything the start-up would fetch to have been asked for.
  await page.waitForLoadState("networkidle");
  assert.deepEqual(asked, [], "the intro asks for the later screens' code");

  await app.start();
  const n = MODELS.sixStage.questions;
  await app.answerAll(times(n - 1, 4));
  assert.equal(asked.length, 1, "leaving the intro asks for the later screens' code once");

  await app.answer(4);
  await app.nextButton().click();
  const failed = page.locator(".cxm-later");
  await failed.getByRole("heading", { name: "This part of the app did not load" }).waitFor();
  await app.waitForFocus("#cxm-later-title");
  assert.match(await failed.textContent(), /Your answers are kept/);

  blocked = false;
  const tries = asked.length;
  await failed.getByRole("button", { name: "Try again" }).click();
  assert.equal(await app.resultHeading(), "Your result: stage 4 of 6, Operationalize");
  await app.waitForFocus("#cxm-result-title");
  assert.equal(asked.length, tries + 1, "trying again downloads it again");
});
