/** What a report says, per test case and in total: the input to every gate. */
export type Outcome = 'passed' | 'failed' | 'errored' | 'skipped';

export interface TestCase {
  suite: string;
  classname: string;
  name: string;
  file?: string;
  line?: number;
  outcome: Outcome;
  /** Passed only on a rerun (Surefire `flakyFailure`/`flakyError`). */
  flaky: boolean;
  /** Failure or error message, capped. */
  message?: string;
}

export interface Totals {
  tests: number;
  passed: number;
  failed: number;
  errored: number;
  skipped: number;
  flaky: number;
  /** Suites that failed to run at all (Jest), counted apart from test cases. */
  suiteErrors: number;
}

export interface ParsedReport {
  path: string;
  format: 'junit' | 'jest-json';
  totals: Totals;
  cases: TestCase[];
  warnings: string[];
}

export const emptyTotals = (): Totals => ({ tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, suiteErrors: 0 });

export function addCase(totals: Totals, c: TestCase): void {
  totals.tests += 1;
  totals[c.outcome] += 1;
  if (c.flaky) totals.flaky += 1;
}

export function sumTotals(list: Totals[]): Totals {
  const sum = emptyTotals();
  for (const t of list) for (const key of Object.keys(sum) as (keyof Totals)[]) sum[key] += t[key];
  return sum;
}

/** A report that cannot be read: the message names the file (and line and column when known). */
export class ReportError extends Error {
  override name = 'ReportError';
}
