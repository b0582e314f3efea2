import { createRequire as __esCreateRequire } from 'node:module'; const require = __esCreateRequire(import.meta.url);
import {
  stripSource
} from "./chunk-44D2BK3U.js";
import {
  inert
} from "./chunk-7F23CJCA.js";

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
  reportMarker,
  STATE_PREFIX,
  encodeReport,
  readReport,
  shortDay,
  storedOutlookLine,
  outlookLine
};
