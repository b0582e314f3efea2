import { runAction } from '../helpers/action';
import { useEmulator } from '../helpers/emulator';
import { scheduleEvent } from '../helpers/events';

// Issue 14, item 8: GitHub's documentation leaves open whether GraphQL `label(name:)` and the
// `labels:` filter ignore case. The action compares names itself, as GitHub's UI does, so it
// behaves the same on an emulator that matches them exactly and on one that ignores case.
const NOW = '2025-01-13T10:00:00Z';
const overdue = new Date(Date.parse(NOW) - 49 * 3600_000).toISOString();
// The config says `escalated` (the default); the repository spells its label `Escalated`.
const CONFIG =
  'epics:\n  enabled: false\nescalations:\n  time-box:\n    priorities:\n      - label: p0-critical\n        within: 48h\n';

function seed() {
  return {
    repos: [
      {
        owner: 'acme',
        name: 'app',
        labels: [{ name: 'P0-Critical' }, { name: 'Escalated', color: 'b60205' }],
        issues: [{ number: 1, title: 'Overdue', body: 'x', labels: ['P0-Critical'], createdAt: overdue }]
      }
    ]
  };
}

describe.each([
  ['names matched exactly', true],
  ['names matched ignoring case', false]
])('labels spelled differently from the config (%s)', (_how, exact) => {
  const emulator = useEmulator(() => ({ seed: seed(), exactLabelNames: exact }));

  test("an escalation is opened with the repository's label, and resolved when its issue closes", async () => {
    const e = emulator.get();
    const repo = e.store.repo('acme', 'app')!;
    const first = await runAction({
      emulator: e,
      eventName: 'schedule',
      payload: scheduleEvent(),
      config: CONFIG,
      now: NOW
    });
    expect(first.code).toBe(0);
    expect(repo.issues.get(1)!.labels).toEqual(['P0-Critical', 'Escalated']);
    // No second label differing only in case was created.
    expect(repo.labels.map((l) => l.name).sort()).toEqual(['Escalated', 'P0-Critical']);

    e.store.setState(repo.issues.get(1)!, 'closed', 'completed', 'octocat');
    const closed = await runAction({
      emulator: e,
      eventName: 'schedule',
      payload: scheduleEvent(),
      config: CONFIG,
      now: NOW
    });
    expect(closed.code).toBe(0);
    expect(JSON.parse(closed.outputs.escalations!)).toEqual([expect.objectContaining({ issue: 1, state: 'resolved' })]);
    expect(repo.issues.get(1)!.labels).toEqual(['P0-Critical']);
  });
});
