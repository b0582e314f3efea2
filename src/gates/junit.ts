import { addCase, detach, emptyTotals, MESSAGE_CAP, REPORT_TEXT_BUDGET, ReportError, type Outcome, type ParsedReport, type ReportFormat, type TestCase, type Totals } from './model';
import { XmlError, XmlScanner, type Attributes } from './xml';

export { MESSAGE_CAP } from './model';

interface SuiteFrame {
  name: string;
  /**
   * Names of the enclosing suites and this one, joined with ` › `: built when the first case
   * asks for it, so suites nested deep without cases of their own cost no string (and a
   * suite's path is built once, not once per level beneath it).
   */
  path?: string;
  outer?: SuiteFrame;
  file?: string;
  declared?: { tests?: number; failures?: number; errors?: number; skipped?: number; disabled?: number };
  /** The report's totals when the suite opened: its own counts are the difference at its end. */
  before: Totals;
  /** The same for the cases carrying each element (see Marks) and for the tests declared but not listed. */
  marksBefore: Marks;
  unlistedBefore: number;
}

/**
 * Cases that carry each element, whatever their outcome: some tools count a suite's attributes
 * per element rather than per case (pytest counts a skipped case that also errored in teardown
 * in both `skipped` and `errors`; PHPUnit 8 and 9 count `<warning>` cases in `failures`).
 */
interface Marks {
  error: number;
  failure: number;
  skipped: number;
  warning: number;
}

interface CaseFrame {
  suite: string;
  classname: string;
  name: string;
  file: string | undefined;
  line: number | undefined;
  outcome: Outcome | undefined;
  error: boolean;
  failure: boolean;
  skipped: boolean;
  flaky: boolean;
  /** PHPUnit 8/9 `<warning>`: the case still passed (the outcome rules know no warning). */
  warning: boolean;
  message: string;
}

const num = (v: string | undefined) => (v !== undefined && v !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined);

const ROOTS: Record<string, ReportFormat> = {
  testsuites: 'junit',
  testsuite: 'junit',
  'test-results': 'nunit',
  'test-run': 'nunit',
  'test-suite': 'nunit',
  assemblies: 'xunit',
  assembly: 'xunit',
  TestRun: 'trx'
};

const NUNIT: Record<string, Outcome> = {
  success: 'passed',
  passed: 'passed',
  warning: 'passed',
  failure: 'failed',
  failed: 'failed',
  error: 'errored',
  cancelled: 'skipped',
  notrunnable: 'skipped',
  ignored: 'skipped',
  inconclusive: 'skipped',
  skipped: 'skipped',
  explicit: 'skipped'
};
/** Per format, the element of a test case and those of the suites that hold them. */
const TAGS: Record<ReportFormat, { testCase: string; suites: string[] }> = {
  junit: { testCase: 'testcase', suites: ['testsuite'] },
  nunit: { testCase: 'test-case', suites: ['test-suite'] },
  xunit: { testCase: 'test', suites: ['assembly', 'collection', 'class'] },
  trx: { testCase: 'UnitTestResult', suites: [] },
  'jest-json': { testCase: '', suites: [] }
};
const XUNIT: Record<string, Outcome> = { pass: 'passed', fail: 'failed', skip: 'skipped', notrun: 'skipped' };
const TRX: Record<string, Outcome> = {
  passed: 'passed',
  passedbutrunaborted: 'passed',
  warning: 'passed',
  failed: 'failed',
  error: 'errored',
  timeout: 'errored',
  aborted: 'errored'
};

/**
 * A streaming parser for XML test reports (on xml.ts): JUnit in its dialects (pytest, jest-junit,
 * Surefire/Failsafe reruns, Gradle, go-junit-report, nextest, PHPUnit, Catch2), NUnit 2/3,
 * xUnit.net and TRX, told apart by the root element. No tree of the file is built: text is only
 * gathered inside failures and capped, the scanner holds at most a chunk and a capped remainder,
 * and a DOCTYPE is refused as soon as it starts, so entity expansion and external entities never
 * happen and memory stays bounded whatever the file holds. Push chunks with `write`; `end`
 * returns the report or throws a ReportError naming file, line and column.
 */
