import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import type { Logger } from '../core/log';
import type { GitHub, GitHubResponse } from '../core/port';

export interface ClientOptions {
  token: string;
  /** REST base, from GITHUB_API_URL (GitHub Enterprise Server: https://host/api/v3). */
  apiUrl: string;
  /** From GITHUB_GRAPHQL_URL (GHES: https://host/api/graphql), used as given. */
  graphqlUrl: string;
  log: Logger;
  /** Retries of one request after 5xx, resets and rate limits. */
  retries?: number;
  /** The longest wait for a rate limit to reset, in seconds (input `rate-limit-wait`); past it the run stops. */
  rateLimitWait?: number;
}

type ErrorEntry = { message: string; type?: string; path?: unknown[] };

/** GraphQL errors of a 200 answer; `data` keeps whatever part of the query did resolve. */
export class GraphqlError extends Error {
  override name = 'GraphqlError';
  constructor(
    readonly errors: ErrorEntry[],
    readonly data: unknown
  ) {
    super(`GraphQL: ${errors.map((e) => e.message).join('; ')}`);
  }
}

/**
 * A GraphQL answer that cannot be used even in part: GitHub cut it short (resource limits), or
 * an error concerns the whole query rather than one object. It carries no `data`, so no reader
 * can mistake what is missing for "nothing there".
 */
export class GraphqlIncompleteError extends Error {
  override name = 'GraphqlIncompleteError';
  constructor(readonly errors: ErrorEntry[]) {
    super(
      `GraphQL: the answer is incomplete and was not used (${errors.map((e) => `${e.type ?? 'error'}: ${e.message}`).join('; ')})`
    );
  }
}

/** GitHub's rate limit is spent for longer than the run may wait: the run stops here. */
export class RateLimitError extends Error {
  override name = 'RateLimitError';
  constructor(
    readonly resetAt: Date,
    readonly request: string,
    readonly waitLimit: number
  ) {
    super(
      `GitHub's rate limit is spent until ${resetAt.toISOString()} (${request}): waiting ` +
        `${Math.max(0, Math.ceil((resetAt.getTime() - Date.now()) / 1000))} s is longer than rate-limit-wait (${waitLimit} s)`
    );
  }
}

/**
 * Error types of a partial GraphQL answer that concern one object (it does not exist, the token
 * may not read it): the rest of the answer stands and readers handle the object. Any other error
 * (RESOURCE_LIMITS_EXCEEDED, a spent budget, an error without a path) makes the whole answer unusable.
 */
const PER_OBJECT_ERRORS = new Set(['NOT_FOUND', 'FORBIDDEN']);

/** GraphQL error types that say GitHub's limits, not the query, left the answer incomplete. */
export const LIMIT_ERRORS = new Set(['RESOURCE_LIMITS_EXCEEDED', 'RATE_LIMITED']);

/** Every 4xx: they cannot succeed by asking again. Rate limits (403/429) are the throttling plugin's. */
const DO_NOT_RETRY = Array.from({ length: 100 }, (_, i) => 400 + i);

/**
 * Builds the one Octokit client of a run, from @actions/github with throttling and retry.
 * - retry (@octokit/plugin-retry): 5xx and dropped connections, up to `retries` times with
 *   1, 4, 9… s between; no 4xx is retried, so a 404 or a missing permission costs one request.
 *   `retries` is given to the plugin, never as `request.retries`: the plugin reads that per
 *   request and would then retry every failure, its `doNotRetry` list bypassed.
 * - throttling (@octokit/plugin-throttling): primary and secondary rate limits (403/429 with
 *   `x-ratelimit-remaining: 0` or the secondary message, GraphQL RATE_LIMITED), waiting for the
 *   reset or `retry-after` when that is at most `rateLimitWait` seconds; a longer wait stops the
 *   run with a RateLimitError naming the reset, and every later request fails the same way unsent.
 * GraphQL goes through the same client as `POST /graphql` on its own base URL, so both plugins
 * recognise it as GraphQL on GitHub Enterprise Server too (`/api/graphql`).
 */
export function createGitHub(options: ClientOptions): GitHub {
  const retries = options.retries ?? 4;
  const limit: RateLimitState = { stopped: undefined };
  const octokit = buildOctokit(options, retries, limit);
  let count = 0;
  octokit.hook.before('request', () => {
    if (limit.stopped) throw limit.stopped;
    count += 1;
  });
  const graphqlRoute = graphqlEndpoint(options.graphqlUrl);
  /** A refused wait surfaces as the plugin's own error: turn it into the RateLimitError. */
  const send = async <R>(call: () => Promise<R>): Promise<R> => {
    try {
      return await call();
    } catch (error) {
      throw limit.stopped ?? error;
    }
  };

  return {
    async graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const response = await send(() =>
        octokit.request(graphqlRoute.route, { ...graphqlRoute.params, query, variables })
      );
      return graphqlData<T>(response.data, options.graphqlUrl);
    },
    async request<T>(route: string, params: Record<string, unknown> = {}): Promise<GitHubResponse<T>> {
      // A write is never followed to where GitHub redirects it (a transferred issue answers 301):
      // fetch would repeat a PATCH there, or turn a POST into a GET that looks like success.
      const write = !/^\s*(GET|HEAD)\s/i.test(route);
      const sent = write
        ? { ...params, request: { ...(params.request as object | undefined), redirect: 'manual' } }
        : params;
      const response = await send(() => octokit.request(route, sent));
      if (response.status >= 300 && response.status < 400)
        throw movedError(route, response.status, response.headers.location);
      return {
        status: response.status,
        data: response.data as T,
        headers: response.headers
      };
    },
    async paginate<T>(
      route: string,
      params: Record<string, unknown> = {},
      done?: (items: T[]) => boolean
    ): Promise<T[]> {
      return send(() => collectPages<T>(octokit, route, params, done));
    },
    requestCount: () => count,
    rateLimitStop: () => limit.stopped
  };
}

