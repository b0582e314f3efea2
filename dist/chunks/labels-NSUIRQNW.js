import {
  fieldNamed,
  issueFieldValue,
  orgIssueFields
} from "./chunk-MHLHPNAH.js";
import {
  MAX_TEXT,
  evaluate,
  planLabels,
  priorityLabel,
  statedPriority
} from "./chunk-GYYBTY4M.js";
import "./chunk-HVLJS4VM.js";
import {
  subject,
  wants
} from "./chunk-XTWTDJUK.js";
import "./chunk-ZO2D5FDO.js";
import "./chunk-Q4KVXVOF.js";
import {
  MarkdownTooDeep,
  labelNames,
  listsChild,
  parseBody,
  readReferencing,
  referencingOf,
  sameRepo
} from "./chunk-J5YPLQRL.js";
import {
  inert
} from "./chunk-7F23CJCA.js";
import "./chunk-ICBU4LL7.js";

// src/labels/inherit.ts
function inheritedLabels(inherit, epicLabel, story, epics, where) {
  const wanted = /* @__PURE__ */ new Map();
  if (!inherit.length) return wanted;
  const self = { ...where.repo, number: story };
  const epicLower = epicLabel.toLowerCase();
  for (const epic of epics) {
    if (!epic.parent) {
      if (!epic.open || !epic.labels.some((l) => l.toLowerCase() === epicLower)) continue;
      if (!listsStory(epic.body, where, self)) continue;
    }
    for (const label of inherit) {
      const found = epic.labels.find((l) => l.toLowerCase() === label.toLowerCase());
      if (found && ![...wanted.keys()].some((w) => w.toLowerCase() === found.toLowerCase()))
        wanted.set(found, `inherited from epic #${epic.number}`);
    }
  }
  return wanted;
}
function listsStory(body, where, self) {
  try {
    return listsChild(parseBody(body, where).tasks, self);
  } catch (error) {
    if (error instanceof MarkdownTooDeep) return false;
    throw error;
  }
}

// src/labels/read.ts
var LABELS_TARGET_QUERY = `query LabelsTarget($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    issueOrPullRequest(number: $number) {
      __typename
      ... on Issue {
        number title body author { __typename login }
        labels(first: 100) { nodes { name } }
        parent { number state labels(first: 100) { nodes { name } } }
        timelineItems(first: 100, itemTypes: [CROSS_REFERENCED_EVENT]) {
          pageInfo { hasNextPage endCursor }
          nodes { ... on CrossReferencedEvent { source { ... on Issue { number title state body repository { nameWithOwner } labels(first: 100) { nodes { name } } } } } }
        }
      }
      ... on PullRequest {
        number title body author { __typename login } headRefName baseRefName
        labels(first: 100) { nodes { name } }
      }
    }
  }
}`;
async function readTarget(github, repo, number) {
  const data = await github.graphql(
    LABELS_TARGET_QUERY,
    { owner: repo.owner, name: repo.repo, number }
  );
  const node = data.repository?.issueOrPullRequest;
  if (!node) return void 0;
  const seen = /* @__PURE__ */ new Set();
  const referencing = referencingOf(node.timelineItems, seen);
  const info = node.timelineItems?.pageInfo;
  if (info?.hasNextPage && info.endCursor)
    referencing.push(...await readReferencing(github, repo, number, info.endCursor, seen));
  return {
    kind: node.__typename,
    number: node.number,
    title: node.title ?? "",
    body: node.body ?? "",
    author: authorName(node.author),
    labels: labelNames(node.labels),
    headBranch: node.headRefName,
    baseBranch: node.baseRefName,
    epics: epicCandidates(node, referencing, repo)
  };
}
function authorName(author) {
  if (!author?.login) return "";
  return author.__typename === "Bot" && !author.login.endsWith("[bot]") ? `${author.login}[bot]` : author.login;
}
function epicCandidates(node, referencing, repo) {
  const epics = [];
  if (node.parent)
    epics.push({
      number: node.parent.number,
      open: node.parent.state === "OPEN",
      body: "",
      labels: labelNames(node.parent.labels),
      parent: true
    });
  for (const source of referencing) {
    if (!sameRepo(source.repo, repo) || epics.some((e) => e.number === source.number)) continue;
    epics.push({
      number: source.number,
      open: source.state === "open",
      body: source.body,
      labels: source.labels,
      parent: false
    });
  }
  return epics;
}
var MAX_FILES = 3e3;
async function readFiles(github, repo, number) {
  const files = await github.paginate(
    "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
    { ...repo, pull_number: number },
    (items) => items.length >= MAX_FILES
  );
  return files.slice(0, MAX_FILES).map((f) => f.filename);
}
async function readCurrentLabels(github, repo, number) {
  const response = await github.request("GET /repos/{owner}/{repo}/issues/{issue_number}/labels", {
    ...repo,
    issue_number: number,
    per_page: 100
  });
  return response.data.map((l) => l.name);
}

