import { startEmulator, type Emulator } from '../../src/emulator';
import { runAction } from '../helpers/action';
import { workflowRunEvent } from '../helpers/events';
import { prng } from '../helpers/prng';

// Issue 13, items 12 and 13: the cost of hostile artifacts and bodies is bounded per run.

const HEAD = 'a'.repeat(40);
const REPORT = '<?xml version="1.0"?><testsuites><testsuite name="t"><testcase classname="a" name="ok"/></testsuite></testsuites>\n';

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
    const config = 'gates:\n  reports: [\'**/junit.xml\']\n  max-artifacts-size: 2\n  items:\n    - name: all\n      pass-rate: { target: 90 }\nescalations:\n  enabled: false\n';
    const payload = { ...workflowRunEvent({ id: 42, headSha: HEAD, headBranch: 'fix', pullRequests: [7] }), action: 'completed' };
    const run = await runAction({ emulator: e, eventName: 'workflow_run', payload, config });
    const text = run.stdout + run.summary;
    expect(text).toMatch(/artifact "logs-2": refused: the artifacts of this run inflate to more than 2097152 bytes together \\?\(gates.max-artifacts-size\\?\)/);
    expect(text).toMatch(/artifact "logs-3": not downloaded: the run's budget of 2097152 bytes for all artifacts is spent/);
    expect(JSON.parse(run.outputs.gates!)[0].totals).toMatchObject({ passed: 1 });
  }, 120_000);
});
