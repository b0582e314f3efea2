import { createRequire as __esCreateRequire } from 'node:module'; const require = __esCreateRequire(import.meta.url);
import {
  httpStatus
} from "./chunk-HWZU5L5S.js";

// src/escalations/wants.ts
var GATE_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "push", "workflow_run", "schedule", "workflow_dispatch"]);
var ISSUE_ACTIONS = /* @__PURE__ */ new Set(["opened", "edited", "closed", "reopened", "labeled", "unlabeled", "assigned", "unassigned"]);
function workOf(event, config) {
  const none = { thresholds: false, sweep: false, report: false };
  if (!config.enabled) return none;
  const scheduled = event.name === "schedule" || event.name === "workflow_dispatch";
  const issue = event.payload.issue;
  return {
    // Whether gates were measured is only known at run time (ctx.shared.gates).
    thresholds: config.threshold.enabled && GATE_EVENTS.has(event.name),
    sweep: scheduled && config.events.includes(event.name),
    issue: event.name === "issues" && config.events.includes("issues") && ISSUE_ACTIONS.has(event.action ?? "") && typeof issue?.number === "number" && !issue.pull_request && !closedUnescalated(event, config.label) ? issue.number : void 0,
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
  return work.thresholds || work.sweep || work.issue !== void 0 || work.report;
};

// src/core/plan.ts
function opIssue(op) {
  return "issue" in op ? op.issue : void 0;
}

// src/apply/labels.ts
function labelLookupQuery(count) {
  const vars = Array.from({ length: count }, (_, i) => `$n${i}: String!`).join(", ");
  const fields = Array.from({ length: count }, (_, i) => `l${i}: label(name: $n${i}) { name color description }`).join(" ");
  return `query LabelLookup($owner: String!, $name: String!${count ? ", " + vars : ""}) { repository(owner: $owner, name: $name) { ${fields || "id"} } }`;
}
async function lookupLabels(github, repo, names) {
  const found = /* @__PURE__ */ new Map();
  for (let start = 0; start < names.length; start += 50) {
    const chunk = names.slice(start, start + 50);
    const variables = { owner: repo.owner, name: repo.repo };
    chunk.forEach((n, i) => variables[`n${i}`] = n);
    const data = await github.graphql(labelLookupQuery(chunk.length), variables);
    chunk.forEach((n, i) => found.set(n.toLowerCase(), data.repository[`l${i}`] ?? null));
  }
  return found;
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
      try {
        for (const op of ops) {
          const result = stopped ? { op, status: "failed", writes: 0, detail: `not attempted: ${stopped}` } : await this.applyOne(op);
          if (result.status === "failed" && !stopped) stopped = result.detail ?? "an earlier write failed";
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
    if (refused) return { op, status: "failed", writes: 0, detail: refused };
    const before = this.writes;
    try {
      const outcome = await this.perform(op);
      return { op, writes: this.writes - before, ...outcome };
    } catch (error) {
      const status = httpStatus(error);
      const message = error instanceof Error ? error.message : String(error);
      if (status === 403 && !/rate limit/i.test(message)) {
        const problem = `GitHub refused the write (403: ${message}); the workflow needs \`permissions: ${needed}\``;
        this.refused.set(needed, problem);
        return { op, status: "failed", writes: this.writes - before, detail: problem };
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
    if (id !== void 0) {
      await github.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", { ...repo, comment_id: id, body: op.body });
      return { status: "applied", value: id };
    }
    const created = await github.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", { ...repo, issue_number: op.issue, body: op.body });
    return { status: "applied", value: created.data.id };
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
    const existing = await github.request(
      "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
      { ...repo, ref: op.headSha, check_name: op.name, per_page: 100 }
    );
    const same = existing.data.check_runs.find((run) => op.externalId ? run.external_id === op.externalId : true);
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
      const created = await github.request("POST /repos/{owner}/{repo}/check-runs", { ...common, head_sha: op.headSha, output: output(0) });
      id = created.data.id;
    }
    for (let i = 1; i < batches; i++) {
      await github.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", { ...repo, check_run_id: id, output: output(i) });
    }
    return { status: "applied", value: id };
  }
};
async function findComment(github, repo, issue, marker) {
  const comments = await github.paginate(
    "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    { ...repo, issue_number: issue },
    (items) => items.some((c) => c.body?.includes(marker))
  );
  const found = comments.find((c) => c.body?.includes(marker));
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

export {
  Executor,
  describeOp,
  workOf,
  wants
};
