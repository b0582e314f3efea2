import { createRequire as __esCreateRequire } from 'node:module'; const require = __esCreateRequire(import.meta.url);
import {
  describeOp,
  formatAllowance,
  formatDuration,
  isOwnComment,
  labelAsSpelled,
  ownIdentity,
  parseDuration,
  parseDurationPhrase,
  wants,
  workOf
} from "./chunk-YLJHAR7S.js";
import {
  fieldValue
} from "./chunk-L3SH2NKZ.js";
import {
  parseBody
} from "./chunk-LYEKAJIF.js";
import {
  inert,
  quote
} from "./chunk-7F23CJCA.js";
import {
  GraphqlIncompleteError,
  LIMIT_ERRORS
} from "./chunk-OEMGX3ZO.js";
import "./chunk-EZ5FSSUK.js";
import "./chunk-ICBU4LL7.js";

// src/escalations/queries.ts
var SWEEP_QUERY = (
  /* GraphQL */
  `
  query EscalationSweep($owner: String!, $name: String!, $states: [IssueState!], $labels: [String!], $after: String) {
    repository(owner: $owner, name: $name) {
      issues(first: 100, after: $after, states: $states, labels: $labels, orderBy: { field: CREATED_AT, direction: ASC }) {
        pageInfo { hasNextPage endCursor }
        nodes {
          id
          number
          title
          body
          state
          createdAt
          labels(first: 100) { nodes { name } }
          assignees(first: 1) { totalCount }
          early: timelineItems(first: 10, itemTypes: [LABELED_EVENT, ASSIGNED_EVENT]) { totalCount nodes { ...Event } }
          late: timelineItems(last: 40, itemTypes: [LABELED_EVENT, ASSIGNED_EVENT]) { nodes { ...Event } }
        }
      }
    }
  }
  fragment Event on IssueTimelineItems {
    __typename
    ... on LabeledEvent { createdAt label { name } }
    ... on AssignedEvent { createdAt }
  }
`
);
var COMMENTS_BY_ID_QUERY = (
  /* GraphQL */
  `
  query EscalationComments($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ... on Issue { number comments(last: 50) { totalCount nodes { databaseId body author { __typename login } } } }
      ... on PullRequest { number comments(last: 50) { totalCount nodes { databaseId body author { __typename login } } } }
    }
  }
`
);
var ISSUE_QUERY = (
  /* GraphQL */
  `
  query EscalationIssue($owner: String!, $name: String!, $number: Int!) {
    repository(owner: $owner, name: $name) {
      issueOrPullRequest(number: $number) {
        __typename
        ... on Issue {
          id
          number
          title
          body
          issueState: state
          createdAt
          labels(first: 100) { nodes { name } }
          assignees(first: 1) { totalCount }
          early: timelineItems(first: 10, itemTypes: [LABELED_EVENT, ASSIGNED_EVENT]) { totalCount nodes { ...Event } }
          late: timelineItems(last: 40, itemTypes: [LABELED_EVENT, ASSIGNED_EVENT]) { nodes { ...Event } }
          comments(last: 50) { totalCount nodes { databaseId body author { __typename login } } }
        }
        ... on PullRequest {
          id
          number
          title
          pullState: state
          labels(first: 100) { nodes { name } }
          comments(last: 50) { totalCount nodes { databaseId body author { __typename login } } }
        }
      }
    }
  }
  fragment Event on IssueTimelineItems {
    __typename
    ... on LabeledEvent { createdAt label { name } }
    ... on AssignedEvent { createdAt }
  }
`
);
var REPORT_EPICS_QUERY = (
  /* GraphQL */
  `
  query EscalationReportEpics($owner: String!, $name: String!, $labels: [String!], $after: String) {
    repository(owner: $owner, name: $name) {
      issues(first: 25, after: $after, states: [OPEN], labels: $labels, orderBy: { field: CREATED_AT, direction: ASC }) {
        pageInfo { hasNextPage endCursor }
        nodes {
          number
          title
          body
          labels(first: 100) { nodes { name } }
          comments(last: 50) { totalCount nodes { databaseId body author { __typename login } } }
        }
      }
    }
  }
`
);
function subIssuesQuery(numbers) {
  const fields = numbers.filter((n) => Number.isInteger(n) && n > 0).map((n) => `e${n}: issue(number: ${n}) { subIssues(first: 100) { nodes { number repository { nameWithOwner } } } }`);
  return `query EscalationSubIssues($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { ${fields.join(" ") || "id"} } }`;
}
var CHILD_STATE_FIELDS = `__typename ... on Issue { issueState: state stateReason labels(first: 100) { nodes { name } } } ... on PullRequest { pullState: state merged labels(first: 100) { nodes { name } } }`;
var NAME = /^[A-Za-z0-9._-]{1,100}$/;
function childStatesQuery(refs2) {
  const byRepo = /* @__PURE__ */ new Map();
  for (const ref of refs2) {
    if (!NAME.test(ref.owner) || !NAME.test(ref.repo) || !Number.isInteger(ref.number) || ref.number < 1) continue;
    const key = `${ref.owner.toLowerCase()}/${ref.repo.toLowerCase()}`;
    if (!byRepo.has(key)) byRepo.set(key, { owner: ref.owner, repo: ref.repo, numbers: /* @__PURE__ */ new Set() });
    byRepo.get(key).numbers.add(ref.number);
  }
  const paths = /* @__PURE__ */ new Map();
  const parts = [];
  let r = 0;
  for (const [key, entry] of byRepo) {
    const alias = `r${r++}`;
    const fields = [...entry.numbers].map((n) => {
      paths.set(`${key}#${n}`, `${alias}.i${n}`);
      return `i${n}: issueOrPullRequest(number: ${n}) { ${CHILD_STATE_FIELDS} }`;
    });
    parts.push(`${alias}: repository(owner: ${JSON.stringify(entry.owner)}, name: ${JSON.stringify(entry.repo)}) { ${fields.join(" ")} }`);
  }
  return { query: `query EscalationChildStates { ${parts.join(" ") || "__typename"} }`, paths };
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
      reasons.push(`the pass rate fell from ${percent(gate.previousPassRate)} (last recorded) to ${percent(gate.passRate)}`);
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
    if (gates.pullRequest !== void 0) targets.push({ issue: gates.pullRequest, key: `threshold:${gate.name}:#${gates.pullRequest}`, gate });
    if (config.epic && gates.onDefaultBranch && gate.epic !== void 0) targets.push({ issue: gate.epic, key: `threshold:${gate.name}:#${gate.epic}`, gate });
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
    facts.push(["Execution rate", `${percent(gate.executionRate)} (baseline ${percent(gate.baselineExecutionRate)}, target ${percent(gate.targetExecutionRate)})`]);
  }
  facts.push(["Tests", `${t.passed} passed, ${t.failed} failed, ${t.errored} errored, ${t.skipped} skipped${t.flaky ? `, ${t.flaky} flaky` : ""}`]);
  if (gate.reasons.length) facts.push(["Gate verdict", gate.reasons.slice(0, 5).map((r) => inert(r, { max: 200 })).join("; ")]);
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
function dayIn(now, timeZone) {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const get = (type) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}
function encode(stored) {
  return Buffer.from(JSON.stringify(stored), "utf8").toString("base64");
}
function readReport(body) {
  const date = /^<!-- epic-steward:daily-report:(\d{4}-\d{2}-\d{2}) -->/.exec(body)?.[1];
  const data = /\n<!-- epic-steward:report-state ([A-Za-z0-9+/=]+) -->$/.exec(body)?.[1];
  if (!date || !data) return void 0;
  try {
    const stored = JSON.parse(Buffer.from(data, "base64").toString("utf8"));
    const state = checkState(stored?.state);
    if (!state) return void 0;
    const since = stored.since && DAY.test(String(stored.since.date)) ? checkState(stored.since.state) : void 0;
    return { date, state, since: since ? { date: stored.since.date, state: since } : null };
  } catch {
    return void 0;
  }
}
var DAY = /^\d{4}-\d{2}-\d{2}$/;
var REF = /^(?:[A-Za-z0-9._-]{1,100}\/[A-Za-z0-9._-]{1,100})?#\d{1,10}$/;
var MAX_LISTED = 1e4;
function checkState(state) {
  if (!state || typeof state !== "object") return void 0;
  const s = state;
  const refList = (v) => Array.isArray(v) && v.length <= MAX_LISTED && v.every((r) => typeof r === "string" && REF.test(r)) ? v : void 0;
  const done = refList(s.done);
  const open = refList(s.open);
  const escalated = s.escalated === void 0 ? [] : refList(s.escalated);
  if (!done || !open || !escalated) return void 0;
  const gates = {};
  const rate = (v) => v === null || typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 1 ? v : void 0;
  for (const [name, g] of Object.entries(s.gates && typeof s.gates === "object" ? s.gates : {})) {
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
    figures[g.name] = { title: g.title || g.name, rate: round(g.passRate), baseline: round(g.baselinePassRate), target: round(g.targetPassRate), on: today };
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
function renderReport(today, state, since) {
  const s = normal(state);
  const total = s.done.length + s.open.length;
  const pct = total ? Math.round(s.done.length / total * 100) : 0;
  const lines = [
    MARKER(today),
    `### Daily progress \xB7 ${today}`,
    "",
    `**Stories** ${s.done.length}/${total} done (${pct}%) \xB7 remaining: ${refs(s.open)}`
  ];
  const gates = Object.values(s.gates);
  if (gates.length) {
    lines.push(
      `**Gates** ${gates.map((g) => `${inert(g.title, { max: 80 })} ${percent(g.rate)} (baseline ${percent(g.baseline)}, target ${percent(g.target)}${g.on !== today ? `, as of ${g.on}` : ""})`).join(" \xB7 ")}`
    );
  }
  lines.push(`**Open escalations** ${refs(s.escalated)}`);
  if (since) {
    const changed = changes(since.state, s);
    lines.push(`**Since ${since.date}** ${changed.length ? changed.join(" \xB7 ") : "no change"}`);
  } else {
    lines.push("**Since** first report");
  }
  lines.push(`${STATE_PREFIX}${encode({ date: today, state: s, since: since ? { date: since.date, state: normal(since.state) } : null })} -->`);
  return lines.join("\n");
}
function planReport(input) {
  const reports = input.comments.map((c) => ({ comment: c, stored: readReport(c.body) })).filter((r) => !!r.stored);
  const todays = reports.find((r) => r.stored.date === input.today);
  const earlier = reports.filter((r) => r.stored.date < input.today).sort((a, b) => a.stored.date < b.stored.date ? 1 : -1)[0];
  const marker = MARKER(input.today);
  if (todays) {
    const since2 = todays.stored.since ?? null;
    const body = renderReport(input.today, input.state, since2);
    if (body === todays.comment.body) return { posted: "none" };
    const op2 = { kind: "upsert-comment", issue: input.epic, marker, body, commentId: todays.comment.id, currentBody: todays.comment.body, why: "the daily report: figures moved today" };
    return { op: op2, posted: "edit" };
  }
  if (earlier && sameState(earlier.stored.state, input.state)) return { posted: "none" };
  const since = earlier ? { date: earlier.stored.date, state: earlier.stored.state } : null;
  const op = { kind: "upsert-comment", issue: input.epic, marker, body: renderReport(input.today, input.state, since), why: since ? `the daily report: changes since ${since.date}` : "the first daily report" };
  if (input.complete) op.absent = true;
  return { op, posted: "new" };
}

// src/escalations/daily.ts
var STATES_PER_REQUEST = 200;
function refText(ref, repo) {
  const same2 = ref.owner.toLowerCase() === repo.owner.toLowerCase() && ref.repo.toLowerCase() === repo.repo.toLowerCase();
  return same2 ? `#${ref.number}` : `${ref.owner}/${ref.repo}#${ref.number}`;
}
function keyOf(ref) {
  return `${ref.owner.toLowerCase()}/${ref.repo.toLowerCase()}#${ref.number}`;
}
function storyOf(node, config, label) {
  const labels = (node?.labels?.nodes ?? []).filter(Boolean).map((l) => l.name.toLowerCase());
  const escalated = labels.includes(label);
  if (!node) return { done: false, escalated };
  if (node.__typename === "PullRequest") return { done: node.merged === true || node.pullState === "MERGED", escalated };
  if (node.issueState !== "CLOSED") return { done: false, escalated };
  if (node.stateReason === "NOT_PLANNED" || node.stateReason === "DUPLICATE") {
    const policy = config.epics["not-planned"];
    return { done: policy === "ticked" ? true : policy === "strike" ? "excluded" : false, escalated };
  }
  return { done: true, escalated };
}
async function dailyReports(github, repo, serverUrl, config, gates, records, now, warn) {
  const result = { ops: [], records: [], notes: [] };
  let today;
  try {
    today = dayIn(now, config.escalations.report["time-zone"]);
  } catch {
    warn(`escalations.report.time-zone "${config.escalations.report["time-zone"]}" is not an IANA time zone: using UTC`);
    today = dayIn(now, "UTC");
  }
  const epics = [];
  let after = null;
  const epicLabel = config.epics.label.toLowerCase();
  const spelled = await labelAsSpelled(github, repo, config.epics.label);
  for (let page = 0; spelled !== void 0 && page < 200; page++) {
    const data = await github.graphql(REPORT_EPICS_QUERY, { owner: repo.owner, name: repo.repo, labels: [spelled], after });
    const issues = data.repository?.issues;
    if (!issues) break;
    epics.push(...issues.nodes.filter((n) => !!n && (n.labels?.nodes ?? []).some((l) => l?.name.toLowerCase() === epicLabel)));
    if (!issues.pageInfo.hasNextPage || !issues.pageInfo.endCursor) break;
    after = issues.pageInfo.endCursor;
  }
  if (epics.length === 0) {
    result.notes.push(`Daily report: no open issue labelled \`${config.epics.label}\`.`);
    return result;
  }
  const sections = config.epics.sections.map((s) => s.toLowerCase());
  const storiesOf = /* @__PURE__ */ new Map();
  for (const epic of epics) {
    const tasks = parseBody(epic.body ?? "", { repo, serverUrl }).tasks.filter((t) => t.ref && (sections.length === 0 || sections.includes(t.section.toLowerCase())));
    const refs2 = tasks.map((t) => t.ref).filter((r) => !(keyOf(r) === keyOf({ ...repo, number: epic.number })));
    storiesOf.set(epic.number, refs2);
  }
  for (let i = 0; i < epics.length; i += 25) {
    const numbers = epics.slice(i, i + 25).map((e) => e.number);
    try {
      const data = await github.graphql(subIssuesQuery(numbers), {
        owner: repo.owner,
        name: repo.repo
      });
      for (const n of numbers) {
        for (const sub of data.repository?.[`e${n}`]?.subIssues?.nodes ?? []) {
          if (!sub) continue;
          const [owner, name] = sub.repository.nameWithOwner.split("/");
          storiesOf.get(n).push({ owner, repo: name, number: sub.number });
        }
      }
    } catch (error) {
      if (error instanceof GraphqlIncompleteError && error.errors.some((e) => LIMIT_ERRORS.has(e.type ?? ""))) throw error;
      warn(`Daily report: native sub-issues could not be read (${error.message}); counting task lists only.`);
    }
  }
  const all = [...new Map([...storiesOf.values()].flat().map((r) => [keyOf(r), r])).values()];
  const states = /* @__PURE__ */ new Map();
  const label = config.escalations.label.toLowerCase();
  for (let i = 0; i < all.length; i += STATES_PER_REQUEST) {
    const chunk = all.slice(i, i + STATES_PER_REQUEST);
    const { query, paths } = childStatesQuery(chunk);
    let data = {};
    try {
      data = await github.graphql(query);
    } catch (error) {
      const partial = error.data;
      if (!partial) throw error;
      data = partial;
    }
    for (const ref of chunk) {
      const path = paths.get(keyOf(ref));
      if (!path) continue;
      const [r, i2] = path.split(".");
      states.set(keyOf(ref), storyOf(data[r]?.[i2], config, label));
    }
  }
  const openNow = new Set(records.filter((r) => r.state === "open").map((r) => r.issue));
  const resolvedNow = new Set(records.filter((r) => r.state === "resolved" && !openNow.has(r.issue)).map((r) => r.issue));
  const self = await ownIdentity(github);
  for (const epic of epics) {
    const comments = (epic.comments?.nodes ?? []).filter((c) => !!c && typeof c.databaseId === "number" && isOwnComment(self, c, "<!-- epic-steward:daily-report:")).map((c) => ({ id: c.databaseId, body: c.body }));
    const latest = comments.map((c) => readReport(c.body)).filter((r) => !!r).sort((a, b) => a.date < b.date ? 1 : -1)[0];
    const state = { done: [], open: [], gates: {}, escalated: [] };
    const isEscalated = (ref, labelled) => {
      const local = keyOf(ref).startsWith(`${repo.owner.toLowerCase()}/${repo.repo.toLowerCase()}#`);
      if (local && openNow.has(ref.number)) return true;
      if (local && resolvedNow.has(ref.number)) return false;
      return labelled;
    };
    const seen = /* @__PURE__ */ new Set();
    for (const ref of storiesOf.get(epic.number) ?? []) {
      if (seen.has(keyOf(ref))) continue;
      seen.add(keyOf(ref));
      const story = states.get(keyOf(ref));
      if (!story || story.done === "excluded") continue;
      (story.done ? state.done : state.open).push(refText(ref, repo));
      if (!story.done && isEscalated(ref, story.escalated)) state.escalated.push(refText(ref, repo));
    }
    const epicLabelled = (epic.labels?.nodes ?? []).some((l) => l?.name.toLowerCase() === label);
    if (isEscalated({ ...repo, number: epic.number }, epicLabelled)) state.escalated.push(`#${epic.number}`);
    const outcomes = gates?.outcomes.filter((g) => g.epic === void 0 || g.epic === epic.number);
    state.gates = gateFigures(outcomes, latest?.state, today);
    const planned = planReport({ epic: epic.number, today, state, comments, complete: (epic.comments?.totalCount ?? Infinity) <= (epic.comments?.nodes.length ?? 0) });
    if (planned.op) result.ops.push(planned.op);
    result.notes.push(`#${epic.number}: ${state.done.length}/${state.done.length + state.open.length} stories done; report ${planned.posted === "none" ? "unchanged" : planned.posted === "new" ? "posted" : "updated"}.`);
  }
  return result;
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
var TRIGGERS = /* @__PURE__ */ new Set(["threshold", "timebox", "estimate", "stuck"]);
var isTime = (v) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(v) && !Number.isNaN(Date.parse(v));
function readState(body) {
  const match = /(?:^|\n)<!-- epic-steward:escalation-state (\{[^\n]*\}) -->\s*$/.exec(body);
  if (!match) return void 0;
  try {
    const data = JSON.parse(match[1]);
    if (data.state !== "open" && data.state !== "resolved" || !isTime(data.at)) return void 0;
    const reminders = Number.isInteger(data.reminders) && data.reminders >= 0 && data.reminders <= 1e4 ? data.reminders : 0;
    return { state: data.state, at: data.at, reminders, ...isTime(data.resolvedAt) ? { resolvedAt: data.resolvedAt } : {}, ...TRIGGERS.has(String(data.trigger)) ? { trigger: data.trigger } : {} };
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
  if (finding.start) rows.push(["Elapsed", `${formatDuration(at.getTime() - finding.start.getTime())} when escalated (${formatTime(at)})`]);
  else rows.push(["Escalated", formatTime(at)]);
  const lines = [
    escalationMarker(finding.key),
    `### :rotating_light: Escalation: ${finding.headline}`,
    "",
    finding.why,
    "",
    "| | |",
    "| --- | --- |",
    ...rows.map(([name, value]) => `| ${cell(name)} | ${cell(value)} |`),
    ""
  ];
  const who = mentions(finding.mention);
  if (who) lines.push(`cc ${who}`, "");
  lines.push(`<sub>Epic Steward edits this comment when the escalation changes or is resolved.</sub>`, stateLine({ ...state, trigger: finding.trigger }));
  return lines.join("\n");
}
function renderResolved(key, previousBody, state, reason) {
  const headline = /^### .*?Escalation: (.*)$/m.exec(previousBody)?.[1] ?? /^### .*?Resolved: (.*)$/m.exec(previousBody)?.[1] ?? key;
  const resolvedAt = new Date(state.resolvedAt ?? state.at);
  const details = previousBody.split("\n").filter((line) => !line.startsWith("<!-- epic-steward:") && !line.startsWith("### ") && !line.startsWith("cc ") && !line.startsWith("<sub>")).join("\n").trim().replace(/@(?=[A-Za-z0-9])/g, "@\u200D");
  return [
    escalationMarker(key),
    `### :white_check_mark: Resolved: ${headline}`,
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
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

// src/escalations/model.ts
function triggerOfKey(key) {
  const kind = key.split(":")[0];
  return kind === "threshold" || kind === "timebox" || kind === "estimate" || kind === "stuck" ? kind : void 0;
}

// src/escalations/plan.ts
function ours(view) {
  const found = /* @__PURE__ */ new Map();
  for (const comment of view.ours) {
    const key = keyOfBody(comment.body);
    if (!key || found.has(key)) continue;
    found.set(key, { comment, key, state: readState(comment.body) });
  }
  return found;
}
function reminderFound(view, marker) {
  return view.ours.find((c) => c.body.startsWith(marker));
}
function planIssue(input) {
  const { config, now, issue, comments } = input;
  const existing = ours(comments);
  const ops = [];
  const labelOps = [];
  const records = [];
  const label = config.label;
  const hasLabel = input.labels.some((l) => l.toLowerCase() === label.toLowerCase());
  const every = config["remind-every"] ? parseDuration(config["remind-every"]) : void 0;
  let opened = false;
  let resolved = false;
  const findingKeys = new Set(input.findings.map((f) => f.key));
  for (const finding of input.findings) {
    const found = existing.get(finding.key);
    const wasOpen = found?.state?.state === "open";
    const state = wasOpen ? { ...found.state } : { state: "open", at: now.toISOString(), reminders: 0 };
    const reminders = [];
    if (wasOpen && every) {
      const due = Math.floor((now.getTime() - Date.parse(state.at)) / every);
      if (due > state.reminders) {
        state.reminders = due;
        const marker = reminderMarker(finding.key, due);
        const known = reminderFound(comments, marker);
        if (!known) reminders.push(commentOp(issue, marker, renderReminder(finding, state, due), `reminder ${due} for an escalation still open`, { absent: comments.complete }));
      }
    }
    const body = renderOpen(finding, state);
    if (!found || found.comment.body !== body) {
      const why = wasOpen ? "the escalation's figures changed" : found ? "the condition is back: the escalation reopens" : finding.why;
      ops.push(commentOp(issue, escalationMarker(finding.key), body, why.slice(0, 200), found ? { id: found.comment.id, current: found.comment.body } : { absent: comments.complete }));
    }
    ops.push(...reminders);
    if (!wasOpen) opened = true;
    records.push({ key: finding.key, issue, trigger: finding.trigger, state: "open" });
  }
  let stillOpen = input.findings.length > 0;
  for (const [key, found] of existing) {
    if (findingKeys.has(key) || found.state?.state !== "open") continue;
    if (!input.owns(key)) {
      stillOpen = true;
      continue;
    }
    const state = { ...found.state, state: "resolved", resolvedAt: now.toISOString() };
    const reason = input.resolution(key);
    ops.push({ ...commentOp(issue, escalationMarker(key), renderResolved(key, found.comment.body, state, reason), `resolved: ${reason}`, { id: found.comment.id, current: found.comment.body }), create: false });
    resolved = true;
    const trigger = triggerOfKey(key);
    if (trigger) records.push({ key, issue, trigger, state: "resolved" });
  }
  if (opened && !hasLabel) labelOps.push({ kind: "add-labels", issue, labels: [label], why: "an escalation opened" });
  const ourEscalationSeen = existing.size > 0;
  if (hasLabel && !stillOpen && (resolved || ourEscalationSeen)) {
    ops.push({ kind: "remove-label", issue, label, why: "no escalation is open any more" });
  }
  return { ops: [...labelOps, ...ops], records };
}
function commentOp(issue, marker, body, why, known) {
  const op = { kind: "upsert-comment", issue, marker, body, why };
  if ("id" in known) {
    op.commentId = known.id;
    op.currentBody = known.current;
  } else if (known.absent) {
    op.absent = true;
  }
  return op;
}

// src/escalations/read.ts
var EVENT_WINDOW = 50;
var COMMENTS_PER_REQUEST = 50;
var MAX_PAGES = 2e3;
function events(node) {
  const seen = /* @__PURE__ */ new Map();
  for (const e of [...node.early?.nodes ?? [], ...node.late?.nodes ?? []]) {
    if (!e?.createdAt) continue;
    const event = e.__typename === "AssignedEvent" || !e.label && e.__typename !== "LabeledEvent" ? { kind: "assigned", at: e.createdAt } : { kind: "labeled", at: e.createdAt, ...e.label?.name ? { label: e.label.name } : {} };
    seen.set(`${event.kind}|${event.at}|${event.label ?? ""}`, event);
  }
  const total = node.early?.totalCount ?? seen.size;
  return { events: [...seen.values()], complete: total <= EVENT_WINDOW };
}
function snapshotOf(node) {
  const timeline = events(node);
  const state = node.issueState ?? node.state;
  return {
    number: node.number,
    title: node.title ?? "",
    body: node.body ?? "",
    createdAt: node.createdAt,
    open: state !== "CLOSED",
    labels: (node.labels?.nodes ?? []).filter((l) => !!l).map((l) => l.name),
    assignees: node.assignees?.totalCount ?? 0,
    events: timeline.events,
    eventsComplete: timeline.complete
  };
}
function commentsView(connection, self) {
  const nodes = (connection?.nodes ?? []).filter((c) => !!c && typeof c.databaseId === "number");
  return {
    ours: nodes.filter((c) => isOwnComment(self, c, "<!-- epic-steward:escalation:")).map((c) => ({ id: c.databaseId, body: c.body })),
    complete: (connection?.totalCount ?? Infinity) <= nodes.length
  };
}
async function sweepIssues(github, repo, filter, visit) {
  let after = null;
  let pages = 0;
  for (; pages < MAX_PAGES; ) {
    const data = await github.graphql(SWEEP_QUERY, { owner: repo.owner, name: repo.repo, states: filter.states, labels: filter.labels ?? null, after });
    pages++;
    const issues = data.repository?.issues;
    if (!issues) break;
    visit(issues.nodes.filter((n) => !!n).map((n) => ({ id: n.id, snapshot: snapshotOf(n) })));
    if (!issues.pageInfo.hasNextPage || !issues.pageInfo.endCursor) break;
    after = issues.pageInfo.endCursor;
  }
  return pages;
}
async function readComments(github, ids) {
  const views = /* @__PURE__ */ new Map();
  const self = await ownIdentity(github);
  for (let i = 0; i < ids.length; i += COMMENTS_PER_REQUEST) {
    const chunk = ids.slice(i, i + COMMENTS_PER_REQUEST);
    const data = await github.graphql(COMMENTS_BY_ID_QUERY, { ids: chunk });
    chunk.forEach((id, index) => {
      const node = data.nodes[index];
      views.set(id, node ? commentsView(node.comments, self) : { ours: [], complete: false });
    });
  }
  return views;
}
async function readIssue(github, repo, number) {
  const data = await github.graphql(ISSUE_QUERY, {
    owner: repo.owner,
    name: repo.repo,
    number
  });
  const node = data.repository?.issueOrPullRequest;
  if (!node) return void 0;
  const self = await ownIdentity(github);
  if (node.__typename === "PullRequest") {
    return {
      kind: "pull",
      number: node.number,
      open: node.pullState === "OPEN",
      labels: (node.labels?.nodes ?? []).filter((l) => !!l).map((l) => l.name),
      comments: commentsView(node.comments, self)
    };
  }
  return { kind: "issue", snapshot: snapshotOf(node), comments: commentsView(node.comments, self) };
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
    const applied = issue.events.filter((e) => e.kind === "labeled" && e.label !== void 0 && same(e.label, config["start-label"]));
    if (applied.length) starts.push({ at: Math.min(...applied.map((e) => time(e.at))), how: `label ${quote(config["start-label"])} applied` });
    else if (issue.labels.some((l) => same(l, config["start-label"])) && issue.eventsComplete) starts.push({ at: time(issue.createdAt), how: `opened with label ${quote(config["start-label"])}` });
  }
  if (by.includes("assignment")) {
    const assigned = issue.events.filter((e) => e.kind === "assigned");
    if (assigned.length) starts.push({ at: Math.min(...assigned.map((e) => time(e.at))), how: "first assigned" });
    else if (issue.assignees > 0 && issue.eventsComplete) starts.push({ at: time(issue.createdAt), how: "opened assigned" });
  }
  if (starts.length === 0) return void 0;
  return starts.reduce((a, b) => b.at < a.at ? b : a);
}
function evaluateTime(issue, config, now) {
  if (!issue.open) return [];
  const findings = [];
  const nowMs = now.getTime();
  const ref = `#${issue.number}`;
  const base = config.mention;
  const box = config["time-box"];
  if (box.enabled) {
    const limits = [];
    for (const p of box.priorities) {
      const ms = parseDuration(p.within);
      if (ms !== void 0 && issue.labels.some((l) => same(l, p.label))) limits.push({ ms, source: `priority label ${quote(p.label)} allows ${formatAllowance(ms)}` });
    }
    if (box["from-body"]) {
      const stated = bodyTimeline(issue.body);
      if (stated) limits.push({ ms: stated.ms, source: `the body's timeline ${quote(stated.text)} allows ${formatAllowance(stated.ms)}` });
    }
    if (limits.length) {
      const limit = limits.reduce((a, b) => b.ms < a.ms ? b : a);
      const opened = time(issue.createdAt);
      const deadline = opened + limit.ms;
      if (nowMs > deadline) {
        findings.push({
          key: `timebox:${ref}`,
          trigger: "timebox",
          issue: issue.number,
          headline: `${ref} is past its time box`,
          why: `${ref} has been open longer than ${limit.source}.`,
          facts: [
            ["Issue", `${ref} ${inert(issue.title, { max: 120 })}`],
            ["Time box", limit.source],
            ["Opened", formatTime(new Date(opened))],
            ["Deadline", formatTime(new Date(deadline))]
          ],
          start: new Date(opened),
          mention: [...base, ...box.mention]
        });
      }
    }
  }
  const estimate = config.estimate;
  if (estimate.enabled) {
    const stated = bodyEstimate(issue.body);
    const start = stated ? workStart(issue, estimate) : void 0;
    if (stated && start) {
      const allowed = stated.ms * (1 + estimate.overrun / 100);
      const deadline = start.at + allowed;
      if (nowMs > deadline) {
        findings.push({
          key: `estimate:${ref}`,
          trigger: "estimate",
          issue: issue.number,
          headline: `${ref} is over its estimate`,
          why: `Work on ${ref} has taken more than its estimate plus ${estimate.overrun}%.`,
          facts: [
            ["Issue", `${ref} ${inert(issue.title, { max: 120 })}`],
            ["Estimate", `${quote(stated.text)} (${formatAllowance(stated.ms)})`],
            ["Allowed", `${formatAllowance(allowed)} (estimate + ${estimate.overrun}%)`],
            ["Work started", `${formatTime(new Date(start.at))} (${start.how})`],
            ["Deadline", formatTime(new Date(deadline))]
          ],
          start: new Date(start.at),
          mention: [...base, ...estimate.mention]
        });
      }
    }
  }
  const stuck = config.stuck;
  if (stuck.enabled) {
    for (const rule of stuck.labels) {
      const ms = parseDuration(rule.after);
      const current = issue.labels.find((l) => same(l, rule.label));
      if (ms === void 0 || current === void 0) continue;
      const since = labelSince(issue, current);
      if (nowMs > since + ms) {
        findings.push({
          key: `stuck:${current.toLowerCase()}:${ref}`,
          trigger: "stuck",
          issue: issue.number,
          headline: `${ref} is stuck under ${quote(current)}`,
          why: `${ref} has carried the label ${quote(current)} for longer than ${formatAllowance(ms)}.`,
          facts: [
            ["Issue", `${ref} ${inert(issue.title, { max: 120 })}`],
            ["Label", `${quote(current)} since ${formatTime(new Date(since))}`],
            ["Allowed", formatAllowance(ms)],
            ["Deadline", formatTime(new Date(since + ms))]
          ],
          start: new Date(since),
          mention: [...base, ...stuck.mention]
        });
      }
    }
  }
  return findings;
}
function isTimeKey(key) {
  return /^(timebox|estimate|stuck):/.test(key);
}

// src/escalations/flows.ts
var CLOSED = "the issue was closed.";
function timeResolution(key) {
  if (key.startsWith("stuck:")) return `the label \`${key.split(":")[1]}\` is off or within its allowance again.`;
  if (key.startsWith("estimate:")) return "the estimate, or the start of work, changed so that it is no longer exceeded.";
  return "the time box no longer applies (its priority or timeline changed).";
}
async function sweep(github, repo, config, now) {
  const label = config.label.toLowerCase();
  const candidates = [];
  let issuesSeen = 0;
  let spelled;
  let requests = await sweepIssues(github, repo, { states: ["OPEN"] }, (page) => {
    issuesSeen += page.length;
    for (const issue of page) {
      const findings = evaluateTime(issue.snapshot, config, now);
      const labelled = issue.snapshot.labels.find((l) => l.toLowerCase() === label);
      spelled ??= labelled;
      if (findings.length || labelled) candidates.push({ issue, findings, closed: false });
    }
  });
  if (spelled === void 0) {
    spelled = await labelAsSpelled(github, repo, config.label);
    requests += 1;
  }
  if (spelled !== void 0) {
    requests += await sweepIssues(github, repo, { states: ["CLOSED"], labels: [spelled] }, (page) => {
      for (const issue of page) if (issue.snapshot.labels.some((l) => l.toLowerCase() === label)) candidates.push({ issue, findings: [], closed: true });
    });
  }
  const views = await readComments(github, candidates.map((c) => c.issue.id));
  requests += Math.ceil(candidates.length / 50);
  const result = { ops: [], records: [], notes: [] };
  for (const candidate of candidates) {
    const { snapshot } = candidate.issue;
    const plan = planIssue({
      issue: snapshot.number,
      labels: snapshot.labels,
      findings: candidate.findings,
      owns: candidate.closed ? () => true : isTimeKey,
      comments: views.get(candidate.issue.id) ?? { ours: [], complete: false },
      config,
      now,
      resolution: candidate.closed ? () => CLOSED : timeResolution
    });
    result.ops.push(...plan.ops);
    result.records.push(...plan.records);
  }
  result.notes.push(`Swept ${issuesSeen} open issue(s); ${candidates.length} due or carrying \`${config.label}\`.`);
  return { ...result, issuesSeen, requests };
}
async function resolveAll(github, repo, targets, config, now) {
  const result = { ops: [], records: [], notes: [] };
  for (const target of targets) {
    const read = await readIssue(github, repo, target.issue);
    if (!read) continue;
    const plan = planIssue({
      issue: target.issue,
      labels: read.kind === "issue" ? read.snapshot.labels : read.labels,
      findings: [],
      owns: () => true,
      comments: read.comments,
      config,
      now,
      resolution: () => target.why
    });
    result.ops.push(...plan.ops);
    result.records.push(...plan.records);
  }
  return result;
}
async function checkIssue(github, repo, number, config, now) {
  const read = await readIssue(github, repo, number);
  if (!read || read.kind !== "issue") return { ops: [], records: [], notes: [] };
  const { snapshot } = read;
  const plan = planIssue({
    issue: number,
    labels: snapshot.labels,
    findings: evaluateTime(snapshot, config, now),
    owns: snapshot.open ? isTimeKey : () => true,
    comments: read.comments,
    config,
    now,
    resolution: snapshot.open ? timeResolution : () => CLOSED
  });
  return { ...plan, notes: [] };
}
async function thresholds(github, repo, gates, config, now) {
  const result = { ops: [], records: [], notes: [] };
  const targets = thresholdTargets(gates, config.threshold);
  if (gates.pullRequest === void 0 && !targets.length) {
    const failing = gates.outcomes.filter((g) => thresholdFinding({ issue: 0, key: "", gate: g }, config));
    if (failing.length) result.notes.push(`No pull request or epic to escalate on for: ${failing.map((g) => g.name).join(", ")}.`);
    return result;
  }
  const byIssue = /* @__PURE__ */ new Map();
  for (const target of targets) byIssue.set(target.issue, [...byIssue.get(target.issue) ?? [], target]);
  for (const [issue, list] of byIssue) {
    const read = await readIssue(github, repo, issue);
    if (!read) {
      result.notes.push(`#${issue} could not be read: its threshold escalations were skipped.`);
      continue;
    }
    const keys = new Map(list.map((t) => [t.key, t]));
    const findings = list.map((t) => thresholdFinding(t, config)).filter((f) => !!f);
    const plan = planIssue({
      issue,
      labels: read.kind === "issue" ? read.snapshot.labels : read.labels,
      findings,
      owns: (key) => keys.has(key),
      comments: read.comments,
      config,
      now,
      resolution: (key) => {
        const gate = keys.get(key).gate;
        return `${gate.name} recovered: pass rate ${percent(gate.passRate)} (last recorded ${percent(gate.previousPassRate)}, baseline ${percent(gate.baselinePassRate)}, target ${percent(gate.targetPassRate)}).`;
      }
    });
    result.ops.push(...plan.ops);
    result.records.push(...plan.records);
  }
  return result;
}

// src/escalations/summary.ts
var MAX_ROWS = 200;
function cell2(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function renderSummary(records, results, notes) {
  const lines = [];
  const open = records.filter((r) => r.state === "open");
  const resolved = records.filter((r) => r.state === "resolved");
  lines.push(`**${open.length}** open escalation(s) \xB7 **${resolved.length}** resolved in this run`, "");
  if (records.length) {
    lines.push("| escalation | on | trigger | state |", "| --- | --- | --- | --- |");
    for (const r of records.slice(0, MAX_ROWS)) lines.push(`| \`${cell2(r.key)}\` | #${r.issue} | ${r.trigger} | ${r.state} |`);
    if (records.length > MAX_ROWS) lines.push(`| \u2026 | | | ${records.length - MAX_ROWS} more in the \`escalations\` output |`);
    lines.push("");
  }
  const left = results.filter((r) => r.status === "over-budget");
  if (left.length) {
    lines.push(`> [!WARNING]`, `> The write budget (\`max-writes\`) ran out: ${left.length} write(s) left for the next run:`, "");
    for (const r of left.slice(0, MAX_ROWS)) lines.push(`- ${cell2(describeOp(r.op))}: ${cell2(r.op.why)}`);
    if (left.length > MAX_ROWS) lines.push(`- \u2026 and ${left.length - MAX_ROWS} more`);
    lines.push("");
  }
  const failed = results.filter((r) => r.status === "failed");
  for (const r of failed.slice(0, 50)) lines.push(`- ${r.status}: ${cell2(describeOp(r.op))}${r.detail ? ` (${cell2(r.detail)})` : ""}`);
  for (const note of notes) lines.push(`- ${note}`);
  return lines.join("\n").trim();
}

// src/escalations/index.ts
var escalationsFeature = {
  name: "escalations",
  wants,
  run: runEscalations
};
async function runEscalations(ctx) {
  const config = ctx.config.escalations;
  const work = workOf(ctx.event, config);
  const { repo } = ctx.event;
  const now = ctx.now();
  const flows = [];
  const gates = ctx.shared.gates;
  if (work.thresholds && gates && gates.outcomes.length) flows.push(await thresholds(ctx.github, repo, gates, config, now));
  if (work.sweep) flows.push(await sweep(ctx.github, repo, config, now));
  if (work.issue !== void 0) flows.push(await checkIssue(ctx.github, repo, work.issue, config, now));
  const done = [];
  if (work.pull) done.push({ issue: work.pull.number, why: `the pull request was ${work.pull.merged ? "merged" : "closed"}.` });
  if (work.epics) for (const epic of ctx.shared.epics?.complete ?? []) done.push({ issue: epic, why: "the epic is complete." });
  const rest = done.filter((d, i) => d.issue !== work.issue && done.findIndex((o) => o.issue === d.issue) === i);
  if (rest.length) flows.push(await resolveAll(ctx.github, repo, rest, config, now));
  if (flows.length === 0 && !work.report) return {};
  const records = flows.flatMap((f) => f.records);
  const notes = flows.flatMap((f) => f.notes);
  const results = await ctx.apply(flows.flatMap((f) => f.ops));
  if (work.report) {
    const report = await dailyReports(ctx.github, repo, ctx.event.serverUrl, ctx.config, gates, records, now, (m) => ctx.log.warning(m));
    notes.push(...report.notes);
    results.push(...await ctx.apply(report.ops));
  }
  const unique = [...new Map(records.map((r) => [`${r.issue}|${r.key}`, r])).values()];
  return {
    summary: renderSummary(unique, results, notes),
    outputs: { escalations: JSON.stringify(unique) }
  };
}
export {
  escalationsFeature,
  workOf
};
