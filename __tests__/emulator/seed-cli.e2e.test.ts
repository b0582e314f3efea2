import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnNode } from '../helpers/action';

/**
 * Issue 15 item 11: `node dist/cli.js emulator --seed` reads what its README shows
 * (`color: 5319e7` unquoted, which YAML reads as a number), and a seed mistake exits 2 with
 * one message instead of a stack trace.
 */
const CLI = resolve('dist/cli.js');

function seedFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'seed-')), 'seed.yml');
  writeFileSync(path, text);
  return path;
}

/** Starts the emulator process, waits for its one line, reads the labels, stops it. */
async function labelsServed(seed: string): Promise<{ name: string; color: string }[]> {
  const child = spawn(process.execPath, [CLI, 'emulator', '--port', '0', '--seed', seed], {
    stdio: ['ignore', 'pipe', 'pipe']
  });
  try {
    const url = await new Promise<string>((ok, fail) => {
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => {
        out += d;
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (match) ok(match[1]!);
      });
      child.stderr.on('data', (d) => (err += d));
      child.on('close', (code) => fail(new Error(`emulator exited ${code}: ${err}`)));
    });
    return (await (await fetch(`${url}/repos/acme/app/labels`)).json()) as { name: string; color: string }[];
  } finally {
    child.kill('SIGTERM');
  }
}

const SEED = (labels: string) => `repos:
  - owner: acme
    name: app
    labels: ${labels}
    issues:
      - number: 1
        title: 2025
        labels: [Epic]
`;

describe('epic-steward emulator --seed (the bundled CLI)', () => {
  test('unquoted colours and numeric-looking titles are read as written', async () => {
    const labels = await labelsServed(
      seedFile(SEED('[{ name: Epic, color: 5319e7 }, { name: Black, color: 000000 }, { name: Bug, color: d73a4a }]'))
    );
    expect(labels.map((l) => [l.name, l.color])).toEqual([
      ['Epic', '5319e7'],
      ['Black', '000000'],
      ['Bug', 'd73a4a']
    ]);
  });

  test.each([
    [
      'a colour that is not six hex digits',
      SEED('[{ name: Epic, color: red }]'),
      /label "Epic": "color" must be six hexadecimal digits without #, e\.g\. 5319e7/
    ],
    ['a label without a name', SEED('[{ color: 5319e7 }]'), /every label needs a "name"/],
    [
      'an issue without a title',
      'repos:\n  - owner: acme\n    name: app\n    issues: [{ number: 1 }]\n',
      /#1: "title" is required/
    ],
    [
      'an unknown timeline event',
      'repos:\n  - owner: acme\n    name: app\n    issues: [{ number: 1, title: t, events: [{ event: moved, createdAt: 2025-01-01T00:00:00Z }] }]\n',
      /unknown event "moved"/
    ],
    ['YAML that does not parse', 'repos: [\n', /not valid YAML/]
  ])('%s: exit 2 with one message', async (_, text, message) => {
    const path = seedFile(text);
    const run = await spawnNode(
      [CLI, 'emulator', '--port', '0', '--seed', path],
      { PATH: process.env.PATH ?? '' },
      20_000
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/TypeError|\n\s+at /);
  });
});
