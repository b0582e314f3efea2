import { MESSAGE_CAP } from '../model';
import type { Attributes, XmlScanner } from '../xml';
import { num, type Dialect, type ReaderContext } from './dialect';

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
    const declared = {
      tests: num(a('tests')),
      failures: num(a('failures')),
      errors: num(a('errors')),
      skipped: num(a('skipped') ?? a('skips')),
      disabled: num(a('disabled'))
    };
    r.openSuite(a('name') ?? '', a('file') ?? a('filepath'), declared);
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
  const at = {
    classname: -1,
    class: -1,
    name: -1,
    status: -1,
    result: -1,
    file: -1,
    filepath: -1,
    line: -1,
    lineno: -1
  };
  for (let i = 0, n = x.attributeCount; i < n; i++) {
    if (x.attributeIs(i, 'name')) at.name = i;
    else if (x.attributeIs(i, 'classname')) at.classname = i;
    else if (x.attributeIs(i, 'time')) continue;
    else if (x.attributeIs(i, 'class')) at.class = i;
    else if (x.attributeIs(i, 'status')) at.status = i;
    else if (x.attributeIs(i, 'result')) at.result = i;
    else if (x.attributeIs(i, 'file')) at.file = i;
    else if (x.attributeIs(i, 'filepath')) at.filepath = i;
    else if (x.attributeIs(i, 'line')) at.line = i;
    else if (x.attributeIs(i, 'lineno')) at.lineno = i;
  }
  const value = (i: number) => (i === -1 ? undefined : x.attributeValue(i));
  const said = (value(at.status !== -1 ? at.status : at.result) ?? '').toLowerCase();
  const f = value(at.file !== -1 ? at.file : at.filepath);
  const l = value(at.line !== -1 ? at.line : at.lineno);
  r.openCase(
    value(at.classname !== -1 ? at.classname : at.class) ?? '',
    value(at.name) ?? '',
    undefined,
    f ?? r.suiteFile(),
    l !== undefined ? num(l) : undefined,
    said === 'disabled' || said === 'notrun' || said === 'skipped' || said === 'skip'
  );
}
