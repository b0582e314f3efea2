import { inert } from '../core/escape';

/**
 * The outlook line of an epic (forecast, target, verdict): the daily report writes it and keeps
 * its parts in the report's hidden line; the epic block shows it again from there. Below the
 * features because both the escalations feature (the report) and the epics feature (the block)
 * render it; the forecast and the target themselves are worked out by the report.
 */

/** When an epic finishes, from its own throughput (worked out by escalations/forecast.ts). */
export type Forecast =
  | { kind: 'done' }
  | { kind: 'not-enough-history'; days: number }
  | { kind: 'no-throughput'; days: number }
  | { kind: 'beyond'; days: number; horizon: number }
  | { kind: 'forecast'; days: number; p50: string; p85: string };

export type Verdict = 'complete' | 'on-track' | 'at-risk' | 'off-track';

export interface Target {
  /** `YYYY-MM-DD` in the report's time zone. */
  day: string;
  /** Where it comes from, for a reader: `milestone "Sprint 3"`, `Timeline: 24-48 hours`. */
  source: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Jan 14`: how a person says a day of the current stretch of work. */
export function shortDay(day: string): string {
  const [, month, date] = /^\d{4}-(\d{2})-(\d{2})$/.exec(day) ?? [];
  return month && date ? `${MONTHS[Number(month) - 1]} ${Number(date)}` : day;
}

const WORDS: Record<Verdict, string> = {
  complete: 'complete',
  'on-track': 'on track',
  'at-risk': 'at risk',
  'off-track': 'off track'
};

export function verdictText(verdict: Verdict): string {
  return WORDS[verdict];
}

/** `P50 Jan 14 · P85 Jan 16 (5 days of history)`, or why there is no forecast. */
export function forecastText(f: Forecast): string {
  switch (f.kind) {
    case 'done':
      return 'every story is done';
    case 'not-enough-history':
      return `not enough history (${f.days} day${f.days === 1 ? '' : 's'}; a forecast needs 3)`;
    case 'no-throughput':
      return `no story done in ${f.days} days of history: no finish date in sight`;
    case 'beyond':
      return `beyond ${f.horizon} days at the pace of ${f.days} days of history`;
    case 'forecast':
      return `P50 ${shortDay(f.p50)} · P85 ${shortDay(f.p85)} (from ${f.days} days of history)`;
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The outlook line rebuilt from what a report comment stored (the epic block shows it): every
 * field checked, the target's source made inert again, so a damaged or forged comment shows
 * nothing rather than steering the block.
 */
export function storedOutlookLine(stored: unknown): string | undefined {
  const s = stored as
    { forecast?: Record<string, unknown>; target?: Record<string, unknown>; verdict?: unknown } | undefined;
  const f = s?.forecast;
  const days =
    typeof f?.days === 'number' && Number.isInteger(f.days) && f.days >= 0 && f.days < 100_000 ? f.days : undefined;
  let forecast: Forecast | undefined;
  if (f?.kind === 'done') forecast = { kind: 'done' };
  else if (days !== undefined && (f?.kind === 'not-enough-history' || f?.kind === 'no-throughput'))
    forecast = { kind: f.kind, days };
  else if (days !== undefined && f?.kind === 'beyond' && typeof f.horizon === 'number' && Number.isInteger(f.horizon))
    forecast = { kind: 'beyond', days, horizon: f.horizon };
  else if (
    days !== undefined &&
    f?.kind === 'forecast' &&
    typeof f.p50 === 'string' &&
    typeof f.p85 === 'string' &&
    DAY.test(f.p50) &&
    DAY.test(f.p85)
  )
    forecast = { kind: 'forecast', days, p50: f.p50, p85: f.p85 };
  if (!forecast) return undefined;
  const t = s?.target;
  const target =
    t && typeof t.day === 'string' && DAY.test(t.day) && typeof t.source === 'string'
      ? { day: t.day, source: inert(t.source, { max: 120 }) }
      : undefined;
  const verdict = typeof s?.verdict === 'string' && s.verdict in WORDS ? (s.verdict as Verdict) : undefined;
  return outlookLine(forecast, target, verdict);
}

/** The outlook line of the report and the epic block: forecast, target, verdict. */
export function outlookLine(f: Forecast, target: Target | undefined, verdict: Verdict | undefined): string {
  const parts = [`**Forecast** ${forecastText(f)}`];
  if (f.kind !== 'done')
    parts.push(
      target
        ? `**Target** ${shortDay(target.day)} (${target.source})`
        : '**Target** none (no milestone due date, "Target date" field or `Timeline:` in the body)'
    );
  if (verdict) parts.push(`**${verdictText(verdict)}**`);
  return parts.join(' · ');
}
