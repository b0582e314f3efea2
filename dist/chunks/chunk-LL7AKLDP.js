import {
  queryPartial,
  refKey
} from "./chunk-J5YPLQRL.js";
import {
  stripSource
} from "./chunk-44D2BK3U.js";
import {
  inert
} from "./chunk-7F23CJCA.js";

// src/checklist/children.ts
var CHILD_FIELDS = `__typename ... on Issue { issueState: state stateReason(enableDuplicate: true) } ... on PullRequest { pullState: state merged }`;
var CHILD_HISTORY_FIELDS = `${CHILD_FIELDS} ... on Labelable { labels(first: 100) { nodes { name } } } ... on Issue { createdAt closedAt history: timelineItems(last: 20, itemTypes: [CLOSED_EVENT, REOPENED_EVENT]) { nodes { __typename ... on ClosedEvent { createdAt } ... on ReopenedEvent { createdAt } } } } ... on PullRequest { createdAt mergedAt }`;
var CHILDREN_PER_REQUEST = 250;
var NAME = /^[A-Za-z0-9._-]+$/;
function safeName(name) {
  return NAME.test(name) && name.length <= 100;
}
function readableRef(ref) {
  return safeName(ref.owner) && safeName(ref.repo) && Number.isInteger(ref.number) && ref.number > 0;
}
function childrenQuery(children, fields, alongside = []) {
  const byRepo = /* @__PURE__ */ new Map();
  const group = (repo) => {
    const key = `${repo.owner.toLowerCase()}/${repo.repo.toLowerCase()}`;
    let entry = byRepo.get(key);
    if (!entry) byRepo.set(key, entry = { repo, alongside: [], numbers: /* @__PURE__ */ new Set() });
    return entry;
  };
  for (const a of alongside) group(a.repo).alongside.push(a);
  for (const c of children) if (readableRef(c)) group(c).numbers.add(c.number);
  const plan = { query: "", children: /* @__PURE__ */ new Map(), alongside: /* @__PURE__ */ new Map() };
  const parts = [...byRepo.values()].map((entry, r) => {
    const alias = `r${r}`;
    const selections = entry.alongside.map((a) => {
      plan.alongside.set(`${alias}.${a.alias}`, a);
      return `${a.alias}: ${a.selection}`;
    });
    for (const n of entry.numbers) {
      plan.children.set(`${alias}.i${n}`, { ...entry.repo, number: n });
      selections.push(`i${n}: issueOrPullRequest(number: ${n}) { ${fields} }`);
    }
    return `${alias}: repository(owner: ${JSON.stringify(entry.repo.owner)}, name: ${JSON.stringify(entry.repo.repo)}) { ${selections.join(" ")} }`;
  });
  plan.query = `query EpicChildren { ${parts.join(" ")} }`;
  return plan;
}
async function readChildren(github, children, fields, alongside = []) {
  const result = { children: /* @__PURE__ */ new Map(), alongside: /* @__PURE__ */ new Map() };
  const unique = [...new Map(children.map((c) => [refKey(c), c])).values()];
  for (const c of unique) if (!readableRef(c)) result.children.set(refKey(c), { why: "not a valid repository name" });
  const readable = unique.filter((c) => !result.children.has(refKey(c)));
  for (let i = 0; i < readable.length || i === 0 && alongside.length > 0; i += CHILDREN_PER_REQUEST) {
    const plan = childrenQuery(readable.slice(i, i + CHILDREN_PER_REQUEST), fields, i === 0 ? alongside : []);
    const { data, errors } = await queryPartial(github, plan.query);
    const failure = (path) => {
      const [repoAlias = "", field] = path.split(".");
      if (data[repoAlias] === null || data[repoAlias] === void 0)
        return "the repository cannot be read with this token";
      const error = errors.find((e) => e.path?.[0] === repoAlias && (e.path.length === 1 || e.path[1] === field));
      return error?.type === "NOT_FOUND" || !error ? "no such issue or pull request" : error.message;
    };
    const nodeAt = (path) => {
      const [repoAlias = "", field = ""] = path.split(".");
      return data[repoAlias]?.[field] ?? null;
    };
    for (const [path, a] of plan.alongside) result.alongside.set(a, nodeAt(path));
    for (const [path, child] of plan.children) {
      const node = nodeAt(path);
      result.children.set(refKey(child), node ? { node } : { why: failure(path) });
    }
  }
  return result;
}

// src/checklist/report.ts
var reportMarker = (date) => `<!-- epic-steward:daily-report:${date} -->`;
var STATE_PREFIX = "<!-- epic-steward:report-state ";
function encodeReport(stored) {
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

// src/checklist/outlook.ts
var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function shortDay(day) {
  const [, month, date] = /^\d{4}-(\d{2})-(\d{2})$/.exec(day) ?? [];
  return month && date ? `${MONTHS[Number(month) - 1]} ${Number(date)}` : day;
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

export {
  CHILD_FIELDS,
  CHILD_HISTORY_FIELDS,
  readableRef,
  readChildren,
  reportMarker,
  STATE_PREFIX,
  encodeReport,
  readReport,
  shortDay,
  storedOutlookLine,
  outlookLine
};
