import type { RepoRef } from '../core/plan';
import type { GitHub } from '../core/port';
import type { ChildState, EpicSnapshot } from './planner';
import { batchQuery, EPICS_OF_ISSUE_QUERY, MERGED_PULL_QUERY, OPEN_ISSUES_QUERY, safeName } from './queries';
import { refKey, type IssueRef } from './refs';
import { readReport } from '../escalations/report';
import { storedOutlookLine } from '../escalations/outlook';

/** An issue that may be an epic of a changed child, as the first query sees it. */
export interface Candidate {
  repo: RepoRef;
  number: number;
  title: string;
  state: 'open' | 'closed';
  body: string;
  labels: string[];
  subIssues: number;
}

export interface IssueContext {
  kind: 'issue' | 'pull' | 'missing';
  state?: 'open' | 'closed';
  body?: string;
  /** The issue author's relation to the repository (`OWNER`, `MEMBER`, `COLLABORATOR`, `NONE`…). */
  authorAssociation?: string;
  labels: string[];
  subIssues: number;
  parent?: Candidate;
  /** Issues whose timeline says they mention this one, newest last, deduplicated. */
  referencing: Candidate[];
}

type Labels = { nodes: ({ name: string } | null)[] | null } | null;

interface CandidateNode {
  number: number;
  title: string;
  state: 'OPEN' | 'CLOSED';
  body: string;
  repository: { nameWithOwner: string };
  labels: Labels;
  subIssuesSummary: { total: number };
}

function repoOf(nameWithOwner: string): RepoRef {
  const [owner = '', repo = ''] = nameWithOwner.split('/');
  return { owner, repo };
}

function labelNames(labels: Labels): string[] {
  return (labels?.nodes ?? []).flatMap((l) => (l ? [l.name] : []));
}

function candidate(node: CandidateNode): Candidate {
  return {
    repo: repoOf(node.repository.nameWithOwner),
    number: node.number,
    title: node.title,
    state: node.state === 'OPEN' ? 'open' : 'closed',
    body: node.body ?? '',
    labels: labelNames(node.labels),
    subIssues: node.subIssuesSummary?.total ?? 0
  };
}

/** GraphQL answers may be partial: keep the data and the paths that failed. */
async function query<T>(github: GitHub, text: string, variables?: Record<string, unknown>): Promise<{ data: T; errors: { path?: (string | number)[]; type?: string; message: string }[] }> {
  try {
    return { data: await github.graphql<T>(text, variables), errors: [] };
  } catch (error) {
    const partial = error as { data?: T; errors?: { path?: (string | number)[]; type?: string; message: string }[] };
    if (partial && typeof partial === 'object' && partial.data && Array.isArray(partial.errors)) return { data: partial.data, errors: partial.errors };
    throw error;
  }
}

/** Finds the native parent and the cross-referencing issues of an issue or pull request (one request unless the timeline is long). */
export async function readIssueContext(github: GitHub, repo: RepoRef, number: number): Promise<IssueContext> {
  const context: IssueContext = { kind: 'missing', labels: [], subIssues: 0, referencing: [] };
  const seen = new Set<string>();
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const answer: { data: { repository: { issueOrPullRequest: any } | null } } = await query(github, EPICS_OF_ISSUE_QUERY, { owner: repo.owner, name: repo.repo, number, after });
    const node: any = answer.data.repository?.issueOrPullRequest;
    if (!node) return context;
    if (page === 0) {
      context.kind = node.__typename === 'PullRequest' ? 'pull' : 'issue';
      if (node.__typename === 'Issue') {
        context.state = node.state === 'OPEN' ? 'open' : 'closed';
        context.body = node.body ?? '';
        if (typeof node.authorAssociation === 'string') context.authorAssociation = node.authorAssociation;
        context.labels = labelNames(node.labels);
        context.subIssues = node.subIssuesSummary?.total ?? 0;
        if (node.parent) context.parent = candidate(node.parent);
      }
    }
    for (const item of node.timelineItems?.nodes ?? []) {
      const source = item?.source;
      if (!source || typeof source.number !== 'number' || !source.repository) continue;
      const found = candidate(source);
      const key = refKey({ ...found.repo, number: found.number });
      if (seen.has(key)) continue;
      seen.add(key);
      context.referencing.push(found);
    }
    const info: { hasNextPage?: boolean; endCursor?: string | null } | undefined = node.timelineItems?.pageInfo;
    if (!info?.hasNextPage || !info.endCursor) break;
    after = info.endCursor;
  }
  return context;
}

