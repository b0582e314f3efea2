import type { RepoRef } from '../core/plan';
import type { GatesShared } from '../core/shared';
import { parseBody } from '../epics/markdown';
import type { IssueRef } from '../epics/refs';
import { isOwnComment, ownIdentity } from '../github/identity';
import { labelAsSpelled } from '../apply/labels';
import { GraphqlIncompleteError, LIMIT_ERRORS } from '../github/client';
import type { GitHub } from '../core/port';
import type { EscalationRecord } from './model';
import { childStatesQuery, REPORT_EPICS_QUERY, subIssuesQuery } from './queries';
import { dayIn, gateFigures, planReport, readReport, type ReportComment, type ReportOutlook, type ReportState } from './report';
import { burnup, burnupChart, throughput, type StoryHistory } from './burnup';
import { forecast } from './forecast';
import { subIssueWarning } from '../epics/block';
import { outlookLine, targetOf, verdictOf } from './outlook';
import type { FlowResult } from './flows';
import { blockedReportLine, blockedStories } from './blocked';
import { projectUpdate, targetDates, typedEpics, type EpicNode } from './sources';
import type { EpicOutlook } from './project';
import type { EscalationsSection } from './config';


interface Story {
  done: boolean | 'excluded';
  escalated: boolean;
  history?: StoryHistory;
}

const STATES_PER_REQUEST = 200;

function refText(ref: IssueRef, repo: RepoRef): string {
  const same = ref.owner.toLowerCase() === repo.owner.toLowerCase() && ref.repo.toLowerCase() === repo.repo.toLowerCase();
  return same ? `#${ref.number}` : `${ref.owner}/${ref.repo}#${ref.number}`;
}

function keyOf(ref: IssueRef): string {
  return `${ref.owner.toLowerCase()}/${ref.repo.toLowerCase()}#${ref.number}`;
}

/**
 * When a story was created and became done or not done: merged, or closed (a close that does
 * not count as done under the not-planned policy is no change) and reopened.
 */
function historyOf(node: any, done: boolean): StoryHistory | undefined {
  if (typeof node?.createdAt !== 'string') return undefined;
  if (node.__typename === 'PullRequest') return { createdAt: node.createdAt, changes: node.mergedAt ? [{ at: node.mergedAt, done: true }] : [] };
  const changes: StoryHistory['changes'] = [];
  for (const item of node.history?.nodes ?? []) {
    if (item?.__typename === 'ReopenedEvent') changes.push({ at: item.createdAt, done: false });
    else if (item?.__typename === 'ClosedEvent' && done) changes.push({ at: item.createdAt, done: true });
  }
  // The timeline read holds the last 20 changes; the last close is always known.
  if (done && typeof node.closedAt === 'string') changes.push({ at: node.closedAt, done: true });
  return { createdAt: node.createdAt, changes };
}

/** Done or not, under the epics' policy for stories closed as not planned or duplicate. */
function storyOf(node: any, config: EscalationsSection, label: string): Story {
  const story = stateOf(node, config, label);
  if (story.done !== 'excluded') story.history = historyOf(node, story.done);
  return story;
}

function stateOf(node: any, config: EscalationsSection, label: string): Story {
  const labels: string[] = (node?.labels?.nodes ?? []).filter(Boolean).map((l: { name: string }) => l.name.toLowerCase());
  const escalated = labels.includes(label);
  if (!node) return { done: false, escalated };
  if (node.__typename === 'PullRequest') return { done: node.merged === true || node.pullState === 'MERGED', escalated };
  if (node.issueState !== 'CLOSED') return { done: false, escalated };
  if (node.stateReason === 'NOT_PLANNED' || node.stateReason === 'DUPLICATE') {
    const policy = config.epics['not-planned'];
    return { done: policy === 'ticked' ? true : policy === 'strike' ? 'excluded' : false, escalated };
  }
  return { done: true, escalated };
}

/**
 * The daily report on every open epic (by the epics' label): stories from the epic's task
 * list (parsed by the epics feature's parser, so both agree on what a task is) and its native
 * sub-issues, their state in batched reads, gates from this run or the last report, and the
 * escalations open on the epic and its stories (this run's outcome included).
 */
