
// src/core/plan.ts
function opIssue(op) {
  return "issue" in op ? op.issue : void 0;
}
function hexColor(color) {
  return color.replace(/^#/, "").toLowerCase();
}
function describeOp(op) {
  switch (op.kind) {
    case "create-label":
      return `create label "${op.name}" (#${hexColor(op.color)})`;
    case "update-label":
      return `update label "${op.name}" (#${hexColor(op.color)}, "${op.description}")`;
    case "set-body":
      return `update the body of #${op.issue}`;
    case "add-labels":
      return `add label${op.labels.length > 1 ? "s" : ""} ${op.labels.map((l) => `"${l}"`).join(", ")} to #${op.issue}`;
    case "remove-label":
      return `remove label "${op.label}" from #${op.issue}`;
    case "upsert-comment":
      return `${op.create === false ? "update" : "create or update"} comment ${op.marker.replace(/<!--\s*|\s*-->/g, "")} on #${op.issue}`;
    case "set-issue-state":
      return `${op.state === "closed" ? "close" : "reopen"} #${op.issue}`;
    case "check-run":
      return `check run "${op.name}" on ${op.headSha.slice(0, 7)}: ${op.conclusion}, ${op.annotations.length} annotation(s)`;
    case "set-issue-field":
      return `set field "${op.field}" of #${op.issue} to "${op.value}"`;
    case "project-status":
      return `post status ${op.status} to project ${op.project}`;
  }
}

// src/apply/labels.ts
var LOOKED_UP_LABEL_FRAGMENT = (
  /* GraphQL */
  `
  fragment LookedUpLabel on Label {
    name
    color
    description
  }
`
);
function labelLookupQuery(count) {
  const vars = Array.from({ length: count }, (_, i) => `$n${i}: String!`).join(", ");
  const fields = Array.from(
    { length: count },
    (_, i) => `l${i}: label(name: $n${i}) { ...LookedUpLabel } s${i}: labels(first: 100, query: $n${i}) { nodes { ...LookedUpLabel } }`
  ).join(" ");
  const query = `query LabelLookup($owner: String!, $name: String!${count ? ", " + vars : ""}) { repository(owner: $owner, name: $name) { ${fields || "id"} } }`;
  return count ? `${query}
${LOOKED_UP_LABEL_FRAGMENT}` : query;
}
async function lookupLabels(github, repo, names) {
  const found = /* @__PURE__ */ new Map();
  for (let start = 0; start < names.length; start += 50) {
    const chunk = names.slice(start, start + 50);
    const variables = { owner: repo.owner, name: repo.repo };
    chunk.forEach((n, i) => variables[`n${i}`] = n);
    const data = await github.graphql(labelLookupQuery(chunk.length), variables);
    chunk.forEach((n, i) => {
      const same = (l) => !!l && l.name.toLowerCase() === n.toLowerCase();
      const exact = data.repository[`l${i}`];
      const searched = data.repository[`s${i}`]?.nodes ?? [];
      found.set(n.toLowerCase(), (same(exact) ? exact : searched.find(same)) ?? null);
    });
  }
  return found;
}
async function labelAsSpelled(github, repo, name) {
  return (await lookupLabels(github, repo, [name])).get(name.toLowerCase())?.name;
}

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
  lookupLabels,
  labelAsSpelled,
  DURATION_PATTERN,
  parseDuration,
  parseDurationPhrase,
  formatDuration,
  formatAllowance,
  dayIn,
  opIssue,
  hexColor,
  describeOp
};
