// Issue 3, the four models: each chosen on the intro, completed with a scripted answer set, and
// checked for its stage, crosswalk and benchmarks; the methodology page; the top-stage checklist.
//
// Every expected stage below is worked out by hand from the documented rules
// (docs/model-format.md, the module docs of src/core/scoring.rs), never read back from the app.
//
// Crosswalk (src/core/crosswalk.rs, and the methodology page): stage s of n sits at (s - 0.5) / n;
// on a ladder of m stages that is stage ceil(m * (s - 0.5) / n). The other ladders are the other
// built-in models except the Experience-Based Differentiation test (not a ladder: its stages count
// sound principles), then Gartner and Beyond Philosophy (only their top stages, "Optimized" and
// "Natural", are named; below that a row says "stage k of 5") and the XM Institute's five named
// stages.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { setupSuite, MODELS, REPO_ROOT, times } from "./support.mjs";

const suite = setupSuite();

/** The model files, for prompts, option labels and advice (never for expected stages). */
const modelFile = (id) => JSON.parse(readFileSync(path.join(REPO_ROOT, "models", `${id}.json`), "utf8"));

const GARTNER = "Gartner CEM maturity model";
const BEYOND = "Beyond Philosophy maturity path";
const XM = "XM Institute five stages";

/** Opens the app, chooses `model` by its visible name and starts it at question 1. */
async function begin(t, model) {
  const app = await suite.newApp(t);
  await app.open();
  assert.deepEqual(await app.modelNames(), [
    MODELS.sixStage.name,
    MODELS.fourPhases.name,
    MODELS.fourStages.name,
    MODELS.ebd.name,
  ]);
  await app.choose(model.name);
  assert.equal(await app.chosenModel(), model.name);
  assert.match(
    await app.modelChoice(model.name).locator(".cxm-choice__meta").textContent(),
    new RegExp(`^${model.questions} questions`),
  );
  await app.start();
  assert.equal(await app.questionLabel(), `Question 1 of ${model.questions}`);
  return app;
}

/** Crosswalk rows as [model, stage label, has "(stage k of m)" text] for compact comparison. */
async function crosswalkRows(app) {
  return (await app.crosswalk()).map((r) => [r.model, r.stage, (r.text.match(/\(stage \d of \d\)/) || [null])[0]]);
}

test("six-stage: a mixed answer set lands on stage 4, with its crosswalk and the 2016 benchmark", async (t) => {
  const app = await begin(t, MODELS.sixStage);
  // Option k is stage k. Dimension means: Beliefs 4.5 (level 5), Improvements 4 (4), Leadership
  // 4.25 (4), Employees 4.75 (5), Insights 4.25 (4). Overall 4.35 (or 4.4 from the rounded
  // levels; either way) rounds to 4, and every dimension is at 4 or more, so the chasm does not
  // stop it: stage 4 of 6, Operationalize.
  await app.answerAll([5, 5, 4, 4, 4, 4, 4, 4, 5, 4, 4, 4, 4, 5, 5, 5, 4, 4, 5, 4]);
  assert.equal(await app.resultHeading(), "Your result: stage 4 of 6, Operationalize");
  assert.equal(await app.resultModel(), MODELS.sixStage.name);
  assert.equal(await app.chasmNote(), null);
  assert.deepEqual(await app.holdingBack(), []);
  const dims = await app.dimensions();
  assert.deepEqual(
    dims.map((d) => [d.name, d.status]),
    [
      ["Beliefs", "tough side"],
      ["Improvements", "tough side"],
      ["Leadership", "tough side"],
      ["Employees", "tough side"],
      ["Insights", "tough side"],
    ],
  );
  // Beliefs: options 5, 5, 4, 4 score 80%, 80%, 60%, 60%: 70%, level 5.
  assert.equal(dims[0].detail, "70%, level 5 (Align)");

  // Stage 4 of 6 sits at 3.5/6 = 0.583: stage 3 of 4 (ceil 2.33), stage 3 of 5 (ceil 2.92).
  assert.deepEqual(await crosswalkRows(app), [
    [MODELS.fourPhases.name, "Optimize", "(stage 3 of 4)"],
    [MODELS.fourStages.name, "Strategic Alignment", "(stage 3 of 4)"],
    [GARTNER, "stage 3 of 5", null],
    [BEYOND, "stage 3 of 5", null],
    [XM, "Mobilize", "(stage 3 of 5)"],
  ]);
  const rows = await app.crosswalk();
  assert.ok(rows.every((r) => !r.text.includes("Optimized") && !r.text.includes("Natural")), "top names only at the top");
  assert.match(rows[2].text, /The sources name only its top stage\./);
  assert.match(rows[4].text, /Of 234 CX practitioners surveyed in 2024/);

  // The model's own benchmarks: the 2016 study of more than 200 companies, next to the stage.
  const overall = await app.overallBenchmarks();
  assert.equal(overall.length, 2);
  assert.match(overall[0], /2016 study assessed more than 200 companies/);
  assert.match(overall[1], /in the same 2016 Temkin Group study/);
  // None that belong to other models: the only other figure is the XM Institute's, in the
  // crosswalk.
  const all = await app.allBenchmarks();
  assert.equal(all.length, 3);
  assert.deepEqual(all.slice(0, 2), overall);
  assert.match(all[2], /^Of 234 CX practitioners/);
  assert.equal(await app.hasSection("How your answers compare"), false);
  assert.equal(await app.hasSection("Staying at the top"), false, "stage 4 of 6 is not the top");
  app.watch.assertClean();
});

