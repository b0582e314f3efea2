import { runAction } from './action';
import type { Emulator } from './emulator';
import { issueEvent } from './events';

// 20 stories of one epic closed at once, each by its own action process, in parallel, with
// 0-50 ms of latency on every request: every line must end ticked. More trials in parallel.stress.ts.
export const STORIES = 20;
export const seed = () => ({
  repos: [
    {
      owner: 'acme',
      name: 'app',
      labels: [{ name: 'Epic' }],
      issues: [
        {
          number: 1,
          title: 'Epic',
          labels: ['Epic'],
          body: `## Stories\n\n${Array.from({ length: STORIES }, (_, i) => `- [ ] #${i + 2}`).join('\n')}\n`
        },
        ...Array.from({ length: STORIES }, (_, i) => ({ number: i + 2, title: `Story ${i + 2}` }))
      ]
    }
  ]
});

export async function trial(e: Emulator): Promise<number> {
  for (let n = 2; n < STORIES + 2; n++) {
    await fetch(`${e.url}/repos/acme/app/issues/${n}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'closed', state_reason: 'completed' })
    });
  }
  const runs = await Promise.all(
    Array.from({ length: STORIES }, (_, i) =>
      runAction({
        emulator: e,
        eventName: 'issues',
        payload: issueEvent('closed', { number: i + 2, state: 'closed' }),
        config: 'escalations:\n  enabled: false\n'
      })
    )
  );
  const failed = runs.filter((r) => r.code !== 0);
  if (failed.length) throw new Error(`${failed.length} run(s) failed: ${failed[0]!.stdout}`);
  const body = e.store.repo('acme', 'app')!.issues.get(1)!.body!;
  return (body.match(/- \[x\] #\d+/g) ?? []).length;
}
