// Issue 3, the four models: each chosen on the intro, completed with a scripted answer set, and
// checked for its stage, crosswalk and benchmarks; the methodology page; the top-stage checklist.
//
// Every expected stage below is worked out by hand from the documented rules
// (docs/model-format.md, the module docs of src/core/scoring.rs), never read back from the app.
//
// Crosswalk (src/core/crosswalk.rs, and the methodology page): a result is a distance up its own
// ladder, c / n with c of n stages complete on a gated model, (s - 1) / (n - 1) at stage s of the
// six stages; on a ladder of m stages that distance reaches stage 1 + floor(distance * (m - 1)).
// The other ladders are the other built-in models except the Experience-Based Differentiation
// test (not a ladder, and not placed on any), then Gartner and Beyond Philosophy (only their top
// stages, "Optimized" and "Natural", are named; below that a row says "stage k of 5") and the XM
// Institute's five named stages. Answer counts per dimension come from the model files.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { setupSuite, MODELS, REPO_ROOT, byDimension, times } from "./support.mjs";

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
  // Option k is stage k. An area's level past the chasm is the highest stage three quarters of
  // its answers reach: Beliefs 5, 5, 4, 4 (only half at 5: level 4); Improvements 4s (4);
  // Leadership 5, 4, 4, 4 (4); Employees 4, 5, 5, 5, 4, 4 (three of six at 5: level 4); Insights
  // 4, 4, 5, 4 (4). Every area at 4, so stage 4 of 6, Operationalize.
  assert.deepEqual(MODELS.sixStage.perDimension, [4, 4, 4, 6, 4]);
  await app.answerAll([5, 5, 4, 4, 4, 4, 4, 4, 5, 4, 4, 4, 4, 5, 5, 5, 4, 4, 4, 4, 5, 4]);
  assert.equal(await app.resultHeading(), "Your result: stage 4 of 6, Operationalize");
  assert.equal(await app.resultModel(), MODELS.sixStage.name);
  assert.equal(await app.chasmNote(), null);
  assert.deepEqual(await app.holdingBack(), []);
  const dims = await app.dimensions();
  assert.deepEqual(
    dims.map((d) => [d.name, d.status]),
    ["Beliefs", "Improvements", "Leadership", "Employees", "Insights"].map((n) => [n, "tough side"]),
  );
  // Beliefs: its level, and how far apart its answers are.
  assert.equal(dims[0].detail, "Level 4 (Operationalize); answers from stage 4 to 5");

  // Stage 4 of 6 is 3/5 = 0.6 of the way: 1 + floor(1.8) = 2 of 4, 1 + floor(2.4) = 3 of 5.
  assert.deepEqual(await crosswalkRows(app), [
    [MODELS.fourPhases.name, "Elevate", "(stage 2 of 4)"],
    [MODELS.fourStages.name, "Data-Driven Insights", "(stage 2 of 4)"],
    [GARTNER, "stage 3 of 5", null],
    [BEYOND, "stage 3 of 5", null],
    [XM, "Mobilize", "(stage 3 of 5)"],
  ]);
  const rows = await app.crosswalk();
  assert.match(rows[2].text, /The sources name only its top stage\./);
  assert.match(rows[2].text, /Optimized: customer experience management is the way people work/);
  assert.match(rows[3].text, /Natural: understanding customers' needs and emotions/);
  assert.match(rows[4].text, /Of 234 CX practitioners surveyed in 2024.*no share is given for stage 4/);
  assert.doesNotMatch(rows[4].text, /Qualtrics|successor/);
  assert.match(await app.page.locator('section[aria-labelledby="cxm-crosswalk-title"]').textContent(), /placed by what your result has completed: stage 4 of 6 is 60% of the way/);

  // The model's own benchmarks, each once, each marked as indicative with its reason.
  const overall = await app.overallBenchmarks();
  assert.equal(overall.length, 2);
  assert.match(overall[0], /2016 study of more than 200 companies found about 10% in the top two stages/);
  assert.match(overall[1], /over half of the large companies said they aimed to be their industry's CX leader/);
  assert.ok(overall.every((b) => /Indicative only: /.test(b)), "each figure says it is indicative");
  assert.equal(overall.join(" ").match(/10%/g).length, 1, "the top-two-stages figure is shown once");
  const all = await app.allBenchmarks();
  assert.equal(all.length, 3);
  assert.deepEqual(all.slice(0, 2), overall);
  assert.match(all[2], /^Of 234 CX practitioners/);
  assert.equal(await app.hasSection("How your answers compare"), false);
  assert.equal(await app.hasSection("Staying at the top"), false, "stage 4 of 6 is not the top");
  assert.equal(await app.hasSection("Following it through"), true);
  app.watch.assertClean();
});

