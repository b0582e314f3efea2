import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { commandsOf } from '../helpers/docs';

/**
 * Issue 15, what it must show 3: the README's quick start, run verbatim. The repository's files
 * (tracked, and new ones not ignored) are copied into an empty folder, as a clone would be, and
 * the quick start's first command runs there with `sh -c` exactly as the README writes it:
 * `npm ci` installs from the lockfile, `npm run demo` plays the story on the committed dist/.
 * Its second command, `npm test`, is this suite: CI runs it in a fresh clone (.ci/run); running
 * it from inside itself would only recurse.
 */
const quickStart = commandsOf(
  'README.md',
  readFileSync('README.md', 'utf8').split('## Quick start')[1]!.split('\n## ')[0]!
);

function cloneLike(): string {
  const dir = mkdtempSync(join(tmpdir(), 'epic-steward-clone-'));
  const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
    .stdout.split('\0')
    .filter(Boolean);
  // The suite runs in a clone (CI: .ci/run); without git there is nothing to copy from.
  if (!files.includes('package.json'))
    throw new Error('git ls-files found no package.json: run the suite in a git clone');
  for (const file of files) {
    if (!existsSync(file)) continue; // deleted in the working tree
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(file, join(dir, file));
  }
  return dir;
}

function sh(command: string, cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', command], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_prefer_offline: 'true' }
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

describe("the README's quick start", () => {
  test('is two commands: install and demo, then the tests', () => {
    expect(quickStart.map((c) => c.text)).toEqual(['npm ci && npm run demo', 'npm test']);
    expect(JSON.parse(readFileSync('package.json', 'utf8')).scripts.test).toMatch(/jest/);
  });

  test('`npm ci && npm run demo`, verbatim, in a folder holding only the repository', async () => {
    const dir = cloneLike();
    try {
      const run = await sh(quickStart[0]!.text, dir);
      expect([run.code, run.output.slice(-3000)]).toEqual([0, expect.stringContaining('✓')]);
      expect(run.output).not.toContain('✗');
      expect(readdirSync(join(dir, 'demo-output')).length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 900_000);
});
