import { createRequire as __esCreateRequire } from 'node:module'; const require = __esCreateRequire(import.meta.url);
import {
  subject,
  wants
} from "./chunk-M6XZSPYU.js";
import {
  Minimatch
} from "./chunk-ZO2D5FDO.js";
import {
  fieldValue
} from "./chunk-L3SH2NKZ.js";
import {
  inert
} from "./chunk-PPWQQE6D.js";
import {
  MarkdownTooDeep,
  parseBody,
  refKey
} from "./chunk-5TPPFDK6.js";
import "./chunk-ICBU4LL7.js";

// src/labels/inherit.ts
function inheritedLabels(inherit, epicLabel, story, epics, where) {
  const wanted = /* @__PURE__ */ new Map();
  if (!inherit.length) return wanted;
  const self = refKey({ ...where.repo, number: story });
  const epicLower = epicLabel.toLowerCase();
  for (const epic of epics) {
    if (!epic.parent) {
      if (!epic.open || !epic.labels.some((l) => l.toLowerCase() === epicLower)) continue;
      if (!listsStory(epic.body, where, self)) continue;
    }
    for (const label of inherit) {
      const found = epic.labels.find((l) => l.toLowerCase() === label.toLowerCase());
      if (found && ![...wanted.keys()].some((w) => w.toLowerCase() === found.toLowerCase())) wanted.set(found, `inherited from epic #${epic.number}`);
    }
  }
  return wanted;
}
function listsStory(body, where, self) {
  try {
    return parseBody(body, where).tasks.some((t) => t.ref && refKey(t.ref) === self);
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
        number title body author { login }
        labels(first: 100) { nodes { name } }
        parent { number state labels(first: 100) { nodes { name } } }
        timelineItems(first: 100, itemTypes: [CROSS_REFERENCED_EVENT]) {
          nodes { ... on CrossReferencedEvent { source { ... on Issue { number state body repository { nameWithOwner } labels(first: 100) { nodes { name } } } } } }
        }
      }
      ... on PullRequest {
        number title body author { login } headRefName baseRefName
        labels(first: 100) { nodes { name } }
      }
    }
  }
}`;
var names = (l) => (l?.nodes ?? []).map((n) => n.name);
async function readTarget(github, repo, number) {
  const data = await github.graphql(LABELS_TARGET_QUERY, { owner: repo.owner, name: repo.repo, number });
  const node = data.repository?.issueOrPullRequest;
  if (!node) return void 0;
  const fullName = `${repo.owner}/${repo.repo}`.toLowerCase();
  const epics = [];
  if (node.parent) epics.push({ number: node.parent.number, open: node.parent.state === "OPEN", body: "", labels: names(node.parent.labels), parent: true });
  for (const item of node.timelineItems?.nodes ?? []) {
    const source = item?.source;
    if (!source?.number || String(source.repository?.nameWithOwner).toLowerCase() !== fullName) continue;
    if (epics.some((e) => e.number === source.number)) continue;
    epics.push({ number: source.number, open: source.state === "OPEN", body: source.body ?? "", labels: names(source.labels), parent: false });
  }
  return {
    kind: node.__typename,
    number: node.number,
    title: node.title ?? "",
    body: node.body ?? "",
    author: node.author?.login ?? "",
    labels: names(node.labels),
    headBranch: node.headRefName,
    baseBranch: node.baseRefName,
    epics
  };
}
var MAX_FILES = 3e3;
async function readFiles(github, repo, number) {
  const files = await github.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", { ...repo, pull_number: number }, (items) => items.length >= MAX_FILES);
  return files.slice(0, MAX_FILES).map((f) => f.filename);
}
async function readCurrentLabels(github, repo, number) {
  const response = await github.request("GET /repos/{owner}/{repo}/issues/{issue_number}/labels", { ...repo, issue_number: number, per_page: 100 });
  return response.data.map((l) => l.name);
}

// src/labels/rules.ts
import { createContext, Script } from "node:vm";
var MAX_TEXT = 256 * 1024;
var PRIORITY_NAMES = ["Priority", "Priority level"];
function statedPriority(title, body) {
  for (const text of [body, title]) {
    const value = fieldValue(text, PRIORITY_NAMES)?.replace(/[*`]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, "").trim();
    if (value && !/^no response$/i.test(value)) return value;
  }
  return void 0;
}
var WITHDRAWN = /~~.*?~~|:[\w+-]+:/g;
var WORDS = /[^\p{L}\p{N}-]+/u;
function names2(text, label, values) {
  return [label, ...values].some((v) => new RegExp(`(?<![\\p{L}\\p{N}])${v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "iu").test(text));
}
function priorityLabel(value, map) {
  const text = value.replace(WITHDRAWN, " ");
  const outside = text.replace(/\([^)]*\)/g, " ");
  const named = Object.entries(map).filter(([label, values]) => names2(outside, label, values));
  if (named.length > 1) return void 0;
  const firstWord = outside.split(WORDS).map((w) => w.replace(/^-+|-+$/g, "")).find(Boolean) ?? "";
  const candidates = [text, firstWord, /\(([^)]+)\)/.exec(text)?.[1] ?? ""].map((c) => c.trim().toLowerCase()).filter(Boolean);
  for (const candidate of candidates) {
    for (const [label, values] of Object.entries(map)) {
      if (label.toLowerCase() === candidate || values.some((v) => v.toLowerCase() === candidate)) return label;
    }
  }
  return void 0;
}
function compilePattern(pattern) {
  const literal = /^\/(.*)\/([dgimsuvy]*)$/s.exec(pattern);
  return literal ? new RegExp(literal[1], literal[2].replace("g", "")) : new RegExp(pattern, "i");
}
var sandbox = createContext({ re: /$/, text: "" });
var script = new Script("re.test(text)");
function boundedTest(re, text, timeoutMs) {
  sandbox.re = re;
  sandbox.text = text;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return script.runInContext(sandbox, { timeout: timeoutMs });
    } catch (error) {
      if (error.code !== "ERR_SCRIPT_EXECUTION_TIMEOUT") throw error;
    }
  }
  return "timeout";
}
var globCache = /* @__PURE__ */ new Map();
function glob(pattern) {
  let compiled = globCache.get(pattern);
  if (!compiled) globCache.set(pattern, compiled = new Minimatch(pattern, { dot: true }));
  return compiled;
}
function fileConditionHolds(condition, files) {
  const [[mode, patterns]] = Object.entries(condition);
  const globs = patterns.map(glob);
  const any = (file) => globs.some((g) => g.match(file));
  const all = (file) => globs.every((g) => g.match(file));
  switch (mode) {
    case "any-glob-to-any-file":
      return files.some(any);
    case "any-glob-to-all-files":
      return files.length > 0 && files.every(any);
    case "all-globs-to-any-file":
      return files.some(all);
    case "all-globs-to-all-files":
      return files.length > 0 && files.every(all);
  }
}
function evaluate(config, target, inherited) {
  const wanted = /* @__PURE__ */ new Map();
  const owned = /* @__PURE__ */ new Set();
  const spared = /* @__PURE__ */ new Set();
  const cutShort = [];
  const group = new Set(config.priority.enabled ? Object.keys(config.priority.map).map((l) => l.toLowerCase()) : []);
  let stated;
  if (config.priority.enabled) {
    const value = statedPriority(target.title, target.body.slice(0, MAX_TEXT));
    stated = value ? priorityLabel(value, config.priority.map) : void 0;
    if (stated) {
      wanted.set(stated, `priority "${value}" in the issue`);
      for (const label of group) owned.add(label);
    }
  }
  config.rules.forEach((rule, index) => {
    if (rule.sync) owned.add(rule.label.toLowerCase());
    const outcome = ruleHolds(rule, target, config["regex-timeout-ms"]);
    if (outcome.cut) {
      cutShort.push(`labels.rules[${index}] (${rule.label}): ${outcome.cut}`);
      spared.add(rule.label.toLowerCase());
      return;
    }
    if (outcome.holds && !has(wanted, rule.label)) wanted.set(rule.label, outcome.why);
  });
  let fallbackPriority;
  if (inherited) {
    if (config.inherit.sync) for (const label of config.inherit.labels) owned.add(label.toLowerCase());
    for (const [label, why] of inherited) {
      if (has(wanted, label)) continue;
      if (group.has(label.toLowerCase())) {
        if (stated || fallbackPriority) continue;
        fallbackPriority = { label, group };
      }
      wanted.set(label, why);
    }
  }
  for (const label of spared) owned.delete(label);
  return { wanted, owned, cutShort, fallbackPriority };
}
var has = (labels, label) => [...labels.keys()].some((l) => l.toLowerCase() === label.toLowerCase());
function testPatterns(list, text, what, timeoutMs) {
  if (text.length > MAX_TEXT) return { holds: false, why: "", cut: `the ${what} is ${Math.ceil(text.length / 1024)} KiB, over the ${MAX_TEXT / 1024} KiB patterns are tested on, so it was cut short` };
  for (const pattern of list) {
    let re;
    try {
      re = compilePattern(pattern);
    } catch (error) {
      return { holds: false, why: "", cut: `invalid pattern ${pattern}: ${error.message}` };
    }
    const outcome = boundedTest(re, text, timeoutMs);
    if (outcome === "timeout") return { holds: false, why: "", cut: `pattern ${pattern} on the ${what} took longer than ${timeoutMs} ms and was cut short` };
    if (outcome) return { holds: true, why: `${what} matches ${pattern}` };
  }
  return { holds: false, why: "" };
}
function ruleHolds(rule, target, timeoutMs) {
  const results = [];
  const texts = [
    [rule.title, target.title, "title"],
    [rule.body, target.body, "body"],
    [rule["head-branch"], target.headBranch, "head branch"],
    [rule["base-branch"], target.baseBranch, "base branch"]
  ];
  for (const [list, text, what] of texts) {
    if (!list?.length) continue;
    const outcome = text === void 0 ? { holds: false, why: "" } : testPatterns(list, text, what, timeoutMs);
    if (outcome.cut) return outcome;
    results.push(outcome);
    if (rule.match === "any" ? outcome.holds : !outcome.holds) break;
  }
  if (rule["changed-files"]?.length) {
    const files = target.files;
    const holds2 = files !== void 0 && rule["changed-files"].every((c) => fileConditionHolds(c, files));
    results.push({ holds: holds2, why: holds2 ? "changed files match" : "" });
  }
  if (rule.authors?.length) {
    const holds2 = rule.authors.some((a) => a.toLowerCase() === target.author.toLowerCase());
    results.push({ holds: holds2, why: holds2 ? `author ${target.author}` : "" });
  }
  const holds = results.length > 0 && (rule.match === "all" ? results.every((r) => r.holds) : results.some((r) => r.holds));
  return { holds, why: results.filter((r) => r.holds).map((r) => r.why).join(", ") };
}
function planLabels(issue, current, verdict) {
  const has2 = new Set(current.map((l) => l.toLowerCase()));
  const wantedLower = new Set([...verdict.wanted.keys()].map((l) => l.toLowerCase()));
  const fallback = verdict.fallbackPriority;
  const personChosePriority = fallback !== void 0 && current.some((l) => fallback.group.has(l.toLowerCase()));
  const add = [...verdict.wanted.keys()].filter((l) => !has2.has(l.toLowerCase()) && !(personChosePriority && l === fallback.label));
  const ops = [];
  if (add.length) ops.push({ kind: "add-labels", issue, labels: add, why: add.map((l) => `${l}: ${verdict.wanted.get(l)}`).join("; ") });
  for (const label of current) {
    const lower = label.toLowerCase();
    if (verdict.owned.has(lower) && !wantedLower.has(lower)) ops.push({ kind: "remove-label", issue, label, why: "its rule no longer holds" });
  }
  return ops;
}

// src/labels/index.ts
function row(number, result) {
  const { op } = result;
  const what = op.kind === "add-labels" ? `add ${op.labels.join(", ")}` : op.kind === "remove-label" ? `remove ${op.label}` : op.kind;
  const outcome = result.status === "failed" ? `failed, not done: ${result.detail ?? "unknown error"}` : result.status === "dry-run" ? "dry run, not done" : result.status;
  return `| #${number} | ${inert(what)} | ${inert(outcome)} | ${inert(op.why)} |`;
}
async function run(ctx) {
  const config = ctx.config.labels;
  const number = subject(ctx);
  const { repo } = ctx.event;
  const snapshot = await readTarget(ctx.github, repo, number);
  if (!snapshot) return { summary: `#${number} could not be read (deleted or transferred?): no labels changed.`, outputs: { "labels-added": "[]", "labels-removed": "[]" } };
  const notes = [];
  let files;
  if (snapshot.kind === "PullRequest" && config.rules.some((r) => r["changed-files"]?.length)) {
    files = await readFiles(ctx.github, repo, number);
    if (files.length >= MAX_FILES) notes.push(`#${number} changes ${MAX_FILES.toLocaleString("en-US")} files or more: GitHub lists only the first ${MAX_FILES.toLocaleString("en-US")}, so the file rules saw those.`);
  }
  const target = { number, title: snapshot.title, body: snapshot.body, author: snapshot.author, files, headBranch: snapshot.headBranch, baseBranch: snapshot.baseBranch };
  const inherited = snapshot.kind === "Issue" ? inheritedLabels(config.inherit.labels, ctx.config.epics.label, number, snapshot.epics, { repo, serverUrl: ctx.event.serverUrl }) : void 0;
  const verdict = evaluate(config, target, inherited);
  for (const cut of verdict.cutShort) ctx.log.warning(`[#${number}] rule cut short, treated as not holding and its label left as is: ${cut}`);
  let plan = planLabels(number, snapshot.labels, verdict);
  if (plan.length && !ctx.dryRun) plan = planLabels(number, await readCurrentLabels(ctx.github, repo, number), verdict);
  const results = await ctx.apply(plan);
  const added = [];
  const removed = [];
  for (const r of results) {
    if (r.status !== "applied" && r.status !== "dry-run") continue;
    if (r.op.kind === "add-labels") for (const label of r.op.labels) added.push({ issue: number, label });
    if (r.op.kind === "remove-label") removed.push({ issue: number, label: r.op.label });
  }
  const refused = results.some((r) => r.status === "failed");
  if (refused) ctx.log.warning(`[#${number}] labels not written (see the summary for what would have been done): ${results.find((r) => r.status === "failed")?.detail ?? ""}`);
  const rows = results.map((r) => row(number, r));
  const summary = [
    rows.length ? ["| issue | labels | outcome | why |", "| --- | --- | --- | --- |", ...rows].join("\n") : `#${number}: labels already match the rules.`,
    ...refused ? ["The writes above were not made; they are what the rules would have done."] : [],
    ...verdict.cutShort.map((c) => `> [!WARNING]
> Rule cut short, treated as not holding and its label left as is: ${inert(c)}`),
    ...notes
  ].join("\n\n");
  return { summary, outputs: { "labels-added": JSON.stringify(added), "labels-removed": JSON.stringify(removed) } };
}
var labelsFeature = {
  name: "labels",
  wants,
  run
};
export {
  labelsFeature
};