// src/labels/field.ts
function optionFor(label, field, map) {
  if (field.dataType === "text") return label;
  if (field.dataType !== "single_select") return void 0;
  return field.options.find((o) => o.toLowerCase() === label.toLowerCase()) ?? field.options.find((o) => priorityLabel(o, map)?.toLowerCase() === label.toLowerCase());
}
function statedLabel(config, title, body) {
  const value = statedPriority(title, body);
  return value ? priorityLabel(value, config.priority.map) : void 0;
}
async function readPriorityField(github, repo, issue, label, config) {
  const fields = await orgIssueFields(github, repo.owner);
  const field = fieldNamed(fields, "Priority");
  if (!field || optionFor(label, field, config.priority.map) === void 0) return { fields };
  return { fields, current: await issueFieldValue(github, repo, issue, field.id) };
}
function planPriorityField(read, repo, issue, label, config) {
  const { fields } = read;
  if (!fields.available)
    return {
      written: false,
      ...fields.first ? { unavailable: `labels.priority.field: ${fields.reason}; the priority is applied as a label only` } : {}
    };
  const field = fieldNamed(fields, "Priority");
  const option = field ? optionFor(label, field, config.priority.map) : void 0;
  if (!field || option === void 0) {
    const why = field ? `its Priority field has no option meaning ${label} (${field.options.join(", ") || "no options"})` : "it has no Priority issue field";
    return {
      written: false,
      unavailable: `labels.priority.field: organisation ${repo.owner}: ${why}; the priority is applied as a label only`
    };
  }
  if (read.current === option) return { written: true };
  return {
    written: true,
    op: {
      kind: "set-issue-field",
      issue,
      fieldId: field.id,
      field: field.name,
      value: option,
      why: `priority ${label} stated in the issue`
    }
  };
}
function withoutPriorityLabels(verdict, config) {
  const group = new Set(Object.keys(config.priority.map).map((l) => l.toLowerCase()));
  const wanted = new Map([...verdict.wanted].filter(([label]) => !group.has(label.toLowerCase())));
  const owned = new Set([...verdict.owned].filter((label) => !group.has(label)));
  return { ...verdict, wanted, owned, fallbackPriority: void 0 };
}

