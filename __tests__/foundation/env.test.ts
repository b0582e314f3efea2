import { EnvironmentError, pinnedClock, eventFileProblem, readEventContext } from '../../src/core/env';

describe('readEventContext', () => {
  const files: Record<string, string> = {
    '/e.json': '{"action":"closed","issue":{"number":14}}',
    '/bad.json': '{"action":',
    '/arr.json': '[1]'
  };
  const read = (p: string) => {
    if (!(p in files)) throw new Error('ENOENT');
    return files[p]!;
  };

  test('reads the standard variables, GHES URLs included', () => {
    const ctx = readEventContext(
      {
        GITHUB_EVENT_NAME: 'issues',
        GITHUB_EVENT_PATH: '/e.json',
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_API_URL: 'https://ghe.example/api/v3',
        GITHUB_GRAPHQL_URL: 'https://ghe.example/api/graphql',
        GITHUB_SERVER_URL: 'https://ghe.example'
      },
      read
    );
    expect(ctx).toMatchObject({
      name: 'issues',
      action: 'closed',
      repo: { owner: 'acme', repo: 'app' },
      apiUrl: 'https://ghe.example/api/v3',
      graphqlUrl: 'https://ghe.example/api/graphql',
      serverUrl: 'https://ghe.example'
    });
    expect(ctx.payload.issue?.number).toBe(14);
  });

  test('defaults to github.com', () => {
    const ctx = readEventContext({ GITHUB_EVENT_NAME: 'schedule', GITHUB_REPOSITORY: 'a/b' }, read);
    expect(ctx.apiUrl).toBe('https://api.github.com');
    expect(ctx.graphqlUrl).toBe('https://api.github.com/graphql');
  });

  test.each([
    [{ GITHUB_REPOSITORY: 'a/b' }, /GITHUB_EVENT_NAME/],
    [{ GITHUB_EVENT_NAME: 'issues' }, /GITHUB_REPOSITORY/],
    [{ GITHUB_EVENT_NAME: 'issues', GITHUB_REPOSITORY: 'a/b', GITHUB_EVENT_PATH: '/bad.json' }, /not valid JSON/],
    [{ GITHUB_EVENT_NAME: 'issues', GITHUB_REPOSITORY: 'a/b', GITHUB_EVENT_PATH: '/arr.json' }, /not a JSON object/],
    [{ GITHUB_EVENT_NAME: 'issues', GITHUB_REPOSITORY: 'a/b', GITHUB_EVENT_PATH: '/missing.json' }, /cannot read/]
  ])('a broken environment gets a clear error (%#)', (env, message) => {
    expect(() => readEventContext(env, read)).toThrow(EnvironmentError);
    expect(() => readEventContext(env, read)).toThrow(message);
  });

  test('the clock can be pinned (by --now of dist/replay.js and the CLI, never by the environment)', () => {
    expect(pinnedClock('2025-01-11T12:00:00Z')().toISOString()).toBe('2025-01-11T12:00:00.000Z');
    expect(() => pinnedClock('yesterday')).toThrow(/ISO/);
    expect(() => pinnedClock(undefined)).toThrow(/ISO/);
  });
});

describe('eventFileProblem (checked before @actions/github loads and parses the file itself)', () => {
  const read = (p: string) =>
    (({ '/e.json': '{"action":"opened"}', '/bad.json': '{"action":' }) as Record<string, string>)[p] ??
    (() => {
      throw new Error('ENOENT');
    })();
  test('names a file that is not JSON; says nothing of a good, missing or unset one', () => {
    expect(eventFileProblem({ GITHUB_EVENT_PATH: '/bad.json' }, read)).toMatch(
      /^the event payload at \/bad\.json is not valid JSON: /
    );
    expect(eventFileProblem({ GITHUB_EVENT_PATH: '/e.json' }, read)).toBeUndefined();
    expect(eventFileProblem({ GITHUB_EVENT_PATH: '/missing.json' }, read)).toBeUndefined();
    expect(eventFileProblem({}, read)).toBeUndefined();
  });
});
