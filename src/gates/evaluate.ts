import { Minimatch } from 'minimatch';
import type { GateOutcome } from '../core/shared';
import type { GateConfig } from './config';
import { addCase, emptyTotals, type ParsedReport, type TestCase } from './model';

const pct = (r: number | null) => (r === null ? 'n/a' : `${(Math.floor(r * 1000) / 10).toString()}%`);

function selector(gate: GateConfig): (c: TestCase) => boolean {
  const compile = (globs: string[]) => globs.map((g) => new Minimatch(g, { dot: true, nocase: true }));
  const files = compile(gate.select.files);
  const classes = compile(gate.select.classes);
  const suites = compile(gate.select.suites);
  if (!files.length && !classes.length && !suites.length) return () => true;
  return (c) => files.some((m) => m.match(c.file ?? '')) || classes.some((m) => m.match(c.classname)) || suites.some((m) => m.match(c.suite));
}

/**
 * One gate's figures and verdict from the parsed reports (pure). Pass rate is passed/executed;
 * execution rate is executed/expected, where suites that failed to run count against it.
 */
export function evaluateGate(gate: GateConfig, reports: ParsedReport[]): GateOutcome {
  const select = selector(gate);
  const whole = !gate.select.files.length && !gate.select.classes.length && !gate.select.suites.length;
  const totals = emptyTotals();
  for (const report of reports) {
    for (const c of report.cases) if (select(c)) addCase(totals, c);
    if (whole) totals.suiteErrors += report.totals.suiteErrors;
  }
  const executed = totals.passed + totals.failed + totals.errored;
  const expected = gate['expected-tests'] ?? totals.tests + totals.suiteErrors;
  const passRate = executed ? totals.passed / executed : null;
  const executionRate = expected ? Math.min(1, executed / expected) : null;
  const pass = gate['pass-rate'];
  const exec = gate['execution-rate'];
  const reasons: string[] = [];
  let verdict: GateOutcome['verdict'] = 'pass';
  if (executed === 0 && totals.suiteErrors === 0) {
    verdict = 'no-data';
    reasons.push('no test of this gate was found in the reports');
  } else {
    if (pass?.target !== undefined && (passRate ?? 0) * 100 < pass.target) reasons.push(`pass rate ${pct(passRate)} < target ${pass.target}%`);
    if (exec?.target !== undefined && (executionRate ?? 0) * 100 < exec.target) reasons.push(`execution rate ${pct(executionRate)} < target ${exec.target}%`);
    if (executed < gate['min-tests']) reasons.push(`${executed} executed < minimum ${gate['min-tests']}`);
    if (gate['no-regression'] && pass?.baseline !== undefined && (passRate ?? 0) * 100 < pass.baseline) reasons.push(`pass rate ${pct(passRate)} fell below the baseline ${pass.baseline}%`);
    if (reasons.length) verdict = 'fail';
    else reasons.push(`pass rate ${pct(passRate)}, execution rate ${pct(executionRate)}: meets its targets`);
  }
  return {
    name: gate.name,
    title: gate.title ?? gate.name,
    verdict,
    passRate,
    executionRate,
    baselinePassRate: pass?.baseline !== undefined ? pass.baseline / 100 : null,
    targetPassRate: pass?.target !== undefined ? pass.target / 100 : null,
    baselineExecutionRate: exec?.baseline !== undefined ? exec.baseline / 100 : null,
    targetExecutionRate: exec?.target !== undefined ? exec.target / 100 : null,
    previousPassRate: null,
    totals,
    critical: gate.critical,
    ...(gate['epic-line'] ? { epicLine: gate['epic-line'] } : {}),
    ...(gate.epic ? { epic: gate.epic } : {}),
    reasons
  };
}

export { pct };
