import type { GraphQLResolveInfo } from 'graphql';
import type { Issue, Repo, Store } from '../store';
import { connection, type IssueViewFn, type PageArgs, type View } from './connection';

/** GitHub lists at most 3,000 files of a pull request. */
const MAX_FILES = 3000;

/** The fields only a PullRequest has. */
export function pullFields(store: Store, repo: Repo, issue: Issue, issueView: IssueViewFn): View {
  const pull = issue.pull!;
  return {
    state: pull.merged ? 'MERGED' : issue.state.toUpperCase(),
    merged: pull.merged,
    mergedAt: pull.mergedAt,
    isDraft: false,
    baseRefName: pull.baseRef,
    headRefName: pull.headRef,
    baseRefOid: pull.baseSha,
    headRefOid: pull.headSha,
    isCrossRepository: false,
    changedFiles: Math.min(pull.files.length, MAX_FILES),
    files: (args: PageArgs, info: GraphQLResolveInfo) =>
      connection(pull.files.slice(0, MAX_FILES), args, info, {}, (path) => ({
        __typename: 'PullRequestChangedFile',
        path,
        additions: 1,
        deletions: 1,
        changeType: 'MODIFIED'
      })),
    // GitHub lists closing references only for pull requests into the default branch.
    closingIssuesReferences: (args: PageArgs, info: GraphQLResolveInfo) => {
      const targets = pull.baseRef === repo.defaultBranch ? pull.closingIssues.map((l) => store.linked(repo, l)) : [];
      const closes = targets.filter((t): t is { repo: Repo; issue: Issue } => Boolean(t && !t.issue.pull));
      return connection(closes, args, info, {}, (t) => issueView(store, t.repo, t.issue));
    }
  };
}
