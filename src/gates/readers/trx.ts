import type { Outcome } from '../model';
import type { Attributes } from '../xml';
import type { Dialect, ReaderContext } from './dialect';

const OUTCOMES: Record<string, Outcome> = {
  passed: 'passed',
  passedbutrunaborted: 'passed',
  warning: 'passed',
  failed: 'failed',
  error: 'errored',
  timeout: 'errored',
  aborted: 'errored'
};

/**
 * TRX (`dotnet test --logger trx`, `<TestRun>`): `<UnitTestResult>`s, whose classes are named in
 * `<TestDefinitions>` by test id. `dotnet test` writes the results first, so a result whose class
 * is not known yet gets it at the end.
 */
export function trxDialect(): Dialect {
  const classes = new Map<string, string>();
  /** Cases whose class was not known when read: [case index, testId]. */
  const pending: [number, string][] = [];
  let unitTest: string | undefined;
  let late: string | undefined;
  return {
    format: 'trx',
    elements: [
      'TestRun',
      'Results',
      'UnitTestResult',
      'TestDefinitions',
      'UnitTest',
      'TestMethod',
      'Execution',
      'Output',
      'ErrorInfo',
      'Message',
      'StackTrace',
      'StdOut'
    ],
    testCase: 'UnitTestResult',
    suites: [],
    collectors: ['ErrorInfo'],
    open(r: ReaderContext, name: string, a: Attributes): void {
      if (name === 'UnitTest') unitTest = a('id');
      else if (name === 'TestMethod' && unitTest && a('className')) classes.set(unitTest, r.intern(a('className')!));
      else if (name === 'UnitTestResult') {
        const said = (a('outcome') ?? '').toLowerCase();
        const outcome = Object.hasOwn(OUTCOMES, said) ? OUTCOMES[said]! : 'skipped';
        const id = a('testId') ?? '';
        const classname = classes.get(id);
        late = classname === undefined && id ? id : undefined;
        r.openCase(classname ?? '', a('testName') ?? '', outcome);
      } else if (r.current && name === 'ErrorInfo') r.collect();
    },
    close(_r: ReaderContext, name: string): void {
      if (name === 'UnitTest') unitTest = undefined;
    },
    caseDone(_r: ReaderContext, index: number): void {
      if (late) pending.push([index, late]);
      late = undefined;
    },
    end(r: ReaderContext): void {
      for (const [index, id] of pending) r.setClassname(index, classes.get(id) ?? '');
    }
  };
}
