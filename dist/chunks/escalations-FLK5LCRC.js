import {
  GraphqlError,
  GraphqlIncompleteError,
  LIMIT_ERRORS
} from "./chunk-4AJW5KZ2.js";
import {
  describeOp,
  labelAsSpelled
} from "./chunk-KNO7FME4.js";
import {
  wants,
  workOf
} from "./chunk-H4XTA2PO.js";
import "./chunk-EZ5FSSUK.js";
import {
  fieldNamed,
  issueFieldValue,
  orgIssueFields
} from "./chunk-MHLHPNAH.js";
import {
  COMMENT_MARKER,
  planConversation,
  splitConversation
} from "./chunk-EKELVDFG.js";
import {
  findComment,
  isOwn,
  isOwnComment,
  ownIdentity
} from "./chunk-5P4DI77Q.js";
import "./chunk-Q4KVXVOF.js";
import {
  burnup,
  burnupChart,
  escalationMarker,
  evaluateTime,
  formatTime,
  gateFigures,
  isTimeKey,
  keyOfBody,
  mentions,
  outlookLine,
  percent,
  planReport,
  readReport,
  readState,
  reconcileEpic,
  reminderMarker,
  renderOpen,
  renderReminder,
  renderResolved,
  targetOf,
  thresholdFinding,
  thresholdTargets,
  throughput,
  verdictOf as verdictOf2
} from "./chunk-YBEXHMJQ.js";
import {
  dayIn,
  formatAllowance,
  parseDuration
} from "./chunk-LPFWX6PH.js";
import {
  childStateOfNode,
  countedChildren,
  formatRef,
  isDone,
  isLeftOut,
  labelNames,
  parseBody,
  refKey,
  repoOf,
  sameRepo,
  subIssueWarning,
  verdictOf
} from "./chunk-J5YPLQRL.js";
import "./chunk-HVLJS4VM.js";
import {
  stripSource
} from "./chunk-KIPNBDTE.js";
import {
  inert
} from "./chunk-7F23CJCA.js";
import "./chunk-ICBU4LL7.js";

// src/escalations/queries.ts
var SWEEP_QUERY = (
  /* GraphQL */
  `
  query EscalationSweep($owner: String!, $name: String!, $states: [IssueState!], $labels: [String!], $after: String) {
    repository(owner: $owner, name: $name) {
      issues(
        first: 100
        after: $after
        states: $states
        labels: $labels
        orderBy: { field: CREATED_AT, direction: ASC }
      ) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          number
          title
          body
          state
          createdAt
          labels(first: 100) {
            nodes {
              name
            }
          }
          assignees(first: 1) {
            totalCount
          }
          early: timelineItems(first: 10, itemTypes: [LABELED_EVENT, ASSIGNED_EVENT]) {
            totalCount
            nodes {
              ...Event
            }
          }
          late: timelineItems(last: 40, itemTypes: [LABELED_EVENT, ASSIGNED_EVENT]) {
            nodes {
              ...Event
            }
          }
        }
      }
    }
  }
  fragment Event on IssueTimelineItems {
    __typename
    ... on LabeledEvent {
      createdAt
      label {
        name
      }
    }
    ... on AssignedEvent {
      createdAt
    }
  }
`
);
var COMMENTS_BY_ID_QUERY = (
  /* GraphQL */
  `
  query EscalationComments($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ... on Issue {
        number
        comments(last: 50) {
          totalCount
          nodes {
            databaseId
            body
            author {
              __typename
              login
            }
          }
        }
      }
      ... on PullRequest {
        number
        comments(last: 50) {
          totalCount
          nodes {
            databaseId
            body
            author {
              __typename
              login
            }
          }
        }
      }
    }
  }
`
);
var ISSUE_QUERY = (
  /* GraphQL */
  `
  query EscalationIssue($owner: String!, $name: String!, $number: Int!) {
    repository(owner: $owner, name: $name) {
      issueOrPullRequest(number: $number) {
        __typename
        ... on Issue {
          id
          number
          title
          body
          issueState: state
          createdAt
          labels(first: 100) {
            nodes {
              name
            }
          }
          assignees(first: 1) {
            totalCount
          }
          early: timelineItems(first: 10, itemTypes: [LABELED_EVENT, ASSIGNED_EVENT]) {
            totalCount
            nodes {
              ...Event
            }
          }
          late: timelineItems(last: 40, itemTypes: [LABELED_EVENT, ASSIGNED_EVENT]) {
            nodes {
              ...Event
            }
          }
          comments(last: 50) {
            totalCount
            nodes {
              databaseId
              body
              author {
                __typename
                login
              }
            }
          }
        }
        ... on PullRequest {
          id
          number
          title
          pullState: state
          labels(first: 100) {
            nodes {
              name
            }
          }
          comments(last: 50) {
            totalCount
            nodes {
              databaseId
              body
              author {
                __typename
                login
              }
            }
          }
        }
      }
    }
  }
  fragment Event on IssueTimelineItems {
    __typename
    ... on LabeledEvent {
      createdAt
      label {
        name
      }
    }
    ... on AssignedEvent {
      createdAt
    }
  }
`
);
var REPORT_EPICS_QUERY = (
  /* GraphQL */
  `
  query EscalationReportEpics($owner: String!, $name: String!, $labels: [String!], $after: String) {
    repository(owner: $owner, name: $name) {
      issues(
        first: 25
        after: $after
        states: [OPEN]
        labels: $labels
        orderBy: { field: CREATED_AT, direction: ASC }
      ) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          number
          title
          body
          createdAt
          milestone {
            title
            dueOn
          }
          labels(first: 100) {
            nodes {
              name
            }
          }
          comments(last: 50) {
            totalCount
            nodes {
              databaseId
              body
              author {
                __typename
                login
              }
            }
          }
        }
      }
    }
  }
`
);
function subIssuesQuery(numbers) {
  const fields = numbers.filter((n) => Number.isInteger(n) && n > 0).map(
    (n) => `e${n}: issue(number: ${n}) { subIssuesSummary { total } subIssues(first: 100) { nodes { number repository { nameWithOwner } } } }`
  );
  return `query EscalationSubIssues($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { ${fields.join(" ") || "id"} } }`;
}
var CHILD_STATE_FIELDS = `__typename ... on Issue { issueState: state stateReason createdAt closedAt labels(first: 100) { nodes { name } } history: timelineItems(last: 20, itemTypes: [CLOSED_EVENT, REOPENED_EVENT]) { nodes { __typename ... on ClosedEvent { createdAt } ... on ReopenedEvent { createdAt } } } } ... on PullRequest { pullState: state merged createdAt mergedAt labels(first: 100) { nodes { name } } }`;
var NAME = /^[A-Za-z0-9._-]{1,100}$/;
function childStatesQuery(refs) {
  const byRepo = /* @__PURE__ */ new Map();
  for (const ref of refs) {
    if (!NAME.test(ref.owner) || !NAME.test(ref.repo) || !Number.isInteger(ref.number) || ref.number < 1) continue;
    const key = `${ref.owner.toLowerCase()}/${ref.repo.toLowerCase()}`;
    if (!byRepo.has(key)) byRepo.set(key, { owner: ref.owner, repo: ref.repo, numbers: /* @__PURE__ */ new Set() });
    byRepo.get(key).numbers.add(ref.number);
  }
  const paths = /* @__PURE__ */ new Map();
  const parts = [];
  let r = 0;
  for (const [key, entry] of byRepo) {
    const alias = `r${r++}`;
    const fields = [...entry.numbers].map((n) => {
      paths.set(`${key}#${n}`, `${alias}.i${n}`);
      return `i${n}: issueOrPullRequest(number: ${n}) { ${CHILD_STATE_FIELDS} }`;
    });
    parts.push(
      `${alias}: repository(owner: ${JSON.stringify(entry.owner)}, name: ${JSON.stringify(entry.repo)}) { ${fields.join(" ")} }`
    );
  }
  return { query: `query EscalationChildStates { ${parts.join(" ") || "__typename"} }`, paths };
}

