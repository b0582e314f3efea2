import {
  GraphqlError,
  GraphqlIncompleteError,
  LIMIT_ERRORS
} from "./chunk-4AJW5KZ2.js";
import {
  dayIn,
  describeOp,
  formatAllowance,
  formatDuration,
  labelAsSpelled,
  parseDuration,
  parseDurationPhrase
} from "./chunk-2RDO2Z6C.js";
import {
  wants,
  workOf
} from "./chunk-H4XTA2PO.js";
import "./chunk-EZ5FSSUK.js";
import {
  fieldNamed,
  issueFieldValue,
  orgIssueFields
} from "./chunk-MHLHPNAH.js";
import {
  fieldValue
} from "./chunk-HVLJS4VM.js";
import {
  COMMENT_MARKER,
  planConversation,
  splitConversation
} from "./chunk-7APBDS3H.js";
import {
  findComment,
  isOwn,
  isOwnComment,
  ownIdentity
} from "./chunk-5P4DI77Q.js";
import "./chunk-Q4KVXVOF.js";
import {
  CHILD_HISTORY_FIELDS,
  STATE_PREFIX,
  encodeReport,
  outlookLine,
  readChildren,
  readReport,
  readableRef,
  reportMarker,
  shortDay
} from "./chunk-LL7AKLDP.js";
import {
  childStateOfNode,
  countedChildren,
  formatRef,
  isDone,
  isLeftOut,
  labelNames,
  parseBody,
  refKey,
  repoOf,
  sameRepo,
  subIssueWarning,
  verdictOf
} from "./chunk-J5YPLQRL.js";
import {
  stripSource
} from "./chunk-44D2BK3U.js";
import {
  inert,
  quote
} from "./chunk-7F23CJCA.js";
import "./chunk-ICBU4LL7.js";

