import { page, type Req } from '../http';
import { history, type DependencyEvent, type Issue, type Repo, type Store, type TimelineEvent } from '../store';
import { issueOf, route, type Route } from './router';
import { commentJson, issueJson, repoJson, userJson } from './shapes';
import { dependencyEventJson } from './planning';

type Item = ReturnType<typeof history>[number] | { dependency: DependencyEvent; index: number };

/** The history with the issue's dependency events merged in by time (events of one second keep their order). */
function withDependencies(issue: Issue, items: ReturnType<typeof history>): Item[] {
  const time = (item: Item) =>
    Date.parse(
      'comment' in item
        ? item.comment.createdAt
        : 'dependency' in item
          ? item.dependency.createdAt
          : item.event.createdAt
    ) || 0;
  const all: Item[] = [...items, ...(issue.dependencyEvents ?? []).map((dependency, index) => ({ dependency, index }))];
  return all
    .map((item, i) => ({ item, i, at: time(item) }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map(({ item }) => item);
}

function eventJson(req: Req, store: Store, repo: Repo, issue: Issue, e: TimelineEvent, index: number) {
  const id = issue.id * 1000 + index;
  const common = {
    id,
    node_id: Buffer.from(`Event:${id}`).toString('base64'),
    url: `${req.base}/repos/${repo.owner}/${repo.name}/issues/events/${id}`,
    actor: userJson(req.base, e.actor),
    event: e.type,
    created_at: e.createdAt,
    commit_id: null,
    commit_url: null,
    performed_via_github_app: null
  };
  switch (e.type) {
    case 'labeled':
    case 'unlabeled': {
      const label = store.label(repo, e.label);
      return { ...common, label: { name: e.label, color: label?.color ?? 'ededed' } };
    }
    case 'assigned':
    case 'unassigned':
      return { ...common, assignee: userJson(req.base, e.assignee), assigner: userJson(req.base, e.actor) };
    case 'closed':
      // `state_reason` is a string where present (state-change-issue-event): left out when unknown.
      return { ...common, ...(e.stateReason ? { state_reason: e.stateReason } : {}) };
    case 'reopened':
      return { ...common, state_reason: 'reopened' };
    case 'cross-referenced': {
      const [o, n] = e.source.repo.split('/') as [string, string];
      const sourceRepo = store.repo(o, n);
      const source = sourceRepo?.issues.get(e.source.number);
      const {
        id: _id,
        node_id: _node,
        url: _url,
        commit_id: _c,
        commit_url: _u,
        performed_via_github_app: _a,
        ...rest
      } = common;
      return {
        ...rest,
        updated_at: e.createdAt,
        source: {
          type: 'issue',
          issue:
            source && sourceRepo
              ? { ...issueJson(req.base, store, sourceRepo, source), repository: repoJson(req.base, sourceRepo) }
              : null
        }
      };
    }
  }
}

export const timelineRoutes: Route[] = [
  route('GET', '/repos/{o}/{r}/issues/{n}/timeline', (req, store) => {
    const { repo, issue } = issueOf(store, req);
    const paged = page(req, withDependencies(issue, history(issue, true)));
    return {
      ...paged,
      body: paged.body.map((item) =>
        'comment' in item
          ? {
              event: 'commented',
              actor: userJson(req.base, item.comment.author),
              ...commentJson(req.base, repo, issue, item.comment)
            }
          : 'dependency' in item
            ? dependencyEventJson(req, store, repo, issue, item.dependency, item.index)
            : eventJson(req, store, repo, issue, item.event, item.index)
      )
    };
  }),
  // The events listing leaves out cross-references and comments, as GitHub's does.
  route('GET', '/repos/{o}/{r}/issues/{n}/events', (req, store) => {
    const { repo, issue } = issueOf(store, req);
    const events = withDependencies(issue, history(issue, false)).filter(
      (item) => !('event' in item && item.event.type === 'cross-referenced')
    );
    const paged = page(req, events);
    return {
      ...paged,
      body: paged.body.map((item) =>
        'dependency' in item
          ? dependencyEventJson(req, store, repo, issue, item.dependency, item.index)
          : 'event' in item
            ? eventJson(req, store, repo, issue, item.event, item.index)
            : undefined
      )
    };
  })
];
