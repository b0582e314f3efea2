import { invalid, notFound, type Req, type Res } from '../http';
import type { Issue, Repo, Store } from '../store';

export type Handler = (req: Req, store: Store) => Res;
export interface Route {
  method: string;
  pattern: RegExp;
  handler: Handler;
  /** A write is refused for a read-only token (fork pull requests) before it runs. */
  write: boolean;
}

/** GitHub's limit on issue, pull request and comment bodies. */
export const MAX_BODY = 65_536;

/**
 * A route from a path template: `{x}` is one segment, `{+x}` the rest of the path (contents
 * paths keep their slashes). Segments are URL-decoded, so `labels/P0%20Critical` finds the label.
 */
export function route(method: string, path: string, handler: Handler): Route {
  const source = path.replace(/\{\+[^}]+\}/g, '(.+)').replace(/\{[^}]+\}/g, '([^/]+)');
  return { method, pattern: new RegExp(`^${source}$`), handler, write: method !== 'GET' && method !== 'HEAD' };
}

export function repoOf(store: Store, req: Req): Repo {
  return store.repo(req.params[0]!, req.params[1]!) ?? notFound();
}

/** The issue or pull request numbered by the third path segment (one number space, as on GitHub). */
export function issueOf(store: Store, req: Req, index = 2): { repo: Repo; issue: Issue } {
  const repo = repoOf(store, req);
  const issue = repo.issues.get(Number(req.params[index])) ?? notFound();
  return { repo, issue };
}

/** Refuses a body that is not text or is over GitHub's limit. */
export function checkBody(body: unknown, resource = 'Issue'): asserts body is string | null | undefined {
  if (body !== undefined && body !== null && typeof body !== 'string')
    invalid('Validation Failed', [{ resource, field: 'body', code: 'invalid' }]);
  if (typeof body === 'string' && body.length > MAX_BODY) {
    invalid('Validation Failed', [
      { resource, field: 'body', code: 'custom', message: `body is too long (maximum is ${MAX_BODY} characters)` }
    ]);
  }
}

export const ok = (body: unknown, status = 200): Res => ({ status, body });
