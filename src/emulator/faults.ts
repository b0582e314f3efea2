import type { Res } from './http';

export type FaultKind = '500' | '502' | '429' | 'secondary' | 'reset' | 'lost-answer';
export const FAULT_KINDS: FaultKind[] = ['500', '502', '429', 'secondary', 'reset', 'lost-answer'];

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
    const unknown = (kinds ?? []).filter((k) => !FAULT_KINDS.includes(k));
    if (unknown.length) throw new Error(`unknown fault kind(s) ${unknown.join(', ')} (expected ${FAULT_KINDS.join(', ')})`);
    this.rate = rate;
    if (kinds?.length) this.kinds = [...kinds];
  }

  /** The fault for this request, if one strikes: each kind equally likely. */
  draw(): FaultKind | undefined {
    if (this.rate <= 0 || this.random() >= this.rate) return undefined;
    return this.kinds[Math.floor(this.random() * this.kinds.length)];
  }
}

/** The answer a fault gives (`reset` and `lost-answer` have none: the socket is destroyed). */
export function faultResponse(kind: Exclude<FaultKind, 'reset' | 'lost-answer'>): Res {
  switch (kind) {
    case '429':
      return { status: 429, body: { message: 'API rate limit exceeded', documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api' }, headers: { 'retry-after': '1' } };
    case 'secondary':
      return {
        status: 403,
        body: {
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
          documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits'
        },
        headers: { 'retry-after': '1' }
      };
    case '502':
      return { status: 502, body: { message: 'Server Error' } };
    case '500':
      return { status: 500, body: { message: 'Internal Server Error' } };
  }
}

/** A uniform delay in `[min, max]` milliseconds. */
export function delay([min, max]: [number, number], random: () => number = Math.random): Promise<void> {
  const ms = min + random() * Math.max(0, max - min);
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
