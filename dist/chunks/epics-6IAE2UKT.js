import { createRequire as __esCreateRequire } from 'node:module'; const require = __esCreateRequire(import.meta.url);
import {
  triggerOf,
  wants
} from "./chunk-NYR23HJD.js";
import {
  LIMITS
} from "./chunk-XCBJPGUI.js";
import {
  BLOCK_END,
  BLOCK_START,
  MarkdownTooDeep,
  closingRefs,
  endsInRawBlock,
  findBlock,
  formatRef,
  parseBody,
  parseMarkdown,
  proseOf,
  refKey,
  refsInText,
  sameRepo
} from "./chunk-LYEKAJIF.js";
import {
  inert,
  quote
} from "./chunk-7F23CJCA.js";
import "./chunk-ICBU4LL7.js";

// src/epics/queries.ts
var EPICS_OF_ISSUE_QUERY = (
  /* GraphQL */
  `
  query EpicsOfIssue($owner: String!, $name: String!, $number: Int!, $after: String) {
    repository(owner: $owner, name: $name) {
      issueOrPullRequest(number: $number) {
        __typename
        ... on Issue {
          number
          state
          body
          authorAssociation
          parent { ...EpicCandidate }
          subIssuesSummary { total }
          labels(first: 100) { nodes { name } }
          timelineItems(first: 100, after: $after, itemTypes: [CROSS_REFERENCED_EVENT]) {
            pageInfo { hasNextPage endCursor }
            nodes { ... on CrossReferencedEvent { source { ... on Issue { ...EpicCandidate } } } }
          }
        }
        ... on PullRequest {
          number
          merged
          timelineItems(first: 100, after: $after, itemTypes: [CROSS_REFERENCED_EVENT]) {
            pageInfo { hasNextPage endCursor }
            nodes { ... on CrossReferencedEvent { source { ... on Issue { ...EpicCandidate } } } }
          }
        }
      }
    }
  }
  fragment EpicCandidate on Issue {
    number
    title
    state
    body
    repository { nameWithOwner }
    labels(first: 100) { nodes { name } }
    subIssuesSummary { total }
  }
`
);
var MERGED_PULL_QUERY = (
  /* GraphQL */
  `
  query MergedPull($owner: String!, $name: String!, $number: Int!) {
    repository(owner: $owner, name: $name) {
      defaultBranchRef { name }
      pullRequest(number: $number) {
        number
        merged
        baseRefName
        title
        body
        closingIssuesReferences(first: 100) {
          nodes { number repository { nameWithOwner } }
        }
      }
    }
  }
`
);
var OPEN_ISSUES_QUERY = (
  /* GraphQL */
  `
  query OpenIssues($owner: String!, $name: String!, $after: String) {
    repository(owner: $owner, name: $name) {
      issues(states: [OPEN], first: 100, after: $after, orderBy: { field: CREATED_AT, direction: ASC }) {
        pageInfo { hasNextPage endCursor }
        nodes {
          number
          labels(first: 100) { nodes { name } }
          subIssuesSummary { total }
        }
      }
    }
  }
`
);
var EPIC_FIELDS = `number title body state labels(first: 100) { nodes { name } } subIssues(first: 100) { nodes { number state stateReason(enableDuplicate: true) repository { nameWithOwner } } }`;
var CHILD_FIELDS = `__typename ... on Issue { issueState: state stateReason(enableDuplicate: true) } ... on PullRequest { pullState: state merged }`;
var NAME = /^[A-Za-z0-9._-]+$/;
function safeName(name) {
  return NAME.test(name) && name.length <= 100;
}
function batchQuery(epics, children) {
  const byRepo = /* @__PURE__ */ new Map();
  const group = (repo) => {
    const key = `${repo.owner.toLowerCase()}/${repo.repo.toLowerCase()}`;
    let entry = byRepo.get(key);
    if (!entry) byRepo.set(key, entry = { repo, epics: [], children: [] });
    return entry;
  };
  for (const e of epics) group(e.repo).epics.push(e.number);
  for (const c of children) if (safeName(c.owner) && safeName(c.repo)) group(c).children.push(c.number);
  const parts = [];
  const plan = { query: "", epics: /* @__PURE__ */ new Map(), children: /* @__PURE__ */ new Map() };
  let r = 0;
  for (const entry of byRepo.values()) {
    const alias = `r${r++}`;
    const fields = [];
    for (const n of new Set(entry.epics)) {
      fields.push(`e${n}: issue(number: ${n}) { ${EPIC_FIELDS} }`);
      plan.epics.set(`${alias}.e${n}`, { repo: entry.repo, number: n });
    }
    for (const n of new Set(entry.children)) {
      fields.push(`i${n}: issueOrPullRequest(number: ${n}) { ${CHILD_FIELDS} }`);
      plan.children.set(`${alias}.i${n}`, { ...entry.repo, number: n });
    }
    parts.push(`${alias}: repository(owner: ${JSON.stringify(entry.repo.owner)}, name: ${JSON.stringify(entry.repo.repo)}) { ${fields.join(" ")} }`);
  }
  plan.query = `query EpicsAndChildren { ${parts.join(" ")} }`;
  return plan;
}