export interface MergedPull {
  merged: boolean;
  baseRefName: string;
  defaultBranch?: string;
  title: string;
  body: string;
  closing: IssueRef[];
}

export async function readMergedPull(github: GitHub, repo: RepoRef, number: number): Promise<MergedPull | undefined> {
  const { data } = await query<{ repository: { defaultBranchRef: { name: string } | null; pullRequest: any } | null }>(github, MERGED_PULL_QUERY, { owner: repo.owner, name: repo.repo, number });
  const pull = data.repository?.pullRequest;
  if (!pull) return undefined;
  return {
    merged: Boolean(pull.merged),
    baseRefName: pull.baseRefName,
    defaultBranch: data.repository?.defaultBranchRef?.name,
    title: pull.title ?? '',
    body: pull.body ?? '',
    closing: (pull.closingIssuesReferences?.nodes ?? []).flatMap((n: { number: number; repository: { nameWithOwner: string } } | null) =>
      n ? [{ ...repoOf(n.repository.nameWithOwner), number: n.number }] : []
    )
  };
}

/** Open issues that are epics: the label, or native sub-issues. Walks the whole issues connection (search stops at 1,000). */
export async function readOpenEpics(github: GitHub, repo: RepoRef, label: string, types: string[] = []): Promise<number[]> {
  const epics: number[] = [];
  // The published GraphQL schema has no issue types: open issues of each type through REST.
  for (const type of types) {
    const typed = await github.paginate<{ number: number; pull_request?: unknown }>('GET /repos/{owner}/{repo}/issues', { ...repo, state: 'open', type, per_page: 100 });
    for (const issue of typed) if (!issue.pull_request && !epics.includes(issue.number)) epics.push(issue.number);
  }
  let after: string | null = null;
  for (let page = 0; page < 1000; page++) {
    type Page = { repository: { issues: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: any[] } } | null };
    const answer: { data: Page } = await query<Page>(github, OPEN_ISSUES_QUERY, { owner: repo.owner, name: repo.repo, after });
    const issues = answer.data.repository?.issues;
    if (!issues) break;
    for (const node of issues.nodes ?? []) {
      if (!node) continue;
      if (isEpic(labelNames(node.labels), node.subIssuesSummary?.total ?? 0, label) && !epics.includes(node.number)) epics.push(node.number);
    }
    if (!issues.pageInfo.hasNextPage || !issues.pageInfo.endCursor) break;
    after = issues.pageInfo.endCursor;
  }
  return epics;
}

/** An issue of one of the configured issue types is an epic. */
export function isEpicType(type: unknown, types: string[]): boolean {
  return typeof type === 'string' && types.some((t) => t.toLowerCase() === type.toLowerCase());
}

export function isEpic(labels: string[], subIssues: number, label: string): boolean {
  return subIssues > 0 || labels.some((l) => l.toLowerCase() === label.toLowerCase());
}

export interface BatchResult {
  epics: Map<string, EpicSnapshot | undefined>;
  children: Map<string, ChildState>;
}

const CHILDREN_PER_QUERY = 250;

function stateOf(node: any): ChildState {
  const state = node.issueState ?? node.pullState ?? node.state;
  if (node.__typename === 'PullRequest') return { kind: 'pull', state: node.merged || state === 'MERGED' ? 'merged' : state === 'OPEN' ? 'open' : 'closed' };
  return {
    kind: 'issue',
    state: state === 'OPEN' ? 'open' : 'closed',
    reason: typeof node.stateReason === 'string' ? (node.stateReason.toLowerCase() as 'completed') : null
  };
}

