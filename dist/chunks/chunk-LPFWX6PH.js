
// src/core/duration.ts
var SECOND = 1e3;
var MINUTE = 60 * SECOND;
var HOUR = 60 * MINUTE;
var DAY = 24 * HOUR;
var WEEK = 7 * DAY;
var UNITS = {
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
var UNIT = "(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)";
var NUMBER = "(\\d+(?:\\.\\d+)?)";
var COMPACT = new RegExp(`^(?:${NUMBER}${UNIT})+$`, "i");
var COMPACT_PART = new RegExp(`${NUMBER}${UNIT}`, "gi");
var DURATION_PATTERN = "^\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\\s*)+$";
function parseDuration(text) {
  const compact = text.trim().replace(/\s+/g, "");
  if (!compact || !COMPACT.test(compact)) return void 0;
  let total = 0;
  for (const match of compact.matchAll(COMPACT_PART)) total += Number(match[1]) * UNITS[match[2].toLowerCase()];
  return total > 0 ? Math.round(total) : void 0;
}
var PHRASE = new RegExp(`${NUMBER}(?:\\s*${UNIT})?(?:\\s*(?:-|\u2013|\u2014|to)\\s*${NUMBER})?\\s*${UNIT}\\b`, "iy");
var LEAD = /[\s~≈<>=]*(?:(?:about|approx\.?|approximately|up to|max(?:imum)?|within)[\s~≈<>=]*)?/iy;
var JOIN = /[\s,]*(?:and\s*)?/iy;
var TILDE_RANGE = /(\d)\s*[~～]\s*(?=\d)/g;
var ALTERNATIVE = /^\s*(?:\/|\||or\b)\s*[~≈]?\s*\d/i;
function at(re, text, index) {
  re.lastIndex = index;
  return re.exec(text);
}
function parseDurationPhrase(text) {
  const direct = parseDuration(text);
  if (direct !== void 0) return direct;
  const value = text.replace(TILDE_RANGE, "$1-").replace(/[*_`~]/g, " ").trim();
  let total = 0;
  let position = at(LEAD, value, 0)[0].length;
  let end = -1;
  for (let match = at(PHRASE, value, position); match; match = at(PHRASE, value, position)) {
    const [, first, firstUnit, second, unit] = match;
    const upper = Number(second ?? first) * UNITS[unit.toLowerCase()];
    const lower = firstUnit ? Number(first) * UNITS[firstUnit.toLowerCase()] : 0;
    total += Math.max(lower, upper);
    end = position + match[0].length;
    position = end + at(JOIN, value, end)[0].length;
  }
  if (end >= 0 && ALTERNATIVE.test(value.slice(end))) return void 0;
  return total > 0 ? Math.round(total) : void 0;
}
function formatDuration(ms) {
  const sign = ms < 0 ? "-" : "";
  let rest = Math.abs(Math.round(ms));
  if (rest < MINUTE) return `${sign}${Math.floor(rest / SECOND)} s`;
  const parts = [];
  for (const [size, name] of [
    [WEEK, "w"],
    [DAY, "d"],
    [HOUR, "h"],
    [MINUTE, "min"]
  ]) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0 || parts.length > 0) parts.push(`${count} ${name}`);
    if (parts.length === 2) break;
  }
  return sign + parts.filter((p) => !p.startsWith("0 ")).join(" ");
}
function formatAllowance(ms) {
  return ms % HOUR === 0 && ms < 10 * WEEK ? `${ms / HOUR} h` : formatDuration(ms);
}
function dayIn(now, timeZone) {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit"
  }).formatToParts(now);
  const get = (type) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

export {
  DURATION_PATTERN,
  parseDuration,
  parseDurationPhrase,
  formatDuration,
  formatAllowance,
  dayIn
};
