import { createRequire as __esCreateRequire } from 'node:module'; const require = __esCreateRequire(import.meta.url);
import {
  headline,
  isEpic,
  isEpicType,
  readBatch,
  readIssueContext,
  readMergedPull,
  readOpenEpics,
  readRecord,
  reconcileEpic
} from "./chunk-E4IMZWDM.js";
import {
  issueTypeName,
  subIssuesTotal,
  triggerOf,
  wants
} from "./chunk-AJ7GQ4JP.js";
import "./chunk-XXOVGFOY.js";
import {
  MarkdownTooDeep,
  closingRefs,
  parseBody,
  proseOf,
  refKey,
  refsInText,
  sameRepo
} from "./chunk-5XNF6PA2.js";
import "./chunk-L3SH2NKZ.js";
import "./chunk-AJUFQYA4.js";
import "./chunk-7F23CJCA.js";
import "./chunk-ICBU4LL7.js";

// src/epics/summary.ts
function cell(text) {
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
      lines.push(`| #${o.number} | ${f ? cell(headline(f).replace(/\*\*/g, "").replace(/^Progress: /, "")) : ""}${f?.complete ? " \u2705" : ""} | ${cell(sections)} | ${cell(STATUS[o.status] + (extra ? ` (${extra})` : ""))} |`);
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
    const numbers = await readOpenEpics(ctx.github, repo, config.label, config.types);
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
        if (payload.issue) await childFlow({ ...repo, number: payload.issue.number });
        break;
      case "issues.edited": {
        const issue = payload.issue;
        if (!issue) break;
        const labels = (issue.labels ?? []).map((l) => typeof l === "string" ? l : l.name);
        const summary = subIssuesTotal(issue);
        if (isEpic(labels, typeof summary === "number" ? summary : 0, config.label) || isEpicType(issueTypeName(issue), config.types)) {
          mergeTargets(targets, [{ repo, number: issue.number, guessBody: issue.body ?? "", append: [], chain: [] }]);
        } else if (typeof summary !== "number" || config["append-section"]) {
          const context = await childFlow({ ...repo, number: issue.number });
          for (let i = targets.length - 1; i >= 0; i--) if (targets[i].append.length === 0) targets.splice(i, 1);
          if (context.subIssues > 0) mergeTargets(targets, [{ repo, number: issue.number, guessBody: context.body, append: [], chain: [] }]);
        }
        break;
      }
      case "issues.labeled":
        if (payload.issue && String(payload.label?.name ?? "").toLowerCase() === config.label.toLowerCase()) {
          mergeTargets(targets, [{ repo, number: payload.issue.number, guessBody: payload.issue.body ?? "", append: [], chain: [] }]);
        }
        break;
      case "issues.typed":
      case "issues.untyped": {
        const issue = payload.issue;
        if (!issue) break;
        const labels = (issue.labels ?? []).map((l) => typeof l === "string" ? l : l.name);
        const summary = subIssuesTotal(issue);
        const type = issueTypeName(issue);
        if (isEpic(labels, typeof summary === "number" ? summary : 0, config.label) || isEpicType(type, config.types)) {
          mergeTargets(targets, [{ repo, number: issue.number, guessBody: issue.body ?? "", append: [], chain: [] }]);
        } else {
          notes.push(`#${issue.number} is not an epic (its type ${type ? `\`${type.slice(0, 50)}\` is not` : "was removed and it is"} not in \`epics.types\`, and it has no epic label or sub-issues): left as it is`);
        }
        break;
      }
      case "pull_request.closed":
        if (payload.pull_request) await pullFlow(ctx, config, payload.pull_request.number, childFlow, overrides, notes);
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
  const escalated = (o) => (o.labels ?? []).some((l) => l.toLowerCase() === ctx.config.escalationLabel.toLowerCase());
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
