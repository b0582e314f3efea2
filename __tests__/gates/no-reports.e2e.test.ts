import { runAction } from '../helpers/action';
import { useEmulator } from '../helpers/emulator';
import { pullRequestEvent } from '../helpers/events';

/**
 * Issue 15 item 5: a pull request whose test job crashed before writing a report is not green.
 * The real bundle runs against the emulator with no report in the workspace.
 */
const HEAD = 'a'.repeat(40);
const CONFIG = `gates:
  reports: ['reports/junit*.xml']
  items:
    - name: overall
      min-tests: 10
      pass-rate: { target: 90 }
escalations:
  enabled: false
`;

const seed = () => ({
  repos: [
    {
      owner: 'acme',
      name: 'app',
      pulls: [{ number: 7, title: 'Change', body: '', headSha: HEAD, files: ['src/a.ts'] }]
    }
  ]
});

describe('if-no-reports: a gate without a report', () => {
  const emulator = useEmulator(() => ({ seed: seed() }));
  const payload = () => pullRequestEvent('synchronize', { number: 7, headSha: HEAD });
  const checkRun = () => emulator.get().store.repo('acme', 'app')!.checkRuns[0];

  test('fails the gate and the step by default, naming the globs that matched nothing', async () => {
    const run = await runAction({
      emulator: emulator.get(),
      eventName: 'pull_request',
      payload: payload(),
      config: CONFIG
    });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    const [gate] = JSON.parse(run.outputs.gates!);
    expect(gate).toMatchObject({ name: 'overall', verdict: 'fail' });
    expect(gate.reasons[0]).toContain('no file matched `reports/junit*.xml` in the workspace');
    expect(run.stdout).toMatch(/::error::quality gate\(s\) failed: overall: no report file was read/);
    expect(checkRun()).toMatchObject({ conclusion: 'failure', headSha: HEAD });
  });

  test('fails with fail-on: regression too (nothing says there was no regression)', async () => {
    const config = CONFIG.replace('gates:\n', 'gates:\n  fail-on: regression\n');
    const run = await runAction({ emulator: emulator.get(), eventName: 'pull_request', payload: payload(), config });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::regression \(fail-on: regression\): overall: no report file was read/);
  });

  test('warn: no data and a warning, the step passes', async () => {
    const run = await runAction({
      emulator: emulator.get(),
      eventName: 'pull_request',
      payload: payload(),
      config: CONFIG,
      inputs: { 'if-no-reports': 'warn' }
    });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('no-data');
    expect(run.stdout).toMatch(
      /::warning::quality gates without a report \(if-no-reports: warn\): overall: no report file was read/
    );
    expect(checkRun()).toMatchObject({ conclusion: 'neutral' });
  });

  test('ignore: no data, no warning about it, the step passes', async () => {
    const run = await runAction({
      emulator: emulator.get(),
      eventName: 'pull_request',
      payload: payload(),
      config: CONFIG,
      inputs: { 'if-no-reports': 'ignore' }
    });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('no-data');
    expect(run.stdout).not.toContain('if-no-reports');
  });

  test('a report present is judged as before (the input changes nothing then)', async () => {
    const cases = Array.from({ length: 12 }, (_, i) => `<testcase classname="t" name="t${i}"/>`).join('');
    const files = { 'reports/junit.xml': `<testsuite name="s">${cases}</testsuite>` };
    const run = await runAction({
      emulator: emulator.get(),
      eventName: 'pull_request',
      payload: payload(),
      config: CONFIG,
      files
    });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
  });

  test('a wrong value of the input fails the step naming it and what it accepts', async () => {
    const run = await runAction({
      emulator: emulator.get(),
      eventName: 'pull_request',
      payload: payload(),
      config: CONFIG,
      inputs: { 'if-no-reports': 'maybe' }
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::input if-no-reports: expected one of fail, warn, ignore, got "maybe"');
  });
});