type Octokit = ReturnType<typeof getOctokit>;

/** The first wait the run refused: once set, every later request fails with it, unsent. */
interface RateLimitState {
  stopped: RateLimitError | undefined;
}

/** The Octokit client with the retry and throttling plugins, as createGitHub describes them. */
function buildOctokit(options: ClientOptions, retries: number, limit: RateLimitState): Octokit {
  const onLimit = rateLimitPolicy(options.log, retries, options.rateLimitWait ?? 60, limit);
  const unpaced = isLoopback(options.apiUrl) ? loopbackLimiters() : {};
  return getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl,
      retry: { retries, doNotRetry: DO_NOT_RETRY },
      throttle: {
        ...unpaced,
        onRateLimit: onLimit('Rate limit'),
        onSecondaryRateLimit: onLimit('Secondary rate limit')
      }
    },
    throttling,
    retry
  );
}

/**
 * Decides each rate-limit hit for the throttling plugin: wait and retry while the wait is at
 * most `waitLimit` seconds; a longer wait stops the run (recorded in `limit`), not the job's clock.
 */
function rateLimitPolicy(log: Logger, retries: number, waitLimit: number, limit: RateLimitState) {
  return (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _o: unknown, retryCount: number) => {
      if (retryAfter > waitLimit) {
        limit.stopped = new RateLimitError(
          new Date(Date.now() + retryAfter * 1000),
          `${kind} on ${request.method} ${request.url}`,
          waitLimit
        );
        return false;
      }
      log.warning(`${kind} hit on ${request.method} ${request.url}; retrying in ${retryAfter}s.`);
      return retryCount < retries;
    };
}

/**
 * The `data` of a GraphQL answer, or why it cannot be used: not JSON, errors that concern the
 * whole query (GraphqlIncompleteError), per-object errors beside data (GraphqlError), or nothing.
 */
function graphqlData<T>(raw: unknown, graphqlUrl: string): T {
  // Octokit hands back the text when it cannot parse it: say so rather than read fields of nothing.
  if (!raw || typeof raw !== 'object')
    throw new Error(
      `GraphQL: the answer from ${graphqlUrl} could not be read as JSON (${typeof raw === 'string' ? `${raw.length} characters` : typeof raw})`
    );
  const body = raw as { data?: T; errors?: ErrorEntry[] };
  if (body.errors?.length) {
    const whole = body.errors.filter((e) => !e.path?.length || !PER_OBJECT_ERRORS.has(e.type ?? ''));
    if (whole.length || !body.data) throw new GraphqlIncompleteError(whole.length ? whole : body.errors);
    throw new GraphqlError(body.errors, body.data);
  }
  if (body.data === undefined || body.data === null)
    throw new Error(`GraphQL: the answer from ${graphqlUrl} has neither data nor errors`);
  return body.data;
}

/** Every page of a list route, stopping early once `done` says the items so far are enough. */
async function collectPages<T>(
  octokit: Octokit,
  route: string,
  params: Record<string, unknown>,
  done?: (items: T[]) => boolean
): Promise<T[]> {
  const items: T[] = [];
  // The route is a plain string here, which Octokit's typed overloads do not accept.
  const paginate = octokit.paginate as unknown as (
    route: string,
    params: Record<string, unknown>,
    map: (response: { data: unknown }, stop: () => void) => unknown[]
  ) => Promise<unknown[]>;
  await paginate(route, { per_page: 100, ...params }, (response, stop) => {
    const page = (Array.isArray(response.data) ? response.data : []) as T[];
    items.push(...page);
    if (done?.(items)) stop();
    return [];
  });
  return items;
}

/** A write GitHub redirected (301: the issue was transferred), with the status callers branch on. */
function movedError(route: string, status: number, location: unknown): Error {
  const to = typeof location === 'string' ? ` to ${location}` : '';
  return Object.assign(
    new Error(`${route.trim()}: GitHub answered ${status} (moved${to}); the write was not repeated there`),
    { status }
  );
}

/**
 * The route GraphQL is posted to. The plugins tell GraphQL by a path starting with `/graphql`,
 * which GHES's `https://host/api/graphql` is not when posted as a whole URL: so the endpoint is
 * split into a base URL and `/graphql`. Another shape of URL is posted as given.
 */
export function graphqlEndpoint(graphqlUrl: string): { route: string; params: Record<string, unknown> } {
  const match = /^(.*)\/graphql\/?$/.exec(graphqlUrl);
  if (!match) return { route: `POST ${graphqlUrl}`, params: {} };
  return { route: 'POST /graphql', params: { baseUrl: match[1] } };
}

/** True when the API is served on this machine (the emulator, a local proxy in a test). */
export function isLoopback(apiUrl: string): boolean {
  let host: string;
  try {
    host = new URL(apiUrl).hostname;
  } catch {
    return false;
  }
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * plugin-throttling spaces writes 1 s apart (3 s for notification-triggering ones, 2 s for search),
 * following GitHub's advice against secondary rate limits on github.com. A loopback API has no
 * such limits, and the pacing would turn a 10-write demo step into 10 s of waiting, so there the
 * same limiters keep writes one at a time, in order, without the gap. Rate-limit answers
 * (403/429 with retry-after) are still honoured: that handling does not depend on these limiters.
 */
function loopbackLimiters(): Record<'write' | 'notifications' | 'search', Bottleneck.Group> {
  const serial = () => new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 });
  return { write: serial(), notifications: serial(), search: serial() };
}
