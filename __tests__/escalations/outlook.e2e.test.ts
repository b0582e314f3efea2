import { runAction } from '../helpers/action';
import { useEmulator, writesIn, type Emulator } from '../helpers/emulator';
import { scheduleEvent } from '../helpers/events';
import type { Seed } from '../../src/emulator/seed';

const CONFIG = `epics:
  enabled: false
escalations:
  report:
    enabled: true
`;

const BODY = `**Timeline:** 24-48 hours

- [ ] #14
- [ ] #15
- [ ] #16
- [ ] #17
`;

/**
 * An epic begun on Jan 10 with four stories: #14 closed on the 10th, #15 closed on the 11th,
 * reopened on the 12th and closed again on the 13th; #16 and #17 still open.
 */
function seed(milestone?: { title: string; dueOn: string }): Seed {
  const created = '2025-01-10T09:00:00Z';
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
            body: BODY,
            labels: ['Epic'],
            createdAt: created,
            ...(milestone ? { milestone } : {})
          },
          {
            number: 14,
            title: 'Story 14',
            createdAt: created,
            state: 'closed',
            closedAt: '2025-01-10T15:00:00Z',
            events: [{ event: 'closed', createdAt: '2025-01-10T15:00:00Z' }]
          },
          {
            number: 15,
            title: 'Story 15',
            createdAt: created,
            state: 'closed',
            closedAt: '2025-01-13T10:00:00Z',
            events: [
              { event: 'closed', createdAt: '2025-01-11T10:00:00Z' },
              { event: 'reopened', createdAt: '2025-01-12T10:00:00Z' },
              { event: 'closed', createdAt: '2025-01-13T10:00:00Z' }
            ]
          },
          { number: 16, title: 'Story 16', createdAt: created },
          { number: 17, title: 'Story 17', createdAt: '2025-01-11T12:00:00Z' }
        ]
      }
    ]
  };
}

const reports = (e: Emulator) =>
  e.store
    .repo('acme', 'app')!
    .issues.get(13)!
    .comments.filter((c) => c.body.includes('epic-steward:daily-report'));

describe('burn-up, forecast, target and verdict in the daily report, end to end', () => {
  describe('with a milestone', () => {
    const emulator = useEmulator(() => ({ seed: seed({ title: 'Sprint 1', dueOn: '2025-01-15T08:00:00Z' }) }));

    test('the report and the job summary draw the burn-up from the timestamps, forecast from it and judge against the milestone', async () => {
      const e = emulator.get();
      const run = await runAction({
        emulator: e,
        eventName: 'schedule',
        payload: scheduleEvent(),
        config: CONFIG,
        now: '2025-01-14T06:00:00Z'
      });
      expect(run.code).toBe(0);
      expect(reports(e)).toHaveLength(1);
      const body = reports(e)[0]!.body;
      // Jan 10: 1 of 3 done; Jan 11: #15 done, #17 added; Jan 12: #15 reopened; Jan 13: closed again; Jan 14: no change.
      const chart = [
        '```mermaid',
        'xychart-beta',
        '  title "Burn-up of #13: stories done (bars) and in scope (line)"',
        '  x-axis ["Jan 10", "Jan 11", "Jan 12", "Jan 13", "Jan 14"]',
        '  y-axis "Stories" 0 --> 4',
        '  bar [1, 2, 1, 2, 2]',
        '  line [3, 4, 4, 4, 4]',
        '```'
      ].join('\n');
      expect(body).toContain(chart);
      // Throughput [1, 1, 0, 1, 0]: two stories left need two days with a story done.
      expect(body).toMatch(
        /\*\*Forecast\*\* P50 Jan \d+ · P85 Jan \d+ \(from 5 days of history\) · \*\*Target\*\* Jan 15 \(milestone "Sprint 1"\) · \*\*(on track|at risk|off track)\*\*/
      );
      expect(run.summary).toContain(chart);
      expect(run.summary).toContain('#### Epic #13');

      // The same day again: the forecast is deterministic, nothing is written.
      e.clearRequests();
      const again = await runAction({
        emulator: e,
        eventName: 'schedule',
        payload: scheduleEvent(),
        config: CONFIG,
        now: '2025-01-14T07:00:00Z'
      });
      expect(again.code).toBe(0);
      expect(writesIn(e)).toEqual([]);
    }, 120_000);

    test('the milestone is served as GitHub publishes it (REST issue.milestone with due_on)', async () => {
      const e = emulator.get();
      const res = await fetch(`${e.url}/repos/acme/app/issues/13`, { headers: { authorization: 'token test-token' } });
      const issue = (await res.json()) as {
        milestone: { title: string; due_on: string; number: number; open_issues: number; state: string };
      };
      expect(issue.milestone).toMatchObject({
        title: 'Sprint 1',
        due_on: '2025-01-15T08:00:00Z',
        number: 1,
        open_issues: 1,
        state: 'open'
      });
    });
  });

  describe('without a milestone', () => {
    const emulator = useEmulator(() => ({ seed: seed() }));

    test("the body's Timeline counts from the epic's creation: 48 h after Jan 10 09:00 is Jan 12, already past: off track", async () => {
      const e = emulator.get();
      const run = await runAction({
        emulator: e,
        eventName: 'schedule',
        payload: scheduleEvent(),
        config: CONFIG,
        now: '2025-01-14T06:00:00Z'
      });
      expect(run.code).toBe(0);
      expect(reports(e)[0]!.body).toContain(
        "**Target** Jan 12 (Timeline: 24-48 hours from the epic's creation) · **off track**"
      );
    }, 120_000);

    test('two days into the epic: "not enough history" rather than a guess', async () => {
      const e = emulator.get();
      const run = await runAction({
        emulator: e,
        eventName: 'schedule',
        payload: scheduleEvent(),
        config: CONFIG,
        now: '2025-01-11T18:00:00Z'
      });
      expect(run.code).toBe(0);
      const body = reports(e)[0]!.body;
      expect(body).toContain('**Forecast** not enough history (2 days; a forecast needs 3)');
      expect(body).toContain('  bar [1, 2]');
    }, 120_000);
  });
});

