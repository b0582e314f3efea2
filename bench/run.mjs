// `npm run bench`: prints a table of figures, each beside the reference measured in the same
// run, and writes bench/results.json. Builds bench/out/*.mjs from TypeScript with esbuild first.
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const banner = { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" };
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', banner, loader: { '.graphql': 'text' }, alias: { '@octokit/graphql-schema/schema.graphql': './node_modules/@octokit/graphql-schema/schema.graphql' }, logLevel: 'error', external: ['xml2js'] };
await build({ ...common, entryPoints: ['bench/parse-worker.ts'], outfile: 'bench/out/parse-worker.mjs' });
await build({ ...common, entryPoints: ['bench/scenarios.ts'], outfile: 'bench/out/scenarios.mjs' });
execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });

const dir = mkdtempSync(join(tmpdir(), 'epic-steward-bench-'));
const results = { machine: { node: process.version, cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30) }, parsing: [], startup: {}, scenarios: [] };
const line = (cells) => console.log(cells.map((c, i) => String(c).padEnd(i === 0 ? 54 : 19)).join(''));

/**
 * A JUnit file of about `mb` MB shaped as the issue asks (100 MB: about 300,000 cases, 5% failing
 * with stack traces): Surefire-like class and method names, a 40-frame Java stack per failure,
 * escaped `<`/`>` in the messages. About 345 bytes a case on average.
 */
async function junit(mb) {
  const path = join(dir, `junit-${mb}mb.xml`);
  const out = createWriteStream(path);
  const frames = ['org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:', 'org.junit.jupiter.api.AssertEquals.failNotEqual(AssertEquals.java:', 'org.junit.jupiter.engine.execution.MethodInvocation.proceed(MethodInvocation.java:', 'org.junit.platform.engine.support.hierarchical.NodeTestTask.executeRecursively(NodeTestTask.java:'];
  const stack = Array.from({ length: 40 }, (_, i) => `\tat ${frames[i % frames.length]}${i + 10})`).join('\n');
  const verbs = ['should', 'must', 'can', 'rejects', 'accepts'];
  out.write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n<testsuite name="bench">\n');
  let written = 0;
  let i = 0;
  while (written < mb * 1048576) {
    const failing = i % 20 === 7;
    // A class's cases are listed together, 20 to a class, as Surefire and pytest list them.
    const k = Math.floor(i / 20);
    const classname = `com.example.module${k % 37}.orders.api.OrderService${k}IntegrationTest`;
    const name = `${verbs[i % 5]}HandleOrderWhenInventoryIsInsufficient_case${i}`;
    const failure = `>\n<failure message="expected: &lt;200&gt; but was: &lt;500&gt;" type="org.opentest4j.AssertionFailedError">org.opentest4j.AssertionFailedError: expected: &lt;200&gt; but was: &lt;500&gt;\n${stack}</failure>\n</testcase>`;
    const text = `<testcase classname="${classname}" name="${name}" time="0.0${(i % 90) + 10}"${failing ? failure : '/>'}\n`;
    written += text.length;
    i++;
    if (!out.write(text)) await new Promise((r) => out.once('drain', r));
  }
  out.write('</testsuite>\n</testsuites>\n');
  await new Promise((r) => out.end(r));
  return { path, cases: i };
}

async function jestJson(mb) {
  const path = join(dir, `jest-${mb}mb.json`);
  const out = createWriteStream(path);
  out.write('{"numTotalTests":0,"testResults":[');
  let written = 0;
  let f = 0;
  while (written < mb * 1048576) {
    const assertions = Array.from({ length: 50 }, (_, i) => JSON.stringify({ ancestorTitles: ['suite'], title: `test ${i}`, fullName: `suite test ${i}`, status: i % 20 ? 'passed' : 'failed', failureMessages: i % 20 ? [] : ['Error: expected\n    at Object.<anonymous> (file.test.js:10:5)'] }));
    const text = `${f ? ',' : ''}{"name":"/repo/src/file${f}.test.js","status":"passed","assertionResults":[${assertions.join(',')}]}`;
    written += text.length;
    f++;
    if (!out.write(text)) await new Promise((r) => out.once('drain', r));
  }
  out.write(']}');
  await new Promise((r) => out.end(r));
  return { path };
}

/**
 * The fastest of RUNS parses (each in its own process), with the highest peak RSS among them: on
 * a shared machine one run can lose a second to a neighbour, and every parser gets the same treatment.
 */