export class JunitParser {
  private readonly xml = new XmlScanner({
    open: (name, attributes) => this.open(name, attributes),
    close: (name) => this.close(name),
    text: (text) => this.text(text)
  });
  private readonly report: ParsedReport;
  private readonly suites: SuiteFrame[] = [];
  private readonly strings = new Map<string, string>();
  private readonly trxClasses = new Map<string, string>();
  private current?: CaseFrame;
  private readonly frame: CaseFrame = { suite: '', classname: '', name: '', file: undefined, line: undefined, outcome: undefined, error: false, failure: false, skipped: false, flaky: false, warning: false, message: '' };
  private readonly marks: Marks = { error: 0, failure: 0, skipped: 0, warning: 0 };
  /** Tests a suite declares beyond the cases it lists (mocha-junit-reporter leaves pending tests out). */
  private unlisted = 0;
  private unlistedSaid?: string;
  /** `skipped` on the root <testsuites>, where mocha-junit-reporter counts the pending tests it left out. */
  private rootSkipped?: number;
  private collecting = 0;
  private textBudget = REPORT_TEXT_BUDGET;
  private format?: ReportFormat;
  private failure?: Error;
  /** The first suite whose attributes disagree with its cases, said once per file. */
  private disagreement?: string;

  constructor(readonly path: string) {
    this.report = { path, format: 'junit', totals: emptyTotals(), cases: [], suiteErrors: [], warnings: [] };
  }

  private fail(message: string, at: { line: number; column: number } = this.xml.position()): never {
    this.failure ??= new ReportError(`${this.path}:${at.line}:${at.column}: ${message}`);
    throw this.failure;
  }

  /** Runs the scanner, turning its errors into a ReportError naming the file. */
  private scan(step: () => void): void {
    if (this.failure) throw this.failure;
    try {
      step();
    } catch (error) {
      if (error instanceof XmlError) this.fail(error.message, error);
      throw error;
    }
  }

  /** `plain`: the chunk's bytes were all printable ASCII, tab, LF or CR (see XmlScanner.write). */
  write(chunk: string, plain = false): void {
    this.scan(() => this.xml.write(chunk, plain));
  }

  /** The text not read yet, if at most `max` characters, taken out (see XmlScanner.takeRest). */
  takeRest(max: number): string {
    return this.failure ? '' : this.xml.takeRest(max);
  }

  end(): ParsedReport {
    this.scan(() => this.xml.end());
    if (!this.format) throw new ReportError(`${this.path}: no XML element found (an empty or truncated file)`);
    for (const [test, id] of this.trxPending) test.classname = this.trxClasses.get(id) ?? '';
    // mocha-junit-reporter (without includePending) counts pending tests in each suite's `tests`
    // but lists none of them; its root <testsuites skipped> says how many there were.
    if (this.unlisted && this.rootSkipped !== this.report.totals.skipped + this.unlisted) this.disagreement ??= this.unlistedSaid;
    if (this.disagreement) this.report.warnings.push(`${this.path}: suite attributes disagree with the test cases (${this.disagreement}); the test cases are counted`);
    return this.report;
  }

  private intern(text: string): string {
    // Reports list a class's cases together: most lookups are the class just seen.
    if (text === this.lastInterned) return this.lastInterned;
    let kept = this.strings.get(text);
    if (kept === undefined) {
      kept = detach(text);
      if (this.strings.size < 100_000) this.strings.set(kept, kept);
    }
    this.lastInterned = kept;
    return kept;
  }
  private lastInterned = '';

  private open(name: string, a: Attributes): void {
    if (!this.format) {
      this.format = ROOTS[name];
      if (!this.format) this.fail(`not a test report: the root element is <${name}>, expected <testsuites> or <testsuite> (JUnit), <test-run>/<test-results> (NUnit), <assemblies> (xUnit.net) or <TestRun> (TRX)`);
      this.report.format = this.format;
    }
    switch (this.format) {
      case 'junit':
        return this.openJunit(name, a);
      case 'nunit':
        return this.openNunit(name, a);
      case 'xunit':
        return this.openXunit(name, a);
      default:
        return this.openTrx(name, a);
    }
  }