// src/escalations/forecast.ts
var MIN_HISTORY_DAYS = 3;
var HORIZON_DAYS = 3650;
var DEFAULT_TRIALS = 2e3;
var WINDOW_DAYS = 90;
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function seedOf(input) {
  const text = `${input.today}|${input.remaining}|${input.throughput.join(",")}`;
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
function addDays(day, days) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 864e5).toISOString().slice(0, 10);
}
function percentile(sorted, p) {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}
function simulate(history, remaining, random) {
  let left = remaining;
  for (let day = 1; day <= HORIZON_DAYS; day++) {
    left -= history[Math.floor(random() * history.length)];
    if (left <= 0) return day;
  }
  return Infinity;
}
function forecast(input) {
  const days = input.throughput.length;
  if (input.remaining <= 0) return { kind: "done" };
  if (days < MIN_HISTORY_DAYS) return { kind: "not-enough-history", days };
  const history = input.throughput.slice(-WINDOW_DAYS).map((n) => Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);
  if (!history.some((n) => n > 0)) return { kind: "no-throughput", days };
  const random = generator(seedOf(input));
  const trials = Math.max(1, Math.floor(input.trials ?? DEFAULT_TRIALS));
  const results = [];
  for (let i = 0; i < trials; i++) results.push(simulate(history, input.remaining, random));
  results.sort((a, b) => a - b);
  const p50 = percentile(results, 0.5);
  const p85 = percentile(results, 0.85);
  if (!Number.isFinite(p85)) return { kind: "beyond", days, horizon: HORIZON_DAYS };
  return { kind: "forecast", days, p50: addDays(input.today, p50), p85: addDays(input.today, p85) };
}

