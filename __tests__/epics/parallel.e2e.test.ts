import { useEmulator } from '../helpers/emulator';
import { seed, STORIES, trial } from '../helpers/parallel-epic';

describe('parallel runs on one epic', () => {
  const emulator = useEmulator(() => ({ seed: seed(), latencyMs: [0, 50] }));
  test('20 processes closing 20 stories at once: all 20 lines ticked', async () => {
    expect(await trial(emulator.get())).toBe(STORIES);
    expect(emulator.get().store.repo('acme', 'app')!.issues.get(1)!.body).toContain(
      `${STORIES}/${STORIES} linked issues done`
    );
  });
});
