import { inert } from '../core/escape';
import { shortDay } from './burnup';
import type { Forecast } from './forecast';
import { dayIn } from '../core/duration';
import { bodyTimeline } from './time';

/**
 * Where an epic is heading against where it should be: its target date (the milestone's due
 * date, else the body's `Timeline:` counted from the epic's creation) and a verdict from the
 * forecast: off track when even the 50% date is after the target, at risk when the 85% date is.
 * Between the two: the native "Target date" issue field, where the organisation has one.
 */

export type Verdict = 'complete' | 'on-track' | 'at-risk' | 'off-track';

export interface Target {
  /** `YYYY-MM-DD` in the report's time zone. */
  day: string;
  /** Where it comes from, for a reader: `milestone "Sprint 3"`, `Timeline: 24-48 hours`. */
  source: string;
}

export interface EpicDates {
  body: string;
  createdAt: string;
  milestone?: { title: string; dueOn: string | null } | null;
  /** The epic's native "Target date" issue field (`YYYY-MM-DD`), where the organisation has one. */
  targetDate?: string;
}

/** The epic's target date, or none when neither a milestone due date nor a body timeline says one. */
export function targetOf(epic: EpicDates, timeZone: string): Target | undefined {
  const due = epic.milestone?.dueOn ? Date.parse(epic.milestone.dueOn) : NaN;
  if (!Number.isNaN(due))
    return {
      day: dayIn(new Date(due), timeZone),
      source: `milestone ${inert(JSON.stringify(epic.milestone!.title), { max: 80 })}`
    };
  // A date field holds a calendar day already: no time zone to apply.
  const field = /^\d{4}-\d{2}-\d{2}/.exec(epic.targetDate ?? '')?.[0];
  if (field && !Number.isNaN(Date.parse(field))) return { day: field, source: 'issue field "Target date"' };
  const timeline = bodyTimeline(epic.body);
  const created = Date.parse(epic.createdAt);
  if (timeline && !Number.isNaN(created)) {
    return {
      day: dayIn(new Date(created + timeline.ms), timeZone),
      source: `Timeline: ${inert(timeline.text, { max: 60 })} from the epic's creation`
    };
  }
  return undefined;
}

/** On track, at risk (P85 after the target), off track (P50 after it), complete; none without a target or a forecast. */
export function verdictOf(forecast: Forecast, target: Target | undefined): Verdict | undefined {
  if (forecast.kind === 'done') return 'complete';
  if (!target) return undefined;
  if (forecast.kind === 'beyond' || forecast.kind === 'no-throughput') return 'off-track';
  if (forecast.kind !== 'forecast') return undefined;
  if (forecast.p50 > target.day) return 'off-track';
  if (forecast.p85 > target.day) return 'at-risk';
  return 'on-track';
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
