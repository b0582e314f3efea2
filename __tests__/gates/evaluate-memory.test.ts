import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { GateConfig } from '../../src/gates/config';
import { evaluateGate } from '../../src/gates/evaluate';
import { emptyTotals, type Cases, type ParsedReport, type TestCase } from '../../src/gates/model';

// The collector on demand, for this test only (Jest does not start Node with --expose-gc).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * A report's cases are built one at a time from the compact store (cases.ts): a gate's verdict
 * needs only counts, so evaluating it keeps none of them (it kept one object per case).
 */
test('a gate is evaluated without keeping the cases it counts', () => {
  const n = 40_000;
  let before = 0;
  let grown = 0;
  function* build(): Generator<TestCase> {
    gc();
    before = process.memoryUsage().heapUsed;
    for (let i = 0; i < n; i++) {
      // Half a KiB a case, made afresh: 20 MB if each were kept.
      yield { suite: 's', classname: 'c', name: `${i}`.padEnd(512, '-'), outcome: 'passed', flaky: false };
    }
    gc();
    grown = process.memoryUsage().heapUsed - before;
  }
  const cases: Cases = {
    length: n,
    [Symbol.iterator]: build,
    at: () => undefined,
    filter: () => [],
    map: () => []
  };
  const report: ParsedReport = {
    path: 'r.xml',
    format: 'junit',
    totals: emptyTotals(),
    cases,
    suiteErrors: [],
    warnings: []
  };
  const gate: GateConfig = {
    name: 'g',
    select: { files: [], classes: [], suites: [] },
    'min-tests': 0,
    'no-regression': false,
    critical: false
  };
  const outcome = evaluateGate({ gate, reports: [report], flaky: 'pass' });
  expect(outcome.totals.tests).toBe(n);
  expect(grown).toBeLessThan(8 * 1024 * 1024);
});
