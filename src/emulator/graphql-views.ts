import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { Comment, Issue, Label, Repo, Store, TimelineEvent } from './store';

/**
 * GraphQL views over the store: plain objects whose fields are values or functions of the
 * field's arguments. Only what a view defines exists; anything else is reported unimplemented.
 */
export type View = Record<string, unknown> & { __typename?: string };
type Args = Record<string, any>;

const cursor = (i: number) => Buffer.from(`cursor:v2:${i}`).toString('base64');
const fromCursor = (c: string) => Number(Buffer.from(c, 'base64').toString().split(':').pop());

/** A connection page with GitHub's rules: `first` or `last` is required, at most 100. */
export function connection<T>(items: T[], args: Args, info: GraphQLResolveInfo, extra: View = {}, view: (item: T) => unknown = (item) => item): View {
  const field = info.fieldName;
  if (args.first == null && args.last == null) {
    throw new GraphQLError(`You must provide a \`first\` or \`last\` value to properly paginate the \`${field}\` connection.`, { extensions: { type: 'MISSING_PAGINATION_BOUNDARIES' } });
  }
  for (const key of ['first', 'last'] as const) {
    if (args[key] != null && (args[key] > 100 || args[key] < 0)) {
      throw new GraphQLError(`Requesting ${args[key]} records on the \`${field}\` connection exceeds the \`${key}\` limit of 100 records.`, { extensions: { type: 'EXCESSIVE_PAGINATION' } });
    }
  }
  let start = args.after ? fromCursor(args.after) + 1 : 0;
  let end = args.before ? fromCursor(args.before) : items.length;
  if (args.first != null) end = Math.min(end, start + args.first);
  if (args.last != null) start = Math.max(start, end - args.last);
  // Views are built for the page only: a 5,000-issue sweep must not build 5,000 views per page.
  const slice = items.slice(start, end).map((item, i) => ({ node: view(item), cursor: cursor(start + i) }));
  return {
    totalCount: items.length,
    nodes: slice.map((e) => e.node),
    edges: slice,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: slice[0]?.cursor ?? null,
      endCursor: slice[slice.length - 1]?.cursor ?? null
    },
    ...extra
  };
}

export function actorView(login: string): View {
  return { __typename: login.endsWith('[bot]') ? 'Bot' : 'User', login, url: `https://github.com/${login}`, id: `U_${login}` };
}

export function labelView(label: Label): View {
  return { __typename: 'Label', id: label.nodeId, name: label.name, color: label.color, description: label.description, url: `https://github.com/labels/${encodeURIComponent(label.name)}`, isDefault: false };
}

function commentView(repo: Repo, issue: Issue, comment: Comment): View {
  return {
    __typename: 'IssueComment',
    id: comment.nodeId,
    databaseId: comment.id,
    body: comment.body,
    author: actorView(comment.author),
    createdAt: comment.createdAt,
    updatedAt: comment.updatedAt,
    url: `https://github.com/${repo.owner}/${repo.name}/issues/${issue.number}#issuecomment-${comment.id}`,
    isMinimized: false
  };
}

const EVENT_TYPES: Record<TimelineEvent['type'], string> = {
  labeled: 'LabeledEvent',
  unlabeled: 'UnlabeledEvent',
  assigned: 'AssignedEvent',
  unassigned: 'UnassignedEvent',
  closed: 'ClosedEvent',
  reopened: 'ReopenedEvent',
  'cross-referenced': 'CrossReferencedEvent'
};
const ITEM_TYPES: Record<string, TimelineEvent['type']> = {
  LABELED_EVENT: 'labeled',
  UNLABELED_EVENT: 'unlabeled',
  ASSIGNED_EVENT: 'assigned',
  UNASSIGNED_EVENT: 'unassigned',
  CLOSED_EVENT: 'closed',
  REOPENED_EVENT: 'reopened',
  CROSS_REFERENCED_EVENT: 'cross-referenced'
};

