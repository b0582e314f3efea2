import { Minimatch } from 'minimatch';
import type { GateOutcome } from '../core/shared';
import { parsePercent, type GateConfig, type GatesConfig, type IfNoReports, type Threshold } from './config';
import { emptyTotals, type ParsedReport, type SuiteError, type TestCase, type Totals } from './model';

/** A rate as people read it: `62.9%`, rounded down so 89.99% never shows as 90%. */
export const pct = (r: number | null | undefined) =>
  r === null || r === undefined ? 'n/a' : `${(Math.floor(r * 1000 + 1e-6) / 10).toString()}%`;

/** A threshold as written: `>90%` when strict, `90%` otherwise. */
export const thresholdText = (t: Threshold) => `${t.strict ? '>' : ''}${+(t.value * 100).toFixed(2)}%`;

/** What a recorded baseline says about one gate (see baseline.ts). */
export interface RecordedGate {
  passRate: number | null;
  executionRate: number | null;
  /** Test cases plus suites that failed to run: the inventory the execution rate expects. */
  inventory: number;
}

export interface GateInput {
  gate: GateConfig;
  /** The reports this gate reads (its own globs, else the section's). */
  reports: ParsedReport[];
  flaky: GatesConfig['flaky'];
  /** The base commit's record of this gate, when one was found. */
  recorded?: RecordedGate;
  /** New failures against the base commit, for `no-regression` (undefined: no comparison). */
  newFailures?: number;
  /** What a gate without any report is: `fail` (the default: a crashed test job is not green), `warn` or `ignore` (no data). */
  ifNoReports?: IfNoReports;
  /** Why no report was read, in words (`no file matched \`**\/junit*.xml\``). */
  noReportWhy?: string;
}

export { IF_NO_REPORTS, type IfNoReports } from './config';

/** The gate's selection as a predicate over cases (and suite errors, by file). */
export function selector(gate: GateConfig): {
  cases: (c: TestCase) => boolean;
  suiteErrors: (s: SuiteError) => boolean;
  all: boolean;
} {
  const compile = (globs: string[]) =>
    globs.map((g) => new Minimatch(g, { dot: true, nocase: true, matchBase: !g.includes('/') }));
  const files = compile(gate.select.files);
  const classes = compile(gate.select.classes);
  const suites = compile(gate.select.suites);
  const all = !files.length && !classes.length && !suites.length;
  if (all) return { cases: () => true, suiteErrors: () => true, all };
  return {
    cases: (c) =>
      (c.file !== undefined && files.some((m) => m.match(c.file!))) ||
      classes.some((m) => m.match(c.classname)) ||
      suites.some((m) => m.match(c.suite)),
    suiteErrors: (s) => files.some((m) => m.match(s.file)) || classes.some((m) => m.match(s.file)),
    all
  };
}

const meets = (rate: number | null, t: Threshold) =>
  rate !== null && (t.strict ? rate > t.value + 1e-12 : rate >= t.value - 1e-12);

/** The selected cases' totals, with flaky tests counted by the configured policy, and the cases. */
export function gateTotals(
  gate: GateConfig,
  reports: ParsedReport[],
  flaky: GatesConfig['flaky']
): { totals: Totals; cases: TestCase[] } {
  const cases: TestCase[] = [];
  const totals = countSelected(gate, reports, flaky, (c) => cases.push(c));
  return { totals, cases };
}

/**
 * The selected cases' totals; `each` sees each selected case. Keeps no case itself: a report's
 * cases are built one at a time from its compact store (cases.ts), and a gate's verdict needs
 * only the counts, not an object per case of a report of 800,000.
 */
function countSelected(
  gate: GateConfig,
  reports: ParsedReport[],
  flaky: GatesConfig['flaky'],
  each?: (c: TestCase) => void
): Totals {
  const select = selector(gate);
  const totals = emptyTotals();
  for (const report of reports) {
    for (const c of report.cases) {
      if (!select.cases(c)) continue;
      each?.(c);
      totals.tests += 1;
      if (c.flaky) {
        totals.flaky += 1;
        if (flaky === 'fail') totals.failed += 1;
        else if (flaky === 'pass') totals.passed += 1;
        continue;
      }
      totals[c.outcome] += 1;
    }
    for (const s of report.suiteErrors) if (select.suiteErrors(s)) totals.suiteErrors += 1;
  }
  return totals;
}

