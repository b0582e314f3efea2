import type { RepoRef } from '../core/plan';
import type { GatesShared } from '../core/shared';
import { parseBody } from '../checklist/markdown';
import { childStateOfNode, isDone, isLeftOut, verdictOf, type NotPlannedPolicy } from '../checklist/policy';
import { countedChildren, subIssueWarning } from '../checklist/progress';
import { labelNames, repoOf } from '../checklist/read';
import { formatRef, refKey, sameRepo, type IssueRef } from '../checklist/refs';
import { isOwnComment, ownIdentity, type Identity } from '../github/identity';
import { labelAsSpelled } from '../apply/labels';
import { GraphqlIncompleteError, LIMIT_ERRORS } from '../github/client';
import type { GitHub } from '../core/port';
import type { EscalationRecord } from './model';
import { REPORT_EPICS_QUERY, subIssuesQuery } from './queries';
import { CHILD_HISTORY_FIELDS, readableRef, readChildren, type ChildHistoryNode } from '../checklist/children';
import { dayIn } from '../core/duration';
import { readReport, type ReportState } from '../checklist/report';
import { gateFigures, planReport, type ReportComment, type ReportOutlook } from './report';
import { burnup, burnupChart, throughput, type StoryHistory } from './burnup';
import { forecast } from './forecast';
import { outlookLine } from '../checklist/outlook';
import { targetOf, verdictOf as outlookVerdict } from './outlook';
import type { FlowResult } from './flows';
import { blockedReportLine, blockedStories } from './blocked';
import {
  planProjectUpdate,
  readProjectState,
  targetDates,
  typedEpics,
  type EpicNode,
  type ProjectRead
} from './sources';
import type { EpicOutlook } from './project';

/** What the daily report reads of the config: the epics' label, sections and policy, the escalation label. */
export interface DailyConfig {
  epicLabel: string;
  sections: string[];
  notPlanned: NotPlannedPolicy;
  escalationLabel: string;
  timeZone: string;
  /** Issue types that make an issue an epic, as the label does (`epics.types`). */
  types: string[];
  /** Where the epics' verdict is posted as a Projects status update (`epics.project`). */
  project: { owner: string; number: number };
  /** Whether blocked stories are listed (`escalations.stuck.blocked-by.after` set). */
  blockedBy: boolean;
}

/** A story as the reader of children answers it (CHILD_HISTORY_FIELDS). */
type StoryNode = ChildHistoryNode;

/** Everything the reports are planned from, read before anything is written. */
export interface DailySnapshot {
  epics: EpicNode[];
  /** Each epic's counted stories: its task items (one parse of its body) and native sub-issues. */
  stories: Map<number, IssueRef[]>;
  subIssueTotals: Map<number, number>;
  /** By refKey; null where the story's answer was missing (it counts as not done). */
  states: Map<string, StoryNode | null>;
  self: Identity;
  /** The "Target date" issue field of epics without a milestone due date. */
  targets: Map<number, string>;
  /** Blocked stories of this repository and their blockers (`escalations.stuck.blocked-by`). */
  blocked: Map<number, string>;
  /** The project the verdict goes to (`epics.project`), with its latest status; undefined when none is configured. */
  project?: ProjectRead;
  /** Summary lines from the read (issue fields unavailable). */
  notes: string[];
}

interface Story {
  done: boolean | 'excluded';
  escalated: boolean;
  history?: StoryHistory;
}

const EPICS_PER_SUB_ISSUE_READ = 25;

/**
 * The daily report on every open epic (by the epics' label): read (epics, their stories' state,
 * the action's identity), then a pure plan per epic. Stories come from the epic domain (the
 * same task list, sections and done policy as the progress block) and the native sub-issues.
 */
export async function dailyReports(
  github: GitHub,
  repo: RepoRef,
  serverUrl: string,
  config: DailyConfig,
  gates: GatesShared | undefined,
  records: EscalationRecord[],
  now: Date,
  warn: (message: string) => void
): Promise<FlowResult> {
  const { today, zone } = todayIn(now, config.timeZone, warn);
  const snapshot = await readDaily(github, repo, serverUrl, config, warn);
  if (!snapshot) return { ops: [], records: [], notes: [noEpics(config)], sections: [] };
  const result = planDaily(snapshot, { repo, config, gates, records, today, zone });
  for (const warning of result.warnings) warn(warning);
  return result;
}

function noEpics(config: DailyConfig): string {
  const types = config.types.length ? ` or of type ${config.types.map((t) => `\`${t}\``).join(', ')}` : '';
  return `Daily report: no open issue labelled \`${config.epicLabel}\`${types}.`;
}

