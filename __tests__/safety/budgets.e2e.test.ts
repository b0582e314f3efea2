import { startEmulator, type Emulator } from '../../src/emulator';
import { runAction } from '../helpers/action';
import { issueEvent, pullRequestEvent, workflowRunEvent } from '../helpers/events';
import { prng } from '../helpers/prng';

// Issue 13, items 12 and 13: the cost of hostile artifacts and bodies is bounded per run.

const HEAD = 'a'.repeat(40);
const REPORT =
  '<?xml version="1.0"?><testsuites><testsuite name="t"><testcase classname="a" name="ok"/></testsuite></testsuites>\n';

/** Text that deflates about 6:1 (two letters at random): under every ratio cap, so only a size budget stops it. */
function filler(bytes: number, seed: number): string {
  const random = prng(seed);
  const chars = new Array<string>(bytes);
  for (let i = 0; i < bytes; i++) chars[i] = random() < 0.5 ? 'a' : 'b';
  return chars.join('');
}

let e: Emulator | undefined;
afterEach(async () => e?.close());

describe('item 12: one budget for all artifacts of a run', () => {
  test('artifacts each under the per-archive caps, together over gates.max-artifacts-size: the second is refused, named', async () => {
    const big = filler(1.5 * (1 << 20), 1);
    e = await startEmulator({
      seed: {
        repos: [
          {
            owner: 'acme',
            name: 'app',
            pulls: [{ number: 7, title: 'x', headSha: HEAD, headRef: 'fix' }],
            workflowRuns: [{ id: 42, headSha: HEAD, headBranch: 'fix', event: 'pull_request', pullRequests: [7] }],
            artifacts: [
              { id: 1, runId: 42, name: 'results', files: { 'junit.xml': REPORT } },
              { id: 2, runId: 42, name: 'logs-1', files: { 'big.log': big } },
              { id: 3, runId: 42, name: 'logs-2', files: { 'big.log': big.slice(1) + 'a' } },
              { id: 4, runId: 42, name: 'logs-3', files: { 'small.log': 'x' } }
            ]
          }
        ]
      }
    });
    const config =
      "gates:\n  reports: ['**/junit.xml']\n  max-artifacts-size: 2\n  items:\n    - name: all\n      pass-rate: { target: 90 }\nescalations:\n  enabled: false\n";
    const payload = {
      ...workflowRunEvent({ id: 42, headSha: HEAD, headBranch: 'fix', pullRequests: [7] }),
      action: 'completed'
    };
    // workflow_run reads its config from the default branch through the API, never the workspace.
    e.store.repo('acme', 'app')!.contents['.github/epic-steward.yml'] = config;
    const run = await runAction({ emulator: e, eventName: 'workflow_run', payload });
    const text = run.stdout + run.summary;
    expect(text).toMatch(
      /artifact "logs-2": refused: the artifacts of this run inflate to more than 2097152 bytes together \\?\(gates.max-artifacts-size\\?\)/
    );
    expect(text).toMatch(
      /artifact "logs-3": not downloaded: the run's budget of 2097152 bytes for all artifacts is spent/
    );
    expect(JSON.parse(run.outputs.gates!)[0].totals).toMatchObject({ passed: 1 });
  }, 120_000);
});

describe('item 13: bodies whose Markdown would cost the parser quadratic time', () => {
  test.each([
    ['*a', '*a'],
    ['~a', '~a']
  ])(
    'an epic with 64 KiB of %s is ticked within 30 s, where it took minutes',
    async (_name, unit) => {
      const head = '## Stories\n\n- [ ] #2 first\n- [ ] #3 second\n\n';
      const body = head + unit.repeat(Math.floor((60_000 - head.length) / unit.length));
      e = await startEmulator({
        seed: {
          repos: [
            {
              owner: 'acme',
              name: 'app',
              labels: [{ name: 'Epic' }],
              issues: [
                { number: 1, title: 'Epic', labels: ['Epic'], body },
                { number: 2, title: 'A', state: 'closed' },
                { number: 3, title: 'B' }
              ]
            }
          ]
        }
      });
      const started = Date.now();
      const run = await runAction({
        emulator: e,
        eventName: 'issues',
        payload: issueEvent('closed', { number: 2 }),
        config: 'escalations:\n  enabled: false\n',
        timeoutMs: 30_000
      });
      expect(run.timedOut).toBeUndefined();
      expect(run.code).toBe(0);
      expect(
        e.store
          .repo('acme', 'app')!
          .issues.get(1)!
          .body!.startsWith(head.replace('- [ ] #2', '- [x] #2') + unit.repeat(10))
      ).toBe(true);
      process.stdout.write(`item 13: 64 KiB of ${JSON.stringify(unit)}: ${Date.now() - started} ms\n`);
    },
    60_000
  );
});

describe('item 14: degraded, never broken, by what a run cannot control', () => {
  test('a read-only token: the epic is not written, the run warns once and does not fail', async () => {
    e = await startEmulator({
      seed: {
        repos: [
          {
            owner: 'acme',
            name: 'app',
            labels: [{ name: 'Epic' }],
            issues: [
              { number: 1, title: 'Epic', labels: ['Epic'], body: '- [ ] #2\n- [ ] #3\n' },
              { number: 2, title: 'A', state: 'closed' },
              { number: 3, title: 'B' }
            ]
          }
        ]
      }
    });
    const run = await runAction({
      emulator: e,
      eventName: 'issues',
      payload: issueEvent('closed', { number: 2 }),
      config: 'escalations:\n  enabled: false\n',
      token: 'read-only'
    });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/^::error/m);
    expect(run.stdout.match(/^::warning::GitHub refused the write \(403/gm)).toHaveLength(1);
    expect(run.summary).toContain('epic #1 was not updated: the token may not write to it');
    expect(e.store.repo('acme', 'app')!.issues.get(1)!.body).toBe('- [ ] #2\n- [ ] #3\n');
  }, 60_000);

  test('annotation lines from a report (-5, 0, 2.5, 1e99) are clamped to ones GitHub accepts', async () => {
    e = await startEmulator({
      seed: {
        repos: [{ owner: 'acme', name: 'app', pulls: [{ number: 7, title: 'x', headSha: HEAD, headRef: 'fix' }] }]
      }
    });
    const cases = ['-5', '0', '2.5', '1e99', '12'].map(
      (line, i) =>
        `<testcase classname="t" name="c${i}" file="src/a.ts" line="${line}"><failure message="no"/></testcase>`
    );
    const report = `<?xml version="1.0"?><testsuites><testsuite name="t">${cases.join('')}</testsuite></testsuites>\n`;
    const config =
      "gates:\n  reports: ['r/*.xml']\n  fail-on: never\n  items:\n    - name: all\n      pass-rate: { target: 90 }\nescalations:\n  enabled: false\n";
    const payload = pullRequestEvent('synchronize', { number: 7, headSha: HEAD, baseSha: 'b'.repeat(40) });
    const run = await runAction({
      emulator: e,
      eventName: 'pull_request',
      payload,
      config,
      files: { 'r/junit.xml': report }
    });
    expect(run.code).toBe(0);
    const annotations = e.store.repo('acme', 'app')!.checkRuns[0]!.annotations as {
      start_line: number;
      end_line: number;
    }[];
    expect(annotations.map((a) => a.start_line).sort((a, b) => a - b)).toEqual([1, 1, 1, 1, 12]);
    expect(annotations.every((a) => a.end_line === a.start_line)).toBe(true);
  }, 60_000);
});