function eventView(store: Store, repo: Repo, issue: Issue, e: TimelineEvent, index: number): View {
  const base: View = { __typename: EVENT_TYPES[e.type], id: `E_${issue.nodeId}_${index}`, createdAt: e.createdAt, actor: actorView(e.actor) };
  switch (e.type) {
    case 'labeled':
    case 'unlabeled':
      return { ...base, label: labelView(store.label(repo, e.label) ?? { id: 0, nodeId: '', name: e.label, color: 'ededed', description: null }), labelable: () => issueView(store, repo, issue) };
    case 'assigned':
    case 'unassigned':
      return { ...base, assignee: actorView(e.assignee), assignable: () => issueView(store, repo, issue) };
    case 'closed': {
      const closerRepo = e.closer ? store.repo(...(e.closer.repo.split('/') as [string, string])) : undefined;
      const closer = closerRepo && e.closer ? closerRepo.issues.get(e.closer.number) : undefined;
      return { ...base, stateReason: e.stateReason ? e.stateReason.toUpperCase() : null, closer: closer && closerRepo ? issueView(store, closerRepo, closer) : null, closable: () => issueView(store, repo, issue) };
    }
    case 'reopened':
      return { ...base, closable: () => issueView(store, repo, issue) };
    case 'cross-referenced': {
      const [o, n] = e.source.repo.split('/') as [string, string];
      const sourceRepo = store.repo(o, n);
      const source = sourceRepo?.issues.get(e.source.number);
      const willClose = Boolean(source?.pull?.closingIssues.includes(issue.number));
      return {
        ...base,
        referencedAt: e.createdAt,
        isCrossRepository: sourceRepo !== repo,
        willCloseTarget: willClose,
        source: source && sourceRepo ? issueView(store, sourceRepo, source) : null,
        target: () => issueView(store, repo, issue)
      };
    }
  }
}

export function issueView(store: Store, repo: Repo, issue: Issue): View {
  const url = `https://github.com/${repo.owner}/${repo.name}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`;
  const children = () => issue.subIssues.map((n) => repo.issues.get(n)).filter((c): c is Issue => Boolean(c));
  const common: View = {
    __typename: issue.pull ? 'PullRequest' : 'Issue',
    id: issue.nodeId,
    databaseId: issue.id,
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    url,
    resourcePath: new URL(url).pathname,
    closed: issue.state === 'closed',
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt,
    closedAt: issue.closedAt,
    author: actorView(issue.author),
    repository: () => repoView(store, repo),
    labels: (args: Args, info: GraphQLResolveInfo) => connection(issue.labels.map((n) => labelView(store.label(repo, n)!)), args, info),
    assignees: (args: Args, info: GraphQLResolveInfo) => connection(issue.assignees.map(actorView), args, info),
    comments: (args: Args, info: GraphQLResolveInfo) => connection(issue.comments.map((c) => commentView(repo, issue, c)), args, info),
    timelineItems: (args: Args, info: GraphQLResolveInfo) => {
      const wanted: TimelineEvent['type'][] | undefined = args.itemTypes?.map((t: string) => {
        const type = ITEM_TYPES[t];
        if (!type) throw new GraphQLError(`emulator: timeline item type ${t} is not implemented`);
        return type;
      });
      const events = issue.events
        .map((e, i) => ({ e, i }))
        .filter(({ e }) => (!wanted || wanted.includes(e.type)) && (!args.since || e.createdAt >= args.since));
      const page = connection(events, args, info, {}, ({ e, i }) => eventView(store, repo, issue, e, i));
      return { ...page, filteredCount: events.length, pageCount: page.nodes && (page.nodes as unknown[]).length, updatedAt: issue.updatedAt };
    }
  };
  if (!issue.pull) {
    return {
      ...common,
      state: issue.state.toUpperCase(),
      stateReason: (args: Args) => {
        if (!issue.stateReason) return null;
        if (issue.stateReason === 'duplicate' && !args.enableDuplicate) return 'NOT_PLANNED';
        return issue.stateReason.toUpperCase();
      },
      parent: () => (issue.parent != null && repo.issues.get(issue.parent) ? issueView(store, repo, repo.issues.get(issue.parent)!) : null),
      subIssues: (args: Args, info: GraphQLResolveInfo) => connection(children().map((c) => issueView(store, repo, c)), args, info),
      subIssuesSummary: () => {
        const list = children();
        const completed = list.filter((c) => c.state === 'closed' && c.stateReason === 'completed').length;
        return { total: list.length, completed, percentCompleted: list.length ? Math.floor((completed / list.length) * 100) : 0 };
      }
    };
  }
  const pull = issue.pull;
  return {
    ...common,
    state: pull.merged ? 'MERGED' : issue.state.toUpperCase(),
    merged: pull.merged,
    mergedAt: pull.mergedAt,
    isDraft: false,
    baseRefName: pull.baseRef,
    headRefName: pull.headRef,
    baseRefOid: pull.baseSha,
    headRefOid: pull.headSha,
    changedFiles: Math.min(pull.files.length, 3000),
    files: (args: Args, info: GraphQLResolveInfo) =>
      connection(pull.files.slice(0, 3000).map((path) => ({ path, additions: 1, deletions: 0, changeType: 'MODIFIED' })), args, info),
    // GitHub lists closing references only for pull requests into the default branch.
    closingIssuesReferences: (args: Args, info: GraphQLResolveInfo) =>
      connection(
        pull.baseRef === repo.defaultBranch ? pull.closingIssues.map((n) => repo.issues.get(n)).filter((i): i is Issue => Boolean(i)).map((i) => issueView(store, repo, i)) : [],
        args,
        info
      )
  };
}