/** A gate's measured figures, as evaluateGate computes them. */
interface Figures {
  totals: Totals;
  executed: number;
  expected: number;
  passRate: number | null;
  executionRate: number | null;
}

/** A rate's configured floor (`baseline`) and goal (`target`). */
interface Bounds {
  baseline: Threshold | undefined;
  target: Threshold | undefined;
}

/** The targets the figures miss, in words: pass rate, execution rate, then the minimum of tests. */
function missedTargets(gate: GateConfig, f: Figures, pass: Bounds, exec: Bounds): string[] {
  const reasons: string[] = [];
  if (pass.target && !meets(f.passRate, pass.target))
    reasons.push(`pass rate ${pct(f.passRate)} is below the target ${thresholdText(pass.target)}`);
  if (exec.target && !meets(f.executionRate, exec.target))
    reasons.push(
      `execution rate ${pct(f.executionRate)} is below the target ${thresholdText(exec.target)} (${f.executed} of ${f.expected} expected test(s) ran)`
    );
  if (f.executed < gate['min-tests'])
    reasons.push(`${f.executed} test(s) executed, fewer than the minimum ${gate['min-tests']}`);
  return reasons;
}

/**
 * Whether the gate went backwards (below its baseline, below the base commit, or new failures).
 * A regression is always flagged; it is a reason to fail only with `no-regression`.
 */
function regressions(
  input: GateInput,
  passRate: number | null,
  baseline: Threshold | undefined
): { regression: boolean; reasons: string[] } {
  const { gate, recorded } = input;
  const reasons: string[] = [];
  let regression = false;
  if (baseline && passRate !== null && passRate < baseline.value - 1e-12) {
    regression = true;
    if (gate['no-regression'])
      reasons.push(`pass rate ${pct(passRate)} fell below the baseline ${thresholdText(baseline)}`);
  }
  if (recorded?.passRate != null && passRate !== null && passRate < recorded.passRate - 1e-12) {
    regression = true;
    if (gate['no-regression'])
      reasons.push(`pass rate ${pct(passRate)} fell below ${pct(recorded.passRate)} on the base commit`);
  }
  if (input.newFailures) {
    regression = true;
    if (gate['no-regression']) reasons.push(`${input.newFailures} test(s) that passed on the base commit now fail`);
  }
  return { regression, reasons };
}

/** The verdict and its reasons: no report, nothing executed, else targets and regressions. */
function judge(
  input: GateInput,
  f: Figures,
  pass: Bounds,
  exec: Bounds
): Pick<GateOutcome, 'verdict' | 'regression' | 'reasons'> {
  if (input.reports.length === 0) {
    // A test job that crashed before writing its report must not turn the gate green or grey.
    const verdict = (input.ifNoReports ?? 'fail') === 'fail' ? 'fail' : 'no-data';
    const why = input.noReportWhy ? ` (${input.noReportWhy})` : '';
    return {
      verdict,
      regression: false,
      reasons: [`no report file was read for this gate${why}${verdict === 'fail' ? ' (if-no-reports: fail)' : ''}`]
    };
  }
  const { totals } = f;
  if (f.executed === 0 && totals.suiteErrors === 0 && input.gate['expected-tests'] === undefined) {
    const why = totals.tests
      ? `all ${totals.tests} test(s) of this gate were skipped`
      : 'no test of this gate was found in the reports';
    return { verdict: 'no-data', regression: false, reasons: [why] };
  }
  const { regression, reasons: fell } = regressions(input, f.passRate, pass.baseline);
  const reasons = [...missedTargets(input.gate, f, pass, exec), ...fell];
  if (reasons.length) return { verdict: 'fail', regression, reasons };
  const met = `pass rate ${pct(f.passRate)}, execution rate ${pct(f.executionRate)}: meets its targets`;
  return { verdict: 'pass', regression, reasons: [met] };
}

