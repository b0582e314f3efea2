import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseConfig } from '../config/parse';
import { gatesDefaults, type GatesConfig } from '../gates/config';
import { evaluateGate, pct } from '../gates/evaluate';
import { expandGlobs } from '../gates/files';
import { emptyTotals, sumTotals, type ParsedReport, type Totals } from '../gates/model';
import { DEFAULT_MAX_REPORT_BYTES, readReport } from '../gates/read';
import { parseArgs, stringFlag } from './args';

const USAGE = `Usage: epic-steward report [--config <file>] [--json] [--max-size <MB>] <files or globs...>

Parses test reports (JUnit XML in its common dialects, NUnit, xUnit.net, TRX, Jest --json),
detected from their content, in streaming, bounded memory; prints the totals per file and
overall and, with --config, evaluates the config's quality gates on them (against their
configured baselines and targets; recorded baselines need the action). A file that cannot be
parsed is listed with its error and does not stop the others; the exit code is 1 if any file
failed, 2 on a usage or config error.

  --config <file>  a .github/epic-steward.yml whose gates to evaluate
  --json           exactly one JSON document on stdout: {files, totals, gates}
  --max-size <MB>  refuse larger files (default: the config's max-report-size, else ${DEFAULT_MAX_REPORT_BYTES / 1048576})
  --help           this text
`;

interface FileResult {
  path: string;
  format?: string;
  totals: Totals;
  warnings?: string[];
  error?: string;
}

/** `epic-steward report`: the report parsers and gate maths as a command, for people and scripts. */
export async function reportCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json', 'help']);
  if (args.flags.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.positionals.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  let gates: GatesConfig = gatesDefaults();
  const configPath = stringFlag(args, 'config');
  if (configPath) {
    try {
      gates = parseConfig(await readFile(configPath, 'utf8'), configPath).gates;
    } catch (error) {
      process.stderr.write(`epic-steward report: ${(error as Error).message}\n`);
      return 2;
    }
  }
  const maxSize = stringFlag(args, 'max-size');
  const maxBytes = maxSize !== undefined ? Number(maxSize) * 1048576 : gates['max-report-size'] * 1048576;
  if (!(maxBytes > 0)) {
    process.stderr.write(`epic-steward report: --max-size must be a positive number of MB\n`);
    return 2;
  }
  const paths = await expandGlobs(args.positionals, process.cwd());
  const files: FileResult[] = [];
  const reports: ParsedReport[] = [];
  for (const path of paths) {
    const full = resolve(path);
    try {
      const report = await readReport(full, maxBytes);
      report.path = path;
      reports.push(report);
      const warnings = report.warnings.map((w) => w.split(full).join(path));
      files.push({ path, format: report.format, totals: report.totals, ...(warnings.length ? { warnings } : {}) });
    } catch (error) {
      files.push({ path, totals: emptyTotals(), error: (error as Error).message.split(full).join(path) });
    }
  }
  if (paths.length === 0) files.push({ path: args.positionals.join(' '), totals: emptyTotals(), error: 'no file matches' });
  const totals = sumTotals(files.map((f) => f.totals));
  const outcomes = gates.items.map((gate) => evaluateGate({ gate, reports, flaky: gates.flaky }));
  const failed = files.some((f) => f.error);
  if (args.flags.json) {
    const gateRows = outcomes.map((g) => ({ name: g.name, title: g.title, passRate: g.passRate, executionRate: g.executionRate, verdict: g.verdict, totals: g.totals, reasons: g.reasons }));
    process.stdout.write(`${JSON.stringify({ files, totals, gates: gateRows })}\n`);
    return failed ? 1 : 0;
  }
  const row = (name: string, t: Totals) => `${name.padEnd(48)} ${[t.tests, t.passed, t.failed, t.errored, t.skipped, t.flaky, t.suiteErrors].map((n) => String(n).padStart(8)).join('')}`;
  const out: string[] = [`${'file'.padEnd(48)} ${['tests', 'passed', 'failed', 'errored', 'skipped', 'flaky', 'suite!'].map((h) => h.padStart(8)).join('')}`];
  for (const f of files) out.push(f.error ? `${f.path.padEnd(48)} error: ${f.error}` : `${row(f.path, f.totals)}  ${f.format}`);
  out.push(row('total', totals));
  const executed = totals.passed + totals.failed + totals.errored;
  if (executed) out.push(`pass rate ${pct(totals.passed / executed)} (${totals.passed} passed of ${executed} executed)`);
  for (const g of outcomes) out.push(`gate ${g.name}: ${g.verdict}, pass rate ${pct(g.passRate)}, execution rate ${pct(g.executionRate)}: ${g.reasons.join('; ')}`);
  process.stdout.write(`${out.join('\n')}\n`);
  for (const f of files) for (const w of f.warnings ?? []) process.stderr.write(`warning: ${w}\n`);
  return failed ? 1 : 0;
}