test("six-stage: “Not sure” counts as the lowest answer, and the result says what it would be either way", async (t) => {
  const model = modelFile("six-stage");
  const app = await begin(t, MODELS.sixStage);
  // Every answer 6, except Insights: its first answer 6 and the other three "Not sure" (option 7).
  // Counted as 1, Insights is at level 1, and the result is at most one stage above its lowest
  // area: stage 2. With the three at 6 it would be 6 everywhere: stage 6. One real answer of four
  // is fewer than half, so Insights is not known: never named as holding you back.
  await app.answerAll([...times(18, 6), 6, 7, 7, 7]);
  assert.equal(await app.resultHeading(), "Your result: stage 2 of 6, Explore");
  assert.equal(
    await app.page.locator(".cxm-best-case").textContent(),
    "Your 3 “Not sure” answers count as the lowest option, which gives stage 2 of 6, Explore. If every one of " +
      "them were the highest option, the result would be stage 6 of 6, Embed. Finding out those answers settles " +
      "where you are.",
  );
  assert.match(await app.heldNote(), /lowest area, Insights at stage 1 only because its “Not sure” answers count as the lowest/);
  assert.match(await app.confidence(), /^Confidence medium: your “Not sure” answers could change the result/);
  const insights = (await app.dimensions())[4];
  assert.equal(insights.status, "not known");
  assert.equal(
    insights.detail,
    "not known: only 1 of 4 answered; 25%, level 1 (Ignore) counting “Not sure” as the lowest answer, 100%, level 6 (Embed) as the highest",
  );
  assert.deepEqual(await app.holdingBack(), [], "what is not known is not a weakness");
  assert.equal(await app.hasSection("Not known yet"), true);
  // The plan starts with the unknowns of Insights: find out first.
  const plan = await app.actionPlan();
  const insightsQuestions = model.questions.filter((q) => q.dimension === "insights");
  assert.equal(plan[0].dimension, "Insights");
  assert.equal(
    plan[0].text.slice(plan[0].dimension.length).trim(),
    `Find out where you stand on “${insightsQuestions[1].prompt}” from the people who would know: until then it counts as the lowest answer.`,
  );
  assert.equal(plan[0].leadsTo, "knowing the answer.");
  app.watch.assertClean();
});

test("four-phases gating: a perfect later phase does not count past a failing earlier one", async (t) => {
  const model = modelFile("four-phases");
  const app = await begin(t, MODELS.fourPhases);
  assert.equal(await app.dimensionLabel(), "Repair");
  // Every question has four options (0, 33, 67, 100%). Repair, Optimize and Differentiate at their
  // best answers, Elevate at its lowest: Repair holds, Elevate does not, so the result is phase 2
  // and only one phase is complete, however strong Optimize and Differentiate are.
  await app.answerAll(byDimension(MODELS.fourPhases, [4, 1, 4, 4]));
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
  // three Elevate questions remain, each with the step up from the lowest answer.
  const plan = await app.actionPlan();
  const elevate = model.questions.filter((q) => q.dimension === "elevate");
  assert.deepEqual(
    plan.map((s) => [s.dimension, s.text.slice(s.dimension.length).trim()]),
    elevate.map((q) => ["Elevate", q.advice[0]]),
  );

  // The 61% figure sits next to its question; the 57% ambition is context for the whole result.
  const q = (id) => model.questions.find((x) => x.id === id);
  assert.deepEqual(
    (await app.comparisons()).map((c) => [c.question, c.answer, c.benchmark.match(/\b\d+%/)[0]]),
    [[q("elevate-measure").prompt, q("elevate-measure").options[0].label, "61%"]],
  );
  const overall = await app.overallBenchmarks();
  assert.equal(overall.length, 1);
  assert.match(overall[0], /57% of executives aim.*Indicative only: It describes an ambition/);
  const all = await app.allBenchmarks();
  assert.equal(all.length, 3, "the two Forrester figures and the XM Institute's in the crosswalk");
  assert.match(all[2], /^Of 234 CX practitioners/);

  // One of four complete is 0.25 of the way: 1 + floor(1.25) = 2 of 6, 1 + floor(0.75) = 1 of 4,
  // 1 + floor(1) = 2 of 5.
  assert.deepEqual(await crosswalkRows(app), [
    [MODELS.sixStage.name, "Explore", "(stage 2 of 6)"],
    [MODELS.fourStages.name, "Foundational Focus", "(stage 1 of 4)"],
    [GARTNER, "stage 2 of 5", null],
    [BEYOND, "stage 2 of 5", null],
    [XM, "Initiate", "(stage 2 of 5)"],
  ]);
  assert.equal(await app.hasSection("Staying at the top"), false);
  app.watch.assertClean();
});

