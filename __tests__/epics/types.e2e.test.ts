import type { Seed } from '../../src/emulator/seed';
import { runAction } from '../helpers/action';
import { useEmulator, writesIn } from '../helpers/emulator';
import { issueEvent, scheduleEvent } from '../helpers/events';

const TYPES = 'epics:\n  types: [epic]\nescalations:\n  enabled: false\n';
const NO_TYPES = 'escalations:\n  enabled: false\n';

/** #1 has the issue type Epic and no epic label; #5 is an ordinary typed issue (a Bug). */
function seed(): Seed {
  return {
    repos: [
      {
        owner: 'acme',
        name: 'app',
        issues: [
          { number: 1, title: 'Typed epic', type: 'Epic', body: '## Stories\n- [ ] #2\n- [ ] #3\n' },
          { number: 2, title: 'Story', state: 'closed' },
          { number: 3, title: 'Story' },
          { number: 5, title: 'A bug', type: 'Bug', body: '- [ ] #2\n' }
        ]
      }
    ]
  };
}

const typed = (number: number, type: string | null, action = 'typed') => {
  const payload = issueEvent(action, {
    number,
    body: number === 1 ? '## Stories\n- [ ] #2\n- [ ] #3\n' : '- [ ] #2\n'
  });
  payload.issue.type = type
    ? {
        id: 1,
        node_id: 'IT_1',
        name: type,
        description: null,
        color: 'gray',
        created_at: '2025-01-01T00:00:00Z',
        updated_at: '2025-01-01T00:00:00Z',
        is_enabled: true
      }
    : null;
  return payload;
};

describe('issue types: an issue whose type is in epics.types is an epic', () => {
  const emulator = useEmulator(() => ({ seed: seed() }));
  const body = (n: number) => emulator.get().store.repo('acme', 'app')!.issues.get(n)!.body!;

  test('an issues.typed event to Epic makes it an epic at once; again: nothing written', async () => {
    const e = emulator.get();
    const run = await runAction({ emulator: e, eventName: 'issues', payload: typed(1, 'Epic'), config: TYPES });
    expect(run.code).toBe(0);
    expect(body(1)).toContain('- [x] #2');
    expect(body(1)).toContain('1/2 linked issues done');
    e.clearRequests();
    await runAction({ emulator: e, eventName: 'issues', payload: typed(1, 'Epic'), config: TYPES });
    expect(writesIn(e)).toEqual([]);
  }, 120_000);

  test('typed to another type, or untyped, is not an epic: nothing written, and the summary says why', async () => {
    const e = emulator.get();
    const bug = await runAction({ emulator: e, eventName: 'issues', payload: typed(5, 'Bug'), config: TYPES });
    expect(bug.code).toBe(0);
    const removed = await runAction({
      emulator: e,
      eventName: 'issues',
      payload: typed(1, null, 'untyped'),
      config: TYPES
    });
    expect(removed.code).toBe(0);
    expect(writesIn(e)).toEqual([]);
    expect(removed.summary).toContain('#1 is not an epic');
  }, 120_000);

  test('the scheduled sweep finds open epics by type (REST, type filter) only when epics.types names it', async () => {
    const e = emulator.get();
    await runAction({ emulator: e, eventName: 'schedule', payload: scheduleEvent(), config: NO_TYPES });
    expect(body(1)).not.toContain('epic-steward:progress');
    await runAction({ emulator: e, eventName: 'schedule', payload: scheduleEvent(), config: TYPES });
    expect(body(1)).toContain('1/2 linked issues done');
    expect(body(5)).not.toContain('epic-steward:progress');
    expect(e.requests().some((r) => r.path === '/repos/acme/app/issues' && (r.query ?? '').includes('type=epic'))).toBe(
      true
    );
  }, 120_000);

  test('the emulator serves the type as GitHub publishes it: issue.type (issue-type schema) and the type filter', async () => {
    const e = emulator.get();
    const get = async (path: string) =>
      (await fetch(`${e.url}${path}`, { headers: { authorization: 'token t' } })).json() as Promise<any>;
    expect((await get('/repos/acme/app/issues/1')).type).toMatchObject({ name: 'Epic', is_enabled: true });
    expect((await get('/repos/acme/app/issues/3')).type).toBeNull();
    expect((await get('/repos/acme/app/issues?type=EPIC&state=all')).map((i: { number: number }) => i.number)).toEqual([
      1
    ]);
    expect((await get('/repos/acme/app/issues?type=none&state=all')).map((i: { number: number }) => i.number)).toEqual([
      3, 2
    ]);
  });
});
