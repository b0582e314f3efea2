import { stripSource } from '../core/source';
import type { Forecast, Target, Verdict } from './outlook';

/**
 * The daily report's stored state: each report comment keeps its figures compactly (base64
 * JSON) in a hidden line, so the next report knows "what changed since" and the epic block can
 * link the latest report and show its outlook, without any other storage. The escalations
 * feature writes it (escalations/report.ts); reading it back is here, below the features,
 * because the epics feature reads it too.
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

export interface StoredReport {
  date: string;
  state: ReportState;
  outlook?: StoredOutlook;
  /** The report compared against (the previous day's), kept so today's edits need only today's comment. */
  since?: { date: string; state: ReportState } | null;
}

/** The first line of the report of a day: its marker. */
export const reportMarker = (date: string): string => `<!-- epic-steward:daily-report:${date} -->`;
/** The start of the hidden line that keeps the figures. */
export const STATE_PREFIX = '<!-- epic-steward:report-state ';

/** The figures as the hidden line keeps them. */
export function encodeReport(stored: StoredReport): string {
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
