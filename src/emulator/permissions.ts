import type { Issue, Store } from './store';

/**
 * The GITHUB_TOKEN's permissions, modelled so a test can prove a workflow's `permissions:`
 * block is enough for what the action calls, and no more. The table follows GitHub's
 * "Permissions required for GitHub Apps" pages for the endpoints the emulator serves.
 *
 * Tokens: `read-only` reads everything (a fork's `pull_request` run); `permissions:` followed by
 * `scope=level` pairs (`permissions:contents=read,issues=write`) grants exactly those, plus
 * `metadata: read`, which every token has; any other token may do everything.
 */
export type Scope = 'actions' | 'checks' | 'contents' | 'issues' | 'pull-requests' | 'metadata';
export type Level = 'read' | 'write';
export const SCOPES: readonly Scope[] = ['actions', 'checks', 'contents', 'issues', 'pull-requests', 'metadata'];

/** What one request needs: any one of `scopes` at `level` (GitHub accepts either for labels). */
export interface Need {
  scopes: Scope[];
  level: Level;
}

export type Grants = 'all' | Partial<Record<Scope, Level>>;

export function grantsOf(token: string): Grants {
  if (token === 'read-only') return Object.fromEntries(SCOPES.map((s) => [s, 'read']));
  if (!token.startsWith('permissions:')) return 'all';
  const grants: Partial<Record<Scope, Level>> = { metadata: 'read' };
  for (const pair of token.slice('permissions:'.length).split(',')) {
    const [scope, level] = pair.split('=').map((s) => s.trim());
    if (!scope) continue;
    if (!SCOPES.includes(scope as Scope) || (level !== 'read' && level !== 'write' && level !== 'none')) {
      throw new Error(
        `emulator: a permissions token has "${pair}"; expected scope=read|write|none with scope one of ${SCOPES.join(', ')}`
      );
    }
    if (level === 'none') delete grants[scope as Scope];
    else grants[scope as Scope] = level;
  }
  return grants;
}

export function allows(grants: Grants, need: Need): boolean {
  if (grants === 'all') return true;
  return need.scopes.some((scope) => {
    const held = grants[scope];
    return held === 'write' || (held === 'read' && need.level === 'read');
  });
}

export const describe = (need: Need): string => `${need.scopes.join(' or ')}: ${need.level}`;

const targetScope = (issue: Issue | undefined): Scope => (issue?.pull ? 'pull-requests' : 'issues');

/** The permission a REST request needs, from its method and path (null: none modelled). */
export function restNeed(store: Store, method: string, path: string): Need | null {
  const match = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path);
  if (!match) return null;
  const rest = match[3] ?? '';
  const level: Level = method === 'GET' || method === 'HEAD' ? 'read' : 'write';
  const repo = store.repo(decodeURIComponent(match[1]!), decodeURIComponent(match[2]!));
  if (rest === '') return { scopes: ['metadata'], level: 'read' };
  if (rest.startsWith('/actions/')) return { scopes: ['actions'], level };
  if (rest.startsWith('/check-runs') || /^\/commits\/[^/]+\/check-runs/.test(rest))
    return { scopes: ['checks'], level };
  if (rest.startsWith('/contents')) return { scopes: ['contents'], level };
  // Merging writes the branch: GitHub asks for contents: write.
  if (/^\/pulls\/\d+\/merge$/.test(rest) && level === 'write') return { scopes: ['contents'], level };
  if (rest.startsWith('/pulls')) return { scopes: ['pull-requests'], level };
  if (rest.startsWith('/labels')) return { scopes: ['issues', 'pull-requests'], level };
  const comment = /^\/issues\/comments\/(\d+)$/.exec(rest);
  if (comment) return { scopes: [targetScope(store.findComment(Number(comment[1]))?.issue)], level };
  const numbered = /^\/issues\/(\d+)(\/|$)/.exec(rest);
  if (numbered) return { scopes: [targetScope(repo?.issues.get(Number(numbered[1])))], level };
  if (rest.startsWith('/issues')) return { scopes: ['issues'], level };
  return null;
}

/** What reading an object of a GraphQL type needs. */
export function typeNeed(typeName: string): Need | null {
  switch (typeName) {
    case 'Issue':
      return { scopes: ['issues'], level: 'read' };
    case 'PullRequest':
      return { scopes: ['pull-requests'], level: 'read' };
    case 'CheckRun':
    case 'CheckSuite':
      return { scopes: ['checks'], level: 'read' };
    default:
      return null;
  }
}

/** What a GraphQL mutation needs, from the node its input points at. */
export function mutationNeed(store: Store, name: string, input: Record<string, unknown>): Need {
  if (name === 'createLabel') return { scopes: ['issues', 'pull-requests'], level: 'write' };
  const id = input.subjectId ?? input.labelableId ?? input.issueId ?? input.id;
  const found = typeof id === 'string' ? store.byNodeId(id) : undefined;
  return { scopes: [targetScope(found?.issue)], level: 'write' };
}
