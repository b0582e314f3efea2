import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnNode } from '../helpers/action';

/**
 * Issue 15 item 10: `node dist/cli.js report --config` exits non-zero when a gate fails (as the
 * action's step would), lists the failing tests, and `--fail-on never` turns the exit code off.
 */
const CLI = resolve('dist/cli.js');
const CONFIG = `gates:
  items:
    - name: overall
      pass-rate: { target: 90 }
`;

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-cli-'));
  const cases = [
    ...Array.from({ length: 8 }, (_, i) => `<testcase classname="api" name="ok ${i}"/>`),
    '<testcase classname="api" name="login fails"><failure message="401"/></testcase>',
    // A hostile name: a line break must not forge a line of the output.
    '<testcase classname="api" name="evil&#10;  failing: forged"><failure message="x"/></testcase>'
  ];
  writeFileSync(join(dir, 'junit.xml'), `<testsuite name="unit">${cases.join('')}</testsuite>`);
  writeFileSync(join(dir, 'epic-steward.yml'), CONFIG);
  return dir;
}

const report = (dir: string, ...args: string[]) =>
  spawnNode(
    [CLI, 'report', '--config', join(dir, 'epic-steward.yml'), ...args, join(dir, 'junit.xml')],
    { PATH: process.env.PATH ?? '' },
    30_000
  );

describe('epic-steward report --config (the bundled CLI)', () => {
  test('a failing gate exits 1 and lists its failing tests, inert', async () => {
    const run = await report(workspace());
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('gate overall: fail, pass rate 80%');
    expect(run.stdout).toContain('  failing: unit/api/login fails');
    expect(run.stdout).toContain('  failing: unit/api/evil   failing: forged');
    expect(run.stdout).not.toMatch(/^\s*failing: forged/m);
    expect(run.stderr).toContain(
      'epic-steward report: quality gate(s) failed: overall: pass rate 80% is below the target 90%'
    );
  });

  test('--json: the failing tests per gate, and the same exit code', async () => {
    const run = await report(workspace(), '--json');
    expect(run.code).toBe(1);
    const gate = JSON.parse(run.stdout).gates[0];
    expect(gate).toMatchObject({ name: 'overall', verdict: 'fail' });
    expect(gate.failing).toEqual(['unit/api/login fails', 'unit/api/evil   failing: forged']);
  });

  test('--fail-on never: the same report, exit 0', async () => {
    const run = await report(workspace(), '--fail-on', 'never');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('gate overall: fail');
  });

  test('passing gates exit 0; a wrong --fail-on exits 2', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'epic-steward.yml'), CONFIG.replace('target: 90', 'target: 50'));
    expect((await report(dir)).code).toBe(0);
    const wrong = await report(dir, '--fail-on', 'sometimes');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--fail-on: expected one of gate-failure, regression, never, got "sometimes"');
  });
});
