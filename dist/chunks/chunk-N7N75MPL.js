import { createRequire as __esCreateRequire } from 'node:module'; const require = __esCreateRequire(import.meta.url);
import {
  Minimatch
} from "./chunk-ZO2D5FDO.js";

// src/gates/model.ts
function* allCases(reports) {
  for (const report of reports) yield* report.cases;
}
var MESSAGE_CAP = 4096;
var REPORT_TEXT_BUDGET = 4 * 1024 * 1024;
var emptyTotals = () => ({ tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, suiteErrors: 0 });
function addCase(totals, c) {
  totals.tests += 1;
  totals[c.outcome] += 1;
  if (c.flaky) totals.flaky += 1;
}
function caseId(c) {
  return `${c.suite}/${c.classname}/${c.name}`;
}
function detach(text) {
  if (text.length <= 12) return text;
  PAIR[0] = text.slice(0, 1);
  PAIR[1] = text.slice(1);
  const flat = PAIR.join("");
  PAIR[1] = "";
  return flat;
}
var PAIR = ["", ""];
var ReportError = class extends Error {
  name = "ReportError";
};

// src/gates/config.ts
var PERCENT = {
  type: ["number", "string"],
  minimum: 0,
  maximum: 100,
  pattern: "^\\s*(>=?)?\\s*\\d+(\\.\\d+)?\\s*%?\\s*$",
  "x-expected": 'a percentage such as `90`, `"90%"`, `">=90"` or `">90"`'
};
var RATE = {
  type: "object",
  additionalProperties: false,
  properties: {
    baseline: { ...PERCENT, description: "Where it stood when the work began (percent), e.g. `62`. Shown beside the figure; with `no-regression`, falling below it fails the gate." },
    target: { ...PERCENT, description: "What the gate requires (percent): `90` or `>=90` means at least 90%, `>90` strictly more than 90%." }
  }
};
var GLOB = { type: "string", minLength: 1, format: "glob" };
var GLOBS = { type: "array", items: GLOB, default: [] };
var DEFAULT_REPORTS = ["**/junit*.xml", "**/TEST-*.xml", "**/test-results/**/*.xml", "**/jest-results.json"];
var gatesSchema = {
  type: "object",
  additionalProperties: false,
  default: {},
  description: "Quality gates: test reports measured against baselines and targets.",
  properties: {
    reports: {
      type: "array",
      items: GLOB,
      default: DEFAULT_REPORTS,
      description: "Globs (relative to GITHUB_WORKSPACE; on `workflow_run` they match at the top of the downloaded artifacts and inside each artifact's folder) of the report files: JUnit/NUnit/xUnit.net/TRX XML or Jest `--json`, told apart by their content. A gate may name its own."
    },
    artifacts: {
      type: "array",
      items: GLOB,
      default: ["*"],
      description: "On `workflow_run`: globs over the names of the triggering run's artifacts to download; each is extracted into a folder named after it, where the `reports` globs also match."
    },
    "max-report-size": { type: "number", exclusiveMinimum: 0, default: 200, description: "Reports larger than this many MB are refused with a clear message (Jest JSON: at most 128 MB)." },
    "max-artifacts-size": {
      type: "number",
      exclusiveMinimum: 0,
      default: 200,
      description: "On `workflow_run`: the most MB that all downloaded artifacts of the run may inflate to together, counted as they inflate (a zip bomb stops there, whatever sizes it declares); artifacts past it are refused and named."
    },
    "fail-on": {
      type: "string",
      enum: ["never", "gate-failure", "regression"],
      default: "gate-failure",
      description: "When the step fails: `gate-failure` when any gate fails, `regression` only when a gate falls below its baseline or a test that passed on the base commit now fails, `never` to only report. The failure message gives the reason."
    },
    flaky: {
      type: "string",
      enum: ["pass", "fail", "exclude"],
      default: "pass",
      description: "Tests that passed only on a rerun: `pass` counts them passed (and lists them as flaky), `fail` counts them failed, `exclude` leaves them out of the rates."
    },
    publish: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "Where the results go.",
      properties: {
        summary: { type: "boolean", default: true, description: "A table per gate in the job summary." },
        comment: { type: "boolean", default: true, description: "On pull requests, one sticky comment with the gates, edited in place (needs `pull-requests: write`)." },
        "check-run": { type: "boolean", default: true, description: "A check run on the commit with annotations for failing tests (needs `checks: write`). It also carries the recorded baseline." },
        "check-name": { type: "string", minLength: 1, default: "Epic Steward: quality gates", description: "The check run's name; baselines are read back from check runs of this name." },
        annotations: { type: "integer", minimum: 0, maximum: 1e3, default: 200, description: "At most this many annotations, the most useful first (errors, new failures, those with a file and line)." }
      }
    },
    baseline: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "Recorded baselines: on the default branch the results are stored in the check run (a compressed digest in its text); a pull request is compared with the record of its base commit.",
      properties: {
        record: { type: "boolean", default: true, description: "Store the results of default-branch runs (push, schedule, workflow_dispatch) in the check run." },
        compare: { type: "boolean", default: true, description: "Compare a pull request with its base commit's record: per-gate figures and new failures, fixed, still failing and vanished tests." }
      }
    },
    items: {
      type: "array",
      default: [],
      uniqueBy: "name",
      description: "The gates (names unique). None: the feature is off.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name"],
        properties: {
          name: { type: "string", pattern: "^[a-z0-9][a-z0-9-]*$", "x-expected": "kebab-case: lower-case letters, digits and dashes, e.g. `backend-security`", description: "Identifier, kebab-case, e.g. `backend-security`." },
          title: { type: "string", description: "Human title, e.g. `Backend security tests` (default: the name)." },
          reports: { type: "array", items: GLOB, description: "Globs of this gate's report files (default: `gates.reports`)." },
          select: {
            type: "object",
            additionalProperties: false,
            default: {},
            description: "Which test cases the gate counts: a case counts when it matches any glob given (minimatch, case-insensitive); nothing given: all.",
            properties: {
              files: { ...GLOBS, description: "Globs over the test file path." },
              classes: { ...GLOBS, description: "Globs over the class name (JUnit `classname`, Jest: the test file)." },
              suites: { ...GLOBS, description: "Globs over the suite name (nested suites joined with ` \u203A `)." }
            }
          },
          "pass-rate": { ...RATE, description: "Pass rate = passed / executed (executed = passed + failed + errored)." },
          "execution-rate": { ...RATE, description: "Execution rate = executed / expected; expected is `expected-tests`, else the tests of the recorded baseline, else the cases found plus suites that failed to run." },
          "expected-tests": { type: "integer", minimum: 1, description: "How many tests should run (for the execution rate)." },
          "min-tests": { type: "integer", minimum: 0, default: 0, description: "Fewer executed tests than this fails the gate." },
          "no-regression": { type: "boolean", default: false, description: "Fail when the pass rate is below its baseline or below the recorded value of the base commit." },
          critical: { type: "boolean", default: false, description: "A security-like gate: escalations treat a failure after a change as urgent." },
          "epic-line": { type: "string", description: "The epic checklist line this gate proves, e.g. `Backend security tests: 100% pass rate achieved`; ticked with the measured value when the gate passes on the default branch." },
          epic: { type: "integer", minimum: 1, description: "The epic holding `epic-line` (default: every open epic that has the line)." }
        }
      }
    }
  }
};
function parsePercent(value) {
  if (value === void 0) return void 0;
  if (typeof value === "number") return { value: value / 100, strict: false };
  const match = /^\s*(>=?)?\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(value);
  if (!match) return void 0;
  return { value: Number(match[2]) / 100, strict: match[1] === ">" };
}

