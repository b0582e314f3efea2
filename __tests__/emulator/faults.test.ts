import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Faults, FAULT_KINDS } from '../../src/emulator/faults';
import { SEED, useEmulator } from './client';

const { e, get, send } = useEmulator();

describe('fault injection', () => {
  test.each([0.1, 0.3, 0.6])('rate %f is honoured, kinds are drawn uniformly', async (rate) => {
    e().setFaults(rate, ['500', '502']);
    const n = 400;
    await Promise.all(Array.from({ length: n }, () => get('/repos/acme/app/issues/1')));
    const faulted = e()
      .requests()
      .filter((r) => r.fault);
    // Within 4.5 standard deviations of the binomial mean: a false alarm about once in 300,000 runs.
    const sd = Math.sqrt(n * rate * (1 - rate));
    expect(Math.abs(faulted.length - n * rate)).toBeLessThan(4.5 * sd);
    const fives = faulted.filter((r) => r.fault === '500').length;
    expect(Math.abs(fives - faulted.length / 2)).toBeLessThan(4.5 * Math.sqrt(faulted.length / 4) + 1);
    expect(faulted.every((r) => String(r.status) === r.fault)).toBe(true);
  });

  test('the draw itself, with a fixed random source', () => {
    const values = [0.05, 0.7, 0.5, 0.2];
    const faults = new Faults(0.3, FAULT_KINDS, () => values.shift()!);
    expect([faults.draw(), faults.draw()]).toEqual(['reset', undefined]);
    expect(() => faults.set(1.5)).toThrow(/between 0 and 1/);
    expect(() => faults.set(0.5, ['503' as never])).toThrow(/unknown fault kind/);
  });

  test.each([
    ['500', 500, undefined, /Internal Server Error/],
    ['502', 502, undefined, /Server Error/],
    ['429', 429, '1', /rate limit/],
    ['secondary', 403, '1', /You have exceeded a secondary rate limit/]
  ] as const)('%s answers %i (retry-after %s) and changes nothing', async (kind, status, retryAfter, message) => {
    e().setFaults(1, [kind]);
    const res = await send('POST', '/repos/acme/app/issues/2/comments', { body: 'x' });
    expect([res.status, res.headers.get('retry-after')]).toEqual([status, retryAfter ?? null]);
    expect(((await res.json()) as { message: string }).message).toMatch(message);
    if (kind === '429') expect(res.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(e().store.repo('acme', 'app')!.issues.get(2)!.comments).toHaveLength(1);
  });

  test('rate-limited: a GraphQL query answers 200 with RATE_LIMITED and a reset a second away; REST is not struck', async () => {
    e().setFaults(1, ['rate-limited']);
    const res = await send('POST', '/graphql', { query: 'query Q { viewer { login } }' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ errors: [expect.objectContaining({ type: 'RATE_LIMITED' })] });
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(res.headers.get('x-ratelimit-reset')) - Date.now() / 1000).toBeLessThanOrEqual(1);
    expect((await get('/repos/acme/app/issues/1')).status).toBe(200);
  });

  test('resource-limits: 200, the heavy connection null and RESOURCE_LIMITS_EXCEEDED at its path', async () => {
    e().setFaults(1, ['resource-limits']);
    const res = await send('POST', '/graphql', {
      query: 'query Q { repository(owner: "acme", name: "app") { name issues(first: 10) { nodes { number } } } }'
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: any; errors: { type: string; path: unknown[] }[] };
    expect(body.data).toEqual({ repository: { name: 'app', issues: null } });
    expect(body.errors).toEqual([
      expect.objectContaining({ type: 'RESOURCE_LIMITS_EXCEEDED', path: ['repository', 'issues'] })
    ]);
    expect(e().requests().at(-1)).toMatchObject({ fault: 'resource-limits', status: 200 });
  });

  test('exhausted: 403 with x-ratelimit-remaining 0 and a reset an hour away, on REST and GraphQL alike', async () => {
    e().setFaults(1, ['exhausted']);
    for (const res of [
      await get('/repos/acme/app/issues/1'),
      await send('POST', '/graphql', { query: '{ viewer { login } }' })
    ]) {
      expect(res.status).toBe(403);
      expect(res.headers.get('x-ratelimit-remaining')).toBe('0');
      expect(Number(res.headers.get('x-ratelimit-reset')) - Date.now() / 1000).toBeGreaterThan(3500);
      expect(((await res.json()) as { message: string }).message).toMatch(/API rate limit exceeded/);
    }
  });

  test('lost-answer applies the write, then drops the connection before any byte of the answer', async () => {
    e().setFaults(1, ['lost-answer']);
    await expect(send('POST', '/repos/acme/app/issues/2/comments', { body: 'x' })).rejects.toThrow();
    e().setFaults(0);
    expect(
      e()
        .store.repo('acme', 'app')!
        .issues.get(2)!
        .comments.map((c) => c.body)
    ).toContain('x');
    expect(e().requests().at(-1)).toMatchObject({ fault: 'lost-answer', status: 201 });
    e().failNext('lost-answer', (r) => r.path === '/repos/acme/app/issues/1');
    expect((await get('/repos/acme/app/issues/2')).status).toBe(200);
    await expect(get('/repos/acme/app/issues/1')).rejects.toThrow();
    expect((await get('/repos/acme/app/issues/1')).status).toBe(200);
  });

  test('reset drops the connection; control routes are never faulted; GraphQL is faulted too', async () => {
    e().setFaults(1, ['reset']);
    await expect(get('/repos/acme/app/issues/1')).rejects.toThrow();
    expect(e().requests().at(-1)).toMatchObject({ fault: 'reset', status: 0 });
    expect((await get('/_emulator/state')).status).toBe(200);
    expect((await send('POST', '/_emulator/faults', { rate: 1, kinds: ['502'] })).status).toBe(200);
    expect(
      (
        await send('POST', '/graphql', {
          query: 'mutation M { closeIssue(input: {issueId: "x"}) { clientMutationId } }'
        })
      ).status
    ).toBe(502);
    expect(e().requests().at(-1)).toMatchObject({ operationName: 'M', mutation: true, fault: '502' });
    expect((await send('POST', '/_emulator/faults', { rate: 2 })).status).toBe(422);
    await send('POST', '/_emulator/faults', { rate: 0 });
    expect((await get('/repos/acme/app/issues/1')).status).toBe(200);
  });
});

describe('latency', () => {
  const slow = useEmulator(() => ({ seed: SEED, latencyMs: [60, 80] }));
  test('each request waits within the range', async () => {
    const start = performance.now();
    expect((await slow.get('/repos/acme/app')).status).toBe(200);
    expect(performance.now() - start).toBeGreaterThanOrEqual(58);
  });
});

describe('Octokit against the emulator', () => {
  test('getOctokit requests and paginates (3,000 files in 30 pages)', async () => {
    const octokit = getOctokit('t', { baseUrl: e().url });
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: 'acme',
      repo: 'app',
      pull_number: 4,
      per_page: 100
    });
    expect(files).toHaveLength(3000);
    const labels = await octokit.paginate('GET /repos/{owner}/{repo}/labels', {
      owner: 'acme',
      repo: 'app',
      per_page: 2
    });
    expect(labels.map((l) => l.name)).toEqual(['Epic', 'P0-Critical', 'blocked']);
    const issue = await octokit.rest.issues.get({ owner: 'acme', repo: 'app', issue_number: 2 });
    expect([issue.data.title, issue.data.labels.map((l) => (typeof l === 'string' ? l : l.name))]).toEqual([
      'Story',
      ['blocked']
    ]);
    await expect(octokit.rest.issues.get({ owner: 'acme', repo: 'app', issue_number: 99 })).rejects.toMatchObject({
      status: 404
    });
    const { repository } = await octokit.graphql<{ repository: { issue: { title: string } } }>(
      'query($n: Int!) { repository(owner: "acme", name: "app") { issue(number: $n) { title } } }',
      { n: 2, baseUrl: e().url }
    );
    expect(repository.issue.title).toBe('Story');
  });

  test('with retry and throttling, a paginated read completes under 30% faults of every kind', async () => {
    e().setFaults(0.3, ['500', '502', '429', 'secondary', 'reset']);
    const octokit = getOctokit(
      't',
      {
        baseUrl: e().url,
        request: { retries: 10 },
        // Waits scaled from seconds to 10 ms: the test checks that clients converge, not their timing.
        retry: { doNotRetry: [400, 401, 404, 422], retryAfterBaseValue: 10 },
        throttle: {
          retryAfterBaseValue: 10,
          onRateLimit: (_after: number, _o: unknown, _k: unknown, count: number) => count < 10,
          onSecondaryRateLimit: (_after: number, _o: unknown, _k: unknown, count: number) => count < 10
        }
      },
      retry,
      throttling
    );
    const files = await octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
      owner: 'acme',
      repo: 'app',
      pull_number: 4,
      per_page: 100
    });
    expect(files).toHaveLength(3000);
    expect(
      e()
        .requests()
        .filter((r) => r.fault).length
    ).toBeGreaterThan(0);
  });
});
