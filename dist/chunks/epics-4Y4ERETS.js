import {
  CHILD_FIELDS,
  readChildren,
  readReport,
  storedOutlookLine
} from "./chunk-LL7AKLDP.js";
import {
  triggerOf,
  wants
} from "./chunk-ZASDCANV.js";
import {
  BLOCK_END,
  BLOCK_START,
  MarkdownTooDeep,
  childStateOfNode,
  closingRefs,
  countedChildren,
  describeVerdict,
  endsInRawBlock,
  findBlock,
  formatRef,
  inSections,
  isDone,
  isLeftOut,
  labelNames,
  listsChild,
  parseBody,
  parseMarkdown,
  proseOf,
  queryPartial,
  readIssueContext,
  refKey,
  refsInText,
  repoOf,
  sameRepo,
  sectionKey,
  subIssueWarning,
  verdictOf
} from "./chunk-J5YPLQRL.js";
import {
  LIMITS
} from "./chunk-KXFB2X2G.js";
import "./chunk-44D2BK3U.js";
import {
  inert,
  quote
} from "./chunk-7F23CJCA.js";
import "./chunk-ICBU4LL7.js";

// src/epics/queries.ts
var MERGED_PULL_QUERY = (
  /* GraphQL */
  `
  query MergedPull($owner: String!, $name: String!, $number: Int!) {
    repository(owner: $owner, name: $name) {
      defaultBranchRef {
        name
      }
      pullRequest(number: $number) {
        number
        merged
        baseRefName
        title
        body
        closingIssuesReferences(first: 100) {
          nodes {
            number
            repository {
              nameWithOwner
            }
          }
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
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          number
          labels(first: 100) {
            nodes {
              name
            }
          }
          subIssuesSummary {
            total
          }
        }
      }
    }
  }
`
);
var EPIC_FIELDS = `number title body state labels(first: 100) { nodes { name } } subIssues(first: 100) { nodes { number state stateReason(enableDuplicate: true) repository { nameWithOwner } } } subIssuesSummary { total } reports: comments(last: 20) { nodes { url body viewerDidAuthor } }`;

