/** What a report says, per test case and in total: the input to every gate. */
export type Outcome = 'passed' | 'failed' | 'errored' | 'skipped';

/** The formats the parsers recognise, from the content (never the file name). */
export type ReportFormat = 'junit' | 'nunit' | 'xunit' | 'trx' | 'jest-json';

export interface TestCase {
  suite: string;
  classname: string;
  name: string;
  file?: string;
  line?: number;
  outcome: Outcome;
  /** Passed only on a rerun (Surefire `flakyFailure`/`flakyError`, Jest `invocations` > 1). */
  flaky: boolean;
  /** Failure or error message and stack, capped (MESSAGE_CAP). */
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

/**
 * Bytes another part holds, read where they are: [start, end) of `bytes`, UTF-8. Valid only until
 * its maker moves on (the scanner's next value or chunk), so a reader copies what it keeps.
 */
export interface ByteSpan {
  bytes: Uint8Array;
  start: number;
  end: number;
}

/** A suite that failed to run (Jest `testExecError`): no cases, but it counts against execution. */
export interface SuiteError {
  file: string;
  message: string;
}

/**
 * A report's test cases, read in order: the parsers keep them compactly (cases.ts, CaseList) and
 * build each TestCase when it is read; an array of TestCase objects is one too.
 */
export interface Cases extends Iterable<TestCase> {
  readonly length: number;
  at(index: number): TestCase | undefined;
  filter(predicate: (c: TestCase) => boolean): TestCase[];
  map<T>(f: (c: TestCase) => T): T[];
}

/** Every case of every report, in order. */
export function* allCases(reports: readonly ParsedReport[]): Generator<TestCase> {
  for (const report of reports) yield* report.cases;
}

export interface ParsedReport {
  path: string;
  format: ReportFormat;
  totals: Totals;
  cases: Cases;
  suiteErrors: SuiteError[];
  warnings: string[];
}

/** Text kept per failure: enough for an annotation, bounded whatever the report holds. */
export const MESSAGE_CAP = 4096;
/**
 * Failure text kept per report in all: past it, messages keep only their first 256 characters,
 * so a report with 100,000 failing tests and long stacks still fits in bounded memory. 4 MiB
 * holds the most annotations a run posts (1,000) at full length.
 */
export const REPORT_TEXT_BUDGET = 4 * 1024 * 1024;

export const emptyTotals = (): Totals => ({
  tests: 0,
  passed: 0,
  failed: 0,
  errored: 0,
  skipped: 0,
  flaky: 0,
  suiteErrors: 0
});

export function addCase(totals: Totals, c: Pick<TestCase, 'outcome' | 'flaky'>): void {
  totals.tests += 1;
  totals[c.outcome] += 1;
  if (c.flaky) totals.flaky += 1;
}

export function sumTotals(list: Totals[]): Totals {
  const sum = emptyTotals();
  for (const t of list) for (const key of Object.keys(sum) as (keyof Totals)[]) sum[key] += t[key];
  return sum;
}

/** The identity used to compare a test across runs: suite, class and name. */
export function caseId(c: Pick<TestCase, 'suite' | 'classname' | 'name'>): string {
  return `${c.suite}/${c.classname}/${c.name}`;
}

/**
 * A copy of `text` that holds no reference to the chunk it was cut from: V8 keeps the whole
 * parent string of a slice alive, which would keep every 64 KiB chunk of a report in memory.
 * (V8 slices strings of 13 characters or more.) `join` writes one flat string, where
 * `(' ' + text).slice(1)` would keep a slice and its parent: 40 rather than 72 bytes for a
 * typical test name, which counts at hundreds of thousands of tests.
 */
export function detach(text: string): string {
  if (text.length <= 12) return text;
  // One array for every call, emptied after so it keeps no chunk alive.
  PAIR[0] = text.slice(0, 1);
  PAIR[1] = text.slice(1);
  const flat = PAIR.join('');
  PAIR[1] = '';
  return flat;
}
const PAIR = ['', ''];

/** A report that cannot be read: the message names the file (and line and column when known). */
export class ReportError extends Error {
  override name = 'ReportError';
}
