import type { RepoRef } from '../core/plan';
import type { GitHub } from '../core/port';
import type { EpicCandidate } from './inherit';
import {
  labelNames,
  readReferencing,
  referencingOf,
  type Candidate,
  type LabelNodes,
  type ReferencingPage
} from '../checklist/read';
import { sameRepo } from '../checklist/refs';

/** The issue or pull request, its labels, and the epics it may inherit from, in one request. */
export const LABELS_TARGET_QUERY = `query LabelsTarget($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    issueOrPullRequest(number: $number) {
      __typename
      ... on Issue {
        number title body author { __typename login }
        labels(first: 100) { nodes { name } }
        parent { number state labels(first: 100) { nodes { name } } }
        timelineItems(first: 100, itemTypes: [CROSS_REFERENCED_EVENT]) {
          pageInfo { hasNextPage endCursor }
          nodes { ... on CrossReferencedEvent { source { ... on Issue { number title state body repository { nameWithOwner } labels(first: 100) { nodes { name } } } } } }
        }
      }
      ... on PullRequest {
        number title body author { __typename login } headRefName baseRefName
        labels(first: 100) { nodes { name } }
      }
    }
  }
}`;

interface TargetNode {
  __typename: 'Issue' | 'PullRequest';
  number: number;
  title?: string | null;
  body?: string | null;
  author?: { __typename: string; login: string } | null;
  labels?: LabelNodes;
  parent?: { number: number; state: string; labels?: LabelNodes } | null;
  timelineItems?: ReferencingPage | null;
  headRefName?: string;
  baseRefName?: string;
}

export interface LabelsSnapshot {
  kind: 'Issue' | 'PullRequest';
  number: number;
  title: string;
  body: string;
  author: string;
  labels: string[];
  headBranch?: string;
  baseBranch?: string;
  epics: EpicCandidate[];
}

/**
 * The issue or pull request with what the rules need: one GraphQL request, and for an issue
 * mentioned more than 100 times the rest of its cross-references through the epic domain's
 * reader, so an epic that listed it late is still an epic it inherits from.
 */
export async function readTarget(github: GitHub, repo: RepoRef, number: number): Promise<LabelsSnapshot | undefined> {
  const data = await github.graphql<{ repository: { issueOrPullRequest: TargetNode | null } | null }>(
    LABELS_TARGET_QUERY,
    { owner: repo.owner, name: repo.repo, number }
  );
  const node = data.repository?.issueOrPullRequest;
  if (!node) return undefined;
  const seen = new Set<string>();
  const referencing = referencingOf(node.timelineItems, seen);
  const info = node.timelineItems?.pageInfo;
  if (info?.hasNextPage && info.endCursor)
    referencing.push(...(await readReferencing(github, repo, number, info.endCursor, seen)));
  return {
    kind: node.__typename,
    number: node.number,
    title: node.title ?? '',
    body: node.body ?? '',
    author: authorName(node.author),
    labels: labelNames(node.labels),
    headBranch: node.headRefName,
    baseBranch: node.baseRefName,
    epics: epicCandidates(node, referencing, repo)
  };
}

/** GraphQL spells a bot `dependabot` (type Bot); rules name it as REST and the UI do, `dependabot[bot]`. */
function authorName(author: TargetNode['author']): string {
  if (!author?.login) return '';
  return author.__typename === 'Bot' && !author.login.endsWith('[bot]') ? `${author.login}[bot]` : author.login;
}

/** The native parent, then the issues of this repository that mention it: the epics it may inherit from. */
function epicCandidates(node: TargetNode, referencing: Candidate[], repo: RepoRef): EpicCandidate[] {
  const epics: EpicCandidate[] = [];
  if (node.parent)
    epics.push({
      number: node.parent.number,
      open: node.parent.state === 'OPEN',
      body: '',
      labels: labelNames(node.parent.labels),
      parent: true
    });
  for (const source of referencing) {
    if (!sameRepo(source.repo, repo) || epics.some((e) => e.number === source.number)) continue;
    epics.push({
      number: source.number,
      open: source.state === 'open',
      body: source.body,
      labels: source.labels,
      parent: false
    });
  }
  return epics;
}

/** GitHub lists at most 3,000 changed files of a pull request. */
export const MAX_FILES = 3000;

/** The pull request's changed files, 100 a page, stopping at GitHub's limit. */
export async function readFiles(github: GitHub, repo: RepoRef, number: number): Promise<string[]> {
  const files = await github.paginate<{ filename: string }>(
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
    { ...repo, pull_number: number },
    (items) => items.length >= MAX_FILES
  );
  return files.slice(0, MAX_FILES).map((f) => f.filename);
}

/**
 * The labels as they are now, read right before writing so a person's change is not lost. One
 * request: an issue holds at most 100 labels.
 */
export async function readCurrentLabels(github: GitHub, repo: RepoRef, number: number): Promise<string[]> {
  const response = await github.request<{ name: string }[]>('GET /repos/{owner}/{repo}/issues/{issue_number}/labels', {
    ...repo,
    issue_number: number,
    per_page: 100
  });
  return response.data.map((l) => l.name);
}
