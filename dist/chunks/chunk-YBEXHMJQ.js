import {
  dayIn,
  formatAllowance,
  formatDuration,
  parseDuration,
  parseDurationPhrase
} from "./chunk-LPFWX6PH.js";
import {
  BLOCK_END,
  BLOCK_START,
  childStateOfNode,
  countedChildren,
  describeVerdict,
  endsInRawBlock,
  findBlock,
  formatRef,
  inSections,
  isDone,
  isLeftOut,
  labelNames,
  parseBody,
  parseMarkdown,
  queryPartial,
  refKey,
  repoOf,
  sectionKey,
  subIssueWarning,
  verdictOf
} from "./chunk-J5YPLQRL.js";
import {
  fieldValue
} from "./chunk-HVLJS4VM.js";
import {
  LIMITS,
  stripSource
} from "./chunk-KIPNBDTE.js";
import {
  inert,
  quote
} from "./chunk-7F23CJCA.js";

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
    const same2 = build(oldStamp);
    if (same2 === body) return { body };
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
    parts.push(
      `${alias}: repository(owner: ${JSON.stringify(entry.repo.owner)}, name: ${JSON.stringify(entry.repo.repo)}) { ${fields.join(" ")} }`
    );
  }
  plan.query = `query EpicsAndChildren { ${parts.join(" ")} }`;
  return plan;
}