// src/gates/evaluate.ts
var pct = (r) => r === null || r === void 0 ? "n/a" : `${(Math.floor(r * 1e3 + 1e-6) / 10).toString()}%`;
var thresholdText = (t) => `${t.strict ? ">" : ""}${+(t.value * 100).toFixed(2)}%`;
var IF_NO_REPORTS = ["fail", "warn", "ignore"];
function selector(gate) {
  const compile = (globs) => globs.map((g) => new Minimatch(g, { dot: true, nocase: true, matchBase: !g.includes("/") }));
  const files = compile(gate.select.files);
  const classes = compile(gate.select.classes);
  const suites = compile(gate.select.suites);
  const all = !files.length && !classes.length && !suites.length;
  if (all) return { cases: () => true, suiteErrors: () => true, all };
  return {
    cases: (c) => c.file !== void 0 && files.some((m) => m.match(c.file)) || classes.some((m) => m.match(c.classname)) || suites.some((m) => m.match(c.suite)),
    suiteErrors: (s) => files.some((m) => m.match(s.file)) || classes.some((m) => m.match(s.file)),
    all
  };
}
var meets = (rate, t) => rate !== null && (t.strict ? rate > t.value + 1e-12 : rate >= t.value - 1e-12);
function gateTotals(gate, reports, flaky) {
  const select = selector(gate);
  const totals = emptyTotals();
  const cases = [];
  for (const report of reports) {
    for (const c of report.cases) {
      if (!select.cases(c)) continue;
      cases.push(c);
      totals.tests += 1;
      if (c.flaky) {
        totals.flaky += 1;
        if (flaky === "fail") totals.failed += 1;
        else if (flaky === "pass") totals.passed += 1;
        continue;
      }
      totals[c.outcome] += 1;
    }
    for (const s of report.suiteErrors) if (select.suiteErrors(s)) totals.suiteErrors += 1;
  }
  return { totals, cases };
}
function evaluateGate(input) {
  const { gate, recorded } = input;
  const { totals } = gateTotals(gate, input.reports, input.flaky);
  const executed = totals.passed + totals.failed + totals.errored;
  const expected = gate["expected-tests"] ?? (recorded && recorded.inventory > 0 ? Math.max(recorded.inventory, totals.tests + totals.suiteErrors) : totals.tests + totals.suiteErrors);
  const passRate = executed ? totals.passed / executed : null;
  const executionRate = expected ? Math.min(1, executed / expected) : null;
  const pass = { baseline: parsePercent(gate["pass-rate"]?.baseline), target: parsePercent(gate["pass-rate"]?.target) };
  const exec = { baseline: parsePercent(gate["execution-rate"]?.baseline), target: parsePercent(gate["execution-rate"]?.target) };
  const reasons = [];
  let verdict = "pass";
  let regression = false;
  if (input.reports.length === 0) {
    verdict = (input.ifNoReports ?? "fail") === "fail" ? "fail" : "no-data";
    reasons.push(`no report file was read for this gate${input.noReportWhy ? ` (${input.noReportWhy})` : ""}${verdict === "fail" ? " (if-no-reports: fail)" : ""}`);
  } else if (executed === 0 && totals.suiteErrors === 0 && gate["expected-tests"] === void 0) {
    verdict = "no-data";
    reasons.push(totals.tests ? `all ${totals.tests} test(s) of this gate were skipped` : "no test of this gate was found in the reports");
  } else {
    if (pass.target && !meets(passRate, pass.target)) reasons.push(`pass rate ${pct(passRate)} is below the target ${thresholdText(pass.target)}`);
    if (exec.target && !meets(executionRate, exec.target)) reasons.push(`execution rate ${pct(executionRate)} is below the target ${thresholdText(exec.target)} (${executed} of ${expected} expected test(s) ran)`);
    if (executed < gate["min-tests"]) reasons.push(`${executed} test(s) executed, fewer than the minimum ${gate["min-tests"]}`);
    if (pass.baseline && passRate !== null && passRate < pass.baseline.value - 1e-12) {
      regression = true;
      if (gate["no-regression"]) reasons.push(`pass rate ${pct(passRate)} fell below the baseline ${thresholdText(pass.baseline)}`);
    }
    if (recorded?.passRate != null && passRate !== null && passRate < recorded.passRate - 1e-12) {
      regression = true;
      if (gate["no-regression"]) reasons.push(`pass rate ${pct(passRate)} fell below ${pct(recorded.passRate)} on the base commit`);
    }
    if (input.newFailures) {
      regression = true;
      if (gate["no-regression"]) reasons.push(`${input.newFailures} test(s) that passed on the base commit now fail`);
    }
    if (reasons.length) verdict = "fail";
    else reasons.push(`pass rate ${pct(passRate)}, execution rate ${pct(executionRate)}: meets its targets`);
  }
  return {
    name: gate.name,
    title: gate.title ?? gate.name,
    verdict,
    passRate,
    executionRate,
    baselinePassRate: pass.baseline?.value ?? null,
    targetPassRate: pass.target?.value ?? null,
    baselineExecutionRate: exec.baseline?.value ?? null,
    targetExecutionRate: exec.target?.value ?? null,
    previousPassRate: recorded?.passRate ?? null,
    previousExecutionRate: recorded?.executionRate ?? null,
    targetPassRateStrict: pass.target?.strict ?? false,
    expected,
    regression,
    totals,
    critical: gate.critical,
    ...gate["epic-line"] ? { epicLine: gate["epic-line"] } : {},
    ...gate.epic ? { epic: gate.epic } : {},
    ...input.reports.length === 0 ? { noReport: true } : {},
    reasons
  };
}
function overallVerdict(outcomes) {
  if (outcomes.some((g) => g.verdict === "fail")) return "fail";
  if (outcomes.length === 0 || outcomes.every((g) => g.verdict === "no-data")) return "no-data";
  return "pass";
}
function stepFailure(outcomes, policy, newFailures) {
  if (policy === "never") return void 0;
  if (policy === "gate-failure") {
    const failing = outcomes.filter((g) => g.verdict === "fail");
    return failing.length ? `quality gate(s) failed: ${failing.map((g) => `${g.title}: ${g.reasons.join("; ")}`).join(" \xB7 ")}` : void 0;
  }
  const regressed = outcomes.filter((g) => g.regression);
  const missing = outcomes.filter((g) => g.verdict === "fail" && g.noReport);
  const parts = missing.map((g) => `${g.title}: ${g.reasons.join("; ")}`);
  parts.push(...regressed.map((g) => `${g.title}: pass rate ${pct(g.passRate)} (baseline ${g.baselinePassRate === null ? "n/a" : pct(g.baselinePassRate)}, base commit ${pct(g.previousPassRate)})`));
  if (newFailures) parts.push(`${newFailures} test(s) that passed on the base commit now fail`);
  return parts.length ? `regression (fail-on: regression): ${parts.join(" \xB7 ")}` : void 0;
}

// src/gates/wants.ts
var EVENTS = /* @__PURE__ */ new Set(["push", "pull_request", "pull_request_target", "schedule", "workflow_dispatch", "workflow_run"]);
var wants = (ctx) => ctx.config.gates.items.length > 0 && EVENTS.has(ctx.event.name);

export {
  gatesSchema,
  allCases,
  MESSAGE_CAP,
  REPORT_TEXT_BUDGET,
  emptyTotals,
  addCase,
  caseId,
  detach,
  ReportError,
  pct,
  IF_NO_REPORTS,
  selector,
  evaluateGate,
  overallVerdict,
  stepFailure,
  wants
};