/** Today in the report's time zone; an unknown zone falls back to UTC, with a warning. */
function todayIn(now: Date, zone: string, warn: (message: string) => void): { today: string; zone: string } {
  try {
    return { today: dayIn(now, zone), zone };
  } catch {
    warn(`escalations.report.time-zone "${zone}" is not an IANA time zone: using UTC`);
    return { today: dayIn(now, 'UTC'), zone: 'UTC' };
  }
}

/** Reads the open epics, their stories and the stories' state; nothing is written. Undefined when there is no open epic. */
export async function readDaily(
  github: GitHub,
  repo: RepoRef,
  serverUrl: string,
  config: DailyConfig,
  warn: (message: string) => void
): Promise<DailySnapshot | undefined> {
  const epics = await readReportEpics(github, repo, config.epicLabel);
  // Epics of the configured issue types too (issue 16 item 6), as the epics feature finds them.
  if (config.types.length)
    epics.push(...(await typedEpics(github, repo, config.types, new Set(epics.map((e) => e.number)))));
  if (epics.length === 0) return undefined;
  // Not asked for by the config: unavailable issue fields are a summary line, not a warning.
  const notes: string[] = [];
  const targets = await targetDates(github, repo, epics, (message) => notes.push(message));
  const blocked = config.blockedBy ? await blockedStories(github, repo) : new Map<number, string>();
  const { subIssues, totals } = await readSubIssues(
    github,
    repo,
    epics.map((e) => e.number),
    warn
  );
  const stories = new Map<number, IssueRef[]>();
  for (const epic of epics) {
    const tasks = parseBody(epic.body ?? '', { repo, serverUrl }).tasks;
    const counted = countedChildren(tasks, subIssues.get(epic.number) ?? [], config.sections, {
      ...repo,
      number: epic.number
    });
    stories.set(epic.number, [...counted.values()]);
  }
  const all = [...new Map([...stories.values()].flat().map((r) => [refKey(r), r])).values()];
  const states = await readStoryStates(github, all);
  const self = await ownIdentity(github);
  const project = await readProjectState(github, config.project);
  return { epics, stories, subIssueTotals: totals, states, self, targets, blocked, notes, project };
}

/**
 * Open issues with the epic label, 25 a page. Asked for by the label as the repository spells
 * it, and checked here: GitHub leaves open whether the `labels:` filter ignores case.
 */
async function readReportEpics(github: GitHub, repo: RepoRef, label: string): Promise<EpicNode[]> {
  const epics: EpicNode[] = [];
  const wanted = label.toLowerCase();
  const spelled = await labelAsSpelled(github, repo, label);
  let after: string | null = null;
  for (let page = 0; spelled !== undefined && page < 200; page++) {
    type Page = {
      repository: {
        issues: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: (EpicNode | null)[] };
      } | null;
    };
    const data: Page = await github.graphql<Page>(REPORT_EPICS_QUERY, {
      owner: repo.owner,
      name: repo.repo,
      labels: [spelled],
      after
    });
    const issues = data.repository?.issues;
    if (!issues) break;
    epics.push(
      ...issues.nodes.filter((n): n is EpicNode => !!n && labelNames(n.labels).some((l) => l.toLowerCase() === wanted))
    );
    if (!issues.pageInfo.hasNextPage || !issues.pageInfo.endCursor) break;
    after = issues.pageInfo.endCursor;
  }
  return epics;
}

type SubIssuesAnswer = {
  repository: Record<
    string,
    {
      subIssuesSummary?: { total: number };
      subIssues?: { nodes: ({ number: number; repository: { nameWithOwner: string } } | null)[] };
    } | null
  > | null;
};

/** The native sub-issues of the epics, 25 epics a request; a schema without them degrades to task lists. */
async function readSubIssues(
  github: GitHub,
  repo: RepoRef,
  numbers: number[],
  warn: (message: string) => void
): Promise<{ subIssues: Map<number, IssueRef[]>; totals: Map<number, number> }> {
  const subIssues = new Map<number, IssueRef[]>();
  const totals = new Map<number, number>();
  for (let i = 0; i < numbers.length; i += EPICS_PER_SUB_ISSUE_READ) {
    const chunk = numbers.slice(i, i + EPICS_PER_SUB_ISSUE_READ);
    try {
      const data = await github.graphql<SubIssuesAnswer>(subIssuesQuery(chunk), { owner: repo.owner, name: repo.repo });
      for (const n of chunk) {
        const node = data.repository?.[`e${n}`];
        if (typeof node?.subIssuesSummary?.total === 'number') totals.set(n, node.subIssuesSummary.total);
        subIssues.set(
          n,
          (node?.subIssues?.nodes ?? []).flatMap((sub) =>
            sub ? [{ ...repoOf(sub.repository.nameWithOwner), number: sub.number }] : []
          )
        );
      }
    } catch (error) {
      // An answer cut short or a spent budget is a failure; anything else means no sub-issues here.
      if (error instanceof GraphqlIncompleteError && error.errors.some((e) => LIMIT_ERRORS.has(e.type ?? '')))
        throw error;
      warn(
        `Daily report: native sub-issues could not be read (${error instanceof Error ? error.message : String(error)}); counting task lists only.`
      );
    }
  }
  return { subIssues, totals };
}