export function repoView(store: Store, repo: Repo): View {
  const issuesOf = (pulls: boolean) => [...repo.issues.values()].filter((i) => Boolean(i.pull) === pulls);
  const ordered = (list: Issue[], orderBy?: { field: string; direction: string }) => {
    const key = (i: Issue) => (orderBy?.field === 'UPDATED_AT' ? i.updatedAt : orderBy?.field === 'COMMENTS' ? String(i.comments.length).padStart(9, '0') : i.createdAt) + String(i.number).padStart(9, '0');
    const sorted = [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    return orderBy?.direction === 'DESC' ? sorted.reverse() : sorted;
  };
  const filter = (list: Issue[], args: Args) => {
    const states: string[] | undefined = args.states ?? args.filterBy?.states;
    const labels: string[] | undefined = args.labels ?? args.filterBy?.labels;
    const since: string | undefined = args.filterBy?.since;
    const assignee: string | undefined = args.filterBy?.assignee;
    return list.filter(
      (i) =>
        (!states || states.includes(i.pull?.merged ? 'MERGED' : i.state.toUpperCase())) &&
        (!labels || labels.some((l) => i.labels.some((x) => x.toLowerCase() === l.toLowerCase()))) &&
        (!since || i.updatedAt >= since) &&
        (!assignee || assignee === '*' ? (assignee === '*' ? i.assignees.length > 0 : true) : i.assignees.includes(assignee))
    );
  };
  return {
    __typename: 'Repository',
    id: repo.nodeId,
    databaseId: repo.id,
    name: repo.name,
    nameWithOwner: `${repo.owner}/${repo.name}`,
    owner: { __typename: 'Organization', login: repo.owner, id: `O_${repo.owner}`, url: `https://github.com/${repo.owner}` },
    url: `https://github.com/${repo.owner}/${repo.name}`,
    isPrivate: repo.private,
    defaultBranchRef: { name: repo.defaultBranch, id: `REF_${repo.defaultBranch}`, target: { __typename: 'Commit', oid: 'd'.repeat(40) } },
    issue: ({ number }: Args) => {
      const issue = repo.issues.get(number);
      if (!issue || issue.pull) throw new GraphQLError(`Could not resolve to an Issue with the number of ${number}.`, { extensions: { type: 'NOT_FOUND' } });
      return issueView(store, repo, issue);
    },
    pullRequest: ({ number }: Args) => {
      const issue = repo.issues.get(number);
      if (!issue?.pull) throw new GraphQLError(`Could not resolve to a PullRequest with the number of ${number}.`, { extensions: { type: 'NOT_FOUND' } });
      return issueView(store, repo, issue);
    },
    issueOrPullRequest: ({ number }: Args) => {
      const issue = repo.issues.get(number);
      if (!issue) throw new GraphQLError(`Could not resolve to an issue or pull request with the number of ${number}.`, { extensions: { type: 'NOT_FOUND' } });
      return issueView(store, repo, issue);
    },
    issues: (args: Args, info: GraphQLResolveInfo) => connection(ordered(filter(issuesOf(false), args), args.orderBy), args, info, {}, (i) => issueView(store, repo, i)),
    pullRequests: (args: Args, info: GraphQLResolveInfo) => connection(ordered(filter(issuesOf(true), args), args.orderBy), args, info, {}, (i) => issueView(store, repo, i)),
    label: ({ name }: Args) => {
      const label = store.label(repo, name);
      return label ? labelView(label) : null;
    },
    labels: (args: Args, info: GraphQLResolveInfo) =>
      connection(repo.labels.filter((l) => !args.query || l.name.toLowerCase().includes(String(args.query).toLowerCase())).map(labelView), args, info)
  };
}
