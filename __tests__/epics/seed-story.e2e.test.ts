import { readFileSync } from 'node:fs';
import { runAction } from '../helpers/action';
import { useEmulator, writesIn } from '../helpers/emulator';
import { issueEvent } from '../helpers/events';

// The seed's epic #13: the coordination plan itself, with its three checklists.
const seed = JSON.parse(readFileSync('examples/demo/seed.json', 'utf8'));
const REPO = 'zebra-devops/marketedge-frontend';
const CONFIG = `epics:
  sections: [Development Success]
  handoff:
    labels: [ready-for-qa]
    mention: [zebra-devops/qa]
`;

describe('the seed epic #13 keeps itself up to date', () => {
  const emulator = useEmulator(() => ({ seed }));

  const epic = () => emulator.get().store.repo('zebra-devops', 'marketedge-frontend')!.issues.get(13)!;
  const close = async (n: number) => {
    const e = emulator.get();
    await fetch(`${e.url}/repos/${REPO}/issues/${n}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'closed', state_reason: 'completed' })
    });
    return runAction({
      emulator: e,
      repo: REPO,
      eventName: 'issues',
      payload: issueEvent('closed', { number: n, state: 'closed' }, REPO),
      config: CONFIG
    });
  };
  const line = (n: number) =>
    epic()
      .body!.split('\n')
      .find((l) => l.startsWith('- [') && l.includes(`Story #${n}:`));

  test('closing stories ticks their lines, the progress moves, the handoff happens once, and a reopen reverses it', async () => {
    const original = epic().body!;
    const first = await close(14);
    expect(first.code).toBe(0);
    expect(line(14)).toMatch(/^- \[x\] Story #14:/);
    expect(line(15)).toMatch(/^- \[ \] Story #15:/);
    expect(epic().body).toContain('epic-steward:progress:start');
    expect(epic().body).toMatch(/1\/3 linked issues done/);
    // Every byte outside the ticked boxes and the tool's block is preserved.
    const body = epic().body!;
    const start = body.indexOf('<!-- epic-steward:progress:start -->');
    expect(start).toBeGreaterThan(0);
    // Before the block, only the one checkbox character differs from the original.
    const before = body.slice(0, start).replace('- [x] Story #14', '- [ ] Story #14');
    expect(original.startsWith(before.trimEnd())).toBe(true);
    expect(original.slice(before.trimEnd().length).trim()).toBe('');

    await close(15);
    const last = await close(16);
    expect(last.code).toBe(0);
    expect(epic().body).toMatch(/3\/3 linked issues done/);
    expect(epic().labels).toContain('ready-for-qa');
    const handoffs = () => epic().comments.filter((c) => c.body.includes('@zebra-devops/qa'));
    expect(handoffs()).toHaveLength(1);

    // The same event again changes nothing.
    emulator.get().clearRequests();
    const again = await runAction({
      emulator: emulator.get(),
      repo: REPO,
      eventName: 'issues',
      payload: issueEvent('closed', { number: 16, state: 'closed' }, REPO),
      config: CONFIG
    });
    expect(again.code).toBe(0);
    expect(writesIn(emulator.get())).toEqual([]);
    expect(handoffs()).toHaveLength(1);

    // Reopening #15 unticks its line and takes the handoff label off; the comment is edited, not repeated.
    const e = emulator.get();
    await fetch(`${e.url}/repos/${REPO}/issues/15`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'open' })
    });
    const reopened = await runAction({
      emulator: e,
      repo: REPO,
      eventName: 'issues',
      payload: issueEvent('reopened', { number: 15 }, REPO),
      config: CONFIG
    });
    expect(reopened.code).toBe(0);
    expect(line(15)).toMatch(/^- \[ \] Story #15:/);
    expect(epic().labels).not.toContain('ready-for-qa');
    expect(handoffs()).toHaveLength(1);
  });
});
