import { loadSeed, startEmulator } from '../../src/emulator';
import { YAML_SEED } from './client';

describe('seeds', () => {
  test('a YAML seed loads every part of its shape', async () => {
    const seed = loadSeed(YAML_SEED, 'seed.yml');
    const emulator = await startEmulator({ seed });
    try {
      const repo = emulator.store.repo('ACME', 'App')!;
      expect([
        repo.defaultBranch,
        repo.labels[0]!.color,
        repo.issues.get(13)!.subIssues,
        repo.issues.get(14)!.parent
      ]).toEqual(['trunk', '3e4b9e', [14], 13]);
      expect(repo.issues.get(14)!.events).toEqual([
        { type: 'closed', actor: 'sarah', createdAt: '2025-01-12T10:00:00Z', stateReason: 'not_planned' },
        expect.objectContaining({
          type: 'cross-referenced',
          source: { repo: 'acme/app', number: 13 },
          createdAt: '2025-01-11T09:00:00Z'
        }),
        expect.objectContaining({ type: 'cross-referenced', source: { repo: 'acme/app', number: 15 } })
      ]);
      expect(repo.issues.get(14)!.updatedAt).toBe('2025-01-12T10:00:00Z');
      const pull: any = await (await fetch(`${emulator.url}/repos/acme/app/pulls/15`)).json();
      expect([pull.merged, pull.state, pull.base.ref]).toEqual([true, 'closed', 'trunk']);
      const me: any = await (
        await fetch(`${emulator.url}/repos/acme/app/issues/13/comments`, {
          method: 'POST',
          headers: { authorization: 'token t1' },
          body: '{"body":"hi"}'
        })
      ).json();
      expect(me.user.login).toBe('zoe');
    } finally {
      await emulator.close();
    }
  });

  test.each([
    ['{', 's.json', /s\.json: not valid JSON/],
    ['repos: [', 's.yml', /s\.yml: not valid YAML/],
    ['{}', 's.json', /a seed needs a "repos" list/],
    ['repos: [{ name: x }]', 's.yml', /repos\[0\]: "owner" and "name" are required/],
    [
      'repos: [{ owner: o, name: r, issues: [{ number: 1, title: a }], pulls: [{ number: 1, title: b }] }]',
      's.yml',
      /#1 is used twice/
    ],
    ['repos: [{ owner: o, name: r, issues: [{ number: 1 }] }]', 's.yml', /#1: "title" is required/],
    [
      'repos: [{ owner: o, name: r, issues: [{ number: 1, title: a, subIssues: [2] }] }]',
      's.yml',
      /link to #2, which the seed does not define/
    ],
    [
      'repos: [{ owner: o, name: r, issues: [{ number: 1, title: a, events: [{ event: pinned, createdAt: x }] }] }]',
      's.yml',
      null
    ]
  ])('%s (%s)', async (text, file, message) => {
    if (message) expect(() => loadSeed(text, file)).toThrow(message);
    else await expect(startEmulator({ seed: loadSeed(text, file) })).rejects.toThrow(/unknown event "pinned"/);
  });
});
