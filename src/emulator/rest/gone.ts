import type { Res } from '../http';
import { DOCS } from '../http';
import type { Issue, Repo, Store } from '../store';

/** What became of an issue that left its repository. */
type Gone = { deleted: true } | { to: { repo: Repo; number: number } };

// Kept beside the store rather than in it: only the REST answers below read it.
const goneOf = new WeakMap<Repo, Map<number, Gone>>();

function record(repo: Repo, number: number, gone: Gone): void {
  const map = goneOf.get(repo) ?? new Map<number, Gone>();
  map.set(number, gone);
  goneOf.set(repo, map);
}

/** Deletes an issue as an admin can on GitHub: REST under its number answers 410 from then on; GraphQL no longer finds it. */
export function deleteIssue(repo: Repo, number: number): void {
  repo.issues.delete(number);
  record(repo, number, { deleted: true });
}

/** Transfers an issue to another repository: a new number there; REST under the old one answers 301 to it. */
export function transferIssue(store: Store, from: Repo, number: number, to: Repo): Issue {
  const issue = from.issues.get(number);
  if (!issue) throw new Error(`emulator: no issue #${number} in ${from.owner}/${from.name} to transfer`);
  const moved = store.createIssue(to, {
    title: issue.title,
    body: issue.body,
    state: issue.state,
    stateReason: issue.stateReason,
    author: issue.author,
    createdAt: issue.createdAt,
    labels: [...issue.labels]
  });
  from.issues.delete(number);
  record(from, number, { to: { repo: to, number: moved.number } });
  return moved;
}

/**
 * GitHub's answer for any REST request under `/repos/{o}/{r}/issues/{n}` of a deleted issue (410
 * "This issue was deleted") or a transferred one (301 to its new place, whatever the method; a
 * client must not follow it with a write). GitHub's Location names `/repositories/{id}/…`; the
 * emulator, which routes by owner and name, points at `/repos/{owner}/{name}/…` instead.
 */
export function goneAnswer(store: Store, path: string, base: string): Res | undefined {
  const match = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)(\/.*)?$/.exec(path);
  if (!match) return undefined;
  const repo = store.repo(decodeURIComponent(match[1]!), decodeURIComponent(match[2]!));
  const gone = repo && goneOf.get(repo)?.get(Number(match[3]));
  if (!gone) return undefined;
  if ('deleted' in gone)
    return { status: 410, body: { message: 'This issue was deleted', documentation_url: DOCS, status: '410' } };
  const url = `${base}/repos/${gone.to.repo.owner}/${gone.to.repo.name}/issues/${gone.to.number}${match[4] ?? ''}`;
  return {
    status: 301,
    body: { message: 'Moved Permanently', url, documentation_url: DOCS },
    headers: { location: url }
  };
}
