// One parse in its own process, so peak memory (maxRSS) belongs to that parser alone.
import { readFile } from 'node:fs/promises';
import { readReport } from '../src/gates/read';

const [mode, path] = process.argv.slice(2) as [string, string];
/** A suite as xml2js reads it: child elements as arrays. */
interface Xml2jsSuite {
  testcase?: unknown[];
  testsuite?: Xml2jsSuite[];
}
// 'warm' parses the file once first, unmeasured: the measured parse then runs code V8 has
// compiled already, which tells the compiler's share of a single parse.
if (mode === 'warm') await readReport(path, 1024 * 1024 * 1024);
const started = performance.now();
const cpu = process.cpuUsage();
let tests = 0;
if (mode === 'ours' || mode === 'warm') {
  tests = (await readReport(path, 1024 * 1024 * 1024)).totals.tests;
} else if (mode === 'read') {
  tests = (await readFile(path)).length > 0 ? -1 : 0;
} else if (mode === 'xml2js') {
  const { parseStringPromise } = await import('xml2js');
  const doc = (await parseStringPromise(await readFile(path, 'utf8'))) as {
    testsuites?: { testsuite?: Xml2jsSuite[] };
    testsuite: Xml2jsSuite;
  };
  const count = (suite: Xml2jsSuite): number =>
    (suite.testcase?.length ?? 0) + (suite.testsuite ?? []).reduce((n, s) => n + count(s), 0);
  tests = (doc.testsuites?.testsuite ?? [doc.testsuite]).reduce((n, s) => n + count(s), 0);
} else if (mode === 'json-parse') {
  const data = JSON.parse(await readFile(path, 'utf8')) as { testResults: { assertionResults: unknown[] }[] };
  tests = data.testResults.reduce((n, r) => n + r.assertionResults.length, 0);
}
const ms = performance.now() - started;
// CPU time (all threads of the process: the parser's and the garbage collector's helpers) is what
// a neighbour's load changes least on a shared machine.
const used = process.cpuUsage(cpu);
process.stdout.write(
  JSON.stringify({
    ms,
    cpuMs: (used.user + used.system) / 1000,
    tests,
    maxRssMb: process.resourceUsage().maxRSS / 1024
  })
);