// src/epics/read.ts
async function readMergedPull(github, repo, number) {
  const { data } = await queryPartial(github, MERGED_PULL_QUERY, {
    owner: repo.owner,
    name: repo.repo,
    number
  });
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
async function readOpenEpics(github, repo, label, types = []) {
  const epics = [];
  for (const type of types) {
    const typed = await github.paginate(
      "GET /repos/{owner}/{repo}/issues",
      { ...repo, state: "open", type, per_page: 100 }
    );
    for (const issue of typed) if (!issue.pull_request && !epics.includes(issue.number)) epics.push(issue.number);
  }
  let after = null;
  for (let page = 0; page < 1e3; page++) {
    const answer = await queryPartial(github, OPEN_ISSUES_QUERY, {
      owner: repo.owner,
      name: repo.repo,
      after
    });
    const issues = answer.data.repository?.issues;
    if (!issues) break;
    for (const node of issues.nodes ?? []) {
      if (!node) continue;
      if (isEpic(labelNames(node.labels), node.subIssuesSummary?.total ?? 0, label) && !epics.includes(node.number))
        epics.push(node.number);
    }
    if (!issues.pageInfo.hasNextPage || !issues.pageInfo.endCursor) break;
    after = issues.pageInfo.endCursor;
  }
  return epics;
}
function isEpicType(type, types) {
  return typeof type === "string" && types.some((t) => t.toLowerCase() === type.toLowerCase());
}
function isEpic(labels, subIssues, label) {
  return subIssues > 0 || labels.some((l) => l.toLowerCase() === label.toLowerCase());
}
async function readBatch(github, epics, children) {
  const alongside = epics.map((e) => ({
    repo: e.repo,
    alias: `e${e.number}`,
    selection: `issue(number: ${e.number}) { ${EPIC_FIELDS} }`
  }));
  const read = await readChildren(github, children, CHILD_FIELDS, alongside);
  const result = { epics: /* @__PURE__ */ new Map(), children: /* @__PURE__ */ new Map() };
  for (const [i, epic] of epics.entries()) {
    const node = read.alongside.get(alongside[i]);
    result.epics.set(
      refKey({ ...epic.repo, number: epic.number }),
      node ? snapshotOf(epic.repo, node, result.children) : void 0
    );
  }
  for (const [key, child] of read.children)
    result.children.set(key, "node" in child ? childStateOfNode(child.node) : { kind: "unreadable", why: child.why });
  return result;
}
function snapshotOf(repo, node, children) {
  const subIssues = [];
  for (const sub of node.subIssues?.nodes ?? []) {
    if (!sub) continue;
    const ref = { ...repoOf(sub.repository.nameWithOwner), number: sub.number };
    subIssues.push(ref);
    if (sub.state) children.set(refKey(ref), childStateOfNode({ __typename: "Issue", ...sub }));
  }
  return {
    repo,
    number: node.number,
    title: node.title ?? "",
    body: node.body ?? "",
    state: node.state === "OPEN" ? "open" : "closed",
    labels: labelNames(node.labels),
    subIssues,
    subIssueTotal: typeof node.subIssuesSummary?.total === "number" ? node.subIssuesSummary.total : void 0,
    report: latestReport(repo, node.number, node.reports?.nodes ?? [])
  };
}
function latestReport(repo, number, comments) {
  let latest;
  const own = `/${repo.owner}/${repo.repo}/issues/${number}#issuecomment-`.toLowerCase();
  for (const c of comments) {
    if (c?.viewerDidAuthor !== true || typeof c.url !== "string" || typeof c.body !== "string" || !c.url.toLowerCase().includes(own))
      continue;
    const stored = readReport(c.body);
    if (!stored || latest && latest.date >= stored.date) continue;
    latest = { url: c.url, date: stored.date, outlook: storedOutlookLine(stored.outlook) };
  }
  return latest;
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
var BAR_CELLS = 20;
function bar(done, total) {
  const full = total === 0 ? 0 : Math.floor(done * BAR_CELLS / total);
  return `\`${"\u2588".repeat(full)}${"\u2591".repeat(BAR_CELLS - full)}\``;
}
function reportLink(report) {
  const safe = /^https:\/\/[A-Za-z0-9.-]+(:\d+)?\/[A-Za-z0-9._-]+\/[A-Za-z0-9._-]+\/issues\/\d+#issuecomment-\d+$/.test(
    report.url
  );
  return safe ? `[daily report ${report.date}](${report.url})` : "";
}
function headlineBar(f) {
  return f.doneWhen === "all-stories" ? bar(f.done, f.total) : bar(f.items.done, f.items.total);
}
function headline(f) {
  const issues = `${f.done}/${f.total} linked issues done`;
  if (f.doneWhen === "all-stories") return `**Progress: ${issues} \xB7 ${percentOf(f.done, f.total)}%**`;
  return `**Progress: ${f.items.done}/${f.items.total} task items ticked \xB7 ${percentOf(f.items.done, f.items.total)}%** \xB7 ${issues}`;
}
function renderBlock(figures, record, stamp, eol) {
  const lines = [BLOCK_START, `${headline(figures)} ${headlineBar(figures)}${figures.complete ? " \u2705" : ""}`, ""];
  if (figures.sections.length > 0) {
    lines.push("| Section | Task items |", "| --- | --- |");
    for (const s of figures.sections)
      lines.push(`| ${cell(s.name || "(no heading)")} | ${bar(s.done, s.total)} ${fraction(s.done, s.total)} |`);
    lines.push("");
  }
  if (figures.report) {
    const outlook = [figures.report.outlook, reportLink(figures.report)].filter(Boolean).join(" \xB7 ");
    if (outlook) lines.push(outlook, "");
  }
  const notes = [];
  if (figures.notPlanned.length) notes.push(`**Not planned:** ${listed(figures.notPlanned)}`);
  if (figures.unreadable.length) notes.push(`**Could not read:** ${listed(figures.unreadable)}`);
  if (figures.unlisted.length) notes.push(`**Sub-issues not in the checklist:** ${listed(figures.unlisted)}`);
  if (figures.subIssueLimit) notes.push(`**Sub-issue limit:** ${figures.subIssueLimit}`);
  if (notes.length) lines.push(notes.join("<br>"), "");
  lines.push(`<sub>Updated ${stamp} by Epic Steward</sub>`);
  const words = [
    record.handedOff ? "done" : "",
    record.closedByTool ? "closed" : "",
    record.pending ? "pending" : ""
  ].filter(Boolean);
  if (record.handedOff || record.pending) lines.push(`<!-- epic-steward:handoff ${words.join(" ")} -->`);
  lines.push(BLOCK_END);
  return lines.join(eol);
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
    if (!parent && !listsChild(parsed.tasks, child)) continue;
    if (!sameRepo(c.repo, repo)) {
      notes.push(
        `epic ${c.repo.owner}/${c.repo.repo}#${c.number} lists ${child.owner}/${child.repo}#${child.number} but is in another repository: left to that repository's workflow`
      );
      continue;
    }
    if (c.state === "closed" && !readRecord(parsed.block ? c.body.slice(parsed.block.start, parsed.block.end) : void 0).closedByTool)
      continue;
    targets.push({ repo, number: c.number, guessBody: c.body, guessParsed: parsed, append: [], chain: [] });
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
      if (same.guessBody === void 0) {
        same.guessBody = t.guessBody;
        same.guessParsed = t.guessParsed;
      }
      for (const a of t.append) if (!same.append.some((b) => refKey(a) === refKey(b))) same.append.push(a);
    }
  }
}

