import { deleteIssue, transferIssue } from '../../src/emulator';
import { runAction } from '../helpers/action';
import { useEmulator, type Emulator } from '../helpers/emulator';
import { scheduleEvent } from '../helpers/events';

// Issue 14, item 6: a deleted issue (410) or a transferred one (301) fails its own operations
// only, with a clear note; a write GitHub redirects is not followed to the new place.
const NOW = '2025-01-13T10:00:00Z';
const overdue = new Date(Date.parse(NOW) - 49 * 3600_000).toISOString();
const CONFIG =
  'epics:\n  enabled: false\nescalations:\n  time-box:\n    priorities:\n      - label: P0-Critical\n        within: 48h\n';

function seed() {
  return {
    repos: [
      {
        owner: 'acme',
        name: 'app',
        labels: [{ name: 'P0-Critical' }],
        issues: [
          { number: 1, title: 'First', body: 'x', labels: ['P0-Critical'], createdAt: overdue },
          { number: 2, title: 'Second', body: 'x', labels: ['P0-Critical'], createdAt: overdue }
        ]
      },
      { owner: 'acme', name: 'lib', issues: [] }
    ]
  };
}

/** Makes `act` happen to the issue the run first writes to, just before that write arrives. */
function onFirstWrite(e: Emulator, act: (number: number) => void): () => number | undefined {
  let hit: number | undefined;
  e.onRequest(({ method, path }) => {
    const number = /^\/repos\/acme\/app\/issues\/(\d+)/.exec(path)?.[1];
    if (hit === undefined && method !== 'GET' && number) {
      hit = Number(number);
      act(hit);
    }
  });
  return () => hit;
}

const escalated = (e: Emulator, owner: string, name: string, number: number) => {
  const issue = e.store.repo(owner, name)!.issues.get(number)!;
  return { comments: issue.comments.length, labels: issue.labels };
};

describe('deleted and transferred issues', () => {
  const emulator = useEmulator(() => ({ seed: seed(), now: () => new Date(NOW) }));

  test('a deleted issue (410) fails its own operations with a note; the other issue is still escalated', async () => {
    const e = emulator.get();
    const hit = onFirstWrite(e, (n) => deleteIssue(e.store.repo('acme', 'app')!, n));
    const run = await runAction({
      emulator: e,
      eventName: 'schedule',
      payload: scheduleEvent(),
      config: CONFIG,
      now: NOW
    });
    const gone = hit()!;
    const other = gone === 1 ? 2 : 1;
    expect(e.requests().some((r) => r.status === 410)).toBe(true);
    expect(run.stdout).toContain(`issue #${gone} was deleted`);
    expect(escalated(e, 'acme', 'app', other)).toMatchObject({
      comments: 1,
      labels: expect.arrayContaining(['escalated'])
    });
  });

  test('a transferred issue (301): the write is not followed, the moved issue untouched, the other escalated', async () => {
    const e = emulator.get();
    let movedTo = 0;
    const hit = onFirstWrite(
      e,
      (n) => (movedTo = transferIssue(e.store, e.store.repo('acme', 'app')!, n, e.store.repo('acme', 'lib')!).number)
    );
    const run = await runAction({
      emulator: e,
      eventName: 'schedule',
      payload: scheduleEvent(),
      config: CONFIG,
      now: NOW
    });
    const gone = hit()!;
    const other = gone === 1 ? 2 : 1;
    expect(e.requests().some((r) => r.status === 301)).toBe(true);
    expect(run.stdout).toContain(`issue #${gone} was transferred to another repository`);
    // Nothing reached the issue in its new repository: no request went there at all.
    expect(e.requests().filter((r) => r.path.startsWith('/repos/acme/lib/'))).toEqual([]);
    expect(escalated(e, 'acme', 'lib', movedTo)).toEqual({ comments: 0, labels: ['P0-Critical'] });
    expect(escalated(e, 'acme', 'app', other)).toMatchObject({
      comments: 1,
      labels: expect.arrayContaining(['escalated'])
    });
  });
});
