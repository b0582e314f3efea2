import { runAction } from '../helpers/action';
import { useEmulator, writesIn, type Emulator } from '../helpers/emulator';
import { pullRequestEvent } from '../helpers/events';

function junit(passed: number, failed: number, failing = 'bad'): string {
  const cases = [
    ...Array.from({ length: passed }, (_, i) => `<testcase classname="t" name="ok${i}"/>`),
    ...Array.from(
      { length: failed },
      (_, i) => `<testcase classname="t" name="${failing}${i}"><failure message="no"/></testcase>`
    )
  ];
  return `<testsuite>${cases.join('')}</testsuite>`;
}

const config = (mode?: string) => `gates:
  reports: ['*.xml']
  fail-on: never
${mode ? `  comment-mode: ${mode}\n` : ''}  items:
    - name: overall
      title: Overall test pass rate
      critical: true
      pass-rate: { baseline: 62, target: 90 }
escalations:
  mention: [zoe]
`;

const SHA = 'a'.repeat(40);
const payload = () => pullRequestEvent('synchronize', { number: 7, headSha: SHA });
const comments = (e: Emulator) => e.store.repo('acme', 'app')!.issues.get(7)!.comments;

describe('one conversation per pull request, end to end', () => {
  const emulator = useEmulator(() => ({
    seed: { repos: [{ owner: 'acme', name: 'app', issues: [], pulls: [{ number: 7, title: 'Change', headSha: SHA }] }] }
  }));
  const run = (e: Emulator, mode: string | undefined, xml: string, now: string, name = 'junit.xml') =>
    runAction({
      emulator: e,
      eventName: 'pull_request',
      payload: payload(),
      config: config(mode),
      files: { [name]: xml },
      now
    });

  test('always (default): the gate result and its escalation are one comment; a re-run writes nothing; recovery edits the same comment', async () => {
    const e = emulator.get();
    expect((await run(e, undefined, junit(61, 39), '2025-01-12T00:00:00Z')).code).toBe(0);
    expect(comments(e)).toHaveLength(1);
    const body = comments(e)[0]!.body;
    expect(body).toContain('Overall test pass rate');
    expect(body).toContain('<!-- epic-steward:escalation:');
    expect(body).toContain('@zoe');
    expect(e.store.repo('acme', 'app')!.issues.get(7)!.labels).toContain('escalated');

    e.clearRequests();
    await run(e, undefined, junit(61, 39), '2025-01-12T00:30:00Z');
    expect(writesIn(e)).toEqual([]);

    await run(e, undefined, junit(91, 9), '2025-01-12T01:00:00Z');
    expect(comments(e)).toHaveLength(1);
    expect(comments(e)[0]!.body).toMatch(/resolved/i);
    expect(comments(e)[0]!.body).toContain('91%');
    expect(e.store.repo('acme', 'app')!.issues.get(7)!.labels).not.toContain('escalated');
  }, 120_000);

  test('failures: nothing while the gates pass; a failure posts; passing again edits it to say so', async () => {
    const e = emulator.get();
    await run(e, 'failures', junit(95, 5), '2025-01-12T00:00:00Z');
    expect(comments(e)).toHaveLength(0);
    await run(e, 'failures', junit(50, 50), '2025-01-12T01:00:00Z');
    expect(comments(e)).toHaveLength(1);
    expect(comments(e)[0]!.body).toContain('50%');
    await run(e, 'failures', junit(95, 5), '2025-01-12T02:00:00Z');
    expect(comments(e)).toHaveLength(1);
    expect(comments(e)[0]!.body).toContain('95%');
  }, 120_000);

  test('changes: the same verdict and figures with other failing tests write nothing; always would', async () => {
    const e = emulator.get();
    await run(e, 'changes', junit(95, 5, 'first'), '2025-01-12T00:00:00Z');
    expect(comments(e)).toHaveLength(1);
    const before = comments(e)[0]!.body;
    e.clearRequests();
    await run(e, 'changes', junit(95, 5, 'second'), '2025-01-12T01:00:00Z');
    // The check run lists the other failing tests; the conversation is left as it was.
    expect(writesIn(e).filter((w) => w.path.includes('/comments'))).toEqual([]);
    expect(comments(e)[0]!.body).toBe(before);
    await run(e, 'always', junit(95, 5, 'second'), '2025-01-12T02:00:00Z');
    expect(comments(e)[0]!.body).not.toBe(before);
  }, 120_000);

  test('off: no gate result; an escalation of a gate still appears, alone', async () => {
    const e = emulator.get();
    await run(e, 'off', junit(95, 5), '2025-01-12T00:00:00Z');
    expect(comments(e)).toHaveLength(0);
    await run(e, 'off', junit(40, 60), '2025-01-12T01:00:00Z');
    expect(comments(e)).toHaveLength(1);
    expect(comments(e)[0]!.body).toContain('<!-- epic-steward:escalation:');
    expect(comments(e)[0]!.body).not.toContain('Overall test pass rate |');
  }, 120_000);

  test('every comment and the job summary link the workflow run and the check run; another run of the same changes nothing', async () => {
    const e = emulator.get();
    const first = await runAction({
      emulator: e,
      eventName: 'pull_request',
      payload: payload(),
      config: config(),
      files: { 'junit.xml': junit(61, 39) },
      now: '2025-01-12T00:00:00Z',
      env: { GITHUB_RUN_ID: '4242' }
    });
    const check = e.store.repo('acme', 'app')!.checkRuns[0]!;
    const links = `[workflow run](https://github.com/acme/app/actions/runs/4242) · [check run](https://github.com/acme/app/runs/${check.id})`;
    expect(comments(e)[0]!.body).toContain(`<sub>From ${links}</sub>`);
    expect(first.summary).toContain(links);

    // A redelivery is another run: nothing else changed, so the comment keeps the first run's links.
    e.clearRequests();
    await runAction({
      emulator: e,
      eventName: 'pull_request',
      payload: payload(),
      config: config(),
      files: { 'junit.xml': junit(61, 39) },
      now: '2025-01-12T00:10:00Z',
      env: { GITHUB_RUN_ID: '4343' }
    });
    expect(writesIn(e).filter((w) => w.path.includes('/comments'))).toEqual([]);
    expect(comments(e)[0]!.body).toContain('actions/runs/4242');

    // A change is written with the links of the run that made it, once.
    await runAction({
      emulator: e,
      eventName: 'pull_request',
      payload: payload(),
      config: config(),
      files: { 'junit.xml': junit(91, 9) },
      now: '2025-01-12T01:00:00Z',
      env: { GITHUB_RUN_ID: '4444' }
    });
    expect(comments(e)[0]!.body).toContain('actions/runs/4444');
    expect(comments(e)[0]!.body.match(/epic-steward:source/g)).toHaveLength(1);
  }, 120_000);
});
