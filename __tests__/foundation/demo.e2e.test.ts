import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnNode } from '../helpers/action';

describe('npm run demo', () => {
  test('plays the seed story through the bundle and ends as the seeds expect', async () => {
    const out = mkdtempSync(join(tmpdir(), 'epic-steward-demo-test-'));
    const run = await spawnNode([resolve('dist/cli.js'), 'demo', '--out', out], { PATH: process.env.PATH ?? '' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const heading of ['1. ', '2. ', '3. ', '4. ', '5. ']) expect(run.stdout).toContain(`\n${heading}`);
    expect(run.stdout).not.toContain('✗');
    // Piped output is plain text: no colour codes.
    expect(run.stdout).not.toContain('\x1b[');
    const state = JSON.parse(readFileSync(join(out, 'state.json'), 'utf8'));
    const epic = state.repos[0].issues.find((i: { number: number }) => i.number === 13);
    expect(epic.labels).toContain('ready-for-qa');
    expect(readFileSync(join(out, 'summaries.md'), 'utf8')).toContain('## Epic Steward');
  });
});
