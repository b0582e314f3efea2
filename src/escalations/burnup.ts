import { dayIn } from '../core/duration';
import { shortDay } from '../checklist/outlook';

/**
 * The burn-up of an epic, rebuilt from its stories' own timestamps (created, closed, reopened,
 * merged) on every report, so it is right on the first report and needs no stored state.
 */

/** One story's history: when it was created and when it became done or not done again. */
export interface StoryHistory {
  createdAt: string;
  /** Done/not-done changes in any order; the latest at or before a day's end holds that day. */
  changes: { at: string; done: boolean }[];
}

export interface BurnupDay {
  /** `YYYY-MM-DD` in the report's time zone. */
  day: string;
  done: number;
  total: number;
}

/** At most this many points on the chart: longer epics are drawn one point every few days. */
export const MAX_POINTS = 60;
/** At most this many days are walked (an epic over ten years old is drawn from ten years back). */
const MAX_DAYS = 3660;
const DAY_MS = 86_400_000;

/** The calendar days from `start` to `today` (both `YYYY-MM-DD`), at most MAX_DAYS of the latest. */
export function daysBetween(start: string, today: string): string[] {
  const first = Date.parse(`${start}T00:00:00Z`);
  const last = Date.parse(`${today}T00:00:00Z`);
  if (Number.isNaN(first) || Number.isNaN(last) || first > last) return [today];
  const from = Math.max(first, last - (MAX_DAYS - 1) * DAY_MS);
  const days: string[] = [];
  for (let t = from; t <= last; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

function dayOf(iso: string, timeZone: string): string | undefined {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : dayIn(new Date(t), timeZone);
}

/**
 * Done and total stories at the end of each day from the epic's start to today. A story counts
 * in the total from the day it was created; it is done on a day when its latest change up to
 * that day's end made it done.
 */
export function burnup(stories: StoryHistory[], start: string, today: string, timeZone: string): BurnupDay[] {
  const days = daysBetween(start, today);
  const index = new Map(days.map((d, i) => [d, i]));
  const clampDay = (day: string | undefined) =>
    day === undefined ? undefined : day < days[0]! ? 0 : (index.get(day) ?? (day > today ? days.length : 0));
  const total = new Array<number>(days.length + 1).fill(0);
  const done = new Array<number>(days.length + 1).fill(0);
  for (const story of stories) {
    const created = clampDay(dayOf(story.createdAt, timeZone)) ?? 0;
    total[created]! += 1;
    const changes = story.changes
      .map((c) => ({ t: Date.parse(c.at), done: c.done, day: clampDay(dayOf(c.at, timeZone)) }))
      .filter((c): c is { t: number; done: boolean; day: number } => c.day !== undefined)
      .sort((a, b) => a.t - b.t);
    let wasDone = false;
    for (const change of changes) {
      if (change.done === wasDone) continue;
      done[change.day]! += change.done ? 1 : -1;
      wasDone = change.done;
    }
  }
  const out: BurnupDay[] = [];
  let d = 0;
  let t = 0;
  for (let i = 0; i < days.length; i++) {
    d += done[i]!;
    t += total[i]!;
    out.push({ day: days[i]!, done: Math.max(0, Math.min(d, t)), total: t });
  }
  return out;
}

/** Stories done on each day (a reopen takes one back; a day never counts below zero). */
export function throughput(series: BurnupDay[]): number[] {
  return series.map((s, i) => Math.max(0, s.done - (i === 0 ? 0 : series[i - 1]!.done)));
}

/** Every n-th day (always the last), so the chart keeps at most MAX_POINTS points. */
export function sample(series: BurnupDay[]): BurnupDay[] {
  if (series.length <= MAX_POINTS) return series;
  const step = Math.ceil(series.length / MAX_POINTS);
  const kept = series.filter((_, i) => (series.length - 1 - i) % step === 0);
  return kept;
}

/**
 * The chart as a Mermaid `xychart-beta` block (GitHub renders Mermaid in comments and job
 * summaries): bars are the stories done, the line the stories in scope. Only dates and numbers
 * go into it, never text from an issue.
 */
export function burnupChart(series: BurnupDay[], epic: number): string {
  const points = sample(series);
  const top = Math.max(1, ...points.map((p) => p.total));
  return [
    '```mermaid',
    'xychart-beta',
    `  title "Burn-up of #${epic}: stories done (bars) and in scope (line)"`,
    `  x-axis [${points.map((p) => `"${shortDay(p.day)}"`).join(', ')}]`,
    `  y-axis "Stories" 0 --> ${top}`,
    `  bar [${points.map((p) => p.done).join(', ')}]`,
    `  line [${points.map((p) => p.total).join(', ')}]`,
    '```'
  ].join('\n');
}