const RUNS = 3;
function measure(mode, path) {
  let best;
  for (let i = 0; i < RUNS; i++) {
    const run = spawnSync(process.execPath, ['--max-old-space-size=4096', resolve('bench/out/parse-worker.mjs'), mode, path], { encoding: 'utf8' });
    if (run.status !== 0) return { error: run.stderr.split('\n')[0] };
    const f = JSON.parse(run.stdout);
    best = best ? { ...(f.ms < best.ms ? f : best), maxRssMb: Math.max(f.maxRssMb, best.maxRssMb) } : f;
  }
  return best;
}

console.log(`\nReport parsing (each parse in its own process, fastest of ${RUNS}; peak RSS is the highest maxRSS of those runs)`);
line(['file', 'parser', 'MB/s', 'peak MB', 'vs xml2js']);
const files = [];
for (const mb of [1, 10, 100]) {
  const file = await junit(mb);
  files.push({ ...file, label: `JUnit ${mb} MB (${file.cases.toLocaleString('en')} cases)`, goal: mb === 100, modes: ['ours', 'xml2js', 'read'] });
}
files.push({ ...(await jestJson(50)), label: 'Jest JSON 50 MB', modes: ['ours', 'json-parse', 'read'] });
for (const file of files) {
  const size = statSync(file.path).size / 1048576;
  const figures = {};
  for (const mode of file.modes) figures[mode] = measure(mode, file.path);
  const reference = figures.xml2js ?? figures['json-parse'];
  for (const mode of file.modes) {
    const f = figures[mode];
    if (f.error) {
      line([file.label, mode, 'error', f.error.slice(0, 40), '']);
      continue;
    }
    const speed = size / (f.ms / 1000);
    const ratio = mode === 'ours' && reference && !reference.error ? `${(reference.ms / f.ms).toFixed(1)}× faster, ${(reference.maxRssMb / f.maxRssMb).toFixed(1)}× less memory` : '';
    line([file.label, mode === 'read' ? 'read only (floor)' : mode, speed.toFixed(1), f.maxRssMb.toFixed(0), ratio]);
    results.parsing.push({ file: file.label, sizeMb: Number(size.toFixed(1)), parser: mode, ms: Math.round(f.ms), mbPerS: Number(speed.toFixed(1)), peakMb: Math.round(f.maxRssMb), tests: f.tests });
  }
  // The goals on the 100 MB file: at least 10x xml2js's speed, under 150 MB peak.
  const ours = figures.ours;
  if (file.goal && ours && !ours.error && reference && !reference.error) {
    const speedup = reference.ms / ours.ms;
    const goals = { speedup: Number(speedup.toFixed(2)), speedupMet: speedup >= 10, peakMb: Math.round(ours.maxRssMb), peakMet: ours.maxRssMb < 150 };
    console.log(`  goals on ${file.label}: >= 10x xml2js: ${speedup.toFixed(1)}x (${goals.speedupMet ? 'met' : 'NOT met'}); peak < 150 MB: ${ours.maxRssMb.toFixed(0)} MB (${goals.peakMet ? 'met' : 'NOT met'})`);
    results.parsingGoals = goals;
  }
}

// The cost of growth on the parsing side: our parser's time as the JUnit report grows 1 -> 10 -> 100 MB.
{
  const rows = results.parsing.filter((r) => r.parser === 'ours' && r.file.startsWith('JUnit'));
  results.parsingGrowth = [];
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1], rows[i]];
    const k = Math.log(b.ms / a.ms) / Math.log(b.sizeMb / a.sizeMb);
    const step = { from: a.sizeMb, to: b.sizeMb, timeRatio: Number((b.ms / a.ms).toFixed(2)), exponent: Number(k.toFixed(2)), verdict: k <= 1.05 ? 'linear or better' : 'WORSE than linear' };
    results.parsingGrowth.push(step);
    console.log(`  growth ${a.sizeMb} -> ${b.sizeMb} MB: time ×${step.timeRatio} (k = ${step.exponent}: ${step.verdict})`);
  }
}

console.log('\nStart-up (median of 7)');
const median = (args) => {
  const times = [];
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    spawnSync(process.execPath, args, { env: { PATH: process.env.PATH }, stdio: 'ignore' });
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[3];
};
const action = median(['dist/index.js']);
const bare = median(['-e', '0']);
line(['node dist/index.js (no event: exits at once)', `${action.toFixed(0)} ms`, `node -e 0: ${bare.toFixed(0)} ms`, `${(action / bare).toFixed(1)}×`]);
results.startup = { actionMs: Math.round(action), nodeMs: Math.round(bare), ratio: Number((action / bare).toFixed(2)) };

