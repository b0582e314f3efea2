import { inert } from '../core/escape';
import { stripSource } from '../core/source';
import type { GateOutcome } from '../core/shared';
import type { Operation } from '../core/plan';
import type { CommentOp } from './plan';
import type { Forecast } from './forecast';
import type { Target, Verdict } from './outlook';
import { percent } from './threshold';

/**
 * The daily progress report on an epic: one comment a day, edited in place during that day;
 * the next day gets a new one only if something changed. The figures of each report are
 * kept compactly (base64 JSON) in a hidden line of the comment, so the next report knows
 * "what changed since" without any other storage.
 */

export interface GateFigure {
  title: string;
  rate: number | null;
  baseline: number | null;
  target: number | null;
  /** The day these figures were measured. */
  on: string;
}

export interface ReportState {
  /** Stories done / not done, as `#14` or `owner/repo#14`. */
  done: string[];
  open: string[];
  gates: Record<string, GateFigure>;
  escalated: string[];
}

/** The forecast of a report, kept in its hidden line so the epic block can show it. */
export interface StoredOutlook {
  forecast: Forecast;
  target?: Target;
  verdict?: Verdict;
  /** The outlook line as the report shows it. */
  line: string;
}

/** What a report shows beyond the figures it compares: the burn-up chart and the forecast. */
export interface ReportOutlook {
  chart: string;
  stored: StoredOutlook;
}

interface StoredReport {
  date: string;
  state: ReportState;
  outlook?: StoredOutlook;
  /** The report compared against (the previous day's), kept so today's edits need only today's comment. */
  since?: { date: string; state: ReportState } | null;
}

export interface ReportComment {
  id: number;
  body: string;
}

export interface ReportInput {
  epic: number;
  today: string;
  state: ReportState;
  comments: ReportComment[];
  /** True when `comments` are all the epic's comments: a new report then needs no search. */
  complete: boolean;
  outlook?: ReportOutlook;
  /** Lines a reader must see before adding to the epic (the sub-issue limit). */
  warnings?: string[];
}

const MARKER = (date: string) => `<!-- epic-steward:daily-report:${date} -->`;
const STATE_PREFIX = '<!-- epic-steward:report-state ';

function encode(stored: StoredReport): string {
  return Buffer.from(JSON.stringify(stored), 'utf8').toString('base64');
}

