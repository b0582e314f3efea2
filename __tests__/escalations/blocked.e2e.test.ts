import { runAction } from '../helpers/action';
import { useEmulator, writesIn, type Emulator } from '../helpers/emulator';
import { scheduleEvent } from '../helpers/events';
import type { Seed } from '../../src/emulator/seed';

const CONFIG = `epics:
  enabled: false
escalations:
  stuck:
    blocked-by:
      after: 2d
  report:
    enabled: true
`;

const CREATED = '2025-01-10T09:00:00Z';

/**
 * #14 blocked by #16 (open) since Jan 10; #15 blocked by #17, which closed on Jan 11; #18
 * blocked by #16 only since Jan 13. The epic #13 lists the three stories.
 */
function seed(): Seed {
  return {
    repos: [
      {
        owner: 'acme',
        name: 'app',
        labels: [{ name: 'Epic' }],
        issues: [
          {
            number: 13,
            title: 'Epic',
            body: '- [ ] #14\n- [ ] #15\n- [ ] #18\n',
            labels: ['Epic'],
            createdAt: CREATED
          },
          { number: 14, title: 'Story 14', createdAt: CREATED, blockedBy: [16] },
          { number: 15, title: 'Story 15', createdAt: CREATED, blockedBy: [17] },
          { number: 16, title: 'Database migration @admins <b>now</b>', createdAt: CREATED },
          { number: 17, title: 'API key', createdAt: CREATED, state: 'closed', closedAt: '2025-01-11T09:00:00Z' },
          { number: 18, title: 'Story 18', createdAt: '2025-01-13T00:00:00Z', blockedBy: [16] }
        ]
      }
    ]
  };
}

const issue = (e: Emulator, n: number) => e.store.repo('acme', 'app')!.issues.get(n)!;
const comments = (e: Emulator, n: number, marker: string) =>
  issue(e, n).comments.filter((c) => c.body.includes(marker));

async function sweep(e: Emulator, now: string) {
  e.setNow(new Date(now));
  const run = await runAction({ emulator: e, eventName: 'schedule', payload: scheduleEvent(), config: CONFIG, now });
  expect(run.code).toBe(0);
  return run;
}

describe('native "blocked by" dependencies, end to end', () => {
  const emulator = useEmulator(() => ({ seed: seed() }));

  test('an issue blocked longer than `after` is escalated naming its blockers; one unblocked for as long, with no activity since, is nudged once', async () => {
    const e = emulator.get();
    await sweep(e, '2025-01-14T06:00:00Z');

    const escalation = comments(e, 14, 'epic-steward:escalation:blocked:#14');
    expect(escalation).toHaveLength(1);
    expect(escalation[0]!.body).toContain('#14 has been blocked for longer than 48 h');
    expect(escalation[0]!.body).toMatch(/Blocked by \| #16 Database migration/);
    expect(escalation[0]!.body).toContain('2025-01-10 09:00 UTC');
    // The blocker's title is someone else's text: no mention, no HTML.
    expect(escalation[0]!.body).not.toMatch(/(^|\s)@admins/);
    expect(escalation[0]!.body).not.toContain('<b>');
    expect(issue(e, 14).labels).toContain('escalated');

    const nudge = comments(e, 15, 'epic-steward:unblocked:#15');
    expect(nudge).toHaveLength(1);
    expect(nudge[0]!.body).toContain(
      'Every issue blocking #15 is closed (#17 API key), the last on 2025-01-11 09:00 UTC'
    );
    expect(issue(e, 15).labels).not.toContain('escalated');
    // Blocked for less than two days: nothing yet.
    expect(issue(e, 18).comments).toEqual([]);

    // The daily report lists the blocked stories and their blockers.
    const report = comments(e, 13, 'epic-steward:daily-report')[0]!.body;
    expect(report).toContain('**Blocked** #14 by #16 Database migration');
    expect(report).toContain('#18 by #16 Database migration');
    expect(report).not.toMatch(/#15 by/);

    // Again: nothing changes.
    e.clearRequests();
    await sweep(e, '2025-01-14T07:00:00Z');
    expect(writesIn(e)).toEqual([]);
  });

  test('when the blocker closes the escalation resolves; two idle days later each unblocked issue is nudged once, and activity by a person prevents it', async () => {
    const e = emulator.get();
    await sweep(e, '2025-01-14T06:00:00Z');
    e.setNow(new Date('2025-01-14T08:00:00Z'));
    e.store.setState(issue(e, 16), 'closed', 'completed', 'sarah');
    await sweep(e, '2025-01-14T09:00:00Z');
    const resolved = comments(e, 14, 'epic-steward:escalation:blocked:#14');
    expect(resolved).toHaveLength(1);
    expect(resolved[0]!.body).toContain('it has no open blocker any more');
    expect(issue(e, 14).labels).not.toContain('escalated');
    expect(comments(e, 14, 'epic-steward:unblocked')).toEqual([]);

    // Someone picks #18 up in the meantime.
    e.setNow(new Date('2025-01-15T10:00:00Z'));
    e.store.addComment(e.store.repo('acme', 'app')!, issue(e, 18), 'On it.', 'zoe');

    await sweep(e, '2025-01-16T09:00:00Z');
    expect(comments(e, 14, 'epic-steward:unblocked:#14')).toHaveLength(1);
    expect(comments(e, 18, 'epic-steward:unblocked')).toEqual([]);
    e.clearRequests();
    await sweep(e, '2025-01-17T09:00:00Z');
    expect(writesIn(e).filter((w) => w.path.endsWith('/comments'))).toEqual([]);
    expect(comments(e, 14, 'epic-steward:unblocked:#14')).toHaveLength(1);
  });
});
