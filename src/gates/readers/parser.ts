import { CaseList, newKeptCase, NO_FILE, NO_SUITE, SAME_AS_NAME } from '../cases';
import {
  addCase,
  detach,
  emptyTotals,
  MESSAGE_CAP,
  REPORT_TEXT_BUDGET,
  ReportError,
  type Outcome,
  type ParsedReport,
  type Totals
} from '../model';
import { XmlError, XmlScanner, type Attributes } from '../xml';
import type { CaseFrame, Declared, Dialect, ReaderContext } from './dialect';
import { junitDialect } from './junit';
import { nunitDialect } from './nunit';
import { trxDialect } from './trx';
import { xunitDialect } from './xunit';

/** The formats by their root element. */
const ROOTS: Record<string, () => Dialect> = {
  testsuites: junitDialect,
  testsuite: junitDialect,
  'test-results': nunitDialect,
  'test-run': nunitDialect,
  'test-suite': nunitDialect,
  assemblies: xunitDialect,
  assembly: xunitDialect,
  TestRun: trxDialect
};

/**
 * An open suite. Frames are reused (one per depth, refilled at each start tag): suites may nest
 * and repeat by the million, and a frame holds three records of counts.
 */
interface SuiteFrame {
  name: string;
  file: string | undefined;
  /** What its start tag declares, copied; `declares` false when it declares nothing. */
  declares: boolean;
  readonly declared: Declared;
  /** Its node and its file's number in the case store (see suiteIndex, suiteFileIndex); -1 until a case asks. */
  index: number;
  fileIndex: number;
  /** The report's totals when the suite opened: its own counts are the difference at its end. */
  readonly before: Totals;
  /** The same for the cases carrying each element (see Marks) and for the tests declared but not listed. */
  readonly marksBefore: Marks;
  unlistedBefore: number;
}

function copyCounts(to: Totals, from: Totals): void {
  to.tests = from.tests;
  to.passed = from.passed;
  to.failed = from.failed;
  to.errored = from.errored;
  to.skipped = from.skipped;
  to.flaky = from.flaky;
  to.suiteErrors = from.suiteErrors;
}

