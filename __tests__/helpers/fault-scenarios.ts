import { readFileSync } from 'node:fs';
import { startEmulator, type FaultKind, type Seed } from '../../src/emulator';
import { violationsIn } from './emulator';
import { runAction, type ActionRun } from './action';
import type { Emulator } from './emulator';
import { issueEvent, pullRequestEvent, scheduleEvent } from './events';
import { addCounts, differences, faultsIn, inTransit, stateOf, successfulWrites, type StateView } from './stress';

/**
 * The action's scenarios under the emulator's fault injection. Each trial: a fresh emulator,
 * one run with faults on, then (faults off) a second run of the same event. The state after the
 * faulty run must be the state a fault-free run reaches (the oracle), or, when the run failed
 * with a clear error, a state on the way there (no half-written body, no wrong or lost label,
 * no duplicate comment); after the second run it must be the oracle's.
 */

const NOW = '2025-01-13T10:00:00Z';
const DEMO_REPO = 'zebra-devops/marketedge-frontend';
const demoSeed = () => JSON.parse(readFileSync('examples/demo/seed.json', 'utf8'));
const EXAMPLE_CONFIG = readFileSync('examples/epic-steward.yml', 'utf8');
const NO_ESCALATIONS = 'escalations:\n  enabled: false\n';

export interface FaultScenario {
  name: string;
  seed: () => Seed;
  repo?: string;
  eventName: string;
  payload: () => Record<string, unknown>;
  config: string;
  files?: Record<string, string>;
  inputs?: Record<string, string>;
}

