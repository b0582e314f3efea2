import { runAction } from '../helpers/action';
import { useEmulator, writesIn, type Emulator } from '../helpers/emulator';
import { scheduleEvent } from '../helpers/events';

const CONFIG = `epics:
  enabled: false
escalations:
  report:
    enabled: true
`;

const EPIC_BODY = `## Success Validation

### Development Success
- [ ] Story #14: Database connectivity fixed and validated
- [ ] Story #15: Frontend test environment operational
- [ ] Story #16: Role definitions and error messages aligned
- [ ] Epic #13: All infrastructure configuration issues resolved
`;

function seed() {
  return {
    repos: [
      {
        owner: 'acme',
        name: 'app',
        defaultBranch: 'main',
        labels: [{ name: 'Epic' }, { name: 'Story' }],
        issues: [
          {
            number: 13,
            title: 'Epic #13: Infrastructure Configuration Resolution',
            body: EPIC_BODY,
            labels: ['Epic'],
            createdAt: '2025-01-10T09:00:00Z'
          },
          { number: 14, title: 'Story #14', body: '', labels: ['Story'], createdAt: '2025-01-10T09:00:00Z' },
          { number: 15, title: 'Story #15', body: '', labels: ['Story'], createdAt: '2025-01-10T09:00:00Z' },
          { number: 16, title: 'Story #16', body: '', labels: ['Story'], createdAt: '2025-01-10T09:00:00Z' }
        ],
        pulls: []
      }
    ]
  };
}

const reports = (e: Emulator) =>
  e.store
    .repo('acme', 'app')!
    .issues.get(13)!
    .comments.filter((c) => c.body.includes('epic-steward:daily-report'));

describe('the daily progress report, end to end', () => {
  const emulator = useEmulator(() => ({ seed: seed() }));

  test('one story closed since yesterday: today says so; again today: no edit; a quiet day: nothing', async () => {
    const e = emulator.get();
    const day1 = await runAction({
      emulator: e,
      eventName: 'schedule',
      payload: scheduleEvent(),
      config: CONFIG,
      now: '2025-01-11T06:00:00Z'
    });
    expect(day1.code).toBe(0);
    expect(reports(e)).toHaveLength(1);
    expect(reports(e)[0]!.body).toContain('**Stories** 0/3 done');

    const repo = e.store.repo('acme', 'app')!;
    e.store.setState(repo.issues.get(14)!, 'closed', 'completed', 'octocat');
    const day2 = await runAction({
      emulator: e,
      eventName: 'schedule',
      payload: scheduleEvent(),
      config: CONFIG,
      now: '2025-01-12T06:00:00Z'
    });
    expect(day2.code).toBe(0);
    expect(reports(e)).toHaveLength(2);
    expect(reports(e)[1]!.body).toContain('**Stories** 1/3 done (33%) · remaining: #15, #16');
    expect(reports(e)[1]!.body).toContain('**Since 2025-01-11** #14 done');

    e.clearRequests();
    await runAction({
      emulator: e,
      eventName: 'schedule',
      payload: scheduleEvent(),
      config: CONFIG,
      now: '2025-01-12T18:00:00Z'
    });
    expect(writesIn(e)).toEqual([]);

    e.clearRequests();
    await runAction({
      emulator: e,
      eventName: 'schedule',
      payload: scheduleEvent(),
      config: CONFIG,
      now: '2025-01-13T06:00:00Z'
    });
    expect(writesIn(e)).toEqual([]);
    expect(reports(e)).toHaveLength(2);
  }, 120_000);
});
