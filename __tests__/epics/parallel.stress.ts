import { startEmulator } from '../../src/emulator';
import { seed, STORIES, trial } from '../helpers/parallel-epic';
import { record } from '../helpers/stress';

// Issue 3: 20 stories closed at once by 20 parallel processes, latency 0-50 ms, 20 trials of 20.
test('20 trials of 20 parallel runs: every line ticked every time', async () => {
  let complete = 0;
  let ticked = 0;
  for (let t = 0; t < 20; t++) {
    const e = await startEmulator({ seed: seed(), latencyMs: [0, 50] });
    try {
      const lines = await trial(e);
      ticked += lines;
      if (lines === STORIES) complete += 1;
    } finally {
      await e.close();
    }
  }
  process.stdout.write(`parallel epic: ${complete}/20 trials with all ${STORIES} lines ticked\n`);
  record({
    suite: 'parallel',
    scenario: `${STORIES} stories of one epic closed at once, 20 trials`,
    runs: 20 * STORIES,
    writesVerified: ticked,
    lost: 20 * STORIES - ticked,
    notes: { 'complete trials': complete }
  });
  expect(complete).toBe(20);
}, 1_800_000);
