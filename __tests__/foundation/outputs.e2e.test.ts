import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { runAction, type ActionRun } from '../helpers/action';
import { useEmulator } from '../helpers/emulator';
import { issueEvent, pullRequestEvent, scheduleEvent } from '../helpers/events';

/**
 * Issue 15 item 9: every output action.yml declares is set on every run, whatever ran (so
 * `fromJSON()` in a later step never breaks), and every output written is declared.
 */
const declared = Object.keys(parse(readFileSync('action.yml', 'utf8')).outputs).sort();
const JSON_OUTPUTS = ['plan', 'labels-added', 'labels-removed', 'epics', 'gates', 'new-failures', 'escalations'];
const HEAD = 'a'.repeat(40);

const seed = () => ({
  repos: [
    {
      owner: 'acme',
      name: 'app',
      issues: [{ number: 1, title: 'A story', body: 'text' }],
      pulls: [{ number: 7, title: 'Change', body: '', headSha: HEAD, files: ['src/a.ts'] }]
    }
  ]
});

function expectEveryOutput(run: ActionRun): void {
  expect(Object.keys(run.outputs).sort()).toEqual(declared);
  for (const name of JSON_OUTPUTS) expect(() => JSON.parse(run.outputs[name]!)).not.toThrow();
}

describe('outputs', () => {
  const emulator = useEmulator(() => ({ seed: seed() }));

  test('action.yml declares the outputs the JSON lists name', () => {
    for (const name of JSON_OUTPUTS) expect(declared).toContain(name);
  });

  test('an issues event with no config: every output, empty lists where nothing happened', async () => {
    const run = await runAction({
      emulator: emulator.get(),
      eventName: 'issues',
      payload: issueEvent('edited', { number: 1, body: 'text' })
    });
    expect(run.code).toBe(0);
    expectEveryOutput(run);
    expect(run.outputs.gates).toBe('[]');
    expect(run.outputs['new-failures']).toBe('[]');
    expect(run.outputs.verdict).toBe('no-data');
  });

  test('a pull request with gates: the gate outputs are filled, the others still set', async () => {
    const config = 'gates:\n  items:\n    - name: overall\nescalations:\n  enabled: false\n';
    const files = { 'junit.xml': '<testsuite name="s"><testcase classname="c" name="t"/></testsuite>' };
    const run = await runAction({
      emulator: emulator.get(),
      eventName: 'pull_request',
      payload: pullRequestEvent('synchronize', { number: 7, headSha: HEAD }),
      config,
      files
    });
    expect(run.code).toBe(0);
    expectEveryOutput(run);
    expect(JSON.parse(run.outputs.gates!)[0]).toMatchObject({ name: 'overall', verdict: 'pass' });
    expect(run.outputs.epics).toBe('[]');
  });

  test('a run that fails on an invalid config still sets every output', async () => {
    const run = await runAction({
      emulator: emulator.get(),
      eventName: 'schedule',
      payload: scheduleEvent(),
      config: 'gates:\n  nonsense: 1\n'
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::Invalid config');
    expectEveryOutput(run);
  });
});