// src/escalations/blocked.ts
var MAX_DETAILED = 100;
var TIMELINE_PAGES = 10;
function isBlockedKey(key) {
  return key.startsWith("blocked:");
}
var unblockedMarker = (issue, since) => `<!-- epic-steward:unblocked:#${issue}:${since} -->`;
var walks = /* @__PURE__ */ new WeakMap();
function dependentIssues(github, repo) {
  let byRepo = walks.get(github);
  if (!byRepo) walks.set(github, byRepo = /* @__PURE__ */ new Map());
  const key = `${repo.owner}/${repo.repo}`.toLowerCase();
  let walk = byRepo.get(key);
  if (!walk) {
    walk = github.paginate("GET /repos/{owner}/{repo}/issues", { ...repo, state: "open", per_page: 100 }).then(
      (issues) => issues.filter((i) => !i.pull_request && (i.issue_dependencies_summary?.total_blocked_by ?? 0) > 0).map((i) => ({
        number: i.number,
        title: i.title,
        createdAt: i.created_at,
        openBlockers: i.issue_dependencies_summary?.blocked_by ?? 0
      }))
    );
    byRepo.set(key, walk);
  }
  return walk;
}
function repoOfIssue(issue) {
  return (issue.repository?.full_name ?? issue.repository_url?.replace(/^.*\/repos\//, "") ?? "").toLowerCase();
}
async function readBlockers(github, repo, number) {
  const { data } = await github.request(
    "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by",
    { ...repo, issue_number: number, per_page: 100 }
  );
  const here = `${repo.owner}/${repo.repo}`.toLowerCase();
  return data.map((b) => {
    const where = repoOfIssue(b) || here;
    return {
      ref: where === here ? `#${b.number}` : `${where}#${b.number}`,
      title: b.title,
      open: b.state === "open",
      closedAt: b.closed_at ?? null,
      repo: where,
      number: b.number
    };
  });
}
async function readTimeline(github, repo, number) {
  let pages = 0;
  const raw = await github.paginate(
    "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline",
    { ...repo, issue_number: number, per_page: 100 },
    () => ++pages >= TIMELINE_PAGES
  );
  const items = raw.filter((i) => typeof i.created_at === "string").map((i) => ({
    event: i.event ?? "",
    at: i.created_at,
    actor: i.actor ?? i.user ?? null,
    ...i.blocked_by ? {
      blockedBy: {
        repo: (i.blocked_by.repository?.full_name ?? `${repo.owner}/${repo.repo}`).toLowerCase(),
        number: i.blocked_by.number
      }
    } : {},
    ...typeof i.body === "string" ? { body: i.body } : {}
  }));
  return { items, complete: pages < TIMELINE_PAGES };
}
function blockedSince(input) {
  const times = input.blockers.filter((b) => b.open).map((b) => {
    const added = input.timeline.items.filter(
      (i) => i.event === "blocked_by_added" && i.blockedBy?.number === b.number && i.blockedBy.repo === b.repo
    ).map((i) => Date.parse(i.at));
    return added.length ? Math.max(...added) : void 0;
  });
  if (times.length === 0 || times.some((t) => t === void 0)) return void 0;
  return Math.min(...times);
}
function blockerList(blockers) {
  return blockers.map((b) => `${b.ref} ${inert(b.title, { max: 80 })}`).join(", ");
}
function blockedFinding(input, since, after, config) {
  const ref = `#${input.issue.number}`;
  const open = input.blockers.filter((b) => b.open);
  return {
    key: `blocked:${ref}`,
    trigger: "blocked",
    issue: input.issue.number,
    headline: `${ref} has been blocked for longer than ${formatAllowance(after)}`,
    why: `${ref} has had an open blocker for longer than ${formatAllowance(after)}.`,
    facts: [
      ["Issue", `${ref} ${inert(input.issue.title, { max: 120 })}`],
      ["Blocked by", blockerList(open)],
      ["Blocked since", formatTime(new Date(since))],
      ["Allowed", formatAllowance(after)],
      ["Deadline", formatTime(new Date(since + after))]
    ],
    start: new Date(since),
    mention: [...config.mention, ...config.stuck.mention]
  };
}
function unblockedNudge(input, after, now, mention = []) {
  const closed = input.blockers.map((b) => Date.parse(b.closedAt ?? ""));
  if (input.blockers.length === 0 || input.blockers.some((b) => b.open) || closed.some(Number.isNaN)) return void 0;
  const since = Math.max(...closed);
  if (now.getTime() <= since + after) return void 0;
  const foreign = input.timeline.items.some((i) => Date.parse(i.at) > since && !isOwn(input.self, i.actor));
  const sinceIso = new Date(since).toISOString();
  const marker = unblockedMarker(input.issue.number, sinceIso);
  const posted = input.timeline.items.some((i) => i.body?.startsWith(marker) && isOwn(input.self, i.actor));
  if (foreign || posted || !input.timeline.complete) return void 0;
  const who = mentions(mention);
  const body = [
    marker,
    `### Unblocked: #${input.issue.number} can move again`,
    "",
    `Every issue blocking #${input.issue.number} is closed (${blockerList(input.blockers)}), the last on ${formatTime(new Date(since))}, and nothing has happened here since.`,
    ...who ? ["", who] : [],
    "",
    "<sub>Epic Steward posts this once per unblocking.</sub>"
  ].join("\n");
  return {
    kind: "upsert-comment",
    issue: input.issue.number,
    marker,
    body,
    why: `unblocked for longer than ${formatAllowance(after)} with no activity`,
    absent: true
  };
}
async function readBlocked(github, repo, config, now) {
  const result = { findings: /* @__PURE__ */ new Map(), nudges: [], notes: [] };
  const after = parseDuration(config.stuck["blocked-by"].after);
  if (after === void 0 || !config.stuck.enabled) return result;
  const dependent = (await dependentIssues(github, repo)).filter(
    (i) => now.getTime() - Date.parse(i.createdAt) > after
  );
  if (dependent.length > MAX_DETAILED)
    result.notes.push(
      `${dependent.length} issues have blockers; the first ${MAX_DETAILED} were checked (the next sweep checks the same ones first).`
    );
  const self = await ownIdentity(github);
  for (const issue of dependent.slice(0, MAX_DETAILED)) {
    const blockers = await readBlockers(github, repo, issue.number);
    if (blockers.length === 0) continue;
    const input = {
      repo,
      issue,
      blockers,
      timeline: await readTimeline(github, repo, issue.number),
      self
    };
    if (blockers.some((b) => b.open)) {
      const since = blockedSince(input);
      if (since === void 0)
        result.notes.push(`#${issue.number}: since when it is blocked is not in its timeline; not escalated.`);
      else if (now.getTime() > since + after)
        result.findings.set(issue.number, [blockedFinding(input, since, after, config)]);
      continue;
    }
    const nudge = unblockedNudge(input, after, now, [...config.mention, ...config.stuck.mention]);
    if (nudge) result.nudges.push(nudge);
  }
  return result;
}
async function blockedStories(github, repo) {
  const found = /* @__PURE__ */ new Map();
  const blocked = (await dependentIssues(github, repo)).filter((i) => i.openBlockers > 0).slice(0, MAX_DETAILED);
  for (const issue of blocked) {
    const open = (await readBlockers(github, repo, issue.number)).filter((b) => b.open);
    if (open.length) found.set(issue.number, blockerList(open));
  }
  return found;
}
function blockedReportLine(open, blocked) {
  const lines = open.flatMap((ref) => {
    const m = /^#(\d+)$/.exec(ref);
    const by = m ? blocked.get(Number(m[1])) : void 0;
    return by ? [`${ref} by ${by}`] : [];
  });
  return lines.length ? `**Blocked** ${lines.join(" \xB7 ")}` : void 0;
}

// src/escalations/project.ts
var ORG_PROJECT_QUERY = (
  /* GraphQL */
  `
  query EpicProjectOfOrganization($owner: String!, $number: Int!) {
    organization(login: $owner) {
      projectV2(number: $number) {
        id
        statusUpdates(first: 1, orderBy: { field: CREATED_AT, direction: DESC }) {
          nodes {
            status
            createdAt
          }
        }
      }
    }
  }
`
);
var USER_PROJECT_QUERY = (
  /* GraphQL */
  `
  query EpicProjectOfUser($owner: String!, $number: Int!) {
    user(login: $owner) {
      projectV2(number: $number) {
        id
        statusUpdates(first: 1, orderBy: { field: CREATED_AT, direction: DESC }) {
          nodes {
            status
            createdAt
          }
        }
      }
    }
  }
`
);
async function readProject(github, owner, number) {
  for (const [query, key] of [
    [ORG_PROJECT_QUERY, "organization"],
    [USER_PROJECT_QUERY, "user"]
  ]) {
    let node;
    try {
      const data = await github.graphql(query, { owner, number });
      node = data[key]?.projectV2;
    } catch (error) {
      if (!(error instanceof GraphqlError) || !error.errors.every((e) => e.type === "NOT_FOUND")) throw error;
    }
    if (node) {
      const latest = node.statusUpdates.nodes.find((n) => !!n);
      return { id: node.id, name: `${owner}/${number}`, ...latest ? { latest } : {} };
    }
  }
  return void 0;
}
var STATUS = {
  complete: "COMPLETE",
  "on-track": "ON_TRACK",
  "at-risk": "AT_RISK",
  "off-track": "OFF_TRACK"
};
var WORST = ["OFF_TRACK", "AT_RISK", "ON_TRACK", "COMPLETE"];
function projectStatus(outlooks) {
  const statuses = new Set(outlooks.map((o) => STATUS[o.verdict]));
  return WORST.find((s) => statuses.has(s));
}
function planProjectStatus(project, outlooks, today, dayOf) {
  const status = projectStatus(outlooks);
  if (!status) return void 0;
  if (project.latest?.status === status) return void 0;
  if (project.latest && dayOf(project.latest.createdAt) === today) return void 0;
  const lines = outlooks.map((o) => `- ${o.ref} ${inert(o.title, { max: 80 })}: ${o.line}`);
  const body = [`Epic Steward, daily report of ${today}:`, "", ...lines].join("\n");
  const target = outlooks.length === 1 ? outlooks[0].target : void 0;
  return {
    kind: "project-status",
    projectId: project.id,
    project: project.name,
    status,
    body,
    ...target ? { targetDate: target } : {},
    why: project.latest ? `the epics' verdict changed from ${project.latest.status ?? "none"} to ${status}` : "the first status update of the epics"
  };
}

// src/escalations/sources.ts
var EPIC_FIELDS = "number title body createdAt milestone { title dueOn } labels(first: 100) { nodes { name } } comments(last: 50) { totalCount nodes { databaseId body author { __typename login } } }";
var PER_REQUEST = 25;
async function typedEpics(github, repo, types, known) {
  const numbers = [];
  for (const type of types) {
    const typed = await github.paginate(
      "GET /repos/{owner}/{repo}/issues",
      { ...repo, state: "open", type, per_page: 100 }
    );
    for (const issue of typed)
      if (!issue.pull_request && !known.has(issue.number) && !numbers.includes(issue.number))
        numbers.push(issue.number);
  }
  const found = [];
  for (let i = 0; i < numbers.length; i += PER_REQUEST) {
    const chunk = numbers.slice(i, i + PER_REQUEST).filter((n) => Number.isInteger(n) && n > 0);
    const query = `query EscalationTypedEpics($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { ${chunk.map((n) => `e${n}: issue(number: ${n}) { ${EPIC_FIELDS} }`).join(" ")} } }`;
    const data = await github.graphql(query, {
      owner: repo.owner,
      name: repo.repo
    });
    for (const n of chunk) {
      const node = data.repository?.[`e${n}`];
      if (node) found.push(node);
    }
  }
  return found.sort((a, b) => a.number - b.number);
}
async function targetDates(github, repo, epics, note) {
  const dates = /* @__PURE__ */ new Map();
  const wanting = epics.filter((e) => !e.milestone?.dueOn);
  if (wanting.length === 0) return dates;
  const fields = await orgIssueFields(github, repo.owner);
  if (!fields.available) {
    if (fields.first)
      note(`Daily report: ${fields.reason}; target dates come from milestones and \`Timeline:\` lines.`);
    return dates;
  }
  const field = fieldNamed(fields, "Target date", "date");
  if (!field) return dates;
  for (const epic of wanting) {
    const value = await issueFieldValue(github, repo, epic.number, field.id);
    if (typeof value === "string") dates.set(epic.number, value);
  }
  return dates;
}
async function projectUpdate(github, project, outlooks, today, dayOf, warn) {
  if (!project.owner || !project.number || outlooks.length === 0) return void 0;
  try {
    const state = await readProject(github, project.owner, project.number);
    if (!state) {
      warn(
        `epics.project: project ${project.owner}/${project.number} was not found (or this token cannot read it): no status update.`
      );
      return void 0;
    }
    return planProjectStatus(state, outlooks, today, dayOf);
  } catch (error) {
    warn(
      `epics.project: project ${project.owner}/${project.number} could not be read (${error.message}): no status update.`
    );
    return void 0;
  }
}

// src/escalations/daily.ts
var STATES_PER_REQUEST = 200;
var EPICS_PER_SUB_ISSUE_READ = 25;
async function dailyReports(github, repo, serverUrl, config, gates, records, now, warn) {
  const { today, zone } = todayIn(now, config.timeZone, warn);
  const snapshot = await readDaily(github, repo, serverUrl, config, warn);
  if (!snapshot) return { ops: [], records: [], notes: [noEpics(config)], sections: [] };
  const result = planDaily(snapshot, { repo, config, gates, records, today, zone });
  const onProject = (message) => {
    warn(message);
    result.notes.push(message);
  };
  const status = await projectUpdate(
    github,
    config.project,
    result.verdicts,
    today,
    (iso) => dayIn(new Date(iso), zone),
    onProject
  );
  if (status) result.ops.push(status);
  return result;
}
function noEpics(config) {
  const types = config.types.length ? ` or of type ${config.types.map((t) => `\`${t}\``).join(", ")}` : "";
  return `Daily report: no open issue labelled \`${config.epicLabel}\`${types}.`;
}
function todayIn(now, zone, warn) {
  try {
    return { today: dayIn(now, zone), zone };
  } catch {
    warn(`escalations.report.time-zone "${zone}" is not an IANA time zone: using UTC`);
    return { today: dayIn(now, "UTC"), zone: "UTC" };
  }
}
async function readDaily(github, repo, serverUrl, config, warn) {
  const epics = await readReportEpics(github, repo, config.epicLabel);
  if (config.types.length)
    epics.push(...await typedEpics(github, repo, config.types, new Set(epics.map((e) => e.number))));
  if (epics.length === 0) return void 0;
  const notes = [];
  const targets = await targetDates(github, repo, epics, (message) => notes.push(message));
  const blocked = config.blockedBy ? await blockedStories(github, repo) : /* @__PURE__ */ new Map();
  const { subIssues, totals } = await readSubIssues(
    github,
    repo,
    epics.map((e) => e.number),
    warn
  );
  const stories = /* @__PURE__ */ new Map();
  for (const epic of epics) {
    const tasks = parseBody(epic.body ?? "", { repo, serverUrl }).tasks;
    const counted = countedChildren(tasks, subIssues.get(epic.number) ?? [], config.sections, {
      ...repo,
      number: epic.number
    });
    stories.set(epic.number, [...counted.values()]);
  }
  const all = [...new Map([...stories.values()].flat().map((r) => [refKey(r), r])).values()];
  const states = await readStoryStates(github, all);
  return { epics, stories, subIssueTotals: totals, states, self: await ownIdentity(github), targets, blocked, notes };
}
async function readReportEpics(github, repo, label) {
  const epics = [];
  const wanted = label.toLowerCase();
  const spelled = await labelAsSpelled(github, repo, label);
  let after = null;
  for (let page = 0; spelled !== void 0 && page < 200; page++) {
    const data = await github.graphql(REPORT_EPICS_QUERY, {
      owner: repo.owner,
      name: repo.repo,
      labels: [spelled],
      after
    });
    const issues = data.repository?.issues;
    if (!issues) break;
    epics.push(
      ...issues.nodes.filter((n) => !!n && labelNames(n.labels).some((l) => l.toLowerCase() === wanted))
    );
    if (!issues.pageInfo.hasNextPage || !issues.pageInfo.endCursor) break;
    after = issues.pageInfo.endCursor;
  }
  return epics;
}
async function readSubIssues(github, repo, numbers, warn) {
  const subIssues = /* @__PURE__ */ new Map();
  const totals = /* @__PURE__ */ new Map();
  for (let i = 0; i < numbers.length; i += EPICS_PER_SUB_ISSUE_READ) {
    const chunk = numbers.slice(i, i + EPICS_PER_SUB_ISSUE_READ);
    try {
      const data = await github.graphql(subIssuesQuery(chunk), { owner: repo.owner, name: repo.repo });
      for (const n of chunk) {
        const node = data.repository?.[`e${n}`];
        if (typeof node?.subIssuesSummary?.total === "number") totals.set(n, node.subIssuesSummary.total);
        subIssues.set(
          n,
          (node?.subIssues?.nodes ?? []).flatMap(
            (sub) => sub ? [{ ...repoOf(sub.repository.nameWithOwner), number: sub.number }] : []
          )
        );
      }
    } catch (error) {
      if (error instanceof GraphqlIncompleteError && error.errors.some((e) => LIMIT_ERRORS.has(e.type ?? "")))
        throw error;
      warn(
        `Daily report: native sub-issues could not be read (${error instanceof Error ? error.message : String(error)}); counting task lists only.`
      );
    }
  }
  return { subIssues, totals };
}
async function readStoryStates(github, refs) {
  const states = /* @__PURE__ */ new Map();
  for (let i = 0; i < refs.length; i += STATES_PER_REQUEST) {
    const chunk = refs.slice(i, i + STATES_PER_REQUEST);
    const { query, paths } = childStatesQuery(chunk);
    let data;
    try {
      data = await github.graphql(query);
    } catch (error) {
      const partial = error?.data;
      if (!partial) throw error;
      data = partial;
    }
    for (const ref of chunk) {
      const path = paths.get(refKey(ref));
      if (!path) continue;
      const [r, n] = path.split(".");
      states.set(refKey(ref), data[r]?.[n] ?? null);
    }
  }
  return states;
}
function planDaily(snapshot, plan) {
  const result = {
    ops: [],
    records: [],
    notes: [...snapshot.notes],
    sections: [],
    verdicts: []
  };
  const escalated = escalatedNow(plan.records, plan.repo);
  for (const epic of snapshot.epics) {
    const comments = ownReports(epic, snapshot.self);
    const latest = comments.map((c) => readReport(c.body)).filter((r) => !!r).sort((a, b) => a.date < b.date ? 1 : -1)[0];
    const { state, histories } = epicState(snapshot, epic, plan, escalated);
    const outcomes = plan.gates?.outcomes.filter((g) => g.epic === void 0 || g.epic === epic.number);
    state.gates = gateFigures(outcomes, latest?.state, plan.today);
    const outlook = outlookOf(epic, snapshot.targets.get(epic.number), histories, plan.today, plan.zone);
    if (outlook) result.sections.push(`#### Epic #${epic.number}

${outlook.stored.line}

${outlook.chart}`);
    const verdict = epicVerdict(epic, plan.repo, outlook);
    if (verdict) result.verdicts.push(verdict);
    const complete = (epic.comments?.totalCount ?? Infinity) <= (epic.comments?.nodes.length ?? 0);
    const warnings = reportWarnings(snapshot, epic.number, state.open);
    const planned = planReport({ epic: epic.number, today: plan.today, state, comments, complete, outlook, warnings });
    if (planned.op) result.ops.push(planned.op);
    const said = planned.posted === "none" ? "unchanged" : planned.posted === "new" ? "posted" : "updated";
    result.notes.push(
      `#${epic.number}: ${state.done.length}/${state.done.length + state.open.length} stories done; report ${said}.`
    );
  }
  return result;
}
function epicVerdict(epic, repo, outlook) {
  const stored = outlook?.stored;
  if (!stored?.verdict) return void 0;
  const ref = `${repo.owner}/${repo.repo}#${epic.number}`;
  return {
    ref,
    title: epic.title,
    verdict: stored.verdict,
    line: stored.line,
    ...stored.target ? { target: stored.target.day } : {}
  };
}
function reportWarnings(snapshot, epic, open) {
  const limit = subIssueWarning(snapshot.subIssueTotals.get(epic) ?? 0);
  const blocked = blockedReportLine(open, snapshot.blocked);
  return [...limit ? [`**Sub-issue limit** ${limit}`] : [], ...blocked ? [blocked] : []];
}
function ownReports(epic, self) {
  return (epic.comments?.nodes ?? []).filter(
    (c) => !!c && typeof c.databaseId === "number" && isOwnComment(self, c, "<!-- epic-steward:daily-report:")
  ).map((c) => ({ id: c.databaseId, body: c.body }));
}
function escalatedNow(records, repo) {
  const openNow = new Set(records.filter((r) => r.state === "open").map((r) => r.issue));
  const resolvedNow = new Set(
    records.filter((r) => r.state === "resolved" && !openNow.has(r.issue)).map((r) => r.issue)
  );
  return (ref, labelled) => {
    if (sameRepo(ref, repo) && openNow.has(ref.number)) return true;
    if (sameRepo(ref, repo) && resolvedNow.has(ref.number)) return false;
    return labelled;
  };
}
function epicState(snapshot, epic, plan, escalated) {
  const { repo, config } = plan;
  const state = { done: [], open: [], gates: {}, escalated: [] };
  const histories = [];
  for (const ref of snapshot.stories.get(epic.number) ?? []) {
    if (!snapshot.states.has(refKey(ref))) continue;
    const story = storyOf(snapshot.states.get(refKey(ref)) ?? null, config);
    if (story.history) histories.push(story.history);
    if (story.done === "excluded") continue;
    (story.done ? state.done : state.open).push(formatRef(ref, repo));
    if (!story.done && escalated(ref, story.escalated)) state.escalated.push(formatRef(ref, repo));
  }
  const epicLabelled = labelNames(epic.labels).some((l) => l.toLowerCase() === config.escalationLabel.toLowerCase());
  if (escalated({ ...repo, number: epic.number }, epicLabelled)) state.escalated.push(`#${epic.number}`);
  return { state, histories };
}
function storyOf(node, config) {
  const escalated = labelNames(node?.labels).some((l) => l.toLowerCase() === config.escalationLabel.toLowerCase());
  const verdict = verdictOf(node ? childStateOfNode(node) : void 0);
  if (isLeftOut(verdict, config.notPlanned)) return { done: "excluded", escalated };
  const done = isDone(verdict, config.notPlanned);
  return { done, escalated, history: node ? historyOf(node, done) : void 0 };
}
function historyOf(node, done) {
  if (typeof node.createdAt !== "string") return void 0;
  if (node.__typename === "PullRequest")
    return { createdAt: node.createdAt, changes: node.mergedAt ? [{ at: node.mergedAt, done: true }] : [] };
  const changes = [];
  for (const item of node.history?.nodes ?? []) {
    if (typeof item?.createdAt !== "string") continue;
    if (item.__typename === "ReopenedEvent") changes.push({ at: item.createdAt, done: false });
    else if (item.__typename === "ClosedEvent" && done) changes.push({ at: item.createdAt, done: true });
  }
  if (done && typeof node.closedAt === "string") changes.push({ at: node.closedAt, done: true });
  return { createdAt: node.createdAt, changes };
}
function outlookOf(epic, targetDate, stories, today, zone) {
  if (!epic.createdAt) return void 0;
  const series = burnup(stories, dayIn(new Date(epic.createdAt), zone), today, zone);
  const last = series[series.length - 1];
  const f = forecast({ throughput: throughput(series), remaining: last.total - last.done, today });
  const target = targetOf(
    { body: epic.body ?? "", createdAt: epic.createdAt, milestone: epic.milestone, targetDate },
    zone
  );
  const verdict = verdictOf2(f, target);
  return {
    chart: burnupChart(series, epic.number),
    stored: { forecast: f, target, verdict, line: outlookLine(f, target, verdict) }
  };
}