// src/escalations/threshold.ts
function percent(rate) {
  if (rate === null || rate === void 0 || Number.isNaN(rate)) return "\u2013";
  const value = Math.round(rate * 1e3) / 10;
  return `${Number.isInteger(value) ? value.toFixed(0) : value.toFixed(1)}%`;
}
function thresholdReasons(gate, config) {
  const reasons = [];
  const tolerance = config.tolerance / 100;
  const below = (a, b) => Math.round(a * 1e3) < Math.round((b - tolerance) * 1e3);
  if (gate.verdict === "fail" && (config.failing === "all" || config.failing === "critical" && gate.critical)) {
    reasons.push(gate.critical ? `the critical gate fails after this change` : `the gate fails`);
  }
  if (gate.passRate !== null) {
    if (config["below-previous"] && gate.previousPassRate !== null && below(gate.passRate, gate.previousPassRate)) {
      reasons.push(
        `the pass rate fell from ${percent(gate.previousPassRate)} (last recorded) to ${percent(gate.passRate)}`
      );
    }
    if (config["below-baseline"] && gate.baselinePassRate !== null && below(gate.passRate, gate.baselinePassRate)) {
      reasons.push(`the pass rate ${percent(gate.passRate)} is below the baseline ${percent(gate.baselinePassRate)}`);
    }
  }
  return reasons;
}
function thresholdTargets(gates, config) {
  const targets = [];
  for (const gate of gates.outcomes) {
    if (gate.verdict === "no-data") continue;
    if (gates.pullRequest !== void 0)
      targets.push({ issue: gates.pullRequest, key: `threshold:${gate.name}:#${gates.pullRequest}`, gate });
    if (config.epic && gates.onDefaultBranch && gate.epic !== void 0)
      targets.push({ issue: gate.epic, key: `threshold:${gate.name}:#${gate.epic}`, gate });
  }
  return targets;
}
function thresholdFinding(target, config) {
  const { gate } = target;
  const reasons = thresholdReasons(gate, config.threshold);
  if (reasons.length === 0) return void 0;
  const title = inert(gate.title || gate.name, { max: 120 });
  const t = gate.totals;
  const facts = [
    ["Gate", `${title}${gate.critical ? " (critical)" : ""}`],
    ["Pass rate now", percent(gate.passRate)],
    ["Last recorded", percent(gate.previousPassRate)],
    ["Baseline", percent(gate.baselinePassRate)],
    ["Target", percent(gate.targetPassRate)]
  ];
  if (gate.executionRate !== null || gate.targetExecutionRate !== null) {
    facts.push([
      "Execution rate",
      `${percent(gate.executionRate)} (baseline ${percent(gate.baselineExecutionRate)}, target ${percent(gate.targetExecutionRate)})`
    ]);
  }
  facts.push([
    "Tests",
    `${t.passed} passed, ${t.failed} failed, ${t.errored} errored, ${t.skipped} skipped${t.flaky ? `, ${t.flaky} flaky` : ""}`
  ]);
  if (gate.reasons.length)
    facts.push([
      "Gate verdict",
      gate.reasons.slice(0, 5).map((r) => inert(r, { max: 200 })).join("; ")
    ]);
  return {
    key: target.key,
    trigger: "threshold",
    issue: target.issue,
    headline: `quality gate ${title} ${gate.verdict === "fail" ? "fails" : "regressed"}`,
    why: `${capitalise(reasons.join("; "))}.`,
    facts,
    mention: [...config.mention, ...config.threshold.mention]
  };
}
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/escalations/report.ts
var MARKER = (date) => `<!-- epic-steward:daily-report:${date} -->`;
var STATE_PREFIX = "<!-- epic-steward:report-state ";
function encode(stored) {
  return Buffer.from(JSON.stringify(stored), "utf8").toString("base64");
}
function readReport(body) {
  const date = /^<!-- epic-steward:daily-report:(\d{4}-\d{2}-\d{2}) -->/.exec(body)?.[1];
  const data = /\n<!-- epic-steward:report-state ([A-Za-z0-9+/=]+) -->$/.exec(stripSource(body))?.[1];
  if (!date || !data) return void 0;
  try {
    const stored = JSON.parse(Buffer.from(data, "base64").toString("utf8"));
    const state = checkState(stored?.state);
    if (!state) return void 0;
    const since = stored.since && DAY.test(String(stored.since.date)) ? checkState(stored.since.state) : void 0;
    return {
      date,
      state,
      since: since ? { date: stored.since.date, state: since } : null,
      ...stored.outlook !== void 0 ? { outlook: stored.outlook } : {}
    };
  } catch {
    return void 0;
  }
}
var DAY = /^\d{4}-\d{2}-\d{2}$/;
var REF = /^(?:[A-Za-z0-9._-]{1,100}\/[A-Za-z0-9._-]{1,100})?#\d{1,10}$/;
var MAX_LISTED2 = 1e4;
function checkState(state) {
  if (!state || typeof state !== "object") return void 0;
  const s = state;
  const refList = (v) => Array.isArray(v) && v.length <= MAX_LISTED2 && v.every((r) => typeof r === "string" && REF.test(r)) ? v : void 0;
  const done = refList(s.done);
  const open = refList(s.open);
  const escalated = s.escalated === void 0 ? [] : refList(s.escalated);
  if (!done || !open || !escalated) return void 0;
  const gates = {};
  const rate = (v) => v === null || typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 1 ? v : void 0;
  for (const [name, g] of Object.entries(
    s.gates && typeof s.gates === "object" ? s.gates : {}
  )) {
    if (!g || typeof g !== "object" || typeof g.title !== "string" || !DAY.test(String(g.on))) return void 0;
    const [r, b, t] = [rate(g.rate), rate(g.baseline), rate(g.target)];
    if (r === void 0 || b === void 0 || t === void 0) return void 0;
    gates[name] = { title: g.title.slice(0, 200), rate: r, baseline: b, target: t, on: g.on };
  }
  return { done, open, gates, escalated };
}
function gateFigures(outcomes, previous, today) {
  const figures = { ...previous?.gates ?? {} };
  for (const g of outcomes ?? []) {
    if (g.verdict === "no-data") continue;
    figures[g.name] = {
      title: g.title || g.name,
      rate: round(g.passRate),
      baseline: round(g.baselinePassRate),
      target: round(g.targetPassRate),
      on: today
    };
  }
  return figures;
}
function round(rate) {
  return rate === null ? null : Math.round(rate * 1e3) / 1e3;
}
var sorted = (list) => [...new Set(list)].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
function normal(state) {
  const gates = {};
  for (const name of Object.keys(state.gates).sort()) gates[name] = state.gates[name];
  return { done: sorted(state.done), open: sorted(state.open), gates, escalated: sorted(state.escalated) };
}
function sameState(a, b) {
  const strip = (s) => {
    const n = normal(s);
    return JSON.stringify({ ...n, gates: Object.fromEntries(Object.entries(n.gates).map(([k, g]) => [k, g.rate])) });
  };
  return strip(a) === strip(b);
}
function refs(list, max = 15) {
  if (list.length === 0) return "none";
  const shown = list.slice(0, max).join(", ");
  return list.length > max ? `${shown} and ${list.length - max} more` : shown;
}
function changes(before, after) {
  const was = /* @__PURE__ */ new Set([...before.done, ...before.open]);
  const is = /* @__PURE__ */ new Set([...after.done, ...after.open]);
  const out = [];
  const newlyDone = after.done.filter((r) => !before.done.includes(r));
  const reopened = after.open.filter((r) => before.done.includes(r));
  const added = [...is].filter((r) => !was.has(r));
  const removed = [...was].filter((r) => !is.has(r));
  if (newlyDone.length) out.push(`${refs(sorted(newlyDone))} done`);
  if (reopened.length) out.push(`${refs(sorted(reopened))} reopened`);
  if (added.length) out.push(`${refs(sorted(added))} added`);
  if (removed.length) out.push(`${refs(sorted(removed))} no longer listed`);
  for (const [name, g] of Object.entries(after.gates)) {
    const old = before.gates[name];
    if (!old) out.push(`${inert(g.title, { max: 80 })} first measured: ${percent(g.rate)}`);
    else if (old.rate !== g.rate) out.push(`${inert(g.title, { max: 80 })} ${percent(old.rate)} \u2192 ${percent(g.rate)}`);
  }
  const opened = after.escalated.filter((r) => !before.escalated.includes(r));
  const cleared = before.escalated.filter((r) => !after.escalated.includes(r));
  if (opened.length) out.push(`escalated: ${refs(sorted(opened))}`);
  if (cleared.length) out.push(`escalation cleared: ${refs(sorted(cleared))}`);
  return out;
}
function renderReport(today, state, since, outlook, warnings = []) {
  const s = normal(state);
  const total = s.done.length + s.open.length;
  const pct = total ? Math.round(s.done.length / total * 100) : 0;
  const lines = [
    MARKER(today),
    `### Daily progress \xB7 ${today}`,
    "",
    `**Stories** ${s.done.length}/${total} done (${pct}%) \xB7 remaining: ${refs(s.open)}`
  ];
  if (outlook) lines.push("", outlook.stored.line, "", outlook.chart, "");
  lines.push(...warnings);
  const gates = Object.values(s.gates);
  if (gates.length) {
    lines.push(
      `**Gates** ${gates.map(
        (g) => `${inert(g.title, { max: 80 })} ${percent(g.rate)} (baseline ${percent(g.baseline)}, target ${percent(g.target)}${g.on !== today ? `, as of ${g.on}` : ""})`
      ).join(" \xB7 ")}`
    );
  }
  lines.push(`**Open escalations** ${refs(s.escalated)}`);
  if (since) {
    const changed = changes(since.state, s);
    lines.push(`**Since ${since.date}** ${changed.length ? changed.join(" \xB7 ") : "no change"}`);
  } else {
    lines.push("**Since** first report");
  }
  const stored = {
    date: today,
    state: s,
    since: since ? { date: since.date, state: normal(since.state) } : null
  };
  if (outlook) stored.outlook = outlook.stored;
  lines.push(`${STATE_PREFIX}${encode(stored)} -->`);
  return lines.join("\n");
}
function planReport(input) {
  const reports = input.comments.map((c) => ({ comment: c, stored: readReport(c.body) })).filter((r) => !!r.stored);
  const todays = reports.find((r) => r.stored.date === input.today);
  const earlier = reports.filter((r) => r.stored.date < input.today).sort((a, b) => a.stored.date < b.stored.date ? 1 : -1)[0];
  const marker = MARKER(input.today);
  if (todays) {
    const since2 = todays.stored.since ?? null;
    const body = renderReport(input.today, input.state, since2, input.outlook, input.warnings);
    if (body === stripSource(todays.comment.body)) return { posted: "none" };
    const op2 = {
      kind: "upsert-comment",
      issue: input.epic,
      marker,
      body,
      commentId: todays.comment.id,
      currentBody: todays.comment.body,
      why: "the daily report: figures moved today"
    };
    return { op: op2, posted: "edit" };
  }
  if (earlier && sameState(earlier.stored.state, input.state)) return { posted: "none" };
  const since = earlier ? { date: earlier.stored.date, state: earlier.stored.state } : null;
  const op = {
    kind: "upsert-comment",
    issue: input.epic,
    marker,
    body: renderReport(input.today, input.state, since, input.outlook, input.warnings),
    why: since ? `the daily report: changes since ${since.date}` : "the first daily report"
  };
  if (input.complete) op.absent = true;
  return { op, posted: "new" };
}

