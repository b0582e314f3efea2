/**
 * The one interface in front of GitHub. Features read through it (their own GraphQL
 * documents and REST routes live beside them); only the executor writes through it.
 * The production implementation is Octokit (client.ts); tests use the same Octokit against
 * the emulator over HTTP, so there is no fake of this interface to drift from GitHub.
 */
export interface GitHubResponse<T> {
  status: number;
  data: T;
  headers: Record<string, string | number | undefined>;
}

export interface GitHub {
  /** A GraphQL query or mutation; throws on HTTP or GraphQL errors. */
  graphql<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** One REST request, e.g. `GET /repos/{owner}/{repo}/labels/{name}`. */
  request<T = unknown>(route: string, params?: Record<string, unknown>): Promise<GitHubResponse<T>>;
  /** Every page of a REST list (per_page 100), optionally stopping early when `done` says so. */
  paginate<T = unknown>(route: string, params?: Record<string, unknown>, done?: (items: T[]) => boolean): Promise<T[]>;
  /** Requests made so far in this run (for the summary and the request budget). */
  requestCount(): number;
  /** Set once a rate limit would have needed a longer wait than allowed: the run stops. */
  rateLimitStop?(): Error | undefined;
}

/** An HTTP error from GitHub, with the status the caller can branch on. */
export function httpStatus(error: unknown): number | undefined {
  if (error && typeof error === 'object' && 'status' in error)
    return typeof error.status === 'number' ? error.status : undefined;
  return undefined;
}