// src/escalations/model.ts
function triggerOfKey(key) {
  const kind = key.split(":")[0];
  return kind === "threshold" || kind === "timebox" || kind === "estimate" || kind === "stuck" || kind === "blocked" ? kind : void 0;
}

// src/escalations/plan.ts
function ours(view) {
  const found = /* @__PURE__ */ new Map();
  for (const comment of view.ours) {
    const key = keyOfBody(comment.body);
    if (!key || found.has(key)) continue;
    found.set(key, { comment, key, state: readState(comment.body) });
  }
  return found;
}
function reminderFound(view, marker) {
  return view.ours.find((c) => c.body.startsWith(marker));
}
function planIssue(input) {
  const existing = ours(input.comments);
  const ops = [];
  const records = [];
  let opened = false;
  for (const finding of input.findings) {
    const planned = planFinding(input, finding, existing.get(finding.key));
    ops.push(...planned.ops);
    records.push(planned.record);
    opened ||= planned.opened;
  }
  const cleared = planCleared(input, existing);
  ops.push(...cleared.ops);
  records.push(...cleared.records);
  const label = planLabel(input, {
    opened,
    resolved: cleared.resolved,
    stillOpen: input.findings.length > 0 || cleared.foreignOpen,
    ourEscalationSeen: existing.size > 0
  });
  return { ops: [...label.add, ...ops, ...label.remove], records };
}
function planFinding(input, finding, found) {
  const { issue, comments, now } = input;
  const openState = found?.state?.state === "open" ? found.state : void 0;
  const wasOpen = openState !== void 0;
  const state = openState ? { ...openState } : { state: "open", at: now.toISOString(), reminders: 0 };
  const reminders = wasOpen ? planReminder(input, finding, state) : [];
  const ops = [];
  const body = renderOpen(finding, state);
  if (!found || stripSource(found.comment.body) !== body) {
    const why = wasOpen ? "the escalation's figures changed" : found ? "the condition is back: the escalation reopens" : finding.why;
    ops.push(
      commentOp(
        issue,
        escalationMarker(finding.key),
        body,
        why.slice(0, 200),
        found ? { id: found.comment.id, current: found.comment.body } : { absent: comments.complete }
      )
    );
  }
  ops.push(...reminders);
  return { ops, record: { key: finding.key, issue, trigger: finding.trigger, state: "open" }, opened: !wasOpen };
}
function planReminder(input, finding, state) {
  const { config, now, issue, comments } = input;
  const every = config["remind-every"] ? parseDuration(config["remind-every"]) : void 0;
  if (!every) return [];
  const due = Math.floor((now.getTime() - Date.parse(state.at)) / every);
  if (due <= state.reminders) return [];
  state.reminders = due;
  const marker = reminderMarker(finding.key, due);
  if (reminderFound(comments, marker)) return [];
  return [
    commentOp(issue, marker, renderReminder(finding, state, due), `reminder ${due} for an escalation still open`, {
      absent: comments.complete
    })
  ];
}
function planCleared(input, existing) {
  const { issue, now } = input;
  const findingKeys = new Set(input.findings.map((f) => f.key));
  const ops = [];
  const records = [];
  let foreignOpen = false;
  for (const [key, found] of existing) {
    if (findingKeys.has(key) || found.state?.state !== "open") continue;
    if (!input.owns(key)) {
      foreignOpen = true;
      continue;
    }
    const state = { ...found.state, state: "resolved", resolvedAt: now.toISOString() };
    const reason = input.resolution(key);
    ops.push({
      ...commentOp(
        issue,
        escalationMarker(key),
        renderResolved(key, found.comment.body, state, reason),
        `resolved: ${reason}`,
        { id: found.comment.id, current: found.comment.body }
      ),
      create: false
    });
    const trigger = triggerOfKey(key);
    if (trigger) records.push({ key, issue, trigger, state: "resolved" });
  }
  return { ops, records, resolved: ops.length > 0, foreignOpen };
}
function planLabel(input, seen) {
  const { issue } = input;
  const label = input.config.label;
  const hasLabel = input.labels.some((l) => l.toLowerCase() === label.toLowerCase());
  const add = [];
  const remove = [];
  if (seen.opened && !hasLabel) add.push({ kind: "add-labels", issue, labels: [label], why: "an escalation opened" });
  if (hasLabel && !seen.stillOpen && (seen.resolved || seen.ourEscalationSeen)) {
    remove.push({ kind: "remove-label", issue, label, why: "no escalation is open any more" });
  }
  return { add, remove };
}
function commentOp(issue, marker, body, why, known) {
  const op = { kind: "upsert-comment", issue, marker, body, why };
  if ("id" in known) {
    op.commentId = known.id;
    op.currentBody = known.current;
  } else if (known.absent) {
    op.absent = true;
  }
  return op;
}

