import { runAction } from '../helpers/action';
import { useEmulator, writesIn, type Emulator } from '../helpers/emulator';
import { issueEvent, scheduleEvent, workflowDispatchEvent } from '../helpers/events';

// The client's retry and wait policy (issue 14, items 1-3, 7 and 9), through the real bundle.
const EPICS = 'epics:\n  label: Epic\n';
const LABELS = 'labels:\n  definitions:\n    - name: Backend\n      color: 1d76db\n      description: Server side\n';

function seed() {
  return {
    repos: [
      {
        owner: 'acme',
        name: 'app',
        labels: [{ name: 'Epic', color: '3e4b9e' }],
        issues: [
          { number: 1, title: 'Epic', labels: ['Epic'], body: '## Stories\n\n- [ ] #2\n' },
          { number: 2, title: 'Story', body: 'Part of #1', state: 'closed' as const, stateReason: 'completed' as const }
        ]
      }
    ]
  };
}

const configReads = (e: Emulator) =>
  e.requests().filter((r) => decodeURIComponent(r.path).endsWith('/contents/.github/epic-steward.yml'));

/** Lifts the faults once one has struck: a limit that passes, as a reset does. */
function liftAfterFirstFault(e: Emulator): () => void {
  const timer = setInterval(() => {
    if (e.requests().some((r) => r.fault)) e.setFaults(0);
  }, 5);
  return () => clearInterval(timer);
}

describe('retries: a 4xx that cannot succeed costs one request', () => {
  const emulator = useEmulator(() => ({ seed: seed() }));

  test('no config file: one request for it, and the defaults', async () => {
    const e = emulator.get();
    const run = await runAction({ emulator: e, eventName: 'workflow_dispatch', payload: workflowDispatchEvent() });
    expect(run.code).toBe(0);
    expect(configReads(e)).toHaveLength(1);
    expect(configReads(e)[0]!.status).toBe(404);
    expect(run.summary).toContain('not found: defaults');
  });

  test('a 5xx is still retried: one request and 4 retries (1, 4, 9, 16 s apart), then a clear error', async () => {
    const e = emulator.get();
    e.setFaults(1, ['502']);
    const run = await runAction({ emulator: e, eventName: 'workflow_dispatch', payload: workflowDispatchEvent() });
    expect(run.code).not.toBe(0);
    expect(configReads(e).map((r) => r.status)).toEqual([502, 502, 502, 502, 502]);
    expect(run.stdout).toMatch(/::error::.*Server Error/);
  }, 120_000);

  test('a missing permission: one refused request, not five', async () => {
    const e = emulator.get();
    const run = await runAction({
      emulator: e,
      eventName: 'workflow_dispatch',
      payload: workflowDispatchEvent(),
      config: LABELS,
      token: 'permissions:issues=read,contents=read'
    });
    const refused = e.requests().filter((r) => r.status === 403);
    expect(refused).toHaveLength(1);
    expect(run.stdout).toContain('permissions: issues: write');
  });
});

describe('partial GraphQL answers are failures, not "nothing there"', () => {
  const emulator = useEmulator(() => ({ seed: seed() }));

  test('resource-limits: the sweep fails naming the cut, and writes nothing', async () => {
    const e = emulator.get();
    e.setFaults(1, ['resource-limits']);
    const run = await runAction({ emulator: e, eventName: 'schedule', payload: scheduleEvent(), config: EPICS });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/::error::.*RESOURCE_LIMITS_EXCEEDED/);
    expect(writesIn(e)).toEqual([]);
    expect(e.store.repo('acme', 'app')!.issues.get(1)!.body).toContain('- [ ] #2');
  });

  test('resource-limits on an issue event: finding the epics fails, rather than finding none', async () => {
    const e = emulator.get();
    e.setFaults(1, ['resource-limits']);
    const run = await runAction({
      emulator: e,
      eventName: 'issues',
      payload: issueEvent('closed', { number: 2, state: 'closed', body: 'Part of #1' }),
      config: EPICS
    });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/::error::.*RESOURCE_LIMITS_EXCEEDED/);
    expect(writesIn(e)).toEqual([]);
  });

  test('rate-limited: waited for (the reset is a second away), retried, and the sweep completes', async () => {
    const e = emulator.get();
    e.setFaults(1, ['rate-limited']);
    const stop = liftAfterFirstFault(e);
    try {
      const run = await runAction({ emulator: e, eventName: 'schedule', payload: scheduleEvent(), config: EPICS });
      expect(run.code).toBe(0);
    } finally {
      stop();
    }
    expect(e.requests().filter((r) => r.fault === 'rate-limited').length).toBeGreaterThan(0);
    expect(e.store.repo('acme', 'app')!.issues.get(1)!.body).toContain('- [x] #2');
  });
});

