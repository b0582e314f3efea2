// API requests per scenario, from the emulator's request log, running the real dist/index.js.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmulator, type Emulator } from '../src/emulator';
import type { SeedIssue } from '../src/emulator/seed';

const action = resolve('dist/index.js');
/** The same action with its clock pinned by `--now`: the request scenarios are played at a fixed time. */
const replay = resolve('dist/replay.js');
const BENCH_NOW = '2025-01-12T00:00:00Z';

/** `config` undefined: no config file in the workspace (it is then looked for through the API). */
async function runAction(
  e: { url: string; graphqlUrl: string },
  repo: string,
  eventName: string,
  payload: unknown,
  config: string | undefined,
  files: Record<string, string> = {},
  extraEnv: Record<string, string> = {},
  now = BENCH_NOW
): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  mkdirSync(join(dir, 'ws', '.github'), { recursive: true });
  if (config !== undefined) writeFileSync(join(dir, 'ws', '.github', 'epic-steward.yml'), config);
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(join(dir, 'ws', p, '..'), { recursive: true });
    writeFileSync(join(dir, 'ws', p), t);
  }
  writeFileSync(join(dir, 'event.json'), JSON.stringify(payload));
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_REPOSITORY: repo,
    GITHUB_API_URL: e.url,
    GITHUB_GRAPHQL_URL: e.graphqlUrl,
    GITHUB_WORKSPACE: join(dir, 'ws'),
    GITHUB_SHA: 'c'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    'INPUT_GITHUB-TOKEN': 't',
    ...extraEnv
  };
  const started = performance.now();
  await new Promise((res) =>
    spawn(process.execPath, extraEnv.BENCH_ACTION ? [extraEnv.BENCH_ACTION] : [replay, '--now', now], {
      env,
      stdio: 'ignore'
    }).on('close', res)
  );
  return performance.now() - started;
}

/**
 * What a run cost, from the request log: requests, the config reads among them, and the GraphQL
 * requests with their points and nodes by GitHub's formula (src/emulator/graphql/cost.ts).
 */
export function tally(e: Emulator) {
  const log = e.requests();
  const graphql = log.filter((r) => r.cost !== undefined);
  return {
    requests: log.length,
    configReads: log.filter((r) => decodeURIComponent(r.path).includes('/contents/.github/epic-steward.yml')).length,
    graphql: graphql.length,
    points: graphql.reduce((n, r) => n + r.cost!, 0),
    nodes: graphql.reduce((n, r) => n + r.nodes!, 0),
    maxNodes: Math.max(0, ...graphql.map((r) => r.nodes!))
  };
}

const repoJson = (name: string) => ({
  name,
  full_name: `acme/${name}`,
  owner: { login: 'acme' },
  default_branch: 'main'
});

async function epicClose(children: number) {
  const e = await startEmulator({
    seed: {
      repos: [
        {
          owner: 'acme',
          name: 'app',
          labels: [{ name: 'Epic' }],
          issues: [
            {
              number: 1,
              title: 'Epic',
              labels: ['Epic'],
              body: Array.from({ length: children }, (_, i) => `- [ ] #${i + 2}`).join('\n')
            },
            ...Array.from({ length: children }, (_, i): SeedIssue => ({
              number: i + 2,
              title: `S${i + 2}`,
              state: i === 0 ? 'closed' : 'open'
            }))
          ]
        }
      ]
    }
  });
  const ms = await runAction(
    e,
    'acme/app',
    'issues',
    { action: 'closed', issue: { number: 2, labels: [], state: 'closed' }, repository: repoJson('app') },
    'epics: {}\n'
  );
  const cost = tally(e);
  await e.close();
  return { ...cost, ms };
}

/** The daily report on one epic of `stories` stories, with the epics feature on too (a schedule run does both). */
async function dailyReport(stories: number) {
  const e = await startEmulator({
    seed: {
      repos: [
        {
          owner: 'acme',
          name: 'app',
          labels: [{ name: 'Epic' }],
          issues: [
            {
              number: 1,
              title: 'Epic',
              labels: ['Epic'],
              createdAt: '2025-01-05T09:00:00Z',
              body: Array.from({ length: stories }, (_, i) => `- [ ] #${i + 2}`).join('\n')
            },
            ...Array.from({ length: stories }, (_, i): SeedIssue => ({
              number: i + 2,
              title: `S${i + 2}`,
              createdAt: '2025-01-05T09:00:00Z',
              ...(i % 3 === 0 ? { state: 'closed', closedAt: '2025-01-10T09:00:00Z' } : {})
            }))
          ]
        }
      ]
    }
  });
  const ms = await runAction(
    e,
    'acme/app',
    'schedule',
    { schedule: '0 6 * * *' },
    'escalations:\n  report:\n    enabled: true\n'
  );
  const cost = tally(e);
  await e.close();
  return { ...cost, ms };
}