// src/escalations/read.ts
var EVENT_WINDOW = 50;
var COMMENTS_PER_REQUEST = 50;
var MAX_PAGES = 2e3;
function events(node) {
  const seen = /* @__PURE__ */ new Map();
  for (const e of [...node.early?.nodes ?? [], ...node.late?.nodes ?? []]) {
    if (!e?.createdAt) continue;
    const event = e.__typename === "AssignedEvent" || !e.label && e.__typename !== "LabeledEvent" ? { kind: "assigned", at: e.createdAt } : { kind: "labeled", at: e.createdAt, ...e.label?.name ? { label: e.label.name } : {} };
    seen.set(`${event.kind}|${event.at}|${event.label ?? ""}`, event);
  }
  const total = node.early?.totalCount ?? seen.size;
  return { events: [...seen.values()], complete: total <= EVENT_WINDOW };
}
function snapshotOf(node) {
  const timeline = events(node);
  const state = node.issueState ?? node.state;
  return {
    number: node.number,
    title: node.title ?? "",
    body: node.body ?? "",
    createdAt: node.createdAt,
    open: state !== "CLOSED",
    labels: (node.labels?.nodes ?? []).filter((l) => !!l).map((l) => l.name),
    assignees: node.assignees?.totalCount ?? 0,
    events: timeline.events,
    eventsComplete: timeline.complete
  };
}
function commentsView(connection, self) {
  const nodes = (connection?.nodes ?? []).filter(
    (c) => !!c && typeof c.databaseId === "number"
  );
  const conversation = nodes.find((c) => isOwnComment(self, c, COMMENT_MARKER));
  return {
    // The conversation's sections are read by the pull request's own flow (flows.ts), not as comments.
    ours: nodes.filter((c) => c !== conversation && isOwnComment(self, c, "<!-- epic-steward:escalation:")).map((c) => ({ id: c.databaseId, body: c.body })),
    complete: (connection?.totalCount ?? Infinity) <= nodes.length,
    ...conversation ? { conversation: { id: conversation.databaseId, body: conversation.body } } : {}
  };
}
async function sweepIssues(github, repo, filter, visit) {
  let after = null;
  let pages = 0;
  for (; pages < MAX_PAGES; ) {
    const data = await github.graphql(SWEEP_QUERY, {
      owner: repo.owner,
      name: repo.repo,
      states: filter.states,
      labels: filter.labels ?? null,
      after
    });
    pages++;
    const issues = data.repository?.issues;
    if (!issues) break;
    visit(issues.nodes.filter((n) => !!n).map((n) => ({ id: n.id, snapshot: snapshotOf(n) })));
    if (!issues.pageInfo.hasNextPage || !issues.pageInfo.endCursor) break;
    after = issues.pageInfo.endCursor;
  }
  return pages;
}
async function readComments(github, ids) {
  const views = /* @__PURE__ */ new Map();
  const self = await ownIdentity(github);
  for (let i = 0; i < ids.length; i += COMMENTS_PER_REQUEST) {
    const chunk = ids.slice(i, i + COMMENTS_PER_REQUEST);
    const data = await github.graphql(COMMENTS_BY_ID_QUERY, { ids: chunk });
    chunk.forEach((id, index) => {
      const node = data.nodes[index];
      views.set(id, node ? commentsView(node.comments, self) : { ours: [], complete: false });
    });
  }
  return views;
}
async function readIssue(github, repo, number) {
  const data = await github.graphql(ISSUE_QUERY, {
    owner: repo.owner,
    name: repo.repo,
    number
  });
  const node = data.repository?.issueOrPullRequest;
  if (!node) return void 0;
  const self = await ownIdentity(github);
  if (node.__typename === "PullRequest") {
    return {
      kind: "pull",
      number: node.number,
      open: node.pullState === "OPEN",
      labels: (node.labels?.nodes ?? []).filter((l) => !!l).map((l) => l.name),
      comments: commentsView(node.comments, self)
    };
  }
  return { kind: "issue", snapshot: snapshotOf(node), comments: commentsView(node.comments, self) };
}

