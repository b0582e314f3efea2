import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseJestJson } from '../../src/gates/jest-json';
import { XmlReportParser as JunitParser } from '../../src/gates/readers/parser';

/**
 * Reports from tools the shared fixtures do not cover, through the `report --json` contract
 * of the command line: each file gets the counts its tool means, and a suite whose attributes
 * agree with its cases (counting `disabled` with `skipped`, as googletest and CTest write them)
 * draws no warning.
 */
const DIR = resolve('__tests__/gates/dialects');
type Totals = {
  tests: number;
  passed: number;
  failed: number;
  errored: number;
  skipped: number;
  flaky: number;
  suiteErrors: number;
};
type Report = {
  files: { path: string; format: string; totals: Totals; error?: string; warnings?: string[] }[];
  totals: Totals;
};

const EXPECTED: Record<
  string,
  [tests: number, passed: number, failed: number, errored: number, skipped: number, suiteErrors?: number]
> = {
  'gtest.xml': [4, 1, 1, 0, 2], // a DISABLED_ test (status="notrun") and a GTEST_SKIP (result="skipped")
  'catch2.xml': [4, 2, 1, 1, 0], // a REQUIRE failure and an unexpected exception
  'gradle.xml': [3, 1, 1, 0, 1],
  'cypress.xml': [3, 1, 1, 0, 1], // the empty "Root Suite" mocha writes per spec file has no case
  'ctest.xml': [3, 1, 1, 0, 1], // status="disabled"
  'rspec.xml': [3, 1, 1, 0, 1],
  'vitest.json': [4, 1, 1, 0, 2, 1], // Vitest's Jest-compatible JSON: `todo` is skipped; a file that failed to load is a suite error
  // pytest counts a test that passed and then errored in teardown in both `tests` slots it took
  // (tests="6" for 5 cases), and writes a second case for a failed test whose teardown errored
  // (tests="2" for 3 cases); xfail is a skip.
  'pytest-teardown.xml': [5, 1, 0, 1, 3],
  'pytest-double.xml': [3, 1, 1, 1, 0],
  'mocha.xml': [4, 3, 1, 0, 0], // mocha-junit-reporter leaves the pending test out but counts it in tests="3" (and the root's skipped="1")
  'karma.xml': [4, 2, 1, 0, 1],
  'phpunit8.xml': [8, 3, 1, 2, 2], // nested suites per class and data provider; risky is an <error>; <warning> passed but counted in failures
  'phpunit9.xml': [8, 3, 1, 2, 2], // the same with warnings="1" apart from failures
  'phpunit10.xml': [5, 1, 1, 1, 2], // incomplete is <skipped/>, risky has no element
  'robot.xml': [4, 2, 1, 0, 1], // Robot Framework's --xunit: a <testsuite> root, suites nested, <properties> last
  'bazel.xml': [1, 0, 0, 1, 0], // the test.xml Bazel writes for a test that wrote none: one case, an <error> for the exit code
  'gotestsum.xml': [5, 1, 3, 0, 1], // a failing subtest fails its parent too; a package that did not build is a TestMain failure
  'junit-logger.xml': [4, 2, 1, 0, 1], // JunitXml.TestLogger for dotnet test
  'playwright.xml': [4, 2, 1, 0, 1],
  'minitest.xml': [4, 1, 1, 1, 1],
  'xcbeautify.xml': [4, 2, 1, 0, 1],
  'jenkins-nested.xml': [5, 2, 1, 0, 2], // nested suites with disabled= and skipped= apart
  'android.xml': [3, 1, 1, 0, 1], // the Android Gradle plugin's connected (instrumented) tests
  'nunit3.xml': [5, 2, 2, 0, 1], // label="Error" stays a failure, as NUnit counts it; suite-level <failure> is no case
  'dotnet.trx': [3, 1, 1, 0, 1], // NotExecuted is a skip
  // Jest --json: a file whose afterAll threw (tests passed, file failed) and one that did not load are suite errors
  'jest-hooks.json': [4, 2, 1, 0, 1, 2]
};

const FORMATS: Record<string, string> = { json: 'jest-json', trx: 'trx', 'nunit3.xml': 'nunit' };

function report(files: string[]): Report {
  let out: string;
  try {
    out = execFileSync(process.execPath, ['dist/cli.js', 'report', '--json', ...files], { encoding: 'utf8' });
  } catch (error) {
    // Exit 1 when a gate or a file failed; the document on stdout is the same contract.
    out = (error as { stdout: string }).stdout;
  }
  return JSON.parse(out) as Report;
}

