import { readFileSync } from 'node:fs';
import { runAction } from '../helpers/action';
import { useEmulator, writesIn } from '../helpers/emulator';
import { issueEvent, pullRequestEvent } from '../helpers/events';

const CONFIG = readFileSync('examples/epic-steward.yml', 'utf8');
const demo = JSON.parse(readFileSync('examples/demo/seed.json', 'utf8'));
const REPO = 'zebra-devops/marketedge-frontend';

function seed() {
  const repo = structuredClone(demo.repos[0]);
  repo.issues.find((i: { number: number }) => i.number === 13).labels = [
    'Epic',
    'P0-Critical',
    'Week-1-Foundation',
    'Backend',
    'Frontend'
  ];
  repo.pulls = [
    { number: 20, title: 'Include user_role in the JWT payload', body: 'Fixes #16', files: ['app/auth/jwt.py'] },
    { number: 21, title: 'Big refactor', body: '', files: { count: 3000, pattern: 'frontend/src/f{i}.ts' } }
  ];
  return { repos: [repo] };
}

const labelsOf = (e: ReturnType<ReturnType<typeof useEmulator>['get']>, n: number) =>
  e.store.repo('zebra-devops', 'marketedge-frontend')!.issues.get(n)!.labels;

describe('label rules against the emulator', () => {
  const emulator = useEmulator(() => ({ seed: seed() }));
  const open = (n: number) =>
    runAction({
      emulator: emulator.get(),
      repo: REPO,
      eventName: 'issues',
      payload: issueEvent('opened', { number: n }, REPO),
      config: CONFIG,
      now: '2025-01-11T10:00:00Z'
    });

  test("the seed stories get priority, area labels and the epic's week; the same event again writes nothing", async () => {
    const e = emulator.get();
    const run = await open(14);
    expect(run.code).toBe(0);
    expect(labelsOf(e, 14).sort()).toEqual(['Backend', 'Data', 'P0-Critical', 'Story', 'Week-1-Foundation']);
    expect(JSON.parse(run.outputs['labels-added']!)).toHaveLength(5);
    // Labels with a definition were created with their colour.
    expect(e.store.label(e.store.repo('zebra-devops', 'marketedge-frontend')!, 'Data')!.color).toBe('006b75');

    await open(15);
    expect(labelsOf(e, 15)).toEqual(expect.arrayContaining(['Frontend', 'P0-Critical', 'Week-1-Foundation']));

    e.clearRequests();
    const again = await open(14);
    expect(again.code).toBe(0);
    expect(writesIn(e)).toEqual([]);
  });

  test('a PR touching app/auth/jwt.py gets Backend and Auth', async () => {
    const e = emulator.get();
    const run = await runAction({
      emulator: e,
      repo: REPO,
      eventName: 'pull_request',
      payload: pullRequestEvent('opened', { number: 20, title: 'Include user_role in the JWT payload' }, REPO),
      config: CONFIG,
      now: '2025-01-11T10:00:00Z'
    });
    expect(run.code).toBe(0);
    expect(labelsOf(e, 20).sort()).toEqual(['Auth', 'Backend']);
  });

  test('a PR with 3,000 changed files is labelled in at most 35 requests', async () => {
    const e = emulator.get();
    e.clearRequests();
    const run = await runAction({
      emulator: e,
      repo: REPO,
      eventName: 'pull_request',
      payload: pullRequestEvent('synchronize', { number: 21, title: 'Big refactor' }, REPO),
      config: CONFIG,
      now: '2025-01-11T10:00:00Z'
    });
    expect(run.code).toBe(0);
    expect(labelsOf(e, 21)).toContain('Frontend');
    expect(run.summary).toContain('changes 3,000 files or more');
    const requests = e.requests();
    expect(requests.filter((r) => r.path.endsWith('/files'))).toHaveLength(30);
    expect(requests.length).toBeLessThanOrEqual(35);
  });

  test("a label a person adds between the read and the write survives; a person's label no rule owns is never removed", async () => {
    const e = emulator.get();
    const repo = e.store.repo('zebra-devops', 'marketedge-frontend')!;
    e.store.addLabels(repo, repo.issues.get(16)!, ['needs-design', 'P1-High'], 'sarah');
    let acted = false;
    e.onRequest((request) => {
      if (!acted && request.method === 'GET' && request.path.endsWith('/issues/16/labels')) {
        acted = true;
        e.store.addLabels(repo, repo.issues.get(16)!, ['blocked'], 'zoe');
      }
    });
    const run = await open(16);
    e.onRequest(null);
    expect(run.code).toBe(0);
    expect(acted).toBe(true);
    // P1-High is replaced by the stated P0 priority; the people's labels stay.
    expect(labelsOf(e, 16)).toEqual(expect.arrayContaining(['needs-design', 'blocked', 'P0-Critical', 'Auth']));
    expect(labelsOf(e, 16)).not.toContain('P1-High');
  });

  test("a catastrophic pattern against a 1 MB body is cut short and names the rule; so does one on a body of GitHub's largest size", async () => {
    const e = emulator.get();
    const repo = e.store.repo('zebra-devops', 'marketedge-frontend')!;
    // Only the label rules run: this checks the bound on a hostile pattern.
    const config =
      'labels:\n  rules:\n    - label: Slow\n      body: ["/(a+)+$/"]\n      sync: true\nepics:\n  enabled: false\nescalations:\n  enabled: false\n';
    const hostile = async (body: string) => {
      repo.issues.get(4)!.body = body;
      e.store.addLabels(repo, repo.issues.get(4)!, ['Slow'], 'sarah');
      return runAction({
        emulator: e,
        repo: REPO,
        eventName: 'issues',
        payload: issueEvent('edited', { number: 4 }, REPO),
        config,
        now: '2025-01-11T10:00:00Z',
        timeoutMs: 30_000
      });
    };
    for (const [body, why] of [
      ['a'.repeat(1_000_000) + '!', /the body is 977 KiB, over the 256 KiB patterns are tested on/],
      ['a'.repeat(65_535) + '!', /pattern \/\(a\+\)\+\$\/ on the body took longer than 100 ms/]
    ] as const) {
      const run = await hostile(body);
      // The warning is the proof the pattern was cut short; the kill after 30 s guards a hang.
      expect(run.timedOut).toBeUndefined();
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`::warning::.*labels\\.rules\\[0\\] \\(Slow\\): ${why.source}`));
      expect(run.summary).toContain('Rule cut short');
      // Undecided is not false: the rule's own label stays.
      expect(labelsOf(e, 4)).toContain('Slow');
    }
  });

  test("under a read-only token (a fork's pull_request) the run warns, does not fail, and says what it would have done", async () => {
    const e = emulator.get();
    expect(labelsOf(e, 15)).not.toContain('Frontend');
    const run = await runAction({
      emulator: e,
      repo: REPO,
      eventName: 'issues',
      payload: issueEvent('edited', { number: 15 }, REPO),
      config: CONFIG,
      now: '2025-01-11T10:00:00Z',
      token: 'read-only'
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/::warning::.*labels not written/);
    expect(run.summary).toMatch(/add [^|]*Frontend[^|]*\| failed, not done: .*permissions: issues: write/);
    expect(run.summary).toContain('what the rules would have done');
    expect(JSON.parse(run.outputs['labels-added']!)).toEqual([]);
    expect(labelsOf(e, 15)).not.toContain('Frontend');
  });
});