test("four-phases gating: a perfect later phase does not count past a failing earlier one", async (t) => {
  const model = modelFile("four-phases");
  const app = await begin(t, MODELS.fourPhases);
  assert.equal(await app.dimensionLabel(), "Repair");
  // Repair and Optimize and Differentiate at their best answers (100%), Elevate at its lowest
  // (0%). Ordered threshold at 70%: Repair holds, Elevate does not, so the result is phase 2 and
  // only one phase is complete, however strong Optimize and Differentiate are.
  await app.answerAll([4, 4, 4, 1, 1, 1, 4, 4, 5, 4, 4, 4]);
  assert.equal(await app.resultHeading(), "Your result: phase 2 of 4, Elevate");
  assert.equal(await app.stageComplete(), "Phases complete: 1 of 4");
  assert.deepEqual(
    (await app.dimensions()).map((d) => [d.name, d.status]),
    [
      ["Repair", "holds"],
      ["Elevate", "not yet"],
      ["Optimize", "holds"],
      ["Differentiate", "holds"],
    ],
  );
  const ladder = await app.ladder();
  assert.deepEqual(
    ladder.map((s) => [s.number, s.here, s.done]),
    [
      [4, false, false],
      [3, false, false],
      [2, true, false],
      [1, false, true],
    ],
  );
  assert.deepEqual(await app.holdingBack(), ["Elevate"]);
  // The plan covers the current and next phase; Optimize is already at its best, so only the
  // three Elevate questions remain.
  const plan = await app.actionPlan();
  assert.deepEqual(plan.map((s) => s.dimension), ["Elevate", "Elevate", "Elevate"]);

  // The benchmarks belong next to their questions: 61% on measuring consistently, 57% on aiming
  // to stand out.
  const q = (id) => model.questions.find((x) => x.id === id);
  assert.deepEqual(
    (await app.comparisons()).map((c) => [c.question, c.answer, c.benchmark.match(/\b\d+%/)[0]]),
    [
      [q("elevate-measure").prompt, q("elevate-measure").options[0].label, "61%"],
      [q("differentiate-aim").prompt, q("differentiate-aim").options[3].label, "57%"],
    ],
  );
  assert.deepEqual(await app.overallBenchmarks(), []);
  const all = await app.allBenchmarks();
  assert.equal(all.length, 3, "the two Forrester figures and the XM Institute's in the crosswalk");
  assert.match(all[2], /^Of 234 CX practitioners/);

  // Phase 2 of 4 sits at 1.5/4 = 0.375: stage 3 of 6, 2 of 4, 2 of 5.
  assert.deepEqual(await crosswalkRows(app), [
    [MODELS.sixStage.name, "Mobilize", "(stage 3 of 6)"],
    [MODELS.fourStages.name, "Data-Driven Insights", "(stage 2 of 4)"],
    [GARTNER, "stage 2 of 5", null],
    [BEYOND, "stage 2 of 5", null],
    [XM, "Initiate", "(stage 2 of 5)"],
  ]);
  assert.equal(await app.hasSection("Staying at the top"), false);
  app.watch.assertClean();
});

