import { runAction } from '../helpers/action';
import { useEmulator, type Emulator } from '../helpers/emulator';
import { pullRequestEvent, scheduleEvent } from '../helpers/events';

// One issue's write fails (GitHub answers 422, which no retry changes): the executor stops that
// issue's operations only, every other issue's writes land, the run names what failed and why
// and fails the step, and the next run completes what was left.

const NOW = '2025-01-13T10:00:00Z';
const hoursBefore = (h: number) => new Date(Date.parse(NOW) - h * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const HEAD = 'a'.repeat(40);

const ESCALATIONS = `epics:
  enabled: false
escalations:
  time-box:
    priorities:
      - label: P0-Critical
        within: 48h
`;

const GATES = `gates:
  reports: ['**/junit*.xml']
  items:
    - name: overall
      title: Overall test pass rate
      pass-rate: { target: '>50' }
escalations:
  enabled: false
epics:
  enabled: false
`;

const JUNIT =
  '<?xml version="1.0"?>\n<testsuite name="t"><testcase classname="a" name="one"/><testcase classname="a" name="two"/></testsuite>\n';

function seed() {
  const story = (number: number) => ({
    number,
    title: `Story #${number}`,
    body: 'Fresh',
    labels: ['Story', 'P0-Critical'],
    createdAt: hoursBefore(49)
  });
  return {
    repos: [
      {
        owner: 'acme',
        name: 'app',
        labels: [{ name: 'P0-Critical' }, { name: 'Story' }],
        issues: [story(14), story(15)],
        pulls: [{ number: 17, title: 'Fix', body: 'Fixes #14', headSha: HEAD, headRef: 'fix' }]
      }
    ]
  };
}

const issueOf = (e: Emulator, n: number) => e.store.repo('acme', 'app')!.issues.get(n)!;

describe('the executor isolates a failed write to its own issue', () => {
  const emulator = useEmulator(() => ({ seed: seed() }));

  test("a 422 on #14's escalation comment leaves #15's escalation written; the run fails naming #14; the next run completes it", async () => {
    const e = emulator.get();
    e.failNext('422', (r) => r.method === 'POST' && r.path === '/repos/acme/app/issues/14/comments');
    const first = await runAction({
      emulator: e,
      eventName: 'schedule',
      payload: scheduleEvent(),
      config: ESCALATIONS,
      now: NOW
    });
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(
      /::error::.*write\(s\) failed: create or update comment epic-steward:escalation:timebox:#14 on #14 \(HTTP 422: Validation Failed/
    );
    expect(first.summary).toMatch(/on #14 \| failed: HTTP 422/);
    // #15, planned after #14 in the same plan, is escalated all the same.
    expect(issueOf(e, 15).comments).toHaveLength(1);
    expect(issueOf(e, 15).labels).toContain('escalated');
    expect(issueOf(e, 14).comments).toHaveLength(0);

    const second = await runAction({
      emulator: e,
      eventName: 'schedule',
      payload: scheduleEvent(),
      config: ESCALATIONS,
      now: NOW
    });
    expect(second.code).toBe(0);
    expect(issueOf(e, 14).comments).toHaveLength(1);
    expect(issueOf(e, 14).labels).toContain('escalated');
    expect(issueOf(e, 15).comments).toHaveLength(1);
  });

  test('a check run GitHub refuses does not stop the pull request comment of the same plan', async () => {
    const e = emulator.get();
    e.failNext('422', (r) => r.method === 'POST' && r.path === '/repos/acme/app/check-runs');
    const payload = pullRequestEvent('synchronize', { number: 17, headSha: HEAD }, 'acme/app');
    const run = await runAction({
      emulator: e,
      eventName: 'pull_request',
      payload,
      config: GATES,
      files: { 'reports/junit.xml': JUNIT }
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::.*write\(s\) failed: check run "Epic Steward: quality gates" on aaaaaaa: success, 0 annotation\(s\) \(HTTP 422/
    );
    expect(e.store.repo('acme', 'app')!.checkRuns).toHaveLength(0);
    expect(issueOf(e, 17).comments.filter((c) => c.body.includes('epic-steward:gates'))).toHaveLength(1);
  });
});
