import type { RepoRef } from '../core/plan';
import type { IssueRef } from '../checklist/refs';

/** A merged pull request: what it closes, where it was merged, and its own text for closing keywords. */
export const MERGED_PULL_QUERY = /* GraphQL */ `
  query MergedPull($owner: String!, $name: String!, $number: Int!) {
    repository(owner: $owner, name: $name) {
      defaultBranchRef {
        name
      }
      pullRequest(number: $number) {
        number
        merged
        baseRefName
        title
        body
        closingIssuesReferences(first: 100) {
          nodes {
            number
            repository {
              nameWithOwner
            }
          }
        }
      }
    }
  }
`;

/** Every open issue with what makes it an epic (label or sub-issues), for the scheduled sweep. */
export const OPEN_ISSUES_QUERY = /* GraphQL */ `
  query OpenIssues($owner: String!, $name: String!, $after: String) {
    repository(owner: $owner, name: $name) {
      issues(states: [OPEN], first: 100, after: $after, orderBy: { field: CREATED_AT, direction: ASC }) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          number
          labels(first: 100) {
            nodes {
              name
            }
          }
          subIssuesSummary {
            total
          }
        }
      }
    }
  }
`;

/** The fields of an epic the planner needs, in the batched read. */
export const EPIC_FIELDS = `number title body state labels(first: 100) { nodes { name } } subIssues(first: 100) { nodes { number state stateReason(enableDuplicate: true) repository { nameWithOwner } } } subIssuesSummary { total } reports: comments(last: 20) { nodes { url body viewerDidAuthor } }`;

/** The fields of a child: issue or pull request, with the reason an issue was closed. */
export const CHILD_FIELDS = `__typename ... on Issue { issueState: state stateReason(enableDuplicate: true) } ... on PullRequest { pullState: state merged }`;

const NAME = /^[A-Za-z0-9._-]+$/;

/** Owner and repository names go into the query text, so only GitHub's own name characters are allowed. */
export function safeName(name: string): boolean {
  return NAME.test(name) && name.length <= 100;
}

export interface BatchPlan {
  query: string;
  /** Alias path → what it reads. */
  epics: Map<string, { repo: RepoRef; number: number }>;
  children: Map<string, IssueRef>;
}

/**
 * One query for several epics and all their children, grouped by repository with aliases
 * (`r0: repository(…) { i14: issueOrPullRequest(number: 14) { … } }`), so reading an epic of
 * 200 stories costs one request. Cross-repository children are read when the token can.
 */
export function batchQuery(epics: { repo: RepoRef; number: number }[], children: IssueRef[]): BatchPlan {
  const byRepo = new Map<string, { repo: RepoRef; epics: number[]; children: number[] }>();
  const group = (repo: RepoRef) => {
    const key = `${repo.owner.toLowerCase()}/${repo.repo.toLowerCase()}`;
    let entry = byRepo.get(key);
    if (!entry) byRepo.set(key, (entry = { repo, epics: [], children: [] }));
    return entry;
  };
  for (const e of epics) group(e.repo).epics.push(e.number);
  for (const c of children) if (safeName(c.owner) && safeName(c.repo)) group(c).children.push(c.number);
  const parts: string[] = [];
  const plan: BatchPlan = { query: '', epics: new Map(), children: new Map() };
  let r = 0;
  for (const entry of byRepo.values()) {
    const alias = `r${r++}`;
    const fields: string[] = [];
    for (const n of new Set(entry.epics)) {
      fields.push(`e${n}: issue(number: ${n}) { ${EPIC_FIELDS} }`);
      plan.epics.set(`${alias}.e${n}`, { repo: entry.repo, number: n });
    }
    for (const n of new Set(entry.children)) {
      fields.push(`i${n}: issueOrPullRequest(number: ${n}) { ${CHILD_FIELDS} }`);
      plan.children.set(`${alias}.i${n}`, { ...entry.repo, number: n });
    }
    parts.push(
      `${alias}: repository(owner: ${JSON.stringify(entry.repo.owner)}, name: ${JSON.stringify(entry.repo.repo)}) { ${fields.join(' ')} }`
    );
  }
  plan.query = `query EpicsAndChildren { ${parts.join(' ')} }`;
  return plan;
}
