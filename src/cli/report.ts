import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseConfig } from '../config/parse';
import { gatesDefaults, type GatesConfig } from '../gates/config';
import { evaluateGate, gateTotals, pct, stepFailure } from '../gates/evaluate';
import { plainText } from '../gates/escape';
import { expandGlobs } from '../gates/files';
import type { GateOutcome } from '../core/shared';
import { caseId, emptyTotals, sumTotals, type ParsedReport, type TestCase, type Totals } from '../gates/model';
import { DEFAULT_MAX_REPORT_BYTES, readReport } from '../gates/read';
import { parseArgs, stringFlag } from './args';

const USAGE = `Usage: epic-steward report [--config <file>] [--json] [--max-size <MB>] <files or globs...>

Parses test reports (JUnit XML in its common dialects, NUnit, xUnit.net, TRX, Jest --json),
detected from their content, in streaming, bounded memory; prints the totals per file and
overall and, with --config, evaluates the config's quality gates on them (against their
configured baselines and targets; recorded baselines need the action) and lists the failing
tests of each failing gate. A file that cannot be parsed is listed with its error and does not
stop the others. Exit code: 1 if any file failed or, with --config, when the gates fail by the
config's \`gates.fail-on\` (as the action's step would); 2 on a usage or config error.

  --config <file>  a .github/epic-steward.yml whose gates to evaluate
  --fail-on <when> override \`gates.fail-on\`: gate-failure, regression, or never (exit 0 whatever the gates say)
  --json           exactly one JSON document on stdout: {files, totals, gates} (each gate with its failing tests)
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

/** What the flags and the config ask for, checked: the gates, when they fail the step, the size limit. */
interface ReportOptions {
  gates: GatesConfig;
  failOn: GatesConfig['fail-on'];
  maxBytes: number;
}

type Args = ReturnType<typeof parseArgs>;

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
  const options = await reportOptions(args);
  if (typeof options === 'string') {
    process.stderr.write(`epic-steward report: ${options}\n`);
    return 2;
  }
  const { gates, failOn } = options;
  const { files, reports } = await readFiles(args.positionals, options.maxBytes);
  const totals = sumTotals(files.map((f) => f.totals));
  const outcomes = gates.items.map((gate) => evaluateGate({ gate, reports, flaky: gates.flaky }));
  const gateFailure = stepFailure(outcomes, failOn, 0);
  const failed = files.some((f) => f.error) || gateFailure !== undefined;
  const failing = new Map(
    gates.items.map((gate) => [gate.name, failingTests(gateTotals(gate, reports, gates.flaky).cases)])
  );
  if (args.flags.json) {
    const gateRows = outcomes.map((g) => ({
      name: g.name,
      title: g.title,
      passRate: g.passRate,
      executionRate: g.executionRate,
      verdict: g.verdict,
      totals: g.totals,
      reasons: g.reasons,
      failing: failing.get(g.name)!.slice(0, FAILING_LISTED)
    }));
    process.stdout.write(`${JSON.stringify({ files, totals, gates: gateRows })}\n`);
  } else {
    process.stdout.write(`${table(files, totals, outcomes, failing).join('\n')}\n`);
    for (const f of files) for (const w of f.warnings ?? []) process.stderr.write(`warning: ${w}\n`);
  }
  if (gateFailure) process.stderr.write(`epic-steward report: ${terminalText(gateFailure)}\n`);
  return failed ? 1 : 0;
}

/** The options, or why they cannot be used (a usage or config error). */
async function reportOptions(args: Args): Promise<ReportOptions | string> {
  let gates: GatesConfig = gatesDefaults();
  const configPath = stringFlag(args, 'config');
  if (configPath) {
    try {
      gates = parseConfig(await readFile(configPath, 'utf8'), configPath).gates;
    } catch (error) {
      return (error as Error).message;
    }
  }
  const failOn = stringFlag(args, 'fail-on') ?? gates['fail-on'];
  if (!isFailOn(failOn)) return `--fail-on: expected one of ${FAIL_ON.join(', ')}, got "${failOn}"`;
  const maxSize = stringFlag(args, 'max-size');
  const maxBytes = maxSize !== undefined ? Number(maxSize) * 1048576 : gates['max-report-size'] * 1048576;
  if (!(maxBytes > 0)) return `--max-size must be a positive number of MB`;
  return { gates, failOn, maxBytes };
}

/** Every file the arguments match, parsed; a file that cannot be parsed is listed with its error. */
async function readFiles(
  patterns: string[],
  maxBytes: number
): Promise<{ files: FileResult[]; reports: ParsedReport[] }> {
  const paths = await expandGlobs(patterns, process.cwd());
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
  if (paths.length === 0) files.push({ path: patterns.join(' '), totals: emptyTotals(), error: 'no file matches' });
  return { files, reports };
}

/** The totals per file and overall, then each gate's verdict with the failing tests of a failed one. */
function table(files: FileResult[], totals: Totals, outcomes: GateOutcome[], failing: Map<string, string[]>): string[] {
  const row = (name: string, t: Totals) =>
    `${name.padEnd(48)} ${[t.tests, t.passed, t.failed, t.errored, t.skipped, t.flaky, t.suiteErrors].map((n) => String(n).padStart(8)).join('')}`;
  const out: string[] = [
    `${'file'.padEnd(48)} ${['tests', 'passed', 'failed', 'errored', 'skipped', 'flaky', 'suite!'].map((h) => h.padStart(8)).join('')}`
  ];
  for (const f of files)
    out.push(f.error ? `${f.path.padEnd(48)} error: ${f.error}` : `${row(f.path, f.totals)}  ${f.format}`);
  out.push(row('total', totals));
  const executed = totals.passed + totals.failed + totals.errored;
  if (executed)
    out.push(`pass rate ${pct(totals.passed / executed)} (${totals.passed} passed of ${executed} executed)`);
  for (const g of outcomes) {
    out.push(
      `gate ${g.name}: ${g.verdict}, pass rate ${pct(g.passRate)}, execution rate ${pct(g.executionRate)}: ${g.reasons.join('; ')}`
    );
    if (g.verdict === 'fail') out.push(...listFailing(failing.get(g.name)!));
  }
  return out;
}

const FAIL_ON: GatesConfig['fail-on'][] = ['gate-failure', 'regression', 'never'];
const isFailOn = (value: string): value is GatesConfig['fail-on'] => (FAIL_ON as string[]).includes(value);
/** At most this many failing tests are listed per gate; the rest are counted. */
const FAILING_LISTED = 50;

/** The ids of a gate's failed and errored tests (`suite/class/name`), made safe for a terminal. */
function failingTests(cases: TestCase[]): string[] {
  return cases
    .filter((c) => c.outcome === 'failed' || c.outcome === 'errored')
    .map((c) => terminalText(caseId(c), 300));
}

function listFailing(ids: string[]): string[] {
  const lines = ids.slice(0, FAILING_LISTED).map((id) => `  failing: ${id}`);
  if (ids.length > FAILING_LISTED) lines.push(`  … and ${ids.length - FAILING_LISTED} more failing test(s)`);
  return lines;
}

/** Test names come from reports (hostile): no escape sequences or line breaks reach the terminal. */
function terminalText(text: string, max = 2000): string {
  return plainText(text, max).replace(/\n/g, ' ');
}