// src/escalations/queries.ts
var SWEEP_QUERY = (
  /* GraphQL */
  `
  query EscalationSweep($owner: String!, $name: String!, $states: [IssueState!], $labels: [String!], $after: String) {
    repository(owner: $owner, name: $name) {
      issues(
        first: 100
        after: $after
        states: $states
        labels: $labels
        orderBy: { field: CREATED_AT, direction: ASC }
      ) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          number
          title
          body
          state
          createdAt
          labels(first: 100) {
            nodes {
              name
            }
          }
          assignees(first: 1) {
            totalCount
          }
          early: timelineItems(first: 10, itemTypes: [LABELED_EVENT, ASSIGNED_EVENT]) {
            totalCount
            nodes {
              ...Event
            }
          }
          late: timelineItems(last: 40, itemTypes: [LABELED_EVENT, ASSIGNED_EVENT]) {
            nodes {
              ...Event
            }
          }
        }
      }
    }
  }
  fragment Event on IssueTimelineItems {
    __typename
    ... on LabeledEvent {
      createdAt
      label {
        name
      }
    }
    ... on AssignedEvent {
      createdAt
    }
  }
`
);
var COMMENTS_BY_ID_QUERY = (
  /* GraphQL */
  `
  query EscalationComments($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ... on Issue {
        number
        comments(last: 50) {
          totalCount
          nodes {
            databaseId
            body
            author {
              __typename
              login
            }
          }
        }
      }
      ... on PullRequest {
        number
        comments(last: 50) {
          totalCount
          nodes {
            databaseId
            body
            author {
              __typename
              login
            }
          }
        }
      }
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
          labels(first: 100) {
            nodes {
              name
            }
          }
          assignees(first: 1) {
            totalCount
          }
          early: timelineItems(first: 10, itemTypes: [LABELED_EVENT, ASSIGNED_EVENT]) {
            totalCount
            nodes {
              ...Event
            }
          }
          late: timelineItems(last: 40, itemTypes: [LABELED_EVENT, ASSIGNED_EVENT]) {
            nodes {
              ...Event
            }
          }
          comments(last: 50) {
            totalCount
            nodes {
              databaseId
              body
              author {
                __typename
                login
              }
            }
          }
        }
        ... on PullRequest {
          id
          number
          title
          pullState: state
          labels(first: 100) {
            nodes {
              name
            }
          }
          comments(last: 50) {
            totalCount
            nodes {
              databaseId
              body
              author {
                __typename
                login
              }
            }
          }
        }
      }
    }
  }
  fragment Event on IssueTimelineItems {
    __typename
    ... on LabeledEvent {
      createdAt
      label {
        name
      }
    }
    ... on AssignedEvent {
      createdAt
    }
  }
`
);
var REPORT_EPICS_QUERY = (
  /* GraphQL */
  `
  query EscalationReportEpics($owner: String!, $name: String!, $labels: [String!], $after: String) {
    repository(owner: $owner, name: $name) {
      issues(
        first: 25
        after: $after
        states: [OPEN]
        labels: $labels
        orderBy: { field: CREATED_AT, direction: ASC }
      ) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          number
          title
          body
          createdAt
          milestone {
            title
            dueOn
          }
          labels(first: 100) {
            nodes {
              name
            }
          }
          comments(last: 50) {
            totalCount
            nodes {
              databaseId
              body
              author {
                __typename
                login
              }
            }
          }
        }
      }
    }
  }
`
);
function subIssuesQuery(numbers) {
  const fields = numbers.filter((n) => Number.isInteger(n) && n > 0).map(
    (n) => `e${n}: issue(number: ${n}) { subIssuesSummary { total } subIssues(first: 100) { nodes { number repository { nameWithOwner } } } }`
  );
  return `query EscalationSubIssues($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { ${fields.join(" ") || "id"} } }`;
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
    reportMarker(today),
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
  lines.push(`${STATE_PREFIX}${encodeReport(stored)} -->`);
  return lines.join("\n");
}
function planReport(input) {
  const reports = input.comments.map((c) => ({ comment: c, stored: readReport(c.body) })).filter((r) => !!r.stored);
  const todays = reports.find((r) => r.stored.date === input.today);
  const earlier = reports.filter((r) => r.stored.date < input.today).sort((a, b) => a.stored.date < b.stored.date ? 1 : -1)[0];
  const marker = reportMarker(input.today);
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

// src/escalations/forecast.ts
var MIN_HISTORY_DAYS = 3;
var HORIZON_DAYS = 3650;
var DEFAULT_TRIALS = 2e3;
var WINDOW_DAYS = 90;
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function seedOf(input) {
  const text = `${input.today}|${input.remaining}|${input.throughput.join(",")}`;
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
function addDays(day, days) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 864e5).toISOString().slice(0, 10);
}
function percentile(sorted2, p) {
  return sorted2[Math.max(0, Math.ceil(p * sorted2.length) - 1)];
}
function simulate(history, remaining, random) {
  let left = remaining;
  for (let day = 1; day <= HORIZON_DAYS; day++) {
    left -= history[Math.floor(random() * history.length)];
    if (left <= 0) return day;
  }
  return Infinity;
}
function forecast(input) {
  const days = input.throughput.length;
  if (input.remaining <= 0) return { kind: "done" };
  if (days < MIN_HISTORY_DAYS) return { kind: "not-enough-history", days };
  const history = input.throughput.slice(-WINDOW_DAYS).map((n) => Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);
  if (!history.some((n) => n > 0)) return { kind: "no-throughput", days };
  const random = generator(seedOf(input));
  const trials = Math.max(1, Math.floor(input.trials ?? DEFAULT_TRIALS));
  const results = [];
  for (let i = 0; i < trials; i++) results.push(simulate(history, input.remaining, random));
  results.sort((a, b) => a - b);
  const p50 = percentile(results, 0.5);
  const p85 = percentile(results, 0.85);
  if (!Number.isFinite(p85)) return { kind: "beyond", days, horizon: HORIZON_DAYS };
  return { kind: "forecast", days, p50: addDays(input.today, p50), p85: addDays(input.today, p85) };
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
    ...rows.map(([name, value]) => `| ${cell(name)} | ${cell(value)} |`),
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
  const headline = /^### .*?Escalation: (.*)$/m.exec(previousBody)?.[1] ?? /^### .*?Resolved: (.*)$/m.exec(previousBody)?.[1] ?? key;
  const resolvedAt = new Date(state.resolvedAt ?? state.at);
  const details = previousBody.split("\n").filter(
    (line) => !line.startsWith("<!-- epic-steward:") && !line.startsWith("### ") && !line.startsWith("cc ") && !line.startsWith("<sub>")
  ).join("\n").trim().replace(/@(?=[A-Za-z0-9])/g, "@\u200D");
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
function verdictOf2(forecast2, target) {
  if (forecast2.kind === "done") return "complete";
  if (!target) return void 0;
  if (forecast2.kind === "beyond" || forecast2.kind === "no-throughput") return "off-track";
  if (forecast2.kind !== "forecast") return void 0;
  if (forecast2.p50 > target.day) return "off-track";
  if (forecast2.p85 > target.day) return "at-risk";
  return "on-track";
}

// src/escalations/blocked.ts
var MAX_DETAILED = 100;
var TIMELINE_PAGES = 10;
function isBlockedKey(key) {
  return key.startsWith("blocked:");
}
var unblockedMarker = (issue, since) => `<!-- epic-steward:unblocked:#${issue}:${since} -->`;
var walks = /* @__PURE__ */ new WeakMap();
function dependentIssues(github, repo) {
  let byRepo = walks.get(github);
  if (!byRepo) walks.set(github, byRepo = /* @__PURE__ */ new Map());
  const key = `${repo.owner}/${repo.repo}`.toLowerCase();
  let walk = byRepo.get(key);
  if (!walk) {
    walk = github.paginate("GET /repos/{owner}/{repo}/issues", { ...repo, state: "open", per_page: 100 }).then(
      (issues) => issues.filter((i) => !i.pull_request && (i.issue_dependencies_summary?.total_blocked_by ?? 0) > 0).map((i) => ({
        number: i.number,
        title: i.title,
        createdAt: i.created_at,
        openBlockers: i.issue_dependencies_summary?.blocked_by ?? 0
      }))
    );
    byRepo.set(key, walk);
  }
  return walk;
}
function repoOfIssue(issue) {
  return (issue.repository?.full_name ?? issue.repository_url?.replace(/^.*\/repos\//, "") ?? "").toLowerCase();
}
async function readBlockers(github, repo, number) {
  const { data } = await github.request(
    "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by",
    { ...repo, issue_number: number, per_page: 100 }
  );
  const here = `${repo.owner}/${repo.repo}`.toLowerCase();
  return data.map((b) => {
    const where = repoOfIssue(b) || here;
    return {
      ref: where === here ? `#${b.number}` : `${where}#${b.number}`,
      title: b.title,
      open: b.state === "open",
      closedAt: b.closed_at ?? null,
      repo: where,
      number: b.number
    };
  });
}
async function readTimeline(github, repo, number) {
  let pages = 0;
  const raw = await github.paginate(
    "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline",
    { ...repo, issue_number: number, per_page: 100 },
    () => ++pages >= TIMELINE_PAGES
  );
  const items = raw.filter((i) => typeof i.created_at === "string").map((i) => ({
    event: i.event ?? "",
    at: i.created_at,
    actor: i.actor ?? i.user ?? null,
    ...i.blocked_by ? {
      blockedBy: {
        repo: (i.blocked_by.repository?.full_name ?? `${repo.owner}/${repo.repo}`).toLowerCase(),
        number: i.blocked_by.number
      }
    } : {},
    ...typeof i.body === "string" ? { body: i.body } : {}
  }));
  return { items, complete: pages < TIMELINE_PAGES };
}
function blockedSince(input) {
  const times = input.blockers.filter((b) => b.open).map((b) => {
    const added = input.timeline.items.filter(
      (i) => i.event === "blocked_by_added" && i.blockedBy?.number === b.number && i.blockedBy.repo === b.repo
    ).map((i) => Date.parse(i.at));
    return added.length ? Math.max(...added) : void 0;
  });
  if (times.length === 0 || times.some((t) => t === void 0)) return void 0;
  return Math.min(...times);
}
function blockerList(blockers) {
  return blockers.map((b) => `${b.ref} ${inert(b.title, { max: 80 })}`).join(", ");
}
function blockedFinding(input, since, after, config) {
  const ref = `#${input.issue.number}`;
  const open = input.blockers.filter((b) => b.open);
  return {
    key: `blocked:${ref}`,
    trigger: "blocked",
    issue: input.issue.number,
    headline: `${ref} has been blocked for longer than ${formatAllowance(after)}`,
    why: `${ref} has had an open blocker for longer than ${formatAllowance(after)}.`,
    facts: [
      ["Issue", `${ref} ${inert(input.issue.title, { max: 120 })}`],
      ["Blocked by", blockerList(open)],
      ["Blocked since", formatTime(new Date(since))],
      ["Allowed", formatAllowance(after)],
      ["Deadline", formatTime(new Date(since + after))]
    ],
    start: new Date(since),
    mention: [...config.mention, ...config.stuck.mention]
  };
}
function unblockedNudge(input, after, now, mention = []) {
  const closed = input.blockers.map((b) => Date.parse(b.closedAt ?? ""));
  if (input.blockers.length === 0 || input.blockers.some((b) => b.open) || closed.some(Number.isNaN)) return void 0;
  const since = Math.max(...closed);
  if (now.getTime() <= since + after) return void 0;
  const foreign = input.timeline.items.some((i) => Date.parse(i.at) > since && !isOwn(input.self, i.actor));
  const sinceIso = new Date(since).toISOString();
  const marker = unblockedMarker(input.issue.number, sinceIso);
  const posted = input.timeline.items.some((i) => i.body?.startsWith(marker) && isOwn(input.self, i.actor));
  if (foreign || posted || !input.timeline.complete) return void 0;
  const who = mentions(mention);
  const body = [
    marker,
    `### Unblocked: #${input.issue.number} can move again`,
    "",
    `Every issue blocking #${input.issue.number} is closed (${blockerList(input.blockers)}), the last on ${formatTime(new Date(since))}, and nothing has happened here since.`,
    ...who ? ["", who] : [],
    "",
    "<sub>Epic Steward posts this once per unblocking.</sub>"
  ].join("\n");
  return {
    kind: "upsert-comment",
    issue: input.issue.number,
    marker,
    body,
    why: `unblocked for longer than ${formatAllowance(after)} with no activity`,
    absent: true
  };
}
async function readBlocked(github, repo, config, now) {
  const result = { findings: /* @__PURE__ */ new Map(), nudges: [], notes: [] };
  const after = parseDuration(config.stuck["blocked-by"].after);
  if (after === void 0 || !config.stuck.enabled) return result;
  const dependent = (await dependentIssues(github, repo)).filter(
    (i) => now.getTime() - Date.parse(i.createdAt) > after
  );
  if (dependent.length > MAX_DETAILED)
    result.notes.push(
      `${dependent.length} issues have blockers; the first ${MAX_DETAILED} were checked (the next sweep checks the same ones first).`
    );
  const self = await ownIdentity(github);
  for (const issue of dependent.slice(0, MAX_DETAILED)) {
    const blockers = await readBlockers(github, repo, issue.number);
    if (blockers.length === 0) continue;
    const input = {
      repo,
      issue,
      blockers,
      timeline: await readTimeline(github, repo, issue.number),
      self
    };
    if (blockers.some((b) => b.open)) {
      const since = blockedSince(input);
      if (since === void 0)
        result.notes.push(`#${issue.number}: since when it is blocked is not in its timeline; not escalated.`);
      else if (now.getTime() > since + after)
        result.findings.set(issue.number, [blockedFinding(input, since, after, config)]);
      continue;
    }
    const nudge = unblockedNudge(input, after, now, [...config.mention, ...config.stuck.mention]);
    if (nudge) result.nudges.push(nudge);
  }
  return result;
}
async function blockedStories(github, repo) {
  const found = /* @__PURE__ */ new Map();
  const blocked = (await dependentIssues(github, repo)).filter((i) => i.openBlockers > 0).slice(0, MAX_DETAILED);
  for (const issue of blocked) {
    const open = (await readBlockers(github, repo, issue.number)).filter((b) => b.open);
    if (open.length) found.set(issue.number, blockerList(open));
  }
  return found;
}
function blockedReportLine(open, blocked) {
  const lines = open.flatMap((ref) => {
    const m = /^#(\d+)$/.exec(ref);
    const by = m ? blocked.get(Number(m[1])) : void 0;
    return by ? [`${ref} by ${by}`] : [];
  });
  return lines.length ? `**Blocked** ${lines.join(" \xB7 ")}` : void 0;
}

// src/escalations/project.ts
var ORG_PROJECT_QUERY = (
  /* GraphQL */
  `
  query EpicProjectOfOrganization($owner: String!, $number: Int!) {
    organization(login: $owner) {
      projectV2(number: $number) {
        id
        statusUpdates(first: 1, orderBy: { field: CREATED_AT, direction: DESC }) {
          nodes {
            status
            createdAt
          }
        }
      }
    }
  }
`
);
var USER_PROJECT_QUERY = (
  /* GraphQL */
  `
  query EpicProjectOfUser($owner: String!, $number: Int!) {
    user(login: $owner) {
      projectV2(number: $number) {
        id
        statusUpdates(first: 1, orderBy: { field: CREATED_AT, direction: DESC }) {
          nodes {
            status
            createdAt
          }
        }
      }
    }
  }
`
);
async function readProject(github, owner, number) {
  for (const [query, key] of [
    [ORG_PROJECT_QUERY, "organization"],
    [USER_PROJECT_QUERY, "user"]
  ]) {
    let node;
    try {
      const data = await github.graphql(query, { owner, number });
      node = data[key]?.projectV2;
    } catch (error) {
      if (!(error instanceof GraphqlError) || !error.errors.every((e) => e.type === "NOT_FOUND")) throw error;
    }
    if (node) {
      const latest = node.statusUpdates.nodes.find((n) => !!n);
      return { id: node.id, name: `${owner}/${number}`, ...latest ? { latest } : {} };
    }
  }
  return void 0;
}
var STATUS = {
  complete: "COMPLETE",
  "on-track": "ON_TRACK",
  "at-risk": "AT_RISK",
  "off-track": "OFF_TRACK"
};
var WORST = ["OFF_TRACK", "AT_RISK", "ON_TRACK", "COMPLETE"];
function projectStatus(outlooks) {
  const statuses = new Set(outlooks.map((o) => STATUS[o.verdict]));
  return WORST.find((s) => statuses.has(s));
}
function planProjectStatus(project, outlooks, today, dayOf2) {
  const status = projectStatus(outlooks);
  if (!status) return void 0;
  if (project.latest?.status === status) return void 0;
  if (project.latest && dayOf2(project.latest.createdAt) === today) return void 0;
  const lines = outlooks.map((o) => `- ${o.ref} ${inert(o.title, { max: 80 })}: ${o.line}`);
  const body = [`Epic Steward, daily report of ${today}:`, "", ...lines].join("\n");
  const target = outlooks.length === 1 ? outlooks[0].target : void 0;
  return {
    kind: "project-status",
    projectId: project.id,
    project: project.name,
    status,
    body,
    ...target ? { targetDate: target } : {},
    why: project.latest ? `the epics' verdict changed from ${project.latest.status ?? "none"} to ${status}` : "the first status update of the epics"
  };
}

// src/escalations/sources.ts
var EPIC_FIELDS = "number title body createdAt milestone { title dueOn } labels(first: 100) { nodes { name } } comments(last: 50) { totalCount nodes { databaseId body author { __typename login } } }";
var PER_REQUEST = 25;
async function typedEpics(github, repo, types, known) {
  const numbers = [];
  for (const type of types) {
    const typed = await github.paginate(
      "GET /repos/{owner}/{repo}/issues",
      { ...repo, state: "open", type, per_page: 100 }
    );
    for (const issue of typed)
      if (!issue.pull_request && !known.has(issue.number) && !numbers.includes(issue.number))
        numbers.push(issue.number);
  }
  const found = [];
  for (let i = 0; i < numbers.length; i += PER_REQUEST) {
    const chunk = numbers.slice(i, i + PER_REQUEST).filter((n) => Number.isInteger(n) && n > 0);
    const query = `query EscalationTypedEpics($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { ${chunk.map((n) => `e${n}: issue(number: ${n}) { ${EPIC_FIELDS} }`).join(" ")} } }`;
    const data = await github.graphql(query, {
      owner: repo.owner,
      name: repo.repo
    });
    for (const n of chunk) {
      const node = data.repository?.[`e${n}`];
      if (node) found.push(node);
    }
  }
  return found.sort((a, b) => a.number - b.number);
}
async function targetDates(github, repo, epics, note) {
  const dates = /* @__PURE__ */ new Map();
  const wanting = epics.filter((e) => !e.milestone?.dueOn);
  if (wanting.length === 0) return dates;
  const fields = await orgIssueFields(github, repo.owner);
  if (!fields.available) {
    if (fields.first)
      note(`Daily report: ${fields.reason}; target dates come from milestones and \`Timeline:\` lines.`);
    return dates;
  }
  const field = fieldNamed(fields, "Target date", "date");
  if (!field) return dates;
  for (const epic of wanting) {
    const value = await issueFieldValue(github, repo, epic.number, field.id);
    if (typeof value === "string") dates.set(epic.number, value);
  }
  return dates;
}
async function readProjectState(github, project) {
  if (!project.owner || !project.number) return void 0;
  const name = `project ${project.owner}/${project.number}`;
  try {
    const state = await readProject(github, project.owner, project.number);
    if (state) return { state };
    return { problem: `epics.project: ${name} was not found (or this token cannot read it): no status update.` };
  } catch (error) {
    return { problem: `epics.project: ${name} could not be read (${error.message}): no status update.` };
  }
}
function planProjectUpdate(project, outlooks, today, dayOf2) {
  if (!project || outlooks.length === 0) return {};
  if ("problem" in project) return { warning: project.problem };
  const op = planProjectStatus(project.state, outlooks, today, dayOf2);
  return op ? { op } : {};
}

// src/escalations/daily.ts
var EPICS_PER_SUB_ISSUE_READ = 25;
async function dailyReports(github, repo, serverUrl, config, gates, records, now, warn) {
  const { today, zone } = todayIn(now, config.timeZone, warn);
  const snapshot = await readDaily(github, repo, serverUrl, config, warn);
  if (!snapshot) return { ops: [], records: [], notes: [noEpics(config)], sections: [] };
  const result = planDaily(snapshot, { repo, config, gates, records, today, zone });
  for (const warning of result.warnings) warn(warning);
  return result;
}
function noEpics(config) {
  const types = config.types.length ? ` or of type ${config.types.map((t) => `\`${t}\``).join(", ")}` : "";
  return `Daily report: no open issue labelled \`${config.epicLabel}\`${types}.`;
}
function todayIn(now, zone, warn) {
  try {
    return { today: dayIn(now, zone), zone };
  } catch {
    warn(`escalations.report.time-zone "${zone}" is not an IANA time zone: using UTC`);
    return { today: dayIn(now, "UTC"), zone: "UTC" };
  }
}
async function readDaily(github, repo, serverUrl, config, warn) {
  const epics = await readReportEpics(github, repo, config.epicLabel);
  if (config.types.length)
    epics.push(...await typedEpics(github, repo, config.types, new Set(epics.map((e) => e.number))));
  if (epics.length === 0) return void 0;
  const notes = [];
  const targets = await targetDates(github, repo, epics, (message) => notes.push(message));
  const blocked = config.blockedBy ? await blockedStories(github, repo) : /* @__PURE__ */ new Map();
  const { subIssues, totals } = await readSubIssues(
    github,
    repo,
    epics.map((e) => e.number),
    warn
  );
  const stories = /* @__PURE__ */ new Map();
  for (const epic of epics) {
    const tasks = parseBody(epic.body ?? "", { repo, serverUrl }).tasks;
    const counted = countedChildren(tasks, subIssues.get(epic.number) ?? [], config.sections, {
      ...repo,
      number: epic.number
    });
    stories.set(epic.number, [...counted.values()]);
  }
  const all = [...new Map([...stories.values()].flat().map((r) => [refKey(r), r])).values()];
  const states = await readStoryStates(github, all);
  const self = await ownIdentity(github);
  const project = await readProjectState(github, config.project);
  return { epics, stories, subIssueTotals: totals, states, self, targets, blocked, notes, project };
}
async function readReportEpics(github, repo, label) {
  const epics = [];
  const wanted = label.toLowerCase();
  const spelled = await labelAsSpelled(github, repo, label);
  let after = null;
  for (let page = 0; spelled !== void 0 && page < 200; page++) {
    const data = await github.graphql(REPORT_EPICS_QUERY, {
      owner: repo.owner,
      name: repo.repo,
      labels: [spelled],
      after
    });
    const issues = data.repository?.issues;
    if (!issues) break;
    epics.push(
      ...issues.nodes.filter((n) => !!n && labelNames(n.labels).some((l) => l.toLowerCase() === wanted))
    );
    if (!issues.pageInfo.hasNextPage || !issues.pageInfo.endCursor) break;
    after = issues.pageInfo.endCursor;
  }
  return epics;
}
async function readSubIssues(github, repo, numbers, warn) {
  const subIssues = /* @__PURE__ */ new Map();
  const totals = /* @__PURE__ */ new Map();
  for (let i = 0; i < numbers.length; i += EPICS_PER_SUB_ISSUE_READ) {
    const chunk = numbers.slice(i, i + EPICS_PER_SUB_ISSUE_READ);
    try {
      const data = await github.graphql(subIssuesQuery(chunk), { owner: repo.owner, name: repo.repo });
      for (const n of chunk) {
        const node = data.repository?.[`e${n}`];
        if (typeof node?.subIssuesSummary?.total === "number") totals.set(n, node.subIssuesSummary.total);
        subIssues.set(
          n,
          (node?.subIssues?.nodes ?? []).flatMap(
            (sub) => sub ? [{ ...repoOf(sub.repository.nameWithOwner), number: sub.number }] : []
          )
        );
      }
    } catch (error) {
      if (error instanceof GraphqlIncompleteError && error.errors.some((e) => LIMIT_ERRORS.has(e.type ?? "")))
        throw error;
      warn(
        `Daily report: native sub-issues could not be read (${error instanceof Error ? error.message : String(error)}); counting task lists only.`
      );
    }
  }
  return { subIssues, totals };
}
async function readStoryStates(github, refs2) {
  const read = await readChildren(github, refs2.filter(readableRef), CHILD_HISTORY_FIELDS);
  const states = /* @__PURE__ */ new Map();
  for (const [key, child] of read.children) states.set(key, "node" in child ? child.node : null);
  return states;
}
function planDaily(snapshot, plan) {
  const result = {
    ops: [],
    records: [],
    notes: [...snapshot.notes],
    sections: [],
    verdicts: [],
    warnings: []
  };
  const escalated = escalatedNow(plan.records, plan.repo);
  for (const epic of snapshot.epics) {
    const comments = ownReports(epic, snapshot.self);
    const latest = comments.map((c) => readReport(c.body)).filter((r) => !!r).sort((a, b) => a.date < b.date ? 1 : -1)[0];
    const { state, histories } = epicState(snapshot, epic, plan, escalated);
    const outcomes = plan.gates?.outcomes.filter((g) => g.epic === void 0 || g.epic === epic.number);
    state.gates = gateFigures(outcomes, latest?.state, plan.today);
    const outlook = outlookOf(epic, snapshot.targets.get(epic.number), histories, plan.today, plan.zone);
    if (outlook) result.sections.push(`#### Epic #${epic.number}

${outlook.stored.line}

${outlook.chart}`);
    const verdict = epicVerdict(epic, plan.repo, outlook);
    if (verdict) result.verdicts.push(verdict);
    const complete = (epic.comments?.totalCount ?? Infinity) <= (epic.comments?.nodes.length ?? 0);
    const warnings = reportWarnings(snapshot, epic.number, state.open);
    const planned = planReport({ epic: epic.number, today: plan.today, state, comments, complete, outlook, warnings });
    if (planned.op) result.ops.push(planned.op);
    const said = planned.posted === "none" ? "unchanged" : planned.posted === "new" ? "posted" : "updated";
    result.notes.push(
      `#${epic.number}: ${state.done.length}/${state.done.length + state.open.length} stories done; report ${said}.`
    );
  }
  const dayOf2 = (iso) => dayIn(new Date(iso), plan.zone);
  const status = planProjectUpdate(snapshot.project, result.verdicts, plan.today, dayOf2);
  if (status.op) result.ops.push(status.op);
  if (status.warning) {
    result.warnings.push(status.warning);
    result.notes.push(status.warning);
  }
  return result;
}
function epicVerdict(epic, repo, outlook) {
  const stored = outlook?.stored;
  if (!stored?.verdict) return void 0;
  const ref = `${repo.owner}/${repo.repo}#${epic.number}`;
  return {
    ref,
    title: epic.title,
    verdict: stored.verdict,
    line: stored.line,
    ...stored.target ? { target: stored.target.day } : {}
  };
}
function reportWarnings(snapshot, epic, open) {
  const limit = subIssueWarning(snapshot.subIssueTotals.get(epic) ?? 0);
  const blocked = blockedReportLine(open, snapshot.blocked);
  return [...limit ? [`**Sub-issue limit** ${limit}`] : [], ...blocked ? [blocked] : []];
}
function ownReports(epic, self) {
  return (epic.comments?.nodes ?? []).filter(
    (c) => !!c && typeof c.databaseId === "number" && isOwnComment(self, c, "<!-- epic-steward:daily-report:")
  ).map((c) => ({ id: c.databaseId, body: c.body }));
}
function escalatedNow(records, repo) {
  const openNow = new Set(records.filter((r) => r.state === "open").map((r) => r.issue));
  const resolvedNow = new Set(
    records.filter((r) => r.state === "resolved" && !openNow.has(r.issue)).map((r) => r.issue)
  );
  return (ref, labelled) => {
    if (sameRepo(ref, repo) && openNow.has(ref.number)) return true;
    if (sameRepo(ref, repo) && resolvedNow.has(ref.number)) return false;
    return labelled;
  };
}
function epicState(snapshot, epic, plan, escalated) {
  const { repo, config } = plan;
  const state = { done: [], open: [], gates: {}, escalated: [] };
  const histories = [];
  for (const ref of snapshot.stories.get(epic.number) ?? []) {
    if (!snapshot.states.has(refKey(ref))) continue;
    const story = storyOf(snapshot.states.get(refKey(ref)) ?? null, config);
    if (story.history) histories.push(story.history);
    if (story.done === "excluded") continue;
    (story.done ? state.done : state.open).push(formatRef(ref, repo));
    if (!story.done && escalated(ref, story.escalated)) state.escalated.push(formatRef(ref, repo));
  }
  const epicLabelled = labelNames(epic.labels).some((l) => l.toLowerCase() === config.escalationLabel.toLowerCase());
  if (escalated({ ...repo, number: epic.number }, epicLabelled)) state.escalated.push(`#${epic.number}`);
  return { state, histories };
}
function storyOf(node, config) {
  const escalated = labelNames(node?.labels).some((l) => l.toLowerCase() === config.escalationLabel.toLowerCase());
  const verdict = verdictOf(node ? childStateOfNode(node) : void 0);
  if (isLeftOut(verdict, config.notPlanned)) return { done: "excluded", escalated };
  const done = isDone(verdict, config.notPlanned);
  return { done, escalated, history: node ? historyOf(node, done) : void 0 };
}
function historyOf(node, done) {
  if (typeof node.createdAt !== "string") return void 0;
  if (node.__typename === "PullRequest")
    return { createdAt: node.createdAt, changes: node.mergedAt ? [{ at: node.mergedAt, done: true }] : [] };
  const changes2 = [];
  for (const item of node.history?.nodes ?? []) {
    if (typeof item?.createdAt !== "string") continue;
    if (item.__typename === "ReopenedEvent") changes2.push({ at: item.createdAt, done: false });
    else if (item.__typename === "ClosedEvent" && done) changes2.push({ at: item.createdAt, done: true });
  }
  if (done && typeof node.closedAt === "string") changes2.push({ at: node.closedAt, done: true });
  return { createdAt: node.createdAt, changes: changes2 };
}
function outlookOf(epic, targetDate, stories, today, zone) {
  if (!epic.createdAt) return void 0;
  const series = burnup(stories, dayIn(new Date(epic.createdAt), zone), today, zone);
  const last = series[series.length - 1];
  const f = forecast({ throughput: throughput(series), remaining: last.total - last.done, today });
  const target = targetOf(
    { body: epic.body ?? "", createdAt: epic.createdAt, milestone: epic.milestone, targetDate },
    zone
  );
  const verdict = verdictOf2(f, target);
  return {
    chart: burnupChart(series, epic.number),
    stored: { forecast: f, target, verdict, line: outlookLine(f, target, verdict) }
  };
}

// src/escalations/model.ts
function triggerOfKey(key) {
  const kind = key.split(":")[0];
  return kind === "threshold" || kind === "timebox" || kind === "estimate" || kind === "stuck" || kind === "blocked" ? kind : void 0;
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
  const existing = ours(input.comments);
  const ops = [];
  const records = [];
  let opened = false;
  for (const finding of input.findings) {
    const planned = planFinding(input, finding, existing.get(finding.key));
    ops.push(...planned.ops);
    records.push(planned.record);
    opened ||= planned.opened;
  }
  const cleared = planCleared(input, existing);
  ops.push(...cleared.ops);
  records.push(...cleared.records);
  const label = planLabel(input, {
    opened,
    resolved: cleared.resolved,
    stillOpen: input.findings.length > 0 || cleared.foreignOpen,
    ourEscalationSeen: existing.size > 0
  });
  return { ops: [...label.add, ...ops, ...label.remove], records };
}
function planFinding(input, finding, found) {
  const { issue, comments, now } = input;
  const openState = found?.state?.state === "open" ? found.state : void 0;
  const wasOpen = openState !== void 0;
  const state = openState ? { ...openState } : { state: "open", at: now.toISOString(), reminders: 0 };
  const reminders = wasOpen ? planReminder(input, finding, state) : [];
  const ops = [];
  const body = renderOpen(finding, state);
  if (!found || stripSource(found.comment.body) !== body) {
    const why = wasOpen ? "the escalation's figures changed" : found ? "the condition is back: the escalation reopens" : finding.why;
    ops.push(
      commentOp(
        issue,
        escalationMarker(finding.key),
        body,
        why.slice(0, 200),
        found ? { id: found.comment.id, current: found.comment.body } : { absent: comments.complete }
      )
    );
  }
  ops.push(...reminders);
  return { ops, record: { key: finding.key, issue, trigger: finding.trigger, state: "open" }, opened: !wasOpen };
}
function planReminder(input, finding, state) {
  const { config, now, issue, comments } = input;
  const every = config["remind-every"] ? parseDuration(config["remind-every"]) : void 0;
  if (!every) return [];
  const due = Math.floor((now.getTime() - Date.parse(state.at)) / every);
  if (due <= state.reminders) return [];
  state.reminders = due;
  const marker = reminderMarker(finding.key, due);
  if (reminderFound(comments, marker)) return [];
  return [
    commentOp(issue, marker, renderReminder(finding, state, due), `reminder ${due} for an escalation still open`, {
      absent: comments.complete
    })
  ];
}
function planCleared(input, existing) {
  const { issue, now } = input;
  const findingKeys = new Set(input.findings.map((f) => f.key));
  const ops = [];
  const records = [];
  let foreignOpen = false;
  for (const [key, found] of existing) {
    if (findingKeys.has(key) || found.state?.state !== "open") continue;
    if (!input.owns(key)) {
      foreignOpen = true;
      continue;
    }
    const state = { ...found.state, state: "resolved", resolvedAt: now.toISOString() };
    const reason = input.resolution(key);
    ops.push({
      ...commentOp(
        issue,
        escalationMarker(key),
        renderResolved(key, found.comment.body, state, reason),
        `resolved: ${reason}`,
        { id: found.comment.id, current: found.comment.body }
      ),
      create: false
    });
    const trigger = triggerOfKey(key);
    if (trigger) records.push({ key, issue, trigger, state: "resolved" });
  }
  return { ops, records, resolved: ops.length > 0, foreignOpen };
}
function planLabel(input, seen) {
  const { issue } = input;
  const label = input.config.label;
  const hasLabel = input.labels.some((l) => l.toLowerCase() === label.toLowerCase());
  const add = [];
  const remove = [];
  if (seen.opened && !hasLabel) add.push({ kind: "add-labels", issue, labels: [label], why: "an escalation opened" });
  if (hasLabel && !seen.stillOpen && (seen.resolved || seen.ourEscalationSeen)) {
    remove.push({ kind: "remove-label", issue, label, why: "no escalation is open any more" });
  }
  return { add, remove };
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
  const nodes = (connection?.nodes ?? []).filter(
    (c) => !!c && typeof c.databaseId === "number"
  );
  const conversation = nodes.find((c) => isOwnComment(self, c, COMMENT_MARKER));
  return {
    // The conversation's sections are read by the pull request's own flow (flows.ts), not as comments.
    ours: nodes.filter((c) => c !== conversation && isOwnComment(self, c, "<!-- epic-steward:escalation:")).map((c) => ({ id: c.databaseId, body: c.body })),
    complete: (connection?.totalCount ?? Infinity) <= nodes.length,
    ...conversation ? { conversation: { id: conversation.databaseId, body: conversation.body } } : {}
  };
}
async function sweepIssues(github, repo, filter, visit) {
  let after = null;
  let pages = 0;
  for (; pages < MAX_PAGES; ) {
    const data = await github.graphql(SWEEP_QUERY, {
      owner: repo.owner,
      name: repo.repo,
      states: filter.states,
      labels: filter.labels ?? null,
      after
    });
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

// src/escalations/flows.ts
var CLOSED = "the issue was closed.";
function timeResolution(key) {
  if (isBlockedKey(key)) return "it has no open blocker any more.";
  if (key.startsWith("stuck:")) return `the label \`${key.split(":")[1]}\` is off or within its allowance again.`;
  if (key.startsWith("estimate:"))
    return "the estimate, or the start of work, changed so that it is no longer exceeded.";
  return "the time box no longer applies (its priority or timeline changed).";
}
async function sweep(github, repo, config, now) {
  const before = github.requestCount();
  const blocked = await readBlocked(github, repo, config, now);
  const blockedOn = config.stuck.enabled && config.stuck["blocked-by"].after !== "";
  let requests = github.requestCount() - before;
  const open = await readOpenCandidates(
    github,
    repo,
    config,
    now,
    blockedOn ? blocked.findings : /* @__PURE__ */ new Map()
  );
  const closed = await readClosedCandidates(github, repo, config.label, open.spelled);
  requests += open.requests + closed.requests;
  const candidates = [...open.candidates, ...closed.candidates];
  const views = await readComments(
    github,
    candidates.map((c) => c.issue.id)
  );
  requests += Math.ceil(candidates.length / 50);
  const owns = (key) => isTimeKey(key) || blockedOn && isBlockedKey(key);
  const result = planCandidates(candidates, views, config, now, owns);
  if (blockedOn) result.ops.push(...blocked.nudges);
  result.notes.push(...blocked.notes);
  result.notes.push(
    `Swept ${open.issuesSeen} open issue(s); ${candidates.length} due or carrying \`${config.label}\`.`
  );
  return { ...result, issuesSeen: open.issuesSeen, requests };
}
async function readOpenCandidates(github, repo, config, now, blocked) {
  const label = config.label.toLowerCase();
  const candidates = [];
  let issuesSeen = 0;
  let spelled;
  const requests = await sweepIssues(github, repo, { states: ["OPEN"] }, (page) => {
    issuesSeen += page.length;
    for (const issue of page) {
      const findings = [...evaluateTime(issue.snapshot, config, now), ...blocked.get(issue.snapshot.number) ?? []];
      const labelled = issue.snapshot.labels.find((l) => l.toLowerCase() === label);
      spelled ??= labelled;
      if (findings.length || labelled) candidates.push({ issue, findings, closed: false });
    }
  });
  return { candidates, issuesSeen, spelled, requests };
}
async function readClosedCandidates(github, repo, configured, seen) {
  const label = configured.toLowerCase();
  let requests = 0;
  let spelled = seen;
  if (spelled === void 0) {
    spelled = await labelAsSpelled(github, repo, configured);
    requests += 1;
  }
  const candidates = [];
  if (spelled === void 0) return { candidates, requests };
  requests += await sweepIssues(github, repo, { states: ["CLOSED"], labels: [spelled] }, (page) => {
    for (const issue of page)
      if (issue.snapshot.labels.some((l) => l.toLowerCase() === label))
        candidates.push({ issue, findings: [], closed: true });
  });
  return { candidates, requests };
}
function planCandidates(candidates, views, config, now, owns) {
  const result = { ops: [], records: [], notes: [] };
  for (const candidate of candidates) {
    const { snapshot } = candidate.issue;
    const plan = planIssue({
      issue: snapshot.number,
      labels: snapshot.labels,
      findings: candidate.findings,
      owns: candidate.closed ? () => true : owns,
      comments: views.get(candidate.issue.id) ?? { ours: [], complete: false },
      config,
      now,
      resolution: candidate.closed ? () => CLOSED : timeResolution
    });
    result.ops.push(...plan.ops);
    result.records.push(...plan.records);
  }
  return result;
}
async function resolveAll(github, repo, targets, config, now) {
  const result = { ops: [], records: [], notes: [] };
  for (const target of targets) {
    const read = await readIssue(github, repo, target.issue);
    if (!read) continue;
    const input = {
      issue: target.issue,
      labels: read.kind === "issue" ? read.snapshot.labels : read.labels,
      findings: [],
      owns: () => true,
      comments: read.comments,
      config,
      now,
      resolution: () => target.why
    };
    const plan = read.comments.conversation ? await conversationPlan(github, repo, { pr: target.issue, mode: "always" }, input) : planIssue(input);
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
    if (failing.length)
      result.notes.push(`No pull request or epic to escalate on for: ${failing.map((g) => g.name).join(", ")}.`);
    return result;
  }
  const byIssue = /* @__PURE__ */ new Map();
  for (const target of targets) byIssue.set(target.issue, [...byIssue.get(target.issue) ?? [], target]);
  if (gates.conversation && !byIssue.has(gates.conversation.pr)) byIssue.set(gates.conversation.pr, []);
  for (const [issue, list] of byIssue) {
    const read = await readIssue(github, repo, issue);
    if (!read) {
      result.notes.push(`#${issue} could not be read: its threshold escalations were skipped.`);
      continue;
    }
    const keys = new Map(list.map((t) => [t.key, t]));
    const findings = list.map((t) => thresholdFinding(t, config)).filter((f) => !!f);
    const input = {
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
    };
    const plan = gates.conversation?.pr === issue ? await conversationPlan(
      github,
      repo,
      { pr: gates.conversation.pr, mode: gates.conversation.mode, gate: gates.conversation },
      input
    ) : planIssue(input);
    result.ops.push(...plan.ops);
    result.records.push(...plan.records);
  }
  return result;
}
async function conversationPlan(github, repo, part, input) {
  let existing = input.comments.conversation;
  if (!existing && !input.comments.complete) existing = await findComment(github, repo, part.pr, COMMENT_MARKER);
  const sections = existing ? splitConversation(existing.body).sections : [];
  const virtual = sections.map((body, i) => ({ id: -(i + 1), body }));
  const plan = planIssue({ ...input, comments: { ours: virtual, complete: true } });
  const byKey = new Map(sections.map((body) => [keyOfBody(body) ?? body, body]));
  const ops = [];
  for (const op2 of plan.ops) {
    if (op2.kind !== "upsert-comment") ops.push(op2);
    else if (op2.marker.startsWith("<!-- epic-steward:escalation:") && op2.marker === escalationMarker(keyOfBody(op2.body) ?? ""))
      byKey.set(keyOfBody(op2.body), op2.body);
  }
  const all = [...byKey.values()];
  const openEscalation = all.some((body) => readState(body)?.state === "open");
  const what = part.gate ? `gates ${part.gate.failing ? "fail" : "pass"}` : "its escalations";
  const op = planConversation({
    pr: part.pr,
    mode: part.mode,
    gate: part.gate,
    sections: all,
    openEscalation,
    existing,
    absent: !existing && input.comments.complete,
    why: `the pull request's conversation: ${what}${openEscalation ? ", escalated" : ""}`
  });
  return {
    ops: op ? [...ops.filter((o) => o.kind === "add-labels"), op, ...ops.filter((o) => o.kind !== "add-labels")] : ops,
    records: plan.records
  };
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
    for (const r of records.slice(0, MAX_ROWS))
      lines.push(`| \`${cell2(r.key)}\` | #${r.issue} | ${r.trigger} | ${r.state} |`);
    if (records.length > MAX_ROWS)
      lines.push(`| \u2026 | | | ${records.length - MAX_ROWS} more in the \`escalations\` output |`);
    lines.push("");
  }
  const left = results.filter((r) => r.status === "over-budget");
  if (left.length) {
    lines.push(
      `> [!WARNING]`,
      `> The write budget (\`max-writes\`) ran out: ${left.length} write(s) left for the next run:`,
      ""
    );
    for (const r of left.slice(0, MAX_ROWS)) lines.push(`- ${cell2(describeOp(r.op))}: ${cell2(r.op.why)}`);
    if (left.length > MAX_ROWS) lines.push(`- \u2026 and ${left.length - MAX_ROWS} more`);
    lines.push("");
  }
  const failed = results.filter((r) => r.status === "failed");
  for (const r of failed.slice(0, 50))
    lines.push(`- ${r.status}: ${cell2(describeOp(r.op))}${r.detail ? ` (${cell2(r.detail)})` : ""}`);
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
  if (work.thresholds && gates && gates.outcomes.length)
    flows.push(await thresholds(ctx.github, repo, gates, config, now));
  if (work.sweep) flows.push(await sweep(ctx.github, repo, config, now));
  if (work.issue !== void 0) flows.push(await checkIssue(ctx.github, repo, work.issue, config, now));
  const done = [];
  if (work.pull)
    done.push({ issue: work.pull.number, why: `the pull request was ${work.pull.merged ? "merged" : "closed"}.` });
  if (work.epics)
    for (const epic of ctx.shared.epics?.complete ?? []) done.push({ issue: epic, why: "the epic is complete." });
  const rest = done.filter((d, i) => d.issue !== work.issue && done.findIndex((o) => o.issue === d.issue) === i);
  if (rest.length) flows.push(await resolveAll(ctx.github, repo, rest, config, now));
  if (flows.length === 0 && !work.report) return {};
  const records = flows.flatMap((f) => f.records);
  const notes = flows.flatMap((f) => f.notes);
  const sections = [];
  const results = await ctx.apply(flows.flatMap((f) => f.ops));
  if (work.report) {
    const daily = {
      epicLabel: ctx.config.epics.label,
      sections: ctx.config.epics.sections,
      notPlanned: ctx.config.epics["not-planned"],
      escalationLabel: config.label,
      timeZone: config.report["time-zone"],
      types: ctx.config.epics.types,
      project: ctx.config.epics.project,
      blockedBy: Boolean(config.stuck["blocked-by"].after)
    };
    const report = await dailyReports(
      ctx.github,
      repo,
      ctx.event.serverUrl,
      daily,
      gates,
      records,
      now,
      (m) => ctx.log.warning(m)
    );
    notes.push(...report.notes);
    sections.push(...report.sections ?? []);
    const posted = await ctx.apply(report.ops);
    results.push(...posted);
    const reported = reportedEpics(posted);
    if (reported.length && ctx.reportsPosted) notes.push(...await ctx.reportsPosted(reported));
  }
  const unique = [...new Map(records.map((r) => [`${r.issue}|${r.key}`, r])).values()];
  return {
    summary: [renderSummary(unique, results, notes), ...sections].join("\n\n"),
    outputs: { escalations: JSON.stringify(unique) }
  };
}
function reportedEpics(posted) {
  const epics = /* @__PURE__ */ new Set();
  for (const r of posted) if (r.status === "applied" && r.op.kind === "upsert-comment") epics.add(r.op.issue);
  return [...epics];
}
export {
  escalationsFeature,
  workOf
};
