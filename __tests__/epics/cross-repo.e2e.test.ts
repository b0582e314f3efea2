import { runAction } from '../helpers/action';
import { useEmulator } from '../helpers/emulator';
import { issueEvent, pullRequestEvent } from '../helpers/events';
import type { Seed } from '../../src/emulator';

// Links across repositories as GitHub makes them (issue 14, item 12): a sub-issue in another
// repository of the same owner, and a closing reference `Fixes acme/app#2` from acme/lib.
const CONFIG = 'epics: {}\n';
const seed = (): Seed => ({
  repos: [
    {
      owner: 'acme',
      name: 'app',
      labels: [{ name: 'Epic', color: '3e4b9e' }],
      issues: [
        {
          number: 1,
          title: 'Epic',
          body: '- [ ] #2\n- [ ] acme/lib#9\n',
          labels: ['Epic'],
          subIssues: [2, 'acme/lib#9']
        },
        { number: 2, title: 'Story here', body: 'Part of #1' }
      ]
    },
    {
      owner: 'acme',
      name: 'lib',
      issues: [
        { number: 9, title: 'Story there', body: 'Part of acme/app#1', state: 'closed', stateReason: 'completed' }
      ],
      pulls: [
        {
          number: 10,
          title: 'Fix it',
          body: 'Fixes acme/app#2',
          merged: false,
          headSha: 'd'.repeat(40),
          closingIssues: ['acme/app#2']
        }
      ]
    }
  ]
});

describe('cross-repository links', () => {
  const emulator = useEmulator(() => ({ seed: seed() }));
  const epic = () => emulator.get().store.repo('acme', 'app')!.issues.get(1)!;

  test('an epic with a sub-issue in another repository ticks it from its state there', async () => {
    const e = emulator.get();
    await fetch(`${e.url}/repos/acme/app/issues/2`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'closed', state_reason: 'completed' })
    });
    const run = await runAction({
      emulator: e,
      repo: 'acme/app',
      eventName: 'issues',
      payload: issueEvent('closed', { number: 2, state: 'closed' }, 'acme/app'),
      config: CONFIG
    });
    expect(run.code).toBe(0);
    expect(epic().body).toMatch(/- \[x\] #2/);
    expect(epic().body).toMatch(/- \[x\] acme\/lib#9/);
    expect(epic().body).toMatch(/2\/2 done · 100%/);
  });

  test('a merge in acme/lib closes acme/app#2 by its closing reference; the epic there is left to its own repository', async () => {
    const e = emulator.get();
    const merged = await fetch(`${e.url}/repos/acme/lib/pulls/10/merge`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{}'
    });
    expect(merged.status).toBe(200);
    const story = e.store.repo('acme', 'app')!.issues.get(2)!;
    expect([story.state, story.stateReason]).toEqual(['closed', 'completed']);
    expect(story.events.at(-1)).toMatchObject({ type: 'closed', closer: { repo: 'acme/lib', number: 10 } });
    const run = await runAction({
      emulator: e,
      repo: 'acme/lib',
      eventName: 'pull_request',
      payload: pullRequestEvent(
        'closed',
        { number: 10, title: 'Fix it', body: 'Fixes acme/app#2', merged: true, headSha: 'd'.repeat(40) },
        'acme/lib'
      ),
      config: CONFIG
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/acme\/app#1 .*another repository/);
    expect(epic().body).toBe('- [ ] #2\n- [ ] acme/lib#9\n');
  });
});
