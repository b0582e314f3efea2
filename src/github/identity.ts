import type { EpicStewardViewerQuery } from '../core/generated/graphql';
import type { GitHub } from '../core/port';

/**
 * Who the action is on GitHub: only comments written by this account are the action's own.
 *
 * - `GITHUB_TOKEN` and GitHub App installation tokens act as the app's bot account
 *   (`github-actions[bot]`, `<app-slug>[bot]`). REST `GET /user` refuses them ("Resource not
 *   accessible by integration") and `GET /app` needs the app's JWT, but GraphQL `viewer`
 *   answers with the bot's login, `slug[bot]`.
 * - A personal access token acts as its user: `viewer` is that user.
 *
 * So the identity is one `viewer { login }` request, made once per run and only when comments
 * are read. If GitHub refuses even that, the token is taken to be `GITHUB_TOKEN`
 * (`github-actions[bot]`), the action's default, and the fallback is said in `source`.
 */
export interface Identity {
  /** The login as REST spells it: `github-actions[bot]`, `octocat`. */
  login: string;
  /** How it was found: GitHub's answer to `viewer`, or the `github-actions[bot]` fallback. */
  source: 'viewer' | 'fallback';
}

/** An author as either API reports it: REST `user {login, type}`, GraphQL `author {__typename, login}`. */
export interface AuthorLike {
  login?: string | null;
  type?: string | null;
  __typename?: string | null;
}

export const VIEWER_QUERY = /* GraphQL */ `
  query EpicStewardViewer {
    viewer {
      login
    }
  }
`;

export const GITHUB_ACTIONS_BOT = 'github-actions[bot]';

const known = new WeakMap<GitHub, Promise<Identity>>();

/** The action's own identity for this client, asked once. */
export function ownIdentity(github: GitHub): Promise<Identity> {
  let found = known.get(github);
  if (!found) {
    found = github
      .graphql<EpicStewardViewerQuery>(VIEWER_QUERY)
      .then((data): Identity =>
        data?.viewer?.login
          ? { login: data.viewer.login, source: 'viewer' }
          : { login: GITHUB_ACTIONS_BOT, source: 'fallback' }
      )
      .catch((): Identity => ({ login: GITHUB_ACTIONS_BOT, source: 'fallback' }));
    known.set(github, found);
  }
  return found;
}

/**
 * One spelling for both APIs: GraphQL drops the `[bot]` suffix of a Bot's login
 * (`github-actions`) and says `__typename: Bot`; REST keeps it and says `type: Bot`. A user
 * cannot take a bot's name with the suffix, so the suffix tells the two apart.
 */
export function authorKey(author: AuthorLike | null | undefined): string | undefined {
  const login = author?.login?.trim();
  if (!login) return undefined;
  const bot = author?.type === 'Bot' || author?.__typename === 'Bot' || /\[bot\]$/i.test(login);
  return `${login.replace(/\[bot\]$/i, '').toLowerCase()}${bot ? '[bot]' : ''}`;
}

/** True when `author` is the action itself. */
export function isOwn(identity: Identity, author: AuthorLike | null | undefined): boolean {
  const key = authorKey(author);
  return key !== undefined && key === authorKey({ login: identity.login });
}

/**
 * True when `body` is one of the action's comments carrying `marker`: the marker opens the
 * body (a marker quoted further down, by anyone, proves nothing) and the author is the action.
 */
export function isOwnComment(
  identity: Identity,
  comment: { body?: string | null; author?: AuthorLike | null; user?: AuthorLike | null },
  marker: string
): boolean {
  return (comment.body ?? '').startsWith(marker) && isOwn(identity, comment.author ?? comment.user);
}
