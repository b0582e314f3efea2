import type { Issue, Repo, Store } from '../../store';
import { issueView } from '../issue';
import {
  issueById,
  missing,
  mutation,
  payload,
  unprocessable,
  type BaseInput,
  type MutationContext,
  type MutationTable
} from './context';

// GitHub's SDL (@octokit/graphql-schema's schema.graphql) has these inputs; its generated
// TypeScript types do not yet, so they are written out here as the SDL declares them.
interface AddSubIssueInput extends BaseInput {
  issueId: string;
  subIssueId?: string | null;
  subIssueUrl?: string | null;
  replaceParent?: boolean | null;
}

interface RemoveSubIssueInput extends BaseInput {
  issueId: string;
  subIssueId: string;
}

/** `addSubIssue` and `removeSubIssue`: a child may live in another repository of the same owner. */
export function subIssueMutations(ctx: MutationContext): MutationTable {
  const { store } = ctx;
  return {
    addSubIssue: mutation<AddSubIssueInput>(['issueId', 'subIssueId', 'subIssueUrl', 'replaceParent'], (input) => {
      const { repo, issue } = issueById(store, input.issueId);
      const child = input.subIssueId ? issueById(store, input.subIssueId) : bySubIssueUrl(store, input.subIssueUrl);
      if (issue.pull || child.issue.pull) throw unprocessable('Pull requests cannot be sub-issues or parents');
      const problem = store.addSubIssue(repo, issue, child.issue, Boolean(input.replaceParent), child.repo);
      if (problem) throw unprocessable(problem);
      return payload(ctx, input, {
        issue: issueView(store, repo, issue),
        subIssue: issueView(store, child.repo, child.issue)
      });
    }),
    removeSubIssue: mutation<RemoveSubIssueInput>(['issueId', 'subIssueId'], (input) => {
      const { repo, issue } = issueById(store, input.issueId);
      const child = issueById(store, input.subIssueId);
      if (!store.removeSubIssue(issue, child.issue, repo, child.repo))
        throw unprocessable('Issue is not a sub-issue of this issue');
      return payload(ctx, input, {
        issue: issueView(store, repo, issue),
        subIssue: issueView(store, child.repo, child.issue)
      });
    })
  };
}

function bySubIssueUrl(store: Store, url: string | null | undefined): { repo: Repo; issue: Issue } {
  const m = typeof url === 'string' ? /\/([^/]+)\/([^/]+)\/issues\/(\d+)$/.exec(url) : null;
  const repo = m ? store.repo(m[1]!, m[2]!) : undefined;
  const issue = repo?.issues.get(Number(m?.[3]));
  if (!repo || !issue) throw missing(url);
  return { repo, issue };
}
