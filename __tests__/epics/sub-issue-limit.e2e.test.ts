import { subIssueWarning } from '../../src/epics/block';
import type { Seed } from '../../src/emulator/seed';
import { runAction } from '../helpers/action';
import { useEmulator } from '../helpers/emulator';
import { scheduleEvent } from '../helpers/events';

const CONFIG = `escalations:
  report:
    enabled: true
`;

/** An epic with `n` native sub-issues, the first ten of them closed (closed ones count towards the limit). */
function seed(n: number): Seed {
  const children = Array.from({ length: n }, (_, i) => i + 2);
  return {
    repos: [
      {
        owner: 'acme',
        name: 'app',
        labels: [{ name: 'Epic' }],
        issues: [
          {
            number: 1,
            title: 'Epic',
            body: '## Stories\n',
            labels: ['Epic'],
            subIssues: children,
            createdAt: '2025-01-10T09:00:00Z'
          },
          ...children.map((c) => ({
            number: c,
            title: `Story ${c}`,
            createdAt: '2025-01-10T09:00:00Z',
            ...(c < 12 ? { state: 'closed' as const, closedAt: '2025-01-11T09:00:00Z' } : {})
          }))
        ]
      }
    ]
  };
}

describe("GitHub's limit of 100 sub-issues per parent", () => {
  test.each([
    [89, undefined],
    [90, '90 of the 100 sub-issues GitHub allows per parent (closed ones count): 10 more can be added.'],
    [
      100,
      '100 of the 100 sub-issues GitHub allows per parent (closed ones count): adding another will fail; split the epic or list further stories as task items.'
    ]
  ])('%i sub-issues: %s', (total, warning) => {
    expect(subIssueWarning(total)).toBe(warning);
  });

  describe('an epic with 95 sub-issues, end to end', () => {
    const emulator = useEmulator(() => ({ seed: seed(95) }));

    test('the epic block and the daily report warn before adding fails; the emulator refuses the 101st as GitHub does', async () => {
      const e = emulator.get();
      const run = await runAction({
        emulator: e,
        eventName: 'schedule',
        payload: scheduleEvent(),
        config: CONFIG,
        now: '2025-01-12T06:00:00Z'
      });
      expect(run.code).toBe(0);
      const epic = e.store.repo('acme', 'app')!.issues.get(1)!;
      const warning = '95 of the 100 sub-issues GitHub allows per parent (closed ones count): 5 more can be added.';
      expect(epic.body).toContain(`**Sub-issue limit:** ${warning}`);
      const report = epic.comments.find((c) => c.body.includes('epic-steward:daily-report'))!;
      expect(report.body).toContain(`**Sub-issue limit** ${warning}`);

      // Five more fit; the 101st is refused with GitHub's 422.
      const repo = e.store.repo('acme', 'app')!;
      for (let n = 200; n < 206; n++) e.store.createIssue(repo, { number: n, title: `Late ${n}` });
      const add = (n: number) =>
        fetch(`${e.url}/repos/acme/app/issues/1/sub_issues`, {
          method: 'POST',
          headers: { authorization: 'token t', 'content-type': 'application/json' },
          body: JSON.stringify({ sub_issue_id: repo.issues.get(n)!.id })
        });
      for (let n = 200; n < 205; n++) expect((await add(n)).status).toBe(201);
      expect((await add(205)).status).toBe(422);
    }, 120_000);
  });
});
