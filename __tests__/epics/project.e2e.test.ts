import { runAction } from '../helpers/action';
import { useEmulator, writesIn, type Emulator } from '../helpers/emulator';
import { scheduleEvent } from '../helpers/events';
import { org } from '../../src/emulator/planning';
import type { Seed } from '../../src/emulator/seed';

const CONFIG = `epics:
  enabled: false
  project:
    owner: acme
    number: 3
escalations:
  report:
    enabled: true
`;

const CREATED = '2025-01-10T09:00:00Z';

function seed(statusUpdates: { status: string; createdAt: string }[] = []): Seed {
  return {
    orgs: [{ login: 'acme', projects: [{ number: 3, title: 'Roadmap', statusUpdates }] }],
    repos: [
      {
        owner: 'acme',
        name: 'app',
        labels: [{ name: 'Epic' }],
        issues: [
          {
            number: 13,
            title: 'Checkout <b>epic</b>',
            body: '- [ ] #14\n- [ ] #15\n- [ ] #16\n',
            labels: ['Epic'],
            createdAt: CREATED,
            milestone: { title: 'Sprint 1', dueOn: '2025-01-15T08:00:00Z' }
          },
          { number: 14, title: 'Story 14', createdAt: CREATED, state: 'closed', closedAt: '2025-01-10T15:00:00Z' },
          { number: 15, title: 'Story 15', createdAt: CREATED, state: 'closed', closedAt: '2025-01-12T15:00:00Z' },
          { number: 16, title: 'Story 16', createdAt: CREATED }
        ]
      }
    ]
  };
}

const updates = (e: Emulator) => org(e.store, 'acme')!.projects[0]!.statusUpdates;
const WORDS: Record<string, string> = { 'on track': 'ON_TRACK', 'at risk': 'AT_RISK', 'off track': 'OFF_TRACK' };

async function report(e: Emulator, now: string) {
  e.setNow(new Date(now));
  const run = await runAction({ emulator: e, eventName: 'schedule', payload: scheduleEvent(), config: CONFIG, now });
  expect(run.code).toBe(0);
}

describe('epics.project: the verdict as a Projects status update, end to end', () => {
  describe('a project with no status update yet', () => {
    const emulator = useEmulator(() => ({ seed: seed() }));

    test('the verdict is posted once a day at most, and only when it changes', async () => {
      const e = emulator.get();
      await report(e, '2025-01-14T06:00:00Z');
      expect(updates(e)).toHaveLength(1);
      const body = e.store.repo('acme', 'app')!.issues.get(13)!.comments[0]!.body;
      const verdict = /\*\*(on track|at risk|off track)\*\*/.exec(body)![1]!;
      expect(updates(e)[0]!.status).toBe(WORDS[verdict]);
      expect(updates(e)[0]!.body).toContain('acme/app#13 Checkout &lt;b&gt;epic&lt;/b&gt;: **Forecast**');
      expect(updates(e)[0]!.targetDate).toBe('2025-01-15');

      // The last story closes the same day: the status would change, but one update a day is enough.
      e.store.setState(e.store.repo('acme', 'app')!.issues.get(16)!, 'closed', 'completed', 'sarah');
      e.clearRequests();
      await report(e, '2025-01-14T09:00:00Z');
      expect(updates(e)).toHaveLength(1);
      expect(writesIn(e).filter((w) => w.path === '/graphql')).toEqual([]);

      // The next day: COMPLETE, once.
      await report(e, '2025-01-15T06:00:00Z');
      expect(updates(e).map((u) => u.status)).toEqual([WORDS[verdict], 'COMPLETE']);
      await report(e, '2025-01-16T06:00:00Z');
      expect(updates(e)).toHaveLength(2);
    });
  });

  describe('a project whose latest status update already says it', () => {
    const emulator = useEmulator(() => ({
      seed: seed([
        { status: 'COMPLETE', createdAt: '2025-01-01T00:00:00Z' },
        { status: 'OFF_TRACK', createdAt: '2025-01-12T00:00:00Z' }
      ])
    }));

    test('the latest update is compared, not an older one; nothing is posted while it says the verdict', async () => {
      const e = emulator.get();
      e.setNow(new Date('2025-01-13T12:00:00Z'));
      e.store.setState(e.store.repo('acme', 'app')!.issues.get(16)!, 'closed', 'completed', 'sarah');
      // Done: COMPLETE differs from the latest (OFF_TRACK), not from an older one.
      await report(e, '2025-01-14T06:00:00Z');
      expect(updates(e).map((u) => u.status)).toEqual(['COMPLETE', 'OFF_TRACK', 'COMPLETE']);
      await report(e, '2025-01-15T06:00:00Z');
      expect(updates(e)).toHaveLength(3);
    });
  });
});
