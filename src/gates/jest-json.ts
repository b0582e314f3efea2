import { CaseList } from './cases';
import {
  addCase,
  emptyTotals,
  MESSAGE_CAP,
  ReportError,
  type Outcome,
  type ParsedReport,
  type TestCase
} from './model';

const OUTCOMES: Record<string, Outcome> = {
  passed: 'passed',
  failed: 'failed',
  pending: 'skipped',
  skipped: 'skipped',
  todo: 'skipped',
  disabled: 'skipped',
  focused: 'passed'
};

// Jest messages carry terminal colours; they mean nothing in a comment or an annotation.
// eslint-disable-next-line no-control-regex -- the escape character (ESC) is what this matches
const ANSI = /\u001b\[[0-9;]*m/g;

/** A JSON value as it may be: the report comes from outside, so every field is checked before use. */
type Json = Record<string, unknown>;
const isJson = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const field = (value: unknown, key: string): unknown => (isJson(value) ? value[key] : undefined);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
/** A scalar as text (`String` of a number or boolean); an object or list is no text. */
const text = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : undefined;
const clean = (value: unknown) => (text(value) ?? '').replace(ANSI, '').trim().slice(0, MESSAGE_CAP);

/** Where in the JSON text a syntax error happened, as line:column, from V8's "position N". */
function position(source: string, message: string): string {
  const at = /position (\d+)/.exec(message);
  if (!at) return '';
  const offset = Number(at[1]);
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return `:${line}:${offset - before.lastIndexOf('\n')}`;
}

/**
 * `jest --json` output (also the aggregated results Jest hands a results processor):
 * `testResults[]` per file with `assertionResults[]` (or `testResults[]`). A file that failed to
 * run (`testExecError`, or `status: "failed"` with a message and no assertions) is a suite
 * error: counted apart, and against the execution rate.
 */
export function parseJestJson(source: string, path: string): ParsedReport {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new ReportError(
      `${path}${position(source, (error as Error).message)}: not valid JSON: ${(error as Error).message}`
    );
  }
  const files = field(data, 'testResults');
  if (!Array.isArray(files)) throw new ReportError(`${path}: not a Jest --json report (no "testResults" list)`);
  const cases = new CaseList();
  const report: ParsedReport = {
    path,
    format: 'jest-json',
    totals: emptyTotals(),
    cases,
    suiteErrors: [],
    warnings: []
  };
  for (const file of files) readFile(report, cases, file);
  const declared = field(data, 'numTotalTests');
  if (typeof declared === 'number' && declared !== report.totals.tests) {
    report.warnings.push(
      `${path}: the header says ${declared} tests but the files list ${report.totals.tests}; the listed tests are counted`
    );
  }
  return report;
}

/** One test file's entry: its assertions, or the suite error of a file that failed to run. */
function readFile(report: ParsedReport, cases: CaseList, file: unknown): void {
  const fileName = text(field(file, 'name') ?? field(file, 'testFilePath')) ?? '';
  const own = field(file, 'assertionResults');
  const assertions = Array.isArray(own) ? own : list(field(file, 'testResults'));
  const execError = field(file, 'testExecError');
  const status = field(file, 'status');
  const failureMessage = field(file, 'failureMessage');
  const suiteError = (message: unknown) => {
    report.totals.suiteErrors += 1;
    report.suiteErrors.push({ file: fileName, message: clean(message ?? 'the test file failed to run') });
  };
  if (assertions.length === 0 && (execError || status === 'failed' || failureMessage)) {
    suiteError(field(execError, 'message') ?? failureMessage ?? field(file, 'message'));
    return;
  }
  // A hook that threw after its tests ran (a failing afterAll) leaves the tests as they were and
  // fails the file: Jest then sets `testExecError` (a results processor sees it) or, in --json,
  // `status: "failed"` though no test failed. Jest counts the file as failed and the run
  // unsuccessful, so it is a suite error besides its tests.
  if (execError || (status === 'failed' && !assertions.some((a) => field(a, 'status') === 'failed'))) {
    suiteError(
      (typeof execError === 'string' ? execError : field(execError, 'message')) ??
        field(file, 'message') ??
        failureMessage
    );
  }
  for (const a of assertions) {
    const test = readAssertion(report, a, fileName);
    cases.push(test);
    addCase(report.totals, test);
  }
}

/** One assertion as a test case; an unknown status is a skip, with a warning. */
function readAssertion(report: ParsedReport, a: unknown, fileName: string): TestCase {
  const status = field(a, 'status');
  const said = text(status) ?? '';
  // Own keys only: a status of "constructor" is no outcome.
  const outcome = Object.hasOwn(OUTCOMES, said) ? OUTCOMES[said] : undefined;
  const title = field(a, 'title');
  const fullName = field(a, 'fullName');
  if (!outcome)
    report.warnings.push(
      `${report.path}: unknown status "${text(status)}" for "${text(fullName ?? title)}", counted as skipped`
    );
  const ancestors = field(a, 'ancestorTitles');
  const invocations = field(a, 'invocations');
  const test: TestCase = {
    suite: Array.isArray(ancestors) ? ancestors.map((t) => text(t) ?? '').join(' › ') : '',
    classname: fileName,
    name: text(title ?? fullName) ?? '',
    outcome: outcome ?? 'skipped',
    flaky: outcome === 'passed' && typeof invocations === 'number' && invocations > 1
  };
  if (fileName) test.file = fileName;
  const line = field(field(a, 'location'), 'line');
  if (typeof line === 'number') test.line = line;
  const messages = list(field(a, 'failureMessages'));
  if (outcome === 'failed' && messages.length) test.message = clean(messages[0]);
  return test;
}