// src/epics/read.ts
function repoOf(nameWithOwner) {
  const [owner = "", repo = ""] = nameWithOwner.split("/");
  return { owner, repo };
}
function labelNames(labels) {
  return (labels?.nodes ?? []).flatMap((l) => l ? [l.name] : []);
}
function candidate(node) {
  return {
    repo: repoOf(node.repository.nameWithOwner),
    number: node.number,
    title: node.title,
    state: node.state === "OPEN" ? "open" : "closed",
    body: node.body ?? "",
    labels: labelNames(node.labels),
    subIssues: node.subIssuesSummary?.total ?? 0
  };
}
async function query(github, text, variables) {
  try {
    return { data: await github.graphql(text, variables), errors: [] };
  } catch (error) {
    const partial = error;
    if (partial && typeof partial === "object" && partial.data && Array.isArray(partial.errors)) return { data: partial.data, errors: partial.errors };
    throw error;
  }
}
async function readIssueContext(github, repo, number) {
  const context = { kind: "missing", labels: [], subIssues: 0, referencing: [] };
  const seen = /* @__PURE__ */ new Set();
  let after = null;
  for (let page = 0; page < 50; page++) {
    const answer = await query(github, EPICS_OF_ISSUE_QUERY, { owner: repo.owner, name: repo.repo, number, after });
    const node = answer.data.repository?.issueOrPullRequest;
    if (!node) return context;
    if (page === 0) {
      context.kind = node.__typename === "PullRequest" ? "pull" : "issue";
      if (node.__typename === "Issue") {
        context.state = node.state === "OPEN" ? "open" : "closed";
        context.body = node.body ?? "";
        if (typeof node.authorAssociation === "string") context.authorAssociation = node.authorAssociation;
        context.labels = labelNames(node.labels);
        context.subIssues = node.subIssuesSummary?.total ?? 0;
        if (node.parent) context.parent = candidate(node.parent);
      }
    }
    for (const item of node.timelineItems?.nodes ?? []) {
      const source = item?.source;
      if (!source || typeof source.number !== "number" || !source.repository) continue;
      const found = candidate(source);
      const key = refKey({ ...found.repo, number: found.number });
      if (seen.has(key)) continue;
      seen.add(key);
      context.referencing.push(found);
    }
    const info = node.timelineItems?.pageInfo;
    if (!info?.hasNextPage || !info.endCursor) break;
    after = info.endCursor;
  }
  return context;
}
async function readMergedPull(github, repo, number) {
  const { data } = await query(github, MERGED_PULL_QUERY, { owner: repo.owner, name: repo.repo, number });
  const pull = data.repository?.pullRequest;
  if (!pull) return void 0;
  return {
    merged: Boolean(pull.merged),
    baseRefName: pull.baseRefName,
    defaultBranch: data.repository?.defaultBranchRef?.name,
    title: pull.title ?? "",
    body: pull.body ?? "",
    closing: (pull.closingIssuesReferences?.nodes ?? []).flatMap(
      (n) => n ? [{ ...repoOf(n.repository.nameWithOwner), number: n.number }] : []
    )
  };
}
async function readOpenEpics(github, repo, label) {
  const epics = [];
  let after = null;
  for (let page = 0; page < 1e3; page++) {
    const answer = await query(github, OPEN_ISSUES_QUERY, { owner: repo.owner, name: repo.repo, after });
    const issues = answer.data.repository?.issues;
    if (!issues) break;
    for (const node of issues.nodes ?? []) {
      if (!node) continue;
      if (isEpic(labelNames(node.labels), node.subIssuesSummary?.total ?? 0, label)) epics.push(node.number);
    }
    if (!issues.pageInfo.hasNextPage || !issues.pageInfo.endCursor) break;
    after = issues.pageInfo.endCursor;
  }
  return epics;
}
function isEpic(labels, subIssues, label) {
  return subIssues > 0 || labels.some((l) => l.toLowerCase() === label.toLowerCase());
}
var CHILDREN_PER_QUERY = 250;
function stateOf(node) {
  const state = node.issueState ?? node.pullState ?? node.state;
  if (node.__typename === "PullRequest") return { kind: "pull", state: node.merged || state === "MERGED" ? "merged" : state === "OPEN" ? "open" : "closed" };
  return {
    kind: "issue",
    state: state === "OPEN" ? "open" : "closed",
    reason: typeof node.stateReason === "string" ? node.stateReason.toLowerCase() : null
  };
}
async function readBatch(github, epics, children) {
  const result = { epics: /* @__PURE__ */ new Map(), children: /* @__PURE__ */ new Map() };
  const unique = [...new Map(children.map((c) => [refKey(c), c])).values()];
  for (const c of unique) {
    if (!safeName(c.owner) || !safeName(c.repo)) result.children.set(refKey(c), { kind: "unreadable", why: "not a valid repository name" });
  }
  const readable = unique.filter((c) => !result.children.has(refKey(c)));
  const chunks = [];
  for (let i = 0; i < readable.length; i += CHILDREN_PER_QUERY) chunks.push(readable.slice(i, i + CHILDREN_PER_QUERY));
  if (chunks.length === 0) chunks.push([]);
  for (const [index, chunk] of chunks.entries()) {
    const plan = batchQuery(index === 0 ? epics : [], chunk);
    const { data, errors } = await query(github, plan.query);
    const failure = (path) => {
      const [repoAlias, field] = path.split(".");
      const error = errors.find((e) => e.path !== void 0 && e.path[0] === repoAlias && (e.path.length === 1 || e.path[1] === field));
      if (data[repoAlias] === null || data[repoAlias] === void 0) return "the repository cannot be read with this token";
      return error?.type === "NOT_FOUND" || !error ? "no such issue or pull request" : error.message;
    };
    for (const [path, epic] of plan.epics) {
      const [repoAlias, field] = path.split(".");
      const node = data[repoAlias]?.[field];
      result.epics.set(refKey({ ...epic.repo, number: epic.number }), node ? snapshotOf(epic.repo, node, result.children) : void 0);
    }
    for (const [path, child] of plan.children) {
      const [repoAlias, field] = path.split(".");
      const node = data[repoAlias]?.[field];
      result.children.set(refKey(child), node ? stateOf(node) : { kind: "unreadable", why: failure(path) });
    }
  }
  return result;
}
function snapshotOf(repo, node, children) {
  const subIssues = [];
  for (const sub of node.subIssues?.nodes ?? []) {
    if (!sub) continue;
    const ref = { ...repoOf(sub.repository.nameWithOwner), number: sub.number };
    subIssues.push(ref);
    if (sub.state) children.set(refKey(ref), stateOf({ __typename: "Issue", ...sub }));
  }
  return {
    repo,
    number: node.number,
    title: node.title ?? "",
    body: node.body ?? "",
    state: node.state === "OPEN" ? "open" : "closed",
    labels: labelNames(node.labels),
    subIssues
  };
}