  // One frame, refilled for each test case: this runs hundreds of thousands of times.
  private newCase(classname: string, name: string, outcome?: Outcome, file?: string, line?: number, skipped = false): void {
    const c = this.frame;
    const top = this.suites[this.suites.length - 1];
    c.suite = top ? this.pathOf(top) : '';
    c.classname = this.intern(classname);
    c.name = detach(name);
    c.file = file ? this.intern(file) : undefined;
    c.line = line;
    c.outcome = outcome;
    c.error = c.failure = c.flaky = c.warning = false;
    c.skipped = skipped;
    c.message = '';
    this.current = c;
  }

  private pushSuite(frame: Pick<SuiteFrame, 'name' | 'file' | 'declared'>): void {
    const outer = this.suites[this.suites.length - 1];
    const file = frame.file ?? outer?.file;
    const t = this.report.totals;
    const m = this.marks;
    this.suites.push({
      name: frame.name,
      outer,
      ...(file ? { file } : {}),
      ...(frame.declared ? { declared: frame.declared } : {}),
      before: { tests: t.tests, passed: t.passed, failed: t.failed, errored: t.errored, skipped: t.skipped, flaky: t.flaky, suiteErrors: t.suiteErrors },
      marksBefore: { error: m.error, failure: m.failure, skipped: m.skipped, warning: m.warning },
      unlistedBefore: this.unlisted
    });
  }

  /**
   * A suite's path (see SuiteFrame.path), built from its outer suite's once and copied flat
   * (detach), so it keeps no chunk alive; not interned: a path is kept by its own frame, and a
   * map of them would hold long strings the cases no longer need.
   */
  private pathOf(s: SuiteFrame): string {
    if (s.path === undefined) {
      const parent = s.outer ? this.pathOf(s.outer) : '';
      const name = s.name;
      s.path = detach(parent && name ? `${parent} › ${name}` : parent || name);
    }
    return s.path;
  }

  private startCollecting(): void {
    if (this.collecting++ === 0) this.xml.wantText = true;
  }

  private stopCollecting(): void {
    if (this.collecting > 0 && --this.collecting === 0) this.xml.wantText = false;
  }

  private openJunit(name: string, a: Attributes): void {
    if (name === 'testsuites') {
      if (this.suites.length === 0) this.rootSkipped = num(a('skipped'));
    } else if (name === 'testsuite') {
      this.pushSuite({
        name: a('name') ?? '',
        file: a('file') ?? a('filepath'),
        declared: { tests: num(a('tests')), failures: num(a('failures')), errors: num(a('errors')), skipped: num(a('skipped') ?? a('skips')), disabled: num(a('disabled')) }
      });
    } else if (name === 'testcase') {
      this.openTestcase();
    } else if (this.current) {
      const c = this.current;
      if (name === 'error' || name === 'failure') {
        // The outcome's own text: the first <error>, else the first <failure>.
        const owns = name === 'error' ? !c.error : !c.error && !c.failure;
        if (name === 'error') c.error = true;
        else c.failure = true;
        if (owns) {
          c.message = (a('message') ?? '').slice(0, MESSAGE_CAP);
          this.startCollecting();
        }
      } else if (name === 'skipped') {
        c.skipped = true;
      } else if (name === 'flakyFailure' || name === 'flakyError') {
        c.flaky = true;
      } else if (name === 'warning') {
        c.warning = true;
      }
    }
  }

