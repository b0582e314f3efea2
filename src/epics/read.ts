import type { RepoRef } from '../core/plan';
import type { GitHub } from '../core/port';
import type { EpicSnapshot } from './planner';
import { EPIC_FIELDS, MERGED_PULL_QUERY, OPEN_ISSUES_QUERY } from './queries';
import { CHILD_FIELDS, readChildren, type Alongside } from '../checklist/children';
import { childStateOfNode, type ChildState } from '../checklist/policy';
import { labelNames, queryPartial as query, repoOf, type LabelNodes } from '../checklist/read';
import type { MergedPullQuery, OpenIssuesQuery } from '../core/generated/graphql';
import { refKey, type IssueRef } from '../checklist/refs';
import { readReport } from '../checklist/report';
import { storedOutlookLine } from '../checklist/outlook';

export interface MergedPull {
  merged: boolean;
  baseRefName: string;
  defaultBranch?: string;
  title: string;
  body: string;
  closing: IssueRef[];
}

export async function readMergedPull(github: GitHub, repo: RepoRef, number: number): Promise<MergedPull | undefined> {
  const { data } = await query<MergedPullQuery>(github, MERGED_PULL_QUERY, {
    owner: repo.owner,
    name: repo.repo,
    number
  });
  const pull = data.repository?.pullRequest;
  if (!pull) return undefined;
  return {
    merged: Boolean(pull.merged),
    baseRefName: pull.baseRefName,
    defaultBranch: data.repository?.defaultBranchRef?.name,
    title: pull.title ?? '',
    body: pull.body ?? '',
    closing: (pull.closingIssuesReferences?.nodes ?? []).flatMap((n) =>
      n ? [{ ...repoOf(n.repository.nameWithOwner), number: n.number }] : []
    )
  };
}

/** Open issues that are epics: the label, or native sub-issues. Walks the whole issues connection (search stops at 1,000). */
export async function readOpenEpics(
  github: GitHub,
  repo: RepoRef,
  label: string,
  types: string[] = []
): Promise<number[]> {
  const epics: number[] = [];
  // The published GraphQL schema has no issue types: open issues of each type through REST.
  for (const type of types) {
    const typed = await github.paginate<{ number: number; pull_request?: unknown }>(
      'GET /repos/{owner}/{repo}/issues',
      { ...repo, state: 'open', type, per_page: 100 }
    );
    for (const issue of typed) if (!issue.pull_request && !epics.includes(issue.number)) epics.push(issue.number);
  }
  let after: string | null = null;
  for (let page = 0; page < 1000; page++) {
    const answer: { data: OpenIssuesQuery } = await query<OpenIssuesQuery>(github, OPEN_ISSUES_QUERY, {
      owner: repo.owner,
      name: repo.repo,
      after
    });
    const issues = answer.data.repository?.issues;
    if (!issues) break;
    for (const node of issues.nodes ?? []) {
      if (!node) continue;
      if (isEpic(labelNames(node.labels), node.subIssuesSummary?.total ?? 0, label) && !epics.includes(node.number))
        epics.push(node.number);
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

/** An epic as the batched read answers it (EPIC_FIELDS; the query is built, so its type is written here). */
interface EpicNode {
  number: number;
  title?: string | null;
  body?: string | null;
  state?: string;
  labels?: LabelNodes;
  subIssues?: {
    nodes?:
      | ({
          number: number;
          state?: string;
          stateReason?: string | null;
          repository: { nameWithOwner: string };
        } | null)[]
      | null;
  } | null;
  subIssuesSummary?: { total?: number } | null;
  reports?: { nodes?: ({ url?: string; body?: string; viewerDidAuthor?: boolean } | null)[] | null } | null;
}

/**
 * Reads epics (body, labels, state, sub-issues with their state) and children (issues or
 * pull requests, any readable repository) through the epic domain's one reader of children,
 * the epics in its first request: one request for up to 250 children. What cannot be read is
 * reported per child, never thrown.
 */
export async function readBatch(
  github: GitHub,
  epics: { repo: RepoRef; number: number }[],
  children: IssueRef[]
): Promise<BatchResult> {
  const alongside: Alongside[] = epics.map((e) => ({
    repo: e.repo,
    alias: `e${e.number}`,
    selection: `issue(number: ${e.number}) { ${EPIC_FIELDS} }`
  }));
  const read = await readChildren(github, children, CHILD_FIELDS, alongside);
  const result: BatchResult = { epics: new Map(), children: new Map() };
  // Sub-issues' state comes with their epic; a child read on its own has the last word.
  for (const [i, epic] of epics.entries()) {
    const node = read.alongside.get(alongside[i]!) as EpicNode | null | undefined;
    result.epics.set(
      refKey({ ...epic.repo, number: epic.number }),
      node ? snapshotOf(epic.repo, node, result.children) : undefined
    );
  }
  for (const [key, child] of read.children)
    result.children.set(key, 'node' in child ? childStateOfNode(child.node) : { kind: 'unreadable', why: child.why });
  return result;
}

function snapshotOf(repo: RepoRef, node: EpicNode, children: Map<string, ChildState>): EpicSnapshot {
  const subIssues: IssueRef[] = [];
  for (const sub of node.subIssues?.nodes ?? []) {
    if (!sub) continue;
    const ref = { ...repoOf(sub.repository.nameWithOwner), number: sub.number };
    subIssues.push(ref);
    if (sub.state) children.set(refKey(ref), childStateOfNode({ __typename: 'Issue', ...sub }));
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
function latestReport(
  repo: RepoRef,
  number: number,
  comments: ({ url?: string; body?: string; viewerDidAuthor?: boolean } | null)[]
): EpicSnapshot['report'] {
  let latest: EpicSnapshot['report'];
  const own = `/${repo.owner}/${repo.repo}/issues/${number}#issuecomment-`.toLowerCase();
  for (const c of comments) {
    if (
      c?.viewerDidAuthor !== true ||
      typeof c.url !== 'string' ||
      typeof c.body !== 'string' ||
      !c.url.toLowerCase().includes(own)
    )
      continue;
    const stored = readReport(c.body);
    if (!stored || (latest && latest.date >= stored.date)) continue;
    latest = { url: c.url, date: stored.date, outlook: storedOutlookLine((stored as { outlook?: unknown }).outlook) };
  }
  return latest;
}