// src/escalations/flows.ts
var CLOSED = "the issue was closed.";
function timeResolution(key) {
  if (isBlockedKey(key)) return "it has no open blocker any more.";
  if (key.startsWith("stuck:")) return `the label \`${key.split(":")[1]}\` is off or within its allowance again.`;
  if (key.startsWith("estimate:"))
    return "the estimate, or the start of work, changed so that it is no longer exceeded.";
  return "the time box no longer applies (its priority or timeline changed).";
}
async function sweep(github, repo, config, now) {
  const before = github.requestCount();
  const blocked = await readBlocked(github, repo, config, now);
  const blockedOn = config.stuck.enabled && config.stuck["blocked-by"].after !== "";
  let requests = github.requestCount() - before;
  const open = await readOpenCandidates(
    github,
    repo,
    config,
    now,
    blockedOn ? blocked.findings : /* @__PURE__ */ new Map()
  );
  const closed = await readClosedCandidates(github, repo, config.label, open.spelled);
  requests += open.requests + closed.requests;
  const candidates = [...open.candidates, ...closed.candidates];
  const views = await readComments(
    github,
    candidates.map((c) => c.issue.id)
  );
  requests += Math.ceil(candidates.length / 50);
  const owns = (key) => isTimeKey(key) || blockedOn && isBlockedKey(key);
  const result = planCandidates(candidates, views, config, now, owns);
  if (blockedOn) result.ops.push(...blocked.nudges);
  result.notes.push(...blocked.notes);
  result.notes.push(
    `Swept ${open.issuesSeen} open issue(s); ${candidates.length} due or carrying \`${config.label}\`.`
  );
  return { ...result, issuesSeen: open.issuesSeen, requests };
}
async function readOpenCandidates(github, repo, config, now, blocked) {
  const label = config.label.toLowerCase();
  const candidates = [];
  let issuesSeen = 0;
  let spelled;
  const requests = await sweepIssues(github, repo, { states: ["OPEN"] }, (page) => {
    issuesSeen += page.length;
    for (const issue of page) {
      const findings = [...evaluateTime(issue.snapshot, config, now), ...blocked.get(issue.snapshot.number) ?? []];
      const labelled = issue.snapshot.labels.find((l) => l.toLowerCase() === label);
      spelled ??= labelled;
      if (findings.length || labelled) candidates.push({ issue, findings, closed: false });
    }
  });
  return { candidates, issuesSeen, spelled, requests };
}
async function readClosedCandidates(github, repo, configured, seen) {
  const label = configured.toLowerCase();
  let requests = 0;
  let spelled = seen;
  if (spelled === void 0) {
    spelled = await labelAsSpelled(github, repo, configured);
    requests += 1;
  }
  const candidates = [];
  if (spelled === void 0) return { candidates, requests };
  requests += await sweepIssues(github, repo, { states: ["CLOSED"], labels: [spelled] }, (page) => {
    for (const issue of page)
      if (issue.snapshot.labels.some((l) => l.toLowerCase() === label))
        candidates.push({ issue, findings: [], closed: true });
  });
  return { candidates, requests };
}
function planCandidates(candidates, views, config, now, owns) {
  const result = { ops: [], records: [], notes: [] };
  for (const candidate of candidates) {
    const { snapshot } = candidate.issue;
    const plan = planIssue({
      issue: snapshot.number,
      labels: snapshot.labels,
      findings: candidate.findings,
      owns: candidate.closed ? () => true : owns,
      comments: views.get(candidate.issue.id) ?? { ours: [], complete: false },
      config,
      now,
      resolution: candidate.closed ? () => CLOSED : timeResolution
    });
    result.ops.push(...plan.ops);
    result.records.push(...plan.records);
  }
  return result;
}
async function resolveAll(github, repo, targets, config, now) {
  const result = { ops: [], records: [], notes: [] };
  for (const target of targets) {
    const read = await readIssue(github, repo, target.issue);
    if (!read) continue;
    const input = {
      issue: target.issue,
      labels: read.kind === "issue" ? read.snapshot.labels : read.labels,
      findings: [],
      owns: () => true,
      comments: read.comments,
      config,
      now,
      resolution: () => target.why
    };
    const plan = read.comments.conversation ? await conversationPlan(github, repo, { pr: target.issue, mode: "always" }, input) : planIssue(input);
    result.ops.push(...plan.ops);
    result.records.push(...plan.records);
  }
  return result;
}
async function checkIssue(github, repo, number, config, now) {
  const read = await readIssue(github, repo, number);
  if (!read || read.kind !== "issue") return { ops: [], records: [], notes: [] };
  const { snapshot } = read;
  const plan = planIssue({
    issue: number,
    labels: snapshot.labels,
    findings: evaluateTime(snapshot, config, now),
    owns: snapshot.open ? isTimeKey : () => true,
    comments: read.comments,
    config,
    now,
    resolution: snapshot.open ? timeResolution : () => CLOSED
  });
  return { ...plan, notes: [] };
}
async function thresholds(github, repo, gates, config, now) {
  const result = { ops: [], records: [], notes: [] };
  const targets = thresholdTargets(gates, config.threshold);
  if (gates.pullRequest === void 0 && !targets.length) {
    const failing = gates.outcomes.filter((g) => thresholdFinding({ issue: 0, key: "", gate: g }, config));
    if (failing.length)
      result.notes.push(`No pull request or epic to escalate on for: ${failing.map((g) => g.name).join(", ")}.`);
    return result;
  }
  const byIssue = /* @__PURE__ */ new Map();
  for (const target of targets) byIssue.set(target.issue, [...byIssue.get(target.issue) ?? [], target]);
  if (gates.conversation && !byIssue.has(gates.conversation.pr)) byIssue.set(gates.conversation.pr, []);
  for (const [issue, list] of byIssue) {
    const read = await readIssue(github, repo, issue);
    if (!read) {
      result.notes.push(`#${issue} could not be read: its threshold escalations were skipped.`);
      continue;
    }
    const keys = new Map(list.map((t) => [t.key, t]));
    const findings = list.map((t) => thresholdFinding(t, config)).filter((f) => !!f);
    const input = {
      issue,
      labels: read.kind === "issue" ? read.snapshot.labels : read.labels,
      findings,
      owns: (key) => keys.has(key),
      comments: read.comments,
      config,
      now,
      resolution: (key) => {
        const gate = keys.get(key).gate;
        return `${gate.name} recovered: pass rate ${percent(gate.passRate)} (last recorded ${percent(gate.previousPassRate)}, baseline ${percent(gate.baselinePassRate)}, target ${percent(gate.targetPassRate)}).`;
      }
    };
    const plan = gates.conversation?.pr === issue ? await conversationPlan(
      github,
      repo,
      { pr: gates.conversation.pr, mode: gates.conversation.mode, gate: gates.conversation },
      input
    ) : planIssue(input);
    result.ops.push(...plan.ops);
    result.records.push(...plan.records);
  }
  return result;
}
async function conversationPlan(github, repo, part, input) {
  let existing = input.comments.conversation;
  if (!existing && !input.comments.complete) existing = await findComment(github, repo, part.pr, COMMENT_MARKER);
  const sections = existing ? splitConversation(existing.body).sections : [];
  const virtual = sections.map((body, i) => ({ id: -(i + 1), body }));
  const plan = planIssue({ ...input, comments: { ours: virtual, complete: true } });
  const byKey = new Map(sections.map((body) => [keyOfBody(body) ?? body, body]));
  const ops = [];
  for (const op2 of plan.ops) {
    if (op2.kind !== "upsert-comment") ops.push(op2);
    else if (op2.marker.startsWith("<!-- epic-steward:escalation:") && op2.marker === escalationMarker(keyOfBody(op2.body) ?? ""))
      byKey.set(keyOfBody(op2.body), op2.body);
  }
  const all = [...byKey.values()];
  const openEscalation = all.some((body) => readState(body)?.state === "open");
  const what = part.gate ? `gates ${part.gate.failing ? "fail" : "pass"}` : "its escalations";
  const op = planConversation({
    pr: part.pr,
    mode: part.mode,
    gate: part.gate,
    sections: all,
    openEscalation,
    existing,
    absent: !existing && input.comments.complete,
    why: `the pull request's conversation: ${what}${openEscalation ? ", escalated" : ""}`
  });
  return {
    ops: op ? [...ops.filter((o) => o.kind === "add-labels"), op, ...ops.filter((o) => o.kind !== "add-labels")] : ops,
    records: plan.records
  };
}

