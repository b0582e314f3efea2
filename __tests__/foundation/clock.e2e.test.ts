import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction } from '../helpers/action';
import { useEmulator } from '../helpers/emulator';
import { scheduleEvent } from '../helpers/events';

// The clock is injected: dist/index.js (what the runner starts) runs on the real clock and reads
// none from the environment; tests, the demo and replays pin it with `dist/replay.js --now`.

const CONFIG = `epics:
  enabled: false
escalations:
  time-box:
    priorities:
      - label: P0-Critical
        within: 48h
`;

function seed() {
  // Opened an hour before the pinned time, so long before the real one.
  const issues = [
    { number: 14, title: 'Story #14', body: 'x', labels: ['Story', 'P0-Critical'], createdAt: '2025-01-13T09:00:00Z' }
  ];
  return {
    repos: [{ owner: 'acme', name: 'app', labels: [{ name: 'P0-Critical' }, { name: 'Story' }], issues, pulls: [] }]
  };
}

describe('the clock', () => {
  const emulator = useEmulator(() => ({ seed: seed() }));
  const comments = () => emulator.get().store.repo('acme', 'app')!.issues.get(14)!.comments;

  test('dist/replay.js --now pins it; dist/index.js ignores EPIC_STEWARD_NOW and runs on the real time', async () => {
    const e = emulator.get();
    const pinned = await runAction({
      emulator: e,
      eventName: 'schedule',
      payload: scheduleEvent(),
      config: CONFIG,
      now: '2025-01-13T10:00:00Z'
    });
    expect(pinned.code).toBe(0);
    expect(JSON.parse(pinned.outputs.escalations!)).toEqual([]);
    expect(comments()).toHaveLength(0);

    // The variable the bundle once honoured: a workflow's environment cannot move the action's time.
    const shipped = await runAction({
      emulator: e,
      eventName: 'schedule',
      payload: scheduleEvent(),
      config: CONFIG,
      env: { EPIC_STEWARD_NOW: '2025-01-13T10:00:00Z' }
    });
    expect(shipped.code).toBe(0);
    expect(JSON.parse(shipped.outputs.escalations!)).toEqual([
      { key: 'timebox:#14', issue: 14, trigger: 'timebox', state: 'open' }
    ]);
    expect(comments()).toHaveLength(1);
  });

  test('a --now that is not a date fails the step naming it', async () => {
    const run = await runAction({
      emulator: emulator.get(),
      eventName: 'schedule',
      payload: scheduleEvent(),
      config: CONFIG,
      now: 'yesterday'
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::--now yesterday: not an ISO date-time');
  });

  test('no file of the shipped action names a clock variable', () => {
    const files = ['dist/index.js', ...readdirSync('dist/chunks').map((f) => join('dist/chunks', f))];
    for (const file of files)
      expect([file, readFileSync(file, 'utf8').includes('EPIC_STEWARD_NOW')]).toEqual([file, false]);
  });
});
