import { readFileSync } from 'node:fs';
import { runAction } from '../helpers/action';
import { useEmulator, writesIn } from '../helpers/emulator';
import { pullRequestEvent, pushEvent } from '../helpers/events';

const REPO = 'zebra-devops/marketedge-frontend';
const demo = JSON.parse(readFileSync('examples/demo/seed.json', 'utf8'));

/** A pytest-style JUnit report with the given counts; security tests are in tests.security. */
function junit(passed: number, failed: number, skipped: number, security = { passed: 0, failed: 0 }): string {
  const cases: string[] = [];
  for (let i = 0; i < passed; i++) cases.push(`<testcase classname="tests.test_api" name="test_ok_${i}" file="tests/test_api.py" line="${i + 1}"/>`);
  for (let i = 0; i < failed; i++) cases.push(`<testcase classname="tests.test_api" name="test_broken_${i}" file="tests/test_api.py" line="${i + 1}"><failure message="assert 401 == 200">Traceback &lt;@everyone&gt;</failure></testcase>`);
  for (let i = 0; i < skipped; i++) cases.push(`<testcase classname="tests.test_api" name="test_skip_${i}"><skipped message="later"/></testcase>`);
  for (let i = 0; i < security.passed; i++) cases.push(`<testcase classname="tests.security.test_auth" name="test_sec_${i}"/>`);
  for (let i = 0; i < security.failed; i++) cases.push(`<testcase classname="tests.security.test_auth" name="test_sec_bad_${i}"><failure message="leak"/></testcase>`);
  return `<?xml version="1.0" encoding="utf-8"?>\n<testsuites><testsuite name="pytest">${cases.join('\n')}</testsuite></testsuites>\n`;
}

const CONFIG = `gates:
  reports: ['reports/*.xml']
  items:
    - name: overall
      title: Overall test pass rate
      pass-rate: { baseline: 62, target: 90 }
    - name: backend-security
      title: Backend security tests
      select: { classes: ['tests.security.*'] }
      pass-rate: { baseline: 85, target: 100 }
      critical: true
      epic-line: 'Backend security tests: 100% pass rate achieved'
      epic: 13
escalations:
  enabled: false
`;

function seed() {
  const repo = structuredClone(demo.repos[0]);
  repo.pulls = [{ number: 17, title: 'Fix the test database', body: 'Fixes #14', files: ['app/core/config.py'], headSha: 'a'.repeat(40) }];
  return { repos: [repo] };
}

describe('quality gates against the emulator', () => {
  const emulator = useEmulator(() => ({ seed: seed() }));
  const repo = () => emulator.get().store.repo('zebra-devops', 'marketedge-frontend')!;

  test("the seeds' numbers (84 failed, 143 passed, 7 skipped) against baseline 62% and target 90%", async () => {
    const e = emulator.get();
    // 143 passed (17 of them security), 84 failed (3 security), 7 skipped: the seeds' figures.
    const files = { 'reports/junit.xml': junit(126, 81, 7, { passed: 17, failed: 3 }) };
    const payload = pullRequestEvent('synchronize', { number: 17, headSha: 'a'.repeat(40) }, REPO);
    const run = await runAction({ emulator: e, repo: REPO, eventName: 'pull_request', payload, config: CONFIG, files });
    expect(run.code).toBe(1);
    // Workflow commands escape % as %25.
    expect(run.stdout).toMatch(/::error::quality gate\(s\) failed: Overall test pass rate: pass rate 62\.9%25 < target 90%25/);
    expect(run.outputs.verdict).toBe('fail');
    const gates = JSON.parse(run.outputs.gates!);
    expect(gates[0]).toMatchObject({ name: 'overall', verdict: 'fail', totals: { tests: 234, passed: 143, failed: 84, skipped: 7 } });
    expect(gates[0].passRate).toBeCloseTo(143 / 227);
    expect(run.summary).toContain('62% → **62.9%** → 90%');
    expect(run.summary).toContain('85% → **85%** → 100%');

    const comments = () => repo().issues.get(17)!.comments.filter((c) => c.body.includes('epic-steward:gates'));
    expect(comments()).toHaveLength(1);
    // Report text is inert: no ping, no HTML.
    expect(comments()[0]!.body).not.toMatch(/<@everyone>|(^|[^\u200d])@everyone/);
    const checks = repo().checkRuns;
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ conclusion: 'failure', headSha: 'a'.repeat(40) });
    expect(checks[0]!.annotations).toHaveLength(84);

    // The same event again: the comment and check run are unchanged, nothing is written.
    e.clearRequests();
    const again = await runAction({ emulator: e, repo: REPO, eventName: 'pull_request', payload, config: CONFIG, files });
    expect(again.code).toBe(1);
    expect(writesIn(e)).toEqual([]);
    expect(comments()).toHaveLength(1);

    // A later report on the PR: the same comment is edited, not duplicated.
    await runAction({ emulator: e, repo: REPO, eventName: 'pull_request', payload, config: CONFIG, files: { 'reports/junit.xml': junit(210, 10, 7, { passed: 20, failed: 0 }) } });
    expect(comments()).toHaveLength(1);
    expect(comments()[0]!.body).toContain('Backend security tests');
  });

  test('a report meeting the target on the default branch ticks the epic metric line with its value', async () => {
    const e = emulator.get();
    const run = await runAction({ emulator: e, repo: REPO, eventName: 'push', payload: pushEvent({ modified: ['app/core/config.py'] }, REPO), config: CONFIG, files: { 'reports/junit.xml': junit(220, 0, 7, { passed: 20, failed: 0 }) } });
    expect(run.code).toBe(0);
    const line = repo().issues.get(13)!.body!.split('\n').find((l) => l.startsWith('- [') && l.includes('Backend security tests: 100% pass rate'));
    expect(line).toMatch(/^- \[x\] Backend security tests: 100% pass rate achieved.*100%/);
  });
});
