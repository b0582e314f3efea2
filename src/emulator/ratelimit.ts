/**
 * GitHub's primary rate-limit bookkeeping, per resource (`core` for REST, `graphql`), so
 * clients that read the `x-ratelimit-*` headers or `rateLimit { remaining }` see figures that
 * move. The window restarts when it is spent or an hour has passed on the emulator's clock:
 * the emulator reports limits, it never enforces them (a fault does that on demand).
 */
export class RateLimits {
  private readonly windows = new Map<string, { used: number; resetAt: number }>();

  constructor(
    private readonly now: () => Date,
    readonly limit = 5000
  ) {}

  /** Counts one request against `resource` and returns its headers. */
  spend(resource: 'core' | 'graphql', cost = 1): Record<string, string> {
    const window = this.window(resource);
    window.used = Math.min(this.limit, window.used + cost);
    return this.headers(resource);
  }

  headers(resource: string): Record<string, string> {
    const w = this.window(resource);
    return {
      'x-ratelimit-limit': String(this.limit),
      'x-ratelimit-remaining': String(this.limit - w.used),
      'x-ratelimit-reset': String(Math.floor(w.resetAt / 1000)),
      'x-ratelimit-used': String(w.used),
      'x-ratelimit-resource': resource
    };
  }

  /** The GraphQL `rateLimit` object of the current window. */
  status(resource: string): { limit: number; used: number; remaining: number; resetAt: string } {
    const w = this.window(resource);
    return {
      limit: this.limit,
      used: w.used,
      remaining: this.limit - w.used,
      resetAt: new Date(w.resetAt).toISOString()
    };
  }

  private window(resource: string): { used: number; resetAt: number } {
    const now = this.now().getTime();
    let w = this.windows.get(resource);
    if (!w || now >= w.resetAt || w.used >= this.limit) {
      w = { used: 0, resetAt: now + 3600_000 };
      this.windows.set(resource, w);
    }
    return w;
  }
}
