/**
 * Durations as people write them in config (`30m`, `6h`, `2d`, `1w`, `1d12h`) and in issue
 * bodies (`12-24 hours`, `2 hours`, `1.5 days`, `45 minutes`, `1 hour 30 minutes`), in
 * milliseconds. Pure: escalation deadlines are computed from these and an injected clock.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

const UNITS: Record<string, number> = {
  s: SECOND,
  sec: SECOND,
  secs: SECOND,
  second: SECOND,
  seconds: SECOND,
  m: MINUTE,
  min: MINUTE,
  mins: MINUTE,
  minute: MINUTE,
  minutes: MINUTE,
  h: HOUR,
  hr: HOUR,
  hrs: HOUR,
  hour: HOUR,
  hours: HOUR,
  d: DAY,
  day: DAY,
  days: DAY,
  w: WEEK,
  wk: WEEK,
  wks: WEEK,
  week: WEEK,
  weeks: WEEK
};

const UNIT = '(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)';
const NUMBER = '(\\d+(?:\\.\\d+)?)';
// `1d12h`, `90s`, `1.5h`: the compact form config files use (no spaces, at least one part).
const COMPACT = new RegExp(`^(?:${NUMBER}${UNIT})+$`, 'i');
const COMPACT_PART = new RegExp(`${NUMBER}${UNIT}`, 'gi');

/** The pattern a config value must match (for JSON Schema `pattern`): the compact form. */
export const DURATION_PATTERN =
  '^\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\\s*)+$';

/**
 * Parses a config duration: `30m`, `6h`, `2d`, `1w`, `90s`, `1d12h`, also with spaces
 * (`1d 12h`, `2 hours`). Returns milliseconds, or undefined when it is not a duration.
 */
export function parseDuration(text: string): number | undefined {
  const compact = text.trim().replace(/\s+/g, '');
  if (!compact || !COMPACT.test(compact)) return undefined;
  let total = 0;
  for (const match of compact.matchAll(COMPACT_PART)) total += Number(match[1]) * UNITS[match[2]!.toLowerCase()]!;
  return total > 0 ? Math.round(total) : undefined;
}

// One amount with its unit in prose: `2 hours`, `1.5 days`, `12-24 hours`, `2 to 3 days`, `~45 min`.
// A range's unit is usually written once, after the upper bound, so both bounds share it; when
// each bound has its own (`12h-24h`, `12 hours - 2 days`) the larger one is the upper bound.
const PHRASE = new RegExp(`${NUMBER}(?:\\s*${UNIT})?(?:\\s*(?:-|–|—|to)\\s*${NUMBER})?\\s*${UNIT}\\b`, 'iy');
// What may come before the first amount (`~2 hours`, `about 3 hours`, `< 24 hours`), and between
// two amounts that add up (`1 hour 30 minutes`, `1 day and 6 hours`).
const LEAD = /[\s~≈<>=]*(?:(?:about|approx\.?|approximately|up to|max(?:imum)?|within)[\s~≈<>=]*)?/iy;
const JOIN = /[\s,]*(?:and\s*)?/iy;
// A range written with a tilde (`12~24 hours`, common in East Asian writing): the tilde is
// otherwise read as "about" (`~2 hours`) or strikethrough, and dropped.
const TILDE_RANGE = /(\d)\s*[~～]\s*(?=\d)/g;
// Alternatives after the amount (`2-4 hours / 1 day / 2-3 days`, `2h or 1d`) are a template's
// options, not an estimate: reading the first would be a guess.
const ALTERNATIVE = /^\s*(?:\/|\||or\b)\s*[~≈]?\s*\d/i;

/** Matches `re` (sticky) at `index`: the match, or null. */
function at(re: RegExp, text: string, index: number): RegExpExecArray | null {
  re.lastIndex = index;
  return re.exec(text);
}

/**
 * Reads a duration from body text such as `12-24 hours` (the upper bound: the time box people
 * agreed to; an estimate given as a range counts as its upper bound too, so the overrun is
 * measured against the most that was promised), `2 hours`, `1.5 days`, `45 minutes`,
 * `1 hour 30 minutes` or `1d12h`. Only the leading run of amounts counts, so
 * `2 hours after all fixes, then 1 day` reads as 2 hours; prose without a leading amount
 * (`half a day`, `by Friday`) reads as nothing. Amounts are matched only where they may start
 * (sticky), never searched for: a long run of digits costs linear time, not quadratic.
 */
export function parseDurationPhrase(text: string): number | undefined {
  const direct = parseDuration(text);
  if (direct !== undefined) return direct;
  const value = text
    .replace(TILDE_RANGE, '$1-')
    .replace(/[*_`~]/g, ' ')
    .trim();
  let total = 0;
  let position = at(LEAD, value, 0)![0].length;
  let end = -1;
  for (let match = at(PHRASE, value, position); match; match = at(PHRASE, value, position)) {
    const [, first, firstUnit, second, unit] = match;
    const upper = Number(second ?? first) * UNITS[unit!.toLowerCase()]!;
    const lower = firstUnit ? Number(first) * UNITS[firstUnit.toLowerCase()]! : 0;
    total += Math.max(lower, upper);
    end = position + match[0].length;
    position = end + at(JOIN, value, end)![0].length;
  }
  if (end >= 0 && ALTERNATIVE.test(value.slice(end))) return undefined;
  return total > 0 ? Math.round(total) : undefined;
}

/**
 * A duration for people: the two largest non-zero units, e.g. `2 d 1 h`, `3 h 1 min`,
 * `45 min`, `30 s`. Rounds down to the minute above one hour (seconds there are noise).
 */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  let rest = Math.abs(Math.round(ms));
  if (rest < MINUTE) return `${sign}${Math.floor(rest / SECOND)} s`;
  const parts: string[] = [];
  for (const [size, name] of [
    [WEEK, 'w'],
    [DAY, 'd'],
    [HOUR, 'h'],
    [MINUTE, 'min']
  ] as const) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0 || parts.length > 0) parts.push(`${count} ${name}`);
    if (parts.length === 2) break;
  }
  return sign + parts.filter((p) => !p.startsWith('0 ')).join(' ');
}

/** Whole hours when exact (`48 h`), else formatDuration: config values read back as written. */
export function formatAllowance(ms: number): string {
  return ms % HOUR === 0 && ms < 10 * WEEK ? `${ms / HOUR} h` : formatDuration(ms);
}

export const MS = { SECOND, MINUTE, HOUR, DAY, WEEK } as const;

/** The local calendar day in an IANA time zone, `YYYY-MM-DD`. */
export function dayIn(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit'
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