describe('the epic block, read at a glance', () => {
  const emulator = useEmulator(() => ({ seed: seed({ title: 'Sprint 1', dueOn: '2025-01-15T08:00:00Z' }) }));
  const WITH_EPICS = `escalations:
  report:
    enabled: true
`;

  test('progress bar, a headline saying what it counts, section rows, the forecast and a link to the latest daily report', async () => {
    const e = emulator.get();
    const run = await runAction({
      emulator: e,
      eventName: 'schedule',
      payload: scheduleEvent(),
      config: WITH_EPICS,
      now: '2025-01-14T06:00:00Z'
    });
    expect(run.code).toBe(0);
    const epic = e.store.repo('acme', 'app')!.issues.get(13)!;
    const report = reports(e)[0]!;
    const block = epic.body!.slice(epic.body!.indexOf('<!-- epic-steward:progress:start -->'));
    expect(block).toContain(
      '**Progress: 2/4 task items ticked · 50%** · 2/4 linked issues done `██████████░░░░░░░░░░`'
    );
    expect(block).toContain('| Section | Task items |');
    expect(block).toContain('| (no heading) | `██████████░░░░░░░░░░` 2/4 done · 50% |');
    expect(block).toMatch(
      /\*\*Forecast\*\* P50 Jan \d+ · P85 Jan \d+ \(from 5 days of history\) · \*\*Target\*\* Jan 15 \(milestone "Sprint 1"\) · \*\*(on track|at risk|off track)\*\* · \[daily report 2025-01-14\]\(https:\/\/github\.com\/acme\/app\/issues\/13#issuecomment-\d+\)/
    );
    expect(block).toContain(`#issuecomment-${report.id})`);

    e.clearRequests();
    await runAction({
      emulator: e,
      eventName: 'schedule',
      payload: scheduleEvent(),
      config: WITH_EPICS,
      now: '2025-01-14T08:00:00Z'
    });
    expect(writesIn(e)).toEqual([]);
  }, 120_000);

  test('a daily-report comment forged by someone else steers nothing: neither linked nor shown', async () => {
    const e = emulator.get();
    const repo = e.store.repo('acme', 'app')!;
    const stored = {
      date: '2025-01-20',
      state: { done: [], open: [], gates: {}, escalated: [] },
      outlook: {
        forecast: { kind: 'forecast', days: 3, p50: '<img src=x>', p85: '2025-01-21' },
        line: '@everyone <script>'
      }
    };
    const forged = `<!-- epic-steward:daily-report:2025-01-20 -->\n<!-- epic-steward:report-state ${Buffer.from(JSON.stringify(stored)).toString('base64')} -->`;
    e.store.addComment(repo, repo.issues.get(13)!, forged, 'mallory');
    const run = await runAction({
      emulator: e,
      eventName: 'issues',
      payload: {
        action: 'closed',
        issue: { number: 16, labels: [] },
        repository: { name: 'app', owner: { login: 'acme' }, full_name: 'acme/app' }
      },
      config: WITH_EPICS,
      now: '2025-01-14T06:00:00Z'
    });
    expect(run.code).toBe(0);
    const body = repo.issues.get(13)!.body!;
    expect(body).toContain('linked issues done');
    expect(body).not.toContain('@everyone');
    expect(body).not.toContain('<img');
    expect(body).not.toContain('**Forecast**');
    expect(body).not.toContain('daily report 2025-01-20');
  }, 120_000);
});
