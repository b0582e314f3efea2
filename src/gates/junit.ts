import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { addCase, detach, emptyTotals, MESSAGE_CAP, REPORT_TEXT_BUDGET, ReportError, type Outcome, type ParsedReport, type ReportFormat, type TestCase } from './model';

export { MESSAGE_CAP } from './model';

/** Text saxes may hold between two chunks (a text node, an attribute value, a comment). */
const PENDING_TEXT_CAP = 64 * 1024;
/** saxes states from `<!DOCTYPE` to the end of its internal subset (saxes.js S_DOCTYPE..S_DTD_PI_ENDING). */
const DOCTYPE_STATES = [2, 12] as const;

interface SuiteFrame {
  name: string;
  /** Names of the enclosing suites and this one, joined with ` › `. */
  path: string;
  file?: string;
  declared?: { tests?: number; failures?: number; errors?: number; skipped?: number };
  counted: { tests: number; failures: number; errors: number; skipped: number };
}

interface CaseFrame {
  suite: string;
  classname: string;
  name: string;
  file?: string;
  line?: number;
  outcome?: Outcome;
  error: boolean;
  failure: boolean;
  skipped: boolean;
  flaky: boolean;
  message: string;
}

/** The saxes fields we bound between chunks; they are plain properties at run time. */
interface SaxesInternals {
  text: string;
  entity: string;
  state: number;
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
 * A streaming parser for XML test reports (saxes): JUnit in its dialects (pytest, jest-junit,
 * Surefire/Failsafe reruns, Gradle, go-junit-report, nextest, PHPUnit, Catch2), NUnit 2/3,
 * xUnit.net and TRX, told apart by the root element. No tree of the file is built: text is only
 * gathered inside failures and capped, saxes' own pending text is cut between chunks, and a
 * DOCTYPE is refused as soon as it starts, so entity expansion and external entities never
 * happen and memory stays bounded whatever the file holds. Push chunks with `write`; `end`
 * returns the report or throws a ReportError naming file, line and column.
 */
export class JunitParser {
  private readonly sax = new SaxesParser({ position: true });
  private readonly internals = this.sax as unknown as SaxesInternals;
  private readonly report: ParsedReport;
  private readonly suites: SuiteFrame[] = [];
  private readonly strings = new Map<string, string>();
  private readonly trxClasses = new Map<string, string>();
  private current?: CaseFrame;
  private collecting = 0;
  private textBudget = REPORT_TEXT_BUDGET;
  private format?: ReportFormat;
  private failure?: Error;
  private disagreement = false;
  private readonly onText = (text: string) => this.text(text);

  constructor(readonly path: string) {
    this.report = { path, format: 'junit', totals: emptyTotals(), cases: [], suiteErrors: [], warnings: [] };
    this.sax.on('doctype', () => this.fail('a DOCTYPE is not allowed in a test report (its entities are never expanded)'));
    this.sax.on('opentag', (tag) => this.open(tag as SaxesTagPlain));
    this.sax.on('closetag', (tag) => this.close(tag.name));
    this.sax.on('cdata', (text) => {
      if (this.collecting) this.text(text);
    });
    this.sax.on('error', (error) => this.fail(error.message.replace(/^[^:]*:\d+:\d+: /, '')));
  }

  private fail(message: string): never {
    this.failure ??= new ReportError(`${this.path}:${this.sax.line}:${this.sax.column}: ${message}`);
    throw this.failure;
  }

  write(chunk: string): void {
    if (this.failure) throw this.failure;
    try {
      this.sax.write(chunk);
    } catch (error) {
      if (error instanceof ReportError) throw error;
      this.fail((error as Error).message.replace(/^[^:]*:\d+:\d+: /, ''));
    }
    const s = this.internals;
    if (s.state >= DOCTYPE_STATES[0] && s.state <= DOCTYPE_STATES[1]) this.fail('a DOCTYPE is not allowed in a test report (its entities are never expanded)');
    if (s.text.length > PENDING_TEXT_CAP) s.text = s.text.slice(0, PENDING_TEXT_CAP);
    if (s.entity.length > 64) this.fail('an entity reference longer than 64 characters');
  }

