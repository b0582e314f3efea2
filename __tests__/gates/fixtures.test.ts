import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readReport } from '../../src/gates/read';

/**
 * Every real report in __tests__/fixtures/reports (vendored, see its SOURCES) parses with the counts its upstream project
 * expects, or fails with a clear error naming the file where it is meant to (or where its
 * format is one this action does not read). Differences from upstream are listed with a reason.
 */
const FIXTURES = join('__tests__', 'fixtures', 'reports');
const ENRICOMI = join(FIXTURES, 'enricomi');
const DORNY = join(FIXTURES, 'dorny', 'fixtures');

type Counts = [tests: number, passed: number, failed: number, errored: number, skipped: number];

// enricomi `*.results.json` stats (runs, runs_succ, runs_fail, runs_error, runs_skip) where we differ.
const EXPLAINED: Record<string, { counts: Counts; why: string }> = {
  'junit-xml/junit.multiresult.xml': {
    counts: [4, 1, 1, 1, 1],
    why: 'a case with several <failure>/<error>/<skipped> children: upstream counts each child (its passed goes negative); we give a case one outcome by precedence'
  },
  'junit-xml/no-cases-but-tests.xml': {
    counts: [0, 0, 0, 0, 0],
    why: 'the suite declares tests="6" and lists no case: we count cases (and warn that the attributes disagree); upstream trusts the attributes'
  },
  'junit-xml/tst/disabled.xml': {
    counts: [31, 6, 19, 1, 5],
    why: 'status="disabled" is skipped by the documented precedence; upstream counts it passed'
  },
  'nunit/nunit3/jenkins/NUnit-issue33493.xml': {
    counts: [2, 1, 0, 0, 1],
    why: 'result="Inconclusive" is skipped here (as NUnit 2 files are counted upstream too); upstream counts it passed in NUnit 3 files'
  },
  'trx/yami_YAMILEX_2015-10-24_04_18_59.trx': {
    counts: [25, 2, 2, 1, 20],
    why: 'outcome="Aborted" is errored here (the run broke); upstream counts it skipped'
  },
  'xunit/mstest/jenkinsci/testcase2.xml': {
    counts: [1, 1, 0, 0, 0],
    why: 'the assembly declares total="3" but lists one <test>: we count tests (and warn); upstream trusts the attributes'
  }
};
// Formats this action does not read: they fail with a clear error, never a wrong count.
const UNSUPPORTED = /^(dart|mocha)\//;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const attempt = (path: string) =>
  readReport(path).then(
    (r) => ({ ok: true as const, r }),
    (e: Error) => ({ ok: false as const, e })
  );

