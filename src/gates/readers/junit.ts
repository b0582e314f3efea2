import { MESSAGE_CAP } from '../model';
import { KeySet, type Attributes, type XmlScanner } from '../xml';
import { num, type Declared, type Dialect, type ReaderContext } from './dialect';

/**
 * JUnit XML in its dialects: pytest, jest-junit, Surefire/Failsafe reruns, Gradle,
 * go-junit-report, nextest, PHPUnit, Catch2, googletest, CTest, mocha. A case's outcome comes
 * from its children (`<error>` over `<failure>` over `<skipped>`), or a `status`/`result`
 * attribute that says it did not run.
 */
export function junitDialect(): Dialect {
  return {
    format: 'junit',
    elements: [
      'testsuites',
      'testsuite',
      'testcase',
      'failure',
      'error',
      'skipped',
      'warning',
      'system-out',
      'system-err',
      'properties',
      'property',
      'flakyFailure',
      'flakyError',
      'rerunFailure',
      'rerunError',
      'stackTrace'
    ],
    testCase: 'testcase',
    suites: ['testsuite'],
    collectors: ['failure', 'error'],
    open
  };
}

function open(r: ReaderContext, name: string, a: Attributes): void {
  if (name === 'testsuites') {
    if (r.suiteDepth === 0) r.rootSkipped = num(a('skipped'));
  } else if (name === 'testsuite') {
    openTestsuite(r, r.xml);
  } else if (name === 'testcase') {
    openTestcase(r, r.xml);
  } else if (r.current) {
    child(r, name, a);
  }
}

/** An element inside a case: what it says of the outcome, and whether its text is the message. */
function child(r: ReaderContext, name: string, a: Attributes): void {
  const c = r.current!;
  if (name === 'error' || name === 'failure') {
    // The outcome's own text: the first <error>, else the first <failure>.
    const owns = name === 'error' ? !c.error : !c.error && !c.failure;
    if (name === 'error') c.error = true;
    else c.failure = true;
    if (owns) {
      c.message = (a('message') ?? '').slice(0, MESSAGE_CAP);
      r.collect();
    }
  } else if (name === 'skipped') {
    c.skipped = true;
  } else if (name === 'flakyFailure' || name === 'flakyError') {
    c.flaky = true;
  } else if (name === 'warning') {
    c.warning = true;
  }
}

/**
 * A <testcase>, its attributes read in one pass (this runs for every case): classname (else
 * class), name, status (else result), file (else filepath), line (else lineno).
 */
function openTestcase(r: ReaderContext, x: XmlScanner): void {
  const at = TESTCASE_AT.fill(-1);
  for (let i = 0, n = x.attributeCount; i < n; i++) {
    const k = x.attributeKey(i, TESTCASE_KEYS);
    if (k !== -1) at[k] = i;
  }
  // Statuses repeat from case to case: see attributeValue.
  const statusAt = at[STATUS] !== -1 ? at[STATUS]! : at[RESULT]!;
  const said = statusAt === -1 ? '' : x.attributeValue(statusAt, true).toLowerCase();
  const lineAt = at[LINE] !== -1 ? at[LINE]! : at[LINENO]!;
  const line = lineAt === -1 ? undefined : (x.attributeInteger(lineAt) ?? num(x.attributeValue(lineAt)));
  const classAt = at[CLASSNAME] !== -1 ? at[CLASSNAME]! : at[CLASS]!;
  const fileAt = at[FILE] !== -1 ? at[FILE]! : at[FILEPATH]!;
  const skipped = said === 'disabled' || said === 'notrun' || said === 'skipped' || said === 'skip';
  // Name, class and file go to the case store as bytes (this runs for every case).
  r.openCaseAt(at[NAME]!, classAt, fileAt, line, skipped);
}

/** A <testsuite>: its name, file and declared counts, read in one pass (suites may nest deep). */
function openTestsuite(r: ReaderContext, x: XmlScanner): void {
  const at = SUITE_AT.fill(-1);
  for (let i = 0, n = x.attributeCount; i < n; i++) {
    const k = x.attributeKey(i, SUITE_KEYS);
    if (k !== -1) at[k] = i;
  }
  // One record, refilled: openSuite copies it.
  const declared = DECLARED;
  declared.tests = count(x, at[S_TESTS]!);
  declared.failures = count(x, at[S_FAILURES]!);
  declared.errors = count(x, at[S_ERRORS]!);
  declared.skipped = count(x, at[S_SKIPPED] !== -1 ? at[S_SKIPPED]! : at[S_SKIPS]!);
  declared.disabled = count(x, at[S_DISABLED]!);
  const fileAt = at[S_FILE] !== -1 ? at[S_FILE]! : at[S_FILEPATH]!;
  r.openSuite(
    at[S_NAME] === -1 ? '' : x.attributeValue(at[S_NAME]!, true),
    fileAt === -1 ? undefined : x.attributeValue(fileAt, true),
    declared
  );
}

/** A count attribute (at index i, -1: absent) as a number, when it is one. */
const count = (x: XmlScanner, i: number) =>
  i === -1 ? undefined : (x.attributeInteger(i) ?? num(x.attributeValue(i)));

const SUITE_KEYS = new KeySet([
  'name',
  'file',
  'filepath',
  'tests',
  'failures',
  'errors',
  'skipped',
  'skips',
  'disabled'
]);
const [S_NAME, S_FILE, S_FILEPATH, S_TESTS, S_FAILURES, S_ERRORS, S_SKIPPED, S_SKIPS, S_DISABLED] = [
  0, 1, 2, 3, 4, 5, 6, 7, 8
] as const;
const SUITE_AT = new Int32Array(SUITE_KEYS.keys.length);
const DECLARED: Declared = {};

// A <testcase>'s attributes: each preferred name, then the one it falls back to.
const TESTCASE_KEYS = new KeySet([
  'name',
  'classname',
  'class',
  'status',
  'result',
  'file',
  'filepath',
  'line',
  'lineno'
]);
const [NAME, CLASSNAME, CLASS, STATUS, RESULT, FILE, FILEPATH, LINE, LINENO] = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;
const TESTCASE_AT = new Int32Array(TESTCASE_KEYS.keys.length);
