import { createHash } from 'node:crypto';
import { notFound, type Req } from '../http';
import type { Repo, Store } from '../store';
import { ok, repoOf, route, type Route } from './router';

/** The git blob id of a text, as GitHub reports it in `sha`. */
export function blobSha(text: string): string {
  const data = Buffer.from(text);
  return createHash('sha1').update(`blob ${data.length}\0`).update(data).digest('hex');
}

/**
 * The files at a ref: the seed's `refs[ref]` over the default branch's `contents`. An unknown
 * ref reads the default branch (the emulator keeps no history), so a config fetched at an event's
 * commit is found.
 */
export function filesAt(repo: Repo, ref: string | null): Record<string, string> {
  const name = ref?.replace(/^refs\/(heads|tags)\//, '');
  const overlay = name && name !== repo.defaultBranch ? repo.refs[name] : undefined;
  return overlay ? { ...repo.contents, ...overlay } : repo.contents;
}

function entry(req: Req, repo: Repo, path: string, type: 'file' | 'dir', text?: string) {
  const url = `${req.base}/repos/${repo.owner}/${repo.name}/contents/${path}`;
  const sha = blobSha(text ?? path);
  const fields = {
    type,
    name: path.split('/').pop()!,
    path,
    sha,
    size: text === undefined ? 0 : Buffer.byteLength(text),
    url,
    html_url: `https://github.com/${repo.owner}/${repo.name}/${type === 'file' ? 'blob' : 'tree'}/${repo.defaultBranch}/${path}`,
    git_url: `${req.base}/repos/${repo.owner}/${repo.name}/git/${type === 'file' ? 'blobs' : 'trees'}/${sha}`,
    download_url:
      type === 'file'
        ? `https://raw.githubusercontent.com/${repo.owner}/${repo.name}/${repo.defaultBranch}/${path}`
        : null
  };
  return { ...fields, _links: { self: fields.url, git: fields.git_url, html: fields.html_url } };
}

/**
 * Whether a ref names something in the repository. With no git history every commit SHA is taken
 * to exist; a branch or tag name must be the default branch, a seeded ref, a pull request's head
 * or base, or a workflow run's branch. GitHub answers an unknown one with 404 "No commit found".
 */
export function refExists(repo: Repo, ref: string): boolean {
  const name = ref.replace(/^refs\/(heads|tags)\//, '');
  if (/^[0-9a-f]{7,40}$/i.test(name) || name === repo.defaultBranch || name in repo.refs) return true;
  const pulls = [...repo.issues.values()].flatMap((i) => (i.pull ? [i.pull] : []));
  return (
    pulls.some((p) => p.headRef === name || p.baseRef === name) || repo.workflowRuns.some((r) => r.headBranch === name)
  );
}

function contents(req: Req, store: Store, path: string) {
  const repo = repoOf(store, req);
  const ref = req.query.get('ref');
  if (ref && !refExists(repo, ref)) notFound(`No commit found for the ref ${ref}`);
  const files = filesAt(repo, ref);
  const clean = path.replace(/^\/+|\/+$/g, '');
  const text = files[clean];
  if (text !== undefined) {
    return ok({
      ...entry(req, repo, clean, 'file', text),
      encoding: 'base64',
      content: Buffer.from(text).toString('base64').replace(/.{60}/g, '$&\n')
    });
  }
  // A directory: its files and first-level subdirectories, sorted by path.
  const prefix = clean ? `${clean}/` : '';
  const children = new Map<string, 'file' | 'dir'>();
  for (const p of Object.keys(files)) {
    if (!p.startsWith(prefix)) continue;
    const [head, ...tail] = p.slice(prefix.length).split('/');
    children.set(prefix + head!, tail.length ? 'dir' : (children.get(prefix + head!) ?? 'file'));
  }
  if (!children.size) notFound();
  return ok(
    [...children]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([p, type]) => entry(req, repo, p, type, type === 'file' ? files[p] : undefined))
  );
}

export const contentRoutes: Route[] = [
  route('GET', '/repos/{o}/{r}/contents', (req, store) => contents(req, store, '')),
  route('GET', '/repos/{o}/{r}/contents/{+path}', (req, store) => contents(req, store, req.params[2]!))
];