  /**
   * A JUnit <testcase>, its attributes read in one pass (this runs for every case): classname
   * (else class), name, status (else result), file (else filepath), line (else lineno).
   */
  private openTestcase(): void {
    const x = this.xml;
    let classname = -1;
    let klass = -1;
    let name = -1;
    let status = -1;
    let result = -1;
    let file = -1;
    let filepath = -1;
    let line = -1;
    let lineno = -1;
    for (let i = 0, n = x.attributeCount; i < n; i++) {
      if (x.attributeIs(i, 'name')) name = i;
      else if (x.attributeIs(i, 'classname')) classname = i;
      else if (x.attributeIs(i, 'time')) continue;
      else if (x.attributeIs(i, 'class')) klass = i;
      else if (x.attributeIs(i, 'status')) status = i;
      else if (x.attributeIs(i, 'result')) result = i;
      else if (x.attributeIs(i, 'file')) file = i;
      else if (x.attributeIs(i, 'filepath')) filepath = i;
      else if (x.attributeIs(i, 'line')) line = i;
      else if (x.attributeIs(i, 'lineno')) lineno = i;
    }
    const s = status !== -1 ? status : result;
    const said = s === -1 ? '' : x.attributeValue(s).toLowerCase();
    const f = file !== -1 ? file : filepath;
    const l = line !== -1 ? line : lineno;
    const c = classname !== -1 ? classname : klass;
    this.newCase(
      c === -1 ? '' : x.attributeValue(c),
      name === -1 ? '' : x.attributeValue(name),
      undefined,
      f !== -1 ? x.attributeValue(f) : this.suites[this.suites.length - 1]?.file,
      l !== -1 ? num(x.attributeValue(l)) : undefined,
      said === 'disabled' || said === 'notrun' || said === 'skipped' || said === 'skip'
    );
  }

  private openNunit(name: string, a: Attributes): void {
    if (name === 'test-suite') this.pushSuite({ name: a('name') ?? '' });
    else if (name === 'test-case') {
      // NUnit 2 may give only `success`, or only `executed` and a <failure> child; NUnit 3's
      // label="Error" stays a failure, as NUnit itself counts it.
      const success = (a('success') ?? '').toLowerCase();
      const result = (a('result') ?? (success === 'true' ? 'success' : success === 'false' ? 'failure' : '')).toLowerCase();
      let outcome: Outcome | undefined = result ? (NUNIT[result] ?? 'skipped') : undefined;
      if ((a('executed') ?? '').toLowerCase() === 'false' && outcome !== 'failed' && outcome !== 'errored') outcome = 'skipped';
      const full = a('fullname') ?? a('name') ?? '';
      const classname = a('classname') ?? (full.includes('.') ? full.slice(0, full.lastIndexOf('.')) : '');
      this.newCase(classname, a('name') ?? full, outcome);
    } else if (this.current && (name === 'failure' || name === 'message' || name === 'stack-trace')) {
      if (name === 'failure') this.current.failure = true;
      this.startCollecting();
    }
  }

  private openXunit(name: string, a: Attributes): void {
    if (name === 'assembly' || name === 'collection' || name === 'class') this.pushSuite({ name: a('name') ?? '' });
    else if (name === 'test') {
      const outcome = XUNIT[(a('result') ?? '').toLowerCase()] ?? 'skipped';
      this.newCase(a('type') ?? '', a('name') ?? a('method') ?? '', outcome);
    } else if (this.current && name === 'failure') this.startCollecting();
  }

  private openTrx(name: string, a: Attributes): void {
    if (name === 'UnitTest') this.trxId = a('id');
    else if (name === 'TestMethod' && this.trxId && a('className')) this.trxClasses.set(this.trxId, this.intern(a('className')!));
    else if (name === 'UnitTestResult') {
      const outcome = TRX[(a('outcome') ?? '').toLowerCase()] ?? 'skipped';
      const id = a('testId') ?? '';
      const classname = this.trxClasses.get(id);
      this.trxLate = classname === undefined && id ? id : undefined;
      this.newCase(classname ?? '', a('testName') ?? '', outcome);
    } else if (this.current && name === 'ErrorInfo') this.startCollecting();
  }

  private trxId?: string;
  /**
   * `dotnet test` writes <Results> before <TestDefinitions>, so a result's class is not known
   * when it is read: these cases get theirs at the end (case, testId).
   */
  private trxLate?: string;
  private readonly trxPending: [TestCase, string][] = [];

  private text(text: string): void {
    const c = this.current;
    if (!c) return;
    const cap = this.textBudget > 0 ? MESSAGE_CAP : 256;
    if (c.message.length < cap) c.message = (c.message ? `${c.message}\n` : '') + text.trim().slice(0, cap);
  }

