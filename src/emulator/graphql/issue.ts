import type { IssueTimelineItemsArgs } from '@octokit/graphql-schema';
import type { GraphQLResolveInfo } from 'graphql';
import { associationOf, type Issue, type Repo, type Store } from '../store';
import { actorView, commentView, labelView, orphanLabel } from './basic';
import { connection, type PageArgs, type View } from './connection';
import { pullFields } from './pull';
import { repoView } from './repository';
import { stateReason, timelineItems, type StateReasonArgs } from './timeline';

/** An Issue or a PullRequest (one number space, as on GitHub), with the fields both share. */
export function issueView(store: Store, repo: Repo, issue: Issue): View {
  const url = `https://github.com/${repo.owner}/${repo.name}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`;
  const common: View = {
    __typename: issue.pull ? 'PullRequest' : 'Issue',
    id: issue.nodeId,
    databaseId: issue.id,
    fullDatabaseId: String(issue.id),
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    url,
    resourcePath: new URL(url).pathname,
    closed: issue.state === 'closed',
    locked: false,
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt,
    closedAt: issue.closedAt,
    author: actorView(issue.author),
    authorAssociation: associationOf(repo, issue.author),
    repository: () => repositoryView(store, repo),
    labels: (args: PageArgs, info: GraphQLResolveInfo) =>
      connection(
        issue.labels.map((n) => labelView(store.label(repo, n) ?? orphanLabel(n), repo)),
        args,
        info
      ),
    assignees: (args: PageArgs, info: GraphQLResolveInfo) => connection(issue.assignees.map(actorView), args, info),
    comments: (args: PageArgs, info: GraphQLResolveInfo) =>
      connection(issue.comments, args, info, {}, (c) => commentView(repo, issue, c)),
    timelineItems: (args: IssueTimelineItemsArgs, info: GraphQLResolveInfo) =>
      timelineItems(store, repo, issue, args, info, issueView)
  };
  if (issue.pull) return { ...common, ...pullFields(store, repo, issue, issueView) };
  return {
    ...common,
    state: issue.state.toUpperCase(),
    stateReason: (args: StateReasonArgs) => stateReason(issue.stateReason, args),
    milestone: () => milestoneView(repo, issue),
    parent: () => {
      const parent = store.linked(repo, issue.parent);
      return parent ? issueView(store, parent.repo, parent.issue) : null;
    },
    // Sub-issues may live in another repository of the same owner.
    subIssues: (args: PageArgs, info: GraphQLResolveInfo) =>
      connection(store.children(repo, issue), args, info, {}, (c) => issueView(store, c.repo, c.issue)),
    // Completed sub-issues are those closed as completed; the percentage is rounded down.
    subIssuesSummary: () => {
      const list = store.children(repo, issue).map((c) => c.issue);
      const completed = list.filter((c) => c.state === 'closed' && c.stateReason === 'completed').length;
      return {
        total: list.length,
        completed,
        percentCompleted: list.length ? Math.floor((completed / list.length) * 100) : 0
      };
    }
  };
}

/** An issue's milestone (`dueOn` is an epic's target date); fields not listed here are an explicit error. */
function milestoneView(repo: Repo, issue: Issue): View | null {
  const m = repo.milestones.find((x) => x.number === issue.milestone);
  if (!m) return null;
  const url = `https://github.com/${repo.owner}/${repo.name}/milestone/${m.number}`;
  return {
    __typename: 'Milestone',
    id: m.nodeId,
    number: m.number,
    title: m.title,
    description: m.description,
    dueOn: m.dueOn,
    state: m.state.toUpperCase(),
    closed: m.state === 'closed',
    createdAt: m.createdAt,
    url
  };
}

/** A Repository view whose issues and pull requests are built by `issueView`. */
export function repositoryView(store: Store, repo: Repo): View {
  return repoView(store, repo, issueView);
}
