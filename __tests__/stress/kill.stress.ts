import { startEmulator, type Emulator, type Seed } from '../../src/emulator';
import { runAction, type ActionRun } from '../helpers/action';
import { issueEvent, scheduleEvent } from '../helpers/events';
import { differences, int, prng, record, SEED, stateOf, type StateView } from '../helpers/stress';

// Issue 13, must-show 3: the action is SIGKILLed at a random point of a multi-write transition
// (ticks of several epics, a handoff with close-epic walking up to a parent epic, escalations
// opening, an escalation resolving), then the same event runs again. After the rerun the state
// must be the one a run never killed reaches, and the invariants hold: boxes match children, the
// handoff label and the closed state exactly when all is done, at most one comment per marker,
// no task line lost.

const NOW = '2025-01-13T10:00:00Z';
const TRIALS_PER_SCENARIO = Number(process.env.STRESS_KILL_TRIALS ?? 6);
const hoursBefore = (h: number) => new Date(Date.parse(NOW) - h * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const HANDOFF =
  'epics:\n  handoff:\n    labels: [ready-for-qa]\n    mention: [qa]\n    close-epic: true\nescalations:\n  enabled: false\n';
const TIME_BOX =
  'epics:\n  enabled: false\nescalations:\n  time-box:\n    priorities:\n      - label: P0-Critical\n        within: 48h\n';

interface KillScenario {
  name: string;
  seed: () => Seed;
  /** Runs made (never killed) before the trial's event, e.g. to open the escalation that then resolves. */
  prepare?: (e: Emulator) => Promise<void>;
  eventName: string;
  payload: () => Record<string, unknown>;
  config: string;
}

type SeedIssue = Seed['repos'][number]['issues'] extends (infer T)[] | undefined ? T : never;
const repoOf = (issues: SeedIssue[], labels = ['Epic', 'ready-for-qa', 'P0-Critical', 'escalated']): Seed => ({
  repos: [{ owner: 'acme', name: 'app', labels: labels.map((name) => ({ name })), issues }]
});
const closed = { state: 'closed' as const };

const overdue = (n: number): SeedIssue => ({
  number: n,
  title: `Overdue ${n}`,
  body: '**Timeline:** 2 days',
  labels: ['P0-Critical'],
  createdAt: hoursBefore(49)
});

const SCENARIOS: KillScenario[] = [
  {
    name: 'ticks: the sweep updates three epics',
    seed: () =>
      repoOf([
        { number: 1, title: 'Epic A', labels: ['Epic'], body: '## Stories\n\n- [ ] #4 a\n- [ ] #5 b\n- [x] #6 c\n' },
        { number: 2, title: 'Epic B', labels: ['Epic'], body: '- [ ] #7 d\n- [ ] #8 e\n\nNotes stay.\n' },
        { number: 3, title: 'Epic C', labels: ['Epic'], body: '* [x] #9 f\r\n* [ ] #4 a again\r\n' },
        { number: 4, title: 'a', ...closed },
        { number: 5, title: 'b' },
        { number: 6, title: 'c' },
        { number: 7, title: 'd', ...closed },
        { number: 8, title: 'e', ...closed },
        { number: 9, title: 'f' }
      ]),
    eventName: 'schedule',
    payload: () => scheduleEvent(),
    config: HANDOFF
  },
  {
    name: 'handoff with close-epic, walking up to the parent epic',
    seed: () =>
      repoOf([
        {
          number: 1,
          title: 'Parent',
          labels: ['Epic'],
          body: '## Epics\n\n- [x] #2 done already\n- [ ] #10 child epic\n'
        },
        { number: 2, title: 'Done', ...closed },
        { number: 10, title: 'Child epic', labels: ['Epic'], body: '- [x] #11 one\n- [ ] #12 two\n' },
        { number: 11, title: 'one', ...closed },
        { number: 12, title: 'two', ...closed }
      ]),
    eventName: 'issues',
    payload: () => issueEvent('closed', { number: 12 }),
    config: HANDOFF
  },
  {
    name: 'escalations open on three overdue P0 issues',
    seed: () =>
      repoOf([
        overdue(1),
        overdue(2),
        overdue(3),
        { number: 4, title: 'fine', body: 'x', labels: ['P0-Critical'], createdAt: hoursBefore(1) }
      ]),
    eventName: 'schedule',
    payload: () => scheduleEvent(),
    config: TIME_BOX
  },
  {
    name: 'an escalation resolves when its issue closes',
    seed: () => repoOf([overdue(1), overdue(2)]),
    prepare: async (e) => {
      const opened = await run(e, SCENARIOS[2]!);
      if (opened.code !== 0) throw new Error(`preparing the escalation failed: ${opened.stdout.slice(-500)}`);
      const issue = e.store.repo('acme', 'app')!.issues.get(1)!;
      if (!issue.labels.some((l) => l === 'escalated'))
        throw new Error(`no escalation to resolve: labels ${issue.labels}`);
      await patch(e, 1, { state: 'closed', state_reason: 'completed' });
    },
    eventName: 'issues',
    payload: () => issueEvent('closed', { number: 1, labels: ['P0-Critical', 'escalated'] }),
    config: TIME_BOX
  }
];

async function patch(e: Emulator, n: number, body: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${e.url}/repos/acme/app/issues/${n}`, {
    method: 'PATCH',
    headers: { authorization: 'token test-token', 'content-type': 'application/json' },
    body: JSON.stringify(body)
  });
  if (res.status !== 200) throw new Error(`PATCH #${n}: ${res.status}`);
}

function run(
  e: Emulator,
  s: Pick<KillScenario, 'eventName' | 'payload' | 'config'>,
  killAt?: number
): Promise<ActionRun> {
  let seen = 0;
  let kill: (() => void) | undefined;
  e.onRequest(() => {
    seen += 1;
    // Killed as the request arrives: it is then handled (a write applied) but its answer never read.
    if (killAt !== undefined && seen === killAt) kill?.();
  });
  return runAction({
    emulator: e,
    eventName: s.eventName,
    payload: s.payload(),
    config: s.config,
    now: NOW,
    timeoutMs: 120_000,
    onSpawn: (k) => (kill = k)
  }).finally(() => e.onRequest(null));
}

async function fresh(s: KillScenario): Promise<Emulator> {
  const e = await startEmulator({ seed: s.seed(), now: () => new Date(NOW) });
  await s.prepare?.(e);
  e.clearRequests();
  return e;
}

const MARKER = /<!-- epic-steward:[^>]*?-->/;

/** The invariants of the issue, on the state after the rerun. */
function invariants(e: Emulator, original: Seed): string[] {
  const problems: string[] = [];
  const repo = e.store.repo('acme', 'app')!;
  const done = (n: number) => {
    const i = repo.issues.get(n);
    return i?.state === 'closed' && i.stateReason !== 'not_planned' && i.stateReason !== 'duplicate';
  };
  for (const issue of repo.issues.values()) {
    const seeded = original.repos[0]!.issues!.find((i) => i.number === issue.number);
    const body = issue.body ?? '';
    const tasks = [...body.matchAll(/^[*-] \[([ x])\] #(\d+)(.*?)\r?$/gm)];
    for (const [line, box, child] of tasks)
      if ((box === 'x') !== done(Number(child)))
        problems.push(
          `#${issue.number}: "${line.trim()}" but #${child} is ${done(Number(child)) ? 'done' : 'not done'}`
        );
    for (const line of (seeded?.body ?? '').split('\n').filter((l) => /^[*-] \[[ x]\] /.test(l))) {
      const rest = line.slice(5);
      if (!body.split('\n').some((l) => l.slice(0, 2) === line.slice(0, 2) && l.slice(5) === rest))
        problems.push(`#${issue.number}: task line lost: ${JSON.stringify(line)}`);
    }
    if (issue.labels.includes('Epic') && tasks.length) {
      const complete = tasks.every(([, , child]) => done(Number(child)));
      if (issue.labels.includes('ready-for-qa') !== complete)
        problems.push(`#${issue.number}: handoff label ${complete ? 'missing' : 'present'} (all done: ${complete})`);
      if ((issue.state === 'closed') !== complete)
        problems.push(`#${issue.number}: ${issue.state} though all done is ${complete}`);
    }
    const markers = new Map<string, number>();
    for (const c of issue.comments) {
      const m = MARKER.exec(c.body)?.[0];
      if (m) markers.set(m, (markers.get(m) ?? 0) + 1);
    }
    for (const [m, n] of markers) if (n > 1) problems.push(`#${issue.number}: ${n} comments carry ${m}`);
    const escalated = issue.comments.some(
      (c) => c.body.includes('<!-- epic-steward:escalation:') && c.body.includes('"state":"open"')
    );
    if (issue.labels.includes('escalated') !== escalated)
      problems.push(
        `#${issue.number}: label escalated ${issue.labels.includes('escalated') ? 'without' : 'missing for'} an open escalation`
      );
  }
  return problems;
}

describe(`kill test: SIGKILL at a random point of a multi-write transition, then rerun (seed ${SEED})`, () => {
  const random = prng(SEED);
  for (const scenario of SCENARIOS) {
    test(
      scenario.name,
      async () => {
        // The reference: a run never killed, its request count (where kills can land) and end state.
        const ref = await fresh(scenario);
        let reference: StateView;
        let requests: number;
        try {
          const result = await run(ref, scenario);
          if (result.code !== 0)
            throw new Error(`${scenario.name}: the reference run failed: ${result.stdout.slice(-1500)}`);
          requests = ref.requests().length;
          reference = stateOf(ref);
        } finally {
          await ref.close();
        }
        const problems: string[] = [];
        let killedMidWrite = 0;
        let runs = 1;
        for (let t = 1; t <= TRIALS_PER_SCENARIO; t++) {
          const killAt = int(random, 1, requests);
          const e = await fresh(scenario);
          try {
            const killed = await run(e, scenario, killAt);
            const log = e.requests();
            const at = log[killAt - 1];
            if (at && (at.path === '/graphql' ? at.mutation : at.method !== 'GET')) killedMidWrite += 1;
            const rerun = await run(e, scenario);
            runs += 2;
            const where = `trial ${t} (killed at request ${killAt} of ${requests}, ${at ? `${at.method} ${at.path}` : 'after the last'}; exit ${killed.code})`;
            if (rerun.code !== 0)
              problems.push(
                `${where}: the rerun failed: ${rerun.stdout.split('\n').find((l) => l.startsWith('::error')) ?? rerun.stdout.slice(-300)}`
              );
            for (const d of differences(stateOf(e), reference)) problems.push(`${where}: ${d}`);
            for (const p of invariants(e, scenario.seed())) problems.push(`${where}: ${p}`);
          } finally {
            await e.close();
          }
        }
        record({
          suite: 'kill',
          scenario: scenario.name,
          runs,
          lost: problems.length,
          notes: {
            trials: TRIALS_PER_SCENARIO,
            'killed as a write arrived': killedMidWrite,
            'requests per run': requests
          }
        });
        process.stdout.write(
          `kill · ${scenario.name}: ${TRIALS_PER_SCENARIO} trials, ${killedMidWrite} killed as a write arrived, ${problems.length} problem(s)\n`
        );
        expect(problems).toEqual([]);
      },
      900_000
    );
  }
});