test("four-phases: three phases complete, Differentiate not yet, is not the top of any ladder", async (t) => {
  const app = await begin(t, MODELS.fourPhases);
  // Repair, Elevate and Optimize at 100%, Differentiate at 0%: the first phase that does not hold
  // is the fourth, so phase 4 of 4 with three complete. No "Staying at the top" until all hold.
  await app.answerAll(byDimension(MODELS.fourPhases, [4, 4, 4, 1]));
  assert.equal(await app.resultHeading(), "Your result: phase 4 of 4, Differentiate");
  assert.equal(await app.stageComplete(), "Phases complete: 3 of 4");
  assert.equal(await app.hasSection("Staying at the top"), false);
  assert.deepEqual(await app.keepDoingItems(), []);
  // Placed by what is complete, 0.75 of the way (the methodology page's worked example):
  // 1 + floor(3.75) = 4 of 6, 1 + floor(2.25) = 3 of 4, 1 + floor(3) = 4 of 5. Not Embed, not
  // Optimized, not Natural.
  assert.deepEqual(await crosswalkRows(app), [
    [MODELS.sixStage.name, "Operationalize", "(stage 4 of 6)"],
    [MODELS.fourStages.name, "Strategic Alignment", "(stage 3 of 4)"],
    [GARTNER, "stage 4 of 5", null],
    [BEYOND, "stage 4 of 5", null],
    [XM, "Scale", "(stage 4 of 5)"],
  ]);
  app.watch.assertClean();
});

test("a top result (four-phases, every phase holding) shows the “Staying at the top” checklist", async (t) => {
  const app = await begin(t, MODELS.fourPhases);
  await app.answerAll(times(MODELS.fourPhases.questions, 4));
  assert.equal(await app.resultHeading(), "Your result: phase 4 of 4, Differentiate");
  assert.equal(await app.stageComplete(), "Phases complete: 4 of 4");
  assert.equal(await app.hasSection("Staying at the top"), true);
  const keep = await app.page.locator(".cxm-keep").textContent();
  assert.match(keep, /Awards do not prove maturity/);
  assert.match(keep, /Leaders also slip back, for example when a new chief executive/);
  const items = await app.keepDoingItems();
  assert.equal(items.length, 17);
  assert.equal(items[0], "Keep personas of your customers current and use them in decisions");
  // The checklist is usable: its labels tick their boxes.
  const first = app.page.locator(".cxm-keep .cxm-checklist li").first();
  await first.locator("label").click();
  await first.locator("input:checked").waitFor({ state: "attached" });
  assert.ok((await app.footnotes()).some((f) => f.includes("You've Achieved #CX Greatness")));
  // Nothing left to do: no next steps, but the advice to keep measuring and take it again.
  assert.equal(await app.hasSection("Your next steps"), false);
  assert.match(
    await app.page.locator('section[aria-labelledby="cxm-follow-title"]').textContent(),
    /take this assessment again\s+once the plan has had time to work/,
  );

  // All four complete is the top of every ladder.
  assert.deepEqual(await crosswalkRows(app), [
    [MODELS.sixStage.name, "Embed", "(stage 6 of 6)"],
    [MODELS.fourStages.name, "Continuous Innovation and Differentiation", "(stage 4 of 4)"],
    [GARTNER, "Optimized", "(stage 5 of 5)"],
    [BEYOND, "Natural", "(stage 5 of 5)"],
    [XM, "Embed", "(stage 5 of 5)"],
  ]);
  app.watch.assertClean();
});