// src/labels/index.ts
function row(number, result) {
  const { op } = result;
  const what = op.kind === "add-labels" ? `add ${op.labels.join(", ")}` : op.kind === "remove-label" ? `remove ${op.label}` : op.kind === "set-issue-field" ? `set field ${op.field} to ${op.value}` : op.kind;
  const outcome = result.status === "failed" ? `failed, not done: ${result.detail ?? "unknown error"}` : result.status === "dry-run" ? "dry run, not done" : result.status;
  return `| #${number} | ${inert(what)} | ${inert(outcome)} | ${inert(op.why)} |`;
}
async function changedFiles(ctx, snapshot, number, notes) {
  if (snapshot.kind !== "PullRequest" || !ctx.config.labels.rules.some((r) => r["changed-files"]?.length))
    return void 0;
  const files = await readFiles(ctx.github, ctx.event.repo, number);
  if (files.length >= MAX_FILES)
    notes.push(
      `#${number} changes ${MAX_FILES.toLocaleString("en-US")} files or more: GitHub lists only the first ${MAX_FILES.toLocaleString("en-US")}, so the file rules saw those.`
    );
  return files;
}
function report(ctx, number, results, verdict, notes) {
  const added = [];
  const removed = [];
  for (const r of results) {
    if (r.status !== "applied" && r.status !== "dry-run") continue;
    if (r.op.kind === "add-labels") for (const label of r.op.labels) added.push({ issue: number, label });
    if (r.op.kind === "remove-label") removed.push({ issue: number, label: r.op.label });
  }
  const refused = results.some((r) => r.status === "failed");
  if (refused)
    ctx.log.warning(
      `[#${number}] labels not written (see the summary for what would have been done): ${results.find((r) => r.status === "failed")?.detail ?? ""}`
    );
  const rows = results.map((r) => row(number, r));
  const summary = [
    rows.length ? ["| issue | labels | outcome | why |", "| --- | --- | --- | --- |", ...rows].join("\n") : `#${number}: labels already match the rules.`,
    ...refused ? ["The writes above were not made; they are what the rules would have done."] : [],
    ...verdict.cutShort.map(
      (c) => `> [!WARNING]
> Rule cut short, treated as not holding and its label left as is: ${inert(c)}`
    ),
    ...notes
  ].join("\n\n");
  return { summary, outputs: { "labels-added": JSON.stringify(added), "labels-removed": JSON.stringify(removed) } };
}
async function run(ctx) {
  const config = ctx.config.labels;
  const number = subject(ctx);
  const { repo } = ctx.event;
  const snapshot = await readTarget(ctx.github, repo, number);
  if (!snapshot)
    return {
      summary: `#${number} could not be read (deleted or transferred?): no labels changed.`,
      outputs: { "labels-added": "[]", "labels-removed": "[]" }
    };
  const notes = [];
  const files = await changedFiles(ctx, snapshot, number, notes);
  const target = {
    number,
    title: snapshot.title,
    body: snapshot.body,
    author: snapshot.author,
    files,
    headBranch: snapshot.headBranch,
    baseBranch: snapshot.baseBranch
  };
  const inherited = snapshot.kind === "Issue" ? inheritedLabels(config.inherit.labels, ctx.config.epicLabel, number, snapshot.epics, {
    repo,
    serverUrl: ctx.event.serverUrl
  }) : void 0;
  let verdict = evaluate(config, target, inherited);
  const stated = snapshot.kind === "Issue" && config.priority.enabled && config.priority.field !== "none" ? statedLabel(config, snapshot.title, snapshot.body.slice(0, MAX_TEXT)) : void 0;
  const fieldRead = stated ? await readPriorityField(ctx.github, repo, number, stated, config) : void 0;
  const field = stated && fieldRead ? planPriorityField(fieldRead, repo, number, stated, config) : void 0;
  if (field?.unavailable) {
    ctx.log.warning(field.unavailable);
    notes.push(field.unavailable);
  }
  if (field?.written && config.priority.field === "instead") verdict = withoutPriorityLabels(verdict, config);
  for (const cut of verdict.cutShort)
    ctx.log.warning(`[#${number}] rule cut short, treated as not holding and its label left as is: ${cut}`);
  let plan = planLabels(number, snapshot.labels, verdict);
  if (plan.length && !ctx.dryRun) plan = planLabels(number, await readCurrentLabels(ctx.github, repo, number), verdict);
  const results = await ctx.apply(field?.op ? [...plan, field.op] : plan);
  return report(ctx, number, results, verdict, notes);
}
var labelsFeature = {
  name: "labels",
  wants,
  run
};
export {
  labelsFeature
};
