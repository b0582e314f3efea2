import { invalidField, page } from '../http';
import type { Issue } from '../store';
import { checkLimit, labelNames } from './labels';
import { checkBody, issueOf, ok, repoOf, route, type Route } from './router';
import { issueJson } from './shapes';

const REASONS = ['completed', 'not_planned', 'duplicate', 'reopened'];

function logins(value: unknown, field: string): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) invalidField('Issue', field, 'invalid');
  return value as string[];
}

/** Sort key of `GET /issues`: the field, then the number, so equal times keep a stable order. */
function sortKey(sort: string): (i: Issue) => string {
  return (i) => (sort === 'updated' ? i.updatedAt : sort === 'comments' ? String(i.comments.length).padStart(9, '0') : i.createdAt) + String(i.number).padStart(9, '0');
}

export const issueRoutes: Route[] = [
  // Lists issues and pull requests (with a `pull_request` key), as GitHub's issues listing does.
  route('GET', '/repos/{o}/{r}/issues', (req, store) => {
    const repo = repoOf(store, req);
    const q = req.query;
    const state = q.get('state') ?? 'open';
    if (!['open', 'closed', 'all'].includes(state)) invalidField('Issue', 'state', 'invalid');
    const labels = (q.get('labels') ?? '').split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);
    const since = q.get('since');
    const assignee = q.get('assignee');
    const creator = q.get('creator');
    // The issue type by name (case-insensitive); `*` any type, `none` no type.
    const type = q.get('type');
    const typed = (i: Issue) => !type || (type === '*' ? i.type != null : type === 'none' ? i.type == null : i.type?.toLowerCase() === type.toLowerCase());
    const key = sortKey(q.get('sort') ?? 'created');
    const list = [...repo.issues.values()]
      .filter(
        (i) =>
          (state === 'all' || i.state === state) &&
          labels.every((l) => i.labels.some((x) => x.toLowerCase() === l)) &&
          (!since || i.updatedAt >= since) &&
          (!assignee || (assignee === '*' ? i.assignees.length > 0 : assignee === 'none' ? i.assignees.length === 0 : i.assignees.includes(assignee))) &&
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
    const { title, body, labels, assignees } = req.body ?? {};
    if ((typeof title !== 'string' && typeof title !== 'number') || String(title).trim() === '') invalidField('Issue', 'title', 'missing_field');
    checkBody(body);
    const names = labels === undefined ? [] : labelNames(labels);
    const people = assignees === undefined ? [] : logins(assignees, 'assignees');
    const issue = store.createIssue(repo, { title: String(title), body: body ?? null, author: req.actor }, req.actor);
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
    const b = req.body ?? {};
    checkBody(b.body);
    if (b.title !== undefined && (typeof b.title !== 'string' || !b.title.trim())) invalidField('Issue', 'title', 'invalid');
    if (b.state !== undefined && b.state !== 'open' && b.state !== 'closed') invalidField('Issue', 'state', 'invalid');
    if (b.state_reason != null && !REASONS.includes(b.state_reason)) invalidField('Issue', 'state_reason', 'invalid');
    const names = b.labels === undefined ? undefined : labelNames(b.labels);
    if (names) checkLimit(store, repo, issue, names, true);
    const people = b.assignees === undefined ? undefined : logins(b.assignees, 'assignees');

    if (typeof b.title === 'string') issue.title = b.title;
    if (b.body !== undefined) store.setBody(repo, issue, b.body, req.actor);
    // "The reason for the state change. Ignored unless `state` is changed." (issues/update)
    if (b.state && b.state !== issue.state) store.setState(issue, b.state, b.state_reason ?? undefined, req.actor);
    if (names) store.setLabels(repo, issue, names, req.actor);
    if (people) {
      store.unassign(issue, issue.assignees.filter((a) => !people.includes(a)), req.actor);
      store.assign(issue, people, req.actor);
    }
    issue.updatedAt = store.iso();
    return ok(issueJson(req.base, store, repo, issue));
  })
];