test("four-phases: phase 4 reached with Differentiate not holding is not the top", async (t) => {
  const app = await begin(t, MODELS.fourPhases);
  // Repair, Elevate and Optimize at 100%, Differentiate at 0%: the first phase that does not hold
  // is the fourth, so phase 4 of 4 with three complete. No "Staying at the top" until all hold.
  await app.answerAll([4, 4, 4, 4, 5, 5, 4, 4, 5, 1, 1, 1]);
  assert.equal(await app.resultHeading(), "Your result: phase 4 of 4, Differentiate");
  assert.equal(await app.stageComplete(), "Phases complete: 3 of 4");
  assert.equal(await app.hasSection("Staying at the top"), false);
  assert.deepEqual(await app.keepDoingItems(), []);
  app.watch.assertClean();
});

test("a top result (four-phases, every phase holding) shows the “Staying at the top” checklist", async (t) => {
  const app = await begin(t, MODELS.fourPhases);
  await app.answerAll([4, 4, 4, 4, 5, 5, 4, 4, 5, 4, 4, 4]);
  assert.equal(await app.resultHeading(), "Your result: phase 4 of 4, Differentiate");
  assert.equal(await app.stageComplete(), "Phases complete: 4 of 4");
  assert.equal(await app.hasSection("Staying at the top"), true);
  const items = await app.keepDoingItems();
  assert.equal(items.length, 17);
  assert.equal(items[0], "Keep personas of your customers current and use them in decisions");
  // The checklist is usable: its labels tick their boxes.
  const first = app.page.locator(".cxm-keep .cxm-checklist li").first();
  await first.locator("label").click();
  await first.locator("input:checked").waitFor({ state: "attached" });
  assert.ok((await app.footnotes()).some((f) => f.includes("You've Achieved #CX Greatness")));
  // Nothing left to do: no next steps.
  assert.equal(await app.hasSection("Your next steps"), false);

  // At the top, 3.5/4 = 0.875: stage 6 of 6, 4 of 4, and 5 of 5 where Gartner and Beyond
  // Philosophy name it.
  assert.deepEqual(await crosswalkRows(app), [
    [MODELS.sixStage.name, "Embed", "(stage 6 of 6)"],
    [MODELS.fourStages.name, "Continuous Innovation and Differentiation", "(stage 4 of 4)"],
    [GARTNER, "Optimized", "(stage 5 of 5)"],
    [BEYOND, "Natural", "(stage 5 of 5)"],
    [XM, "Embed", "(stage 5 of 5)"],
  ]);
  app.watch.assertClean();
});

