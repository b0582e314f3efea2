import { createRequire as __esCreateRequire } from 'node:module'; const require = __esCreateRequire(import.meta.url);
import {
  httpStatus
} from "./chunk-HWZU5L5S.js";

// src/escalations/wants.ts
var GATE_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "push", "workflow_run", "schedule", "workflow_dispatch"]);
var PULL_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
var ISSUE_ACTIONS = /* @__PURE__ */ new Set(["opened", "edited", "closed", "reopened", "labeled", "unlabeled", "assigned", "unassigned"]);
function workOf(event, config) {
  const none = { thresholds: false, sweep: false, epics: false, report: false };
  if (!config.enabled) return none;
  const scheduled = event.name === "schedule" || event.name === "workflow_dispatch";
  const issue = event.payload.issue;
  const pull = event.payload.pull_request;
  return {
    // Whether gates were measured is only known at run time (ctx.shared.gates).
    thresholds: config.threshold.enabled && GATE_EVENTS.has(event.name),
    sweep: scheduled && config.events.includes(event.name),
    issue: event.name === "issues" && config.events.includes("issues") && ISSUE_ACTIONS.has(event.action ?? "") && typeof issue?.number === "number" && !issue.pull_request && !closedUnescalated(event, config.label) ? issue.number : void 0,
    // A merged or closed pull request ends its escalations (a gate that failed on it no longer matters).
    ...PULL_EVENTS.has(event.name) && event.action === "closed" && typeof pull?.number === "number" && !closedUnescalated({ ...event, payload: { issue: pull } }, config.label) ? { pull: { number: pull.number, merged: pull.merged === true } } : {},
    // Events on which an epic may complete; whether one did is known at run time (ctx.shared.epics).
    // (An issue event of another kind, e.g. `milestoned`, cannot complete one: nothing is loaded.)
    epics: event.name === "issues" && ISSUE_ACTIONS.has(event.action ?? "") || PULL_EVENTS.has(event.name) && event.action === "closed" || event.name === "push" || scheduled,
    report: scheduled && config.report.enabled && config.report.events.includes(event.name)
  };
}
function closedUnescalated(event, label) {
  if (event.action !== "closed") return false;
  const labels = Array.isArray(event.payload.issue?.labels) ? event.payload.issue.labels : [];
  return !labels.some((l) => (typeof l === "string" ? l : l?.name)?.toLowerCase() === label.toLowerCase());
}
var wants = (ctx) => {
  const work = workOf(ctx.event, ctx.config.escalations);
  return work.thresholds || work.sweep || work.issue !== void 0 || work.pull !== void 0 || work.epics || work.report;
};

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
function labelLookupQuery(count) {
  const vars = Array.from({ length: count }, (_, i) => `$n${i}: String!`).join(", ");
  const fields = Array.from({ length: count }, (_, i) => `l${i}: label(name: $n${i}) { name color description } s${i}: labels(first: 100, query: $n${i}) { nodes { name color description } }`).join(" ");
  return `query LabelLookup($owner: String!, $name: String!${count ? ", " + vars : ""}) { repository(owner: $owner, name: $name) { ${fields || "id"} } }`;
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

// src/core/plan.ts
function opIssue(op) {
  return "issue" in op ? op.issue : void 0;
}

// src/apply/executor.ts
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
  get budgetExhausted() {
    return this.writes >= this.options.maxWrites;
  }
  async apply(plan) {
    const results = [];
    let stopped;
    for (const [issue, ops] of groupByIssue(plan)) {
      const { log } = this.options;
      if (issue !== void 0) log.startGroup(`[#${issue}]`);
      let gone;
      try {
        for (const op of ops) {
          const skip = stopped ?? gone;
          const result = skip ? { op, status: "failed", writes: 0, detail: `not attempted: ${skip}` } : await this.applyOne(op);
          if (result.status === "failed" && !skip) {
            if (result.gone) gone = result.detail;
            else stopped = result.detail ?? "an earlier write failed";
          }
          delete result.gone;
          results.push(result);
          this.results.push(result);
          log.info(`${prefix(op)}${describeOp(op)}: ${result.status}${result.detail ? ` (${result.detail})` : ""} \u2014 ${op.why}`);
        }
      } finally {
        if (issue !== void 0) log.endGroup();
      }
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
        return { op, status: "failed", writes: this.writes - before, gone: true, detail: `issue #${issue} ${what}: its operations are skipped, the rest of the plan goes on` };
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
          await github.request("POST /repos/{owner}/{repo}/labels", { ...repo, name: op.name, color: hex(op.color), description: op.description });
        } catch (error) {
          if (httpStatus(error) === 422) return { status: "unchanged", detail: "already exists" };
          throw error;
        }
        this.knownLabels.add(op.name.toLowerCase());
        return { status: "applied" };
      }
      case "update-label": {
        if (!this.reserve()) return overBudget;
        await github.request("PATCH /repos/{owner}/{repo}/labels/{name}", { ...repo, name: op.name, color: hex(op.color), description: op.description });
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
    }
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
    const { github } = this.options;
    const route = "GET /repos/{owner}/{repo}/issues/{issue_number}";
    const params = { ...repo, issue_number: op.issue };
    if (op.preRead !== false) {
      const current = (await github.request(route, params)).data.body ?? "";
      if (current === op.body) return { status: "unchanged" };
      if (current !== op.expected) return { status: "conflict", detail: "the body changed since it was read", value: current };
    } else if (op.expected === op.body) {
      return { status: "unchanged" };
    }
    if (!this.reserve()) return { status: "over-budget", detail: `max-writes (${this.options.maxWrites}) reached` };
    await github.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", { ...params, body: op.body });
    if (op.readBack === false) return { status: "applied", value: op.body };
    const after = (await github.request(route, params)).data.body ?? "";
    if (after !== op.body) return { status: "conflict", detail: "another writer changed the body right after ours", value: after };
    return { status: "applied", value: after };
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
    if (id !== void 0 && current === op.body) return { status: "unchanged", value: id };
    if (id === void 0 && op.create === false) return { status: "unchanged", detail: "no comment to update" };
    if (!this.reserve()) return { status: "over-budget", detail: `max-writes (${this.options.maxWrites}) reached` };
    if (id === void 0) {
      const post = () => github.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", { ...repo, issue_number: op.issue, body: op.body, request: ONE_TRY });
      const made = await createOnce(post, () => findComment(github, repo, op.issue, op.marker));
      if (made.created || made.found.body === op.body) return { status: "applied", value: made.found.id };
      id = made.found.id;
    }
    await github.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", { ...repo, comment_id: id, body: op.body });
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
      id = (await createOnce(post, () => findCheckRun(github, repo, op))).found.id;
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
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(op);
  }
  return groups;
}
function hex(color) {
  return color.replace(/^#/, "").toLowerCase();
}
function prefix(op) {
  const issue = opIssue(op);
  const repo = op.repo ? `${op.repo.owner}/${op.repo.repo}` : "";
  return issue !== void 0 ? `[${repo}#${issue}] ` : "";
}
function describeOp(op) {
  switch (op.kind) {
    case "create-label":
      return `create label "${op.name}" (#${hex(op.color)})`;
    case "update-label":
      return `update label "${op.name}" (#${hex(op.color)}, "${op.description}")`;
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
  }
}
function permissionFor(op) {
  if (op.kind === "check-run") return "checks: write";
  if (op.kind === "upsert-comment") return "issues: write (and pull-requests: write for comments on pull requests)";
  return "issues: write";
}

// src/core/duration.ts
var SECOND = 1e3;
var MINUTE = 60 * SECOND;
var HOUR = 60 * MINUTE;
var DAY = 24 * HOUR;
var WEEK = 7 * DAY;
var UNITS = {
  s: SECOND,
  sec: SECOND,
  secs: SECOND,
  second: SECOND,
  seconds: SECOND,
  m: MINUTE,
  min: MINUTE,
  mins: MINUTE,
  minute: MINUTE,
  minutes: MINUTE,
  h: HOUR,
  hr: HOUR,
  hrs: HOUR,
  hour: HOUR,
  hours: HOUR,
  d: DAY,
  day: DAY,
  days: DAY,
  w: WEEK,
  wk: WEEK,
  wks: WEEK,
  week: WEEK,
  weeks: WEEK
};
var UNIT = "(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)";
var NUMBER = "(\\d+(?:\\.\\d+)?)";
var COMPACT = new RegExp(`^(?:${NUMBER}${UNIT})+$`, "i");
var COMPACT_PART = new RegExp(`${NUMBER}${UNIT}`, "gi");
var DURATION_PATTERN = "^\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\\s*)+$";
function parseDuration(text) {
  const compact = text.trim().replace(/\s+/g, "");
  if (!compact || !COMPACT.test(compact)) return void 0;
  let total = 0;
  for (const match of compact.matchAll(COMPACT_PART)) total += Number(match[1]) * UNITS[match[2].toLowerCase()];
  return total > 0 ? Math.round(total) : void 0;
}
var PHRASE = new RegExp(`${NUMBER}(?:\\s*${UNIT})?(?:\\s*(?:-|\u2013|\u2014|to)\\s*${NUMBER})?\\s*${UNIT}\\b`, "iy");
var LEAD = /[\s~≈<>=]*(?:(?:about|approx\.?|approximately|up to|max(?:imum)?|within)[\s~≈<>=]*)?/iy;
var JOIN = /[\s,]*(?:and\s*)?/iy;
var TILDE_RANGE = /(\d)\s*[~～]\s*(?=\d)/g;
var ALTERNATIVE = /^\s*(?:\/|\||or\b)\s*[~≈]?\s*\d/i;
function at(re, text, index) {
  re.lastIndex = index;
  return re.exec(text);
}
function parseDurationPhrase(text) {
  const direct = parseDuration(text);
  if (direct !== void 0) return direct;
  const value = text.replace(TILDE_RANGE, "$1-").replace(/[*_`~]/g, " ").trim();
  let total = 0;
  let position = at(LEAD, value, 0)[0].length;
  let end = -1;
  for (let match = at(PHRASE, value, position); match; match = at(PHRASE, value, position)) {
    const [, first, firstUnit, second, unit] = match;
    const upper = Number(second ?? first) * UNITS[unit.toLowerCase()];
    const lower = firstUnit ? Number(first) * UNITS[firstUnit.toLowerCase()] : 0;
    total += Math.max(lower, upper);
    end = position + match[0].length;
    position = end + at(JOIN, value, end)[0].length;
  }
  if (end >= 0 && ALTERNATIVE.test(value.slice(end))) return void 0;
  return total > 0 ? Math.round(total) : void 0;
}
function formatDuration(ms) {
  const sign = ms < 0 ? "-" : "";
  let rest = Math.abs(Math.round(ms));
  if (rest < MINUTE) return `${sign}${Math.floor(rest / SECOND)} s`;
  const parts = [];
  for (const [size, name] of [[WEEK, "w"], [DAY, "d"], [HOUR, "h"], [MINUTE, "min"]]) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0 || parts.length > 0) parts.push(`${count} ${name}`);
    if (parts.length === 2) break;
  }
  return sign + parts.filter((p) => !p.startsWith("0 ")).join(" ");
}
function formatAllowance(ms) {
  return ms % HOUR === 0 && ms < 10 * WEEK ? `${ms / HOUR} h` : formatDuration(ms);
}

export {
  DURATION_PATTERN,
  parseDuration,
  parseDurationPhrase,
  formatDuration,
  formatAllowance,
  ownIdentity,
  isOwnComment,
  labelAsSpelled,
  Executor,
  describeOp,
  workOf,
  wants
};
