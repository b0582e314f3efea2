import { runAction } from '../helpers/action';
import { useEmulator, writesIn } from '../helpers/emulator';
import { issueEvent } from '../helpers/events';

// An epic with 200 referenced children: the request budget of one close must not grow with it.
const CHILDREN = 200;
const seed = {
  repos: [
    {
      owner: 'acme',
      name: 'app',
      labels: [{ name: 'Epic', color: '3e4b9e' }],
      issues: [
        {
          number: 1,
          title: 'Big epic',
          labels: ['Epic'],
          body: `## Stories\n\n${Array.from({ length: CHILDREN }, (_, i) => `- [ ] Story #${i + 2}: part ${i + 2}`).join('\n')}\n`
        },
        ...Array.from({ length: CHILDREN }, (_, i) => ({ number: i + 2, title: `Story ${i + 2}`, body: 'Part of #1' }))
      ]
    }
  ]
};

describe('the request budget of an epic update', () => {
  const emulator = useEmulator(() => ({ seed }));

  test('closing one story of a 200-child epic costs at most 4 requests; the same event again at most 2 and no write', async () => {
    const e = emulator.get();
    await fetch(`${e.url}/repos/acme/app/issues/57`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'closed', state_reason: 'completed' })
    });
    e.clearRequests();
    const run = await runAction({
      emulator: e,
      eventName: 'issues',
      payload: issueEvent('closed', { number: 57, state: 'closed' }),
      config: 'epics: {}\n'
    });
    expect(run.code).toBe(0);
    // The config is in the workspace; everything else is the feature's own work.
    const requests = e.requests();
    expect(requests.length).toBeLessThanOrEqual(4);
    expect(e.store.repo('acme', 'app')!.issues.get(1)!.body).toContain('- [x] Story #57: part 57');

    e.clearRequests();
    const again = await runAction({
      emulator: e,
      eventName: 'issues',
      payload: issueEvent('closed', { number: 57, state: 'closed' }),
      config: 'epics: {}\n'
    });
    expect(again.code).toBe(0);
    expect(e.requests().length).toBeLessThanOrEqual(2);
    expect(writesIn(e)).toEqual([]);
  });
});
