import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { extractZip, safeEntryPath } from '../../src/gates/artifacts';
import { compareTests, decodeRecord, encodeRecord, outcomesById } from '../../src/gates/baseline';
import { parsePercent, type GateConfig } from '../../src/gates/config';
import { mdCell, mdTest } from '../../src/gates/escape';
import { evaluateGate, stepFailure } from '../../src/gates/evaluate';
import { emptyTotals, type Outcome, type ParsedReport, type TestCase } from '../../src/gates/model';
import { annotations, renderGates } from '../../src/gates/render';

const gate = (extra: Partial<GateConfig> = {}): GateConfig => ({
  name: 'g',
  select: { files: [], classes: [], suites: [] },
  'min-tests': 0,
  'no-regression': false,
  critical: false,
  ...extra
});

function report(
  counts: Partial<Record<Outcome, number>>,
  classname = 'tests.api',
  extra: Partial<ParsedReport & { cases: TestCase[] }> = {}
): ParsedReport & { cases: TestCase[] } {
  const cases: TestCase[] = [];
  for (const [outcome, n] of Object.entries(counts) as [Outcome, number][])
    for (let i = 0; i < n; i++)
      cases.push({
        suite: 's',
        classname,
        name: `${outcome}${i}`,
        outcome,
        flaky: false,
        ...(outcome === 'failed' ? { message: 'boom' } : {})
      });
  const totals = emptyTotals();
  for (const c of cases) {
    totals.tests++;
    totals[c.outcome]++;
  }
  return { path: 'r.xml', format: 'junit', totals, cases, suiteErrors: [], warnings: [], ...extra };
}

