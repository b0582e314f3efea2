import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readReport } from '../../src/gates/read';

/**
 * Every real report in shared/fixtures/reports/enricomi parses with the counts its upstream
 * project expects (`*.results.json`, `stats.runs*`: test cases as they appear), or fails with a
 * clear error: where upstream expects a failure (`*.exception`), and for formats this action does
 * not read yet (NUnit, TRX, xUnit.net, Mocha and Dart JSON), which are named as such.
 */
const ROOT = join('..', 'shared', 'fixtures', 'reports', 'enricomi');

// Where our counts differ from upstream on purpose.
const EXPLAINED: Record<string, [number, number, number, number, number]> = {
  // A case with several <failure>/<error>/<skipped> children: upstream counts each child (its
  // "passed" goes negative); we give each case one outcome by precedence (error > failure > skipped).
  'junit-xml/junit.multiresult.xml': [4, 1, 1, 1, 1],
  // A suite that declares tests="6" but lists no test case: we count cases (0) and warn that
  // the suite's attributes disagree; upstream trusts the attributes.
  'junit-xml/no-cases-but-tests.xml': [0, 0, 0, 0, 0],
  // status="disabled" cases are skipped here (the documented precedence); upstream counts them passed.
  'junit-xml/tst/disabled.xml': [31, 6, 19, 1, 5]
};

const UNSUPPORTED = /^(nunit|trx|xunit|mocha|dart)\//;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const reports = existsSync(ROOT) ? walk(ROOT).filter((p) => /\.(xml|json|trx)$/.test(p) && !p.endsWith('.results.json')) : [];

describe('the real fixtures of shared/fixtures/reports', () => {
  test('are there', () => {
    expect(reports.length).toBeGreaterThan(50);
  });

  for (const path of reports) {
    const name = relative(ROOT, path);
    const base = path.replace(/\.(xml|json|trx)$/, '');
    test(name, async () => {
      if (existsSync(`${base}.exception`) || UNSUPPORTED.test(name) || name.startsWith('json/') || name.startsWith('xml/')) {
        const outcome = await readReport(path).then(
          (r) => ({ ok: true as const, r }),
          (e: Error) => ({ ok: false as const, e })
        );
        if (!outcome.ok) {
          expect(outcome.e.message).toContain(path);
          expect(outcome.e.message).toMatch(/DOCTYPE|not a JUnit XML report|not valid JSON|empty|not a test report|not a Jest|unclosed|\d+:\d+/);
          return;
        }
        // A fixture upstream cannot read may still be a valid JUnit file for us.
        expect(outcome.r.totals.tests).toBeGreaterThanOrEqual(0);
        return;
      }
      const report = await readReport(path);
      const t = report.totals;
      const got = [t.tests, t.passed, t.failed, t.errored, t.skipped];
      const stats = JSON.parse(readFileSync(`${base}.results.json`, 'utf8')).stats;
      const expected = EXPLAINED[name] ?? [stats.runs, stats.runs_succ, stats.runs_fail, stats.runs_error, stats.runs_skip];
      expect(got).toEqual(expected);
    });
  }
});

describe('jest --json fixtures', () => {
  const dir = join('..', 'shared', 'fixtures', 'reports', 'jest-editor-support', 'fixtures', 'failing-jsons');
  const files = existsSync(dir) ? readdirSync(dir).map((f) => join(dir, f)) : [];
  for (const path of files) {
    test(relative(dir, path), async () => {
      const data = JSON.parse(readFileSync(path, 'utf8'));
      const report = await readReport(path);
      // Every assertion is counted once; a file that failed to run counts as a suite error.
      const assertions = data.testResults.reduce((n: number, r: { assertionResults?: unknown[] }) => n + (r.assertionResults?.length ?? 0), 0);
      expect(report.totals.tests).toBe(assertions);
      expect(report.totals.passed).toBe(data.testResults.flatMap((r: any) => r.assertionResults ?? []).filter((a: any) => a.status === 'passed').length);
    });
  }
});