/**
 * One gate's figures and verdict (pure). Pass rate = passed / executed, executed = passed +
 * failed + errored; execution rate = executed / expected, expected from `expected-tests`, else
 * the base commit's inventory, else the cases found plus suites that failed to run (so those
 * count against it). The reasons say in words why the verdict is what it is.
 */
export function evaluateGate(input: GateInput): GateOutcome {
  const { gate, recorded } = input;
  const totals = countSelected(gate, input.reports, input.flaky);
  const executed = totals.passed + totals.failed + totals.errored;
  const expected =
    gate['expected-tests'] ??
    (recorded && recorded.inventory > 0
      ? Math.max(recorded.inventory, totals.tests + totals.suiteErrors)
      : totals.tests + totals.suiteErrors);
  const passRate = executed ? totals.passed / executed : null;
  const executionRate = expected ? Math.min(1, executed / expected) : null;
  const pass = { baseline: parsePercent(gate['pass-rate']?.baseline), target: parsePercent(gate['pass-rate']?.target) };
  const exec = {
    baseline: parsePercent(gate['execution-rate']?.baseline),
    target: parsePercent(gate['execution-rate']?.target)
  };
  const { verdict, regression, reasons } = judge(
    input,
    { totals, executed, expected, passRate, executionRate },
    pass,
    exec
  );
  return {
    name: gate.name,
    title: gate.title ?? gate.name,
    verdict,
    passRate,
    executionRate,
    baselinePassRate: pass.baseline?.value ?? null,
    targetPassRate: pass.target?.value ?? null,
    baselineExecutionRate: exec.baseline?.value ?? null,
    targetExecutionRate: exec.target?.value ?? null,
    previousPassRate: recorded?.passRate ?? null,
    previousExecutionRate: recorded?.executionRate ?? null,
    targetPassRateStrict: pass.target?.strict ?? false,
    expected,
    regression,
    totals,
    critical: gate.critical,
    ...(gate['epic-line'] ? { epicLine: gate['epic-line'] } : {}),
    ...(gate.epic ? { epic: gate.epic } : {}),
    ...(input.reports.length === 0 ? { noReport: true } : {}),
    reasons
  };
}

/** The run's verdict: `fail` when any gate fails, `no-data` when none measured anything. */
export function overallVerdict(outcomes: GateOutcome[]): GateOutcome['verdict'] {
  if (outcomes.some((g) => g.verdict === 'fail')) return 'fail';
  if (outcomes.length === 0 || outcomes.every((g) => g.verdict === 'no-data')) return 'no-data';
  return 'pass';
}

/**
 * Whether the step fails, by the `fail-on` policy, and the reason in one line.
 * `regression`: a gate below its baseline or its base commit's figure, or new failures.
 */
export function stepFailure(
  outcomes: GateOutcome[],
  policy: GatesConfig['fail-on'],
  newFailures: number
): string | undefined {
  if (policy === 'never') return undefined;
  if (policy === 'gate-failure') {
    const failing = outcomes.filter((g) => g.verdict === 'fail');
    return failing.length
      ? `quality gate(s) failed: ${failing.map((g) => `${g.title}: ${g.reasons.join('; ')}`).join(' · ')}`
      : undefined;
  }
  const regressed = outcomes.filter((g) => g.regression);
  // Without a report nothing says there was no regression: the gate's own failure stands.
  const missing = outcomes.filter((g) => g.verdict === 'fail' && g.noReport);
  const parts = missing.map((g) => `${g.title}: ${g.reasons.join('; ')}`);
  parts.push(
    ...regressed.map(
      (g) =>
        `${g.title}: pass rate ${pct(g.passRate)} (baseline ${g.baselinePassRate === null ? 'n/a' : pct(g.baselinePassRate)}, base commit ${pct(g.previousPassRate)})`
    )
  );
  if (newFailures) parts.push(`${newFailures} test(s) that passed on the base commit now fail`);
  return parts.length ? `regression (fail-on: regression): ${parts.join(' · ')}` : undefined;
}