/** The stored figures of a report comment, or undefined when it is not one of ours (or damaged). */
export function readReport(body: string): StoredReport | undefined {
  const date = /^<!-- epic-steward:daily-report:(\d{4}-\d{2}-\d{2}) -->/.exec(body)?.[1];
  // The state is the last line before the source line (which changes with every run).
  const data = /\n<!-- epic-steward:report-state ([A-Za-z0-9+/=]+) -->$/.exec(stripSource(body))?.[1];
  if (!date || !data) return undefined;
  try {
    const stored = JSON.parse(Buffer.from(data, 'base64').toString('utf8')) as StoredReport;
    const state = checkState(stored?.state);
    if (!state) return undefined;
    const since = stored.since && DAY.test(String(stored.since.date)) ? checkState(stored.since.state) : undefined;
    // The outlook is checked field by field where it is shown (storedOutlookLine).
    return {
      date,
      state,
      since: since ? { date: stored.since!.date, state: since } : null,
      ...(stored.outlook !== undefined ? { outlook: stored.outlook } : {})
    };
  } catch {
    return undefined;
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** What a report lists: `#14` or `owner/repo#14`, nothing else (the list is quoted into the next report). */
const REF = /^(?:[A-Za-z0-9._-]{1,100}\/[A-Za-z0-9._-]{1,100})?#\d{1,10}$/;
const MAX_LISTED = 10_000;

/**
 * The figures read back from a report comment, checked like any other input: references
 * only, rates as numbers, gate titles made inert when shown. Anything else: not a report.
 */
function checkState(state: unknown): ReportState | undefined {
  if (!state || typeof state !== 'object') return undefined;
  const s = state as Partial<Record<keyof ReportState, unknown>>;
  const refList = (v: unknown) =>
    Array.isArray(v) && v.length <= MAX_LISTED && v.every((r) => typeof r === 'string' && REF.test(r))
      ? (v as string[])
      : undefined;
  const done = refList(s.done);
  const open = refList(s.open);
  const escalated = s.escalated === undefined ? [] : refList(s.escalated);
  if (!done || !open || !escalated) return undefined;
  const gates: Record<string, GateFigure> = {};
  const rate = (v: unknown) =>
    v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1) ? v : undefined;
  for (const [name, g] of Object.entries(
    s.gates && typeof s.gates === 'object' ? (s.gates as Record<string, Partial<GateFigure>>) : {}
  )) {
    if (!g || typeof g !== 'object' || typeof g.title !== 'string' || !DAY.test(String(g.on))) return undefined;
    const [r, b, t] = [rate(g.rate), rate(g.baseline), rate(g.target)];
    if (r === undefined || b === undefined || t === undefined) return undefined;
    gates[name] = { title: g.title.slice(0, 200), rate: r, baseline: b, target: t, on: g.on! };
  }
  return { done, open, gates, escalated };
}

/** Gate figures for the report: measured now when the gates ran, else carried from the last report. */
export function gateFigures(
  outcomes: GateOutcome[] | undefined,
  previous: ReportState | undefined,
  today: string
): Record<string, GateFigure> {
  const figures: Record<string, GateFigure> = { ...(previous?.gates ?? {}) };
  for (const g of outcomes ?? []) {
    if (g.verdict === 'no-data') continue;
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

function round(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 1000;
}

const sorted = (list: string[]) => [...new Set(list)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

function normal(state: ReportState): ReportState {
  const gates: Record<string, GateFigure> = {};
  for (const name of Object.keys(state.gates).sort()) gates[name] = state.gates[name]!;
  return { done: sorted(state.done), open: sorted(state.open), gates, escalated: sorted(state.escalated) };
}

/** Whether two reports would say the same (the day a gate was measured aside). */
export function sameState(a: ReportState, b: ReportState): boolean {
  const strip = (s: ReportState) => {
    const n = normal(s);
    return JSON.stringify({ ...n, gates: Object.fromEntries(Object.entries(n.gates).map(([k, g]) => [k, g.rate])) });
  };
  return strip(a) === strip(b);
}

function refs(list: string[], max = 15): string {
  if (list.length === 0) return 'none';
  const shown = list.slice(0, max).join(', ');
  return list.length > max ? `${shown} and ${list.length - max} more` : shown;
}

/** What changed between two reports, in short phrases. */
export function changes(before: ReportState, after: ReportState): string[] {
  const was = new Set([...before.done, ...before.open]);
  const is = new Set([...after.done, ...after.open]);
  const out: string[] = [];
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
    else if (old.rate !== g.rate) out.push(`${inert(g.title, { max: 80 })} ${percent(old.rate)} → ${percent(g.rate)}`);
  }
  const opened = after.escalated.filter((r) => !before.escalated.includes(r));
  const cleared = before.escalated.filter((r) => !after.escalated.includes(r));
  if (opened.length) out.push(`escalated: ${refs(sorted(opened))}`);
  if (cleared.length) out.push(`escalation cleared: ${refs(sorted(cleared))}`);
  return out;
}

export function renderReport(
  today: string,
  state: ReportState,
  since: StoredReport['since'],
  outlook?: ReportOutlook,
  warnings: string[] = []
): string {
  const s = normal(state);
  const total = s.done.length + s.open.length;
  const pct = total ? Math.round((s.done.length / total) * 100) : 0;
  const lines = [
    MARKER(today),
    `### Daily progress · ${today}`,
    '',
    `**Stories** ${s.done.length}/${total} done (${pct}%) · remaining: ${refs(s.open)}`
  ];
  if (outlook) lines.push('', outlook.stored.line, '', outlook.chart, '');
  lines.push(...warnings);
  const gates = Object.values(s.gates);
  if (gates.length) {
    lines.push(
      `**Gates** ${gates
        .map(
          (g) =>
            `${inert(g.title, { max: 80 })} ${percent(g.rate)} (baseline ${percent(g.baseline)}, target ${percent(g.target)}${g.on !== today ? `, as of ${g.on}` : ''})`
        )
        .join(' · ')}`
    );
  }
  lines.push(`**Open escalations** ${refs(s.escalated)}`);
  if (since) {
    const changed = changes(since.state, s);
    lines.push(`**Since ${since.date}** ${changed.length ? changed.join(' · ') : 'no change'}`);
  } else {
    lines.push('**Since** first report');
  }
  const stored: StoredReport = {
    date: today,
    state: s,
    since: since ? { date: since.date, state: normal(since.state) } : null
  };
  if (outlook) stored.outlook = outlook.stored;
  lines.push(`${STATE_PREFIX}${encode(stored)} -->`);
  return lines.join('\n');
}

/**
 * The report's write for one epic, or none: today's comment is edited when its figures moved;
 * a new day's comment is posted only when the figures differ from the last report.
 */
export function planReport(input: ReportInput): { op?: Operation; posted: 'new' | 'edit' | 'none' } {
  const reports = input.comments
    .map((c) => ({ comment: c, stored: readReport(c.body) }))
    .filter((r): r is { comment: ReportComment; stored: StoredReport } => !!r.stored);
  const todays = reports.find((r) => r.stored.date === input.today);
  const earlier = reports
    .filter((r) => r.stored.date < input.today)
    .sort((a, b) => (a.stored.date < b.stored.date ? 1 : -1))[0];
  const marker = MARKER(input.today);
  if (todays) {
    const since = todays.stored.since ?? null;
    const body = renderReport(input.today, input.state, since, input.outlook, input.warnings);
    if (body === stripSource(todays.comment.body)) return { posted: 'none' };
    const op: CommentOp = {
      kind: 'upsert-comment',
      issue: input.epic,
      marker,
      body,
      commentId: todays.comment.id,
      currentBody: todays.comment.body,
      why: 'the daily report: figures moved today'
    };
    return { op, posted: 'edit' };
  }
  if (earlier && sameState(earlier.stored.state, input.state)) return { posted: 'none' };
  const since = earlier ? { date: earlier.stored.date, state: earlier.stored.state } : null;
  const op: CommentOp = {
    kind: 'upsert-comment',
    issue: input.epic,
    marker,
    body: renderReport(input.today, input.state, since, input.outlook, input.warnings),
    why: since ? `the daily report: changes since ${since.date}` : 'the first daily report'
  };
  if (input.complete) op.absent = true;
  return { op, posted: 'new' };
}
