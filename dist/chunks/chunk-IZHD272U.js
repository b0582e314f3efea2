import { createRequire as __esCreateRequire } from 'node:module'; const require = __esCreateRequire(import.meta.url);
import {
  Minimatch,
  httpStatus
} from "./chunk-3AY62IZ3.js";
import {
  stripSource,
  withSource
} from "./chunk-BDGHVWRE.js";

// src/gates/model.ts
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
    "comment-mode": {
      type: "string",
      enum: ["always", "changes", "failures", "off"],
      default: "always",
      description: "The pull request's one sticky comment (the gate result and the escalations of its gates together): `always` posts it and edits it whenever its text changes; `changes` edits it only when a verdict or a figure (or an escalation) changes; `failures` posts it only while a gate fails, and edits an earlier one to say the gates pass; `off` posts no gate result (an escalation of a gate still appears in it). `publish.comment: false` is the same as `off`."
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

// src/core/plan.ts
function opIssue(op) {
  return "issue" in op ? op.issue : void 0;
}
function hexColor(color) {
  return color.replace(/^#/, "").toLowerCase();
}
function describeOp(op) {
  switch (op.kind) {
    case "create-label":
      return `create label "${op.name}" (#${hexColor(op.color)})`;
    case "update-label":
      return `update label "${op.name}" (#${hexColor(op.color)}, "${op.description}")`;
    case "set-body":
      return `update the body of #${op.issue}`;
    case "add-labels":
      return `add label${op.labels.length > 1 ? "s" : ""} ${op.labels.map((l) => `"${l}"`).join(", ")} to #${op.issue}`;
    case "remove-label":
      return `remove label "${op.label}" from #${op.issue}`;
    case "upsert-comment":
      return `${op.create === false ? "update" : "create or update"} comment ${op.marker.replace(/<!--\s*|\s*-->/g, "")} on #${op.issue}`;
    case "set-issue-state":
      return `${op.state === "closed" ? "close" : "reopen"} #${op.issue}`;
    case "check-run":
      return `check run "${op.name}" on ${op.headSha.slice(0, 7)}: ${op.conclusion}, ${op.annotations.length} annotation(s)`;
    case "set-issue-field":
      return `set field "${op.field}" of #${op.issue} to "${op.value}"`;
    case "project-status":
      return `post status ${op.status} to project ${op.project}`;
  }
}

// src/github/identity.ts
var VIEWER_QUERY = (
  /* GraphQL */
  `
  query EpicStewardViewer {
    viewer { login }
  }
`
);
var GITHUB_ACTIONS_BOT = "github-actions[bot]";
var known = /* @__PURE__ */ new WeakMap();
function ownIdentity(github) {
  let found = known.get(github);
  if (!found) {
    found = github.graphql(VIEWER_QUERY).then((data) => data?.viewer?.login ? { login: data.viewer.login, source: "viewer" } : { login: GITHUB_ACTIONS_BOT, source: "fallback" }).catch(() => ({ login: GITHUB_ACTIONS_BOT, source: "fallback" }));
    known.set(github, found);
  }
  return found;
}
function authorKey(author) {
  const login = author?.login?.trim();
  if (!login) return void 0;
  const bot = author?.type === "Bot" || author?.__typename === "Bot" || /\[bot\]$/i.test(login);
  return `${login.replace(/\[bot\]$/i, "").toLowerCase()}${bot ? "[bot]" : ""}`;
}
function isOwn(identity, author) {
  const key = authorKey(author);
  return key !== void 0 && key === authorKey({ login: identity.login });
}
function isOwnComment(identity, comment, marker) {
  return (comment.body ?? "").startsWith(marker) && isOwn(identity, comment.author ?? comment.user);
}

// src/apply/labels.ts
var LOOKED_UP_LABEL_FRAGMENT = (
  /* GraphQL */
  `
  fragment LookedUpLabel on Label {
    name
    color
    description
  }
`
);
function labelLookupQuery(count) {
  const vars = Array.from({ length: count }, (_, i) => `$n${i}: String!`).join(", ");
  const fields = Array.from({ length: count }, (_, i) => `l${i}: label(name: $n${i}) { ...LookedUpLabel } s${i}: labels(first: 100, query: $n${i}) { nodes { ...LookedUpLabel } }`).join(" ");
  const query = `query LabelLookup($owner: String!, $name: String!${count ? ", " + vars : ""}) { repository(owner: $owner, name: $name) { ${fields || "id"} } }`;
  return count ? `${query}
${LOOKED_UP_LABEL_FRAGMENT}` : query;
}
async function lookupLabels(github, repo, names) {
  const found = /* @__PURE__ */ new Map();
  for (let start = 0; start < names.length; start += 50) {
    const chunk = names.slice(start, start + 50);
    const variables = { owner: repo.owner, name: repo.repo };
    chunk.forEach((n, i) => variables[`n${i}`] = n);
    const data = await github.graphql(labelLookupQuery(chunk.length), variables);
    chunk.forEach((n, i) => {
      const same = (l) => !!l && l.name.toLowerCase() === n.toLowerCase();
      const exact = data.repository[`l${i}`];
      const searched = data.repository[`s${i}`]?.nodes ?? [];
      found.set(n.toLowerCase(), (same(exact) ? exact : searched.find(same)) ?? null);
    });
  }
  return found;
}
async function labelAsSpelled(github, repo, name) {
  return (await lookupLabels(github, repo, [name])).get(name.toLowerCase())?.name;
}

// src/apply/executor.ts
var PROJECT_STATUS_MUTATION = (
  /* GraphQL */
  `
  mutation EpicProjectStatus($projectId: ID!, $status: ProjectV2StatusUpdateStatus!, $body: String!, $targetDate: Date) {
    createProjectV2StatusUpdate(input: { projectId: $projectId, status: $status, body: $body, targetDate: $targetDate }) { statusUpdate { id status createdAt } }
  }
`
);
var ANNOTATIONS_PER_REQUEST = 50;
var Executor = class {
  constructor(options) {
    this.options = options;
  }
  options;
  results = [];
  writes = 0;
  /** Writes GitHub refused for lack of permission: the permission to add -> what to tell the user. */
  refused = /* @__PURE__ */ new Map();
  /** Lower-cased label names known to exist in the event's repository. */
  knownLabels = /* @__PURE__ */ new Set();
  /** The page of the check run this run wrote (or found unchanged): later comments link to it. */
  checkUrl;
  get budgetExhausted() {
    return this.writes >= this.options.maxWrites;
  }
  async apply(plan) {
    const results = [];
    for (const [issue, ops] of groupByIssue(plan)) {
      const { log } = this.options;
      if (issue !== void 0) log.startGroup(`[#${issue}]`);
      try {
        results.push(...await this.applyGroup(ops));
      } finally {
        if (issue !== void 0) log.endGroup();
      }
    }
    return results;
  }
  /** One issue's operations in order; the first failure marks the rest of them not attempted. */
  async applyGroup(ops) {
    const results = [];
    let stopped;
    for (const op of ops) {
      const result = stopped ? { op, status: "failed", writes: 0, detail: `not attempted: ${stopped}` } : await this.applyOne(op);
      if (result.status === "failed" && !stopped && !result.refused) stopped = result.detail ?? "an earlier write failed";
      results.push(result);
      this.results.push(result);
      this.options.log.info(`${prefix(op)}${describeOp(op)}: ${result.status}${result.detail ? ` (${result.detail})` : ""} \u2014 ${op.why}`);
    }
    return results;
  }
  async applyOne(op) {
    if (this.options.dryRun) return { op, status: "dry-run", writes: 0 };
    const needed = permissionFor(op);
    const refused = this.refused.get(needed);
    if (refused) return { op, status: "failed", writes: 0, detail: refused, refused: true };
    const before = this.writes;
    try {
      const outcome = await this.perform(op);
      return { op, writes: this.writes - before, ...outcome };
    } catch (error) {
      const status = httpStatus(error);
      const message = error instanceof Error ? error.message : String(error);
      const issue = opIssue(op);
      if (issue !== void 0 && (status === 410 || status === 301)) {
        const what = status === 410 ? "was deleted" : "was transferred to another repository (the redirect is not followed)";
        return { op, status: "failed", writes: this.writes - before, detail: `issue #${issue} ${what}: its operations are skipped, the rest of the plan goes on` };
      }
      if (status === 403 && !/rate limit/i.test(message)) {
        const problem = `GitHub refused the write (403: ${message}); the workflow needs \`permissions: ${needed}\``;
        this.refused.set(needed, problem);
        return { op, status: "failed", writes: this.writes - before, detail: problem, refused: true };
      }
      return { op, status: "failed", writes: this.writes - before, detail: `${status ? `HTTP ${status}: ` : ""}${message}` };
    }
  }
  /** Reserves `count` writes from the budget, or says the operation is over budget. */
  reserve(count = 1) {
    if (this.writes + count > this.options.maxWrites) return false;
    this.writes += count;
    return true;
  }
  repoOf(op) {
    return op.repo ?? this.options.repo;
  }
  async perform(op) {
    const { github } = this.options;
    const repo = this.repoOf(op);
    const overBudget = { status: "over-budget", detail: `max-writes (${this.options.maxWrites}) reached` };
    switch (op.kind) {
      case "create-label": {
        if (!this.reserve()) return overBudget;
        try {
          await github.request("POST /repos/{owner}/{repo}/labels", { ...repo, name: op.name, color: hexColor(op.color), description: op.description });
        } catch (error) {
          if (httpStatus(error) === 422) return { status: "unchanged", detail: "already exists" };
          throw error;
        }
        this.knownLabels.add(op.name.toLowerCase());
        return { status: "applied" };
      }
      case "update-label": {
        if (!this.reserve()) return overBudget;
        await github.request("PATCH /repos/{owner}/{repo}/labels/{name}", { ...repo, name: op.name, color: hexColor(op.color), description: op.description });
        return { status: "applied" };
      }
      case "set-body":
        return this.setBody(op, repo);
      case "add-labels": {
        if (op.labels.length === 0) return { status: "unchanged" };
        await this.ensureLabels(repo, op.labels);
        if (!this.reserve()) return overBudget;
        await github.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", { ...repo, issue_number: op.issue, labels: op.labels });
        return { status: "applied" };
      }
      case "remove-label": {
        if (!this.reserve()) return overBudget;
        try {
          await github.request("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", { ...repo, issue_number: op.issue, name: op.label });
        } catch (error) {
          if (httpStatus(error) === 404) return { status: "unchanged", detail: "label was not on the issue" };
          throw error;
        }
        return { status: "applied" };
      }
      case "upsert-comment":
        return this.upsertComment(op, repo);
      case "set-issue-state": {
        if (!this.reserve()) return overBudget;
        await github.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
          ...repo,
          issue_number: op.issue,
          state: op.state,
          ...op.stateReason ? { state_reason: op.stateReason } : {}
        });
        return { status: "applied" };
      }
      case "check-run":
        return this.checkRun(op, repo);
      case "set-issue-field":
      case "project-status":
        return this.reserve() ? this.planningWrite(op, repo) : overBudget;
    }
  }
  /** GitHub's planning features: an issue field value (REST, preview), a Projects status update (GraphQL). */
  async planningWrite(op, repo) {
    const { github } = this.options;
    if (op.kind === "set-issue-field") {
      await github.request("POST /repos/{owner}/{repo}/issues/{issue_number}/issue-field-values", { ...repo, issue_number: op.issue, issue_field_values: [{ field_id: op.fieldId, value: op.value }] });
    } else {
      await github.graphql(PROJECT_STATUS_MUTATION, { projectId: op.projectId, status: op.status, body: op.body, targetDate: op.targetDate ?? null });
    }
    return { status: "applied" };
  }
  /** Creates the defined labels among `names` that the repository lacks, before they are applied. */
  async ensureLabels(repo, names) {
    if (repo !== this.options.repo) return;
    const defined = new Map(this.options.definitions.map((d) => [d.name.toLowerCase(), d]));
    const unknown = names.filter((n) => defined.has(n.toLowerCase()) && !this.knownLabels.has(n.toLowerCase()));
    if (unknown.length === 0) return;
    const existing = await lookupLabels(this.options.github, repo, unknown);
    for (const name of unknown) {
      if (existing.get(name.toLowerCase())) {
        this.knownLabels.add(name.toLowerCase());
        continue;
      }
      const def = defined.get(name.toLowerCase());
      const result = await this.applyOne({ kind: "create-label", name: def.name, color: def.color, description: def.description, why: `label ${def.name} is about to be applied and does not exist yet` });
      this.results.push(result);
      if (result.status === "failed") throw new Error(result.detail);
    }
  }
  async setBody(op, repo) {
    if (op.expected === op.body) return { status: "unchanged" };
    if (!this.reserve()) return { status: "over-budget", detail: `max-writes (${this.options.maxWrites}) reached` };
    await this.options.github.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", { ...repo, issue_number: op.issue, body: op.body });
    return { status: "applied", value: op.body };
  }
  async upsertComment(op, repo) {
    const { github } = this.options;
    let id = op.commentId;
    let current = op.currentBody;
    if (id === void 0 && !op.absent) {
      const found = await findComment(github, repo, op.issue, op.marker);
      id = found?.id;
      current = found?.body;
    }
    if (id !== void 0 && current !== void 0 && stripSource(current) === stripSource(op.body)) return { status: "unchanged", value: id };
    const body = withSource(op.body, { run: this.options.runUrl, check: this.checkUrl });
    if (id === void 0 && op.create === false) return { status: "unchanged", detail: "no comment to update" };
    if (!this.reserve()) return { status: "over-budget", detail: `max-writes (${this.options.maxWrites}) reached` };
    if (id === void 0) {
      const post = () => github.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", { ...repo, issue_number: op.issue, body, request: ONE_TRY });
      const made = await createOnce(post, () => findComment(github, repo, op.issue, op.marker));
      if (made.created || stripSource(made.found.body) === stripSource(op.body)) return { status: "applied", value: made.found.id };
      id = made.found.id;
    }
    await github.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", { ...repo, comment_id: id, body });
    return { status: "applied", value: id };
  }
  async checkRun(op, repo) {
    const { github } = this.options;
    const batches = Math.max(1, Math.ceil(op.annotations.length / ANNOTATIONS_PER_REQUEST));
    const output = (i) => ({
      title: op.title,
      summary: op.summary,
      ...op.text !== void 0 ? { text: op.text } : {},
      annotations: op.annotations.slice(i * ANNOTATIONS_PER_REQUEST, (i + 1) * ANNOTATIONS_PER_REQUEST)
    });
    const same = await findCheckRun(github, repo, op);
    if (same?.html_url) this.checkUrl = same.html_url;
    if (same && same.conclusion === op.conclusion && same.output.title === op.title && same.output.summary === op.summary && (same.output.text ?? void 0) === op.text) {
      return { status: "unchanged", value: same.id };
    }
    if (!this.reserve(batches)) return { status: "over-budget", detail: `max-writes (${this.options.maxWrites}) reached` };
    const common = { ...repo, name: op.name, status: "completed", conclusion: op.conclusion, ...op.externalId ? { external_id: op.externalId } : {} };
    let id;
    if (same) {
      id = same.id;
      await github.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", { ...common, check_run_id: id, output: output(0) });
    } else {
      const post = () => github.request("POST /repos/{owner}/{repo}/check-runs", { ...common, head_sha: op.headSha, output: output(0), request: ONE_TRY });
      const made = (await createOnce(post, () => findCheckRun(github, repo, op))).found;
      id = made.id;
      if (made.html_url) this.checkUrl = made.html_url;
    }
    for (let i = 1; i < batches; i++) {
      await github.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", { ...repo, check_run_id: id, output: output(i) });
    }
    return { status: "applied", value: id };
  }
};
async function findCheckRun(github, repo, op) {
  const existing = await github.request("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", { ...repo, ref: op.headSha, check_name: op.name, per_page: 100 });
  return existing.data.check_runs.find((run) => op.externalId ? run.external_id === op.externalId : true);
}
var ONE_TRY = { retries: 0 };
var CREATE_ATTEMPTS = 4;
async function createOnce(post, find, wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms))) {
  for (let attempt = 1; ; attempt++) {
    try {
      return { found: (await post()).data, created: true };
    } catch (error) {
      if (!mayHaveLostAnswer(error) || attempt >= CREATE_ATTEMPTS) throw error;
    }
    await wait(attempt * attempt * 500);
    const found = await find();
    if (found) return { found, created: false };
  }
}
function mayHaveLostAnswer(error) {
  const status = httpStatus(error);
  if (status === void 0 || status >= 500 || status === 429) return true;
  return status === 403 && /rate limit/i.test(error instanceof Error ? error.message : "");
}
async function findComment(github, repo, issue, marker) {
  const self = await ownIdentity(github);
  const ours = (c) => isOwnComment(self, c, marker);
  const comments = await github.paginate(
    "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    { ...repo, issue_number: issue },
    (items) => items.some(ours)
  );
  const found = comments.find(ours);
  return found ? { id: found.id, body: found.body ?? "" } : void 0;
}
function groupByIssue(plan) {
  const groups = /* @__PURE__ */ new Map([[void 0, []]]);
  for (const op of plan) {
    const key = opIssue(op);
    const group = groups.get(key) ?? [];
    group.push(op);
    groups.set(key, group);
  }
  return groups;
}
function prefix(op) {
  const issue = opIssue(op);
  const repo = op.repo ? `${op.repo.owner}/${op.repo.repo}` : "";
  return issue !== void 0 ? `[${repo}#${issue}] ` : "";
}
function permissionFor(op) {
  if (op.kind === "check-run") return "checks: write";
  if (op.kind === "project-status") return "a token with Projects (organization projects: write) access";
  if (op.kind === "upsert-comment") return "issues: write (and pull-requests: write for comments on pull requests)";
  return "issues: write";
}

export {
  gatesSchema,
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
  describeOp,
  ownIdentity,
  isOwn,
  isOwnComment,
  labelAsSpelled,
  Executor,
  findComment
};
