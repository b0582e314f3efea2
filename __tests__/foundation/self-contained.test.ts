import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * The project reads nothing outside its clone: no tracked file (code, tests, scripts, docs,
 * config, fixtures) names a folder beside the clone or an absolute path of some machine. The
 * vendored reports' stack traces had their home folders written as `~` (see
 * __tests__/fixtures/SOURCES). `.ci/run` proves the rest by testing a fresh clone with nothing
 * beside it. Only generated files are left out.
 */
const DATA = /^(dist\/|package-lock\.json$)/;
const OUTSIDE = [
  /\.\.\/shared\b/, // the team's folder beside the clone
  /(^|[\s'"`(])\/(work|home|Users|root|mnt)\/[\w.-]/, // absolute paths of a machine
  /join\(\s*'\.\.'\s*,\s*'(?!src|__tests__|dist)/, // a path built upwards out of the repository
  /[A-Za-z]:\\+(Users|work)\\+/i // Windows ones, escaped or not
];

const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
  .split('\0')
  .filter((f) => f && !DATA.test(f));

test('the tracked files are there to check', () => {
  expect(tracked).toEqual(
    expect.arrayContaining(['package.json', '.ci/run', 'src/index.ts', '__tests__/gates/fixtures.test.ts'])
  );
});

test('no tracked file names a path outside the clone', () => {
  const found: string[] = [];
  for (const file of tracked) {
    const text = readFileSync(file, 'utf8');
    if (text.includes('\0')) continue; // binary
    text.split('\n').forEach((line, i) => {
      if (OUTSIDE.some((p) => p.test(line)) && !line.includes('self-contained: allowed'))
        found.push(`${file}:${i + 1}: ${line.trim().slice(0, 120)}`);
    });
  }
  expect(found).toEqual([]);
});

test('the vendored fixtures name their sources and keep their licences', () => {
  const sources = readFileSync('__tests__/fixtures/SOURCES', 'utf8');
  for (const folder of ['enricomi', 'dorny', 'jest-editor-support', 'jest-junit']) {
    expect(sources).toMatch(new RegExp(`^reports/${folder}/\\S*\\s+\\S+/\\S+\\s+[0-9a-f]{40}\\s`, 'm'));
    expect(readFileSync(`__tests__/fixtures/reports/${folder}/LICENSE`, 'utf8').length).toBeGreaterThan(500);
  }
});
