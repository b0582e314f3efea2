/**
 * The test reports of the story, generated with the seeds' counts so the quality gates measure
 * realistic files: a pytest-style JUnit XML for the backend (security tests in
 * `tests.security`, tenant isolation tests in `tests.tenancy`) and a jest-junit file for the
 * frontend security suite.
 */

export interface BackendCounts {
  /** Totals over the whole report, the categories below included. */
  passed: number;
  failed: number;
  skipped: number;
  security: { passed: number; failed: number };
  tenancy: { passed: number; failed: number };
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function testcase(classname: string, name: string, file: string, failure?: string): string {
  const head = `<testcase classname="${classname}" name="${name}" file="${file}" time="0.01"`;
  return failure === undefined
    ? `${head}/>`
    : `${head}><failure message="${escape(failure)}">${escape(failure)}</failure></testcase>`;
}

/** A pytest JUnit report with exactly the given counts. */
export function backendJunit(counts: BackendCounts): string {
  const cases: string[] = [];
  const add = (classname: string, file: string, stem: string, passed: number, failed: number, failure: string) => {
    for (let i = 0; i < passed; i++) cases.push(testcase(classname, `test_${stem}_${i + 1}`, file));
    for (let i = 0; i < failed; i++) cases.push(testcase(classname, `test_${stem}_${passed + i + 1}`, file, failure));
  };
  add(
    'tests.security.test_auth',
    'tests/security/test_auth.py',
    'auth',
    counts.security.passed,
    counts.security.failed,
    "KeyError: 'user_role' missing from the JWT payload"
  );
  add(
    'tests.tenancy.test_isolation',
    'tests/tenancy/test_isolation.py',
    'isolation',
    counts.tenancy.passed,
    counts.tenancy.failed,
    'sqlalchemy.exc.OperationalError: could not connect to the test database'
  );
  const otherPassed = counts.passed - counts.security.passed - counts.tenancy.passed;
  const otherFailed = counts.failed - counts.security.failed - counts.tenancy.failed;
  add(
    'tests.test_api',
    'tests/test_api.py',
    'api',
    otherPassed,
    otherFailed,
    'sqlalchemy.exc.OperationalError: could not connect to the test database'
  );
  for (let i = 0; i < counts.skipped; i++) {
    cases.push(
      `<testcase classname="tests.test_api" name="test_later_${i + 1}" file="tests/test_api.py" time="0"><skipped message="needs staging"/></testcase>`
    );
  }
  const total = counts.passed + counts.failed + counts.skipped;
  return `<?xml version="1.0" encoding="utf-8"?>
<testsuites name="pytest tests">
<testsuite name="pytest" tests="${total}" failures="${counts.failed}" errors="0" skipped="${counts.skipped}" time="42.0">
${cases.join('\n')}
</testsuite>
</testsuites>
`;
}

/** A jest-junit report of the frontend security suite, every test passing. */
export function frontendJunit(passed: number): string {
  const cases: string[] = [];
  for (let i = 0; i < passed; i++)
    cases.push(
      testcase(`Security guards ${i + 1}`, `Security guards ${i + 1}`, 'frontend/src/security/guards.test.ts')
    );
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="jest tests" tests="${passed}" failures="0" errors="0" time="3.1">
<testsuite name="Security guards" tests="${passed}" failures="0" errors="0" skipped="0" time="3.1">
${cases.join('\n')}
</testsuite>
</testsuites>
`;
}