export async function scenarios() {
  const rows: ({ scenario: string; floor: number; ms: number } & ReturnType<typeof tally>)[] = [];
  for (const n of [10, 100, 200, 1000]) {
    const r = await epicClose(n);
    rows.push({ scenario: `close a story in a ${n}-child epic`, floor: 3, ...r });
  }
  // Epics (read with its children, written, relinked to the report) and the report (its stories with their
  // history). The floor: the open epics, the children read once for both, the body and the comment written.
  for (const n of [200, 1000]) {
    const r = await dailyReport(n);
    rows.push({
      scenario: `the daily report on a ${n}-story epic (schedule)`,
      floor: 3 + Math.ceil(n / 250),
      ...r
    });
  }
  {
    const e = await startEmulator({
      seed: { repos: [{ owner: 'acme', name: 'app', issues: [{ number: 2, title: 'x' }] }] }
    });
    const ms = await runAction(
      e,
      'acme/app',
      'issues',
      { action: 'closed', issue: { number: 2, labels: [] }, repository: repoJson('app') },
      'epics: {}\n'
    );
    rows.push({ scenario: 'a no-op event (a closed issue in no epic)', floor: 1, ms, ...tally(e) });
    await e.close();
  }
  {
    // No config file anywhere: one 404 for it (not retried), then the defaults.
    const e = await startEmulator({
      seed: { repos: [{ owner: 'acme', name: 'app', issues: [{ number: 2, title: 'x' }] }] }
    });
    const ms = await runAction(
      e,
      'acme/app',
      'issues',
      { action: 'closed', issue: { number: 2, labels: [] }, repository: repoJson('app') },
      undefined
    );
    rows.push({ scenario: 'the same event without a config file', floor: 2, ms, ...tally(e) });
    await e.close();
  }
  {
    const e = await startEmulator({
      seed: {
        repos: [
          {
            owner: 'acme',
            name: 'app',
            issues: [],
            pulls: [{ number: 5, title: 'big', files: { count: 3000, pattern: 'frontend/f{i}.ts' } }]
          }
        ]
      }
    });
    const cfg =
      "labels:\n  rules:\n    - label: Frontend\n      changed-files:\n        - any-glob-to-any-file: ['frontend/**']\n";
    const ms = await runAction(
      e,
      'acme/app',
      'pull_request',
      {
        action: 'synchronize',
        number: 5,
        pull_request: { number: 5, head: { sha: 'a'.repeat(40) } },
        repository: repoJson('app')
      },
      cfg
    );
    rows.push({ scenario: 'label a PR with 3,000 files', floor: 32, ms, ...tally(e) });
    await e.close();
  }
  {
    const e = await startEmulator({
      seed: {
        repos: [
          { owner: 'acme', name: 'app', issues: [], pulls: [{ number: 5, title: 'pr', headSha: 'a'.repeat(40) }] }
        ]
      }
    });
    const cases = Array.from(
      { length: 300 },
      (_, i) => `<testcase classname="c" name="t${i}">${i % 10 === 0 ? '<failure message="x"/>' : ''}</testcase>`
    ).join('');
    const ms = await runAction(
      e,
      'acme/app',
      'pull_request',
      {
        action: 'synchronize',
        number: 5,
        pull_request: { number: 5, head: { sha: 'a'.repeat(40) } },
        repository: repoJson('app')
      },
      "gates:\n  reports: ['*.xml']\n  fail-on: never\n  items:\n    - name: all\n      pass-rate: { target: 90 }\n",
      { 'junit.xml': `<testsuite>${cases}</testsuite>` }
    );
    rows.push({ scenario: 'gate a PR (comment + check run, 30 annotations)', floor: 3, ms, ...tally(e) });
    await e.close();
  }
  return rows;
}

// The escalations' schedule sweep over 5,000 open issues, seeded as __tests__/escalations/scale.stress.ts
// seeds it: every 125th is a P0 open 49 h (40 overdue), a third are recent P0s, the rest Backend.
const SWEEP_NOW = '2025-01-13T10:00:00Z';
const SWEEP_CONFIG =
  'epics:\n  enabled: false\nescalations:\n  time-box:\n    priorities:\n      - label: P0-Critical\n        within: 48h\n';
export const SWEEP_ISSUES = 5000;
export const SWEEP_OVERDUE = 40;

