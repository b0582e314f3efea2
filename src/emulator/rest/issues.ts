import { invalidField, page } from '../http';
import { fieldsOf, listOf, textOf, type Fields } from '../json';
import type { Issue, Repo, Store } from '../store';
import { checkLimit, labelNames } from './labels';
import { checkBody, issueOf, ok, repoOf, route, type Route } from './router';
import { issueJson } from './shapes';

const REASONS = ['completed', 'not_planned', 'duplicate', 'reopened'] as const;
const isReason = (value: unknown): value is (typeof REASONS)[number] => REASONS.some((r) => r === value);

function logins(value: unknown, field: string): string[] {
  const list = listOf(value);
  if (!list?.every((v): v is string => typeof v === 'string')) invalidField('Issue', field, 'invalid');
  return list;
}

/** Sort key of `GET /issues`: the field, then the number, so equal times keep a stable order. */
function sortKey(sort: string): (i: Issue) => string {
  return (i) =>
    (sort === 'updated'
      ? i.updatedAt
      : sort === 'comments'
        ? String(i.comments.length).padStart(9, '0')
        : i.createdAt) + String(i.number).padStart(9, '0');
}

/** An `issues/update` request, checked: `undefined` leaves a field as it is. */
interface Update {
  title?: string;
  body?: string | null;
  state?: 'open' | 'closed';
  stateReason?: Issue['stateReason'];
  labels?: string[];
  assignees?: string[];
}

function checkUpdate(store: Store, repo: Repo, issue: Issue, b: Fields): Update {
  const { title, body, state, state_reason: reason } = b;
  checkBody(body);
  if (title !== undefined && (typeof title !== 'string' || !title.trim())) invalidField('Issue', 'title', 'invalid');
  if (state !== undefined && state !== 'open' && state !== 'closed') invalidField('Issue', 'state', 'invalid');
  if (reason != null && !isReason(reason)) invalidField('Issue', 'state_reason', 'invalid');
  const labels = b.labels === undefined ? undefined : labelNames(b.labels);
  if (labels) checkLimit(store, repo, issue, labels, true);
  const assignees = b.assignees === undefined ? undefined : logins(b.assignees, 'assignees');
  return { title, body, state, stateReason: reason ?? undefined, labels, assignees };
}

function applyUpdate(store: Store, repo: Repo, issue: Issue, update: Update, actor: string): void {
  if (update.title !== undefined) issue.title = update.title;
  if (update.body !== undefined) store.setBody(repo, issue, update.body, actor);
  // "The reason for the state change. Ignored unless `state` is changed." (issues/update)
  if (update.state && update.state !== issue.state) store.setState(issue, update.state, update.stateReason, actor);
  if (update.labels) store.setLabels(repo, issue, update.labels, actor);
  const people = update.assignees;
  if (people) {
    store.unassign(
      issue,
      issue.assignees.filter((a) => !people.includes(a)),
      actor
    );
    store.assign(issue, people, actor);
  }
  issue.updatedAt = store.iso();
}

export const issueRoutes: Route[] = [
  // Lists issues and pull requests (with a `pull_request` key), as GitHub's issues listing does.
  route('GET', '/repos/{o}/{r}/issues', (req, store) => {
    const repo = repoOf(store, req);
    const q = req.query;
    const state = q.get('state') ?? 'open';
    if (!['open', 'closed', 'all'].includes(state)) invalidField('Issue', 'state', 'invalid');
    const labels = (q.get('labels') ?? '')
      .split(',')
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean);
    const since = q.get('since');
    const assignee = q.get('assignee');
    const creator = q.get('creator');
    // The issue type by name (case-insensitive); `*` any type, `none` no type.
    const type = q.get('type');
    const typed = (i: Issue) =>
      !type ||
      (type === '*' ? i.type != null : type === 'none' ? i.type == null : i.type?.toLowerCase() === type.toLowerCase());
    const key = sortKey(q.get('sort') ?? 'created');
    const list = [...repo.issues.values()]
      .filter(
        (i) =>
          (state === 'all' || i.state === state) &&
          labels.every((l) => i.labels.some((x) => x.toLowerCase() === l)) &&
          (!since || i.updatedAt >= since) &&
          (!assignee ||
            (assignee === '*'
              ? i.assignees.length > 0
              : assignee === 'none'
                ? i.assignees.length === 0
                : i.assignees.includes(assignee))) &&
          (!creator || i.author.toLowerCase() === creator.toLowerCase()) &&
          typed(i)
      )
      .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    if ((q.get('direction') ?? 'desc') === 'desc') list.reverse();
    // Views are built for the page only: listing 5,000 issues must not shape 5,000 objects per page.
    const paged = page(req, list);
    return { ...paged, body: paged.body.map((i) => issueJson(req.base, store, repo, i)) };
  }),

  route('POST', '/repos/{o}/{r}/issues', (req, store) => {
    const repo = repoOf(store, req);
    const { title, body, labels, assignees } = fieldsOf(req.body);
    if ((typeof title !== 'string' && typeof title !== 'number') || String(title).trim() === '')
      invalidField('Issue', 'title', 'missing_field');
    checkBody(body);
    const names = labels === undefined ? [] : labelNames(labels);
    const people = assignees === undefined ? [] : logins(assignees, 'assignees');
    const issue = store.createIssue(
      repo,
      { title: String(title), body: textOf(body) ?? null, author: req.actor },
      req.actor
    );
    store.addLabels(repo, issue, names, req.actor);
    store.assign(issue, people, req.actor);
    store.crossReference(repo, issue, issue.body, req.actor);
    return ok(issueJson(req.base, store, repo, issue), 201);
  }),

  route('GET', '/repos/{o}/{r}/issues/{n}', (req, store) => {
    const { repo, issue } = issueOf(store, req);
    return ok(issueJson(req.base, store, repo, issue));
  }),

  // Every field is validated before any of them is applied: a refused update changes nothing.
  route('PATCH', '/repos/{o}/{r}/issues/{n}', (req, store) => {
    const { repo, issue } = issueOf(store, req);
    const update = checkUpdate(store, repo, issue, fieldsOf(req.body));
    applyUpdate(store, repo, issue, update, req.actor);
    return ok(issueJson(req.base, store, repo, issue));
  })
];
