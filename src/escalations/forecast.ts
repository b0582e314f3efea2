import type { Forecast } from '../checklist/outlook';

/**
 * When an epic will finish, from its own daily throughput: a Monte Carlo simulation that
 * draws each future day's throughput from the days already seen, many times over, and reads
 * the finish dates at 50% and 85% confidence. Pure and deterministic: the random draws come
 * from a generator seeded by the inputs, so the same history always gives the same forecast
 * (a report re-run on the same day changes nothing).
 */

export interface ForecastInput {
  /** Stories done on each day of the epic so far, oldest first, today last. */
  throughput: number[];
  /** Stories not done yet. */
  remaining: number;
  /** `YYYY-MM-DD`: the forecast counts whole days from here. */
  today: string;
  /** Simulated futures (default 2,000). */
  trials?: number;
}

/** Fewer days than this and the forecast says so instead of guessing. */
export const MIN_HISTORY_DAYS = 3;
/** A simulated future longer than this is cut short (and the forecast says "beyond"). */
export const HORIZON_DAYS = 3650;
const DEFAULT_TRIALS = 2000;
/** Only the latest days count: a team's pace a year ago says little about next week. */
const WINDOW_DAYS = 90;

/** mulberry32: small, fast and good enough to draw days; seeded so results repeat. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(input: { throughput: number[]; remaining: number; today: string }): number {
  const text = `${input.today}|${input.remaining}|${input.throughput.join(',')}`;
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** `YYYY-MM-DD` plus whole days. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The smallest simulated duration that at least `p` of the futures finish within. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

/** Days one simulated future takes to finish `remaining` stories, or Infinity past the horizon. */
function simulate(history: number[], remaining: number, random: () => number): number {
  let left = remaining;
  for (let day = 1; day <= HORIZON_DAYS; day++) {
    left -= history[Math.floor(random() * history.length)]!;
    if (left <= 0) return day;
  }
  return Infinity;
}

/** The finish dates at 50% and 85% confidence (P50 never after P85), or why there are none. */
export function forecast(input: ForecastInput): Forecast {
  const days = input.throughput.length;
  if (input.remaining <= 0) return { kind: 'done' };
  if (days < MIN_HISTORY_DAYS) return { kind: 'not-enough-history', days };
  const history = input.throughput.slice(-WINDOW_DAYS).map((n) => (Number.isFinite(n) && n > 0 ? Math.floor(n) : 0));
  if (!history.some((n) => n > 0)) return { kind: 'no-throughput', days };
  const random = generator(seedOf(input));
  const trials = Math.max(1, Math.floor(input.trials ?? DEFAULT_TRIALS));
  const results: number[] = [];
  for (let i = 0; i < trials; i++) results.push(simulate(history, input.remaining, random));
  results.sort((a, b) => a - b);
  const p50 = percentile(results, 0.5);
  const p85 = percentile(results, 0.85);
  if (!Number.isFinite(p85)) return { kind: 'beyond', days, horizon: HORIZON_DAYS };
  return { kind: 'forecast', days, p50: addDays(input.today, p50), p85: addDays(input.today, p85) };
}