describe('waits are bounded by rate-limit-wait', () => {
  const emulator = useEmulator(() => ({ seed: seed() }));

  test('exhausted (reset an hour away): the run ends at once, naming the reset and what was left undone', async () => {
    const e = emulator.get();
    e.setFaults(1, ['exhausted']);
    const run = await runAction({
      emulator: e,
      eventName: 'schedule',
      payload: scheduleEvent(),
      config: EPICS,
      timeoutMs: 30_000
    });
    // Killed at 30 s had it waited for the reset or for rate-limit-wait's 60 s.
    expect(run.timedOut).toBeUndefined();
    expect(run.code).not.toBe(0);
    const error = run.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '';
    expect(error).toMatch(/rate limit is spent until \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/);
    expect(error).toContain('rate-limit-wait (60 s)');
    expect(error).toMatch(/left undone: .*epics stopped part way; .*escalations did not run/);
    // One refused request, then nothing more is sent.
    expect(e.requests()).toHaveLength(1);
  });

  test('a wait within rate-limit-wait is waited for', async () => {
    const e = emulator.get();
    e.setFaults(1, ['429']);
    const stop = liftAfterFirstFault(e);
    try {
      const run = await runAction({
        emulator: e,
        eventName: 'schedule',
        payload: scheduleEvent(),
        config: EPICS,
        inputs: { 'rate-limit-wait': '5' }
      });
      expect(run.code).toBe(0);
    } finally {
      stop();
    }
  });

  test('rate-limit-wait must be a whole number of seconds', async () => {
    const run = await runAction({
      emulator: emulator.get(),
      eventName: 'schedule',
      payload: scheduleEvent(),
      config: EPICS,
      inputs: { 'rate-limit-wait': 'soon' }
    });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain('input rate-limit-wait');
  });
});

describe('the config at a missing ref or path', () => {
  const emulator = useEmulator(() => ({ seed: seed() }));

  test('a ref that does not exist is an error, not the defaults', async () => {
    const e = emulator.get();
    const run = await runAction({
      emulator: e,
      eventName: 'workflow_dispatch',
      payload: workflowDispatchEvent(),
      sha: '',
      ref: 'refs/heads/gone'
    });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/::error::config: the ref refs\/heads\/gone does not exist/);
    expect(writesIn(e)).toEqual([]);
  });

  test('an explicitly named config file that is missing is an error', async () => {
    const e = emulator.get();
    const run = await runAction({
      emulator: e,
      eventName: 'workflow_dispatch',
      payload: workflowDispatchEvent(),
      inputs: { config: '.github/typo.yml' }
    });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/::error::config: the `config` input names \.github\/typo\.yml/);
    expect(writesIn(e)).toEqual([]);
  });
});

describe('GitHub Enterprise Server paths (/api/v3, /api/graphql)', () => {
  const emulator = useEmulator(() => ({ seed: seed() }));

  test('a RATE_LIMITED answer from /api/graphql is recognised, waited for and retried', async () => {
    const e = emulator.get();
    const ghes = { url: `${e.url}/api/v3`, graphqlUrl: `${e.url}/api/graphql` };
    e.setFaults(1, ['rate-limited']);
    const stop = liftAfterFirstFault(e);
    try {
      const run = await runAction({ emulator: ghes, eventName: 'schedule', payload: scheduleEvent(), config: EPICS });
      expect(run.code).toBe(0);
    } finally {
      stop();
    }
    const paths = new Set(e.requests().map((r) => r.path.replace(/^(\/api\/(v3|graphql)).*/, '$1')));
    expect([...paths].sort()).toEqual(['/api/graphql', '/api/v3']);
    expect(e.requests().filter((r) => r.fault === 'rate-limited').length).toBeGreaterThan(0);
    expect(e.store.repo('acme', 'app')!.issues.get(1)!.body).toContain('- [x] #2');
  });
});