describe('gate maths', () => {
  test('the seeds: 143 passed, 84 failed, 7 skipped against 62% -> >90%', () => {
    const g = evaluateGate({
      gate: gate({ 'pass-rate': { baseline: 62, target: '>90' } }),
      reports: [report({ passed: 143, failed: 84, skipped: 7 })],
      flaky: 'pass'
    });
    expect(g.verdict).toBe('fail');
    expect(g.passRate).toBeCloseTo(143 / 227);
    expect(g.reasons[0]).toBe('pass rate 62.9% is below the target >90%');
    expect(g.regression).toBe(false);
  });

  test.each([
    [90, 90, 'pass'],
    ['>90', 90, 'fail'],
    ['>90', 91, 'pass'],
    ['>=90', 90, 'pass'],
    ['90%', 89, 'fail']
  ] as const)('target %s with %i of 100 passing: %s', (target, passed, verdict) => {
    expect(
      evaluateGate({
        gate: gate({ 'pass-rate': { target } }),
        reports: [report({ passed, failed: 100 - passed })],
        flaky: 'pass'
      }).verdict
    ).toBe(verdict);
  });

  test('execution rate: skipped tests and suites that failed to run count against it', () => {
    const r = report({ passed: 6, skipped: 2 }, 'web', {
      suiteErrors: [
        { file: 'web/a.test.ts', message: 'SyntaxError' },
        { file: 'web/b.test.ts', message: 'x' }
      ]
    });
    r.totals.suiteErrors = 2;
    const g = evaluateGate({
      gate: gate({ 'execution-rate': { baseline: 0, target: 100 } }),
      reports: [r],
      flaky: 'pass'
    });
    expect(g.executionRate).toBeCloseTo(6 / 10);
    expect(g.verdict).toBe('fail');
    expect(g.reasons[0]).toMatch(/execution rate 60% is below the target 100% \(6 of 10 expected/);
    expect(
      evaluateGate({ gate: gate({ 'expected-tests': 12 }), reports: [r], flaky: 'pass' }).executionRate
    ).toBeCloseTo(0.5);
    expect(
      evaluateGate({
        gate: gate(),
        reports: [r],
        flaky: 'pass',
        recorded: { passRate: 1, executionRate: 1, inventory: 20 }
      }).executionRate
    ).toBeCloseTo(0.3);
  });

  test('frontend security at 0% execution: expected tests, none ran', () => {
    const g = evaluateGate({
      gate: gate({
        'expected-tests': 40,
        'execution-rate': { baseline: 0, target: 100 },
        select: { files: [], classes: ['frontend.security.*'], suites: [] }
      }),
      reports: [report({ passed: 5 })],
      flaky: 'pass'
    });
    expect(g).toMatchObject({ verdict: 'fail', executionRate: 0, passRate: null });
  });

  test('selection by class glob; no match is no-data', () => {
    const reports = [
      report({ passed: 17, failed: 3 }, 'tests.security.test_auth'),
      report({ passed: 100 }, 'tests.api')
    ];
    const g = evaluateGate({
      gate: gate({
        select: { files: [], classes: ['tests.security.*'], suites: [] },
        'pass-rate': { baseline: 85, target: 100 }
      }),
      reports,
      flaky: 'pass'
    });
    expect(g.totals).toMatchObject({ tests: 20, passed: 17, failed: 3 });
    expect(
      evaluateGate({
        gate: gate({ select: { files: [], classes: ['nothing.*'], suites: [] } }),
        reports,
        flaky: 'pass'
      }).verdict
    ).toBe('no-data');
  });

  test('flaky policy', () => {
    const r = report({ passed: 9 });
    r.cases[0]!.flaky = true;
    const rate = (flaky: 'pass' | 'fail' | 'exclude') => evaluateGate({ gate: gate(), reports: [r], flaky }).passRate;
    expect([rate('pass'), rate('fail'), rate('exclude')]).toEqual([1, 8 / 9, 1]);
    expect(evaluateGate({ gate: gate(), reports: [r], flaky: 'exclude' }).totals.passed).toBe(8);
  });

  test('no-regression against the baseline and the base commit; fail-on policies', () => {
    const g = evaluateGate({
      gate: gate({ 'no-regression': true, 'pass-rate': { baseline: 62 } }),
      reports: [report({ passed: 61, failed: 39 })],
      flaky: 'pass',
      recorded: { passRate: 0.7, executionRate: 1, inventory: 100 },
      newFailures: 2
    });
    expect(g.verdict).toBe('fail');
    expect(g.reasons).toEqual([
      'pass rate 61% fell below the baseline 62%',
      'pass rate 61% fell below 70% on the base commit',
      '2 test(s) that passed on the base commit now fail'
    ]);
    expect(stepFailure([g], 'never', 2)).toBeUndefined();
    expect(stepFailure([g], 'regression', 2)).toMatch(
      /^regression \(fail-on: regression\): g: pass rate 61% \(baseline 62%, base commit 70%\) · 2 test/
    );
    const ok = evaluateGate({
      gate: gate({ 'pass-rate': { baseline: 62, target: 50 } }),
      reports: [report({ passed: 70, failed: 30 })],
      flaky: 'pass'
    });
    expect(stepFailure([ok], 'regression', 0)).toBeUndefined();
    expect(stepFailure([ok], 'gate-failure', 0)).toBeUndefined();
  });

  test('percent parsing', () => {
    expect([parsePercent(90), parsePercent('>90'), parsePercent('>= 85%'), parsePercent('x')]).toEqual([
      { value: 0.9, strict: false },
      { value: 0.9, strict: true },
      { value: 0.85, strict: false },
      undefined
    ]);
  });
});

describe('recorded results', () => {
  const outcomes = [evaluateGate({ gate: gate(), reports: [report({ passed: 3, failed: 1 })], flaky: 'pass' })];

  test('round-trip through the check run text; comparison names new failures, fixed, still failing, vanished', () => {
    const base = report({ passed: 3, failed: 2 });
    const text = encodeRecord('a'.repeat(40), outcomes, [base], 60_000);
    const record = decodeRecord(`Results recorded.\n\n${text}`)!;
    expect(record).toMatchObject({ sha: 'a'.repeat(40), complete: true, gates: { g: { passRate: 0.75 } } });
    expect(record.tests).toHaveLength(5);
    // Now: passed0 fails (new), failed0 passes (fixed), failed1 still fails, passed2 is gone, new1 is new and fails.
    const now = report({});
    const c = (name: string, outcome: Outcome): TestCase => ({
      suite: 's',
      classname: 'tests.api',
      name,
      outcome,
      flaky: false
    });
    now.cases = [
      c('passed0', 'failed'),
      c('passed1', 'passed'),
      c('failed0', 'passed'),
      c('failed1', 'failed'),
      c('new1', 'errored')
    ];
    const cmp = compareTests(outcomesById(now.cases), record);
    expect(cmp.newFailures.map((t) => t.name)).toEqual(['passed0', 'new1']);
    expect(cmp.fixed.map((t) => t.name)).toEqual(['failed0']);
    expect(cmp.stillFailing.map((t) => t.name)).toEqual(['failed1']);
    expect(cmp.vanished!.map((t) => t.name)).toEqual(['passed2']);
  });

  test('too big for the text: only failures are kept and the record says it is incomplete', () => {
    const big = report({ passed: 20_000, failed: 10 });
    const text = encodeRecord('b'.repeat(40), outcomes, [big], 20_000);
    expect(text.length).toBeLessThanOrEqual(20_000);
    const record = decodeRecord(text)!;
    expect(record.complete).toBe(false);
    expect(record.tests).toHaveLength(10);
    expect(compareTests(outcomesById(big.cases), record).vanished).toBeNull();
  });

  test('a damaged or absent digest reads as no record', () => {
    expect(decodeRecord('nothing here')).toBeUndefined();
    expect(decodeRecord('<!-- epic-steward:results:v1 AAAA -->')).toBeUndefined();
  });

  test('a rerun that passes counts as passed for the comparison', () => {
    const c = (outcome: Outcome): TestCase => ({ suite: 's', classname: 'c', name: 'n', outcome, flaky: false });
    expect(outcomesById([c('failed'), c('passed')]).get('s/c/n')!.outcome).toBe('passed');
  });
});

describe('rendering and escaping', () => {
  const hostile = report({ passed: 1 });
  hostile.cases.push({
    suite: 's',
    classname: '<img src=x onerror=alert(1)>',
    name: '@everyone [click](https://evil.example) | `x` #1',
    outcome: 'failed',
    flaky: false,
    message: '<script>alert(1)</script> @org/team'
  });

  test('test names and messages are inert: no HTML, no links, no pings, no table breaks', () => {
    const g = evaluateGate({
      gate: gate({ title: 'Backend | <b>security</b> @admins' }),
      reports: [hostile],
      flaky: 'pass'
    });
    const md = renderGates(
      { outcomes: [g], reports: [hostile], errors: [], warnings: [], baseline: { note: 'none' } },
      65_000
    );
    // Inside a code span HTML is shown as written, never rendered.
    expect(md).toContain('`<img src=x onerror=alert(1)>`');
    expect(md.replace(/`[^`\n]*`/g, '')).not.toMatch(/<img|<script|<b>|\]\(https?:/);
    expect(md).not.toMatch(/(^|[^\u200d])@(everyone|admins|org)/m);
    expect(mdCell('a | b')).toBe('a \\| b');
    expect(mdTest({ suite: '', classname: 'C', name: 'x' })).toBe('`C` › x');
  });

  test('trimmed to the limit, the verdicts survive and HTML stays balanced', () => {
    const many = report({ passed: 10, failed: 5000 });
    for (const c of many.cases) c.message = 'x'.repeat(300);
    const g = evaluateGate({
      gate: gate({ title: 'Overall', 'pass-rate': { baseline: 62, target: 90 } }),
      reports: [many],
      flaky: 'pass'
    });
    const cmp = {
      newFailures: outcomesById(many.cases.slice(10)).size ? [...outcomesById(many.cases.slice(10)).values()] : [],
      fixed: [],
      stillFailing: [],
      vanished: []
    };
    for (const limit of [65_535, 8_000, 1_500]) {
      const md = renderGates(
        {
          outcomes: [g],
          reports: [many],
          errors: ['x.xml: broken'],
          warnings: [],
          comparison: cmp,
          baseline: { note: 'Compared.' }
        },
        limit,
        { listMax: 10_000 }
      );
      expect(Buffer.byteLength(md)).toBeLessThanOrEqual(limit);
      expect(md).toContain('| Overall | ❌ fail | 62% → **0.1%** → 90%');
      expect((md.match(/<details/g) ?? []).length).toBe((md.match(/<\/details>/g) ?? []).length);
    }
  });

  test('annotations: new failures first, then errors, capped; paths relative to the workspace', () => {
    const r = report({});
    const c = (name: string, outcome: Outcome, file?: string, line?: number): TestCase => ({
      suite: 's',
      classname: 'c',
      name,
      outcome,
      flaky: false,
      ...(file ? { file } : {}),
      ...(line ? { line } : {})
    });
    r.cases = [c('old', 'failed', '/ws/tests/a.py', 3), c('err', 'errored'), c('fresh', 'failed')];
    const list = annotations([r], 2, '/ws', [{ suite: 's', classname: 'c', name: 'fresh', outcome: 'failed' }]);
    expect(list.map((a) => a.title)).toEqual(['c › fresh', 'c › err']);
    expect(annotations([r], 5, '/ws')[1]).toMatchObject({ path: 'tests/a.py', start_line: 3 });
  });
});

describe('artifact archives are hostile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'epic-steward-zip-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const limits = { maxZipBytes: 1 << 20, maxTotalBytes: 8 << 20, maxRatio: 100, maxEntries: 50 };

  test('a normal archive extracts', () => {
    const zip = zipSync({ 'reports/junit.xml': strToU8('<testsuite/>'), 'a.json': strToU8('{}') });
    expect(extractZip(zip, join(dir, 'ok'), limits).sort()).toEqual(['a.json', 'reports/junit.xml']);
  });

  test.each(['../evil.xml', '/etc/x.xml', 'a/../../x', 'C:/x.xml', 'a\\..\\x'])('%s is refused', (name) => {
    const zip = zipSync({ [name]: strToU8('x') });
    expect(() => extractZip(zip, join(dir, 'bad'), limits, 'artifact "r"')).toThrow(
      /artifact "r": refused: the entry .* has (a "\.\." segment|an absolute path|a backslash)/
    );
    expect(typeof safeEntryPath(name)).toBe('object');
  });

  test('a zip bomb stops at the caps, whatever sizes it declares', () => {
    const bomb = zipSync({ 'junit.xml': new Uint8Array(64 << 20) }, { level: 9 });
    expect(() => extractZip(bomb, join(dir, 'bomb'), limits)).toThrow(/zip bomb/);
    // Bounded work, whatever the machine's load: no more is inflated to disk than the ratio allows
    // (64 MiB declared; the time it takes belongs in the bench, not here).
    const written = existsSync(join(dir, 'bomb'))
      ? readdirSync(join(dir, 'bomb'), { recursive: true, withFileTypes: true })
          .filter((f) => f.isFile())
          .reduce((n, f) => n + statSync(join(f.parentPath, f.name)).size, 0)
      : 0;
    expect(written).toBeLessThanOrEqual(limits.maxRatio * bomb.length);
    expect(() => extractZip(new Uint8Array(2 << 20), join(dir, 'big'), limits)).toThrow(/over the 1048576-byte limit/);
    expect(readdirSync(dir)).not.toContain('evil.xml');
  });
});
