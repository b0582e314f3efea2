import { createHash } from 'node:crypto';
import { HttpError, notFound, page, type Req } from '../http';
import { fieldsOf } from '../json';
import type { Issue, Repo, Store } from '../store';
import { issueOf, ok, repoOf, route, type Route } from './router';
import { pullJson } from './shapes';

/** GitHub's pull request files listing stops at 3,000 files. */
export const MAX_PULL_FILES = 3000;

function pullOf(store: Store, req: Req): { repo: Repo; issue: Issue } {
  const found = issueOf(store, req);
  if (!found.issue.pull) notFound();
  return found;
}

function fileJson(req: Req, repo: Repo, issue: Issue, filename: string) {
  const sha = createHash('sha1').update(`${issue.number}:${filename}`).digest('hex');
  const blob = `https://github.com/${repo.owner}/${repo.name}/blob/${issue.pull!.headSha}/${filename}`;
  return {
    sha,
    filename,
    status: 'modified',
    additions: 1,
    deletions: 1,
    changes: 2,
    blob_url: blob,
    raw_url: blob.replace('/blob/', '/raw/'),
    contents_url: `${req.base}/repos/${repo.owner}/${repo.name}/contents/${filename}?ref=${issue.pull!.headSha}`,
    patch: '@@ -1 +1 @@\n-old\n+new'
  };
}

export const pullRoutes: Route[] = [
  route('GET', '/repos/{o}/{r}/pulls', (req, store) => {
    const repo = repoOf(store, req);
    const q = req.query;
    const state = q.get('state') ?? 'open';
    const base = q.get('base');
    // `head` is `user:ref` on GitHub; the emulator keeps one owner per repository.
    const head = q.get('head')?.split(':').pop();
    const list = [...repo.issues.values()].filter(
      (i) =>
        i.pull &&
        (state === 'all' || i.state === state) &&
        (!base || i.pull.baseRef === base) &&
        (!head || i.pull.headRef === head)
    );
    const sort = q.get('sort') ?? 'created';
    const key = (i: Issue) => (sort === 'updated' ? i.updatedAt : i.createdAt) + String(i.number).padStart(9, '0');
    list.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    if ((q.get('direction') ?? 'desc') === 'desc') list.reverse();
    const paged = page(req, list);
    return { ...paged, body: paged.body.map((i) => pullJson(req.base, store, repo, i)) };
  }),
  route('GET', '/repos/{o}/{r}/pulls/{n}', (req, store) => {
    const { repo, issue } = pullOf(store, req);
    return ok(pullJson(req.base, store, repo, issue));
  }),
  route('GET', '/repos/{o}/{r}/pulls/{n}/files', (req, store) => {
    const { repo, issue } = pullOf(store, req);
    const paged = page(req, issue.pull!.files.slice(0, MAX_PULL_FILES));
    return { ...paged, body: paged.body.map((f) => fileJson(req, repo, issue, f)) };
  }),
  route('GET', '/repos/{o}/{r}/pulls/{n}/merge', (req, store) => {
    const { issue } = pullOf(store, req);
    return issue.pull!.merged ? { status: 204 } : notFound();
  }),
  // Merging into the default branch closes the issues the pull request references, with it as closer.
  route('PUT', '/repos/{o}/{r}/pulls/{n}/merge', (req, store) => {
    const { repo, issue } = pullOf(store, req);
    if (issue.pull!.merged || issue.state !== 'open') throw new HttpError(405, 'Pull Request is not mergeable');
    const { sha } = fieldsOf(req.body);
    if (sha && sha !== issue.pull!.headSha)
      throw new HttpError(409, 'Head branch was modified. Review and try the merge again.');
    store.merge(repo, issue, req.actor);
    return ok({ sha: issue.pull!.headSha, merged: true, message: 'Pull Request successfully merged' });
  })
];
