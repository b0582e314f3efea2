import { startEmulator } from '../../src/emulator';
import { seed, STORIES, trial } from '../helpers/parallel-epic';

// Issue 3: 20 stories closed at once by 20 parallel processes, latency 0-50 ms, 20 trials of 20.
test('20 trials of 20 parallel runs: every line ticked every time', async () => {
  let complete = 0;
  for (let t = 0; t < 20; t++) {
    const e = await startEmulator({ seed: seed(), latencyMs: [0, 50] });
    try {
      if ((await trial(e)) === STORIES) complete += 1;
    } finally {
      await e.close();
    }
  }
  process.stdout.write(`parallel epic: ${complete}/20 trials with all ${STORIES} lines ticked\n`);
  expect(complete).toBe(20);
}, 1_800_000);