// src/escalations/summary.ts
var MAX_ROWS = 200;
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function renderSummary(records, results, notes) {
  const lines = [];
  const open = records.filter((r) => r.state === "open");
  const resolved = records.filter((r) => r.state === "resolved");
  lines.push(`**${open.length}** open escalation(s) \xB7 **${resolved.length}** resolved in this run`, "");
  if (records.length) {
    lines.push("| escalation | on | trigger | state |", "| --- | --- | --- | --- |");
    for (const r of records.slice(0, MAX_ROWS))
      lines.push(`| \`${cell(r.key)}\` | #${r.issue} | ${r.trigger} | ${r.state} |`);
    if (records.length > MAX_ROWS)
      lines.push(`| \u2026 | | | ${records.length - MAX_ROWS} more in the \`escalations\` output |`);
    lines.push("");
  }
  const left = results.filter((r) => r.status === "over-budget");
  if (left.length) {
    lines.push(
      `> [!WARNING]`,
      `> The write budget (\`max-writes\`) ran out: ${left.length} write(s) left for the next run:`,
      ""
    );
    for (const r of left.slice(0, MAX_ROWS)) lines.push(`- ${cell(describeOp(r.op))}: ${cell(r.op.why)}`);
    if (left.length > MAX_ROWS) lines.push(`- \u2026 and ${left.length - MAX_ROWS} more`);
    lines.push("");
  }
  const failed = results.filter((r) => r.status === "failed");
  for (const r of failed.slice(0, 50))
    lines.push(`- ${r.status}: ${cell(describeOp(r.op))}${r.detail ? ` (${cell(r.detail)})` : ""}`);
  for (const note of notes) lines.push(`- ${note}`);
  return lines.join("\n").trim();
}

