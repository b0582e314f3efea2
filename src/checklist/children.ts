import type { RepoRef } from '../core/plan';
import type { GitHub } from '../core/port';
import type { ChildNode } from './policy';
import { queryPartial, type LabelNodes } from './read';
import { refKey, type IssueRef } from './refs';

/**
 * The one reader of an epic's children: every child (issue or pull request, any readable
 * repository) in requests of CHILDREN_PER_REQUEST, grouped by repository with aliases
 * (`r0: repository(…) { i14: issueOrPullRequest(number: 14) { … } }`). The epics feature reads
 * their state, with the epics themselves in the first request; the daily report reads the
 * same fields plus the history its burn-up is drawn from. What cannot be read is said per
 * child, never thrown.
 */

/** The state of a child: issue or pull request, with the reason an issue was closed. */
export const CHILD_FIELDS = `__typename ... on Issue { issueState: state stateReason(enableDuplicate: true) } ... on PullRequest { pullState: state merged }`;

/**
 * The state, and what the daily report needs besides: labels (escalated or not), creation, and
 * the last 20 closes and reopens, or the merge. The labels are asked once, on `Labelable`, not
 * once per type: GitHub's cost counts each connection written in the query, so two would cost
 * a point more every 33 children.
 */
export const CHILD_HISTORY_FIELDS = `${CHILD_FIELDS} ... on Labelable { labels(first: 100) { nodes { name } } } ... on Issue { createdAt closedAt history: timelineItems(last: 20, itemTypes: [CLOSED_EVENT, REOPENED_EVENT]) { nodes { __typename ... on ClosedEvent { createdAt } ... on ReopenedEvent { createdAt } } } } ... on PullRequest { createdAt mergedAt }`;

/** A child as the read answers it (the history fields only when asked for). */
export interface ChildHistoryNode extends ChildNode {
  createdAt?: string;
  closedAt?: string | null;
  mergedAt?: string | null;
  labels?: LabelNodes;
  history?: { nodes?: ({ __typename?: string; createdAt?: string } | null)[] | null } | null;
}

/** A child read: its node, or why it cannot be read. */
export type ChildRead = { node: ChildHistoryNode } | { why: string };

/** Read beside the children in the first request, e.g. an epic: `alias: selection` in its repository. */
export interface Alongside {
  repo: RepoRef;
  alias: string;
  selection: string;
}

export interface ChildrenQuery {
  query: string;
  /** Alias path (`r0.i14`) → what it reads. */
  children: Map<string, IssueRef>;
  alongside: Map<string, Alongside>;
}

export const CHILDREN_PER_REQUEST = 250;

const NAME = /^[A-Za-z0-9._-]+$/;

/** Owner and repository names go into the query text, so only GitHub's own name characters are allowed. */
export function safeName(name: string): boolean {
  return NAME.test(name) && name.length <= 100;
}

/** A reference the query can name: safe repository names and a positive issue number. */
export function readableRef(ref: IssueRef): boolean {
  return safeName(ref.owner) && safeName(ref.repo) && Number.isInteger(ref.number) && ref.number > 0;
}

/** One query for children (and what is read alongside them), one alias per repository, case-insensitively. */
export function childrenQuery(children: IssueRef[], fields: string, alongside: Alongside[] = []): ChildrenQuery {
  const byRepo = new Map<string, { repo: RepoRef; alongside: Alongside[]; numbers: Set<number> }>();
  const group = (repo: RepoRef) => {
    const key = `${repo.owner.toLowerCase()}/${repo.repo.toLowerCase()}`;
    let entry = byRepo.get(key);
    if (!entry) byRepo.set(key, (entry = { repo, alongside: [], numbers: new Set() }));
    return entry;
  };
  for (const a of alongside) group(a.repo).alongside.push(a);
  for (const c of children) if (readableRef(c)) group(c).numbers.add(c.number);
  const plan: ChildrenQuery = { query: '', children: new Map(), alongside: new Map() };
  const parts = [...byRepo.values()].map((entry, r) => {
    const alias = `r${r}`;
    const selections = entry.alongside.map((a) => {
      plan.alongside.set(`${alias}.${a.alias}`, a);
      return `${a.alias}: ${a.selection}`;
    });
    for (const n of entry.numbers) {
      plan.children.set(`${alias}.i${n}`, { ...entry.repo, number: n });
      selections.push(`i${n}: issueOrPullRequest(number: ${n}) { ${fields} }`);
    }
    return `${alias}: repository(owner: ${JSON.stringify(entry.repo.owner)}, name: ${JSON.stringify(entry.repo.repo)}) { ${selections.join(' ')} }`;
  });
  plan.query = `query EpicChildren { ${parts.join(' ')} }`;
  return plan;
}

/** A repository alias, then an issue alias: the shape of every answer of `childrenQuery`. */
type ChildrenAnswer = Record<string, Record<string, unknown> | null>;

export interface ChildrenResult {
  /** By refKey, every child asked for, each once. */
  children: Map<string, ChildRead>;
  /** What was read alongside, by its `Alongside`; null when GitHub answered nothing for it. */
  alongside: Map<Alongside, unknown>;
}

/**
 * Reads every child, CHILDREN_PER_REQUEST a request, and `alongside` in the first request:
 * `fields` is CHILD_FIELDS or CHILD_HISTORY_FIELDS. A child the token cannot read, or that does
 * not exist, leaves the others' answers standing.
 */
export async function readChildren(
  github: GitHub,
  children: IssueRef[],
  fields: string,
  alongside: Alongside[] = []
): Promise<ChildrenResult> {
  const result: ChildrenResult = { children: new Map(), alongside: new Map() };
  const unique = [...new Map(children.map((c) => [refKey(c), c])).values()];
  for (const c of unique) if (!readableRef(c)) result.children.set(refKey(c), { why: 'not a valid repository name' });
  const readable = unique.filter((c) => !result.children.has(refKey(c)));
  for (let i = 0; i < readable.length || (i === 0 && alongside.length > 0); i += CHILDREN_PER_REQUEST) {
    const plan = childrenQuery(readable.slice(i, i + CHILDREN_PER_REQUEST), fields, i === 0 ? alongside : []);
    const { data, errors } = await queryPartial<ChildrenAnswer>(github, plan.query);
    const failure = (path: string) => {
      const [repoAlias = '', field] = path.split('.');
      if (data[repoAlias] === null || data[repoAlias] === undefined)
        return 'the repository cannot be read with this token';
      const error = errors.find((e) => e.path?.[0] === repoAlias && (e.path.length === 1 || e.path[1] === field));
      return error?.type === 'NOT_FOUND' || !error ? 'no such issue or pull request' : error.message;
    };
    const nodeAt = (path: string): unknown => {
      const [repoAlias = '', field = ''] = path.split('.');
      return data[repoAlias]?.[field] ?? null;
    };
    for (const [path, a] of plan.alongside) result.alongside.set(a, nodeAt(path));
    for (const [path, child] of plan.children) {
      const node = nodeAt(path) as ChildHistoryNode | null;
      result.children.set(refKey(child), node ? { node } : { why: failure(path) });
    }
  }
  return result;
}
