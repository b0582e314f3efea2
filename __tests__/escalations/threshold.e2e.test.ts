import { runAction } from '../helpers/action';
import { useEmulator } from '../helpers/emulator';
import { pullRequestEvent } from '../helpers/events';

function junit(passed: number, failed: number): string {
  const cases = [
    ...Array.from({ length: passed }, (_, i) => `<testcase classname="t" name="ok${i}"/>`),
    ...Array.from(
      { length: failed },
      (_, i) => `<testcase classname="t" name="bad${i}"><failure message="no"/></testcase>`
    )
  ];
  return `<testsuite>${cases.join('')}</testsuite>`;
}

const CONFIG = `gates:
  reports: ['*.xml']
  fail-on: never
  items:
    - name: overall
      title: Overall test pass rate
      pass-rate: { baseline: 62, target: 90 }
escalations:
  mention: [zoe]
`;

describe('threshold escalations from the gates, end to end', () => {
  const emulator = useEmulator(() => ({
    seed: {
      repos: [
        { owner: 'acme', name: 'app', issues: [], pulls: [{ number: 7, title: 'Change', headSha: 'a'.repeat(40) }] }
      ]
    }
  }));

  test('a pass rate falling from 62% to 61% escalates on the PR with both figures; 91% resolves it', async () => {
    const e = emulator.get();
    const payload = pullRequestEvent('synchronize', { number: 7, headSha: 'a'.repeat(40) });
    const drop = await runAction({
      emulator: e,
      eventName: 'pull_request',
      payload,
      config: CONFIG,
      files: { 'junit.xml': junit(61, 39) },
      now: '2025-01-12T00:00:00Z'
    });
    expect(drop.code).toBe(0);
    const pr = () => e.store.repo('acme', 'app')!.issues.get(7)!;
    const escalation = () => pr().comments.filter((c) => c.body.includes('epic-steward:escalation'));
    expect(escalation()).toHaveLength(1);
    expect(escalation()[0]!.body).toMatch(/61%/);
    expect(escalation()[0]!.body).toMatch(/62%/);
    expect(escalation()[0]!.body).toContain('@zoe');
    expect(pr().labels).toContain('escalated');

    const recover = await runAction({
      emulator: e,
      eventName: 'pull_request',
      payload,
      config: CONFIG,
      files: { 'junit.xml': junit(91, 9) },
      now: '2025-01-12T01:00:00Z'
    });
    expect(recover.code).toBe(0);
    expect(escalation()).toHaveLength(1);
    expect(escalation()[0]!.body).toMatch(/resolved/i);
    expect(pr().labels).not.toContain('escalated');
  });
});