/**
 * The stories' state and history, through the epic domain's one reader of children (250 a
 * request); a story the token cannot read counts as not done (null) and leaves the others'
 * answers standing.
 */
async function readStoryStates(github: GitHub, refs: IssueRef[]): Promise<Map<string, StoryNode | null>> {
  const read = await readChildren(github, refs.filter(readableRef), CHILD_HISTORY_FIELDS);
  const states = new Map<string, StoryNode | null>();
  for (const [key, child] of read.children) states.set(key, 'node' in child ? child.node : null);
  return states;
}

interface PlanContext {
  repo: RepoRef;
  config: DailyConfig;
  gates: GatesShared | undefined;
  records: EscalationRecord[];
  today: string;
  zone: string;
}

/** The daily report's plan: the writes, the epics' verdicts, and warnings for the run's log. */
export type DailyPlan = FlowResult & { verdicts: EpicOutlook[]; warnings: string[] };

/**
 * The reports to post or edit, one per epic, then the project's status update from their
 * verdicts: pure over the snapshot (the project's latest status was read with it).
 */
export function planDaily(snapshot: DailySnapshot, plan: PlanContext): DailyPlan {
  const result: DailyPlan = {
    ops: [],
    records: [],
    notes: [...snapshot.notes],
    sections: [],
    verdicts: [],
    warnings: []
  };
  const escalated = escalatedNow(plan.records, plan.repo);
  for (const epic of snapshot.epics) {
    const comments = ownReports(epic, snapshot.self);
    const latest = comments
      .map((c) => readReport(c.body))
      .filter((r) => !!r)
      .sort((a, b) => (a.date < b.date ? 1 : -1))[0];
    const { state, histories } = epicState(snapshot, epic, plan, escalated);
    const outcomes = plan.gates?.outcomes.filter((g) => g.epic === undefined || g.epic === epic.number);
    state.gates = gateFigures(outcomes, latest?.state, plan.today);
    const outlook = outlookOf(epic, snapshot.targets.get(epic.number), histories, plan.today, plan.zone);
    if (outlook) result.sections!.push(`#### Epic #${epic.number}\n\n${outlook.stored.line}\n\n${outlook.chart}`);
    const verdict = epicVerdict(epic, plan.repo, outlook);
    if (verdict) result.verdicts.push(verdict);
    const complete = (epic.comments?.totalCount ?? Infinity) <= (epic.comments?.nodes.length ?? 0);
    const warnings = reportWarnings(snapshot, epic.number, state.open);
    const planned = planReport({ epic: epic.number, today: plan.today, state, comments, complete, outlook, warnings });
    if (planned.op) result.ops.push(planned.op);
    const said = planned.posted === 'none' ? 'unchanged' : planned.posted === 'new' ? 'posted' : 'updated';
    result.notes.push(
      `#${epic.number}: ${state.done.length}/${state.done.length + state.open.length} stories done; report ${said}.`
    );
  }
  const dayOf = (iso: string) => dayIn(new Date(iso), plan.zone);
  const status = planProjectUpdate(snapshot.project, result.verdicts, plan.today, dayOf);
  if (status.op) result.ops.push(status.op);
  if (status.warning) {
    result.warnings.push(status.warning);
    result.notes.push(status.warning);
  }
  return result;
}

/** The epic's verdict for the project's status update, when the report has one. */
function epicVerdict(epic: EpicNode, repo: RepoRef, outlook: ReportOutlook | undefined): EpicOutlook | undefined {
  const stored = outlook?.stored;
  if (!stored?.verdict) return undefined;
  const ref = `${repo.owner}/${repo.repo}#${epic.number}`;
  return {
    ref,
    title: epic.title,
    verdict: stored.verdict,
    line: stored.line,
    ...(stored.target ? { target: stored.target.day } : {})
  };
}

/** Lines the report adds under its figures: the sub-issue limit and the blocked stories. */
function reportWarnings(snapshot: DailySnapshot, epic: number, open: string[]): string[] {
  const limit = subIssueWarning(snapshot.subIssueTotals.get(epic) ?? 0);
  const blocked = blockedReportLine(open, snapshot.blocked);
  return [...(limit ? [`**Sub-issue limit** ${limit}`] : []), ...(blocked ? [blocked] : [])];
}

/** Only the action's own reports count: a report anyone else posts would feed its figures into ours. */
function ownReports(epic: EpicNode, self: Identity): ReportComment[] {
  return (epic.comments?.nodes ?? [])
    .filter(
      (c): c is { databaseId: number; body: string } =>
        !!c && typeof c.databaseId === 'number' && isOwnComment(self, c, '<!-- epic-steward:daily-report:')
    )
    .map((c) => ({ id: c.databaseId, body: c.body }));
}

