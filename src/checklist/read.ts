import type { RepoRef } from '../core/plan';
import type { GitHub } from '../core/port';
import { EPICS_OF_ISSUE_QUERY } from './queries';
import { refKey } from './refs';

/**
 * The one reader of "which epics list this issue": the native parent and every issue whose
 * timeline cross-references it, all pages of the timeline. The epics feature and label
 * inheritance both read through here (labels continue from the first page they read with
 * their own query).
 */

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

/** A `labels(first: 100) { nodes { name } }` answer. */
export type LabelNodes = { nodes?: ({ name: string } | null)[] | null } | null | undefined;

/** The `EpicCandidate` fragment as GitHub answers it. */
export interface CandidateNode {
  number: number;
  title?: string | null;
  state: string;
  body?: string | null;
  repository: { nameWithOwner: string };
  labels?: LabelNodes;
  subIssuesSummary?: { total: number } | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

/** One page of cross-references: the sources that are issues carry the candidate fields. */
export interface ReferencingPage {
  pageInfo?: PageInfo | null;
  nodes?: ({ source?: Partial<CandidateNode> | null } | null)[] | null;
}

interface ContextNode {
  __typename: 'Issue' | 'PullRequest';
  state?: string;
  body?: string | null;
  authorAssociation?: string | null;
  parent?: CandidateNode | null;
  subIssuesSummary?: { total: number } | null;
  labels?: LabelNodes;
  timelineItems?: ReferencingPage | null;
}

type ContextAnswer = { repository: { issueOrPullRequest: ContextNode | null } | null };

/** The most timeline pages read for one issue: 5,000 cross-references. */
const MAX_PAGES = 50;

export function repoOf(nameWithOwner: string): RepoRef {
  const [owner = '', repo = ''] = nameWithOwner.split('/');
  return { owner, repo };
}

export function labelNames(labels: LabelNodes): string[] {
  return (labels?.nodes ?? []).flatMap((l) => (l ? [l.name] : []));
}

export function candidateOf(node: CandidateNode): Candidate {
  return {
    repo: repoOf(node.repository.nameWithOwner),
    number: node.number,
    title: node.title ?? '',
    state: node.state === 'OPEN' ? 'open' : 'closed',
    body: node.body ?? '',
    labels: labelNames(node.labels),
    subIssues: node.subIssuesSummary?.total ?? 0
  };
}

export interface GraphqlAnswer<T> {
  data: T;
  errors: { path?: (string | number)[]; type?: string; message: string }[];
}

/** GraphQL answers may be partial: keep the data and the paths that failed. */
export async function queryPartial<T>(
  github: GitHub,
  text: string,
  variables?: Record<string, unknown>
): Promise<GraphqlAnswer<T>> {
  try {
    return { data: await github.graphql<T>(text, variables), errors: [] };
  } catch (error) {
    const partial = error as { data?: T; errors?: GraphqlAnswer<T>['errors'] } | null;
    if (partial && typeof partial === 'object' && partial.data && Array.isArray(partial.errors))
      return { data: partial.data, errors: partial.errors };
    throw error;
  }
}

/** The candidates of one timeline page, skipping sources that are not issues and those already seen. */
export function referencingOf(page: ReferencingPage | null | undefined, seen: Set<string>): Candidate[] {
  const found: Candidate[] = [];
  for (const item of page?.nodes ?? []) {
    const source = item?.source;
    if (!source || typeof source.number !== 'number' || !source.repository || typeof source.state !== 'string')
      continue;
    const candidate = candidateOf(source as CandidateNode);
    const key = refKey({ ...candidate.repo, number: candidate.number });
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(candidate);
  }
  return found;
}

function nextCursor(page: ReferencingPage | null | undefined): string | undefined {
  const info = page?.pageInfo;
  return info?.hasNextPage && info.endCursor ? info.endCursor : undefined;
}

function contextOf(node: ContextNode): IssueContext {
  const context: IssueContext = {
    kind: node.__typename === 'PullRequest' ? 'pull' : 'issue',
    labels: [],
    subIssues: 0,
    referencing: []
  };
  if (node.__typename !== 'Issue') return context;
  context.state = node.state === 'OPEN' ? 'open' : 'closed';
  context.body = node.body ?? '';
  if (typeof node.authorAssociation === 'string') context.authorAssociation = node.authorAssociation;
  context.labels = labelNames(node.labels);
  context.subIssues = node.subIssuesSummary?.total ?? 0;
  if (node.parent) context.parent = candidateOf(node.parent);
  return context;
}

/** Finds the native parent and the cross-referencing issues of an issue or pull request (one request unless the timeline is long). */
export async function readIssueContext(github: GitHub, repo: RepoRef, number: number): Promise<IssueContext> {
  const variables = { owner: repo.owner, name: repo.repo, number, after: null };
  const { data } = await queryPartial<ContextAnswer>(github, EPICS_OF_ISSUE_QUERY, variables);
  const node = data.repository?.issueOrPullRequest;
  if (!node) return { kind: 'missing', labels: [], subIssues: 0, referencing: [] };
  const context = contextOf(node);
  const seen = new Set<string>();
  context.referencing = referencingOf(node.timelineItems, seen);
  const after = nextCursor(node.timelineItems);
  if (after) context.referencing.push(...(await readReferencing(github, repo, number, after, seen)));
  return context;
}

/**
 * The rest of an issue's cross-references, from the cursor of a page already read: every
 * page up to MAX_PAGES, so an epic that mentioned the issue 101st is found too.
 */
export async function readReferencing(
  github: GitHub,
  repo: RepoRef,
  number: number,
  after: string,
  seen: Set<string> = new Set()
): Promise<Candidate[]> {
  const found: Candidate[] = [];
  let cursor: string | undefined = after;
  for (let page = 1; cursor && page < MAX_PAGES; page++) {
    const { data } = await queryPartial<ContextAnswer>(github, EPICS_OF_ISSUE_QUERY, {
      owner: repo.owner,
      name: repo.repo,
      number,
      after: cursor
    });
    const timeline = data.repository?.issueOrPullRequest?.timelineItems;
    found.push(...referencingOf(timeline, seen));
    cursor = nextCursor(timeline);
  }
  return found;
}