// src/escalations/burnup.ts
var MAX_POINTS = 60;
var MAX_DAYS = 3660;
var DAY_MS = 864e5;
function daysBetween(start, today) {
  const first = Date.parse(`${start}T00:00:00Z`);
  const last = Date.parse(`${today}T00:00:00Z`);
  if (Number.isNaN(first) || Number.isNaN(last) || first > last) return [today];
  const from = Math.max(first, last - (MAX_DAYS - 1) * DAY_MS);
  const days = [];
  for (let t = from; t <= last; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}
function dayOf(iso, timeZone) {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? void 0 : dayIn(new Date(t), timeZone);
}
function burnup(stories, start, today, timeZone) {
  const days = daysBetween(start, today);
  const index = new Map(days.map((d2, i) => [d2, i]));
  const clampDay = (day) => day === void 0 ? void 0 : day < days[0] ? 0 : index.get(day) ?? (day > today ? days.length : 0);
  const total = new Array(days.length + 1).fill(0);
  const done = new Array(days.length + 1).fill(0);
  for (const story of stories) {
    const created = clampDay(dayOf(story.createdAt, timeZone)) ?? 0;
    total[created] += 1;
    const changes2 = story.changes.map((c) => ({ t: Date.parse(c.at), done: c.done, day: clampDay(dayOf(c.at, timeZone)) })).filter((c) => c.day !== void 0).sort((a, b) => a.t - b.t);
    let wasDone = false;
    for (const change of changes2) {
      if (change.done === wasDone) continue;
      done[change.day] += change.done ? 1 : -1;
      wasDone = change.done;
    }
  }
  const out = [];
  let d = 0;
  let t = 0;
  for (let i = 0; i < days.length; i++) {
    d += done[i];
    t += total[i];
    out.push({ day: days[i], done: Math.max(0, Math.min(d, t)), total: t });
  }
  return out;
}
function throughput(series) {
  return series.map((s, i) => Math.max(0, s.done - (i === 0 ? 0 : series[i - 1].done)));
}
var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function shortDay(day) {
  const [, month, date] = /^\d{4}-(\d{2})-(\d{2})$/.exec(day) ?? [];
  return month && date ? `${MONTHS[Number(month) - 1]} ${Number(date)}` : day;
}
function sample(series) {
  if (series.length <= MAX_POINTS) return series;
  const step = Math.ceil(series.length / MAX_POINTS);
  const kept = series.filter((_, i) => (series.length - 1 - i) % step === 0);
  return kept;
}
function burnupChart(series, epic) {
  const points = sample(series);
  const top = Math.max(1, ...points.map((p) => p.total));
  return [
    "```mermaid",
    "xychart-beta",
    `  title "Burn-up of #${epic}: stories done (bars) and in scope (line)"`,
    `  x-axis [${points.map((p) => `"${shortDay(p.day)}"`).join(", ")}]`,
    `  y-axis "Stories" 0 --> ${top}`,
    `  bar [${points.map((p) => p.done).join(", ")}]`,
    `  line [${points.map((p) => p.total).join(", ")}]`,
    "```"
  ].join("\n");
}

// src/escalations/comment.ts
var MARKER_PREFIX = "<!-- epic-steward:escalation:";
var STATE_PREFIX2 = "<!-- epic-steward:escalation-state ";
function safeKey(key) {
  return key.replace(/[^A-Za-z0-9._:#/+-]/g, "-").replace(/-{2,}/g, "-");
}
function escalationMarker(key) {
  return `${MARKER_PREFIX}${safeKey(key)} -->`;
}
function reminderMarker(key, n) {
  return `${MARKER_PREFIX}${safeKey(key)}:reminder:${n} -->`;
}
function keyOfBody(body) {
  const match = /^<!-- epic-steward:escalation:(\S+) -->/.exec(body);
  if (!match || /:reminder:\d+$/.test(match[1])) return void 0;
  return match[1];
}
var TRIGGERS = /* @__PURE__ */ new Set(["threshold", "timebox", "estimate", "stuck", "blocked"]);
var isTime = (v) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(v) && !Number.isNaN(Date.parse(v));
function readState(body) {
  const match = /(?:^|\n)<!-- epic-steward:escalation-state (\{[^\n]*\}) -->\s*$/.exec(stripSource(body));
  if (!match) return void 0;
  try {
    const data = JSON.parse(match[1]);
    if (data.state !== "open" && data.state !== "resolved" || !isTime(data.at)) return void 0;
    const reminders = Number.isInteger(data.reminders) && data.reminders >= 0 && data.reminders <= 1e4 ? data.reminders : 0;
    return {
      state: data.state,
      at: data.at,
      reminders,
      ...isTime(data.resolvedAt) ? { resolvedAt: data.resolvedAt } : {},
      ...TRIGGERS.has(String(data.trigger)) ? { trigger: data.trigger } : {}
    };
  } catch {
    return void 0;
  }
}
function stateLine(state) {
  return `${STATE_PREFIX2}${JSON.stringify(state)} -->`;
}
function formatTime(date) {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
function mentions(names) {
  const unique = [...new Set(names.map((n) => n.replace(/^@/, "")).filter(Boolean))];
  return unique.map((n) => `@${n}`).join(" ");
}
function renderOpen(finding, state) {
  const at = new Date(state.at);
  const rows = [...finding.facts];
  if (finding.start)
    rows.push([
      "Elapsed",
      `${formatDuration(at.getTime() - finding.start.getTime())} when escalated (${formatTime(at)})`
    ]);
  else rows.push(["Escalated", formatTime(at)]);
  const lines = [
    escalationMarker(finding.key),
    `### :rotating_light: Escalation: ${finding.headline}`,
    "",
    finding.why,
    "",
    "| | |",
    "| --- | --- |",
    ...rows.map(([name, value]) => `| ${cell2(name)} | ${cell2(value)} |`),
    ""
  ];
  const who = mentions(finding.mention);
  if (who) lines.push(`cc ${who}`, "");
  lines.push(
    `<sub>Epic Steward edits this comment when the escalation changes or is resolved.</sub>`,
    stateLine({ ...state, trigger: finding.trigger })
  );
  return lines.join("\n");
}
function renderResolved(key, previousBody, state, reason) {
  const headline2 = /^### .*?Escalation: (.*)$/m.exec(previousBody)?.[1] ?? /^### .*?Resolved: (.*)$/m.exec(previousBody)?.[1] ?? key;
  const resolvedAt = new Date(state.resolvedAt ?? state.at);
  const details = previousBody.split("\n").filter(
    (line) => !line.startsWith("<!-- epic-steward:") && !line.startsWith("### ") && !line.startsWith("cc ") && !line.startsWith("<sub>")
  ).join("\n").trim().replace(/@(?=[A-Za-z0-9])/g, "@\u200D");
  return [
    escalationMarker(key),
    `### :white_check_mark: Resolved: ${headline2}`,
    "",
    `Resolved ${formatTime(resolvedAt)}: ${reason}`,
    "",
    "<details><summary>The escalation</summary>",
    "",
    details,
    "",
    "</details>",
    stateLine(state)
  ].join("\n");
}
function renderReminder(finding, state, n) {
  const who = mentions(finding.mention);
  return [
    reminderMarker(finding.key, n),
    `:alarm_clock: Reminder ${n}: **${finding.headline}** is still open (escalated ${formatTime(new Date(state.at))}). ${finding.why}`,
    ...who ? ["", `cc ${who}`] : []
  ].join("\n");
}
function cell2(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

// src/escalations/time.ts
var same = (a, b) => a.toLowerCase() === b.toLowerCase();
function bodyField(body, names) {
  return fieldValue(body, names);
}
function bodyTimeline(body) {
  const text = bodyField(body, ["Timeline", "Time box", "Timebox", "Deadline window"]);
  const ms = text === void 0 ? void 0 : parseDurationPhrase(text);
  return ms === void 0 ? void 0 : { ms, text };
}
function bodyEstimate(body) {
  const text = bodyField(body, ["Estimated Time", "Estimate", "Time Estimate", "Estimated Effort"]);
  const ms = text === void 0 ? void 0 : parseDurationPhrase(text);
  return ms === void 0 ? void 0 : { ms, text };
}
function time(iso) {
  return Date.parse(iso);
}
function labelSince(issue, label) {
  const applied = issue.events.filter((e) => e.kind === "labeled" && e.label !== void 0 && same(e.label, label)).map((e) => time(e.at));
  if (applied.length) return Math.max(...applied);
  if (issue.eventsComplete || issue.events.length === 0) return time(issue.createdAt);
  return Math.max(time(issue.createdAt), Math.min(...issue.events.map((e) => time(e.at))));
}
function workStart(issue, config) {
  const starts = [];
  const by = config["started-by"];
  if (by.includes("label")) {
    const applied = issue.events.filter(
      (e) => e.kind === "labeled" && e.label !== void 0 && same(e.label, config["start-label"])
    );
    if (applied.length)
      starts.push({
        at: Math.min(...applied.map((e) => time(e.at))),
        how: `label ${quote(config["start-label"])} applied`
      });
    else if (issue.labels.some((l) => same(l, config["start-label"])) && issue.eventsComplete)
      starts.push({ at: time(issue.createdAt), how: `opened with label ${quote(config["start-label"])}` });
  }
  if (by.includes("assignment")) {
    const assigned = issue.events.filter((e) => e.kind === "assigned");
    if (assigned.length) starts.push({ at: Math.min(...assigned.map((e) => time(e.at))), how: "first assigned" });
    else if (issue.assignees > 0 && issue.eventsComplete)
      starts.push({ at: time(issue.createdAt), how: "opened assigned" });
  }
  if (starts.length === 0) return void 0;
  return starts.reduce((a, b) => b.at < a.at ? b : a);
}
function evaluateTime(issue, config, now) {
  if (!issue.open) return [];
  const findings = [];
  if (config["time-box"].enabled) findings.push(...timeBoxFinding(issue, config, now));
  if (config.estimate.enabled) findings.push(...estimateFinding(issue, config, now));
  if (config.stuck.enabled) findings.push(...stuckFindings(issue, config, now));
  return findings;
}
function issueFact(issue) {
  return ["Issue", `#${issue.number} ${inert(issue.title, { max: 120 })}`];
}
function timeBoxLimit(issue, box) {
  const limits = [];
  for (const p of box.priorities) {
    const ms = parseDuration(p.within);
    if (ms !== void 0 && issue.labels.some((l) => same(l, p.label)))
      limits.push({ ms, source: `priority label ${quote(p.label)} allows ${formatAllowance(ms)}` });
  }
  if (box["from-body"]) {
    const stated = bodyTimeline(issue.body);
    if (stated)
      limits.push({
        ms: stated.ms,
        source: `the body's timeline ${quote(stated.text)} allows ${formatAllowance(stated.ms)}`
      });
  }
  if (limits.length === 0) return void 0;
  return limits.reduce((a, b) => b.ms < a.ms ? b : a);
}
function timeBoxFinding(issue, config, now) {
  const box = config["time-box"];
  const limit = timeBoxLimit(issue, box);
  if (!limit) return [];
  const ref = `#${issue.number}`;
  const opened = time(issue.createdAt);
  const deadline = opened + limit.ms;
  if (now.getTime() <= deadline) return [];
  return [
    {
      key: `timebox:${ref}`,
      trigger: "timebox",
      issue: issue.number,
      headline: `${ref} is past its time box`,
      why: `${ref} has been open longer than ${limit.source}.`,
      facts: [
        issueFact(issue),
        ["Time box", limit.source],
        ["Opened", formatTime(new Date(opened))],
        ["Deadline", formatTime(new Date(deadline))]
      ],
      start: new Date(opened),
      mention: [...config.mention, ...box.mention]
    }
  ];
}
function estimateFinding(issue, config, now) {
  const estimate = config.estimate;
  const stated = bodyEstimate(issue.body);
  const start = stated ? workStart(issue, estimate) : void 0;
  if (!stated || !start) return [];
  const ref = `#${issue.number}`;
  const allowed = stated.ms * (1 + estimate.overrun / 100);
  const deadline = start.at + allowed;
  if (now.getTime() <= deadline) return [];
  return [
    {
      key: `estimate:${ref}`,
      trigger: "estimate",
      issue: issue.number,
      headline: `${ref} is over its estimate`,
      why: `Work on ${ref} has taken more than its estimate plus ${estimate.overrun}%.`,
      facts: [
        issueFact(issue),
        ["Estimate", `${quote(stated.text)} (${formatAllowance(stated.ms)})`],
        ["Allowed", `${formatAllowance(allowed)} (estimate + ${estimate.overrun}%)`],
        ["Work started", `${formatTime(new Date(start.at))} (${start.how})`],
        ["Deadline", formatTime(new Date(deadline))]
      ],
      start: new Date(start.at),
      mention: [...config.mention, ...estimate.mention]
    }
  ];
}
function stuckFindings(issue, config, now) {
  const stuck = config.stuck;
  const ref = `#${issue.number}`;
  const findings = [];
  for (const rule of stuck.labels) {
    const ms = parseDuration(rule.after);
    const current = issue.labels.find((l) => same(l, rule.label));
    if (ms === void 0 || current === void 0) continue;
    const since = labelSince(issue, current);
    if (now.getTime() <= since + ms) continue;
    findings.push({
      key: `stuck:${current.toLowerCase()}:${ref}`,
      trigger: "stuck",
      issue: issue.number,
      headline: `${ref} is stuck under ${quote(current)}`,
      why: `${ref} has carried the label ${quote(current)} for longer than ${formatAllowance(ms)}.`,
      facts: [
        issueFact(issue),
        ["Label", `${quote(current)} since ${formatTime(new Date(since))}`],
        ["Allowed", formatAllowance(ms)],
        ["Deadline", formatTime(new Date(since + ms))]
      ],
      start: new Date(since),
      mention: [...config.mention, ...stuck.mention]
    });
  }
  return findings;
}
function isTimeKey(key) {
  return /^(timebox|estimate|stuck):/.test(key);
}

// src/escalations/outlook.ts
function targetOf(epic, timeZone) {
  const due = epic.milestone?.dueOn ? Date.parse(epic.milestone.dueOn) : NaN;
  if (!Number.isNaN(due))
    return {
      day: dayIn(new Date(due), timeZone),
      source: `milestone ${inert(JSON.stringify(epic.milestone.title), { max: 80 })}`
    };
  const field = /^\d{4}-\d{2}-\d{2}/.exec(epic.targetDate ?? "")?.[0];
  if (field && !Number.isNaN(Date.parse(field))) return { day: field, source: 'issue field "Target date"' };
  const timeline = bodyTimeline(epic.body);
  const created = Date.parse(epic.createdAt);
  if (timeline && !Number.isNaN(created)) {
    return {
      day: dayIn(new Date(created + timeline.ms), timeZone),
      source: `Timeline: ${inert(timeline.text, { max: 60 })} from the epic's creation`
    };
  }
  return void 0;
}
function verdictOf2(forecast, target) {
  if (forecast.kind === "done") return "complete";
  if (!target) return void 0;
  if (forecast.kind === "beyond" || forecast.kind === "no-throughput") return "off-track";
  if (forecast.kind !== "forecast") return void 0;
  if (forecast.p50 > target.day) return "off-track";
  if (forecast.p85 > target.day) return "at-risk";
  return "on-track";
}
var WORDS = {
  complete: "complete",
  "on-track": "on track",
  "at-risk": "at risk",
  "off-track": "off track"
};
function verdictText(verdict) {
  return WORDS[verdict];
}
function forecastText(f) {
  switch (f.kind) {
    case "done":
      return "every story is done";
    case "not-enough-history":
      return `not enough history (${f.days} day${f.days === 1 ? "" : "s"}; a forecast needs 3)`;
    case "no-throughput":
      return `no story done in ${f.days} days of history: no finish date in sight`;
    case "beyond":
      return `beyond ${f.horizon} days at the pace of ${f.days} days of history`;
    case "forecast":
      return `P50 ${shortDay(f.p50)} \xB7 P85 ${shortDay(f.p85)} (from ${f.days} days of history)`;
  }
}
var DAY2 = /^\d{4}-\d{2}-\d{2}$/;
function storedOutlookLine(stored) {
  const s = stored;
  const f = s?.forecast;
  const days = typeof f?.days === "number" && Number.isInteger(f.days) && f.days >= 0 && f.days < 1e5 ? f.days : void 0;
  let forecast;
  if (f?.kind === "done") forecast = { kind: "done" };
  else if (days !== void 0 && (f?.kind === "not-enough-history" || f?.kind === "no-throughput"))
    forecast = { kind: f.kind, days };
  else if (days !== void 0 && f?.kind === "beyond" && typeof f.horizon === "number" && Number.isInteger(f.horizon))
    forecast = { kind: "beyond", days, horizon: f.horizon };
  else if (days !== void 0 && f?.kind === "forecast" && typeof f.p50 === "string" && typeof f.p85 === "string" && DAY2.test(f.p50) && DAY2.test(f.p85))
    forecast = { kind: "forecast", days, p50: f.p50, p85: f.p85 };
  if (!forecast) return void 0;
  const t = s?.target;
  const target = t && typeof t.day === "string" && DAY2.test(t.day) && typeof t.source === "string" ? { day: t.day, source: inert(t.source, { max: 120 }) } : void 0;
  const verdict = typeof s?.verdict === "string" && s.verdict in WORDS ? s.verdict : void 0;
  return outlookLine(forecast, target, verdict);
}
function outlookLine(f, target, verdict) {
  const parts = [`**Forecast** ${forecastText(f)}`];
  if (f.kind !== "done")
    parts.push(
      target ? `**Target** ${shortDay(target.day)} (${target.source})` : '**Target** none (no milestone due date, "Target date" field or `Timeline:` in the body)'
    );
  if (verdict) parts.push(`**${verdictText(verdict)}**`);
  return parts.join(" \xB7 ");
}

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
var CHILDREN_PER_QUERY = 250;
async function readBatch(github, epics, children) {
  const result = { epics: /* @__PURE__ */ new Map(), children: /* @__PURE__ */ new Map() };
  const unique = [...new Map(children.map((c) => [refKey(c), c])).values()];
  for (const c of unique) {
    if (!safeName(c.owner) || !safeName(c.repo))
      result.children.set(refKey(c), { kind: "unreadable", why: "not a valid repository name" });
  }
  const readable = unique.filter((c) => !result.children.has(refKey(c)));
  const chunks = [];
  for (let i = 0; i < readable.length; i += CHILDREN_PER_QUERY) chunks.push(readable.slice(i, i + CHILDREN_PER_QUERY));
  if (chunks.length === 0) chunks.push([]);
  for (const [index, chunk] of chunks.entries()) {
    const plan = batchQuery(index === 0 ? epics : [], chunk);
    const { data, errors } = await queryPartial(github, plan.query);
    const failure = (path) => {
      const [repoAlias, field] = path.split(".");
      const error = errors.find(
        (e) => e.path !== void 0 && e.path[0] === repoAlias && (e.path.length === 1 || e.path[1] === field)
      );
      if (data[repoAlias] === null || data[repoAlias] === void 0)
        return "the repository cannot be read with this token";
      return error?.type === "NOT_FOUND" || !error ? "no such issue or pull request" : error.message;
    };
    for (const [path, epic] of plan.epics) {
      const [repoAlias, field] = path.split(".");
      const node = data[repoAlias]?.[field];
      result.epics.set(
        refKey({ ...epic.repo, number: epic.number }),
        node ? snapshotOf(epic.repo, node, result.children) : void 0
      );
    }
    for (const [path, child] of plan.children) {
      const [repoAlias, field] = path.split(".");
      const node = data[repoAlias]?.[field];
      result.children.set(refKey(child), node ? childStateOfNode(node) : { kind: "unreadable", why: failure(path) });
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

export {
  percent,
  thresholdTargets,
  thresholdFinding,
  readReport,
  gateFigures,
  planReport,
  burnup,
  throughput,
  burnupChart,
  escalationMarker,
  reminderMarker,
  keyOfBody,
  readState,
  formatTime,
  mentions,
  renderOpen,
  renderResolved,
  renderReminder,
  evaluateTime,
  isTimeKey,
  targetOf,
  verdictOf2 as verdictOf,
  outlookLine,
  readMergedPull,
  readOpenEpics,
  isEpicType,
  isEpic,
  readBatch,
  readRecord,
  headline,
  reconcileEpic
};
