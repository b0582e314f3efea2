import { runAction } from '../helpers/action';
import { useEmulator, type Emulator } from '../helpers/emulator';
import { issueEvent, scheduleEvent } from '../helpers/events';

/**
 * The epic domain (src/checklist/) seen from the features that share it: one section
 * normalisation for the progress block and the daily report, and one reader of "which epics
 * list this issue" that pages the whole timeline, label inheritance included.
 */

const SECTIONS_CONFIG = `epics:
  sections: [Stories]
escalations:
  report:
    enabled: true
`;

// `## Stories.` is the section `Stories` (trailing dot, case, spaces): the block always read it so.
const EPIC_BODY = `## stories.
- [ ] #14 Database connectivity
- [ ] #15 Frontend test environment

## Notes
- [ ] #16 Not counted: another section
`;

function sectionSeed() {
  return {
    repos: [
      {
        owner: 'acme',
        name: 'app',
        defaultBranch: 'main',
        labels: [{ name: 'Epic' }],
        issues: [
          { number: 13, title: 'Epic', body: EPIC_BODY, labels: ['Epic'], createdAt: '2025-01-10T09:00:00Z' },
          {
            number: 14,
            title: 'Story 14',
            body: '',
            state: 'closed' as const,
            stateReason: 'completed' as const,
            createdAt: '2025-01-10T09:00:00Z'
          },
          { number: 15, title: 'Story 15', body: '', createdAt: '2025-01-10T09:00:00Z' },
          { number: 16, title: 'Story 16', body: '', createdAt: '2025-01-10T09:00:00Z' }
        ],
        pulls: []
      }
    ]
  };
}

const MENTIONS = 130;

/** Story #1, mentioned by 130 issues before epic #200 lists it: the epic's cross-reference is on the timeline's second page. */
function pagingSeed() {
  const mentions = Array.from({ length: MENTIONS }, (_, i) => ({
    number: i + 2,
    title: `Note ${i + 2}`,
    body: `See #1.`,
    createdAt: '2025-01-10T09:00:00Z'
  }));
  return {
    repos: [
      {
        owner: 'acme',
        name: 'app',
        defaultBranch: 'main',
        labels: [{ name: 'Epic' }, { name: 'Week-1-Foundation' }],
        issues: [
          { number: 1, title: 'Story 1', body: 'A story.', createdAt: '2025-01-10T09:00:00Z' },
          ...mentions,
          {
            number: 200,
            title: 'Epic',
            body: '## Stories\n- [ ] #1 The story\n',
            labels: ['Epic', 'Week-1-Foundation'],
            createdAt: '2025-01-10T09:00:00Z'
          }
        ],
        pulls: []
      }
    ]
  };
}

const issue = (e: Emulator, n: number) => e.store.repo('acme', 'app')!.issues.get(n)!;

describe('one section normalisation for the block and the daily report', () => {
  const emulator = useEmulator(() => ({ seed: sectionSeed() }));

  test('`## stories.` counts as the section `Stories` in both', async () => {
    const e = emulator.get();
    const run = await runAction({
      emulator: e,
      eventName: 'schedule',
      payload: scheduleEvent(),
      config: SECTIONS_CONFIG,
      now: '2025-01-11T06:00:00Z'
    });
    expect(run.code).toBe(0);
    expect(issue(e, 13).body).toContain('**Progress: 1/2 task items ticked · 50%** · 1/2 linked issues done');
    const report = issue(e, 13).comments.find((c) => c.body.includes('epic-steward:daily-report'));
    expect(report?.body).toContain('**Stories** 1/2 done (50%) · remaining: #15');
  }, 120_000);
});

describe('which epics list an issue: every page of its timeline', () => {
  const emulator = useEmulator(() => ({ seed: pagingSeed() }));

  test("a story whose epic mentioned it after 130 others inherits the epic's label", async () => {
    const e = emulator.get();
    expect(issue(e, 1).events.filter((ev) => ev.type === 'cross-referenced')).toHaveLength(MENTIONS + 1);
    const config = `labels:\n  inherit:\n    from: epic\n    labels: [Week-1-Foundation]\nepics:\n  enabled: false\n`;
    const run = await runAction({
      emulator: e,
      eventName: 'issues',
      payload: issueEvent('edited', { number: 1, title: 'Story 1', body: 'A story.' }),
      config,
      now: '2025-01-11T06:00:00Z'
    });
    expect(run.code).toBe(0);
    expect(issue(e, 1).labels).toContain('Week-1-Foundation');
  }, 120_000);
});
