import { addCase, emptyTotals, ReportError, type Outcome, type ParsedReport, type TestCase } from './model';
import { MESSAGE_CAP } from './junit';

const OUTCOMES: Record<string, Outcome> = { passed: 'passed', failed: 'failed', pending: 'skipped', skipped: 'skipped', todo: 'skipped', disabled: 'skipped', focused: 'passed' };

/**
 * `jest --json` output: `testResults[]` per file with `assertionResults[]`. A file that failed
 * to run (`status: "failed"`, a message, no assertions) counts as a suite error, apart.
 */
export function parseJestJson(text: string, path: string): ParsedReport {
  let data: any;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ReportError(`${path}: not valid JSON: ${(error as Error).message}`);
  }
  if (!data || !Array.isArray(data.testResults)) throw new ReportError(`${path}: not a Jest --json report (no "testResults" list)`);
  const report: ParsedReport = { path, format: 'jest-json', totals: emptyTotals(), cases: [], warnings: [] };
  for (const file of data.testResults) {
    const fileName = String(file?.name ?? file?.testFilePath ?? '');
    const assertions: any[] = Array.isArray(file?.assertionResults) ? file.assertionResults : Array.isArray(file?.testResults) ? file.testResults : [];
    if (assertions.length === 0 && (file?.status === 'failed' || file?.testExecError || file?.failureMessage)) {
      report.totals.suiteErrors += 1;
      continue;
    }
    for (const a of assertions) {
      const outcome = OUTCOMES[String(a?.status)];
      if (!outcome) {
        report.warnings.push(`${path}: unknown status "${a?.status}" for "${a?.fullName ?? a?.title}", counted as skipped`);
      }
      const test: TestCase = {
        suite: Array.isArray(a?.ancestorTitles) ? a.ancestorTitles.join(' › ') : '',
        classname: fileName,
        name: String(a?.title ?? a?.fullName ?? ''),
        file: fileName || undefined,
        ...(typeof a?.location?.line === 'number' ? { line: a.location.line } : {}),
        outcome: outcome ?? 'skipped',
        flaky: outcome === 'passed' && typeof a?.invocations === 'number' && a.invocations > 1
      };
      const messages: unknown[] = Array.isArray(a?.failureMessages) ? a.failureMessages : [];
      if (outcome === 'failed' && messages.length) test.message = String(messages[0]).slice(0, MESSAGE_CAP);
      report.cases.push(test);
      addCase(report.totals, test);
    }
  }
  const declared = { tests: data.numTotalTests, passed: data.numPassedTests, failed: data.numFailedTests };
  if (typeof declared.tests === 'number' && declared.tests !== report.totals.tests) {
    report.warnings.push(`${path}: the header says ${declared.tests} tests but the files list ${report.totals.tests}; the listed tests are counted`);
  }
  return report;
}