describe('report dialects beyond the shared fixtures', () => {
  const result = report(Object.keys(EXPECTED).map((f) => join(DIR, f)));

  for (const [file, [tests, passed, failed, errored, skipped, suiteErrors = 0]] of Object.entries(EXPECTED)) {
    test(file, () => {
      const parsed = result.files.find((f) => f.path.endsWith(file))!;
      expect(parsed.error).toBeUndefined();
      expect(parsed.format).toBe(FORMATS[file] ?? FORMATS[file.split('.').pop()!] ?? 'junit');
      expect(parsed.totals.suiteErrors).toBe(suiteErrors);
      expect(parsed.totals).toMatchObject({ tests, passed, failed, errored, skipped });
      expect(parsed.warnings ?? []).toEqual([]);
    });
  }

  test('the overall totals add the files up', () => {
    const sum = (k: keyof Totals) => result.files.reduce((n, f) => n + f.totals[k], 0);
    for (const k of ['tests', 'passed', 'failed', 'errored', 'skipped'] as const) expect(result.totals[k]).toBe(sum(k));
  });
});

function parse(xml: string) {
  const parser = new JunitParser('r.xml');
  parser.write(xml);
  return parser.end();
}

describe('the readings that keep those reports free of warnings stay narrow', () => {
  test('tests declared beyond the cases warn unless the root <testsuites skipped> accounts for them', () => {
    const suite = '<testsuite name="S" tests="3" failures="0"><testcase name="a"/><testcase name="b"/></testsuite>';
    expect(parse(`<testsuites tests="3" skipped="1">${suite}</testsuites>`).warnings).toEqual([]);
    expect(parse(`<testsuites tests="3">${suite}</testsuites>`).warnings[0]).toMatch(
      /suite "S" declares tests="3" but lists 2/
    );
    expect(parse(`<testsuites tests="3" skipped="2">${suite}</testsuites>`).warnings).toHaveLength(1);
  });

  test('tests may differ from the cases by no more than the cases holding an <error>', () => {
    expect(
      parse(
        '<testsuite tests="2" errors="1"><testcase name="a"><error message="failed on teardown"/></testcase></testsuite>'
      ).warnings
    ).toEqual([]);
    expect(
      parse('<testsuite tests="3" errors="1"><testcase name="a"><error/></testcase></testsuite>').warnings
    ).toHaveLength(1);
    expect(
      parse('<testsuite tests="1" errors="0"><testcase name="a"/><testcase name="b"/></testsuite>').warnings
    ).toHaveLength(1);
  });

  test('a PHPUnit <warning> passes; failures may count it, or not, and nothing else', () => {
    const cases = '<testcase name="a"><warning>deprecated</warning></testcase><testcase name="b"><failure/></testcase>';
    const two = parse(`<testsuite tests="2" failures="2">${cases}</testsuite>`);
    expect(two.totals).toMatchObject({ passed: 1, failed: 1 });
    expect(two.warnings).toEqual([]);
    expect(parse(`<testsuite tests="2" failures="1" warnings="1">${cases}</testsuite>`).warnings).toEqual([]);
    expect(parse(`<testsuite tests="2" failures="3">${cases}</testsuite>`).warnings).toHaveLength(1);
  });

  test('TRX results read before their definitions still get their class', () => {
    const trx = parse(readFileSync(join(DIR, 'dotnet.trx'), 'utf8'));
    expect(trx.cases.map((c) => c.classname)).toEqual([
      'Shop.Tests.CartTests',
      'Shop.Tests.CartTests',
      'Shop.Tests.CartTests'
    ]);
  });

  test('a Jest file that failed after its tests ran is a suite error beside them; one with a failing test is not', () => {
    const file = (status: string, tests: string[], extra = {}) => ({
      name: 'a.test.js',
      status,
      message: 'boom',
      assertionResults: tests.map((s, i) => ({ title: `t${i}`, status: s })),
      ...extra
    });
    const json = (files: object[]) => JSON.stringify({ testResults: files });
    expect(parseJestJson(json([file('failed', ['passed'])]), 'j.json').totals).toMatchObject({
      passed: 1,
      suiteErrors: 1
    });
    expect(parseJestJson(json([file('failed', ['passed', 'failed'])]), 'j.json').totals).toMatchObject({
      failed: 1,
      suiteErrors: 0
    });
    // What a results processor sees: the error itself.
    expect(
      parseJestJson(json([file('passed', ['passed'], { testExecError: { message: 'afterAll threw' } })]), 'j.json')
        .suiteErrors
    ).toEqual([{ file: 'a.test.js', message: 'afterAll threw' }]);
  });
});