console.log('\nAPI requests per scenario (emulator request log; the floor is the fewest the job could take;');
console.log("GraphQL points and nodes by GitHub's formula, src/emulator/graphql/cost.ts; config: requests for the config file)");
line(['scenario', 'requests', 'floor', 'ratio', 'config', 'GraphQL', 'points', 'nodes (largest call)', 'time']);
const costCells = (row) => [row.configReads, row.graphql, row.points, `${row.nodes.toLocaleString('en')} (${row.maxNodes.toLocaleString('en')})`];
const { scenarios } = await import(pathToFileURL(resolve('bench/out/scenarios.mjs')).href);
for (const row of await scenarios()) {
  line([row.scenario, row.requests, row.floor, `${(row.requests / row.floor).toFixed(2)}×`, ...costCells(row), `${row.ms.toFixed(0)} ms`]);
  results.scenarios.push({ ...row, ms: Math.round(row.ms) });
}

// The escalations' schedule sweep over 5,000 issues, in the same table (reads and writes apart).
{
  const { sweep } = await import(pathToFileURL(resolve('bench/out/scenarios.mjs')).href);
  const row = await sweep();
  line([row.scenario, row.requests, row.floor, `${(row.requests / row.floor).toFixed(2)}×`, ...costCells(row), `${row.ms.toFixed(0)} ms`]);
  console.log(`  (${row.reads} reads, ${row.writes} writes; ${row.escalated} issues escalated)`);
  // GITHUB_TOKEN: 1,000 REST requests and 1,000 GraphQL points an hour per repository (GitHub's rate-limit pages).
  const within = row.points <= 1000 && row.requests - row.graphql <= 1000;
  console.log(`  GITHUB_TOKEN budget: ${row.points} of 1,000 GraphQL points, ${row.requests - row.graphql} of 1,000 REST requests an hour: ${within ? 'within' : 'OVER'}`);
  results.scenarios.push({ ...row, ms: Math.round(row.ms) });
}

// The cost of growth: time and requests as the epic grows 10 -> 100 -> 1,000 references. The
// exponent k of each step (cost ~ n^k) is log(cost ratio) / log(size ratio): k <= 1 is linear or better.
{
  const { growth } = await import(pathToFileURL(resolve('bench/out/scenarios.mjs')).href);
  const rows = await growth(3);
  const startup = results.startup.actionMs;
  console.log(`\nThe cost of growth: close a story in an epic of n references (median of 3 runs; start-up ${startup} ms)`);
  line(['references', 'requests', 'time', 'time - start-up', 'step exponent (requests, time, time - start-up)']);
  const exponent = (a, b, na, nb) => Math.log(b / a) / Math.log(nb / na);
  results.growth = { startupMs: startup, rows: [], steps: [] };
  rows.forEach((row, i) => {
    const above = Math.max(1, row.ms - startup);
    let step = '';
    if (i > 0) {
      const prev = rows[i - 1];
      const prevAbove = Math.max(1, prev.ms - startup);
      const k = { requests: exponent(prev.requests, row.requests, prev.references, row.references), time: exponent(prev.ms, row.ms, prev.references, row.references), timeAboveStartup: exponent(prevAbove, above, prev.references, row.references) };
      const verdict = Math.max(k.requests, k.time, k.timeAboveStartup) <= 1.05 ? 'linear or better' : 'WORSE than linear';
      step = `${k.requests.toFixed(2)}, ${k.time.toFixed(2)}, ${k.timeAboveStartup.toFixed(2)}: ${verdict}`;
      results.growth.steps.push({ from: prev.references, to: row.references, requestRatio: Number((row.requests / prev.requests).toFixed(2)), timeRatio: Number((row.ms / prev.ms).toFixed(2)), exponent: Object.fromEntries(Object.entries(k).map(([key, v]) => [key, Number(v.toFixed(2))])), verdict });
    }
    line([row.references.toLocaleString('en'), row.requests, `${row.ms.toFixed(0)} ms`, `${above.toFixed(0)} ms`, step]);
    results.growth.rows.push({ references: row.references, requests: row.requests, ms: Math.round(row.ms), msAboveStartup: Math.round(above), runsMs: row.runsMs });
  });
}

rmSync(dir, { recursive: true, force: true });
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
console.log('\nWritten to bench/results.json');