test("four-stages: stages 1 and 2 in place, the rest not yet, gives stage 3 with 2 complete and stage-3 steps first", async (t) => {
  const model = modelFile("four-stages");
  const app = await begin(t, MODELS.fourStages);
  assert.deepEqual(await app.optionLabels(), ["Not yet", "Partly", "In place", "Not sure"]);
  // Foundations (questions 1–11) and Insights from data (12–22) "In place" (100%); Strategic
  // alignment (23–33) and Innovation (34–46) "Not yet" (0%). Ordered threshold at 75%: the first
  // stage that does not hold is 3, and stages 1 and 2 are complete.
  await app.answerAll([...times(22, 3), ...times(24, 1)]);
  assert.equal(await app.resultHeading(), "Your result: stage 3 of 4, Strategic Alignment");
  assert.equal(await app.stageComplete(), "Stages complete: 2 of 4");
  assert.deepEqual(
    (await app.dimensions()).map((d) => [d.name, d.status, d.detail]),
    [
      ["Foundations", "holds", "100%"],
      ["Insights from data", "holds", "100%"],
      ["Strategic alignment", "not yet", "0%"],
      ["Innovation and differentiation", "not yet", "0%"],
    ],
  );

  // The action plan covers the current and the next stage, current first: the 11 stage-3
  // practices in questionnaire order, then the 13 stage-4 ones. The first three are the next
  // steps; the rest are folded away.
  const plan = await app.actionPlan();
  const advice = (from, to) => model.questions.slice(from, to).map((q) => q.advice);
  assert.equal(plan.length, 24);
  assert.deepEqual(plan.map((s) => s.dimension), [
    ...times(11, "Strategic alignment"),
    ...times(13, "Innovation and differentiation"),
  ]);
  assert.deepEqual(
    plan.map((s) => s.text.slice(s.dimension.length).trim()),
    [...advice(22, 33), ...advice(33, 46)],
  );
  assert.deepEqual(plan.map((s) => s.folded), [false, false, false, ...times(21, true)]);
  assert.equal(
    (await app.page.locator(".cxm-plan summary").textContent()).trim(),
    "The full action plan (24 steps)",
  );

  // Stage 3 of 4 sits at 2.5/4 = 0.625: stage 4 of 6 (ceil 3.75), 3 of 4, 4 of 5 (ceil 3.125).
  assert.deepEqual(await crosswalkRows(app), [
    [MODELS.sixStage.name, "Operationalize", "(stage 4 of 6)"],
    [MODELS.fourPhases.name, "Optimize", "(stage 3 of 4)"],
    [GARTNER, "stage 4 of 5", null],
    [BEYOND, "stage 4 of 5", null],
    [XM, "Scale", "(stage 4 of 5)"],
  ]);
  // This model has no benchmarks of its own, and shows nobody else's.
  assert.deepEqual(await app.overallBenchmarks(), []);
  assert.equal(await app.hasSection("How your answers compare"), false);
  assert.ok((await app.dimensions()).every((d) => d.benchmarks.length === 0));
  const all = await app.allBenchmarks();
  assert.equal(all.length, 1, "only the XM Institute's figure, in the crosswalk");
  assert.match(all[0], /^Of 234 CX practitioners/);
  assert.equal(await app.hasSection("Staying at the top"), false);
  app.watch.assertClean();
});

test("ebd: exactly one principle with a problem gives stage 3, with the 68%/60%/67% benchmarks by the principles", async (t) => {
  const model = modelFile("ebd");
  const app = await begin(t, MODELS.ebd);
  assert.deepEqual(await app.optionLabels(), [
    "Not true of us",
    "True in a few places",
    "Partly true",
    "Mostly true",
    "Completely true of us",
    "Not sure",
  ]);
  // Customer needs: all "Completely true" (100%). Brand: all "Mostly true" (3 of 4 = 75%, exactly
  // the threshold, so sound). Competence: three "Mostly true" and one "Partly true"
  // (75, 75, 75, 50: 68.75%, below 75%, a problem). Unordered threshold: stage 1 plus one per
  // sound principle = stage 3 of 4.
  await app.answerAll([5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 4, 3]);
  assert.equal(await app.resultHeading(), "Your result: stage 3 of 4, Two principles in place");
  assert.equal(await app.stageComplete(), null, "no stages-complete line for this rule");
  const dims = await app.dimensions();
  assert.deepEqual(
    dims.map((d) => [d.name, d.status, d.detail, d.benchmarks.map((b) => b.match(/\b\d+%/)[0])]),
    [
      ["Customer needs before product features", "sound", "100%", ["68%"]],
      ["The brand in every interaction", "sound", "75%", ["60%"]],
      ["CX as a company-wide competence", "has a problem", "69%", ["67%"]],
    ],
  );
  assert.ok(dims.every((d) => /287 people/.test(d.benchmarks[0])));
  assert.deepEqual(await app.holdingBack(), ["CX as a company-wide competence"]);
  // Next steps: the principle with a problem first, its lowest answer first.
  const plan = await app.actionPlan();
  assert.deepEqual(plan.map((s) => s.dimension), times(3, "CX as a company-wide competence"));
  assert.equal(plan[0].text.slice(plan[0].dimension.length).trim(), model.questions[11].advice);

  // Not a ladder itself, but placed on the others: stage 3 of 4 is at 0.625.
  assert.deepEqual(await crosswalkRows(app), [
    [MODELS.sixStage.name, "Operationalize", "(stage 4 of 6)"],
    [MODELS.fourPhases.name, "Optimize", "(stage 3 of 4)"],
    [MODELS.fourStages.name, "Strategic Alignment", "(stage 3 of 4)"],
    [GARTNER, "stage 4 of 5", null],
    [BEYOND, "stage 4 of 5", null],
    [XM, "Scale", "(stage 4 of 5)"],
  ]);
  assert.deepEqual(await app.overallBenchmarks(), []);
  assert.equal(await app.hasSection("How your answers compare"), false);
  const all = await app.allBenchmarks();
  assert.equal(all.length, 4, "one per principle and the XM Institute's in the crosswalk");
  assert.match(all[3], /^Of 234 CX practitioners/);
  assert.equal(await app.hasSection("Staying at the top"), false);
  app.watch.assertClean();
});

