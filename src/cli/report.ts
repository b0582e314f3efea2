import { resolve } from 'node:path';
import { expandGlobs } from '../gates/files';
import { emptyTotals, sumTotals, type Totals } from '../gates/model';
import { DEFAULT_MAX_REPORT_BYTES, readReport } from '../gates/read';
import { parseArgs, stringFlag } from './args';

const USAGE = `Usage: epic-steward report [--json] [--max-size <MB>] <files or globs...>

Parses test reports (JUnit XML in its common dialects, Jest --json) in streaming, bounded
memory, and prints the totals per file and overall. A file that cannot be parsed is listed with
its error and does not stop the others; the exit code is 1 if any file failed.

  --json           one JSON document on stdout: {files, totals, gates}
  --max-size <MB>  refuse larger files (default ${DEFAULT_MAX_REPORT_BYTES / 1048576})
`;

interface FileResult {
  path: string;
  format?: string;
  totals: Totals;
  warnings?: string[];
  error?: string;
}

/** `epic-steward report`: the report parser as a command, for people and scripts. */
export async function reportCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json', 'help']);
  if (args.flags.help || args.positionals.length === 0) {
    process[args.flags.help ? 'stdout' : 'stderr'].write(USAGE);
    return args.flags.help ? 0 : 2;
  }
  const maxBytes = Number(stringFlag(args, 'max-size') ?? DEFAULT_MAX_REPORT_BYTES / 1048576) * 1048576;
  const paths = await expandGlobs(args.positionals, process.cwd());
  const files: FileResult[] = [];
  for (const path of paths) {
    try {
      const report = await readReport(resolve(path), maxBytes);
      files.push({ path, format: report.format, totals: report.totals, ...(report.warnings.length ? { warnings: report.warnings.map((w) => w.replace(resolve(path), path)) } : {}) });
    } catch (error) {
      files.push({ path, totals: emptyTotals(), error: (error as Error).message.replace(resolve(path), path) });
    }
  }
  if (paths.length === 0) files.push({ path: args.positionals.join(' '), totals: emptyTotals(), error: 'no file matches' });
  const totals = sumTotals(files.map((f) => f.totals));
  const failed = files.some((f) => f.error);
  if (args.flags.json) {
    process.stdout.write(`${JSON.stringify({ files, totals, gates: [] })}\n`);
  } else {
    const row = (name: string, t: Totals) => `${name.padEnd(48)} ${[t.tests, t.passed, t.failed, t.errored, t.skipped, t.flaky, t.suiteErrors].map((n) => String(n).padStart(7)).join('')}`;
    process.stdout.write(`${'file'.padEnd(48)} ${['tests', 'passed', 'failed', 'errored', 'skipped', 'flaky', 'suite!'].map((h) => h.padStart(7)).join('')}\n`);
    for (const f of files) process.stdout.write(f.error ? `${f.path.padEnd(48)} error: ${f.error}\n` : `${row(f.path, f.totals)}\n`);
    process.stdout.write(`${row('total', totals)}\n`);
    const executed = totals.passed + totals.failed + totals.errored;
    if (executed) process.stdout.write(`pass rate ${((totals.passed / executed) * 100).toFixed(1)}% (${totals.passed}/${executed} executed)\n`);
    for (const f of files) for (const w of f.warnings ?? []) process.stderr.write(`warning: ${w}\n`);
  }
  return failed ? 1 : 0;
}