  private close(name: string): void {
    if (this.collecting && this.isCollector(name)) this.stopCollecting();
    const tags = TAGS[this.format ?? 'junit'];
    if (name === tags.testCase && this.current) {
      this.finishCase(this.current);
      if (this.trxLate) this.trxPending.push([this.report.cases[this.report.cases.length - 1]!, this.trxLate]);
      this.trxLate = undefined;
    } else if (tags.suites.includes(name)) {
      const s = this.suites.pop();
      if (s?.declared) this.checkSuite(s, s.declared);
    } else if (name === 'UnitTest') this.trxId = undefined;
  }

  /** Notes the first suite whose attributes disagree with its cases under every reading its tool may mean. */
  private checkSuite(s: SuiteFrame, declared: NonNullable<SuiteFrame['declared']>): void {
    const t = this.report.totals;
    const b = s.before;
    const m = this.marks;
    const mb = s.marksBefore;
    const counted = { tests: t.tests - b.tests, failures: t.failed - b.failed, errors: t.errored - b.errored, skipped: t.skipped - b.skipped };
    const marked = { failures: m.failure - mb.failure, errors: m.error - mb.error, skipped: m.skipped - mb.skipped, warnings: m.warning - mb.warning };
    const unlistedWithin = this.unlisted - s.unlistedBefore;
    // googletest and CTest count disabled tests apart from skipped ones (`disabled="1"`); both
    // are skipped cases here, so either reading of the attributes may be the right one.
    const skipped = declared.skipped ?? declared.disabled;
    const skipAgrees =
      skipped === undefined || counted.skipped === skipped || marked.skipped === skipped || counted.skipped === skipped + (declared.skipped !== undefined ? declared.disabled ?? 0 : 0);
    const failAgrees = declared.failures === undefined || [counted.failures, marked.failures, counted.failures + marked.warnings].includes(declared.failures);
    const errorAgrees = declared.errors === undefined || declared.errors === counted.errors || declared.errors === marked.errors;
    // pytest counts a test that passed and then errored in teardown twice in `tests` (one case
    // holding an <error>), and one that failed and errored in teardown once (two cases): `tests`
    // may be off by as many cases as hold an <error>.
    const extra = declared.tests === undefined ? 0 : declared.tests - counted.tests - unlistedWithin;
    const testsAgree = extra === 0 || Math.abs(extra) <= marked.errors;
    const wrong = !failAgrees ? 'failures' : !errorAgrees ? 'errors' : !skipAgrees ? 'skipped' : testsAgree ? undefined : 'tests';
    if (!wrong) return;
    const said = wrong === 'skipped' ? skipped : declared[wrong];
    const text = `suite ${JSON.stringify(s.name)} declares ${wrong}="${said}" but lists ${counted[wrong]} such case(s)`;
    if (wrong === 'tests' && extra > 0) {
      // More tests declared than listed, all else agreeing: mocha-junit-reporter's pending
      // tests, unless the root's `skipped` does not account for them (judged at the end).
      this.unlisted += extra;
      this.unlistedSaid ??= text;
    } else this.disagreement ??= text;
  }

  private isCollector(name: string): boolean {
    switch (this.format) {
      case 'junit':
        return name === 'failure' || name === 'error';
      case 'nunit':
        return name === 'failure' || name === 'message' || name === 'stack-trace';
      case 'xunit':
        return name === 'failure';
      default:
        return name === 'ErrorInfo';
    }
  }

  private finishCase(c: CaseFrame): void {
    this.current = undefined;
    this.collecting = 0;
    this.xml.wantText = false;
    const outcome = c.outcome ?? (c.error ? 'errored' : c.failure ? 'failed' : c.skipped ? 'skipped' : 'passed');
    const test: TestCase = { suite: c.suite, classname: c.classname, name: c.name, outcome, flaky: c.flaky && outcome === 'passed' };
    if (c.file) test.file = c.file;
    if (c.line) test.line = c.line;
    if (c.message && (outcome === 'failed' || outcome === 'errored')) {
      test.message = detach(c.message.trim().slice(0, this.textBudget > 0 ? MESSAGE_CAP : 256));
      this.textBudget -= test.message.length;
    }
    this.report.cases.push(test);
    addCase(this.report.totals, test);
    const m = this.marks;
    if (c.error) m.error++;
    if (c.failure) m.failure++;
    if (c.skipped) m.skipped++;
    if (c.warning) m.warning++;
  }
}