/**
 * Reads epics (body, labels, state, sub-issues with their state) and children (issues or
 * pull requests, any readable repository) in as few requests as the size allows: one for up
 * to 250 children. What cannot be read is reported per child, never thrown.
 */
export async function readBatch(github: GitHub, epics: { repo: RepoRef; number: number }[], children: IssueRef[]): Promise<BatchResult> {
  const result: BatchResult = { epics: new Map(), children: new Map() };
  const unique = [...new Map(children.map((c) => [refKey(c), c])).values()];
  for (const c of unique) {
    if (!safeName(c.owner) || !safeName(c.repo)) result.children.set(refKey(c), { kind: 'unreadable', why: 'not a valid repository name' });
  }
  const readable = unique.filter((c) => !result.children.has(refKey(c)));
  const chunks: IssueRef[][] = [];
  for (let i = 0; i < readable.length; i += CHILDREN_PER_QUERY) chunks.push(readable.slice(i, i + CHILDREN_PER_QUERY));
  if (chunks.length === 0) chunks.push([]);
  for (const [index, chunk] of chunks.entries()) {
    const plan = batchQuery(index === 0 ? epics : [], chunk);
    const { data, errors } = await query<Record<string, Record<string, any> | null>>(github, plan.query);
    const failure = (path: string) => {
      const [repoAlias, field] = path.split('.');
      const error = errors.find((e) => e.path !== undefined && e.path[0] === repoAlias && (e.path.length === 1 || e.path[1] === field));
      if (data[repoAlias!] === null || data[repoAlias!] === undefined) return 'the repository cannot be read with this token';
      return error?.type === 'NOT_FOUND' || !error ? 'no such issue or pull request' : error.message;
    };
    for (const [path, epic] of plan.epics) {
      const [repoAlias, field] = path.split('.') as [string, string];
      const node = data[repoAlias]?.[field];
      result.epics.set(refKey({ ...epic.repo, number: epic.number }), node ? snapshotOf(epic.repo, node, result.children) : undefined);
    }
    for (const [path, child] of plan.children) {
      const [repoAlias, field] = path.split('.') as [string, string];
      const node = data[repoAlias]?.[field];
      result.children.set(refKey(child), node ? stateOf(node) : { kind: 'unreadable', why: failure(path) });
    }
  }
  return result;
}

function snapshotOf(repo: RepoRef, node: any, children: Map<string, ChildState>): EpicSnapshot {
  const subIssues: IssueRef[] = [];
  for (const sub of node.subIssues?.nodes ?? []) {
    if (!sub) continue;
    const ref = { ...repoOf(sub.repository.nameWithOwner), number: sub.number };
    subIssues.push(ref);
    if (sub.state) children.set(refKey(ref), stateOf({ __typename: 'Issue', ...sub }));
  }
  return {
    repo,
    number: node.number,
    title: node.title ?? '',
    body: node.body ?? '',
    state: node.state === 'OPEN' ? 'open' : 'closed',
    labels: labelNames(node.labels),
    subIssues,
    subIssueTotal: typeof node.subIssuesSummary?.total === 'number' ? node.subIssuesSummary.total : undefined,
    report: latestReport(repo, node.number, node.reports?.nodes ?? [])
  };
}

/**
 * The newest daily report among the epic's last comments: only one this token wrote (anyone
 * can paste the markers), and only a link to this epic's own comments.
 */
function latestReport(repo: RepoRef, number: number, comments: ({ url?: string; body?: string; viewerDidAuthor?: boolean } | null)[]): EpicSnapshot['report'] {
  let latest: EpicSnapshot['report'];
  const own = `/${repo.owner}/${repo.repo}/issues/${number}#issuecomment-`.toLowerCase();
  for (const c of comments) {
    if (c?.viewerDidAuthor !== true || typeof c.url !== 'string' || typeof c.body !== 'string' || !c.url.toLowerCase().includes(own)) continue;
    const stored = readReport(c.body);
    if (!stored || (latest && latest.date >= stored.date)) continue;
    latest = { url: c.url, date: stored.date, outlook: storedOutlookLine((stored as { outlook?: unknown }).outlook) };
  }
  return latest;
}
