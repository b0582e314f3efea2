import { readFileSync } from 'node:fs';
import { runAction } from '../helpers/action';
import { useEmulator, writesIn } from '../helpers/emulator';
import { pullRequestEvent, pushEvent, workflowRunEvent } from '../helpers/events';

const REPO = 'zebra-devops/marketedge-frontend';
const demo = JSON.parse(readFileSync('examples/demo/seed.json', 'utf8'));
const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);

/** A pytest-style JUnit report with the given counts; security tests are in tests.security. */
function junit(
  passed: number,
  failed: number,
  skipped: number,
  security = { passed: 0, failed: 0 },
  offset = 0
): string {
  const cases: string[] = [];
  for (let i = 0; i < passed; i++)
    cases.push(
      `<testcase classname="tests.test_api" name="test_${i + offset}" file="tests/test_api.py" line="${i + 1}"/>`
    );
  for (let i = 0; i < failed; i++)
    cases.push(
      `<testcase classname="tests.test_api" name="test_${i + offset + passed}" file="tests/test_api.py" line="${i + 1}"><failure message="assert 401 == 200">Traceback &lt;@everyone&gt;</failure></testcase>`
    );
  for (let i = 0; i < skipped; i++)
    cases.push(`<testcase classname="tests.test_api" name="test_skip_${i}"><skipped message="later"/></testcase>`);
  for (let i = 0; i < security.passed; i++)
    cases.push(`<testcase classname="tests.security.test_auth" name="test_sec_${i}"/>`);
  for (let i = 0; i < security.failed; i++)
    cases.push(
      `<testcase classname="tests.security.test_auth" name="test_sec_bad_${i}"><failure message="leak"/></testcase>`
    );
  return `<?xml version="1.0" encoding="utf-8"?>\n<testsuites><testsuite name="pytest">${cases.join('\n')}</testsuite></testsuites>\n`;
}

