import { parseCounts } from '../../src/checklist/markdown';
import { readIssueContext } from '../../src/checklist/read';
import { defaultEpicsConfig } from '../../src/epics/config';
import { reconcileEpic } from '../../src/epics/reconcile';
import { epicsOfChild } from '../../src/epics/targets';
import { createGitHub } from '../../src/github/client';
import { Executor } from '../../src/apply/executor';
import type { Logger } from '../../src/core/log';
import type { Operation } from '../../src/core/plan';
import { useEmulator } from '../helpers/emulator';

/**
 * Each epic body is parsed once per run: finding the epic from a changed story, reading it with
 * its children, planning and verifying the write. Counted in-process with the real client
 * against the emulator (`parseCounts`: trees built, task lists walked).
 */
const BODY = `## Stories\n- [ ] #14 One\n- [ ] #15 Two\n`;

function seed() {
  return {
    repos: [
      {
        owner: 'acme',
        name: 'app',
        defaultBranch: 'main',
        labels: [{ name: 'Epic' }],
        issues: [
          { number: 13, title: 'Epic', body: BODY, labels: ['Epic'] },
          { number: 14, title: 'Story 14', body: '', state: 'closed' as const, stateReason: 'completed' as const },
          { number: 15, title: 'Story 15', body: '' }
        ],
        pulls: []
      }
    ]
  };
}

const quiet: Logger = {
  info: () => {},
  warning: () => {},
  error: () => {},
  debug: () => {},
  startGroup: () => {},
  endGroup: () => {}
};

describe('parsing per run', () => {
  const emulator = useEmulator(() => ({ seed: seed() }));

  test('a story closes: its epic body is walked once to find the epic, once to plan, once to verify the written body', async () => {
    const e = emulator.get();
    const github = createGitHub({ token: 'test-token', apiUrl: e.url, graphqlUrl: e.graphqlUrl, log: quiet });
    const repo = { owner: 'acme', repo: 'app' };
    const serverUrl = 'https://github.com';
    const config = defaultEpicsConfig();
    parseCounts.trees = 0;
    parseCounts.walks = 0;
    const context = await readIssueContext(github, repo, 14);
    const found = epicsOfChild(context, { ...repo, number: 14 }, config, repo, serverUrl);
    expect(found.targets.map((t) => t.number)).toEqual([13]);
    const executor = new Executor({ github, repo, log: quiet, dryRun: false, maxWrites: 100, definitions: [] });
    const deps = {
      github,
      apply: (plan: Operation[]) => executor.apply(plan),
      log: quiet,
      config,
      serverUrl,
      gates: [],
      now: () => new Date('2025-01-11T06:00:00Z'),
      sleep: async () => {}
    };
    const target = found.targets[0]!;
    const outcome = await reconcileEpic(deps, target, { guessBody: target.guessBody, guessParsed: target.guessParsed });
    expect(outcome.status).toBe('updated');
    // Two bodies: the epic as found and as written. Each is built and walked once.
    expect(parseCounts).toEqual({ trees: 2, walks: 2 });
  }, 60_000);
});
