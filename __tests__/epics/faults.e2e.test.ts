import { runAction } from '../helpers/action';
import { useEmulator } from '../helpers/emulator';
import { issueEvent } from '../helpers/events';

const BODY = '## Stories\r\n\r\n- [ ] #2 first\r\n- [ ] #3 second\r\n';
const seed = {
  repos: [
    {
      owner: 'acme',
      name: 'app',
      labels: [{ name: 'Epic' }],
      issues: [
        { number: 1, title: 'Epic', labels: ['Epic'], body: BODY },
        { number: 2, title: 'A', state: 'closed' as const },
        { number: 3, title: 'B' }
      ]
    }
  ]
};

describe('an epic under faults', () => {
  const emulator = useEmulator(() => ({ seed }));

  test('with a fault rate of 0.3 over every kind, the epic ends right or untouched, and a second run completes it', async () => {
    const e = emulator.get();
    const epic = () => e.store.repo('acme', 'app')!.issues.get(1)!.body!;
    for (let attempt = 0; attempt < 3; attempt++) {
      e.store.repo('acme', 'app')!.issues.get(1)!.body = BODY;
      e.setFaults(0.3, ['500', '502', '429', 'secondary', 'reset']);
      const faulty = await runAction({
        emulator: e,
        eventName: 'issues',
        payload: issueEvent('closed', { number: 2, state: 'closed' }),
        config: 'escalations:\n  enabled: false\n'
      });
      e.setFaults(0);
      const body = epic();
      const right =
        body.startsWith('## Stories\r\n\r\n- [x] #2 first\r\n- [ ] #3 second\r\n') && body.includes('1/2 done');
      expect(right || body === BODY).toBe(true);
      if (faulty.code !== 0) expect(faulty.stdout).toMatch(/::error::/);
      const second = await runAction({
        emulator: e,
        eventName: 'issues',
        payload: issueEvent('closed', { number: 2, state: 'closed' }),
        config: 'escalations:\n  enabled: false\n'
      });
      expect(second.code).toBe(0);
      expect(epic()).toContain('- [x] #2 first\r\n- [ ] #3 second\r\n');
      expect(epic()).toContain('1/2 done');
    }
  });
});
