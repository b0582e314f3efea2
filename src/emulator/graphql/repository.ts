import { createHash } from 'node:crypto';
import type {
  IssueOrder,
  RepositoryIssueArgs,
  RepositoryIssuesArgs,
  RepositoryLabelArgs,
  RepositoryLabelsArgs,
  RepositoryPullRequestsArgs
} from '@octokit/graphql-schema';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { textOf } from '../json';
import type { Issue, Repo, Store } from '../store';
import { labelView } from './basic';
import { connection, refuseUnknown, type IssueViewFn, type View } from './connection';

const notFound = (message: string) => new GraphQLError(message, { extensions: { type: 'NOT_FOUND' } });

function ordered(list: Issue[], orderBy?: IssueOrder | null): Issue[] {
  const key = (i: Issue) =>
    (orderBy?.field === 'UPDATED_AT'
      ? i.updatedAt
      : orderBy?.field === 'COMMENTS'
        ? String(i.comments.length).padStart(9, '0')
        : i.createdAt) + String(i.number).padStart(9, '0');
  const sorted = [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return orderBy?.direction === 'DESC' ? sorted.reverse() : sorted;
}

/**
 * Stores whose `label(name:)` and `labels:` filters match names exactly. GitHub's documentation
 * leaves the case open, so tests run the action both ways (EmulatorOptions.exactLabelNames).
 */
export const exactLabelNames = new WeakSet<Store>();

const sameName = (store: Store, a: string, b: string) =>
  exactLabelNames.has(store) ? a === b : a.toLowerCase() === b.toLowerCase();

/** `states`, `labels` (any of them, as GitHub matches) and `filterBy`; other filters are refused, never ignored. */
/** What `issues` and `pullRequests` filter by (pull requests take no `filterBy`, issues no refs). */
type ListArgs = Pick<RepositoryIssuesArgs, 'filterBy' | 'labels'> &
  Pick<RepositoryPullRequestsArgs, 'baseRefName' | 'headRefName'> & { states?: readonly string[] | null };

function filtered(store: Store, list: Issue[], args: ListArgs): Issue[] {
  refuseUnknown(args.filterBy, ['states', 'labels', 'since', 'assignee', 'viewerSubscribed'], 'IssueFilters');
  const states = args.states ?? args.filterBy?.states;
  const labels = args.labels ?? args.filterBy?.labels;
  // DateTime is a custom scalar: graphql-js passes it through unchecked.
  const since = textOf(args.filterBy?.since);
  const assignee = args.filterBy?.assignee;
  return list.filter(
    (i) =>
      (!states || states.includes(i.pull?.merged ? 'MERGED' : i.state.toUpperCase())) &&
      (!labels || labels.some((l) => i.labels.some((x) => sameName(store, x, l)))) &&
      (!since || Date.parse(i.updatedAt) >= Date.parse(since)) &&
      (!assignee || (assignee === '*' ? i.assignees.length > 0 : i.assignees.includes(assignee))) &&
      (args.baseRefName == null || i.pull?.baseRef === args.baseRefName) &&
      (args.headRefName == null || i.pull?.headRef === args.headRefName)
  );
}

/** A repository's own scalar fields, as GitHub's schema names them (no connections). */
function repoFields(repo: Repo): Record<string, unknown> {
  return {
    __typename: 'Repository',
    id: repo.nodeId,
    databaseId: repo.id,
    name: repo.name,
    nameWithOwner: `${repo.owner}/${repo.name}`,
    owner: {
      __typename: 'Organization',
      login: repo.owner,
      id: `O_${Buffer.from(repo.owner).toString('base64url')}`,
      url: `https://github.com/${repo.owner}`
    },
    url: `https://github.com/${repo.owner}/${repo.name}`,
    isPrivate: repo.private,
    visibility: repo.private ? 'PRIVATE' : 'PUBLIC',
    isArchived: false,
    isFork: false,
    hasIssuesEnabled: true,
    defaultBranchRef: {
      __typename: 'Ref',
      name: repo.defaultBranch,
      prefix: 'refs/heads/',
      id: `REF_${repo.nodeId}_${repo.defaultBranch}`,
      target: {
        __typename: 'Commit',
        oid: createHash('sha1').update(`${repo.owner}/${repo.name}@${repo.defaultBranch}`).digest('hex')
      }
    }
  };
}

/** A Repository; `issueView` builds the issues and pull requests it leads to (see IssueViewFn). */
export function repoView(store: Store, repo: Repo, issueView: IssueViewFn): View {
  const all = (pulls: boolean) => [...repo.issues.values()].filter((i) => Boolean(i.pull) === pulls);
  const byNumber = (number: number) => repo.issues.get(number);
  return {
    ...repoFields(repo),
    issue: ({ number }: RepositoryIssueArgs) => {
      const issue = byNumber(number);
      if (!issue || issue.pull) throw notFound(`Could not resolve to an Issue with the number of ${number}.`);
      return issueView(store, repo, issue);
    },
    pullRequest: ({ number }: RepositoryIssueArgs) => {
      const issue = byNumber(number);
      if (!issue?.pull) throw notFound(`Could not resolve to a PullRequest with the number of ${number}.`);
      return issueView(store, repo, issue);
    },
    issueOrPullRequest: ({ number }: RepositoryIssueArgs) => {
      const issue = byNumber(number);
      if (!issue) throw notFound(`Could not resolve to an issue or pull request with the number of ${number}.`);
      return issueView(store, repo, issue);
    },
    issues: (args: RepositoryIssuesArgs, info: GraphQLResolveInfo) =>
      connection(ordered(filtered(store, all(false), args), args.orderBy), args, info, {}, (i) =>
        issueView(store, repo, i)
      ),
    pullRequests: (args: RepositoryPullRequestsArgs, info: GraphQLResolveInfo) =>
      connection(ordered(filtered(store, all(true), args), args.orderBy), args, info, {}, (i) =>
        issueView(store, repo, i)
      ),
    label: ({ name }: RepositoryLabelArgs) => {
      const label = repo.labels.find((l) => sameName(store, l.name, String(name)));
      return label ? labelView(label, repo) : null;
    },
    labels: (args: RepositoryLabelsArgs, info: GraphQLResolveInfo) => {
      const query = args.query == null ? '' : String(args.query).toLowerCase();
      const list = repo.labels.filter(
        (l) => l.name.toLowerCase().includes(query) || (l.description ?? '').toLowerCase().includes(query)
      );
      if (args.orderBy?.field === 'NAME') list.sort((a, b) => a.name.localeCompare(b.name));
      if (args.orderBy?.direction === 'DESC') list.reverse();
      return connection(list, args, info, {}, (l) => labelView(l, repo));
    }
  };
}
