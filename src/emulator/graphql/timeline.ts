import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { history, type Issue, type Repo, type Store, type TimelineEvent } from '../store';
import { actorView, commentView, labelView, orphanLabel } from './basic';
import { textOf } from '../json';
import { connection, type IssueViewFn, type PageArgs, type View } from './connection';

const EVENT_TYPES: Record<TimelineEvent['type'], string> = {
  labeled: 'LabeledEvent',
  unlabeled: 'UnlabeledEvent',
  assigned: 'AssignedEvent',
  unassigned: 'UnassignedEvent',
  closed: 'ClosedEvent',
  reopened: 'ReopenedEvent',
  'cross-referenced': 'CrossReferencedEvent'
};

/** The `itemTypes` the emulator records (the same names in the issue and pull request enums). */
const ITEM_TYPES: Record<string, TimelineEvent['type'] | 'comment'> = {
  LABELED_EVENT: 'labeled',
  UNLABELED_EVENT: 'unlabeled',
  ASSIGNED_EVENT: 'assigned',
  UNASSIGNED_EVENT: 'unassigned',
  CLOSED_EVENT: 'closed',
  REOPENED_EVENT: 'reopened',
  CROSS_REFERENCED_EVENT: 'cross-referenced',
  ISSUE_COMMENT: 'comment'
};

/** `timelineItems`'s arguments; the issue and pull request item types share the names modelled here. */
type TimelineArgs = PageArgs & { itemTypes?: readonly string[] | null; since?: unknown };

/** `stateReason(enableDuplicate:)` of issues and closed events: without it a duplicate reads NOT_PLANNED. */
export interface StateReasonArgs {
  enableDuplicate?: boolean | null;
}

function stateReason(reason: string | null, args: StateReasonArgs): string | null {
  if (!reason) return null;
  return reason === 'duplicate' && !args.enableDuplicate ? 'NOT_PLANNED' : reason.toUpperCase();
}

function eventView(
  store: Store,
  repo: Repo,
  issue: Issue,
  e: TimelineEvent,
  index: number,
  issueView: IssueViewFn
): View {
  const base: View = {
    __typename: EVENT_TYPES[e.type],
    id: `E_${issue.nodeId}_${index}`,
    createdAt: e.createdAt,
    actor: actorView(e.actor)
  };
  const self = () => issueView(store, repo, issue);
  switch (e.type) {
    case 'labeled':
    case 'unlabeled':
      return { ...base, label: labelView(store.label(repo, e.label) ?? orphanLabel(e.label), repo), labelable: self };
    case 'assigned':
    case 'unassigned':
      return { ...base, assignee: actorView(e.assignee), user: actorView(e.assignee), assignable: self };
    case 'closed': {
      const closerRepo = e.closer ? store.repo(...(e.closer.repo.split('/') as [string, string])) : undefined;
      const closer = closerRepo && e.closer ? closerRepo.issues.get(e.closer.number) : undefined;
      return {
        ...base,
        stateReason: (args: StateReasonArgs) => stateReason(e.stateReason, args),
        closer: closer && closerRepo ? issueView(store, closerRepo, closer) : null,
        closable: self
      };
    }
    case 'reopened':
      return { ...base, stateReason: issue.pull ? null : 'REOPENED', closable: self };
    case 'cross-referenced': {
      const [o, n] = e.source.repo.split('/') as [string, string];
      const sourceRepo = store.repo(o, n);
      const source = sourceRepo?.issues.get(e.source.number);
      return {
        ...base,
        referencedAt: e.createdAt,
        isCrossRepository: sourceRepo !== repo,
        willCloseTarget: Boolean(
          source &&
          sourceRepo &&
          source.pull &&
          sourceRepo.defaultBranch === source.pull.baseRef &&
          source.pull.closingIssues.some((l) => store.linked(sourceRepo, l)?.issue === issue)
        ),
        source: source && sourceRepo ? issueView(store, sourceRepo, source) : null,
        target: self
      };
    }
  }
}

/** `timelineItems(first, after, last, before, itemTypes, since)` over the issue's history. */
export function timelineItems(
  store: Store,
  repo: Repo,
  issue: Issue,
  args: TimelineArgs,
  info: GraphQLResolveInfo,
  issueView: IssueViewFn
): View {
  const wanted = args.itemTypes?.map((t) => {
    const type = ITEM_TYPES[t];
    if (!type) throw new GraphQLError(`emulator: timeline item type ${t} is not implemented`);
    return type;
  });
  // DateTime is a custom scalar: graphql-js passes it through unchecked.
  const sinceText = textOf(args.since);
  const since = sinceText ? Date.parse(sinceText) : undefined;
  const items = history(issue, !wanted || wanted.includes('comment')).filter((item) => {
    const type = 'comment' in item ? 'comment' : item.event.type;
    const at = 'comment' in item ? item.comment.createdAt : item.event.createdAt;
    return (!wanted || wanted.includes(type)) && (since === undefined || Date.parse(at) >= since);
  });
  const page = connection(items, args, info, {}, (item) =>
    'comment' in item
      ? commentView(repo, issue, item.comment)
      : eventView(store, repo, issue, item.event, item.index, issueView)
  );
  return {
    ...page,
    filteredCount: items.length,
    pageCount: (page.nodes as unknown[]).length,
    updatedAt: issue.updatedAt
  };
}

export { stateReason };
