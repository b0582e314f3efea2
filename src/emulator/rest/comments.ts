import { invalidField, notFound, page, type Req } from '../http';
import { fieldsOf } from '../json';
import type { Store } from '../store';
import { checkBody, issueOf, ok, repoOf, route, type Route } from './router';
import { commentJson } from './shapes';

function commentBody(req: Req): string {
  const body = fieldsOf(req.body).body;
  if (typeof body !== 'string' || !body) invalidField('IssueComment', 'body', 'missing_field');
  checkBody(body, 'IssueComment');
  return body;
}

function commentOf(store: Store, req: Req) {
  const repo = repoOf(store, req);
  const found = store.findComment(Number(req.params[2]));
  return found && found.repo === repo ? found : notFound();
}

export const commentRoutes: Route[] = [
  // Every comment of the repository, oldest first (GitHub's default sort for this listing).
  route('GET', '/repos/{o}/{r}/issues/comments', (req, store) => {
    const repo = repoOf(store, req);
    const since = req.query.get('since');
    const all = [...repo.issues.values()].flatMap((issue) =>
      issue.comments.filter((c) => !since || c.updatedAt >= since).map((comment) => ({ issue, comment }))
    );
    all.sort((a, b) =>
      a.comment.createdAt < b.comment.createdAt
        ? -1
        : a.comment.createdAt > b.comment.createdAt
          ? 1
          : a.comment.id - b.comment.id
    );
    if (req.query.get('direction') === 'desc') all.reverse();
    const paged = page(req, all);
    return { ...paged, body: paged.body.map(({ issue, comment }) => commentJson(req.base, repo, issue, comment)) };
  }),
  route('GET', '/repos/{o}/{r}/issues/comments/{id}', (req, store) => {
    const found = commentOf(store, req);
    return ok(commentJson(req.base, found.repo, found.issue, found.comment));
  }),
  route('PATCH', '/repos/{o}/{r}/issues/comments/{id}', (req, store) => {
    const found = commentOf(store, req);
    store.editComment(found.repo, found.issue, found.comment, commentBody(req), req.actor);
    return ok(commentJson(req.base, found.repo, found.issue, found.comment));
  }),
  route('DELETE', '/repos/{o}/{r}/issues/comments/{id}', (req, store) => {
    const found = commentOf(store, req);
    store.deleteComment(found.issue, found.comment);
    return { status: 204 };
  }),
  route('GET', '/repos/{o}/{r}/issues/{n}/comments', (req, store) => {
    const { repo, issue } = issueOf(store, req);
    const since = req.query.get('since');
    const paged = page(
      req,
      issue.comments.filter((c) => !since || c.updatedAt >= since)
    );
    return { ...paged, body: paged.body.map((c) => commentJson(req.base, repo, issue, c)) };
  }),
  route('POST', '/repos/{o}/{r}/issues/{n}/comments', (req, store) => {
    const { repo, issue } = issueOf(store, req);
    return ok(commentJson(req.base, repo, issue, store.addComment(repo, issue, commentBody(req), req.actor)), 201);
  })
];