const CONFIG = `gates:
  reports: ['**/junit*.xml']
  items:
    - name: overall
      title: Overall test pass rate
      pass-rate: { baseline: 62, target: '>90' }
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
  repo.pulls = [
    {
      number: 17,
      title: 'Fix the test database',
      body: 'Fixes #14',
      files: ['app/core/config.py'],
      headSha: HEAD,
      headRef: 'fix-db',
      baseSha: BASE
    }
  ];
  repo.workflowRuns = [{ id: 501, headSha: HEAD, headBranch: 'fix-db', event: 'pull_request', pullRequests: [] }];
  repo.artifacts = [
    {
      id: 601,
      runId: 501,
      name: 'test-results',
      files: { 'reports/junit-backend.xml': junit(126, 81, 7, { passed: 17, failed: 3 }) }
    }
  ];
  return { repos: [repo] };
}

describe('quality gates against the emulator', () => {
  const emulator = useEmulator(() => ({ seed: seed() }));
  const repo = () => emulator.get().store.repo('zebra-devops', 'marketedge-frontend')!;
  const gateComments = () =>
    repo()
      .issues.get(17)!
      .comments.filter((c) => c.body.includes('epic-steward:gates'));

  test("the seeds' numbers (84 failed, 143 passed, 7 skipped) against baseline 62% and target >90%", async () => {
    const e = emulator.get();
    // 143 passed (17 of them security), 84 failed (3 security), 7 skipped: the seeds' figures.
    const files = { 'reports/junit.xml': junit(126, 81, 7, { passed: 17, failed: 3 }) };
    const payload = pullRequestEvent('synchronize', { number: 17, headSha: HEAD, baseSha: BASE }, REPO);
    const run = await runAction({ emulator: e, repo: REPO, eventName: 'pull_request', payload, config: CONFIG, files });
    expect(run.code).toBe(1);
    // Workflow commands escape % as %25.
    expect(run.stdout).toMatch(
      /::error::quality gate\(s\) failed: Overall test pass rate: pass rate 62\.9%25 is below the target >90%25/
    );
    expect(run.outputs.verdict).toBe('fail');
    const gates = JSON.parse(run.outputs.gates!);
    expect(gates[0]).toMatchObject({
      name: 'overall',
      verdict: 'fail',
      totals: { tests: 234, passed: 143, failed: 84, skipped: 7 }
    });
    expect(gates[0].passRate).toBeCloseTo(143 / 227);
    expect(gates[1]).toMatchObject({ name: 'backend-security', verdict: 'fail', totals: { passed: 17, failed: 3 } });
    expect(run.summary).toContain('| Overall test pass rate | ❌ fail | 62% → **62.9%** → >90%');
    expect(run.summary).toContain('85% → **85%** → 100%');
    expect(run.summary).toContain(`No results are recorded for the base commit ${BASE.slice(0, 7)}`);

    expect(gateComments()).toHaveLength(1);
    expect(gateComments()[0]!.body).toContain('62% → **62.9%** → >90%');
    // Report text is inert: no ping, no HTML.
    expect(gateComments()[0]!.body).not.toMatch(/<@everyone>|(^|[^\u200d])@everyone/);
    const checks = repo().checkRuns;
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ conclusion: 'failure', headSha: HEAD });
    expect(checks[0]!.annotations).toHaveLength(84);
    expect(checks[0]!.output.summary).toContain('62% → **62.9%** → >90%');

    // The same event again: the comment and check run are unchanged, nothing is written.
    e.clearRequests();
    const again = await runAction({
      emulator: e,
      repo: REPO,
      eventName: 'pull_request',
      payload,
      config: CONFIG,
      files
    });
    expect(again.code).toBe(1);
    expect(writesIn(e)).toEqual([]);

    // A later report on the PR: the same comment is edited, not duplicated.
    const better = await runAction({
      emulator: e,
      repo: REPO,
      eventName: 'pull_request',
      payload,
      config: CONFIG,
      files: { 'reports/junit.xml': junit(210, 10, 7, { passed: 20, failed: 0 }) }
    });
    expect(better.outputs.verdict).toBe('pass');
    expect(gateComments()).toHaveLength(1);
    expect(gateComments()[0]!.body).toContain('62% → **95.8%** → >90%');
  });

  test("a PR is compared with its base commit's recorded results: new failures and fixed tests", async () => {
    const e = emulator.get();
    // The default branch at BASE: test_0..99 pass, test_100..109 fail.
    const push = await runAction({
      emulator: e,
      repo: REPO,
      eventName: 'push',
      payload: pushEvent({ modified: ['app/x.py'] }, REPO, 'refs/heads/main', BASE),
      sha: BASE,
      config: CONFIG,
      files: { 'reports/junit.xml': junit(100, 10, 0) }
    });
    // 100 of 110 is 90.9%: over the >90% target.
    expect(push.code).toBe(0);
    expect(repo().checkRuns.find((c) => c.headSha === BASE)!.output.text).toMatch(
      /<!-- epic-steward:results:v1 [A-Za-z0-9+/=]+ -->/
    );
    // The PR: test_0..4 now fail (new failures), test_100..109 pass (fixed).
    const report = junit(5, 0, 0).replace(
      /<testcase classname="tests.test_api" name="(test_\d+)"[^>]*\/>/g,
      '<testcase classname="tests.test_api" name="$1"><failure message="regressed"/></testcase>'
    );
    const fixed = Array.from(
      { length: 105 },
      (_, i) => `<testcase classname="tests.test_api" name="test_${i + 5}"/>`
    ).join('');
    const files = { 'reports/junit.xml': report.replace('</testsuite>', `${fixed}</testsuite>`) };
    const payload = pullRequestEvent('synchronize', { number: 17, headSha: HEAD, baseSha: BASE }, REPO);
    const run = await runAction({ emulator: e, repo: REPO, eventName: 'pull_request', payload, config: CONFIG, files });
    const body = gateComments()[0]!.body;
    expect(body).toContain(`Compared with the results recorded for the base commit ${BASE.slice(0, 7)}`);
    expect(body).toMatch(/5 new failure\(s\), 10 fixed, 0 still failing, 0 no longer reported/);
    expect(body).toContain('<details open><summary>New failures since the base commit (5)</summary>');
    expect(body).toContain('`tests.test_api` › test\\_0');
    expect(body).toContain('<summary>Fixed since the base commit (10)</summary>');
    expect(JSON.parse(run.outputs['new-failures']!)).toHaveLength(5);
    const gates = JSON.parse(run.outputs.gates!);
    expect(gates[0]).toMatchObject({
      previousPassRate: 100 / 110,
      comparison: { newFailures: 5, fixed: 10, stillFailing: 0, vanished: 0 }
    });
    // The first annotations are the new failures.
    expect(repo().checkRuns.find((c) => c.headSha === HEAD)!.annotations[0]!.title).toMatch(/test_[0-4]$/);
  });

  test('workflow_run (fork PRs): reports come from the run artifacts and results go to its PR', async () => {
    const e = emulator.get();
    const payload = workflowRunEvent({ id: 501, headSha: HEAD, headBranch: 'fix-db', pullRequests: [] }, REPO);
    // workflow_run reads the config of the default branch through the API, never the workspace.
    repo().contents['.github/epic-steward.yml'] = CONFIG;
    const run = await runAction({
      emulator: e,
      repo: REPO,
      eventName: 'workflow_run',
      payload: { ...payload, action: 'completed' }
    });
    expect(run.outputs.verdict).toBe('fail');
    expect(JSON.parse(run.outputs.gates!)[0].totals).toMatchObject({ passed: 143, failed: 84, skipped: 7 });
    expect(gateComments()).toHaveLength(1);
    expect(repo().checkRuns[0]).toMatchObject({ headSha: HEAD, conclusion: 'failure' });
  });

  test('a report meeting the target on the default branch ticks the epic metric line with its value', async () => {
    const e = emulator.get();
    const run = await runAction({
      emulator: e,
      repo: REPO,
      eventName: 'push',
      payload: pushEvent({ modified: ['app/core/config.py'] }, REPO),
      config: CONFIG,
      files: { 'reports/junit.xml': junit(220, 0, 7, { passed: 20, failed: 0 }) }
    });
    expect(run.code).toBe(0);
    const line = repo()
      .issues.get(13)!
      .body!.split('\n')
      .find((l) => l.startsWith('- [') && l.includes('Backend security tests: 100% pass rate'));
    expect(line).toMatch(/^- \[x\] Backend security tests: 100% pass rate achieved.*100%/);
  });
});