// src/epics/find.ts
function emptyFound() {
  return { targets: [], notes: [], overrides: /* @__PURE__ */ new Map(), closes: [] };
}
var issueOf = (payload) => payload.issue;
async function findTargets(ctx, trigger) {
  const { repo, found, payload } = ctx;
  switch (trigger) {
    case "issues.closed":
    case "issues.reopened":
      await childFlow(ctx, { ...repo, number: issueOf(payload).number });
      break;
    case "issues.edited":
      await editedFlow(ctx, issueOf(payload));
      break;
    case "issues.labeled": {
      const label = payload.label?.name ?? "";
      if (label.toLowerCase() === ctx.config.label.toLowerCase()) addEpic(found, repo, issueOf(payload));
      break;
    }
    case "issues.typed":
    case "issues.untyped":
      typedFlow(ctx, issueOf(payload));
      break;
    case "pull_request.closed":
      await pullFlow(ctx, payload.pull_request.number);
      break;
    case "schedule":
    case "workflow_dispatch":
      await sweep(ctx);
      break;
    case "gates":
      for (const g of ctx.gates)
        if (g.epic !== void 0) mergeTargets(found.targets, [{ repo, number: g.epic, append: [], chain: [] }]);
      if (ctx.gates.some((g) => g.epic === void 0)) await sweep(ctx);
      break;
  }
}
function addEpic(found, repo, issue) {
  mergeTargets(found.targets, [{ repo, number: issue.number, guessBody: issue.body ?? "", append: [], chain: [] }]);
}
function payloadEpic(issue, config) {
  const labels = (issue.labels ?? []).map((l) => typeof l === "string" ? l : l.name);
  const summary = issue.sub_issues_summary?.total;
  return isEpic(labels, typeof summary === "number" ? summary : 0, config.label) || isEpicType(issue.type?.name, config.types);
}
async function childFlow(ctx, child) {
  const { repo, serverUrl, config, found } = ctx;
  const context = await readIssueContext(ctx.github, child, child.number);
  const epics = epicsOfChild(context, child, config, repo, serverUrl);
  found.notes.push(...epics.notes);
  mergeTargets(found.targets, epics.targets);
  if (config["append-section"] && context.body && sameRepo(child, repo)) namedFlow(ctx, child, context);
  return context;
}
function namedFlow(ctx, child, context) {
  const { repo, serverUrl, config, found } = ctx;
  const named = namedEpics(context.body ?? "", { repo, serverUrl }).filter(
    (n) => sameRepo(n, repo) && n.number !== child.number
  );
  const allowed = config["append-associations"].includes(context.authorAssociation ?? "NONE");
  if (named.length && !allowed) {
    found.notes.push(
      `#${child.number} names epic ${named.map((n) => `#${n.number}`).join(", ")}, but its author's association is ${context.authorAssociation ?? "unknown"} (epics.append-associations allows ${config["append-associations"].join(", ") || "nobody"}): not appended`
    );
  }
  for (const epic of allowed ? named : [])
    mergeTargets(found.targets, [{ repo, number: epic.number, append: [child], chain: [] }]);
}
async function editedFlow(ctx, issue) {
  const { repo, config, found } = ctx;
  const summary = issue.sub_issues_summary?.total;
  if (payloadEpic(issue, config)) addEpic(found, repo, issue);
  else if (typeof summary !== "number" || config["append-section"]) {
    const context = await childFlow(ctx, { ...repo, number: issue.number });
    for (let i = found.targets.length - 1; i >= 0; i--)
      if (found.targets[i].append.length === 0) found.targets.splice(i, 1);
    if (context.subIssues > 0)
      mergeTargets(found.targets, [{ repo, number: issue.number, guessBody: context.body, append: [], chain: [] }]);
  }
}
function typedFlow(ctx, issue) {
  if (payloadEpic(issue, ctx.config)) return addEpic(ctx.found, ctx.repo, issue);
  const type = issue.type?.name ? `\`${String(issue.type.name).slice(0, 50)}\` is not` : "was removed and it is";
  ctx.found.notes.push(
    `#${issue.number} is not an epic (its type ${type} not in \`epics.types\`, and it has no epic label or sub-issues): left as it is`
  );
}
async function sweep(ctx) {
  const { github, repo, config, found } = ctx;
  const numbers = await readOpenEpics(github, repo, config.label, config.types);
  for (let i = 0; i < numbers.length; i += 25) {
    const batch = await readBatch(
      github,
      numbers.slice(i, i + 25).map((number) => ({ repo, number })),
      []
    );
    for (const number of numbers.slice(i, i + 25)) {
      const snapshot = batch.epics.get(refKey({ ...repo, number }));
      mergeTargets(found.targets, [{ repo, number, guessBody: snapshot?.body, append: [], chain: [] }]);
    }
  }
}
async function pullFlow(ctx, number) {
  const { repo, serverUrl, found } = ctx;
  const pull = await readMergedPull(ctx.github, repo, number);
  if (!pull?.merged) return;
  const closing = [...pull.closing];
  const toClose = /* @__PURE__ */ new Set();
  if (pull.defaultBranch !== void 0 && pull.baseRefName !== pull.defaultBranch) {
    for (const ref of closingRefs(proseOf(`${pull.title}

${pull.body}`), { repo, serverUrl })) {
      if (closing.some((c) => refKey(c) === refKey(ref))) continue;
      closing.push(ref);
      toClose.add(refKey(ref));
    }
  }
  for (const ref of closing) {
    found.overrides.set(refKey(ref), { kind: "issue", state: "closed", reason: "completed" });
    const context = await childFlow(ctx, ref);
    if (toClose.has(refKey(ref)) && context.kind === "issue" && context.state === "open")
      planClose(ctx, ref, number, pull.baseRefName);
  }
  await childFlow(ctx, { ...repo, number });
}
function planClose(ctx, ref, pull, base) {
  if (!ctx.config["close-on-merge"] || !sameRepo(ref, ctx.repo)) {
    ctx.found.notes.push(
      `#${ref.number} is named by a closing keyword of #${pull}, merged into ${base}: counted as done, left open`
    );
    return;
  }
  const why = `#${pull} was merged into ${base} and says it closes #${ref.number} (GitHub only closes for the default branch)`;
  ctx.found.closes.push({ kind: "set-issue-state", issue: ref.number, state: "closed", stateReason: "completed", why });
}