  end(): ParsedReport {
    if (this.failure) throw this.failure;
    try {
      this.sax.close();
    } catch (error) {
      if (error instanceof ReportError) throw error;
      this.fail((error as Error).message.replace(/^[^:]*:\d+:\d+: /, ''));
    }
    if (!this.format) throw new ReportError(`${this.path}: no XML element found (an empty or truncated file)`);
    if (this.disagreement) this.report.warnings.push(`${this.path}: suite attributes (tests/failures/errors/skipped) disagree with the test cases; the test cases are counted`);
    return this.report;
  }

  private intern(text: string): string {
    let kept = this.strings.get(text);
    if (kept === undefined) {
      kept = detach(text);
      if (this.strings.size < 100_000) this.strings.set(kept, kept);
    }
    return kept;
  }

  private open(tag: SaxesTagPlain): void {
    const name = tag.name;
    const a = tag.attributes as Record<string, string>;
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

  private newCase(classname: string, name: string, extra: Partial<CaseFrame> = {}): void {
    this.current = {
      suite: this.suites[this.suites.length - 1]?.path ?? '',
      classname: this.intern(classname),
      name: detach(name),
      error: false,
      failure: false,
      skipped: false,
      flaky: false,
      message: '',
      ...extra
    };
  }

  private pushSuite(frame: Omit<SuiteFrame, 'path'>): void {
    const outer = this.suites[this.suites.length - 1];
    const parent = outer?.path ?? '';
    const name = detach(frame.name);
    const file = frame.file ?? outer?.file;
    this.suites.push({ ...frame, ...(file ? { file } : {}), name, path: this.intern(parent && name ? `${parent} › ${name}` : parent || name) });
  }

  private startCollecting(): void {
    if (this.collecting++ === 0) this.sax.on('text', this.onText);
  }

  private stopCollecting(): void {
    if (this.collecting > 0 && --this.collecting === 0) this.sax.off('text');
  }

  private openJunit(name: string, a: Record<string, string>): void {
    if (name === 'testsuite') {
      this.pushSuite({
        name: a.name ?? '',
        file: a.file ?? a.filepath,
        declared: { tests: num(a.tests), failures: num(a.failures), errors: num(a.errors), skipped: num(a.skipped ?? a.skips ?? a.disabled) },
        counted: { tests: 0, failures: 0, errors: 0, skipped: 0 }
      });
    } else if (name === 'testcase') {
      const status = (a.status ?? a.result ?? '').toLowerCase();
      const file = a.file ?? a.filepath ?? this.suites[this.suites.length - 1]?.file;
      const line = num(a.line ?? a.lineno);
      this.newCase(a.classname ?? a.class ?? '', a.name ?? '', {
        ...(file ? { file: this.intern(file) } : {}),
        ...(line ? { line } : {}),
        skipped: status === 'disabled' || status === 'notrun' || status === 'skipped' || status === 'skip'
      });
    } else if (this.current) {
      const c = this.current;
      if (name === 'error' || name === 'failure') {
        // The outcome's own text: the first <error>, else the first <failure>.
        const owns = name === 'error' ? !c.error : !c.error && !c.failure;
        if (name === 'error') c.error = true;
        else c.failure = true;
        if (owns) {
          c.message = (a.message ?? '').slice(0, MESSAGE_CAP);
          this.startCollecting();
        }
      } else if (name === 'skipped') {
        c.skipped = true;
      } else if (name === 'flakyFailure' || name === 'flakyError') {
        c.flaky = true;
      }
    }
  }

  private openNunit(name: string, a: Record<string, string>): void {
    if (name === 'test-suite') this.pushSuite({ name: a.name ?? '', counted: { tests: 0, failures: 0, errors: 0, skipped: 0 } });
    else if (name === 'test-case') {
      // NUnit 2 may give only `success`, or only `executed` and a <failure> child; NUnit 3's
      // label="Error" stays a failure, as NUnit itself counts it.
      const success = (a.success ?? '').toLowerCase();
      const result = (a.result ?? (success === 'true' ? 'success' : success === 'false' ? 'failure' : '')).toLowerCase();
      let outcome: Outcome | undefined = result ? (NUNIT[result] ?? 'skipped') : undefined;
      if ((a.executed ?? '').toLowerCase() === 'false' && outcome !== 'failed' && outcome !== 'errored') outcome = 'skipped';
      const full = a.fullname ?? a.name ?? '';
      const classname = a.classname ?? (full.includes('.') ? full.slice(0, full.lastIndexOf('.')) : '');
      this.newCase(classname, a.name ?? full, outcome ? { outcome } : {});
    } else if (this.current && (name === 'failure' || name === 'message' || name === 'stack-trace')) {
      if (name === 'failure') this.current.failure = true;
      this.startCollecting();
    }
  }

  private openXunit(name: string, a: Record<string, string>): void {
    if (name === 'assembly' || name === 'collection' || name === 'class') this.pushSuite({ name: a.name ?? '', counted: { tests: 0, failures: 0, errors: 0, skipped: 0 } });
    else if (name === 'test') {
      const outcome = XUNIT[(a.result ?? '').toLowerCase()] ?? 'skipped';
      this.newCase(a.type ?? '', a.name ?? a.method ?? '', { outcome });
    } else if (this.current && name === 'failure') this.startCollecting();
  }

  private openTrx(name: string, a: Record<string, string>): void {
    if (name === 'UnitTest') this.trxId = a.id;
    else if (name === 'TestMethod' && this.trxId && a.className) this.trxClasses.set(this.trxId, this.intern(a.className));
    else if (name === 'UnitTestResult') {
      const outcome = TRX[(a.outcome ?? '').toLowerCase()] ?? 'skipped';
      this.newCase(this.trxClasses.get(a.testId ?? '') ?? '', a.testName ?? '', { outcome });
    } else if (this.current && name === 'ErrorInfo') this.startCollecting();
  }

  private trxId?: string;

  private text(text: string): void {
    const c = this.current;
    if (!c) return;
    const cap = this.textBudget > 0 ? MESSAGE_CAP : 256;
    if (c.message.length < cap) c.message = (c.message ? `${c.message}\n` : '') + text.trim().slice(0, cap);
  }

  private close(name: string): void {
    if (this.collecting && this.isCollector(name)) this.stopCollecting();
    const caseTag = this.format === 'junit' ? 'testcase' : this.format === 'nunit' ? 'test-case' : this.format === 'xunit' ? 'test' : 'UnitTestResult';
    const suiteTag = this.format === 'junit' ? name === 'testsuite' : this.format === 'nunit' ? name === 'test-suite' : this.format === 'xunit' ? name === 'assembly' || name === 'collection' || name === 'class' : false;
    if (name === caseTag && this.current) this.finishCase(this.current);
    else if (suiteTag) {
      const s = this.suites.pop();
      const declared = s?.declared;
      if (s && declared && (['tests', 'failures', 'errors', 'skipped'] as const).some((k) => declared[k] !== undefined && declared[k] !== s.counted[k])) this.disagreement = true;
    } else if (name === 'UnitTest') this.trxId = undefined;
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
    this.sax.off('text');
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
    for (const s of this.suites) {
      s.counted.tests += 1;
      if (outcome === 'failed') s.counted.failures += 1;
      if (outcome === 'errored') s.counted.errors += 1;
      if (outcome === 'skipped') s.counted.skipped += 1;
    }
  }
}