export async function dailyReports(
  github: GitHub,
  repo: RepoRef,
  serverUrl: string,
  config: EscalationsSection,
  gates: GatesShared | undefined,
  records: EscalationRecord[],
  now: Date,
  warn: (message: string) => void
): Promise<FlowResult> {
  const result: FlowResult = { ops: [], records: [], notes: [], sections: [] };
  let today: string;
  let zone = config.escalations.report['time-zone'];
  try {
    today = dayIn(now, zone);
  } catch {
    warn(`escalations.report.time-zone "${config.escalations.report['time-zone']}" is not an IANA time zone: using UTC`);
    zone = 'UTC';
    today = dayIn(now, 'UTC');
  }
  const epics: EpicNode[] = [];
  let after: string | null = null;
  // Asked for by the label as the repository spells it, and checked here: GitHub leaves open
  // whether the `labels:` filter ignores case.
  const epicLabel = config.epics.label.toLowerCase();
  const spelled = await labelAsSpelled(github, repo, config.epics.label);
  for (let page = 0; spelled !== undefined && page < 200; page++) {
    type Page = { repository: { issues: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: (EpicNode | null)[] } } | null };
    const data: Page = await github.graphql<Page>(REPORT_EPICS_QUERY, { owner: repo.owner, name: repo.repo, labels: [spelled], after });
    const issues = data.repository?.issues;
    if (!issues) break;
    epics.push(...issues.nodes.filter((n): n is EpicNode => !!n && (n.labels?.nodes ?? []).some((l) => l?.name.toLowerCase() === epicLabel)));
    if (!issues.pageInfo.hasNextPage || !issues.pageInfo.endCursor) break;
    after = issues.pageInfo.endCursor;
  }
  // Epics of the configured issue types too (item 6 of issue 16), as the epics feature finds them.
  if (config.epics.types.length) epics.push(...(await typedEpics(github, repo, config.epics.types, new Set(epics.map((e) => e.number)))));
  if (epics.length === 0) {
    result.notes.push(`Daily report: no open issue labelled \`${config.epics.label}\`${config.epics.types.length ? ` or of type ${config.epics.types.map((t) => `\`${t}\``).join(', ')}` : ''}.`);
    return result;
  }
  // Not asked for by the config: unavailable issue fields are a summary line, not a warning.
  const targets = await targetDates(github, repo, epics, (message) => result.notes.push(message));

  const sections = config.epics.sections.map((s) => s.toLowerCase());
  const subIssueTotals = new Map<number, number>();
  const storiesOf = new Map<number, IssueRef[]>();
  for (const epic of epics) {
    const tasks = parseBody(epic.body ?? '', { repo, serverUrl }).tasks.filter((t) => t.ref && (sections.length === 0 || sections.includes(t.section.toLowerCase())));
    const refs = tasks.map((t) => t.ref!).filter((r) => !(keyOf(r) === keyOf({ ...repo, number: epic.number })));
    storiesOf.set(epic.number, refs);
  }
  for (let i = 0; i < epics.length; i += 25) {
    const numbers = epics.slice(i, i + 25).map((e) => e.number);
    try {
      const data = await github.graphql<{ repository: Record<string, { subIssuesSummary?: { total: number }; subIssues?: { nodes: ({ number: number; repository: { nameWithOwner: string } } | null)[] } } | null> }>(subIssuesQuery(numbers), {
        owner: repo.owner,
        name: repo.repo
      });
      for (const n of numbers) {
        const total = data.repository?.[`e${n}`]?.subIssuesSummary?.total;
        if (typeof total === 'number') subIssueTotals.set(n, total);
        for (const sub of data.repository?.[`e${n}`]?.subIssues?.nodes ?? []) {
          if (!sub) continue;
          const [owner, name] = sub.repository.nameWithOwner.split('/') as [string, string];
          storiesOf.get(n)!.push({ owner, repo: name, number: sub.number });
        }
      }
    } catch (error) {
      // A schema without sub-issues degrades to task lists; an answer cut short or a spent budget is a failure.
      if (error instanceof GraphqlIncompleteError && error.errors.some((e) => LIMIT_ERRORS.has(e.type ?? ''))) throw error;
      warn(`Daily report: native sub-issues could not be read (${(error as Error).message}); counting task lists only.`);
    }
  }

  const all = [...new Map([...storiesOf.values()].flat().map((r) => [keyOf(r), r])).values()];
  const states = new Map<string, Story>();
  const label = config.escalations.label.toLowerCase();
  for (let i = 0; i < all.length; i += STATES_PER_REQUEST) {
    const chunk = all.slice(i, i + STATES_PER_REQUEST);
    const { query, paths } = childStatesQuery(chunk);
    let data: Record<string, Record<string, any> | null> = {};
    try {
      data = await github.graphql<Record<string, Record<string, any> | null>>(query);
    } catch (error) {
      // A story in a repository the token cannot read fails the batch with partial data; what did answer still counts.
      const partial = (error as { data?: typeof data }).data;
      if (!partial) throw error;
      data = partial;
    }
    for (const ref of chunk) {
      const path = paths.get(keyOf(ref));
      if (!path) continue;
      const [r, i2] = path.split('.') as [string, string];
      states.set(keyOf(ref), storyOf(data[r]?.[i2], config, label));
    }
  }

  // This run's escalations are newer than the labels read above.
  const openNow = new Set(records.filter((r) => r.state === 'open').map((r) => r.issue));
  const resolvedNow = new Set(records.filter((r) => r.state === 'resolved' && !openNow.has(r.issue)).map((r) => r.issue));

  // Only the action's own reports count: a report anyone else posts would feed its figures into ours.
  const self = await ownIdentity(github);
  const blocked = config.escalations.stuck['blocked-by'].after ? await blockedStories(github, repo) : new Map<number, string>();
  const verdicts: EpicOutlook[] = [];
  for (const epic of epics) {
    const comments: ReportComment[] = (epic.comments?.nodes ?? [])
      .filter((c): c is { databaseId: number; body: string } => !!c && typeof c.databaseId === 'number' && isOwnComment(self, c, '<!-- epic-steward:daily-report:'))
      .map((c) => ({ id: c.databaseId, body: c.body }));
    const latest = comments.map((c) => readReport(c.body)).filter((r) => !!r).sort((a, b) => (a!.date < b!.date ? 1 : -1))[0];
    const state: ReportState = { done: [], open: [], gates: {}, escalated: [] };
    const isEscalated = (ref: IssueRef, labelled: boolean) => {
      const local = keyOf(ref).startsWith(`${repo.owner.toLowerCase()}/${repo.repo.toLowerCase()}#`);
      if (local && openNow.has(ref.number)) return true;
      if (local && resolvedNow.has(ref.number)) return false;
      return labelled;
    };
    const seen = new Set<string>();
    for (const ref of storiesOf.get(epic.number) ?? []) {
      if (seen.has(keyOf(ref))) continue;
      seen.add(keyOf(ref));
      const story = states.get(keyOf(ref));
      if (!story || story.done === 'excluded') continue;
      (story.done ? state.done : state.open).push(refText(ref, repo));
      if (!story.done && isEscalated(ref, story.escalated)) state.escalated.push(refText(ref, repo));
    }
    const epicLabelled = (epic.labels?.nodes ?? []).some((l) => l?.name.toLowerCase() === label);
    if (isEscalated({ ...repo, number: epic.number }, epicLabelled)) state.escalated.push(`#${epic.number}`);
    const outcomes = gates?.outcomes.filter((g) => g.epic === undefined || g.epic === epic.number);
    state.gates = gateFigures(outcomes, latest?.state, today);
    const histories = [...seen].map((key) => states.get(key)?.history).filter((h): h is StoryHistory => !!h);
    const outlook = outlookOf({ ...epic, targetDate: targets.get(epic.number) }, histories, today, zone);
    if (outlook) result.sections!.push(`#### Epic #${epic.number}\n\n${outlook.stored.line}\n\n${outlook.chart}`);
    const { verdict, target } = outlook?.stored ?? {};
    if (verdict) verdicts.push({ ref: `${repo.owner}/${repo.repo}#${epic.number}`, title: epic.title, verdict, line: outlook!.stored.line, ...(target ? { target: target.day } : {}) });
    const limit = subIssueWarning(subIssueTotals.get(epic.number) ?? 0);
    const blockedLine = blockedReportLine(state.open, blocked);
    const warnings = [...(limit ? [`**Sub-issue limit** ${limit}`] : []), ...(blockedLine ? [blockedLine] : [])];
    const planned = planReport({ epic: epic.number, today, state, comments, complete: (epic.comments?.totalCount ?? Infinity) <= (epic.comments?.nodes.length ?? 0), outlook, warnings });
    if (planned.op) result.ops.push(planned.op);
    result.notes.push(`#${epic.number}: ${state.done.length}/${state.done.length + state.open.length} stories done; report ${planned.posted === 'none' ? 'unchanged' : planned.posted === 'new' ? 'posted' : 'updated'}.`);
  }
  const status = await projectUpdate(github, config.epics.project, verdicts, today, (iso) => dayIn(new Date(iso), zone), (message) => {
    warn(message);
    result.notes.push(message);
  });
  if (status) result.ops.push(status);
  return result;
}

/**
 * The burn-up since the epic began and where it is heading: forecast from its daily
 * throughput, target and verdict. None when the epic's creation time was not read.
 */
function outlookOf(epic: EpicNode & { targetDate?: string }, stories: StoryHistory[], today: string, zone: string): ReportOutlook | undefined {
  if (!epic.createdAt) return undefined;
  const series = burnup(stories, dayIn(new Date(epic.createdAt), zone), today, zone);
  const last = series[series.length - 1]!;
  const f = forecast({ throughput: throughput(series), remaining: last.total - last.done, today });
  const target = targetOf({ body: epic.body ?? '', createdAt: epic.createdAt, milestone: epic.milestone, targetDate: epic.targetDate }, zone);
  const verdict = verdictOf(f, target);
  return { chart: burnupChart(series, epic.number), stored: { forecast: f, target, verdict, line: outlookLine(f, target, verdict) } };
}