test("“How this is scored” is reachable from the result and states every model's rules", async (t) => {
  const app = await begin(t, MODELS.ebd);
  await app.answerAll(times(12, 1));
  // Nothing sound: stage 1.
  const heading = await app.resultHeading();
  assert.equal(heading, "Your result: stage 1 of 4, Early in the journey");

  await app.openMethodology();
  await app.waitForFocus("#cxm-method-title");
  const sections = await app.methodologySections();
  // The model just taken first, then the others.
  assert.deepEqual(sections.map((s) => s.name), [
    MODELS.ebd.name,
    MODELS.sixStage.name,
    MODELS.fourPhases.name,
    MODELS.fourStages.name,
  ]);
  const rules = Object.fromEntries(sections.map((s) => [s.name, s.rules.join("\n")]));
  for (const name of Object.keys(rules)) {
    assert.match(rules[name], /Every answer except “Not sure” is scored from 0%/, name);
    assert.match(rules[name], /“Not sure” is left out of every mean/, name);
    assert.match(rules[name], /high from 90%, medium from 70%, low below that/, name);
  }
  assert.match(rules[MODELS.sixStage.name], /The overall level is the mean of the dimensions' unrounded means/);
  assert.match(
    rules[MODELS.sixStage.name],
    /The chasm: stages 4 to 6 are only given when every dimension's level is at least 4 \(Operationalize\)/,
  );
  assert.match(rules[MODELS.sixStage.name], /the result stays at stage 3 \(Mobilize\)/);
  assert.match(rules[MODELS.fourPhases.name], /A phase holds when its score is at least 70%/);
  assert.match(rules[MODELS.fourPhases.name], /a later phase never counts while an earlier one does not hold/);
  assert.match(rules[MODELS.fourStages.name], /A stage holds when its score is at least 75%/);
  assert.match(rules[MODELS.ebd.name], /A dimension is sound when its score is at least 75%/);
  assert.match(rules[MODELS.ebd.name], /stage 1 when no dimension is sound, plus one for each sound dimension/);
  await app.page.locator("#cxm-method-crosswalk").waitFor();
  assert.match(
    await app.page.locator(".cxm-methodology").textContent(),
    /stage ⌈m × \(s − 0\.5\) \/ n⌉/,
  );

  // Back returns to the same result.
  await app.button("Back").first().click();
  assert.equal(await app.resultHeading(), heading);
  app.watch.assertClean();
});

test("coming back to a model chosen last time keeps the six-stage answers saved earlier", async (t) => {
  const app = await suite.newApp(t);
  await app.open();
  const sixKey = "cx-maturity/progress/six-stage";
  const saved = `cxm1 six-stage 1 012${"-".repeat(17)} 3`;
  await app.page.evaluate(
    ([k, v]) => {
      localStorage.setItem(k, v);
      localStorage.setItem("cx-maturity/model", "four-phases");
    },
    [sixKey, saved],
  );
  await app.reload();
  await app.waitForScreen("intro");
  assert.equal(await app.chosenModel(), MODELS.fourPhases.name, "the last model chosen is chosen again");
  // Read in the earlier release's line format and saved again as a record, with the same answers.
  await app.waitForSaved(sixKey, { answers: `012${"-".repeat(17)}`, current: 3 });
  assert.deepEqual(
    JSON.parse(await app.storageItem(sixKey)),
    { format: 2, model: "six-stage", version: 1, answers: `012${"-".repeat(17)}`, current: 3 },
    "the six-stage answers are untouched",
  );
  await app.choose(MODELS.sixStage.name);
  assert.equal((await app.startButton().textContent()).trim(), `Continue (3 of ${MODELS.sixStage.questions} answered)`);
  app.watch.assertClean();
});
