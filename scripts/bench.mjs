// `make bench` (after the release build): times the app's first visit against a static one-radio
// page (the floor) and SurveyJS in headless Chromium, and "answer to next question painted"
// against a plain-DOM floor, runs the native core benchmarks (bench/core.rs), checks the
// budgets and writes it all to bench/results.md. Exits with 1 when a budget is missed.
//
// Environment: CXM_BENCH_RUNS (page loads per target and profile, default 15), CXM_DIST (the
// build to measure, default dist), CXM_CHROMIUM (default /usr/bin/chromium).

import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DIST, MODELS, REPO_ROOT, closeBrowser, launchBrowser } from "../e2e/support.mjs";
import { CPU_SLOWDOWN, KEY_HOLD, PROFILES, cpuCheck, loadRun, stepsRun } from "../bench/browser.mjs";
import { startGzipServer } from "../bench/server.mjs";
import { RESULTS as BIG, bigHistoryRun, importRun } from "../bench/history.mjs";
import { PEOPLE, teamRun } from "../bench/team.mjs";
import { TO, switchRun } from "../bench/switch.mjs";

const RUNS = Number(process.env.CXM_BENCH_RUNS || 15);
const STEP_PASSES = 4;
const RESULTS = path.join(REPO_ROOT, "bench", "results.md");
const BUDGET = { mobileOverFloor: 1200, noneOverFloor: 250, shareOfSurveyJs: 0.4, stepP95: 16, history: 1000, longTask: 100, team: 300, switchLanguage: 100, combineTeam: 10, checkModel: 100 };
const HISTORY_RUNS = 3;
// A switch is short and its runs vary by a few frames: more of them for a steady median.
const SWITCH_RUNS = 9;

const say = (line) => console.log(`bench: ${line}`);

/** SurveyJS's page and its files from node_modules, in a folder under target/ to serve. */
function surveyJsSite() {
  const dir = path.join(REPO_ROOT, "target", "bench", "surveyjs");
  mkdirSync(dir, { recursive: true });
  const nm = path.join(REPO_ROOT, "node_modules");
  for (const file of [
    path.join(REPO_ROOT, "bench", "surveyjs", "index.html"),
    path.join(nm, "survey-core", "survey.core.min.js"),
    path.join(nm, "survey-core", "survey-core.fontless.min.css"),
    path.join(nm, "survey-js-ui", "survey-js-ui.min.js"),
  ]) {
    copyFileSync(file, path.join(dir, path.basename(file)));
  }
  return dir;
}

