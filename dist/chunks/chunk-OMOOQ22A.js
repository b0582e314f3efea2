
// src/gates/wants.ts
var EVENTS = /* @__PURE__ */ new Set([
  "push",
  "pull_request",
  "pull_request_target",
  "schedule",
  "workflow_dispatch",
  "workflow_run"
]);
function handles(event) {
  return EVENTS.has(event.name);
}
var wants = (ctx) => handles(ctx.event) && ctx.config.gates.items.length > 0;

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
    baseline: {
      ...PERCENT,
      description: "Where it stood when the work began (percent), e.g. `62`. Shown beside the figure; with `no-regression`, falling below it fails the gate."
    },
    target: {
      ...PERCENT,
      description: "What the gate requires (percent): `90` or `>=90` means at least 90%, `>90` strictly more than 90%."
    }
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
    "max-report-size": {
      type: "number",
      exclusiveMinimum: 0,
      default: 200,
      description: "Reports larger than this many MB are refused with a clear message (Jest JSON: at most 128 MB)."
    },
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
        comment: {
          type: "boolean",
          default: true,
          description: "On pull requests, one sticky comment with the gates, edited in place (needs `pull-requests: write`)."
        },
        "check-run": {
          type: "boolean",
          default: true,
          description: "A check run on the commit with annotations for failing tests (needs `checks: write`). It also carries the recorded baseline."
        },
        "check-name": {
          type: "string",
          minLength: 1,
          default: "Epic Steward: quality gates",
          description: "The check run's name; baselines are read back from check runs of this name."
        },
        annotations: {
          type: "integer",
          minimum: 0,
          maximum: 1e3,
          default: 200,
          description: "At most this many annotations, the most useful first (errors, new failures, those with a file and line)."
        }
      }
    },
    baseline: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "Recorded baselines: on the default branch the results are stored in the check run (a compressed digest in its text); a pull request is compared with the record of its base commit.",
      properties: {
        record: {
          type: "boolean",
          default: true,
          description: "Store the results of default-branch runs (push, schedule, workflow_dispatch) in the check run."
        },
        compare: {
          type: "boolean",
          default: true,
          description: "Compare a pull request with its base commit's record: per-gate figures and new failures, fixed, still failing and vanished tests."
        }
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
          name: {
            type: "string",
            pattern: "^[a-z0-9][a-z0-9-]*$",
            "x-expected": "kebab-case: lower-case letters, digits and dashes, e.g. `backend-security`",
            description: "Identifier, kebab-case, e.g. `backend-security`."
          },
          title: { type: "string", description: "Human title, e.g. `Backend security tests` (default: the name)." },
          reports: {
            type: "array",
            items: GLOB,
            description: "Globs of this gate's report files (default: `gates.reports`)."
          },
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
          "pass-rate": {
            ...RATE,
            description: "Pass rate = passed / executed (executed = passed + failed + errored)."
          },
          "execution-rate": {
            ...RATE,
            description: "Execution rate = executed / expected; expected is `expected-tests`, else the tests of the recorded baseline, else the cases found plus suites that failed to run."
          },
          "expected-tests": {
            type: "integer",
            minimum: 1,
            description: "How many tests should run (for the execution rate)."
          },
          "min-tests": {
            type: "integer",
            minimum: 0,
            default: 0,
            description: "Fewer executed tests than this fails the gate."
          },
          "no-regression": {
            type: "boolean",
            default: false,
            description: "Fail when the pass rate is below its baseline or below the recorded value of the base commit."
          },
          critical: {
            type: "boolean",
            default: false,
            description: "A security-like gate: escalations treat a failure after a change as urgent."
          },
          "epic-line": {
            type: "string",
            description: "The epic checklist line this gate proves, e.g. `Backend security tests: 100% pass rate achieved`; ticked with the measured value when the gate passes on the default branch."
          },
          epic: {
            type: "integer",
            minimum: 1,
            description: "The epic holding `epic-line` (default: every open epic that has the line)."
          }
        }
      }
    }
  }
};
var IF_NO_REPORTS = ["fail", "warn", "ignore"];
function parsePercent(value) {
  if (value === void 0) return void 0;
  if (typeof value === "number") return { value: value / 100, strict: false };
  const match = /^\s*(>=?)?\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(value);
  if (!match) return void 0;
  return { value: Number(match[2]) / 100, strict: match[1] === ">" };
}

export {
  handles,
  wants,
  gatesSchema,
  IF_NO_REPORTS,
  parsePercent
};
