import type { RepoRef } from '../core/plan';

/** One issue or pull request, named exactly: GitHub numbers are per repository. */
export interface IssueRef {
  owner: string;
  repo: string;
  number: number;
}

/** Where references are resolved: the epic's repository and the server's web address (GHES). */
export interface RefContext {
  repo: RepoRef;
  /** e.g. `https://github.com` or `https://ghe.example.com` (GITHUB_SERVER_URL). */
  serverUrl: string;
}

/** Owner and repository names compare case-insensitively on GitHub; numbers exactly. */
export function refKey(ref: IssueRef): string {
  return `${ref.owner.toLowerCase()}/${ref.repo.toLowerCase()}#${ref.number}`;
}

export function sameRepo(a: RepoRef, b: RepoRef): boolean {
  return a.owner.toLowerCase() === b.owner.toLowerCase() && a.repo.toLowerCase() === b.repo.toLowerCase();
}

/** `#14` within `base`, `owner/repo#14` elsewhere: how people read it in a comment. */
export function formatRef(ref: IssueRef, base: RepoRef): string {
  return sameRepo(ref, base) ? `#${ref.number}` : `${ref.owner}/${ref.repo}#${ref.number}`;
}

const OWNER = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})';
const REPO = '[A-Za-z0-9._-]{1,100}';
const NUMBER = '[1-9][0-9]{0,9}';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function hostOf(serverUrl: string): string {
  try {
    return new URL(serverUrl).host.toLowerCase();
  } catch {
    return 'github.com';
  }
}

const patterns = new Map<string, RegExp>();

/**
 * One left-to-right scanner for every written form, so the longest form at a position wins
 * (`owner/repo#14` is never read as `#14`) and `#1` can never match inside `#14`.
 */
function scanner(serverUrl: string): RegExp {
  const host = hostOf(serverUrl);
  let pattern = patterns.get(host);
  if (!pattern) {
    pattern = new RegExp(
      [
        `(?<![\\w@/.-])https?://${escapeRegExp(host)}/(?<uo>${OWNER})/(?<ur>${REPO})/(?:issues|pull)/(?<un>${NUMBER})(?![\\d])`,
        `(?<![\\w/.@-])(?<o>${OWNER})/(?<r>${REPO})#(?<n>${NUMBER})(?![\\w])`,
        `(?<![\\w/&#.@-])(?:#|GH-)(?<sn>${NUMBER})(?![\\w])`
      ].join('|'),
      'gi'
    );
    patterns.set(host, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

function toNumber(text: string): number | undefined {
  const value = Number(text);
  return Number.isSafeInteger(value) && value > 0 && value < 2 ** 31 ? value : undefined;
}

/** Every reference written in plain text, in order, with the index where it starts. */
export function refsInText(text: string, ctx: RefContext): { ref: IssueRef; index: number }[] {
  const found: { ref: IssueRef; index: number }[] = [];
  const pattern = scanner(ctx.serverUrl);
  for (const match of text.matchAll(pattern)) {
    const g = match.groups ?? {};
    let ref: IssueRef | undefined;
    if (g.un !== undefined) {
      const number = toNumber(g.un);
      if (number) ref = { owner: g.uo!, repo: g.ur!, number };
    } else if (g.n !== undefined) {
      const number = toNumber(g.n);
      if (number) ref = { owner: g.o!, repo: g.r!, number };
    } else if (g.sn !== undefined) {
      // `GH-14` is case-sensitive on GitHub; the `i` flag is only there for hosts and names.
      if (match[0].startsWith('#') || match[0].startsWith('GH-')) {
        const number = toNumber(g.sn);
        if (number) ref = { ...ctx.repo, number };
      }
    }
    if (ref) found.push({ ref: normaliseRepo(ref, ctx), index: match.index });
  }
  return found;
}

/** The issue or pull request a link points to, when it is one on this server. */
export function refFromUrl(url: string, ctx: RefContext): IssueRef | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  if (parsed.host.toLowerCase() !== hostOf(ctx.serverUrl)) return undefined;
  const match = new RegExp(`^/(${OWNER})/(${REPO})/(?:issues|pull)/(${NUMBER})(?:/[^?#]*)?/?$`).exec(parsed.pathname);
  if (!match) return undefined;
  const number = toNumber(match[3]!);
  return number ? normaliseRepo({ owner: match[1]!, repo: match[2]!, number }, ctx) : undefined;
}

/** Writes a reference to the epic's own repository with the epic's spelling, so keys and messages agree. */
function normaliseRepo(ref: IssueRef, ctx: RefContext): IssueRef {
  return sameRepo(ref, ctx.repo) ? { ...ctx.repo, number: ref.number } : ref;
}

const CLOSING = new RegExp(
  `(?<![\\w-])(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\\s*:?\\s+(?:(?<o>${OWNER})/(?<r>${REPO}))?#(?<n>${NUMBER})(?![\\w])`,
  'gi'
);

/**
 * Issues a pull request closes by its keywords (`Fixes #14`, `closes owner/repo#3`,
 * `Resolves https://…/issues/9`). GitHub only honours them for the default branch; the tool
 * reads them itself for other bases. `text` should be prose only (no code).
 */
export function closingRefs(text: string, ctx: RefContext): IssueRef[] {
  const found: IssueRef[] = [];
  for (const match of text.matchAll(CLOSING)) {
    const g = match.groups ?? {};
    const number = toNumber(g.n!);
    if (number) found.push(normaliseRepo(g.o ? { owner: g.o, repo: g.r!, number } : { ...ctx.repo, number }, ctx));
  }
  const host = escapeRegExp(hostOf(ctx.serverUrl));
  const urls = new RegExp(
    `(?<![\\w-])(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\\s*:?\\s+(https?://${host}/\\S+)`,
    'gi'
  );
  for (const match of text.matchAll(urls)) {
    const ref = refFromUrl(match[1]!.replace(/[).,;:!?]+$/, ''), ctx);
    if (ref && /\/issues\//.test(match[1]!)) found.push(ref);
  }
  const seen = new Set<string>();
  return found.filter((r) => (seen.has(refKey(r)) ? false : (seen.add(refKey(r)), true)));
}