/** Runs the native benchmarks, showing their output as it comes; resolves to their report. */
function divan() {
  return new Promise((resolve, reject) => {
    const cargo = spawn("cargo", ["bench", "--bench", "core"], {
      cwd: REPO_ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    cargo.stdout.on("data", (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    cargo.on("error", reject);
    cargo.on("close", (code) =>
      code === 0 ? resolve(out.trim()) : reject(new Error(`cargo bench exited with ${code}`)),
    );
  });
}

function quantile(values, q) {
  const s = [...values].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (at - lo);
}

const summary = (values) => ({
  median: quantile(values, 0.5),
  p25: quantile(values, 0.25),
  p75: quantile(values, 0.75),
  p95: quantile(values, 0.95),
  n: values.length,
});

const ms = (x) => `${Math.round(x).toLocaleString("en")} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const pct = (x) => `${(x * 100).toFixed(0)} %`;

function tool(command, args) {
  try {
    return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "not found";
  }
}

function machine() {
  const cpu = readFileSync("/proc/cpuinfo", "utf8").match(/^model name\s*:\s*(.+)$/m)?.[1] ?? "unknown";
  return `${cpu}, ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory`;
}

/** The 1-minute load average: anything else running on the machine skews the timings. */
const load = () => os.loadavg()[0].toFixed(2);

const packageVersion = (name) =>
  JSON.parse(readFileSync(path.join(REPO_ROOT, "node_modules", name, "package.json"), "utf8")).version;

function commit() {
  const head = tool("git", ["-C", REPO_ROOT, "rev-parse", "--short", "HEAD"]);
  // This file, written by the run before, does not count as a change to what is measured.
  const dirty = tool("git", ["-C", REPO_ROOT, "status", "--porcelain", "--untracked-files=no", "--", ".", `:!${path.relative(REPO_ROOT, RESULTS)}`]);
  return dirty ? `${head} with uncommitted changes` : head;
}

async function main() {
  const started = Date.now();
  const loadBefore = load();
  if (!existsSync(path.join(DIST, "index.html"))) throw new Error(`no build in ${DIST}: run \`make dist\` first`);

  say("native core benchmarks (cargo bench --bench core)");
  const native = await divan();

  const servers = {
    floor: await startGzipServer(path.join(REPO_ROOT, "bench", "floor")),
    app: await startGzipServer(DIST),
    surveyjs: await startGzipServer(surveyJsSite()),
  };
  const surveyVersion = packageVersion("survey-core");
  const targets = [
    { id: "floor", name: "floor: static HTML, one radio", url: servers.floor.url, radio: "input[type=radio]" },
    {
      id: "app",
      name: "cx-maturity (dist/)",
      url: servers.app.url,
      radio: ".cxm input[type=radio]",
      live: ".cxm:not([data-cxm-prerendered]) input[type=radio]",
      app: true,
    },
    {
      id: "surveyjs",
      name: `SurveyJS ${surveyVersion}, 20 questions`,
      url: servers.surveyjs.url,
      radio: "#survey input[type=radio]",
    },
  ];

  const browser = await launchBrowser();
  try {
    const cpu = await cpuCheck(browser, servers.floor.url);
    say(`CPU slowdown check: a loop takes ${cpu.plain.toFixed(1)} ms, ${cpu.slowed.toFixed(1)} ms slowed down`);
    if (cpu.slowed < cpu.plain * (CPU_SLOWDOWN / 2)) throw new Error("the CPU slowdown does not reach the page");

    const loads = {};
    for (const profile of PROFILES) {
      loads[profile.id] = Object.fromEntries(targets.map((t) => [t.id, []]));
      for (let run = 1; run <= RUNS; run++) {
        const line = [];
        for (const target of targets) {
          const r = await loadRun(browser, target, profile);
          loads[profile.id][target.id].push(r);
          line.push(`${target.id} ${ms(r.first)}`);
        }
        say(`${profile.id} ${run}/${RUNS}: ${line.join(", ")}`);
      }
    }

    const steps = { floor: [], app: [] };
    for (let pass = 1; pass <= STEP_PASSES; pass++) {
      steps.floor.push(...(await stepsRun(browser, servers.floor.url, "/next.html")));
      steps.app.push(...(await stepsRun(browser, servers.app.url, "/")));
      say(`answer to next question, pass ${pass}/${STEP_PASSES}: ${steps.app.length} steps`);
    }

    const history = [];
    for (let run = 1; run <= HISTORY_RUNS; run++) {
      const r = await bigHistoryRun(browser, servers.app.url, MODELS.sixStage);
      history.push(r);
      say(`${BIG} saved results, run ${run}/${HISTORY_RUNS}: open ${ms(r.open)}, list ${ms(r.list)}, delete ${ms(r.delete)}, undo ${ms(r.undo)}`);
    }
    const imported = await importRun(browser, servers.app.url, MODELS.sixStage);
    say(`import of ${BIG} results: ${ms(imported.took)}; the other tab's longest task ${ms(imported.longest)}`);
    const team = [];
    for (let run = 1; run <= HISTORY_RUNS; run++) {
      team.push(await teamRun(browser, servers.app.url));
      say(`${PEOPLE} team links, run ${run}/${HISTORY_RUNS}: ${ms(team.at(-1))}`);
    }
    const switches = [];
    for (let run = 1; run <= SWITCH_RUNS; run++) {
      switches.push(await switchRun(browser, servers.app.url));
      say(`switch to ${TO}, run ${run}/${SWITCH_RUNS}: ${ms(switches.at(-1))}`);
    }

    const report = {
      date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
      machine: machine(),
      versions: [
        ["Chromium", browser.version()],
        ["Node.js", process.version],
        ["rustc", tool("rustc", ["--version"])],
        ["Trunk", tool("trunk", ["--version"])],
        ["wasm-bindgen", tool("wasm-bindgen", ["--version"])],
        ["survey-core / survey-js-ui", `${surveyVersion} / ${packageVersion("survey-js-ui")}`],
        ["playwright-core", packageVersion("playwright-core")],
      ],
      commit: commit(),
      cpu,
      targets,
      loads,
      steps,
      history,
      imported,
      team,
      switches,
      native,
      minutes: (Date.now() - started) / 60000,
      load: `${loadBefore} at the start, ${load()} at the end`,
    };
    const { markdown, failed } = write(report);
    writeFileSync(RESULTS, markdown);
    console.log("\n" + markdown);
    say(`wrote ${path.relative(REPO_ROOT, RESULTS)} in ${report.minutes.toFixed(1)} minutes`);
    if (failed) {
      say("a budget was missed");
      process.exitCode = 1;
    }
  } finally {
    await closeBrowser(browser);
    for (const s of Object.values(servers)) await s.close();
  }
}

/** The median of divan's row `name` in `report`, in milliseconds (NaN when it is not there). */
function divanMedianMs(report, name) {
  const row = report.split("\n").find((line) => line.includes(` ${name} `));
  // Columns: fastest │ slowest │ median │ mean │ samples │ iters.
  const median = row?.split("│")[2]?.trim().match(/^([\d.]+)\s*(ns|µs|ms|s)$/);
  if (!median) return NaN;
  return Number(median[1]) * { ns: 1e-6, µs: 1e-3, ms: 1, s: 1000 }[median[2]];
}

/** The results file, and whether any budget failed. */
function write({ date, machine, versions, commit, cpu, targets, loads, steps, history, imported, team, switches, native, minutes, load }) {
  const out = [];
  const budgets = [];
  const budget = (what, value, pass) => budgets.push(`| ${what} | ${value} | ${pass ? "PASS" : "FAIL"} |`);

  out.push(
    "# Benchmarks",
    "",
    `Written by \`make bench\` (\`scripts/bench.mjs\`) on ${date}, in ${minutes.toFixed(1)} minutes; every run`,
    "overwrites this file.",
    "",
    `- Machine: ${machine}; load average ${load}`,
    `- Commit: ${commit}`,
    ...versions.map(([name, v]) => `- ${name}: ${v}`),
    "",
    "## First answer option visible",
    "",
    `Headless Chromium, a fresh browser context per page load, CPU ${CPU_SLOWDOWN}× slower`,
    `(\`Emulation.setCPUThrottlingRate\`; a busy loop in the page took ${cpu.plain.toFixed(1)} ms without and`,
    `${cpu.slowed.toFixed(1)} ms with it), ${RUNS} loads per target and profile, interleaved`,
    "(floor, app, SurveyJS, floor, …). Every file is served gzipped (level 9) from 127.0.0.1.",
    "Time is from navigation start to the first frame in which the first radio (or its label) has a",
    "box, read from the page's clock (and asked for through the DevTools protocol, so that no script",
    "of the test driver's runs in the page while it loads); the option is then clicked and must end",
    "up checked. Transferred is the median of bytes received per load by then (headers and gzipped",
    "bodies; the app's split file is fetched later, when the intro is left).",
    "",
    "- floor: `bench/floor/index.html`, one radio in static HTML.",
    "- app: the release build in `dist/`; its first radio is the model chooser on the intro, which",
    "  the page holds prerendered: a pick there before the app starts carries over. The second row",
    "  is from navigation start to the app's own first radio (it has replaced the prerendered intro);",
    '  the third from the click on "Start the assessment", once the app has started, to the first',
    "  question's first option visible (then answered).",
    "- SurveyJS: `survey-core` and `survey-js-ui` (the framework-free renderer) from node_modules",
    "  with the default theme's CSS (the build without web fonts), a 20-question survey of 7",
    "  choices each on one page (`bench/surveyjs/index.html`).",
    "",
  );

  for (const profile of PROFILES) {
    const s = (id, key = "first") => summary(loads[profile.id][id].map((r) => r[key]));
    const floor = s("floor").median;
    const over = (id) => s(id).median - floor;
    const share = over("app") / over("surveyjs");
    out.push(
      `### ${profile.title}`,
      "",
      "| target | median | p25 | p75 | median − floor | transferred |",
      "| --- | ---: | ---: | ---: | ---: | ---: |",
    );
    const row = (name, x, rest) => `| ${name} | ${ms(x.median)} | ${ms(x.p25)} | ${ms(x.p75)} | ${rest} |`;
    for (const t of targets) {
      const x = s(t.id);
      const bytes = summary(loads[profile.id][t.id].map((r) => r.bytes)).median;
      out.push(row(t.name, x, `${ms(x.median - floor)} | ${kb(bytes)}`));
      if (t.app) {
        const live = s(t.id, "live");
        out.push(row("app: its own first option (the app has started)", live, `${ms(live.median - floor)} |`));
        out.push(row(`app: "Start the assessment" → first question's option`, s(t.id, "start"), " |"));
      }
    }
    out.push("", `(app − floor) / (SurveyJS − floor) = ${pct(share)}`, "");
    if (profile.id === "mobile") {
      budget(
        "Lighthouse mobile network: app's first option ≤ floor + 1,200 ms (median)",
        `floor + ${ms(over("app"))}`,
        over("app") <= BUDGET.mobileOverFloor,
      );
      budget(
        "Lighthouse mobile network: app over floor < 40 % of SurveyJS over floor",
        pct(share),
        share < BUDGET.shareOfSurveyJs,
      );
    } else {
      budget(
        "network not throttled: app's first option ≤ floor + 250 ms (median)",
        `floor + ${ms(over("app"))}`,
        over("app") <= BUDGET.noneOverFloor,
      );
    }
  }

  const stepMs = (x) => `${x.toFixed(1)} ms`;
  const painted = summary(steps.app.map((x) => x.painted));
  const stepRow = (what, values) => {
    const x = summary(values);
    return `| ${what} | ${stepMs(x.median)} | ${stepMs(x.p75)} | ${stepMs(x.p95)} | ${stepMs(Math.max(...values))} |`;
  };
  out.push(
    "## Answer to next question painted",
    "",
    `The default test (${painted.n / STEP_PASSES + 1} questions) taken ${STEP_PASSES} times by keyboard ("1", then Enter, each key held`,
    `${KEY_HOLD} ms as a person holds it), nothing throttled: ${painted.n} steps (every question but the last, whose`,
    "Enter opens the result). Painted: from the Enter keydown's dispatch to the end of the first",
    "frame after the next question's heading changed (a message",
    "posted from that frame's requestAnimationFrame), so it includes the wait for that frame (up to",
    "16.7 ms at 60 Hz). Heading changed: from the same dispatch to the change. The floor",
    "(`bench/floor/next.html`) has the app's class names and keys and writes each question anew with",
    "`innerHTML`; the app takes its default test.",
    "",
    "| from the Enter keydown until | median | p75 | p95 | max |",
    "| --- | ---: | ---: | ---: | ---: |",
    stepRow("floor: the heading changed", steps.floor.map((x) => x.changed)),
    stepRow("floor: the next question painted", steps.floor.map((x) => x.painted)),
    stepRow("app: the heading changed", steps.app.map((x) => x.changed)),
    stepRow("app: the next question painted", steps.app.map((x) => x.painted)),
    "",
  );
  budget("answer to next question painted ≤ 16 ms (p95)", stepMs(painted.p95), painted.p95 <= BUDGET.stepP95);

  const median = (key) => summary(history.map((r) => r[key])).median;
  out.push(
    `## ${BIG.toLocaleString("en")} saved results`,
    "",
    `The app with ${BIG.toLocaleString("en")} saved results of the default model, the CPU ${CPU_SLOWDOWN}× slower, median of ${history.length} runs.`,
    "Open: from navigation start; the others from the click to the frame after the screen showed it",
    "(timed in the page).",
    "",
    "| | median | runs |",
    "| --- | ---: | --- |",
    ...[
      ["the app's own intro is there", "live"],
      [`the intro offers "My results (${BIG})"`, "open"],
      ["My results: the first page listed and scored", "list"],
      ["a result deleted", "delete"],
      ["and the deletion undone", "undo"],
    ].map(([what, key]) => `| ${what} | ${ms(median(key))} | ${history.map((r) => ms(r[key])).join(", ")} |`),
    "",
    `An import of ${BIG.toLocaleString("en")} results in one tab took ${ms(imported.took)}; meanwhile another tab of the app, open on`,
    `its intro, had no task longer than ${ms(imported.longest)} on its main thread (the browser reports tasks over 50 ms).`,
    "",
  );
  for (const [what, key] of [["opened", "open"], ["listed", "list"], ["a deletion", "delete"], ["its undo", "undo"]]) {
    budget(`${BIG.toLocaleString("en")} saved results, CPU ${CPU_SLOWDOWN}× slower: ${what} ≤ 1 s (median)`, ms(median(key)), median(key) <= BUDGET.history);
  }
  budget(
    `an import of ${BIG.toLocaleString("en")} results: the other tab's longest task ≤ 100 ms`,
    ms(imported.longest),
    imported.longest <= BUDGET.longTask,
  );

  const teamMedian = summary(team).median;
  out.push(
    `## Team view: ${PEOPLE.toLocaleString("en")} links`,
    "",
    `${PEOPLE.toLocaleString("en")} share links, each inside a line of chat text, pasted into the team view with the CPU ${CPU_SLOWDOWN}× slower:`,
    `from "Add to the team" to the frame after the picture of ${PEOPLE.toLocaleString("en")} people showed (found, decoded, combined and`,
    `drawn), median ${ms(teamMedian)} of ${team.length} runs (${team.map(ms).join(", ")}).`,
    "",
  );
  budget(`${PEOPLE.toLocaleString("en")} team links, CPU ${CPU_SLOWDOWN}× slower: shown ≤ 300 ms (median)`, ms(teamMedian), teamMedian <= BUDGET.team);

  const switchMedian = summary(switches).median;
  out.push(
    "## Switching language",
    "",
    `On the first question, the CPU ${CPU_SLOWDOWN}× slower, from a pick of ${TO} in the page's language picker to the frame after`,
    `the question showed in it (the language's file fetched from the app's server and read, the screen built again),`,
    `median ${ms(switchMedian)} of ${switches.length} runs (${switches.map(ms).join(", ")}).`,
    "",
  );
  budget(`switching language, CPU ${CPU_SLOWDOWN}× slower: ≤ ${BUDGET.switchLanguage} ms (median)`, ms(switchMedian), switchMedian <= BUDGET.switchLanguage);

  const combineMs = divanMedianMs(native, "combine_team");
  budget(
    `native: a team picture of 10,000 people (combine_team) ≤ ${BUDGET.combineTeam} ms (median)`,
    `${combineMs.toFixed(1)} ms`,
    combineMs <= BUDGET.combineTeam,
  );
  const checkMs = divanMedianMs(native, "check_model_file");
  budget(
    `native: cxm check of a model file of 1,000 questions (check_model_file) ≤ ${BUDGET.checkModel} ms (median)`,
    `${checkMs.toFixed(1)} ms`,
    checkMs <= BUDGET.checkModel,
  );

  out.push(
    "## Native core (divan)",
    "",
    "`cargo bench --bench core` (`bench/core.rs`): `score` and `Model::from_json` (parse and check)",
    "for each built-in model and a generated 1,000-question model, and `combine` of 10,000 generated",
    "people of the default model into a team picture. The bench profile is the release",
    "profile (opt-level \"z\", LTO), so this is the code the wasm is built from, run natively.",
    "",
    "```text",
    native,
    "```",
    "",
    "## Budgets",
    "",
    "| budget | measured | |",
    "| --- | ---: | --- |",
    ...budgets,
    "",
  );
  return { markdown: out.join("\n"), failed: budgets.some((b) => b.endsWith("FAIL |")) };
}

main().catch((e) => {
  console.error(`bench: ${e.stack || e}`);
  process.exit(2);
});
