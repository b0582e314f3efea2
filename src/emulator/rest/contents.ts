import { createHash } from 'node:crypto';
import { HttpError, notFound, type Req } from '../http';
import type { Repo, Store } from '../store';
import { ok, repoOf, route, type Route } from './router';

/** The git blob id of a text, as GitHub reports it in `sha`. */
export function blobSha(text: string): string {
  const data = Buffer.from(text);
  return createHash('sha1').update(`blob ${data.length}\0`).update(data).digest('hex');
}

/**
 * The files at a ref: the seed's `refs[ref]` over the default branch's `contents`. The emulator
 * keeps no history: a full commit SHA reads the default branch (so a config fetched at an
 * event's commit is found); a branch or tag name it does not know is GitHub's 404.
 */
export function filesAt(repo: Repo, ref: string | null): Record<string, string> {
  const name = ref?.replace(/^refs\/(heads|tags)\//, '');
  if (!name || name === repo.defaultBranch || /^[0-9a-f]{40}$/i.test(name)) return repo.contents;
  const overlay = repo.refs[name] ?? (knownRef(repo, name) ? {} : undefined);
  if (!overlay) throw new HttpError(404, `No commit found for the ref ${name}`);
  return { ...repo.contents, ...overlay };
}

/** Branches the emulator knows of without an overlay: pull request heads and bases, workflow run branches. */
function knownRef(repo: Repo, name: string): boolean {
  for (const issue of repo.issues.values()) if (issue.pull && (issue.pull.headRef === name || issue.pull.baseRef === name)) return true;
  return repo.workflowRuns.some((w) => w.headBranch === name);
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
    download_url: type === 'file' ? `https://raw.githubusercontent.com/${repo.owner}/${repo.name}/${repo.defaultBranch}/${path}` : null
  };
  return { ...fields, _links: { self: fields.url, git: fields.git_url, html: fields.html_url } };
}

function contents(req: Req, store: Store, path: string) {
  const repo = repoOf(store, req);
  const files = filesAt(repo, req.query.get('ref'));
  const clean = path.replace(/^\/+|\/+$/g, '');
  const text = files[clean];
  if (text !== undefined) {
    return ok({ ...entry(req, repo, clean, 'file', text), encoding: 'base64', content: Buffer.from(text).toString('base64').replace(/.{60}/g, '$&\n') });
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
  return ok([...children].sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, type]) => entry(req, repo, p, type, type === 'file' ? files[p] : undefined)));
}

export const contentRoutes: Route[] = [
  route('GET', '/repos/{o}/{r}/contents', (req, store) => contents(req, store, '')),
  route('GET', '/repos/{o}/{r}/contents/{+path}', (req, store) => contents(req, store, req.params[2]!))
];
