import { jest } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emulatorCommand } from '../../src/cli/emulator';
import { YAML_SEED } from './client';

describe('epic-steward emulator', () => {
  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    const spies = [
      jest.spyOn(process.stdout, 'write').mockImplementation((c) => (out.push(String(c)), true)),
      jest.spyOn(process.stderr, 'write').mockImplementation((c) => (err.push(String(c)), true))
    ];
    return { out, err, restore: () => spies.forEach((s) => s.mockRestore()) };
  };

  test('prints one line with its URL, serves the seed, stops on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emulator-'));
    writeFileSync(join(dir, 'seed.yml'), YAML_SEED);
    const io = capture();
    try {
      const exit = emulatorCommand([
        '--port',
        '0',
        '--seed',
        join(dir, 'seed.yml'),
        '--now',
        '2030-01-01T00:00:00Z',
        '--latency-ms',
        '0-5'
      ]);
      while (!io.out.length) await new Promise((r) => setTimeout(r, 10));
      expect(io.out).toHaveLength(1);
      const url = /emulator listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(io.out[0]!)![1]!;
      const issue: any = await (
        await fetch(`${url}/repos/acme/app/issues`, { method: 'POST', body: '{"title":"t"}' })
      ).json();
      expect([issue.number, issue.created_at]).toEqual([16, '2030-01-01T00:00:00Z']);
      process.emit('SIGTERM', 'SIGTERM');
      expect(await exit).toBe(0);
      await expect(fetch(url)).rejects.toThrow();
    } finally {
      io.restore();
    }
  });

  test('--contract strict answers a violation with 500 and its reason, and lists it at /_emulator/violations', async () => {
    const io = capture();
    try {
      const exit = emulatorCommand(['--port', '0', '--contract', 'strict']);
      while (!io.out.length) await new Promise((r) => setTimeout(r, 10));
      const url = /emulator listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(io.out[0]!)![1]!;
      const refused = await fetch(`${url}/repos/acme/app/labels`, {
        method: 'POST',
        body: JSON.stringify({ name: 7, color: 'ffffff' })
      });
      expect(refused.status).toBe(500);
      expect(((await refused.json()) as any).message).toMatch(
        /request to issues\/create-label breaks GitHub's published contract: request body\/name must be string/
      );
      const violations: any = await (await fetch(`${url}/_emulator/violations`)).json();
      expect(violations).toEqual([
        expect.objectContaining({
          side: 'request',
          method: 'POST',
          path: '/repos/acme/app/labels',
          operation: 'issues/create-label'
        })
      ]);
      expect((await fetch(`${url}/_emulator/violations`, { method: 'DELETE' })).status).toBe(204);
      expect(await (await fetch(`${url}/_emulator/violations`)).json()).toEqual([]);
      process.emit('SIGTERM', 'SIGTERM');
      expect(await exit).toBe(0);
    } finally {
      io.restore();
    }
  });

  test('--fault-kinds takes the limit kinds: --fault-rate 1 --fault-kinds exhausted answers 403, an hour to the reset', async () => {
    const io = capture();
    try {
      const exit = emulatorCommand(['--port', '0', '--fault-rate', '1', '--fault-kinds', 'exhausted']);
      while (!io.out.length) await new Promise((r) => setTimeout(r, 10));
      const url = /emulator listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(io.out[0]!)![1]!;
      const res = await fetch(`${url}/repos/acme/app`);
      expect([res.status, res.headers.get('x-ratelimit-remaining')]).toEqual([403, '0']);
      process.emit('SIGTERM', 'SIGTERM');
      expect(await exit).toBe(0);
    } finally {
      io.restore();
    }
  });

  test.each([
    [['--help'], 0, /Usage: epic-steward emulator/],
    [['--help'], 0, /rate-limited,resource-limits,exhausted/],
    [
      ['--fault-kinds', 'exhausted,bogus'],
      2,
      /unknown kind\(s\) bogus \(expected .*rate-limited, resource-limits, exhausted\)/
    ],
    [['--fault-kinds', '500,503'], 2, /unknown kind\(s\) 503/],
    [['--fault-rate', '1.5'], 2, /--fault-rate/],
    [['--latency-ms', '50-10'], 2, /--latency-ms/],
    [['--port', 'x'], 2, /--port/],
    [['--now', 'yesterday'], 2, /--now: not an ISO time/],
    [['--seed', '/nonexistent/seed.yml'], 2, /ENOENT/],
    [['--verbose'], 2, /unknown option --verbose/],
    [['--contract', 'loose'], 2, /--contract: expected one of off, report, strict/]
  ])('%j exits %i', async (argv, code, message) => {
    const io = capture();
    try {
      expect(await emulatorCommand(argv)).toBe(code);
      expect([...io.out, ...io.err].join('')).toMatch(message);
    } finally {
      io.restore();
    }
  });
});
