import type { GitHub } from '../core/port';

/**
 * A GitHub whose client (Octokit and its HTTP stack, the largest part of the bundle) is loaded on
 * the first request: an event that needs no request never loads it.
 */
export function lazyGitHub(load: () => Promise<GitHub>): GitHub {
  let client: GitHub | undefined;
  let loading: Promise<GitHub> | undefined;
  const get = () => (loading ??= load().then((c) => (client = c)));
  return {
    graphql: async (query, variables) => (await get()).graphql(query, variables),
    request: async (route, params) => (await get()).request(route, params),
    paginate: async (route, params, done) => (await get()).paginate(route, params, done),
    requestCount: () => client?.requestCount() ?? 0,
    // Before the client is loaded no request was made, so no rate limit can have stopped the run.
    rateLimitStop: () => client?.rateLimitStop?.()
  };
}