// src/epics/block.ts
var RECORD = /<!-- epic-steward:handoff( [a-z ]*)? -->/;
var STAMP = /<sub>Updated ([^<\r\n]*) by Epic Steward<\/sub>/;
var MAX_LISTED = 30;
function percentOf(done, total) {
  return total === 0 ? 0 : Math.floor(done * 100 / total);
}
function readRecord(block) {
  const words = block && RECORD.exec(block)?.[1]?.trim().split(/\s+/) || [];
  const record = { handedOff: words.includes("done"), closedByTool: words.includes("closed") };
  if (words.includes("pending")) record.pending = true;
  return record;
}
function readStamp(block) {
  return block ? STAMP.exec(block)?.[1] : void 0;
}
function formatStamp(date) {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
function cell(text) {
  return inline(text).replace(/\|/g, "\\|");
}
function inline(text) {
  return text.replace(/[\r\n]+/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function listed(items) {
  const shown = items.slice(0, MAX_LISTED).map(inline).join(", ");
  return items.length > MAX_LISTED ? `${shown} and ${items.length - MAX_LISTED} more` : shown;
}
function fraction(done, total) {
  return `${done}/${total} done \xB7 ${percentOf(done, total)}%`;
}
function headline(f) {
  const issues = `${f.done}/${f.total} linked issues done`;
  if (f.doneWhen === "all-stories") return `**Progress: ${issues} \xB7 ${percentOf(f.done, f.total)}%**`;
  return `**Progress: ${f.items.done}/${f.items.total} task items ticked \xB7 ${percentOf(f.items.done, f.items.total)}%** \xB7 ${issues}`;
}
function renderBlock(figures, record, stamp, eol) {
  const lines = [BLOCK_START, `${headline(figures)}${figures.complete ? " \u2705" : ""}`, ""];
  if (figures.sections.length > 0) {
    lines.push("| Section | Progress |", "| --- | --- |");
    for (const s of figures.sections) lines.push(`| ${cell(s.name || "(no heading)")} | ${fraction(s.done, s.total)} |`);
    lines.push("");
  }
  const notes = [];
  if (figures.notPlanned.length) notes.push(`**Not planned:** ${listed(figures.notPlanned)}`);
  if (figures.unreadable.length) notes.push(`**Could not read:** ${listed(figures.unreadable)}`);
  if (figures.unlisted.length) notes.push(`**Sub-issues not in the checklist:** ${listed(figures.unlisted)}`);
  if (notes.length) lines.push(notes.join("<br>"), "");
  lines.push(`<sub>Updated ${stamp} by Epic Steward</sub>`);
  const words = [record.handedOff ? "done" : "", record.closedByTool ? "closed" : "", record.pending ? "pending" : ""].filter(Boolean);
  if (record.handedOff || record.pending) lines.push(`<!-- epic-steward:handoff ${words.join(" ")} -->`);
  lines.push(BLOCK_END);
  return lines.join(eol);
}

// src/epics/planner.ts
var HANDOFF_MARKER = "<!-- epic-steward:handoff-comment -->";
function verdictOf(state) {
  if (!state) return "unreadable";
  if (state.kind === "unreadable") return "unreadable";
  if (state.kind === "pull") return state.state === "merged" ? "done" : state.state === "closed" ? "unmerged" : "open";
  if (state.state === "open") return "open";
  return state.reason === "not_planned" || state.reason === "duplicate" ? "not-planned" : "done";
}
function norm(text) {
  return text.toLowerCase().replace(/\s+/g, " ").replace(/[\s.]+$/, "").trim();
}
var MEASURED = /\s*\(measured [^()\r\n]*\)$/;
function measured(outcome) {
  const t = outcome.totals;
  const executed = t.passed + t.failed + t.errored;
  const pct = (rate) => `${Math.round(rate * 1e3) / 10}%`;
  if (outcome.targetPassRate === null && outcome.executionRate !== null) return `(measured ${pct(outcome.executionRate)} executed \xB7 ${executed} tests)`;
  return `(measured ${outcome.passRate === null ? "n/a" : pct(outcome.passRate)} \xB7 ${t.passed}/${executed})`;
}
function applyEdits(body, edits) {
  let out = body;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
function shifted(offset, edits) {
  return edits.reduce((at, e) => e.end <= offset ? at + e.text.length - (e.end - e.start) : at, offset);
}
function eolOf(body) {
  return body.includes("\r\n") ? "\r\n" : "\n";
}
function inSections(config, section) {
  if (config.sections.length === 0) return true;
  return config.sections.some((s) => norm(s) === norm(section));
}
function describeVerdict(state) {
  if (!state) return "not read";
  if (state.kind === "unreadable") return state.why;
  if (state.kind === "pull") return state.state === "closed" ? "closed without merging" : state.state;
  return state.reason === "duplicate" ? "duplicate" : "not planned";
}
function template(text, values) {
  return text.replace(/\{(\w+)\}/g, (whole, key) => values[key] ?? whole);
}
function mentionOf(name) {
  return name.startsWith("@") ? name : `@${name}`;
}
function planEpic(input) {
  const { config, epic, children } = input;
  const ctx = { repo: epic.repo, serverUrl: input.serverUrl };
  const tree = parseMarkdown(epic.body);
  const parsed = parseBody(epic.body, ctx, tree);
  const self = { ...epic.repo, number: epic.number };
  const selfKey = refKey(self);
  const policy = config["not-planned"];
  const edits = [];
  const missing = /* @__PURE__ */ new Map();
  const verdicts = /* @__PURE__ */ new Map();
  const verdict = (ref) => {
    const key = refKey(ref);
    let v = verdicts.get(key);
    if (!v) {
      if (!children.has(key)) missing.set(key, ref);
      v = verdictOf(children.get(key));
      verdicts.set(key, v);
    }
    return v;
  };
  const isDone = (v) => v === "done" || v === "not-planned" && policy === "ticked";
  const leftOut = (v) => v === "not-planned" && policy === "strike";
  const counted = /* @__PURE__ */ new Map();
  for (const task of parsed.tasks) {
    if (task.ref && refKey(task.ref) !== selfKey && inSections(config, task.section)) counted.set(refKey(task.ref), task.ref);
  }
  const listedKeys = new Set(parsed.tasks.filter((t) => t.ref).map((t) => refKey(t.ref)));
  for (const sub of epic.subIssues) if (refKey(sub) !== selfKey && !counted.has(refKey(sub))) counted.set(refKey(sub), sub);
  const manualTick = /* @__PURE__ */ new Map();
  for (const task of parsed.tasks) if (task.ref && !manualTick.has(refKey(task.ref))) manualTick.set(refKey(task.ref), task.checked);
  const sectionFigures = /* @__PURE__ */ new Map();
  const appended = (input.append ?? []).filter((r) => !listedKeys.has(refKey(r)) && refKey(r) !== selfKey);
  const at = appended.length && config["append-section"] ? appendPoint(epic.body, parsed.tasks, config["append-section"]) : void 0;
  if (at) {
    const eol = eolOf(epic.body);
    edits.push({ start: at.offset, end: at.offset, text: appended.map((r) => `${eol}${at.prefix}[${isDone(verdict(r)) ? "x" : " "}] ${formatRef(r, epic.repo)}`).join("") });
    for (const r of appended) listedKeys.add(refKey(r));
    if (inSections(config, at.section)) {
      for (const r of appended) counted.set(refKey(r), r);
      const figure = sectionFigures.get(at.section) ?? { name: at.section, done: 0, total: 0 };
      for (const r of appended) {
        if (leftOut(verdict(r))) continue;
        figure.total += 1;
        if (isDone(verdict(r))) figure.done += 1;
      }
      sectionFigures.set(at.section, figure);
    }
  }
  let done = 0;
  let total = 0;
  const notPlanned = [];
  const unreadable = [];
  for (const [key, ref] of counted) {
    const v = verdict(ref);
    if (v === "not-planned" || v === "unmerged") notPlanned.push(`${formatRef(ref, epic.repo)} (${describeVerdict(children.get(key))})`);
    if (v === "unreadable") unreadable.push(`${formatRef(ref, epic.repo)} (${describeVerdict(children.get(key))})`);
    if (leftOut(v)) continue;
    total += 1;
    if (isDone(v) || v === "unreadable" && manualTick.get(key)) done += 1;
  }
  const gates = input.gates.filter((g) => g.epicLine && (g.epic === void 0 || g.epic === epic.number) && g.verdict !== "no-data");
  const gateOf = (task) => gates.find((g) => norm(g.epicLine) === norm(task.text.replace(MEASURED, "")));
  const lineTicked = (task) => {
    const gate = gateOf(task);
    return gate ? gate.verdict === "pass" : task.checked;
  };
  const allItems = config["done-when"] === "all-items";
  const lines = parsed.tasks.filter((t) => !t.ref && inSections(config, t.section));
  const complete = allItems ? total + lines.length > 0 && done === total && lines.every(lineTicked) : total > 0 && done === total;
  for (const task of parsed.tasks) {
    let want = task.checked;
    let countIt = true;
    if (task.ref) {
      if (refKey(task.ref) === selfKey) {
        want = complete;
      } else {
        const v = verdict(task.ref);
        if (v !== "unreadable") want = isDone(v);
        if (policy === "strike") {
          if (leftOut(v) && !task.strike) {
            edits.push({ start: task.content.start, end: task.content.start, text: "~~" }, { start: task.content.end, end: task.content.end, text: "~~" });
          } else if (!leftOut(v) && v !== "unreadable" && task.strike) {
            const s = task.strike;
            edits.push({ start: s.start, end: s.start + s.fence, text: "" }, { start: s.end - s.fence, end: s.end, text: "" });
          }
          if (leftOut(v)) countIt = false;
        }
      }
    } else {
      const text = epic.body.slice(task.content.start, task.content.end);
      const bare = text.replace(MEASURED, "");
      const gate = gateOf(task);
      if (gate) {
        want = lineTicked(task);
        const suffix = ` ${measured(gate)}`;
        if (text !== bare + suffix) edits.push({ start: task.content.start + bare.length, end: task.content.end, text: suffix });
      }
    }
    if (want !== task.checked) edits.push({ start: task.box, end: task.box + 1, text: want ? "x" : " " });
    if (!inSections(config, task.section) || !countIt) continue;
    const figure = sectionFigures.get(task.section) ?? { name: task.section, done: 0, total: 0 };
    figure.total += 1;
    if (want) figure.done += 1;
    sectionFigures.set(task.section, figure);
  }
  const firstTask = (section) => parsed.tasks.findIndex((t) => t.section === section);
  const blockText = parsed.block ? epic.body.slice(parsed.block.start, parsed.block.end) : void 0;
  const record = readRecord(blockText);
  const unlisted = epic.subIssues.filter((s) => !listedKeys.has(refKey(s)) && refKey(s) !== selfKey);
  const sectionList = [...sectionFigures.values()];
  const figures = {
    number: epic.number,
    done,
    total,
    percent: percentOf(done, total),
    complete,
    items: {
      done: sectionList.reduce((n, s) => n + s.done, 0) + unlisted.filter((s) => isDone(verdict(s))).length,
      total: sectionList.reduce((n, s) => n + s.total, 0) + unlisted.filter((s) => !leftOut(verdict(s))).length
    },
    doneWhen: config["done-when"],
    sections: [...sectionFigures.values()].sort((a, b) => firstTask(a.name) - firstTask(b.name)),
    notPlanned,
    unreadable,
    unlisted: unlisted.map((s) => formatRef(s, epic.repo))
  };
  const ops = [];
  let nextRecord = record;
  let transition;
  let stateChange;
  const handoff = config.handoff;
  const mentions = handoff.mention.map(mentionOf).join(", ");
  const childList = [...counted.values()].map((r) => formatRef(r, epic.repo));
  const values = { epic: `#${epic.number}`, title: inert(epic.title, { max: 200 }), done: String(done), total: String(total), mentions, children: childList.join(", ") };
  const has = (label) => epic.labels.some((l) => l.toLowerCase() === label.toLowerCase());
  const canDecide = missing.size === 0;
  if (canDecide && complete && (!record.handedOff || record.pending)) {
    transition = "completed";
    const add = handoff.labels.filter((l) => !has(l));
    if (add.length) ops.push({ kind: "add-labels", issue: epic.number, labels: add, why: `every child of epic #${epic.number} is done: hand off` });
    if (handoff.comment && handoff.mention.length) {
      ops.push({ kind: "upsert-comment", issue: epic.number, marker: HANDOFF_MARKER, body: `${HANDOFF_MARKER}
${template(handoff.comment, values)}`, why: `every child of epic #${epic.number} is done: hand off` });
    }
    const close = handoff["close-epic"] && epic.state === "open";
    const closedEarlier = record.closedByTool && epic.state === "closed";
    if (close) {
      ops.push({ kind: "set-issue-state", issue: epic.number, state: "closed", stateReason: "completed", why: `every child of epic #${epic.number} is done (handoff.close-epic)` });
    }
    if (close || closedEarlier) stateChange = "closed";
    nextRecord = { handedOff: true, closedByTool: close || closedEarlier };
  } else if (canDecide && !complete && (record.handedOff || record.pending)) {
    transition = "reopened";
    const reopened = [...counted.entries()].filter(([key, ref]) => !isDone(verdict(ref)) && !leftOut(verdict(ref)) && !(verdict(ref) === "unreadable" && manualTick.get(key))).map(([, r]) => formatRef(r, epic.repo));
    if (allItems) reopened.push(...lines.filter((t) => !lineTicked(t)).map((t) => `${quote(t.text.replace(MEASURED, ""), 80)} (unticked)`));
    for (const label of handoff.labels.filter(has)) {
      ops.push({ kind: "remove-label", issue: epic.number, label, why: `epic #${epic.number} is no longer complete (${reopened.join(", ") || "a child"} not done)` });
    }
    if (handoff.comment && handoff.mention.length) {
      ops.push({
        kind: "upsert-comment",
        issue: epic.number,
        marker: HANDOFF_MARKER,
        body: `${HANDOFF_MARKER}
${template(handoff["reopened-comment"], { ...values, reopened: reopened.join(", ") || "a child" })}`,
        create: false,
        why: `epic #${epic.number} is no longer complete: withdraw the handoff`
      });
    }
    const reopen = record.closedByTool && epic.state === "closed";
    if (reopen) {
      ops.push({ kind: "set-issue-state", issue: epic.number, state: "open", stateReason: "reopened", why: `epic #${epic.number} was closed by the handoff and a child is no longer done` });
      stateChange = "open";
    }
    nextRecord = { handedOff: false, closedByTool: reopen };
  }
  const hasTracking = parsed.tasks.length > 0 || epic.subIssues.length > 0 || parsed.block !== void 0;
  let body = applyEdits(epic.body, edits);
  let blockProblem;
  if (parsed.blockProblem) return { body: epic.body, ops: [], figures, blockProblem: parsed.blockProblem, skipped: true, missing: [...missing.values()] };
  let intent;
  if (hasTracking && canDecide) {
    const range = parsed.block && { start: shifted(parsed.block.start, edits), end: shifted(parsed.block.end, edits) };
    const place = (rec) => placeBlock(body, range, endsInRawBlock(tree, epic.body), figures, rec, readStamp(blockText), input.now);
    const settled = transition ? { handedOff: nextRecord.handedOff, closedByTool: nextRecord.handedOff && nextRecord.closedByTool } : nextRecord;
    const placed = place(settled);
    if (placed.problem) {
      blockProblem = placed.problem;
      ops.length = 0;
      transition = void 0;
      stateChange = void 0;
    } else {
      if (transition) intent = place({ ...nextRecord, pending: true }).body;
      body = placed.body;
    }
  }
  const longest = Math.max(body.length, intent?.length ?? 0);
  if (longest > LIMITS.issueBody && body !== epic.body) {
    const problem = `the new body would have ${longest} characters, past GitHub's ${LIMITS.issueBody}: nothing is written to this epic until it is shortened`;
    return { body: epic.body, ops: [], figures, blockProblem: problem, skipped: true, missing: [...missing.values()] };
  }
  const setBody = (expected, next, why) => ({ kind: "set-body", issue: epic.number, expected, body: next, preRead: false, readBack: false, why });
  if (canDecide && intent !== void 0 && intent !== epic.body) {
    ops.unshift(setBody(epic.body, intent, `epic #${epic.number}: ${fractionWhy(figures)}; the ${transition === "completed" ? "handoff" : "withdrawal"} is recorded before it is made`));
  }
  const before = intent ?? epic.body;
  if (body !== before && canDecide) ops.push(setBody(before, body, `epic #${epic.number}: ${fractionWhy(figures)}`));
  return { body: canDecide ? body : epic.body, ops: canDecide ? ops : [], figures, transition, stateChange, blockProblem, missing: [...missing.values()] };
}
function fractionWhy(f) {
  return `${f.done}/${f.total} children done`;
}
function placeBlock(body, range, rawEnd, figures, record, oldStamp, now) {
  const eol = eolOf(body);
  const build = (stamp) => {
    const block = renderBlock(figures, record, stamp, eol);
    if (range) return body.slice(0, range.start) + block + body.slice(range.end);
    const sep = body === "" || /(^|\n)[ \t]*\r?\n$/.test(body) ? "" : body.endsWith("\n") ? eol : eol + eol;
    return `${body}${sep}${block}${eol}`;
  };
  if (oldStamp !== void 0) {
    const same = build(oldStamp);
    if (same === body) return { body };
  }
  const next = build(formatStamp(now));
  if (next.length > LIMITS.issueBody) return { body, problem: `the progress block would take the body past GitHub's ${LIMITS.issueBody} characters` };
  if (!range && rawEnd) {
    const found = findBlock(parseMarkdown(next), next).block;
    if (!found || found.start < body.length) return { body, problem: "the body ends inside an unclosed code block or HTML comment, so the progress block cannot be appended" };
  }
  return { body: next };
}
function appendPoint(body, tasks, section) {
  const inSection = tasks.filter((t) => norm(t.section) === norm(section));
  const last = inSection[inSection.length - 1];
  if (!last) return void 0;
  const lineStart = body.lastIndexOf("\n", last.box) + 1;
  const prefix = body.slice(lineStart, last.box - 1).replace(/\d+([.)])/, "1$1");
  let end = body.indexOf("\n", last.content.end);
  if (end === -1) end = body.length;
  else if (body[end - 1] === "\r") end -= 1;
  return { offset: end, prefix, section: last.section };
}

// src/epics/reconcile.ts
var MAX_ATTEMPTS = 8;
function refsOf(body, repo, serverUrl, self) {
  return parseBody(body, { repo, serverUrl }).tasks.flatMap((t) => t.ref ? [t.ref] : []).filter((r) => refKey(r) !== refKey({ ...repo, number: self }));
}
async function reconcileEpic(deps, epic, options = {}) {
  const { config, log } = deps;
  const sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  const random = deps.random ?? Math.random;
  const key = refKey({ ...epic.repo, number: epic.number });
  let wanted = options.guessBody !== void 0 ? refsOf(options.guessBody, epic.repo, deps.serverUrl, epic.number) : [];
  for (const r of options.append ?? []) wanted.push(r);
  const read = async () => {
    let batch = await readBatch(deps.github, [epic], wanted);
    let snapshot = batch.epics.get(key);
    const children = batch.children;
    if (snapshot) {
      const more = refsOf(snapshot.body, epic.repo, deps.serverUrl, epic.number).filter((r) => !children.has(refKey(r)));
      if (more.length) {
        const extra = await readBatch(deps.github, [], more);
        for (const [k, v] of extra.children) children.set(k, v);
      }
      wanted = [...refsOf(snapshot.body, epic.repo, deps.serverUrl, epic.number), ...options.append ?? []];
    }
    for (const [k, v] of options.overrides ?? []) {
      const live = children.get(k);
      if (live && live.kind === "issue" && live.state === "open") children.set(k, v);
    }
    return { snapshot, children };
  };
  const plan = (snapshot, children) => planEpic({ config, epic: snapshot, children, gates: deps.gates, append: options.append, serverUrl: deps.serverUrl, now: deps.now() });
  let state = await read();
  let wrote = false;
  let transition;
  let stateChange;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    if (!state.snapshot) return { ...epic, status: "not-found", detail: "the epic cannot be read", attempts: attempt };
    const planned = plan(state.snapshot, state.children);
    if (planned.blockProblem) log.warning(`[#${epic.number}] ${planned.blockProblem}`);
    if (planned.skipped) return { ...epic, status: "skipped", figures: planned.figures, detail: planned.blockProblem, attempts: attempt };
    if (planned.ops.length === 0) {
      return { ...epic, status: wrote ? "updated" : "unchanged", figures: planned.figures, labels: state.snapshot.labels, transition, stateChange, attempts: attempt };
    }
    transition = planned.transition ?? transition;
    stateChange = planned.stateChange ?? stateChange;
    const results = await deps.apply(planned.ops);
    if (results.some((r) => r.status === "dry-run")) {
      return { ...epic, status: "dry-run", figures: planned.figures, transition: planned.transition, stateChange: planned.stateChange, attempts: attempt };
    }
    const broken = results.find((r) => r.status === "failed" || r.status === "over-budget");
    if (broken) return { ...epic, status: broken.status === "failed" ? "failed" : "over-budget", figures: planned.figures, detail: broken.detail ?? broken.status, attempts: attempt, ...broken.refused ? { refused: true } : {} };
    if (results.some((r) => r.status === "applied")) wrote = true;
    if (results.some((r) => r.status === "conflict")) {
      log.info(`[#${epic.number}] the body changed under us: reconciling again (attempt ${attempt + 1})`);
    } else {
      state = await read();
      if (!state.snapshot) continue;
      const check = plan(state.snapshot, state.children);
      if (check.ops.length === 0) return { ...epic, status: wrote ? "updated" : "unchanged", figures: check.figures, labels: state.snapshot.labels, transition, stateChange, attempts: attempt };
      log.info(`[#${epic.number}] another writer or a child changed meanwhile: reconciling again (attempt ${attempt + 1})`);
    }
    await sleep(Math.floor((10 + random() * 90) * attempt));
    state = await read();
  }
  return { ...epic, status: "gave-up", detail: `still changing after ${MAX_ATTEMPTS} attempts`, attempts: MAX_ATTEMPTS, transition, stateChange };
}

// src/epics/summary.ts
function cell2(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
var STATUS = {
  updated: "updated",
  unchanged: "already up to date",
  "dry-run": "would be updated (dry run)",
  failed: "not updated",
  "over-budget": "not updated: max-writes reached",
  "gave-up": "still changing: gave up",
  "not-found": "could not be read",
  skipped: "not written"
};
function renderSummary(outcomes, notes) {
  const lines = [];
  if (outcomes.length === 0) lines.push("No epic concerned this event.", "");
  else {
    lines.push("| epic | progress | sections | outcome |", "| --- | --- | --- | --- |");
    for (const o of outcomes) {
      const f = o.figures;
      const sections = f ? f.sections.map((s) => `${s.name || "(no heading)"}: ${s.done}/${s.total}`).join("<br>") : "";
      const extra = [o.detail, o.transition === "completed" ? "handed off" : o.transition === "reopened" ? "handoff withdrawn" : void 0].filter(Boolean).join("; ");
      lines.push(`| #${o.number} | ${f ? cell2(headline(f).replace(/\*\*/g, "").replace(/^Progress: /, "")) : ""}${f?.complete ? " \u2705" : ""} | ${cell2(sections)} | ${cell2(STATUS[o.status] + (extra ? ` (${extra})` : ""))} |`);
    }
    lines.push("");
    for (const o of outcomes) {
      const f = o.figures;
      if (!f) continue;
      if (f.notPlanned.length) lines.push(`- #${o.number} not planned: ${f.notPlanned.join(", ")}`);
      if (f.unreadable.length) lines.push(`- #${o.number} could not read: ${f.unreadable.join(", ")}`);
    }
  }
  for (const note of notes) lines.push(`- ${note}`);
  return lines.join("\n").trim();
}
function epicsOutput(outcomes) {
  return JSON.stringify(
    outcomes.filter((o) => o.figures).map((o) => ({ number: o.number, done: o.figures.done, total: o.figures.total, percent: o.figures.percent, complete: o.figures.complete, items: o.figures.items }))
  );
}

// src/epics/targets.ts
function epicsOfChild(context, child, config, repo, serverUrl) {
  const targets = [];
  const notes = [];
  const candidates = [];
  if (context.parent) candidates.push({ c: context.parent, parent: true });
  for (const c of context.referencing) candidates.push({ c, parent: false });
  const seen = /* @__PURE__ */ new Set();
  for (const { c, parent } of candidates) {
    const key = refKey({ ...c.repo, number: c.number });
    if (seen.has(key) || key === refKey(child)) continue;
    seen.add(key);
    if (!parent && !isEpic(c.labels, c.subIssues, config.label)) continue;
    let parsed;
    try {
      parsed = parseBody(c.body, { repo: c.repo, serverUrl });
    } catch (error) {
      if (!(error instanceof MarkdownTooDeep)) throw error;
      notes.push(`epic #${c.number} is skipped: ${error.message}`);
      continue;
    }
    if (!parent && !parsed.tasks.some((t) => t.ref && refKey(t.ref) === refKey(child))) continue;
    if (!sameRepo(c.repo, repo)) {
      notes.push(`epic ${c.repo.owner}/${c.repo.repo}#${c.number} lists ${child.owner}/${child.repo}#${child.number} but is in another repository: left to that repository's workflow`);
      continue;
    }
    if (c.state === "closed" && !readRecord(parsed.block ? c.body.slice(parsed.block.start, parsed.block.end) : void 0).closedByTool) continue;
    targets.push({ repo, number: c.number, guessBody: c.body, append: [], chain: [] });
  }
  return { targets, notes };
}
var NAMES_EPIC = /^[ \t>*_-]*(?:epic|parent epic|part of)[*_]*\s*:?[*_]*\s*(.+)$/gim;
function namedEpics(body, ctx) {
  const found = [];
  for (const match of proseOf(body).matchAll(NAMES_EPIC)) {
    const ref = refsInText(match[1], ctx)[0]?.ref;
    if (ref && !found.some((f) => refKey(f) === refKey(ref))) found.push(ref);
  }
  return found;
}
function mergeTargets(into, more) {
  for (const t of more) {
    const same = into.find((x) => sameRepo(x.repo, t.repo) && x.number === t.number);
    if (!same) into.push(t);
    else {
      same.guessBody ??= t.guessBody;
      for (const a of t.append) if (!same.append.some((b) => refKey(a) === refKey(b))) same.append.push(a);
    }
  }
}

// src/epics/index.ts
var MAX_EPICS_PER_RUN = 200;
var epicsFeature = {
  name: "epics",
  wants,
  run: runEpics
};
async function runEpics(ctx) {
  const config = ctx.config.epics;
  const trigger = triggerOf(ctx.event, config);
  const { repo, serverUrl } = ctx.event;
  const gates = ctx.shared.gates?.onDefaultBranch ? ctx.shared.gates.outcomes.filter((g) => g.epicLine) : [];
  if (!trigger || trigger === "gates" && gates.length === 0) return {};
  const deps = { github: ctx.github, apply: (plan) => ctx.apply(plan), log: ctx.log, config, serverUrl, gates, now: ctx.now };
  const notes = [];
  const targets = [];
  const overrides = /* @__PURE__ */ new Map();
  const refCtx = { repo, serverUrl };
  const childFlow = async (child) => {
    const context = await readIssueContext(ctx.github, child, child.number);
    const found = epicsOfChild(context, child, config, repo, serverUrl);
    notes.push(...found.notes);
    mergeTargets(targets, found.targets);
    if (config["append-section"] && context.body && sameRepo(child, repo)) {
      const named = namedEpics(context.body, refCtx).filter((n) => sameRepo(n, repo) && n.number !== child.number);
      const allowed = config["append-associations"].includes(context.authorAssociation ?? "NONE");
      if (named.length && !allowed) notes.push(`#${child.number} names epic ${named.map((n) => `#${n.number}`).join(", ")}, but its author's association is ${context.authorAssociation ?? "unknown"} (epics.append-associations allows ${config["append-associations"].join(", ") || "nobody"}): not appended`);
      for (const named2 of allowed ? namedEpics(context.body, refCtx) : []) {
        if (sameRepo(named2, repo) && named2.number !== child.number) mergeTargets(targets, [{ repo, number: named2.number, append: [child], chain: [] }]);
      }
    }
    return context;
  };
  const sweep = async () => {
    const numbers = await readOpenEpics(ctx.github, repo, config.label);
    for (let i = 0; i < numbers.length; i += 25) {
      const batch = await readBatch(ctx.github, numbers.slice(i, i + 25).map((number) => ({ repo, number })), []);
      for (const number of numbers.slice(i, i + 25)) {
        const snapshot = batch.epics.get(refKey({ ...repo, number }));
        mergeTargets(targets, [{ repo, number, guessBody: snapshot?.body, append: [], chain: [] }]);
      }
    }
  };
  async function findTargets() {
    switch (trigger) {
      case "issues.closed":
      case "issues.reopened":
        await childFlow({ ...repo, number: payload.issue.number });
        break;
      case "issues.edited": {
        const issue = payload.issue;
        const labels = (issue.labels ?? []).map((l) => typeof l === "string" ? l : l.name);
        const summary = issue.sub_issues_summary?.total;
        if (isEpic(labels, typeof summary === "number" ? summary : 0, config.label)) {
          mergeTargets(targets, [{ repo, number: issue.number, guessBody: issue.body ?? "", append: [], chain: [] }]);
        } else if (typeof summary !== "number" || config["append-section"]) {
          const context = await childFlow({ ...repo, number: issue.number });
          for (let i = targets.length - 1; i >= 0; i--) if (targets[i].append.length === 0) targets.splice(i, 1);
          if (context.subIssues > 0) mergeTargets(targets, [{ repo, number: issue.number, guessBody: context.body, append: [], chain: [] }]);
        }
        break;
      }
      case "issues.labeled":
        if (String(payload.label?.name ?? "").toLowerCase() === config.label.toLowerCase()) {
          mergeTargets(targets, [{ repo, number: payload.issue.number, guessBody: payload.issue.body ?? "", append: [], chain: [] }]);
        }
        break;
      case "pull_request.closed":
        await pullFlow(ctx, config, payload.pull_request.number, childFlow, overrides, notes);
        break;
      case "schedule":
      case "workflow_dispatch":
        await sweep();
        break;
      case "gates":
        for (const g of gates) if (g.epic !== void 0) mergeTargets(targets, [{ repo, number: g.epic, append: [], chain: [] }]);
        if (gates.some((g) => g.epic === void 0)) await sweep();
        break;
    }
  }
  const payload = ctx.event.payload;
  const failures = [];
  try {
    await findTargets();
  } catch (error) {
    failures.push(`finding the epics to update failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const outcomes = [];
  const queue = [...targets];
  let runs = 0;
  while (queue.length > 0 && runs < MAX_EPICS_PER_RUN) {
    const target = queue.shift();
    runs += 1;
    ctx.log.startGroup(`[#${target.number}] epic`);
    let outcome;
    try {
      outcome = await reconcileEpic(deps, target, { guessBody: target.guessBody, overrides, append: target.append });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      outcome = { ...target, status: "failed", detail: message, attempts: 1 };
    } finally {
      ctx.log.endGroup();
    }
    if (outcome.status === "failed" && outcome.refused) notes.push(`epic #${target.number} was not updated: the token may not write to it`);
    else if (outcome.status === "failed" || outcome.status === "not-found") failures.push(`epic #${target.number}: ${outcome.detail ?? outcome.status}`);
    if (outcome.status === "gave-up") notes.push(`epic #${target.number} kept changing while it was being updated; the next run will finish it`);
    const previous = outcomes.findIndex((o) => o.number === outcome.number && sameRepo(o.repo, outcome.repo));
    if (previous >= 0) outcomes.splice(previous, 1);
    outcomes.push(outcome);
    if (walksUp(outcome, config)) {
      const context = await readIssueContext(ctx.github, repo, target.number).catch((error) => {
        failures.push(`finding the epics above #${target.number} failed: ${error instanceof Error ? error.message : String(error)}`);
        return void 0;
      });
      if (!context) continue;
      const above = epicsOfChild(context, { ...repo, number: target.number }, config, repo, serverUrl);
      notes.push(...above.notes);
      const chain = [...target.chain, target.number];
      for (const parent of above.targets) {
        if (chain.includes(parent.number)) {
          notes.push(`cycle in the epic hierarchy: ${[...chain, parent.number].map((n) => `#${n}`).join(" \u2192 ")}; not followed further`);
          continue;
        }
        queue.push({ ...parent, chain });
      }
    }
  }
  if (queue.length > 0) notes.push(`${queue.length} epic(s) left for the next run: at most ${MAX_EPICS_PER_RUN} are reconciled per run`);
  for (const note of notes) ctx.log.info(note);
  const escalated = (o) => (o.labels ?? []).some((l) => l.toLowerCase() === ctx.config.escalations.label.toLowerCase());
  ctx.shared.epics = { complete: outcomes.filter((o) => o.figures?.complete && sameRepo(o.repo, repo) && escalated(o)).map((o) => o.number) };
  const result = { summary: renderSummary(outcomes, notes), outputs: { epics: epicsOutput(outcomes) } };
  if (failures.length) result.failure = `Epics: ${failures.join("; ")}`;
  return result;
}
function walksUp(outcome, config) {
  if (outcome.status === "updated" && outcome.stateChange) return true;
  return config.handoff["close-epic"] && (outcome.status === "updated" || outcome.status === "unchanged") && (outcome.figures?.total ?? 0) > 0;
}
async function pullFlow(ctx, config, number, childFlow, overrides, notes) {
  const { repo, serverUrl } = ctx.event;
  const pull = await readMergedPull(ctx.github, repo, number);
  if (!pull?.merged) return;
  const closing = [...pull.closing];
  const otherBase = pull.defaultBranch !== void 0 && pull.baseRefName !== pull.defaultBranch;
  const toClose = [];
  if (otherBase) {
    for (const ref of closingRefs(proseOf(`${pull.title}

${pull.body}`), { repo, serverUrl })) {
      if (!closing.some((c) => refKey(c) === refKey(ref))) {
        closing.push(ref);
        toClose.push(ref);
      }
    }
  }
  for (const ref of closing) {
    overrides.set(refKey(ref), { kind: "issue", state: "closed", reason: "completed" });
    const context = await childFlow(ref);
    if (toClose.some((c) => refKey(c) === refKey(ref))) {
      if (context.kind !== "issue" || context.state !== "open") continue;
      if (!config["close-on-merge"] || !sameRepo(ref, repo)) {
        notes.push(`#${ref.number} is named by a closing keyword of #${number}, merged into ${pull.baseRefName}: counted as done, left open`);
        continue;
      }
      const op = { kind: "set-issue-state", issue: ref.number, state: "closed", stateReason: "completed", why: `#${number} was merged into ${pull.baseRefName} and says it closes #${ref.number} (GitHub only closes for the default branch)` };
      await ctx.apply([op]);
    }
  }
  await childFlow({ ...repo, number });
}
export {
  epicsFeature,
  triggerOf
};