/**
 * Whether an issue of this repository is escalated: this run's escalations are newer than the
 * labels read, so they decide; otherwise the escalation label does.
 */
function escalatedNow(records: EscalationRecord[], repo: RepoRef): (ref: IssueRef, labelled: boolean) => boolean {
  const openNow = new Set(records.filter((r) => r.state === 'open').map((r) => r.issue));
  const resolvedNow = new Set(
    records.filter((r) => r.state === 'resolved' && !openNow.has(r.issue)).map((r) => r.issue)
  );
  return (ref, labelled) => {
    if (sameRepo(ref, repo) && openNow.has(ref.number)) return true;
    if (sameRepo(ref, repo) && resolvedNow.has(ref.number)) return false;
    return labelled;
  };
}

/** The epic's stories done and open, the escalated ones, and the stories' histories for the burn-up. */
function epicState(
  snapshot: DailySnapshot,
  epic: EpicNode,
  plan: PlanContext,
  escalated: ReturnType<typeof escalatedNow>
): { state: ReportState; histories: StoryHistory[] } {
  const { repo, config } = plan;
  const state: ReportState = { done: [], open: [], gates: {}, escalated: [] };
  const histories: StoryHistory[] = [];
  for (const ref of snapshot.stories.get(epic.number) ?? []) {
    if (!snapshot.states.has(refKey(ref))) continue;
    const story = storyOf(snapshot.states.get(refKey(ref)) ?? null, config);
    if (story.history) histories.push(story.history);
    if (story.done === 'excluded') continue;
    (story.done ? state.done : state.open).push(formatRef(ref, repo));
    if (!story.done && escalated(ref, story.escalated)) state.escalated.push(formatRef(ref, repo));
  }
  const epicLabelled = labelNames(epic.labels).some((l) => l.toLowerCase() === config.escalationLabel.toLowerCase());
  if (escalated({ ...repo, number: epic.number }, epicLabelled)) state.escalated.push(`#${epic.number}`);
  return { state, histories };
}

/** Done, open or left out under the domain's policy, whether it carries the escalation label, and its history. */
function storyOf(node: StoryNode | null, config: DailyConfig): Story {
  const escalated = labelNames(node?.labels).some((l) => l.toLowerCase() === config.escalationLabel.toLowerCase());
  const verdict = verdictOf(node ? childStateOfNode(node) : undefined);
  if (isLeftOut(verdict, config.notPlanned)) return { done: 'excluded', escalated };
  const done = isDone(verdict, config.notPlanned);
  return { done, escalated, history: node ? historyOf(node, done) : undefined };
}

/**
 * When a story was created and became done or not done: merged, or closed (a close that does
 * not count as done under the not-planned policy is no change) and reopened.
 */
function historyOf(node: StoryNode, done: boolean): StoryHistory | undefined {
  if (typeof node.createdAt !== 'string') return undefined;
  if (node.__typename === 'PullRequest')
    return { createdAt: node.createdAt, changes: node.mergedAt ? [{ at: node.mergedAt, done: true }] : [] };
  const changes: StoryHistory['changes'] = [];
  for (const item of node.history?.nodes ?? []) {
    if (typeof item?.createdAt !== 'string') continue;
    if (item.__typename === 'ReopenedEvent') changes.push({ at: item.createdAt, done: false });
    else if (item.__typename === 'ClosedEvent' && done) changes.push({ at: item.createdAt, done: true });
  }
  // The timeline read holds the last 20 changes; the last close is always known.
  if (done && typeof node.closedAt === 'string') changes.push({ at: node.closedAt, done: true });
  return { createdAt: node.createdAt, changes };
}

/**
 * The burn-up since the epic began and where it is heading: forecast from its daily
 * throughput, target and verdict. None when the epic's creation time was not read.
 */
function outlookOf(
  epic: EpicNode,
  targetDate: string | undefined,
  stories: StoryHistory[],
  today: string,
  zone: string
): ReportOutlook | undefined {
  if (!epic.createdAt) return undefined;
  const series = burnup(stories, dayIn(new Date(epic.createdAt), zone), today, zone);
  const last = series[series.length - 1]!;
  const f = forecast({ throughput: throughput(series), remaining: last.total - last.done, today });
  const target = targetOf(
    { body: epic.body ?? '', createdAt: epic.createdAt, milestone: epic.milestone, targetDate },
    zone
  );
  const verdict = outlookVerdict(f, target);
  return {
    chart: burnupChart(series, epic.number),
    stored: { forecast: f, target, verdict, line: outlookLine(f, target, verdict) }
  };
}
