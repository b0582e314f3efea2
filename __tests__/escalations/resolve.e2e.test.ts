import { runAction } from '../helpers/action';
import { useEmulator, writesIn } from '../helpers/emulator';
import { issueEvent, pullRequestEvent, pushEvent } from '../helpers/events';

/**
 * Issue 15 item 7: an escalation does not outlive what it is about. It resolves (comment edited,
 * label removed) when its pull request merges or closes, and when its epic completes.
 */
const HEAD = 'a'.repeat(40);
const FAILING = `<testsuite name="s"><testcase classname="c" name="ok"/><testcase classname="c" name="bad"><failure message="x"/></testcase></testsuite>`;
const CONFIG = `epics:
  done-when: all-stories
gates:
  items:
    - name: api
      critical: true
      pass-rate: { target: 100 }
      epic: 1
  fail-on: never
escalations:
  threshold:
    epic: true
`;

const seed = () => ({
  repos: [
    {
      owner: 'acme',
      name: 'app',
      labels: [{ name: 'Epic', color: '3e4b9e' }],
      issues: [
        { number: 1, title: 'Epic', body: '- [ ] #2', labels: ['Epic'] },
        { number: 2, title: 'Story', body: 'Part of #1' }
      ],
      pulls: [{ number: 7, title: 'Change', body: '', headSha: HEAD, files: ['src/a.ts'] }]
    }
  ]
});

describe('escalations resolve with what they are about', () => {
  const emulator = useEmulator(() => ({ seed: seed() }));
  const issue = (n: number) => emulator.get().store.repo('acme', 'app')!.issues.get(n)!;
  const escalation = (n: number) => issue(n).comments.filter((c) => c.body.includes('epic-steward:escalation:'));

  test('a merged pull request: its open escalation is resolved and the label comes off', async () => {
    const e = emulator.get();
    const files = { 'junit.xml': FAILING };
    const opened = await runAction({
      emulator: e,
      eventName: 'pull_request',
      payload: pullRequestEvent('synchronize', { number: 7, headSha: HEAD }),
      config: CONFIG,
      files
    });
    expect(opened.code).toBe(0);
    expect(issue(7).labels).toContain('escalated');
    expect(escalation(7)).toHaveLength(1);

    await fetch(`${e.url}/repos/acme/app/pulls/7/merge`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{}'
    });
    const payload = pullRequestEvent('closed', { number: 7, headSha: HEAD, merged: true });
    payload.pull_request.labels = [{ name: 'escalated' }];
    const merged = await runAction({ emulator: e, eventName: 'pull_request', payload, config: CONFIG });
    expect(merged.code).toBe(0);
    expect(issue(7).labels).not.toContain('escalated');
    expect(escalation(7)).toHaveLength(1);
    expect(escalation(7)[0]!.body).toMatch(/resolved/i);
    expect(escalation(7)[0]!.body).toContain('the pull request was merged.');
    expect(JSON.parse(merged.outputs.escalations!)).toEqual([expect.objectContaining({ issue: 7, state: 'resolved' })]);

    // The same event again writes nothing.
    e.clearRequests();
    expect((await runAction({ emulator: e, eventName: 'pull_request', payload, config: CONFIG })).code).toBe(0);
    expect(writesIn(e)).toEqual([]);
  });

  test('a completed epic: the escalation on it is resolved and the label comes off', async () => {
    const e = emulator.get();
    const push = await runAction({
      emulator: e,
      eventName: 'push',
      payload: pushEvent({ modified: ['src/a.ts'] }),
      config: CONFIG,
      files: { 'junit.xml': FAILING }
    });
    expect(push.code).toBe(0);
    expect(issue(1).labels).toContain('escalated');
    expect(escalation(1)).toHaveLength(1);

    await fetch(`${e.url}/repos/acme/app/issues/2`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'closed', state_reason: 'completed' })
    });
    const closed = await runAction({
      emulator: e,
      eventName: 'issues',
      payload: issueEvent('closed', { number: 2, state: 'closed' }),
      config: CONFIG
    });
    expect(closed.code).toBe(0);
    expect(issue(1).body).toContain('- [x] #2');
    expect(issue(1).labels).not.toContain('escalated');
    expect(escalation(1)[0]!.body).toContain('the epic is complete.');

    e.clearRequests();
    expect(
      (
        await runAction({
          emulator: e,
          eventName: 'issues',
          payload: issueEvent('closed', { number: 2, state: 'closed' }),
          config: CONFIG
        })
      ).code
    ).toBe(0);
    expect(writesIn(e)).toEqual([]);
  });
});