test("four-stages: stages 1 and 2 in place in most areas, the rest not in place, gives stage 3 with 2 complete and stage-3 steps first", async (t) => {
  const model = modelFile("four-stages");
  const app = await begin(t, MODELS.fourStages);
  const labels = model.scales.progress.map((o) => o.label);
  assert.equal(labels.length, 4, "one four-step scale of how widely a practice is in place");
  assert.deepEqual(await app.optionLabels(), [...labels, "Not sure"]);
  // Stages 1 and 2 at the third answer (two thirds, 67%: exactly the second-best step, which the
  // 66% cut-off lets through); stages 3 and 4 at the first (0%). The first stage that does not
  // hold is 3, and stages 1 and 2 are complete.
  const [first, second, third, fourth] = MODELS.fourStages.perDimension;
  await app.answerAll(byDimension(MODELS.fourStages, [3, 3, 1, 1]));
  assert.equal(await app.resultHeading(), "Your result: stage 3 of 4, Strategic Alignment");
  assert.equal(await app.stageComplete(), "Stages complete: 2 of 4");
  assert.deepEqual(
    (await app.dimensions()).map((d) => [d.name, d.status, d.detail]),
    [
      ["Foundations", "holds", "67%"],
      ["Insights from data", "holds", "67%"],
      ["Strategic alignment", "not yet", "0%"],
      ["Innovation and differentiation", "not yet", "0%"],
    ],
  );

  // The action plan covers the current and the next stage, current first, each practice with its
  // step up from "not started". The first three are the next steps; the rest are folded away.
  const plan = await app.actionPlan();
  const advice = (from, to) => model.questions.slice(from, to).map((q) => q.advice[0]);
  const start = first + second;
  assert.equal(plan.length, third + fourth);
  assert.deepEqual(plan.map((s) => s.dimension), [
    ...times(third, "Strategic alignment"),
    ...times(fourth, "Innovation and differentiation"),
  ]);
  assert.deepEqual(
    plan.map((s) => s.text.slice(s.dimension.length).trim()),
    [...advice(start, start + third), ...advice(start + third, start + third + fourth)],
  );
  assert.deepEqual(plan.map((s) => s.folded), [false, false, false, ...times(third + fourth - 3, true)]);
  assert.equal(
    (await app.page.locator(".cxm-plan summary").textContent()).trim(),
    `The whole plan, in order (${third + fourth} steps)`,
  );

  // Two of four complete is half way: 1 + floor(2.5) = 3 of 6, 1 + floor(1.5) = 2 of 4, 3 of 5.
  assert.deepEqual(await crosswalkRows(app), [
    [MODELS.sixStage.name, "Mobilize", "(stage 3 of 6)"],
    [MODELS.fourPhases.name, "Elevate", "(stage 2 of 4)"],
    [GARTNER, "stage 3 of 5", null],
    [BEYOND, "stage 3 of 5", null],
    [XM, "Mobilize", "(stage 3 of 5)"],
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

test("ebd: each principle sound or not beside the surveyed firms' share, how many hold, and no ladder", async (t) => {
  const model = modelFile("ebd");
  const app = await begin(t, MODELS.ebd);
  const labels = model.scales.truth.map((o) => o.label);
  assert.deepEqual(labels, ["Not true", "Slightly true", "Partly true", "Mostly true", "Completely true"]);
  assert.deepEqual(await app.optionLabels(), [...labels, "Not sure"]);
  // Customer needs: all "Completely true" (100%). Brand: all "Mostly true" (75%, exactly the
  // cut-off, so sound). Competence: four "Mostly true" and, last, one "Partly true"
  // (75, 75, 75, 75, 50: 70%, below 75%, a problem). Two of three principles are sound.
  const [needs, brand, competence] = MODELS.ebd.perDimension;
  await app.answerAll([...times(needs, 5), ...times(brand, 4), ...times(competence - 1, 4), 3]);
  assert.equal(await app.resultHeading(), "Your result: 2 of 3 principles sound");
  assert.match(await app.page.locator(".cxm-stage").textContent(), /Principles sound\s*2 of 3\s*Has a problem: CX as a company-wide competence\./);
  assert.equal(await app.stageComplete(), null, "no stages-complete line for this rule");
  assert.equal(await app.page.locator(".cxm-ladder").count(), 0, "not a ladder");
  assert.equal(await app.page.locator(".cxm-crosswalk").count(), 0, "and not placed on other ladders");
  assert.doesNotMatch(await app.page.locator(".cxm-result").textContent(), /Early in the journey|principles in place|stage \d of 4/);
  const dims = await app.dimensions();
  assert.deepEqual(
    dims.map((d) => [d.name, d.status, d.detail, d.benchmarks.map((b) => b.match(/\b\d+%/)[0])]),
    [
      ["Customer needs before product features", "sound", "100%", ["68%"]],
      ["The brand in every interaction", "sound", "75%", ["60%"]],
      ["CX as a company-wide competence", "has a problem", "70%", ["67%"]],
    ],
  );
  assert.ok(dims.every((d) => /Indicative only: The report's figure comes from its own 12 statements and its own scoring, which the summary does not describe/.test(d.benchmarks[0])));
  assert.deepEqual(await app.holdingBack(), ["CX as a company-wide competence"]);
  // The whole plan: the principle with a problem first, its lowest answer first, the step up from
  // it and the answer it leads to; then the sound principle not yet at its best answers.
  const plan = await app.actionPlan();
  const last = model.questions.length - 1;
  assert.deepEqual(
    plan.map((s) => s.dimension),
    [...times(competence, "CX as a company-wide competence"), ...times(brand, "The brand in every interaction")],
  );
  assert.equal(plan[0].leadsTo, labels[3], "from Partly true to Mostly true");
  assert.equal(plan[0].text.slice(plan[0].dimension.length).trim(), model.questions[last].advice[2]);
  assert.equal(plan[1].text.slice(plan[1].dimension.length).trim(), model.questions[last - competence + 1].advice[3]);

  // The five traits the surveyed firms scored particularly low on, beside the statements built on them.
  const compared = await app.comparisons();
  assert.equal(compared.length, 5);
  assert.ok(compared.every((c) => /firms scored particularly low on this trait/.test(c.benchmark)));
  assert.deepEqual(await app.overallBenchmarks(), []);
  const footnotes = (await app.footnotes()).join("\n");
  assert.match(footnotes, /"The State Of Experience-Based Differentiation", a report by the author of a blog post summarising it/);
  assert.match(footnotes, /287 people who make customer experience decisions at large US firms/);
  assert.match(footnotes, /The summary gives no year\./);
  assert.doesNotMatch(footnotes, /Bruce/);
  app.watch.assertClean();
});

test("“How this is scored” is reachable from the result and states every model's rules", async (t) => {
  const app = await begin(t, MODELS.ebd);
  await app.answerAll(times(MODELS.ebd.questions, 1));
  const heading = await app.resultHeading();
  assert.equal(heading, "Your result: 0 of 3 principles sound");

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
    assert.match(rules[name], /Every answer is scored from 0% \(the lowest option\) to 100%/, name);
    assert.match(rules[name], /“Not sure” counts as the lowest option, so it never raises a score/, name);
    assert.match(rules[name], /fewer than half of its questions answered with something other than “Not sure” is shown as not known/, name);
    assert.match(rules[name], /Confidence: high when at least nine in ten questions have an answer other than “Not sure” and those that do not could not change the result/, name);
    assert.match(rules[name], /the step that leads to the\s+next answer up/, name);
  }
  assert.match(rules[MODELS.sixStage.name], /A dimension's level is the highest stage that more than half of its answers reach/);
  assert.match(rules[MODELS.sixStage.name], /never more than one stage above the lowest dimension/);
  assert.match(
    rules[MODELS.sixStage.name],
    /The chasm: a dimension is on the “tough” side, at level 4 \(Operationalize\) or above, only when at least three quarters of its answers are there/,
  );
  assert.match(rules[MODELS.sixStage.name], /the result stays at stage 3 and names the dimensions holding it back/);
  assert.match(rules[MODELS.fourPhases.name], /A phase holds when its score is at least 66%/);
  assert.match(rules[MODELS.fourPhases.name], /Why 66%: every question's answers score 0%, 33%, 66%, 100%\. The cut-off is met exactly when a dimension's answers average the second-best answer/);
  assert.match(rules[MODELS.fourPhases.name], /a later phase never counts while an earlier one does not hold/);
  assert.match(rules[MODELS.fourStages.name], /A stage holds when its score is at least 66%/);
  assert.match(rules[MODELS.ebd.name], /A principle is sound when its score is at least 75%/);
  assert.match(rules[MODELS.ebd.name], /how many of the 3 principles are sound; there are no stages/);
  assert.match(rules[MODELS.ebd.name], /Why 75%: every question's answers score 0%, 25%, 50%, 75%, 100%/);
  const ebd = app.page.locator(".cxm-method").first();
  assert.deepEqual(await ebd.locator("h3").allTextContents(), ["Principles", "How answers become a result", "Sources"]);
  await app.page.locator("#cxm-method-crosswalk").waitFor();
  const page = await app.page.locator(".cxm-methodology").textContent();
  assert.match(page, /stage 1 \+ ⌊distance × \(m − 1\)⌋/);
  assert.match(page, /Worked example: three of the four phases complete, with Differentiate not yet, is 3 \/ 4 = 0\.75/);
  assert.match(page, /The Experience-Based Differentiation self-test is not a ladder and is not placed/);

  // Back returns to the same result.
  await app.button("Back").first().click();
  assert.equal(await app.resultHeading(), heading);
  app.watch.assertClean();
});

test("the intro states the “Not sure” rule and a time worked out from each model's text", async (t) => {
  const app = await suite.newApp(t);
  await app.open();
  const facts = await app.page.locator(".cxm-facts").textContent();
  assert.match(facts, /It counts as the lowest answer, so it never raises\s+your result/);
  assert.doesNotMatch(facts, /never the score/);
  // The estimate: every prompt and option at 200 words a minute (a shared scale read once), plus
  // 15 seconds per question to judge which answer fits.
  for (const key of ["sixStage", "fourPhases", "fourStages", "ebd"]) {
    const model = modelFile(MODELS[key].id);
    const words = (s) => s.split(/\s+/).filter(Boolean).length;
    const labels = (options) => options.reduce((m, o) => m + words(o.label), 0);
    const scales = new Set(model.questions.map((q) => q.scale).filter(Boolean));
    const total =
      model.questions.reduce((n, q) => n + words(q.prompt) + (q.scale ? 0 : labels(q.options)), 0) +
      [...scales].reduce((n, s) => n + labels(model.scales[s]), 0);
    const minutes = Math.max(1, Math.ceil((Math.floor((total * 60) / 200) + 15 * model.questions.length) / 60));
    assert.equal(
      (await app.modelChoice(MODELS[key].name).locator(".cxm-choice__meta").textContent()).trim(),
      `${model.questions.length} questions · about ${minutes} minutes`,
    );
    await app.choose(MODELS[key].name);
    assert.match(
      await app.page.locator(".cxm-facts").textContent(),
      new RegExp(`About ${minutes} minutes: ${total} words to read`),
    );
  }
  app.watch.assertClean();
});

test("coming back to a model chosen last time keeps the six-stage answers saved earlier", async (t) => {
  const app = await suite.newApp(t);
  await app.open();
  const sixKey = "cx-maturity/progress/six-stage";
  const rest = "-".repeat(MODELS.sixStage.questions - 3);
  const saved = `cxm1 six-stage 3 012${rest} 3`;
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
  await app.waitForSaved(sixKey, { answers: `012${rest}`, current: 3 });
  assert.deepEqual(
    JSON.parse(await app.storageItem(sixKey)),
    { format: 2, model: "six-stage", version: 3, answers: `012${rest}`, current: 3 },
    "the six-stage answers are untouched",
  );
  await app.choose(MODELS.sixStage.name);
  assert.equal((await app.startButton().textContent()).trim(), `Continue (3 of ${MODELS.sixStage.questions} answered)`);
  app.watch.assertClean();
});
