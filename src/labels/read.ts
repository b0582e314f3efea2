import type { RepoRef } from '../core/plan';
import type { GitHub } from '../core/port';
import type { EpicCandidate } from './inherit';

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
          nodes { ... on CrossReferencedEvent { source { ... on Issue { number state body repository { nameWithOwner } labels(first: 100) { nodes { name } } } } } }
        }
      }
      ... on PullRequest {
        number title body author { __typename login } headRefName baseRefName
        labels(first: 100) { nodes { name } }
      }
    }
  }
}`;

interface Labels {
  nodes: { name: string }[];
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

const names = (l: Labels | undefined) => (l?.nodes ?? []).map((n) => n.name);

/** The issue or pull request with what the rules need, in one GraphQL request. */
export async function readTarget(github: GitHub, repo: RepoRef, number: number): Promise<LabelsSnapshot | undefined> {
  const data = await github.graphql<{ repository: { issueOrPullRequest: any } }>(LABELS_TARGET_QUERY, { owner: repo.owner, name: repo.repo, number });
  const node = data.repository?.issueOrPullRequest;
  if (!node) return undefined;
  const fullName = `${repo.owner}/${repo.repo}`.toLowerCase();
  const epics: EpicCandidate[] = [];
  if (node.parent) epics.push({ number: node.parent.number, open: node.parent.state === 'OPEN', body: '', labels: names(node.parent.labels), parent: true });
  for (const item of node.timelineItems?.nodes ?? []) {
    const source = item?.source;
    if (!source?.number || String(source.repository?.nameWithOwner).toLowerCase() !== fullName) continue;
    if (epics.some((e) => e.number === source.number)) continue;
    epics.push({ number: source.number, open: source.state === 'OPEN', body: source.body ?? '', labels: names(source.labels), parent: false });
  }
  return {
    kind: node.__typename,
    number: node.number,
    title: node.title ?? '',
    body: node.body ?? '',
    // GraphQL spells a bot `dependabot` (type Bot); rules name it as REST and the UI do, `dependabot[bot]`.
    author: node.author?.login ? `${node.author.login}${node.author.__typename === 'Bot' && !node.author.login.endsWith('[bot]') ? '[bot]' : ''}` : '',
    labels: names(node.labels),
    headBranch: node.headRefName,
    baseBranch: node.baseRefName,
    epics
  };
}

/** GitHub lists at most 3,000 changed files of a pull request. */
export const MAX_FILES = 3000;

/** The pull request's changed files, 100 a page, stopping at GitHub's limit. */
export async function readFiles(github: GitHub, repo: RepoRef, number: number): Promise<string[]> {
  const files = await github.paginate<{ filename: string }>('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { ...repo, pull_number: number }, (items) => items.length >= MAX_FILES);
  return files.slice(0, MAX_FILES).map((f) => f.filename);
}

/**
 * The labels as they are now, read right before writing so a person's change is not lost. One
 * request: an issue holds at most 100 labels.
 */
export async function readCurrentLabels(github: GitHub, repo: RepoRef, number: number): Promise<string[]> {
  const response = await github.request<{ name: string }[]>('GET /repos/{owner}/{repo}/issues/{issue_number}/labels', { ...repo, issue_number: number, per_page: 100 });
  return response.data.map((l) => l.name);
}