describe('enricomi fixtures against their *.results.json', () => {
  const files = walk(ENRICOMI).filter((p) => /\.(xml|json|trx)$/.test(p) && !p.endsWith('.results.json'));
  test('are there', () => expect(files.length).toBeGreaterThan(70));
  for (const path of files) {
    const name = relative(ENRICOMI, path);
    const base = path.replace(/\.(xml|json|trx)$/, '');
    test(name, async () => {
      const result = await attempt(path);
      if (existsSync(`${base}.exception`) || UNSUPPORTED.test(name)) {
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(result.e.message).toMatch(
            new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(:\\d+:\\d+)?: .{10,}`)
          );
        return;
      }
      if (!result.ok) throw result.e;
      const t = result.r.totals;
      const stats = JSON.parse(readFileSync(`${base}.results.json`, 'utf8')).stats;
      const expected = EXPLAINED[name]?.counts ?? [
        stats.runs,
        stats.runs_succ,
        stats.runs_fail,
        stats.runs_error,
        stats.runs_skip
      ];
      expect([t.tests, t.passed, t.failed, t.errored, t.skipped]).toEqual(expected);
    });
  }
});

describe('dorny fixtures against the summary line of __outputs__/*.md', () => {
  // fixture -> the rendered report whose "N tests were completed with P passed, F failed and S skipped" it must match.
  const TABLE: [string, string][] = [
    ['dotnet-nunit.xml', 'dotnet-nunit'],
    ['dotnet-trx.trx', 'dotnet-trx'],
    ['dotnet-xunitv3.trx', 'dotnet-xunitv3'],
    ['external/FluentValidation.Tests.trx', 'fluent-validation-test-results'],
    ['external/SilentNotes.trx', 'silent-notes-test-results'],
    ['jest-junit-eslint.xml', 'jest-junit-eslint'],
    ['jest-junit.xml', 'jest-junit'],
    ['external/jest/jest-react-component-test-results.xml', 'jest-react-component-test-results'],
    ['external/jest/jest-test-results.xml', 'jest-test-results'],
    ['test-errors/jest/jest-test-results.xml', 'jest-test-errors-results'],
    ['external/java/junit4-basic.xml', 'junit-basic'],
    ['external/java/junit4-complete.xml', 'junit-complete'],
    ['junit-with-message.xml', 'junit-with-message'],
    ['external/phpunit/junit-basic.xml', 'phpunit-junit-basic-results'],
    ['external/phpunit/phpcheckstyle-phpunit.xml', 'phpunit-phpcheckstyle-results'],
    ['phpunit/phpunit.xml', 'phpunit-test-results'],
    ['external/java/pulsar-test-report.xml', 'pulsar-test-results'],
    ['external/java/TEST-org.apache.pulsar.AddMissingPatchVersionTest.xml', 'pulsar-test-results-no-merge'],
    ['python-xunit-pytest.xml', 'python-xunit-pytest'],
    ['python-xunit-unittest.xml', 'python-xunit-unittest'],
    ['swift-xunit.xml', 'swift-xunit'],
    ['nette-tester/BootstrapFormRenderer-report.xml', 'tester-bootstrap-test-results'],
    ['nette-tester/tester-v1.7-report.xml', 'tester-v1.7-test-results']
  ];
  for (const [fixture, output] of TABLE) {
    test(`${fixture} (${output}.md)`, async () => {
      const md = readFileSync(join(FIXTURES, 'dorny', '__outputs__', `${output}.md`), 'utf8');
      const m =
        /\*\*(\d+)\*\* tests were completed in .*? with \*\*(\d+)\*\* passed, \*\*(\d+)\*\* failed and \*\*(\d+)\*\* skipped/.exec(
          md
        )!;
      const t = (await readReport(join(DORNY, fixture))).totals;
      // dorny counts errors as failures.
      expect([t.tests, t.passed, t.failed + t.errored, t.skipped]).toEqual(m.slice(1, 5).map(Number));
    });
  }
  test('the empty reports parse to zero tests', async () => {
    for (const f of readdirSync(join(DORNY, 'empty')).filter((f) => /\.(xml|trx)$/.test(f)))
      expect((await readReport(join(DORNY, 'empty', f))).totals.tests).toBe(0);
  });
});

describe('jest --json and aggregated results', () => {
  const dirs = [
    join(FIXTURES, 'jest-editor-support', 'fixtures', 'failing-jsons'),
    join(FIXTURES, 'jest-junit', '__mocks__')
  ];
  for (const dir of dirs) {
    for (const f of readdirSync(dir)) {
      const path = join(dir, f);
      test(relative(FIXTURES, path), async () => {
        const data = JSON.parse(readFileSync(path, 'utf8'));
        const report = await readReport(path);
        // Every assertion once, by its own status; a file that failed to run, or failed after its
        // tests ran (`testExecError`, or failed with no failing test), is a suite error.
        const assertions = data.testResults.flatMap((r: any) => r.assertionResults ?? r.testResults ?? []);
        const count = (...s: string[]) => assertions.filter((a: any) => s.includes(a.status)).length;
        const broken = data.testResults.filter((r: any) => {
          const own = r.assertionResults ?? r.testResults ?? [];
          if (own.length === 0) return r.testExecError || r.status === 'failed' || r.failureMessage;
          return r.testExecError || (r.status === 'failed' && !own.some((a: any) => a.status === 'failed'));
        }).length;
        expect(report.totals).toMatchObject({
          tests: assertions.length,
          passed: count('passed'),
          failed: count('failed'),
          skipped: count('pending', 'skipped', 'todo', 'disabled'),
          suiteErrors: broken
        });
      });
    }
  }
  test('a suite that failed to run keeps its message; a retried test is flaky', async () => {
    const failing = await readReport(join(FIXTURES, 'jest-junit', '__mocks__', 'failing-import.json'));
    expect(failing.suiteErrors).toHaveLength(1);
    expect(failing.suiteErrors[0]!.message).toMatch(/Cannot find module/);
    expect((await readReport(join(FIXTURES, 'jest-junit', '__mocks__', 'retried-tests.json'))).totals.flaky).toBe(1);
  });
});
