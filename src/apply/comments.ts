import type { RepoRef } from '../core/plan';
import type { GitHub } from '../core/port';
import { isOwnComment, ownIdentity, type AuthorLike } from '../github/identity';

/**
 * Finds our comment by its hidden marker, reading comment pages until it turns up. Ours means
 * written by the action's own account with the marker opening the body: anyone can post a
 * comment holding the marker, and editing theirs would hand them what the action writes.
 */
export async function findComment(
  github: GitHub,
  repo: RepoRef,
  issue: number,
  marker: string
): Promise<{ id: number; body: string } | undefined> {
  const self = await ownIdentity(github);
  const ours = (c: { body?: string; user?: AuthorLike | null }) => isOwnComment(self, c, marker);
  const comments = await github.paginate<{ id: number; body?: string; user?: AuthorLike | null }>(
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    { ...repo, issue_number: issue },
    (items) => items.some(ours)
  );
  const found = comments.find(ours);
  return found ? { id: found.id, body: found.body ?? '' } : undefined;
}
