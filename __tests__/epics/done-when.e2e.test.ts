import { runAction } from '../helpers/action';
import { useEmulator } from '../helpers/emulator';
import { issueEvent } from '../helpers/events';

/**
 * Issue 15 item 6: an epic whose stories are all closed but whose "Quality" section still holds
 * an unticked item is not handed off, and its headline says what it counts.
 */
const BODY = `## Stories
- [ ] #2
- [ ] #3

## Quality
- [ ] Unit tests green
`;

const seed = () => ({
  repos: [
    {
      owner: 'acme',
      name: 'app',
      labels: [{ name: 'Epic', color: '3e4b9e' }],
      issues: [
        { number: 1, title: 'Epic', body: BODY, labels: ['Epic'] },
        {
          number: 2,
          title: 'Story two',
          body: 'Part of #1',
          state: 'closed' as const,
          stateReason: 'completed' as const
        },
        { number: 3, title: 'Story three', body: 'Part of #1' }
      ]
    }
  ]
});

const config = (doneWhen?: string) => `epics:
${doneWhen ? `  done-when: ${doneWhen}\n` : ''}  handoff:
    labels: [ready-for-qa]
    mention: [qa-team]
escalations:
  enabled: false
`;

describe('when an epic is done', () => {
  const emulator = useEmulator(() => ({ seed: seed() }));
  const epic = () => emulator.get().store.repo('acme', 'app')!.issues.get(1)!;
  const closeThree = async (doneWhen?: string) => {
    const e = emulator.get();
    await fetch(`${e.url}/repos/acme/app/issues/3`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'closed', state_reason: 'completed' })
    });
    return runAction({
      emulator: e,
      eventName: 'issues',
      payload: issueEvent('closed', { number: 3, state: 'closed' }),
      config: config(doneWhen)
    });
  };

  test('by default every task item counts: an unticked quality line holds the handoff back', async () => {
    const run = await closeThree();
    expect(run.code).toBe(0);
    expect(epic().body).toContain('- [x] #2\n- [x] #3');
    expect(epic().body).toContain('**Progress: 2/3 task items ticked · 66%** · 2/2 linked issues done');
    expect(epic().body).toContain('| Quality | `░░░░░░░░░░░░░░░░░░░░` 0/1 done · 0% |');
    expect(epic().labels).not.toContain('ready-for-qa');
    expect(epic().comments).toHaveLength(0);
    expect(JSON.parse(run.outputs.epics!)[0]).toMatchObject({
      number: 1,
      done: 2,
      total: 2,
      complete: false,
      items: { done: 2, total: 3 }
    });

    // A person ticks the line: now the epic is done, and handed off once.
    const e = emulator.get();
    const ticked = epic().body!.replace('- [ ] Unit tests green', '- [x] Unit tests green');
    await fetch(`${e.url}/repos/acme/app/issues/1`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body: ticked })
    });
    const edited = await runAction({
      emulator: e,
      eventName: 'issues',
      payload: issueEvent('edited', { number: 1, body: ticked, labels: ['Epic'] }),
      config: config()
    });
    expect(edited.code).toBe(0);
    expect(epic().body).toContain(
      '**Progress: 3/3 task items ticked · 100%** · 2/2 linked issues done `████████████████████` ✅'
    );
    expect(epic().labels).toContain('ready-for-qa');
    expect(epic().comments.filter((c) => c.body.includes('@qa-team'))).toHaveLength(1);
  });

  test('done-when: all-stories hands off when the linked issues are done, and the headline counts them', async () => {
    const run = await closeThree('all-stories');
    expect(run.code).toBe(0);
    expect(epic().body).toContain('**Progress: 2/2 linked issues done · 100%** `████████████████████` ✅');
    expect(epic().labels).toContain('ready-for-qa');
  });
});
