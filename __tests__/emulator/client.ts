import { startEmulator, type Emulator, type EmulatorOptions, type Seed } from '../../src/emulator';

/** A rich seed: every kind of object and link the emulator models, in one repository (and a second one for cross-references). */
export const SEED: Seed = {
  tokens: { 'sarah-token': 'sarah' },
  repos: [
    {
      owner: 'acme',
      name: 'app',
      labels: [
        { name: 'Epic', color: '3e4b9e', description: 'Groups stories' },
        { name: 'P0-Critical', color: 'b60205', description: null },
        { name: 'blocked', color: '000000' }
      ],
      issues: [
        {
          number: 1,
          title: 'Epic',
          body: '- [ ] #2\n- [ ] acme/app#3',
          labels: ['Epic', 'P0-Critical'],
          assignees: ['sarah'],
          subIssues: [2],
          createdAt: '2025-01-10T09:00:00Z'
        },
        {
          number: 2,
          title: 'Story',
          body: 'Part of #1',
          labels: ['blocked'],
          createdAt: '2025-01-10T10:00:00Z',
          comments: [{ author: 'zoe', body: 'started', createdAt: '2025-01-10T11:00:00Z' }],
          events: [
            { event: 'labeled', label: 'blocked', actor: 'zoe', createdAt: '2025-01-10T12:00:00Z' },
            { event: 'assigned', assignee: 'zoe', actor: 'sarah', createdAt: '2025-01-10T10:30:00Z' }
          ]
        },
        {
          number: 3,
          title: 'Other',
          state: 'closed',
          stateReason: 'duplicate',
          createdAt: '2025-01-10T11:00:00Z',
          events: [{ event: 'closed', actor: 'sarah', createdAt: '2025-01-10T13:00:00Z' }]
        }
      ],
      pulls: [
        {
          number: 4,
          title: 'Fix',
          body: 'Fixes #2',
          merged: false,
          headSha: 'a'.repeat(40),
          files: { count: 3100, pattern: 'src/f{i}.ts' },
          closingIssues: [2],
          createdAt: '2025-01-11T09:00:00Z'
        }
      ],
      contents: { '.github/epic-steward.yml': 'labels: {}\n', 'docs/a.md': 'a', 'docs/deep/b.md': 'b' },
      refs: { feature: { '.github/epic-steward.yml': 'labels: { changed: true }\n' } },
      artifacts: [{ id: 77, runId: 42, name: 'reports', files: { 'junit.xml': '<testsuite tests="1"/>' } }],
      workflowRuns: [{ id: 42, headSha: 'a'.repeat(40), headBranch: 'fix', event: 'pull_request', pullRequests: [4] }]
    },
    {
      owner: 'acme',
      name: 'lib',
      issues: [{ number: 9, title: 'Upstream', body: 'see acme/app#2', createdAt: '2025-01-12T00:00:00Z' }]
    }
  ]
};

/** The seed format as people write it: YAML, dates unquoted. */
export const YAML_SEED = `
tokens: { t1: zoe }
repos:
  - owner: acme
    name: app
    defaultBranch: trunk
    labels:
      - { name: Epic, color: 3e4b9e, description: Groups stories }
    issues:
      - number: 13
        title: Epic
        body: "- [ ] #14"
        labels: [Epic]
        subIssues: [14]
        createdAt: 2025-01-11T09:00:00Z
      - number: 14
        title: Story
        state: closed
        stateReason: not_planned
        createdAt: 2025-01-11T10:00:00Z
        events:
          - { event: closed, actor: sarah, createdAt: 2025-01-12T10:00:00Z }
    pulls:
      - { number: 15, title: Fix, body: "Fixes #14", baseRef: trunk, merged: true, files: [a.py], closingIssues: [14] }
    contents:
      ".github/epic-steward.yml": "labels: {}\\n"
`;

/**
 * An emulator per test, with small fetch helpers that speak JSON. Its contract mode is `report`
 * unless the options say otherwise: these tests send what GitHub refuses on purpose, to see the
 * emulator refuse it as GitHub does (contract.test.ts checks the strict mode itself).
 */
export function useEmulator(options: () => EmulatorOptions = () => ({ seed: SEED })) {
  let emulator: Emulator | undefined;
  beforeEach(async () => {
    emulator = await startEmulator({ contract: 'report', ...options() });
  });
  afterEach(async () => {
    await emulator?.close();
  });
  const e = () => emulator!;
  const get = (path: string, init?: RequestInit) => fetch(`${e().url}${path}`, init);
  const send = (method: string, path: string, body?: unknown, token?: string) =>
    get(path, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `token ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
  const json = async (path: string): Promise<any> => (await get(path)).json();
  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string): Promise<any> =>
    (await send('POST', '/graphql', { query, variables }, token)).json();
  return { e, get, send, json, gql };
}
