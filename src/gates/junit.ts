import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { addCase, emptyTotals, ReportError, type ParsedReport, type TestCase } from './model';

/** Text kept per failure: enough for an annotation, bounded whatever the report holds. */
export const MESSAGE_CAP = 4096;

interface SuiteFrame {
  name: string;
  file?: string;
  declared: { tests?: number; failures?: number; errors?: number; skipped?: number };
  counted: { tests: number; failures: number; errors: number; skipped: number };
}

interface CaseFrame {
  suite: string;
  classname: string;
  name: string;
  file?: string;
  line?: number;
  error: boolean;
  failure: boolean;
  skipped: boolean;
  flaky: boolean;
  message: string;
  collecting: boolean;
}

const num = (v: string | undefined) => (v !== undefined && v !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined);

/**
 * A streaming JUnit XML parser (saxes): no tree of the whole file is ever built, message text is
 * capped per case, and a DOCTYPE is refused outright, so entity expansion and external entities
 * can never happen. Chunks are pushed with `write`; `end` returns the report.
 */
export class JunitParser {
  private readonly sax = new SaxesParser({ position: true });
  private readonly report: ParsedReport;
  private readonly suites: SuiteFrame[] = [];
  private current?: CaseFrame;
  private rootSeen = false;
  private failure?: Error;
  private disagreement = false;

  constructor(readonly path: string) {
    this.report = { path, format: 'junit', totals: emptyTotals(), cases: [], warnings: [] };
    this.sax.on('doctype', () => this.fail('a DOCTYPE is not allowed in a test report (entities are never expanded)'));
    this.sax.on('opentag', (tag) => this.open(tag as SaxesTagPlain));
    this.sax.on('closetag', (tag) => this.close(tag.name));
    this.sax.on('text', (text) => this.text(text));
    this.sax.on('cdata', (text) => this.text(text));
    this.sax.on('error', (error) => this.fail(error.message.replace(/^[^:]*:\d+:\d+: /, '')));
  }

  private fail(message: string): void {
    if (!this.failure) this.failure = new ReportError(`${this.path}:${this.sax.line}:${this.sax.column}: ${message}`);
    throw this.failure;
  }

  write(chunk: string): void {
    if (this.failure) throw this.failure;
    this.sax.write(chunk);
  }

  end(): ParsedReport {
    if (this.failure) throw this.failure;
    this.sax.close();
    if (!this.rootSeen) throw new ReportError(`${this.path}: no XML element found (an empty or truncated file)`);
    if (this.disagreement) this.report.warnings.push(`${this.path}: suite attributes (tests/failures/errors/skipped) disagree with the test cases; the test cases are counted`);
    return this.report;
  }

  private open(tag: SaxesTagPlain): void {
    const name = tag.name;
    const a = tag.attributes as Record<string, string>;
    if (!this.rootSeen) {
      this.rootSeen = true;
      if (name !== 'testsuites' && name !== 'testsuite') this.fail(`not a JUnit XML report: the root element is <${name}>, expected <testsuites> or <testsuite>`);
    }
    if (name === 'testsuite') {
      this.suites.push({
        name: a.name ?? '',
        file: a.file ?? a.filepath,
        declared: { tests: num(a.tests), failures: num(a.failures), errors: num(a.errors), skipped: num(a.skipped ?? a.skips ?? a.disabled) },
        counted: { tests: 0, failures: 0, errors: 0, skipped: 0 }
      });
    } else if (name === 'testcase') {
      const suite = this.suites[this.suites.length - 1];
      const status = (a.status ?? a.result ?? '').toLowerCase();
      this.current = {
        suite: this.suites.map((s) => s.name).filter(Boolean).join(' › '),
        classname: a.classname ?? a.class ?? '',
        name: a.name ?? '',
        file: a.file ?? a.filepath ?? suite?.file,
        line: num(a.line ?? a.lineno),
        error: false,
        failure: false,
        skipped: status === 'disabled' || status === 'notrun' || status === 'skipped' || status === 'skip',
        flaky: false,
        message: '',
        collecting: false
      };
    } else if (this.current) {
      const c = this.current;
      const message = a.message ?? '';
      if (name === 'error') {
        c.error = true;
        c.message = message;
        c.collecting = true;
      } else if (name === 'failure') {
        c.failure = true;
        c.message = c.message || message;
        c.collecting = !c.error;
      } else if (name === 'skipped') {
        c.skipped = true;
      } else if (name === 'flakyFailure' || name === 'flakyError') {
        c.flaky = true;
      }
    }
  }

  private text(text: string): void {
    const c = this.current;
    if (c?.collecting && c.message.length < MESSAGE_CAP) c.message = (c.message ? `${c.message}\n` : '') + text.slice(0, MESSAGE_CAP);
  }

  private close(name: string): void {
    if (name === 'error' || name === 'failure') {
      if (this.current) this.current.collecting = false;
    } else if (name === 'testcase' && this.current) {
      const c = this.current;
      this.current = undefined;
      const outcome = c.error ? 'errored' : c.failure ? 'failed' : c.skipped ? 'skipped' : 'passed';
      const test: TestCase = { suite: c.suite, classname: c.classname, name: c.name, outcome, flaky: c.flaky && outcome === 'passed', ...(c.file ? { file: c.file } : {}), ...(c.line ? { line: c.line } : {}) };
      if (c.message && (outcome === 'failed' || outcome === 'errored')) test.message = c.message.trim().slice(0, MESSAGE_CAP);
      this.report.cases.push(test);
      addCase(this.report.totals, test);
      for (const s of this.suites) {
        s.counted.tests += 1;
        if (outcome === 'failed') s.counted.failures += 1;
        if (outcome === 'errored') s.counted.errors += 1;
        if (outcome === 'skipped') s.counted.skipped += 1;
      }
    } else if (name === 'testsuite') {
      const s = this.suites.pop();
      if (s && (['tests', 'failures', 'errors', 'skipped'] as const).some((k) => s.declared[k] !== undefined && s.declared[k] !== s.counted[k])) this.disagreement = true;
    }
  }
}
