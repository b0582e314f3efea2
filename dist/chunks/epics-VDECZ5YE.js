import {
  headline,
  isEpic,
  isEpicType,
  readBatch,
  readMergedPull,
  readOpenEpics,
  readRecord,
  reconcileEpic
} from "./chunk-YBEXHMJQ.js";
import "./chunk-LPFWX6PH.js";
import {
  triggerOf,
  wants
} from "./chunk-ZASDCANV.js";
import {
  MarkdownTooDeep,
  closingRefs,
  listsChild,
  parseBody,
  proseOf,
  readIssueContext,
  refKey,
  refsInText,
  sameRepo
} from "./chunk-J5YPLQRL.js";
import "./chunk-HVLJS4VM.js";
import "./chunk-KIPNBDTE.js";
import "./chunk-7F23CJCA.js";
import "./chunk-ICBU4LL7.js";

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
      const extra = [
        o.detail,
        o.transition === "completed" ? "handed off" : o.transition === "reopened" ? "handoff withdrawn" : void 0
      ].filter(Boolean).join("; ");
      lines.push(
        `| #${o.number} | ${f ? cell(
          headline(f).replace(/\*\*/g, "").replace(/^Progress: /, "")
        ) : ""}${f?.complete ? " \u2705" : ""} | ${cell(sections)} | ${cell(STATUS[o.status] + (extra ? ` (${extra})` : ""))} |`
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
export {
  epicsFeature,
  triggerOf
};