// src/escalations/index.ts
var escalationsFeature = {
  name: "escalations",
  wants,
  run: runEscalations
};
async function runEscalations(ctx) {
  const config = ctx.config.escalations;
  const work = workOf(ctx.event, config);
  const { repo } = ctx.event;
  const now = ctx.now();
  const flows = [];
  const gates = ctx.shared.gates;
  if (work.thresholds && gates && gates.outcomes.length)
    flows.push(await thresholds(ctx.github, repo, gates, config, now));
  if (work.sweep) flows.push(await sweep(ctx.github, repo, config, now));
  if (work.issue !== void 0) flows.push(await checkIssue(ctx.github, repo, work.issue, config, now));
  const done = [];
  if (work.pull)
    done.push({ issue: work.pull.number, why: `the pull request was ${work.pull.merged ? "merged" : "closed"}.` });
  if (work.epics)
    for (const epic of ctx.shared.epics?.complete ?? []) done.push({ issue: epic, why: "the epic is complete." });
  const rest = done.filter((d, i) => d.issue !== work.issue && done.findIndex((o) => o.issue === d.issue) === i);
  if (rest.length) flows.push(await resolveAll(ctx.github, repo, rest, config, now));
  if (flows.length === 0 && !work.report) return {};
  const records = flows.flatMap((f) => f.records);
  const notes = flows.flatMap((f) => f.notes);
  const sections = [];
  const results = await ctx.apply(flows.flatMap((f) => f.ops));
  if (work.report) {
    const daily = {
      epicLabel: ctx.config.epics.label,
      sections: ctx.config.epics.sections,
      notPlanned: ctx.config.epics["not-planned"],
      escalationLabel: config.label,
      timeZone: config.report["time-zone"],
      types: ctx.config.epics.types,
      project: ctx.config.epics.project,
      blockedBy: Boolean(config.stuck["blocked-by"].after)
    };
    const report = await dailyReports(
      ctx.github,
      repo,
      ctx.event.serverUrl,
      daily,
      gates,
      records,
      now,
      (m) => ctx.log.warning(m)
    );
    notes.push(...report.notes);
    sections.push(...report.sections ?? []);
    const posted = await ctx.apply(report.ops);
    results.push(...posted);
    await relinkBlocks(ctx, posted, notes);
  }
  const unique = [...new Map(records.map((r) => [`${r.issue}|${r.key}`, r])).values()];
  return {
    summary: [renderSummary(unique, results, notes), ...sections].join("\n\n"),
    outputs: { escalations: JSON.stringify(unique) }
  };
}
async function relinkBlocks(ctx, posted, notes) {
  if (!ctx.config.epics.enabled || !ctx.config.epics.triggers.includes(ctx.event.name))
    return;
  const epics = new Set(
    posted.filter((r) => r.status === "applied" && r.op.kind === "upsert-comment").map((r) => r.op.issue)
  );
  const { repo, serverUrl } = ctx.event;
  const deps = {
    github: ctx.github,
    apply: (plan) => ctx.apply(plan),
    log: ctx.log,
    config: ctx.config.epics,
    serverUrl,
    gates: [],
    now: ctx.now
  };
  for (const number of epics) {
    const outcome = await reconcileEpic(deps, { repo, number }).catch((error) => ({
      status: "failed",
      detail: error instanceof Error ? error.message : String(error)
    }));
    if (outcome.status === "failed" || outcome.status === "over-budget")
      notes.push(
        `#${number}: the epic block could not link today's report (${outcome.detail ?? outcome.status}); the next run will.`
      );
  }
}
export {
  escalationsFeature,
  workOf
};
