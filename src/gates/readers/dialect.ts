import type { Outcome, ReportFormat } from '../model';
import type { Attributes, XmlScanner } from '../xml';

/** The test case being read; one frame, refilled for each case (see XmlReportParser.openCase). */
export interface CaseFrame {
  /** The case's suite, class and file as the case store's string numbers (see cases.ts KeptCase); its name is kept there already. */
  suite: number;
  classname: number;
  file: number;
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

/** The counts a suite element declares, compared with its cases when it closes. */
export interface Declared {
  tests?: number;
  failures?: number;
  errors?: number;
  skipped?: number;
  disabled?: number;
}

/** What a format's reader may ask of the parser it runs in. */
export interface ReaderContext {
  /** The start tag's attributes by index (valid only during `open`). */
  readonly xml: XmlScanner;
  /** The case being read, if any. */
  readonly current: CaseFrame | undefined;
  /** Starts a case (outcome undefined: decided by its child elements). */
  openCase(classname: string, name: string, outcome?: Outcome, file?: string, line?: number, skipped?: boolean): void;
  /**
   * The same with name, class and file read from the start tag's attributes (indexes; -1:
   * absent, the file then the innermost suite's), kept from their bytes: none becomes a string.
   */
  openCaseAt(nameAt: number, classAt: number, fileAt: number, line: number | undefined, skipped: boolean): void;
  /** Opens a suite; `declared` is copied (a reader may refill one record for every suite). */
  openSuite(name: string, file?: string, declared?: Declared): void;
  /** How many suites are open. */
  readonly suiteDepth: number;
  /** Gathers the text of the element just opened into the current case's message. */
  collect(): void;
  /** The one copy of a repeated string (class names). */
  intern(text: string): string;
  /** The number of cases read so far (the last one's index plus one). */
  readonly caseCount: number;
  /** Gives an earlier case its class (TRX names classes after its results). */
  setClassname(index: number, classname: string): void;
  /** `skipped` on the root element, where mocha-junit-reporter counts the pending tests it left out. */
  rootSkipped?: number;
}

/**
 * One XML report format (JUnit, NUnit, xUnit.net, TRX): its element names and what each start
 * tag means. The shared parser (parser.ts) does the rest: suites, cases, outcomes, messages,
 * counts. A dialect is made per report, so it may keep state of its own (TRX does).
 */
export interface Dialect {
  readonly format: ReportFormat;
  /** The element names this format compares: the scanner gives these very strings. */
  readonly elements: readonly string[];
  /** The element of a test case. */
  readonly testCase: string;
  /** The elements of the suites that hold cases. */
  readonly suites: readonly string[];
  /** The elements whose text is a failing case's message. */
  readonly collectors: readonly string[];
  open(r: ReaderContext, name: string, a: Attributes): void;
  /** After the parser's own handling of an end tag. */
  close?(r: ReaderContext, name: string): void;
  /** After a case is stored at `index`. */
  caseDone?(r: ReaderContext, index: number): void;
  /** At the end of the document. */
  end?(r: ReaderContext): void;
}

/** A number attribute, when it is one. */
export const num = (v: string | undefined): number | undefined =>
  v !== undefined && v !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined;
