import { COMMENT_MARKER } from '../core/conversation';
import type { RepoRef } from '../core/plan';
import { isOwnComment, ownIdentity, type AuthorLike, type Identity } from '../github/identity';
import type { GitHub } from '../core/port';
import type { CommentsView } from './model';
import { COMMENTS_BY_ID_QUERY, ISSUE_QUERY, SWEEP_QUERY } from './queries';
import type { IssueSnapshot, TimelineEvent } from './time';

const EVENT_WINDOW = 50;
const COMMENTS_PER_REQUEST = 50;
const MAX_PAGES = 2000;

interface Connection<T> {
  totalCount?: number;
  nodes?: (T | null)[] | null;
}

type EventNode = { __typename?: string; createdAt?: string; label?: { name: string } | null };

interface IssueNode {
  id: string;
  number: number;
  title: string;
  body?: string | null;
  state?: string;
  issueState?: string;
  createdAt: string;
  labels?: Connection<{ name: string }>;
  assignees?: { totalCount: number };
  early?: Connection<EventNode>;
  late?: Connection<EventNode>;
  comments?: Connection<CommentNode>;
}

type CommentNode = { databaseId: number | null; body: string; author?: AuthorLike | null };

/** An issue as the sweep saw it, with the node id its comments are read by. */
export interface SweptIssue {
  id: string;
  snapshot: IssueSnapshot;
}

function events(node: IssueNode): { events: TimelineEvent[]; complete: boolean } {
  const seen = new Map<string, TimelineEvent>();
  for (const e of [...(node.early?.nodes ?? []), ...(node.late?.nodes ?? [])]) {
    if (!e?.createdAt) continue;
    const event: TimelineEvent =
      e.__typename === 'AssignedEvent' || (!e.label && e.__typename !== 'LabeledEvent')
        ? { kind: 'assigned', at: e.createdAt }
        : { kind: 'labeled', at: e.createdAt, ...(e.label?.name ? { label: e.label.name } : {}) };
    seen.set(`${event.kind}|${event.at}|${event.label ?? ''}`, event);
  }
  const total = node.early?.totalCount ?? seen.size;
  return { events: [...seen.values()], complete: total <= EVENT_WINDOW };
}

export function snapshotOf(node: IssueNode): IssueSnapshot {
  const timeline = events(node);
  const state = node.issueState ?? node.state;
  return {
    number: node.number,
    title: node.title ?? '',
    body: node.body ?? '',
    createdAt: node.createdAt,
    open: state !== 'CLOSED',
    labels: (node.labels?.nodes ?? []).filter((l): l is { name: string } => !!l).map((l) => l.name),
    assignees: node.assignees?.totalCount ?? 0,
    events: timeline.events,
    eventsComplete: timeline.complete
  };
}

/**
 * Our escalation comments among the ones read (written by the action, marker first: a forged
 * one must neither suppress a real escalation nor resolve it), whether those were all, and the
 * pull request's conversation comment (gate result and escalation sections in one), if ours.
 */
export function commentsView(connection: Connection<CommentNode> | undefined, self: Identity): CommentsView {
  const nodes = (connection?.nodes ?? []).filter(
    (c): c is CommentNode & { databaseId: number } => !!c && typeof c.databaseId === 'number'
  );
  const conversation = nodes.find((c) => isOwnComment(self, c, COMMENT_MARKER));
  return {
    // The conversation's sections are read by the pull request's own flow (flows.ts), not as comments.
    ours: nodes
      .filter((c) => c !== conversation && isOwnComment(self, c, '<!-- epic-steward:escalation:'))
      .map((c) => ({ id: c.databaseId, body: c.body })),
    complete: (connection?.totalCount ?? Infinity) <= nodes.length,
    ...(conversation ? { conversation: { id: conversation.databaseId, body: conversation.body } } : {})
  };
}

/**
 * Walks the repository's issues connection, 100 issues a request, handing each page to
 * `visit` so only what is due or escalated is kept (5,000 issues: 50 requests).
 */
export async function sweepIssues(
  github: GitHub,
  repo: RepoRef,
  filter: { states: ('OPEN' | 'CLOSED')[]; labels?: string[] },
  visit: (issues: SweptIssue[]) => void
): Promise<number> {
  let after: string | null = null;
  let pages = 0;
  for (; pages < MAX_PAGES;) {
    type Page = {
      repository: {
        issues: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: (IssueNode | null)[] };
      } | null;
    };
    const data: Page = await github.graphql<Page>(SWEEP_QUERY, {
      owner: repo.owner,
      name: repo.repo,
      states: filter.states,
      labels: filter.labels ?? null,
      after
    });
    pages++;
    const issues = data.repository?.issues;
    if (!issues) break;
    visit(issues.nodes.filter((n): n is IssueNode => !!n).map((n) => ({ id: n.id, snapshot: snapshotOf(n) })));
    if (!issues.pageInfo.hasNextPage || !issues.pageInfo.endCursor) break;
    after = issues.pageInfo.endCursor;
  }
  return pages;
}

/** The last comments of many issues by node id, 50 issues a request. */
export async function readComments(github: GitHub, ids: string[]): Promise<Map<string, CommentsView>> {
  const views = new Map<string, CommentsView>();
  const self = await ownIdentity(github);
  for (let i = 0; i < ids.length; i += COMMENTS_PER_REQUEST) {
    const chunk = ids.slice(i, i + COMMENTS_PER_REQUEST);
    const data = await github.graphql<{
      nodes: (({ comments?: IssueNode['comments'] } & { number?: number }) | null)[];
    }>(COMMENTS_BY_ID_QUERY, { ids: chunk });
    chunk.forEach((id, index) => {
      const node = data.nodes[index];
      views.set(id, node ? commentsView(node.comments, self) : { ours: [], complete: false });
    });
  }
  return views;
}

export type IssueOrPull =
  | { kind: 'issue'; snapshot: IssueSnapshot; comments: CommentsView }
  | { kind: 'pull'; number: number; open: boolean; labels: string[]; comments: CommentsView };

/** One issue or pull request with its labels and last comments (one request). */
export async function readIssue(github: GitHub, repo: RepoRef, number: number): Promise<IssueOrPull | undefined> {
  const data = await github.graphql<{
    repository: { issueOrPullRequest: (IssueNode & { __typename: string; pullState?: string }) | null } | null;
  }>(ISSUE_QUERY, {
    owner: repo.owner,
    name: repo.repo,
    number
  });
  const node = data.repository?.issueOrPullRequest;
  if (!node) return undefined;
  const self = await ownIdentity(github);
  if (node.__typename === 'PullRequest') {
    return {
      kind: 'pull',
      number: node.number,
      open: node.pullState === 'OPEN',
      labels: (node.labels?.nodes ?? []).filter((l): l is { name: string } => !!l).map((l) => l.name),
      comments: commentsView(node.comments, self)
    };
  }
  return { kind: 'issue', snapshot: snapshotOf(node), comments: commentsView(node.comments, self) };
}
