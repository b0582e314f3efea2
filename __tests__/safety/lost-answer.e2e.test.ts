import { readFileSync } from 'node:fs';
import { runAction } from '../helpers/action';
import { useEmulator } from '../helpers/emulator';
import { issueEvent, pullRequestEvent } from '../helpers/events';

// Issue 13, item 3: GitHub commits a create, then the connection drops before the answer. The
// action must look for what it created before sending the create again, so nothing is doubled.

const REPO = 'zebra-devops/marketedge-frontend';
const HEAD = 'a'.repeat(40);
const demo = JSON.parse(readFileSync('examples/demo/seed.json', 'utf8'));

function gatesSeed() {
  const repo = structuredClone(demo.repos[0]);
  repo.pulls = [
    {
      number: 17,
      title: 'Fix the test database',
      body: 'Fixes #14',
      files: ['app/core/config.py'],
      headSha: HEAD,
      headRef: 'fix-db',
      baseSha: 'b'.repeat(40)
    }
  ];
  return { repos: [repo] };
}

const REPORT = `<?xml version="1.0"?><testsuites><testsuite name="t"><testcase classname="tests.test_api" name="ok"/><testcase classname="tests.test_api" name="bad" file="tests/test_api.py" line="3"><failure message="no"/></testcase></testsuite></testsuites>\n`;
const GATES = `gates:\n  reports: ['reports/*.xml']\n  fail-on: never\n  items:\n    - name: overall\n      title: Overall\n      pass-rate: { target: 90 }\nescalations:\n  enabled: false\n`;

describe('a create whose answer is lost (fault kind lost-answer)', () => {
  const emulator = useEmulator(() => ({ seed: gatesSeed() }));

  test('the gates comment and the check run are created once, and the run says applied', async () => {
    const e = emulator.get();
    e.failNext('lost-answer', (r) => r.method === 'POST' && /\/issues\/17\/comments$/.test(r.path));
    e.failNext('lost-answer', (r) => r.method === 'POST' && r.path.endsWith('/check-runs'));
    const payload = pullRequestEvent('synchronize', { number: 17, headSha: HEAD, baseSha: 'b'.repeat(40) }, REPO);
    const run = await runAction({
      emulator: e,
      repo: REPO,
      eventName: 'pull_request',
      payload,
      config: GATES,
      files: { 'reports/junit.xml': REPORT }
    });
    expect(run.code).toBe(0);
    expect(e.requests().filter((r) => r.fault === 'lost-answer')).toHaveLength(2);
    const repo = e.store.repo('zebra-devops', 'marketedge-frontend')!;
    expect(repo.issues.get(17)!.comments.filter((c) => c.body.includes('epic-steward:gates'))).toHaveLength(1);
    expect(repo.checkRuns.filter((c) => c.headSha === HEAD)).toHaveLength(1);
    expect(run.stdout).toMatch(/create or update comment epic-steward:gates[^\n]*: applied/);
    expect(run.stdout).toMatch(/check run "[^"]*" on aaaaaaa: [a-z]+, \d+ annotation\(s\): applied/);
  }, 60_000);
});

describe('a handoff comment whose answer is lost', () => {
  const seed = {
    repos: [
      {
        owner: 'acme',
        name: 'app',
        labels: [{ name: 'Epic' }],
        issues: [
          { number: 1, title: 'Epic', labels: ['Epic'], body: '- [x] #2\n- [ ] #3\n' },
          { number: 2, title: 'A', state: 'closed' as const },
          { number: 3, title: 'B', state: 'closed' as const }
        ]
      }
    ]
  };
  const emulator = useEmulator(() => ({ seed }));

  test('one handoff comment, one run', async () => {
    const e = emulator.get();
    e.failNext('lost-answer', (r) => r.method === 'POST' && r.path === '/repos/acme/app/issues/1/comments');
    const config =
      'epics:\n  handoff:\n    labels: [ready-for-qa]\n    mention: [qa]\nescalations:\n  enabled: false\n';
    const run = await runAction({
      emulator: e,
      eventName: 'issues',
      payload: issueEvent('closed', { number: 3 }),
      config
    });
    expect(run.code).toBe(0);
    expect(e.requests().some((r) => r.fault === 'lost-answer')).toBe(true);
    const epic = e.store.repo('acme', 'app')!.issues.get(1)!;
    expect(epic.comments.filter((c) => c.body.includes('epic-steward:handoff-comment'))).toHaveLength(1);
    expect(epic.labels).toContain('ready-for-qa');
  }, 60_000);
});