function newFrame(): SuiteFrame {
  return {
    name: '',
    file: undefined,
    declares: false,
    declared: { tests: undefined, failures: undefined, errors: undefined, skipped: undefined, disabled: undefined },
    index: -1,
    fileIndex: -1,
    before: emptyTotals(),
    marksBefore: { error: 0, failure: 0, skipped: 0, warning: 0 },
    unlistedBefore: 0
  };
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

/**
 * A streaming parser for XML test reports (on xml.ts): JUnit in its dialects, NUnit 2/3,
 * xUnit.net and TRX (./junit.ts, ./nunit.ts, ./xunit.ts, ./trx.ts), told apart by the root
 * element. No tree of the file is built: text is only gathered inside failures and capped, the
 * scanner holds at most a chunk and a capped remainder, and a DOCTYPE is refused as soon as it
 * starts, so entity expansion and external entities never happen and memory stays bounded
 * whatever the file holds; the cases are kept compactly (../cases.ts). Push chunks with `write`;
 * `end` returns the report or throws a ReportError naming file, line and column.
 */
export class XmlReportParser implements ReaderContext {
  readonly xml = new XmlScanner({
    open: (name, attributes) => this.open(name, attributes),
    close: (name) => this.close(name),
    text: (text) => this.text(text)
  });
  private readonly report: ParsedReport;
  private readonly cases = new CaseList();
  /** The open suites are frames[0, depth): see SuiteFrame. */
  private readonly frames: SuiteFrame[] = [];
  private depth = 0;
  current: CaseFrame | undefined;
  private readonly frame: CaseFrame = {
    suite: 0,
    classname: 0,
    file: NO_FILE,
    line: undefined,
    outcome: undefined,
    error: false,
    failure: false,
    skipped: false,
    flaky: false,
    warning: false,
    message: ''
  };
  /** The case as stored: one object, refilled for each case. */
  private readonly done = newKeptCase();
  private readonly marks: Marks = { error: 0, failure: 0, skipped: 0, warning: 0 };
  /** Tests a suite declares beyond the cases it lists (mocha-junit-reporter leaves pending tests out). */
  private unlisted = 0;
  private unlistedSaid?: string;
  rootSkipped?: number;
  private collecting = 0;
  private textBudget = REPORT_TEXT_BUDGET;
  private dialect?: Dialect;
  private failure?: Error;
  /** The first suite whose attributes disagree with its cases, said once per file. */
  private disagreement?: string;
  private readonly strings = new Map<string, string>();
  private lastInterned = '';

  constructor(readonly path: string) {
    this.report = { path, format: 'junit', totals: emptyTotals(), cases: this.cases, suiteErrors: [], warnings: [] };
  }

  /** The next chunk: UTF-8 bytes, or text (see XmlScanner.write). */
  write(chunk: string | Uint8Array): void {
    this.scan(() => this.xml.write(chunk));
  }

  end(): ParsedReport {
    this.scan(() => this.xml.end());
    if (!this.dialect) throw new ReportError(`${this.path}: no XML element found (an empty or truncated file)`);
    this.dialect.end?.(this);
    // mocha-junit-reporter (without includePending) counts pending tests in each suite's `tests`
    // but lists none of them; its root <testsuites skipped> says how many there were.
    if (this.unlisted && this.rootSkipped !== this.report.totals.skipped + this.unlisted)
      this.disagreement ??= this.unlistedSaid;
    if (this.disagreement)
      this.report.warnings.push(
        `${this.path}: suite attributes disagree with the test cases (${this.disagreement}); the test cases are counted`
      );
    return this.report;
  }

  get caseCount(): number {
    return this.cases.length;
  }

  get suiteDepth(): number {
    return this.depth;
  }

  setClassname(index: number, classname: string): void {
    this.cases.setClassname(index, classname);
  }

  intern(text: string): string {
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

  openCase(classname: string, name: string, outcome?: Outcome, file?: string, line?: number, skipped = false): void {
    const c = this.begin(outcome, line, skipped);
    const { cases } = this;
    cases.keepName(name);
    c.classname = classname === name && name !== '' ? SAME_AS_NAME : cases.index(classname);
    c.file = file ? cases.index(file) : NO_FILE;
  }

  openCaseAt(nameAt: number, classAt: number, fileAt: number, line: number | undefined, skipped: boolean): void {
    const c = this.begin(undefined, line, skipped);
    const { cases, xml } = this;
    if (nameAt === -1) cases.keepName('');
    else cases.keepNameBytes(xml.valueSpan(nameAt));
    if (classAt === -1) c.classname = cases.index('');
    else if (nameAt !== -1 && xml.attributeSame(classAt, nameAt)) c.classname = SAME_AS_NAME;
    else c.classname = this.valueIndex(classAt);
    c.file = fileAt === -1 ? this.suiteFileIndex() : this.valueIndex(fileAt, NO_FILE);
  }

  /** The string number of attribute i's value, or `empty` when it is empty. */
  private valueIndex(i: number, empty?: number): number {
    const span = this.xml.valueSpan(i);
    return empty !== undefined && span.end === span.start ? empty : this.cases.indexBytes(span);
  }

  // One frame, refilled for each test case: this runs hundreds of thousands of times.
  private begin(outcome: Outcome | undefined, line: number | undefined, skipped: boolean): CaseFrame {
    const c = this.frame;
    c.suite = this.suiteIndex();
    c.line = line;
    c.outcome = outcome;
    c.error = c.failure = c.flaky = c.warning = false;
    c.skipped = skipped;
    c.message = '';
    this.current = c;
    return c;
  }

  /**
   * The innermost suite's node in the case store, made when its first case asks, with the nodes
   * of the suites around it that have none yet (top down, no recursion: suites may nest deep).
   * A suite without cases costs no node, and no path is ever built while reading.
   */
  private suiteIndex(): number {
    const { frames } = this;
    const last = this.depth - 1;
    if (last === -1) return NO_SUITE;
    if (frames[last]!.index !== -1) return frames[last]!.index;
    let k = last;
    while (k > 0 && frames[k - 1]!.index === -1) k--;
    for (; k <= last; k++) {
      const outer = k === 0 ? NO_SUITE : frames[k - 1]!.index;
      frames[k]!.index = this.cases.suiteNode(outer, frames[k]!.name);
    }
    return frames[last]!.index;
  }

  /** The file the innermost suite names, as a string number (NO_FILE: none), worked out once per suite. */
  private suiteFileIndex(): number {
    if (this.depth === 0) return NO_FILE;
    const top = this.frames[this.depth - 1]!;
    if (top.fileIndex === -1) top.fileIndex = top.file ? this.cases.index(top.file) : NO_FILE;
    return top.fileIndex;
  }

  openSuite(name: string, file?: string, declared?: Declared): void {
    const outer = this.depth > 0 ? this.frames[this.depth - 1] : undefined;
    if (this.depth === this.frames.length) this.frames.push(newFrame());
    const f = this.frames[this.depth++]!;
    f.name = name;
    f.file = (file ?? outer?.file) || undefined;
    f.index = f.fileIndex = -1;
    f.declares = declared !== undefined;
    const d = f.declared;
    d.tests = declared?.tests;
    d.failures = declared?.failures;
    d.errors = declared?.errors;
    d.skipped = declared?.skipped;
    d.disabled = declared?.disabled;
    copyCounts(f.before, this.report.totals);
    const m = this.marks;
    const mb = f.marksBefore;
    mb.error = m.error;
    mb.failure = m.failure;
    mb.skipped = m.skipped;
    mb.warning = m.warning;
    f.unlistedBefore = this.unlisted;
  }

  collect(): void {
    if (this.collecting++ === 0) this.xml.wantText = true;
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

  private open(name: string, a: Attributes): void {
    if (!this.dialect) this.start(name);
    this.dialect!.open(this, name, a);
  }

  /** The root element decides the format; the scanner then knows that format's element names. */
  private start(root: string): void {
    const make = Object.hasOwn(ROOTS, root) ? ROOTS[root] : undefined;
    if (!make)
      this.fail(
        `not a test report: the root element is <${root}>, expected <testsuites> or <testsuite> (JUnit), <test-run>/<test-results> (NUnit), <assemblies> (xUnit.net) or <TestRun> (TRX)`
      );
    this.dialect = make();
    this.report.format = this.dialect.format;
    this.xml.knowNames(this.dialect.elements);
  }

  private text(text: string): void {
    const c = this.current;
    if (!c) return;
    const cap = this.textBudget > 0 ? MESSAGE_CAP : 256;
    if (c.message.length < cap) c.message = (c.message ? `${c.message}\n` : '') + text.trim().slice(0, cap);
  }

  private close(name: string): void {
    const d = this.dialect!;
    if (this.collecting && d.collectors.includes(name) && --this.collecting === 0) this.xml.wantText = false;
    if (name === d.testCase && this.current) {
      const index = this.finishCase(this.current);
      d.caseDone?.(this, index);
    } else if (this.depth > 0 && d.suites.includes(name)) {
      const s = this.frames[--this.depth]!;
      if (s.declares) this.checkSuite(s, s.declared);
    }
    d.close?.(this, name);
  }

  /** Stores the case; returns its index. */
  private finishCase(c: CaseFrame): number {
    this.current = undefined;
    this.collecting = 0;
    this.xml.wantText = false;
    const outcome = c.outcome ?? (c.error ? 'errored' : c.failure ? 'failed' : c.skipped ? 'skipped' : 'passed');
    const test = this.done;
    test.suite = c.suite;
    test.classname = c.classname;
    test.file = c.file;
    test.outcome = outcome;
    test.flaky = c.flaky && outcome === 'passed';
    test.line = c.line || undefined;
    test.message = undefined;
    if (c.message && (outcome === 'failed' || outcome === 'errored')) {
      test.message = detach(c.message.trim().slice(0, this.textBudget > 0 ? MESSAGE_CAP : 256));
      this.textBudget -= test.message.length;
    }
    const index = this.cases.add(test);
    addCase(this.report.totals, test);
    const m = this.marks;
    if (c.error) m.error++;
    if (c.failure) m.failure++;
    if (c.skipped) m.skipped++;
    if (c.warning) m.warning++;
    return index;
  }

  /**
   * Notes the first suite whose attributes disagree with its cases under every reading its tool
   * may mean. Counts as plain numbers: this runs at every suite's end, and suites may nest deep.
   */
  private checkSuite(s: SuiteFrame, declared: Declared): void {
    const t = this.report.totals;
    const b = s.before;
    const m = this.marks;
    const mb = s.marksBefore;
    const tests = t.tests - b.tests;
    const failures = t.failed - b.failed;
    const errors = t.errored - b.errored;
    const skips = t.skipped - b.skipped;
    const markedErrors = m.error - mb.error;
    const unlistedWithin = this.unlisted - s.unlistedBefore;
    // googletest and CTest count disabled tests apart from skipped ones (`disabled="1"`); both
    // are skipped cases here, so either reading of the attributes may be the right one.
    const skipped = declared.skipped ?? declared.disabled;
    const skipAgrees =
      skipped === undefined ||
      skips === skipped ||
      m.skipped - mb.skipped === skipped ||
      skips === skipped + (declared.skipped !== undefined ? (declared.disabled ?? 0) : 0);
    const f = declared.failures;
    const failAgrees =
      f === undefined || f === failures || f === m.failure - mb.failure || f === failures + m.warning - mb.warning;
    const e = declared.errors;
    const errorAgrees = e === undefined || e === errors || e === markedErrors;
    // pytest counts a test that passed and then errored in teardown twice in `tests` (one case
    // holding an <error>), and one that failed and errored in teardown once (two cases): `tests`
    // may be off by as many cases as hold an <error>.
    const extra = declared.tests === undefined ? 0 : declared.tests - tests - unlistedWithin;
    const testsAgree = extra === 0 || Math.abs(extra) <= markedErrors;
    const wrong = !failAgrees
      ? 'failures'
      : !errorAgrees
        ? 'errors'
        : !skipAgrees
          ? 'skipped'
          : testsAgree
            ? undefined
            : 'tests';
    if (!wrong) return;
    const said = wrong === 'skipped' ? skipped : declared[wrong];
    const listed = { tests, failures, errors, skipped: skips }[wrong];
    // Said once per file: the text is built only for the first (suites nested deep disagree by the thousand).
    const text = () => `suite ${JSON.stringify(s.name)} declares ${wrong}="${said}" but lists ${listed} such case(s)`;
    if (wrong === 'tests' && extra > 0) {
      // More tests declared than listed, all else agreeing: mocha-junit-reporter's pending
      // tests, unless the root's `skipped` does not account for them (judged at the end).
      this.unlisted += extra;
      this.unlistedSaid ??= text();
    } else this.disagreement ??= text();
  }
}
