import { replayStory } from '../helpers/demo-replay';
import { record } from '../helpers/stress';
import { story } from '../../src/cli/demo/story';

// Every event of the demo story delivered three times: the second and third deliveries write
// nothing (the emulator's request log) and no comment is ever posted twice.
test('every demo event replayed 3 times: no write on the 2nd or 3rd, no duplicate comment', async () => {
  const events = story().flatMap((s) => s.events).length;
  const outcome = await replayStory({ times: 3 });
  const repeats = outcome.deliveries.filter((d) => d.attempt > 1);
  record({
    suite: 'idempotency',
    scenario: `demo story, ${events} events × 3`,
    runs: outcome.deliveries.length,
    writesVerified: outcome.deliveries.filter((d) => d.attempt === 1).reduce((n, d) => n + d.writes.length, 0),
    lost: outcome.problems.length,
    notes: {
      'repeat deliveries': repeats.length,
      'writes on repeats': repeats.reduce((n, d) => n + d.writes.length, 0),
      'duplicate comments': outcome.duplicateComments.length
    }
  });
  process.stdout.write(
    `idempotency: ${outcome.deliveries.length} deliveries of ${events} events; writes on repeats: ${repeats.reduce((n, d) => n + d.writes.length, 0)}\n`
  );
  expect(outcome.deliveries).toHaveLength(events * 3);
  expect(outcome.problems).toEqual([]);
}, 300_000);
