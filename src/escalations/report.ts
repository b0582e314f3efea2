import { inert } from '../core/escape';
import { stripSource } from '../core/source';
import type { GateOutcome } from '../core/shared';
import type { Operation } from '../core/plan';
import {
  encodeReport,
  readReport,
  reportMarker,
  STATE_PREFIX,
  type GateFigure,
  type ReportState,
  type StoredOutlook,
  type StoredReport
} from '../checklist/report';
import type { CommentOp } from './plan';
import { percent } from './threshold';

/**
 * The daily progress report on an epic: one comment a day, edited in place during that day;
 * the next day gets a new one only if something changed. The figures of each report are
 * kept in a hidden line of the comment (the format is src/checklist/report.ts), so the next
 * report knows "what changed since" without any other storage.
 */

/** What a report shows beyond the figures it compares: the burn-up chart and the forecast. */
export interface ReportOutlook {
  chart: string;
  stored: StoredOutlook;
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
    reportMarker(today),
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
  lines.push(`${STATE_PREFIX}${encodeReport(stored)} -->`);
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
  const marker = reportMarker(input.today);
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
