import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandsOf, type Command } from '../helpers/docs';

/**
 * Issue 15 item 12: every command in the README and the docs is run here or checked so that it
 * fails when the docs drift. Each fenced `sh` block is read; every command in it must be one of:
 * - `node dist/cli.js …`: run verbatim from the repository root against the emulator the same
 *   document starts (an `emulator` command runs in the background until the others are done);
 * - `npm ci`, `npm test`, `npm ci && npm run demo`: the README's quick start, run verbatim by
 *   quickstart.e2e.test.ts (and `npm test` by CI in a fresh clone);
 * - `npm run <script> [-- flags]`: the script exists, and its flags are ones the command takes;
 *   `VAR=value` prefixes are variables the project reads.
 * Anything else fails: a new kind of command needs a way to be checked here.
 */
const DOCUMENTS = [
  'README.md',
  'src/emulator/README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`)
];
const QUICK_START = new Set(['npm ci && npm run demo', 'npm test', 'npm ci']);
const scripts: Record<string, string> = JSON.parse(readFileSync('package.json', 'utf8')).scripts;

const all = DOCUMENTS.flatMap((file) => commandsOf(file, readFileSync(file, 'utf8')));

function kind(c: Command): 'cli' | 'quick-start' | 'script' | 'unknown' {
  if (c.text.startsWith('node dist/cli.js ')) return 'cli';
  if (QUICK_START.has(c.text)) return 'quick-start';
  if (/^([A-Z_]+=\S+\s+)*npm run [\w:-]+( -- .*)?( > \S+)?$/.test(c.text)) return 'script';
  return 'unknown';
}

/** Runs `sh -c text` from the repository root; a background one resolves when it listens. */
function shell(
  text: string,
  background: boolean
): Promise<{ code: number; stdout: string; stderr: string; stop: () => void }> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', background ? `exec ${text}` : text], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const stop = () => child.kill('SIGTERM');
    child.stdout.on('data', (d) => {
      stdout += d;
      if (background && /listening on http/.test(stdout)) resolve({ code: 0, stdout, stderr, stop });
    });
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr, stop }));
  });
}

describe('the commands in the README and docs', () => {
  test('there are commands to check, and every one is of a kind this test runs or checks', () => {
    expect(all.length).toBeGreaterThan(8);
    expect(all.filter((c) => kind(c) === 'unknown').map((c) => `${c.file}:${c.line}: ${c.text}`)).toEqual([]);
  });

  test('the quick start is exactly what quickstart.e2e.test.ts runs', () => {
    const readme = all.filter((c) => c.file === 'README.md' && kind(c) === 'quick-start').map((c) => c.text);
    expect(readme.slice(0, 2)).toEqual(['npm ci && npm run demo', 'npm test']);
  });

  test('npm scripts exist, their flags are ones the command takes, their variables are read', () => {
    const source = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? source(join(dir, e.name))
          : /\.(ts|mjs|cjs)$/.test(e.name)
            ? [readFileSync(join(dir, e.name), 'utf8')]
            : []
      );
    const code = [...source('src'), ...source('__tests__'), ...source('bench'), ...source('scripts')].join('\n');
    for (const c of all.filter((x) => kind(x) === 'script')) {
      const where = `${c.file}:${c.line}: ${c.text}`;
      const [, env = '', script, args = ''] = /^((?:[A-Z_]+=\S+\s+)*)npm run ([\w:-]+)(?: -- (.*?))?(?: > \S+)?$/.exec(
        c.text
      )!;
      expect([where, scripts[script!] !== undefined]).toEqual([where, true]);
      for (const variable of env
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((v) => v.split('=')[0]!))
        expect([where, code.includes(variable)]).toEqual([where, true]);
      const flags = args.match(/--[\w-]+/g) ?? [];
      if (!flags.length) continue;
      if (script === 'demo') {
        const usage = spawnSync(process.execPath, ['dist/cli.js', 'demo', '--help'], { encoding: 'utf8' }).stdout;
        for (const flag of flags) expect([where, usage.includes(flag)]).toEqual([where, true]);
      } else if (scripts[script!]!.includes('jest')) {
        // A Jest flag and the stress file it selects.
        expect([where, flags]).toEqual([where, ['--testPathPattern']]);
        const pattern = /--testPathPattern (\S+)/.exec(args)![1]!;
        expect([where, readdirSync('__tests__/stress').some((f) => f.includes(pattern))]).toEqual([where, true]);
      } else {
        throw new Error(`${where}: no check for the flags of npm run ${script}`);
      }
    }
  });

  test('the CLI table of the README: every command and flag it shows is one the CLI takes', () => {
    const rows = readFileSync('README.md', 'utf8').match(/^\| `epic-steward [^`]+` \|/gm) ?? [];
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const row of rows) {
      const [name, ...rest] = /`epic-steward ([^`]+)`/.exec(row)![1]!.split(/\s+/);
      const help = spawnSync(process.execPath, ['dist/cli.js', name!, '--help'], { encoding: 'utf8' });
      expect([row, help.status]).toEqual([row, 0]);
      for (const flag of rest.join(' ').match(/--[\w-]+/g) ?? [])
        expect([row, flag, help.stdout.includes(flag)]).toEqual([row, flag, true]);
    }
  });

  test.each(DOCUMENTS.filter((file) => all.some((c) => c.file === file && kind(c) === 'cli')))(
    '%s: its node dist/cli.js commands run, verbatim, against the emulator it starts',
    async (file) => {
      const commands = all.filter((c) => c.file === file && kind(c) === 'cli');
      const running: (() => void)[] = [];
      try {
        for (const c of commands) {
          const background = /^node dist\/cli\.js emulator /.test(c.text);
          const run = await shell(c.text, background);
          expect([
            `${c.file}:${c.line}`,
            run.code,
            background ? '' : (run.stderr.match(/^(error|Invalid).*$/m)?.[0] ?? '')
          ]).toEqual([`${c.file}:${c.line}`, 0, '']);
          if (background) running.push(run.stop);
          else expect(run.stdout).toContain('## Epic Steward');
        }
      } finally {
        for (const stop of running) stop();
      }
    },
    180_000
  );
});