const hoursBefore = (h: number) => new Date(Date.parse(NOW) - h * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

function junit(passed: number, failed: number): string {
  const cases: string[] = [];
  for (let i = 0; i < passed; i++)
    cases.push(`<testcase classname="tests.test_api" name="test_${i}" file="tests/test_api.py" line="${i + 1}"/>`);
  for (let i = 0; i < failed; i++)
    cases.push(
      `<testcase classname="tests.test_api" name="test_bad_${i}" file="tests/test_api.py" line="${i + 1}"><failure message="assert 401 == 200">Traceback</failure></testcase>`
    );
  for (let i = 0; i < 20; i++) cases.push(`<testcase classname="tests.security.test_auth" name="test_sec_${i}"/>`);
  return `<?xml version="1.0" encoding="utf-8"?>\n<testsuites><testsuite name="pytest">${cases.join('\n')}</testsuite></testsuites>\n`;
}

const epicSeed = (ticked: boolean, storyState: 'open' | 'closed') => (): Seed => ({
  repos: [
    {
      owner: 'acme',
      name: 'app',
      labels: [{ name: 'Epic' }],
      issues: [
        {
          number: 1,
          title: 'Epic',
          labels: ['Epic'],
          body: `## Stories\r\n\r\n- [${ticked ? 'x' : ' '}] #2 first\r\n- [ ] #3 second\r\n- [x] #4 third\r\n- [ ] #5 fourth\r\n`
        },
        { number: 2, title: 'A', state: storyState },
        { number: 3, title: 'B' },
        { number: 4, title: 'C', state: 'closed' },
        { number: 5, title: 'D' }
      ]
    }
  ]
});

export const SCENARIOS: FaultScenario[] = [
  {
    name: 'epic: a story closes',
    seed: epicSeed(false, 'closed'),
    eventName: 'issues',
    payload: () => issueEvent('closed', { number: 2, state: 'closed' }),
    config: NO_ESCALATIONS
  },
  {
    name: 'epic: a story reopens',
    seed: epicSeed(true, 'open'),
    eventName: 'issues',
    payload: () => issueEvent('reopened', { number: 2, state: 'open' }),
    config: NO_ESCALATIONS
  },
  {
    name: 'labels: an issue opens',
    seed: () => {
      const seed = demoSeed();
      seed.repos[0].issues.find((i: { number: number }) => i.number === 13).labels = [
        'Epic',
        'P0-Critical',
        'Week-1-Foundation'
      ];
      return seed;
    },
    repo: DEMO_REPO,
    eventName: 'issues',
    payload: () => issueEvent('opened', { number: 14 }, DEMO_REPO),
    config: EXAMPLE_CONFIG
  },
  {
    name: 'labels: a pull request opens',
    seed: () => {
      const seed = demoSeed();
      seed.repos[0].pulls = [
        {
          number: 20,
          title: 'Include user_role in the JWT payload',
          body: 'Fixes #16',
          files: ['app/auth/jwt.py', 'frontend/src/a.ts']
        }
      ];
      return seed;
    },
    repo: DEMO_REPO,
    eventName: 'pull_request',
    payload: () =>
      pullRequestEvent(
        'opened',
        { number: 20, title: 'Include user_role in the JWT payload', body: 'Fixes #16' },
        DEMO_REPO
      ),
    config: EXAMPLE_CONFIG
  },
  {
    name: 'gates: gate a pull request',
    seed: () => {
      const seed = demoSeed();
      seed.repos[0].pulls = [
        {
          number: 17,
          title: 'Fix the test database',
          body: 'Fixes #14',
          files: ['app/core/config.py'],
          headSha: 'a'.repeat(40),
          headRef: 'fix-db',
          baseSha: 'b'.repeat(40)
        }
      ];
      return seed;
    },
    repo: DEMO_REPO,
    eventName: 'pull_request',
    payload: () =>
      pullRequestEvent('synchronize', { number: 17, headSha: 'a'.repeat(40), baseSha: 'b'.repeat(40) }, DEMO_REPO),
    config: `gates:\n  reports: ['reports/*.xml']\n  fail-on: never\n  items:\n    - name: overall\n      title: Overall test pass rate\n      pass-rate: { baseline: 62, target: 90 }\n    - name: security\n      title: Security tests\n      select: { classes: ['tests.security.*'] }\n      pass-rate: { target: 100 }\n${NO_ESCALATIONS}`,
    files: { 'reports/junit.xml': junit(150, 30) }
  },
  {
    name: 'escalations: the schedule sweep',
    // 300 open issues, 3 pages; every 50th is a P0 open 49 h (6 overdue, comment + label each).
    seed: () => ({
      repos: [
        {
          owner: 'acme',
          name: 'app',
          labels: [{ name: 'P0-Critical' }, { name: 'Backend' }],
          issues: Array.from({ length: 300 }, (_, i) => {
            const overdue = i % 50 === 0;
            return {
              number: i + 1,
              title: `Issue ${i + 1}`,
              body: overdue ? '**Timeline:** 2 days' : 'Nothing stated',
              labels: overdue || i % 3 === 0 ? ['P0-Critical'] : ['Backend'],
              createdAt: overdue ? hoursBefore(49) : hoursBefore(1)
            };
          }),
          pulls: []
        }
      ]
    }),
    eventName: 'schedule',
    payload: () => scheduleEvent(),
    config:
      'epics:\n  enabled: false\nescalations:\n  time-box:\n    priorities:\n      - label: P0-Critical\n        within: 48h\n',
    inputs: { 'max-writes': '200' }
  }
];

async function start(scenario: FaultScenario): Promise<Emulator> {
  return startEmulator({ seed: scenario.seed(), now: () => new Date(NOW) });
}

/** A run is killed after this long: retries with backoff take time, but never this much. */
const RUN_LIMIT_MS = 300_000;

function run(e: Emulator, scenario: FaultScenario): Promise<ActionRun> {
  return runAction({
    emulator: e,
    repo: scenario.repo,
    eventName: scenario.eventName,
    payload: scenario.payload(),
    config: scenario.config,
    files: scenario.files,
    inputs: scenario.inputs,
    now: NOW,
    timeoutMs: RUN_LIMIT_MS
  });
}

/** The state a fault-free run reaches, and what it started from. */
export async function oracle(
  scenario: FaultScenario
): Promise<{ before: StateView; after: StateView; writes: number }> {
  const e = await start(scenario);
  try {
    const before = stateOf(e);
    const result = await run(e, scenario);
    if (result.code !== 0)
      throw new Error(`${scenario.name}: the fault-free run failed: ${result.stdout.slice(-2000)}`);
    const after = stateOf(e);
    if (!differences(after, before).length)
      throw new Error(`${scenario.name}: the fault-free run changed nothing; the scenario tests nothing`);
    return { before, after, writes: successfulWrites(e) };
  } finally {
    await e.close();
  }
}

export interface TrialResult {
  /** Problems found (empty: the trial passed). */
  problems: string[];
  faults: Record<string, number>;
  faultyCode: number;
  /** The faulty run failed and left the state as it found it / on the way to the oracle's. */
  untouched: boolean;
  partial: boolean;
  writesVerified: number;
}

/** A clear error: a `::error::` line with words in it, and no stack trace as the message. */
export function errorLine(stdout: string): string | undefined {
  return stdout.split('\n').find((l) => /^::error(?: [^:]*)?::\S/.test(l));
}

export async function trial(
  scenario: FaultScenario,
  expected: { before: StateView; after: StateView },
  rate: number,
  kinds: FaultKind[]
): Promise<TrialResult> {
  const e = await start(scenario);
  const problems: string[] = [];
  try {
    e.setFaults(rate, kinds);
    const faulty = await run(e, scenario);
    e.setFaults(0);
    const faults = faultsIn(e);
    let writesVerified = successfulWrites(e);
    const afterFaulty = stateOf(e);
    const reached = differences(afterFaulty, expected.after);
    const untouched = differences(afterFaulty, expected.before).length === 0;
    if (faulty.timedOut) problems.push(`the faulty run hung (killed after ${RUN_LIMIT_MS / 1000} s)`);
    if (faulty.code === 0) {
      for (const d of reached) problems.push(`the faulty run succeeded but: ${d}`);
    } else {
      if (!errorLine(faulty.stdout))
        problems.push(
          `the faulty run failed (exit ${faulty.code}) without an error line: ${(faulty.stdout + faulty.stderr).slice(-500)}`
        );
      for (const d of inTransit(afterFaulty, expected.before, expected.after))
        problems.push(`after the failed run: ${d}`);
    }
    e.clearRequests();
    const second = await run(e, scenario);
    writesVerified += successfulWrites(e);
    if (second.code !== 0)
      problems.push(`the second run (faults off) failed: ${errorLine(second.stdout) ?? second.stdout.slice(-500)}`);
    for (const d of differences(stateOf(e), expected.after)) problems.push(`after the second run: ${d}`);
    for (const v of violationsIn(e)) problems.push(`off GitHub's published contract: ${v}`);
    return {
      problems,
      faults,
      faultyCode: faulty.code,
      untouched: faulty.code !== 0 && untouched,
      partial: faulty.code !== 0 && !untouched,
      writesVerified
    };
  } finally {
    await e.close();
  }
}

/** Runs `trials` (each a rate and kinds) with at most `concurrency` at once. */
export async function trials(scenario: FaultScenario, plan: { rate: number; kinds: FaultKind[] }[], concurrency = 3) {
  const expected = await oracle(scenario);
  const results: TrialResult[] = new Array(plan.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, plan.length) }, async () => {
      while (next < plan.length) {
        const i = next++;
        results[i] = await trial(scenario, expected, plan[i]!.rate, plan[i]!.kinds);
      }
    })
  );
  const faultKinds: Record<string, number> = {};
  for (const r of results) addCounts(faultKinds, r.faults);
  return { results, faultKinds, expected };
}
