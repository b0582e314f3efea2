import { Executor } from '../../src/apply/executor';
import type { Logger } from '../../src/core/log';
import type { Operation } from '../../src/core/plan';
import type { GitHub, GitHubResponse } from '../../src/core/port';

// Table tests of the executor's ordering and isolation. The port is a fake here on purpose:
// what is tested is which requests the executor makes, in which order, and what it reports;
// the requests themselves are tested against the emulator (isolation.e2e.test.ts).

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message);
  }
}

/** A port that records every request and fails those whose route and params match `failing`. */
function fakePort(failing: Record<string, number> = {}): GitHub & { sent: string[] } {
  const sent: string[] = [];
  const request = async <T>(route: string, params: Record<string, unknown> = {}): Promise<GitHubResponse<T>> => {
    const line = params.issue_number === undefined ? route : `${route} ${String(params.issue_number)}`;
    sent.push(line);
    const status = failing[line];
    if (status)
      throw new HttpFailure(status, status === 403 ? 'Resource not accessible by integration' : 'Validation Failed');
    const data =
      route.startsWith('GET') && route.endsWith('/check-runs') ? { check_runs: [] } : { id: sent.length, body: '' };
    return { status: 200, data: data as T, headers: {} };
  };
  return {
    sent,
    graphql: async <T>() => ({ viewer: { login: 'github-actions[bot]', databaseId: 41898282 } }) as T,
    request,
    paginate: async <T>() => [] as T[],
    requestCount: () => sent.length
  };
}

const silent: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  startGroup: () => undefined,
  endGroup: () => undefined
};
const repo = { owner: 'acme', repo: 'app' };

function executor(github: GitHub, options: { maxWrites?: number; dryRun?: boolean } = {}): Executor {
  return new Executor({
    github,
    repo,
    log: silent,
    dryRun: options.dryRun ?? false,
    maxWrites: options.maxWrites ?? 100,
    definitions: []
  });
}

const close = (issue: number): Operation => ({ kind: 'set-issue-state', issue, state: 'closed', why: 'test' });
const body = (issue: number, expected: string, next: string): Operation => ({
  kind: 'set-body',
  issue,
  expected,
  body: next,
  why: 'test'
});
const label = (issue: number, name: string): Operation => ({ kind: 'remove-label', issue, label: name, why: 'test' });
const check: Operation = {
  kind: 'check-run',
  name: 'gates',
  headSha: 'a'.repeat(40),
  conclusion: 'success',
  title: 't',
  summary: 's',
  annotations: [],
  why: 'test'
};

const PATCH = 'PATCH /repos/{owner}/{repo}/issues/{issue_number}';
const DELETE = 'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}';
const POST_CHECK = 'POST /repos/{owner}/{repo}/check-runs';

interface Case {
  name: string;
  plan: Operation[];
  failing: Record<string, number>;
  statuses: string[];
  sent: string[];
}

describe('Executor', () => {
  test.each<Case>([
    {
      name: 'a failure stops the rest of its own issue only; later issues are written',
      plan: [body(1, 'a', 'b'), close(1), close(2), body(3, 'x', 'y')],
      failing: { [`${PATCH} 1`]: 422 },
      statuses: ['failed', 'failed', 'applied', 'applied'],
      sent: [`${PATCH} 1`, `${PATCH} 2`, `${PATCH} 3`]
    },
    {
      name: 'a failure of a later issue leaves the earlier issues written',
      plan: [close(1), close(2), label(2, 'x')],
      failing: { [`${PATCH} 2`]: 500 },
      statuses: ['applied', 'failed', 'failed'],
      sent: [`${PATCH} 1`, `${PATCH} 2`]
    },
    {
      name: 'a failed repository-level write (a check run) stops no issue',
      plan: [close(4), check],
      failing: { [POST_CHECK]: 422 },
      statuses: ['applied', 'failed'],
      sent: ['GET /repos/{owner}/{repo}/commits/{ref}/check-runs', POST_CHECK, `${PATCH} 4`]
    },
    {
      name: 'a refused permission stops nothing: the writes needing it are refused unsent, the others go',
      plan: [check, close(5), { ...check, name: 'other' }],
      failing: { [POST_CHECK]: 403 },
      statuses: ['failed', 'applied', 'failed'],
      sent: ['GET /repos/{owner}/{repo}/commits/{ref}/check-runs', POST_CHECK, `${PATCH} 5`]
    },
    {
      name: 'a gone issue (410) skips its own operations only',
      plan: [close(6), label(6, 'x'), label(7, 'y')],
      failing: { [`${PATCH} 6`]: 410 },
      statuses: ['failed', 'failed', 'applied'],
      sent: [`${PATCH} 6`, `${DELETE} 7`]
    },
    {
      name: 'a body equal to the one it replaces is unchanged, with no request',
      plan: [body(8, 'same', 'same')],
      failing: {},
      statuses: ['unchanged'],
      sent: []
    }
  ])('$name', async ({ plan, failing, statuses, sent }) => {
    const github = fakePort(failing);
    const results = await executor(github).apply(plan);
    // Results come grouped by issue (repository-level writes first), each group in plan order.
    const byOp = new Map(results.map((r) => [r.op, r.status]));
    expect(plan.map((op) => byOp.get(op))).toEqual(statuses);
    expect(github.sent).toEqual(sent);
  });

  test('the operations not attempted say which failure stopped them', async () => {
    const results = await executor(fakePort({ [`${PATCH} 1`]: 422 })).apply([close(1), label(1, 'x')]);
    expect(results[0]).toMatchObject({ status: 'failed', detail: 'HTTP 422: Validation Failed' });
    expect(results[1]).toMatchObject({
      status: 'failed',
      detail: 'not attempted: HTTP 422: Validation Failed',
      writes: 0
    });
  });

  test('the write budget: what would overrun it is over-budget, the rest of the plan still goes', async () => {
    const github = fakePort();
    const ex = executor(github, { maxWrites: 1 });
    const results = await ex.apply([close(1), close(2), body(3, 'a', 'a')]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'over-budget', 'unchanged']);
    expect(ex.writes).toBe(1);
  });

  test('dry run: every operation is reported, nothing is sent', async () => {
    const github = fakePort();
    const results = await executor(github, { dryRun: true }).apply([close(1), check]);
    expect(results.map((r) => r.status)).toEqual(['dry-run', 'dry-run']);
    expect(github.sent).toEqual([]);
  });

  test('results accumulate over plans for the run report', async () => {
    const ex = executor(fakePort({ [`${PATCH} 2`]: 422 }));
    await ex.apply([close(1)]);
    await ex.apply([close(2)]);
    expect(ex.results.map((r) => [r.op, r.status])).toEqual([
      [close(1), 'applied'],
      [close(2), 'failed']
    ]);
  });
});