export async function sweep() {
  const hoursBefore = (h: number) =>
    new Date(Date.parse(SWEEP_NOW) - h * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const issues = Array.from({ length: SWEEP_ISSUES }, (_, i) => {
    const overdue = i % 125 === 0;
    return {
      number: i + 1,
      title: `Issue ${i + 1}`,
      body: overdue ? '**Timeline:** 2 days' : 'Nothing stated',
      labels: overdue || i % 3 === 0 ? ['P0-Critical'] : ['Backend'],
      createdAt: overdue ? hoursBefore(49) : hoursBefore(1)
    };
  });
  const e = await startEmulator({
    seed: {
      repos: [
        {
          owner: 'acme',
          name: 'app',
          defaultBranch: 'main',
          labels: [{ name: 'P0-Critical' }, { name: 'Backend' }],
          issues,
          pulls: []
        }
      ]
    }
  });
  try {
    const ms = await runAction(
      e,
      'acme/app',
      'schedule',
      { schedule: '0 6 * * *', repository: repoJson('app') },
      SWEEP_CONFIG,
      {},
      { 'INPUT_MAX-WRITES': '200' },
      SWEEP_NOW
    );
    const log = e.requests();
    const writes = log.filter((r) => (r.path === '/graphql' ? r.mutation : r.method !== 'GET'));
    const escalated = [...e.store.repo('acme', 'app')!.issues.values()].filter((i) =>
      i.comments.some((c) => c.body.includes('epic-steward:escalation'))
    ).length;
    // The floor: every open issue must be looked at, 100 a page (50 reads), and each overdue issue
    // gets its escalation comment and the escalation label (2 writes each, 80).
    const floor = Math.ceil(SWEEP_ISSUES / 100) + 2 * SWEEP_OVERDUE;
    return {
      scenario: `a schedule sweep over ${SWEEP_ISSUES.toLocaleString('en')} open issues (${SWEEP_OVERDUE} overdue)`,
      ...tally(e),
      reads: log.length - writes.length,
      writes: writes.length,
      escalated,
      floor,
      ms
    };
  } finally {
    await e.close();
  }
}

/**
 * The cost of growth: a story closed in an epic of 10, 100 and 1,000 references, each size run
 * `runs` times (median wall time of the whole process, requests from the request log).
 */
export async function growth(runs = 3) {
  const rows: { references: number; requests: number; ms: number; runsMs: number[] }[] = [];
  for (const n of [10, 100, 1000]) {
    const times: number[] = [];
    let requests = 0;
    for (let i = 0; i < runs; i++) {
      const r = await epicClose(n);
      times.push(r.ms);
      requests = r.requests;
    }
    const sorted = [...times].sort((a, b) => a - b);
    rows.push({ references: n, requests, ms: sorted[Math.floor(sorted.length / 2)]!, runsMs: times.map(Math.round) });
  }
  return rows;
}

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

/**
 * Start-up side by side: `node -e 0`, a no-op `issues` event (`milestoned`, which no feature
 * handles: the config is not read, no request) and a gates run (a PR whose report is parsed, judged and published: labels, gates,
 * epics and escalations all load). The three are interleaved, run after run, so a neighbour's
 * load falls on all of them alike; each figure is the median of `runs`.
 */
export async function startup(runs = 9, baseline?: string) {
  const noop = await startEmulator({
    seed: { repos: [{ owner: 'acme', name: 'app', issues: [{ number: 2, title: 'x', state: 'closed' }] }] }
  });
  const gate = await startEmulator({
    seed: {
      repos: [{ owner: 'acme', name: 'app', issues: [], pulls: [{ number: 5, title: 'pr', headSha: 'a'.repeat(40) }] }]
    }
  });
  const cases = Array.from(
    { length: 300 },
    (_, i) => `<testcase classname="c" name="t${i}">${i % 10 === 0 ? '<failure message="x"/>' : ''}</testcase>`
  ).join('');
  const gateConfig =
    "gates:\n  reports: ['*.xml']\n  fail-on: never\n  items:\n    - name: all\n      pass-rate: { target: 90 }\n";
  const times: Record<string, number[]> = { node: [], noop: [], gates: [], baselineNoop: [], baselineGates: [] };
  const noopRun = (env: Record<string, string>) =>
    runAction(
      noop,
      'acme/app',
      'issues',
      { action: 'milestoned', issue: { number: 2, labels: [], state: 'closed' }, repository: repoJson('app') },
      'epics: {}\n',
      {},
      env
    );
  const gateRun = (env: Record<string, string>) =>
    runAction(
      gate,
      'acme/app',
      'pull_request',
      {
        action: 'synchronize',
        number: 5,
        pull_request: { number: 5, head: { sha: 'a'.repeat(40) } },
        repository: repoJson('app')
      },
      gateConfig,
      { 'junit.xml': `<testsuite>${cases}</testsuite>` },
      env
    );
  try {
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await new Promise((res) =>
        spawn(process.execPath, ['-e', '0'], { env: { PATH: process.env.PATH ?? '' }, stdio: 'ignore' }).on(
          'close',
          res
        )
      );
      times.node!.push(performance.now() - started);
      // Start-up is measured on dist/index.js itself, the entry the runner starts.
      times.noop!.push(await noopRun({ BENCH_ACTION: action }));
      times.gates!.push(await gateRun({ BENCH_ACTION: action }));
      if (baseline) {
        times.baselineNoop!.push(await noopRun({ BENCH_ACTION: baseline }));
        times.baselineGates!.push(await gateRun({ BENCH_ACTION: baseline }));
      }
    }
  } finally {
    await noop.close();
    await gate.close();
  }
  return {
    runs,
    nodeMs: median(times.node!),
    noopMs: median(times.noop!),
    gatesMs: median(times.gates!),
    ...(baseline ? { baselineNoopMs: median(times.baselineNoop!), baselineGatesMs: median(times.baselineGates!) } : {}),
    runsMs: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, v.map(Math.round)]))
  };
}