// src/epics/planner.ts
var HANDOFF_MARKER = "<!-- epic-steward:handoff-comment -->";
var norm = sectionKey;
var MEASURED = /\s*\(measured [^()\r\n]*\)$/;
function measured(outcome) {
  const t = outcome.totals;
  const executed = t.passed + t.failed + t.errored;
  const pct = (rate) => `${Math.round(rate * 1e3) / 10}%`;
  if (outcome.targetPassRate === null && outcome.executionRate !== null)
    return `(measured ${pct(outcome.executionRate)} executed \xB7 ${executed} tests)`;
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
function inSections2(config, section) {
  return inSections(config.sections, section);
}
function template(text, values) {
  return text.replace(/\{(\w+)\}/g, (whole, key) => values[key] ?? whole);
}
function mentionOf(name) {
  return name.startsWith("@") ? name : `@${name}`;
}
function planEpic(input) {
  const plan = readPlan(input);
  planAppend(plan);
  const count = countChildren(plan);
  const gates = gateLines(plan);
  const complete = isComplete(plan, count, gates);
  for (const task of plan.parsed.tasks) planTask(plan, task, complete, gates);
  const figures = epicFigures(plan, count, complete);
  const handoff = planHandoff(plan, readRecord(blockTextOf(plan)), figures, gates);
  return planWrite(plan, figures, handoff);
}
function readPlan(input) {
  const { config, epic, children } = input;
  const tree = parseMarkdown(epic.body);
  const parsed = input.parsed ?? parseBody(epic.body, { repo: epic.repo, serverUrl: input.serverUrl }, tree);
  const self = { ...epic.repo, number: epic.number };
  const policy = config["not-planned"];
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
  const manualTick = /* @__PURE__ */ new Map();
  for (const task of parsed.tasks)
    if (task.ref && !manualTick.has(refKey(task.ref))) manualTick.set(refKey(task.ref), task.checked);
  return {
    input,
    config,
    epic,
    tree,
    parsed,
    selfKey: refKey(self),
    edits: [],
    missing,
    verdict,
    isDone: (v) => isDone(v, policy),
    leftOut: (v) => isLeftOut(v, policy),
    manualTick,
    counted: countedChildren(parsed.tasks, epic.subIssues, config.sections, self),
    listedKeys: new Set(parsed.tasks.flatMap((t) => t.ref ? [refKey(t.ref)] : [])),
    sectionFigures: /* @__PURE__ */ new Map()
  };
}
function blockTextOf(plan) {
  const { block } = plan.parsed;
  return block ? plan.epic.body.slice(block.start, block.end) : void 0;
}
function planAppend(plan) {
  const { config, epic } = plan;
  const appended = (plan.input.append ?? []).filter(
    (r) => !plan.listedKeys.has(refKey(r)) && refKey(r) !== plan.selfKey
  );
  const at = appended.length && config["append-section"] ? appendPoint(epic.body, plan.parsed.tasks, config["append-section"]) : void 0;
  if (!at) return;
  const eol = eolOf(epic.body);
  plan.edits.push({
    start: at.offset,
    end: at.offset,
    text: appended.map((r) => `${eol}${at.prefix}[${plan.isDone(plan.verdict(r)) ? "x" : " "}] ${formatRef(r, epic.repo)}`).join("")
  });
  for (const r of appended) plan.listedKeys.add(refKey(r));
  if (!inSections2(config, at.section)) return;
  for (const r of appended) plan.counted.set(refKey(r), r);
  const figure = plan.sectionFigures.get(at.section) ?? { name: at.section, done: 0, total: 0 };
  for (const r of appended) {
    if (plan.leftOut(plan.verdict(r))) continue;
    figure.total += 1;
    if (plan.isDone(plan.verdict(r))) figure.done += 1;
  }
  plan.sectionFigures.set(at.section, figure);
}
function countChildren(plan) {
  const { epic, input } = plan;
  const count = { done: 0, total: 0, notPlanned: [], unreadable: [] };
  for (const [key, ref] of plan.counted) {
    const v = plan.verdict(ref);
    if (v === "not-planned" || v === "unmerged")
      count.notPlanned.push(`${formatRef(ref, epic.repo)} (${describeVerdict(input.children.get(key))})`);
    if (v === "unreadable")
      count.unreadable.push(`${formatRef(ref, epic.repo)} (${describeVerdict(input.children.get(key))})`);
    if (plan.leftOut(v)) continue;
    count.total += 1;
    if (plan.isDone(v) || v === "unreadable" && plan.manualTick.get(key)) count.done += 1;
  }
  return count;
}
function gateLines(plan) {
  const { epic, config } = plan;
  const gates = plan.input.gates.filter(
    (g) => g.epicLine && (g.epic === void 0 || g.epic === epic.number) && g.verdict !== "no-data"
  );
  const gateOf = (task) => gates.find((g) => norm(g.epicLine) === norm(task.text.replace(MEASURED, "")));
  const lineTicked = (task) => {
    const gate = gateOf(task);
    return gate ? gate.verdict === "pass" : task.checked;
  };
  const lines = plan.parsed.tasks.filter((t) => !t.ref && inSections2(config, t.section));
  return { gateOf, lineTicked, lines };
}
function isComplete(plan, count, gates) {
  const { done, total } = count;
  if (plan.config["done-when"] !== "all-items") return total > 0 && done === total;
  return total + gates.lines.length > 0 && done === total && gates.lines.every(gates.lineTicked);
}
function planTask(plan, task, complete, gates) {
  const tick = task.ref ? childTick(plan, task, task.ref, complete) : lineTick(plan, task, gates);
  if (tick.want !== task.checked) plan.edits.push({ start: task.box, end: task.box + 1, text: tick.want ? "x" : " " });
  if (!inSections2(plan.config, task.section) || !tick.counts) return;
  const figure = plan.sectionFigures.get(task.section) ?? { name: task.section, done: 0, total: 0 };
  figure.total += 1;
  if (tick.want) figure.done += 1;
  plan.sectionFigures.set(task.section, figure);
}
function childTick(plan, task, ref, complete) {
  if (refKey(ref) === plan.selfKey) return { want: complete, counts: true };
  const v = plan.verdict(ref);
  const want = v !== "unreadable" ? plan.isDone(v) : task.checked;
  if (plan.config["not-planned"] !== "strike") return { want, counts: true };
  planStrike(plan, task, v);
  return { want, counts: !plan.leftOut(v) };
}
function planStrike(plan, task, v) {
  if (plan.leftOut(v) && !task.strike) {
    plan.edits.push(
      { start: task.content.start, end: task.content.start, text: "~~" },
      { start: task.content.end, end: task.content.end, text: "~~" }
    );
  } else if (!plan.leftOut(v) && v !== "unreadable" && task.strike) {
    const s = task.strike;
    plan.edits.push(
      { start: s.start, end: s.start + s.fence, text: "" },
      { start: s.end - s.fence, end: s.end, text: "" }
    );
  }
}
function lineTick(plan, task, gates) {
  const gate = gates.gateOf(task);
  if (!gate) return { want: task.checked, counts: true };
  const text = plan.epic.body.slice(task.content.start, task.content.end);
  const bare = text.replace(MEASURED, "");
  const suffix = ` ${measured(gate)}`;
  if (text !== bare + suffix)
    plan.edits.push({ start: task.content.start + bare.length, end: task.content.end, text: suffix });
  return { want: gates.lineTicked(task), counts: true };
}
function epicFigures(plan, count, complete) {
  const { epic, config } = plan;
  const firstTask = (section) => plan.parsed.tasks.findIndex((t) => t.section === section);
  const unlisted = epic.subIssues.filter((s) => !plan.listedKeys.has(refKey(s)) && refKey(s) !== plan.selfKey);
  const sectionList = [...plan.sectionFigures.values()];
  return {
    number: epic.number,
    done: count.done,
    total: count.total,
    percent: percentOf(count.done, count.total),
    complete,
    items: {
      done: sectionList.reduce((n, s) => n + s.done, 0) + unlisted.filter((s) => plan.isDone(plan.verdict(s))).length,
      total: sectionList.reduce((n, s) => n + s.total, 0) + unlisted.filter((s) => !plan.leftOut(plan.verdict(s))).length
    },
    doneWhen: config["done-when"],
    sections: [...plan.sectionFigures.values()].sort((a, b) => firstTask(a.name) - firstTask(b.name)),
    notPlanned: count.notPlanned,
    unreadable: count.unreadable,
    unlisted: unlisted.map((s) => formatRef(s, epic.repo)),
    report: epic.report,
    subIssueLimit: subIssueWarning(epic.subIssueTotal ?? epic.subIssues.length)
  };
}
function planHandoff(plan, record, figures, gates) {
  const canDecide = plan.missing.size === 0;
  if (canDecide && figures.complete && (!record.handedOff || record.pending))
    return planCompleted(plan, record, figures);
  if (canDecide && !figures.complete && (record.handedOff || record.pending))
    return planReopened(plan, record, figures, gates);
  return { ops: [], next: record };
}
function hasLabel(epic, label) {
  return epic.labels.some((l) => l.toLowerCase() === label.toLowerCase());
}
function handoffValues(plan, figures) {
  const { epic } = plan;
  return {
    epic: `#${epic.number}`,
    title: inert(epic.title, { max: 200 }),
    done: String(figures.done),
    total: String(figures.total),
    mentions: plan.config.handoff.mention.map(mentionOf).join(", "),
    children: [...plan.counted.values()].map((r) => formatRef(r, epic.repo)).join(", ")
  };
}
function planCompleted(plan, record, figures) {
  const { epic } = plan;
  const handoff = plan.config.handoff;
  const ops = [];
  const add = handoff.labels.filter((l) => !hasLabel(epic, l));
  if (add.length)
    ops.push({
      kind: "add-labels",
      issue: epic.number,
      labels: add,
      why: `every child of epic #${epic.number} is done: hand off`
    });
  if (handoff.comment && handoff.mention.length) {
    ops.push({
      kind: "upsert-comment",
      issue: epic.number,
      marker: HANDOFF_MARKER,
      body: `${HANDOFF_MARKER}
${template(handoff.comment, handoffValues(plan, figures))}`,
      why: `every child of epic #${epic.number} is done: hand off`
    });
  }
  const close = handoff["close-epic"] && epic.state === "open";
  const closedEarlier = record.closedByTool && epic.state === "closed";
  if (close) {
    ops.push({
      kind: "set-issue-state",
      issue: epic.number,
      state: "closed",
      stateReason: "completed",
      why: `every child of epic #${epic.number} is done (handoff.close-epic)`
    });
  }
  return {
    ops,
    next: { handedOff: true, closedByTool: close || closedEarlier },
    transition: "completed",
    stateChange: close || closedEarlier ? "closed" : void 0
  };
}
function holdingBack(plan, gates) {
  const reopened = [...plan.counted.entries()].filter(([key, ref]) => {
    const v = plan.verdict(ref);
    return !plan.isDone(v) && !plan.leftOut(v) && !(v === "unreadable" && plan.manualTick.get(key));
  }).map(([, r]) => formatRef(r, plan.epic.repo));
  if (plan.config["done-when"] === "all-items")
    reopened.push(
      ...gates.lines.filter((t) => !gates.lineTicked(t)).map((t) => `${quote(t.text.replace(MEASURED, ""), 80)} (unticked)`)
    );
  return reopened;
}
function planReopened(plan, record, figures, gates) {
  const { epic } = plan;
  const handoff = plan.config.handoff;
  const reopened = holdingBack(plan, gates).join(", ") || "a child";
  const ops = [];
  for (const label of handoff.labels.filter((l) => hasLabel(epic, l))) {
    ops.push({
      kind: "remove-label",
      issue: epic.number,
      label,
      why: `epic #${epic.number} is no longer complete (${reopened} not done)`
    });
  }
  if (handoff.comment && handoff.mention.length) {
    ops.push({
      kind: "upsert-comment",
      issue: epic.number,
      marker: HANDOFF_MARKER,
      body: `${HANDOFF_MARKER}
${template(handoff["reopened-comment"], { ...handoffValues(plan, figures), reopened })}`,
      create: false,
      why: `epic #${epic.number} is no longer complete: withdraw the handoff`
    });
  }
  const reopen = record.closedByTool && epic.state === "closed";
  if (reopen) {
    ops.push({
      kind: "set-issue-state",
      issue: epic.number,
      state: "open",
      stateReason: "reopened",
      why: `epic #${epic.number} was closed by the handoff and a child is no longer done`
    });
  }
  return {
    ops,
    next: { handedOff: false, closedByTool: reopen },
    transition: "reopened",
    stateChange: reopen ? "open" : void 0
  };
}
function planWrite(plan, figures, handoff) {
  const { epic, parsed } = plan;
  const missing = [...plan.missing.values()];
  if (parsed.blockProblem)
    return { body: epic.body, ops: [], figures, blockProblem: parsed.blockProblem, skipped: true, missing };
  const canDecide = plan.missing.size === 0;
  const edited = applyEdits(epic.body, plan.edits);
  const hasTracking = parsed.tasks.length > 0 || epic.subIssues.length > 0 || parsed.block !== void 0;
  const placed = hasTracking && canDecide ? placeWithRecord(plan, edited, figures, handoff) : { body: edited };
  const kept = placed.problem ? { ops: [], next: handoff.next } : handoff;
  const { body, intent } = placed;
  const longest = Math.max(body.length, intent?.length ?? 0);
  if (longest > LIMITS.issueBody && body !== epic.body) {
    const problem = `the new body would have ${longest} characters, past GitHub's ${LIMITS.issueBody}: nothing is written to this epic until it is shortened`;
    return { body: epic.body, ops: [], figures, blockProblem: problem, skipped: true, missing };
  }
  return {
    body: canDecide ? body : epic.body,
    ops: canDecide ? bodyWrites(plan, figures, kept, body, intent) : [],
    figures,
    transition: kept.transition,
    stateChange: kept.stateChange,
    blockProblem: placed.problem,
    missing
  };
}
function placeWithRecord(plan, body, figures, handoff) {
  const { epic, parsed, edits } = plan;
  const range = parsed.block && { start: shifted(parsed.block.start, edits), end: shifted(parsed.block.end, edits) };
  const rawEnd = endsInRawBlock(plan.tree, epic.body);
  const oldStamp = readStamp(blockTextOf(plan));
  const place = (rec) => placeBlock(body, range, rawEnd, figures, rec, oldStamp, plan.input.now);
  const next = handoff.next;
  const settled2 = handoff.transition ? { handedOff: next.handedOff, closedByTool: next.handedOff && next.closedByTool } : next;
  const placed = place(settled2);
  if (placed.problem) return { body, problem: placed.problem };
  const intent = handoff.transition ? place({ ...next, pending: true }).body : void 0;
  return { body: placed.body, intent };
}
function bodyWrites(plan, figures, handoff, body, intent) {
  const { epic } = plan;
  const setBody = (expected, next, why) => ({
    kind: "set-body",
    issue: epic.number,
    expected,
    body: next,
    why
  });
  const ops = [...handoff.ops];
  if (intent !== void 0 && intent !== epic.body) {
    ops.unshift(
      setBody(
        epic.body,
        intent,
        `epic #${epic.number}: ${fractionWhy(figures)}; the ${handoff.transition === "completed" ? "handoff" : "withdrawal"} is recorded before it is made`
      )
    );
  }
  const before = intent ?? epic.body;
  if (body !== before) ops.push(setBody(before, body, `epic #${epic.number}: ${fractionWhy(figures)}`));
  return ops;
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
  if (next.length > LIMITS.issueBody)
    return { body, problem: `the progress block would take the body past GitHub's ${LIMITS.issueBody} characters` };
  if (!range && rawEnd) {
    const found = findBlock(parseMarkdown(next), next).block;
    if (!found || found.start < body.length)
      return {
        body,
        problem: "the body ends inside an unclosed code block or HTML comment, so the progress block cannot be appended"
      };
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
function refsOf(parsed, repo, self) {
  const selfKey = refKey({ ...repo, number: self });
  return parsed.tasks.flatMap((t) => t.ref && refKey(t.ref) !== selfKey ? [t.ref] : []);
}
function epicReader(deps, epic, options) {
  const key = refKey({ ...epic.repo, number: epic.number });
  let known = options.guessBody !== void 0 ? {
    body: options.guessBody,
    parsed: options.guessParsed ?? parseBody(options.guessBody, { repo: epic.repo, serverUrl: deps.serverUrl })
  } : void 0;
  const wantedOf = (parsed) => [
    ...parsed ? refsOf(parsed, epic.repo, epic.number) : [],
    ...options.append ?? []
  ];
  return async () => {
    const batch = await readBatch(deps.github, [epic], wantedOf(known?.parsed));
    const snapshot = batch.epics.get(key);
    const children = batch.children;
    if (!snapshot) return { children };
    const parsed = known?.body === snapshot.body ? known.parsed : parseBody(snapshot.body, { repo: epic.repo, serverUrl: deps.serverUrl });
    known = { body: snapshot.body, parsed };
    const more = refsOf(parsed, epic.repo, epic.number).filter((r) => !children.has(refKey(r)));
    if (more.length) for (const [k, v] of (await readBatch(deps.github, [], more)).children) children.set(k, v);
    for (const [k, v] of options.overrides ?? []) {
      const live = children.get(k);
      if (live && live.kind === "issue" && live.state === "open") children.set(k, v);
    }
    return { snapshot, parsed, children };
  };
}
function settled(progress, planned, state, attempts) {
  const { wrote, transition, stateChange } = progress;
  return {
    status: wrote ? "updated" : "unchanged",
    figures: planned.figures,
    labels: state.snapshot?.labels,
    transition,
    stateChange,
    attempts
  };
}
function stopAfterApply(results, planned, attempt) {
  if (results.some((r) => r.status === "dry-run")) {
    return {
      status: "dry-run",
      figures: planned.figures,
      transition: planned.transition,
      stateChange: planned.stateChange,
      attempts: attempt
    };
  }
  const broken = results.find((r) => r.status === "failed" || r.status === "over-budget");
  if (!broken) return void 0;
  return {
    status: broken.status === "failed" ? "failed" : "over-budget",
    figures: planned.figures,
    detail: broken.detail ?? broken.status,
    attempts: attempt,
    ...broken.refused ? { refused: true } : {}
  };
}
async function attemptOnce(deps, epic, state, read, progress, attempt, plan) {
  const planned = plan(state);
  if (planned.blockProblem) deps.log.warning(`[#${epic.number}] ${planned.blockProblem}`);
  if (planned.skipped)
    return {
      outcome: { status: "skipped", figures: planned.figures, detail: planned.blockProblem, attempts: attempt }
    };
  if (planned.ops.length === 0) return { outcome: settled(progress, planned, state, attempt) };
  progress.transition = planned.transition ?? progress.transition;
  progress.stateChange = planned.stateChange ?? progress.stateChange;
  const results = await deps.apply(planned.ops);
  const stop = stopAfterApply(results, planned, attempt);
  if (stop) return { outcome: stop };
  if (results.some((r) => r.status === "applied")) progress.wrote = true;
  const after = await read();
  if (!after.snapshot) return { state: after, wait: false };
  const check = plan({ ...after, snapshot: after.snapshot });
  if (check.ops.length === 0) return { outcome: settled(progress, check, after, attempt) };
  deps.log.info(
    `[#${epic.number}] another writer or a child changed meanwhile: reconciling again (attempt ${attempt + 1})`
  );
  return { state: after, wait: true };
}
async function reconcileEpic(deps, epic, options = {}) {
  const sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  const random = deps.random ?? Math.random;
  const read = epicReader(deps, epic, options);
  const input = (s) => ({
    config: deps.config,
    epic: s.snapshot,
    parsed: s.parsed,
    children: s.children,
    gates: deps.gates,
    append: options.append,
    serverUrl: deps.serverUrl,
    now: deps.now()
  });
  const plan = (s) => planEpic(input(s));
  const progress = { wrote: false };
  let state = await read();
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    if (!state.snapshot) return { ...epic, status: "not-found", detail: "the epic cannot be read", attempts: attempt };
    const step = await attemptOnce(deps, epic, { ...state, snapshot: state.snapshot }, read, progress, attempt, plan);
    if ("outcome" in step) return { ...epic, ...step.outcome };
    state = step.state;
    if (!step.wait) continue;
    await sleep(Math.floor((10 + random() * 90) * attempt));
    state = await read();
  }
  return {
    ...epic,
    status: "gave-up",
    detail: `still changing after ${MAX_ATTEMPTS} attempts`,
    attempts: MAX_ATTEMPTS,
    transition: progress.transition,
    stateChange: progress.stateChange
  };
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
      const extra = [
        o.detail,
        o.transition === "completed" ? "handed off" : o.transition === "reopened" ? "handoff withdrawn" : void 0
      ].filter(Boolean).join("; ");
      lines.push(
        `| #${o.number} | ${f ? cell2(
          headline(f).replace(/\*\*/g, "").replace(/^Progress: /, "")
        ) : ""}${f?.complete ? " \u2705" : ""} | ${cell2(sections)} | ${cell2(STATUS[o.status] + (extra ? ` (${extra})` : ""))} |`
      );
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
    outcomes.filter((o) => o.figures).map((o) => ({
      number: o.number,
      done: o.figures.done,
      total: o.figures.total,
      percent: o.figures.percent,
      complete: o.figures.complete,
      items: o.figures.items
    }))
  );
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
  const deps = {
    github: ctx.github,
    apply: (plan) => ctx.apply(plan),
    log: ctx.log,
    config,
    serverUrl,
    gates,
    now: ctx.now
  };
  const found = emptyFound();
  const { notes } = found;
  const failures = [];
  try {
    await findTargets(
      { github: ctx.github, repo, serverUrl, config, payload: ctx.event.payload, gates, found },
      trigger
    );
  } catch (error) {
    failures.push(`finding the epics to update failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (found.closes.length) await ctx.apply(found.closes);
  const outcomes = await reconcileAll(ctx, deps, found, failures);
  for (const note of notes) ctx.log.info(note);
  const escalated = (o) => (o.labels ?? []).some((l) => l.toLowerCase() === ctx.config.escalationLabel.toLowerCase());
  ctx.shared.epics = {
    complete: outcomes.filter((o) => o.figures?.complete && sameRepo(o.repo, repo) && escalated(o)).map((o) => o.number)
  };
  const result = { summary: renderSummary(outcomes, notes), outputs: { epics: epicsOutput(outcomes) } };
  if (failures.length) result.failure = `Epics: ${failures.join("; ")}`;
  return result;
}
async function reconcileAll(ctx, deps, found, failures) {
  const { notes, overrides } = found;
  const outcomes = [];
  const queue = [...found.targets];
  for (let runs = 0; queue.length > 0 && runs < MAX_EPICS_PER_RUN; runs++) {
    const target = queue.shift();
    const outcome = await reconcileOne(ctx, deps, target, overrides);
    if (outcome.status === "failed" && outcome.refused)
      notes.push(`epic #${target.number} was not updated: the token may not write to it`);
    else if (outcome.status === "failed" || outcome.status === "not-found")
      failures.push(`epic #${target.number}: ${outcome.detail ?? outcome.status}`);
    if (outcome.status === "gave-up")
      notes.push(`epic #${target.number} kept changing while it was being updated; the next run will finish it`);
    const previous = outcomes.findIndex((o) => o.number === outcome.number && sameRepo(o.repo, outcome.repo));
    if (previous >= 0) outcomes.splice(previous, 1);
    outcomes.push(outcome);
    if (walksUp(outcome, deps.config)) queue.push(...await epicsAbove(ctx, target, notes, failures));
  }
  if (queue.length > 0)
    notes.push(`${queue.length} epic(s) left for the next run: at most ${MAX_EPICS_PER_RUN} are reconciled per run`);
  return outcomes;
}
async function reconcileOne(ctx, deps, target, overrides) {
  ctx.log.startGroup(`[#${target.number}] epic`);
  try {
    return await reconcileEpic(deps, target, {
      guessBody: target.guessBody,
      guessParsed: target.guessParsed,
      overrides,
      append: target.append
    });
  } catch (error) {
    return { ...target, status: "failed", detail: error instanceof Error ? error.message : String(error), attempts: 1 };
  } finally {
    ctx.log.endGroup();
  }
}
async function epicsAbove(ctx, target, notes, failures) {
  const { repo, serverUrl } = ctx.event;
  const context = await readIssueContext(ctx.github, repo, target.number).catch((error) => {
    failures.push(
      `finding the epics above #${target.number} failed: ${error instanceof Error ? error.message : String(error)}`
    );
    return void 0;
  });
  if (!context) return [];
  const above = epicsOfChild(context, { ...repo, number: target.number }, ctx.config.epics, repo, serverUrl);
  notes.push(...above.notes);
  const chain = [...target.chain, target.number];
  const parents = [];
  for (const parent of above.targets) {
    if (chain.includes(parent.number))
      notes.push(
        `cycle in the epic hierarchy: ${[...chain, parent.number].map((n) => `#${n}`).join(" \u2192 ")}; not followed further`
      );
    else parents.push({ ...parent, chain });
  }
  return parents;
}
function walksUp(outcome, config) {
  if (outcome.status === "updated" && outcome.stateChange) return true;
  return config.handoff["close-epic"] && (outcome.status === "updated" || outcome.status === "unchanged") && (outcome.figures?.total ?? 0) > 0;
}
async function relinkEpics(deps, repo, numbers) {
  const notes = [];
  for (const number of numbers) {
    const outcome = await reconcileEpic(deps, { repo, number }).catch((error) => ({
      status: "failed",
      detail: error instanceof Error ? error.message : String(error)
    }));
    if (outcome.status === "failed" || outcome.status === "over-budget")
      notes.push(
        `#${number}: the epic block could not link today's report (${outcome.detail ?? outcome.status}); the next run will.`
      );
  }
  return notes;
}
export {
  epicsFeature,
  relinkEpics,
  triggerOf
};
