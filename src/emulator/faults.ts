import { isFields } from './json';
import type { Res } from './http';

export type FaultKind =
  | '500'
  | '502'
  | '429'
  | 'secondary'
  | 'reset'
  | 'lost-answer'
  | 'rate-limited'
  | 'resource-limits'
  | 'exhausted'
  | '422';
/** The transient kinds, drawn when none are named: a client that retries (and looks before re-sending a create) gets through them. */
export const FAULT_KINDS: FaultKind[] = ['500', '502', '429', 'secondary', 'reset', 'lost-answer'];
/**
 * Every kind: `422` (GitHub refuses the write as unprocessable, as it documents for every write
 * the action makes) and the limit kinds, `rate-limited` (a spent GraphQL budget, resetting in a
 * second), `resource-limits` (a GraphQL query cut short) and `exhausted` (the primary limit
 * spent for an hour). `422`, `resource-limits` and `exhausted` never go away by retrying, so
 * they are only drawn when named. (The limit kinds stay last: the command line's message lists
 * them in this order.)
 */
export const ALL_FAULT_KINDS: FaultKind[] = [...FAULT_KINDS, '422', 'rate-limited', 'resource-limits', 'exhausted'];
/** Kinds that only GraphQL answers have; a REST request is never struck by them. */
const GRAPHQL_ONLY: FaultKind[] = ['rate-limited', 'resource-limits'];

/**
 * Failures injected on demand, as a load balancer or GitHub's rate limiter would answer. All but
 * one strike before any state changes: the request had no effect, so a client that retries
 * converges. `lost-answer` strikes after: the request is applied, then the connection is dropped
 * before any byte of the answer (GitHub committed the write; the client cannot know it).
 */
export class Faults {
  constructor(
    public rate = 0,
    public kinds: FaultKind[] = FAULT_KINDS,
    private readonly random: () => number = Math.random
  ) {
    this.set(rate, kinds);
  }

  set(rate: number, kinds?: FaultKind[]): void {
    if (!(rate >= 0 && rate <= 1)) throw new Error(`fault rate must be between 0 and 1, not ${rate}`);
    const unknown = (kinds ?? []).filter((k) => !ALL_FAULT_KINDS.includes(k));
    if (unknown.length)
      throw new Error(`unknown fault kind(s) ${unknown.join(', ')} (expected ${ALL_FAULT_KINDS.join(', ')})`);
    this.rate = rate;
    if (kinds?.length) this.kinds = [...kinds];
  }

  /**
   * The fault for this request, if one strikes: each kind that can strike it equally likely
   * (the GraphQL-only kinds strike GraphQL queries, not REST requests nor mutations).
   */
  draw(query = false): FaultKind | undefined {
    const kinds = query ? this.kinds : this.kinds.filter((k) => !GRAPHQL_ONLY.includes(k));
    if (kinds.length === 0 || this.rate <= 0 || this.random() >= this.rate) return undefined;
    return kinds[Math.floor(this.random() * kinds.length)];
  }
}

/**
 * The answer a fault gives (`reset` and `lost-answer` have none: the socket is destroyed;
 * `resource-limits` is built from the query's own answer, see `cutShort`). Reset times are in
 * real time, since the client waits for real: a second away for the transient kinds, an hour
 * for `exhausted`.
 */
export function faultResponse(
  kind: Exclude<FaultKind, 'reset' | 'lost-answer' | 'resource-limits'>,
  nowMs = Date.now()
): Res {
  const resetIn = (seconds: number) => ({
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String(Math.floor(nowMs / 1000) + seconds)
  });
  if (kind === '502' || kind === '500' || kind === '422') return errorAnswer(kind);
  return limitAnswer(kind, resetIn);
}

type LimitKind = Exclude<FaultKind, 'reset' | 'lost-answer' | 'resource-limits' | '502' | '500' | '422'>;

/** A rate limit as GitHub answers it: which limit decides the status, body and reset headers. */
function limitAnswer(kind: LimitKind, resetIn: (seconds: number) => Record<string, string>): Res {
  switch (kind) {
    case 'rate-limited':
      // GitHub's spent GraphQL budget: HTTP 200, no data, one error of type RATE_LIMITED.
      return {
        status: 200,
        body: {
          errors: [
            {
              type: 'RATE_LIMITED',
              code: 'graphql_rate_limit',
              message: 'API rate limit already exceeded for installation ID 1.'
            }
          ]
        },
        headers: { ...resetIn(1), 'x-ratelimit-resource': 'graphql' }
      };
    case 'exhausted':
      // The primary limit spent (GITHUB_TOKEN: 1,000 requests an hour per repository).
      return {
        status: 403,
        body: {
          message: 'API rate limit exceeded for installation ID 1.',
          documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api',
          status: '403'
        },
        headers: resetIn(3600)
      };
    case '429':
      return {
        status: 429,
        body: {
          message: 'API rate limit exceeded',
          documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api'
        },
        headers: { 'retry-after': '1', ...resetIn(1) }
      };
    case 'secondary':
      return {
        status: 403,
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
          documentation_url:
            'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits'
        },
        headers: { 'retry-after': '1' }
      };
  }
}

/** A server error, or a validation error of a write (the `422` kind). */
function errorAnswer(kind: '502' | '500' | '422'): Res {
  switch (kind) {
    case '502':
      return { status: 502, body: { message: 'Server Error' } };
    case '500':
      return { status: 500, body: { message: 'Internal Server Error' } };
    case '422':
      return {
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [{ resource: 'Issue', code: 'unprocessable', field: 'data' }],
          documentation_url: 'https://docs.github.com/rest/issues'
        }
      };
  }
}

/**
 * GitHub's answer to a query over its resource limits (since September 2025): HTTP 200, the
 * heavy field null and an error of type RESOURCE_LIMITS_EXCEEDED at its path. The heavy field
 * is the first connection (an object with `nodes`) of the real answer, else its first field.
 */
export function cutShort(body: { data?: unknown; errors?: unknown[] }): Res {
  const data = isFields(body.data) ? body.data : {};
  const path = connectionPath(data) ?? Object.keys(data).slice(0, 1);
  const last = path.at(-1);
  if (last !== undefined) {
    // The path was found by walking `data`, so every step exists and holds an object or a list.
    const parent = path
      .slice(0, -1)
      .reduce<Record<string | number, unknown>>((o, key) => o[key] as Record<string | number, unknown>, data);
    parent[last] = null;
  }
  const error = {
    type: 'RESOURCE_LIMITS_EXCEEDED',
    path,
    message: 'The query exceeded a resource limit and was cut short; request fewer nodes.'
  };
  return { status: 200, body: { data, errors: [...(body.errors ?? []), error] } };
}

function connectionPath(value: unknown, path: (string | number)[] = []): (string | number)[] | undefined {
  if (!value || typeof value !== 'object') return undefined;
  if (path.length && Array.isArray((value as { nodes?: unknown }).nodes)) return path;
  for (const [key, child] of Object.entries(value)) {
    const found = connectionPath(child, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return undefined;
}

/** A uniform delay in `[min, max]` milliseconds. */
export function delay([min, max]: [number, number], random: () => number = Math.random): Promise<void> {
  const ms = min + random() * Math.max(0, max - min);
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
