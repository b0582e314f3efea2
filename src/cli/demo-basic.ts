import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSeed, startEmulator, type Emulator } from '../emulator';
import { parseArgs, stringFlag } from './args';

const REPO = 'zebra-devops/marketedge-frontend';
const [OWNER, NAME] = REPO.split('/') as [string, string];
const START = Date.parse('2025-01-11T09:00:00Z');
const HOUR = 3_600_000;

const USAGE = `Usage: epic-steward demo [--out <dir>] [--json] [--step]

Plays the seed story (epic #13 and stories #14-#16 of shared/seeds) through the real bundled
action (dist/index.js) against the GitHub emulator, one event at a time, printing what a person
would look at. Exits 0 only if the story ends as the seeds expect.
`;

const CONFIG = `# yaml-language-server: $schema=../../schema/config.schema.json
labels:
  definitions:
    - { name: Epic, color: '3e4b9e', description: Groups stories }
    - { name: Story, color: '0e8a16', description: One deliverable of an epic }
    - { name: P0-Critical, color: 'b60205', description: Production blocker }
    - { name: Week-1-Foundation, color: 'fbca04', description: Week 1 infrastructure work }
    - { name: Backend, color: '1d76db', description: Server side }
    - { name: Frontend, color: '5319e7', description: Client side }
    - { name: Data, color: '006b75', description: Databases and data }
    - { name: Auth, color: 'd93f0b', description: Authentication and roles }
    - { name: ready-for-qa, color: '0e8a16', description: Handed off to QA }
    - { name: escalated, color: 'e11d21', description: Missed a threshold or a deadline }
epics:
  sections: [Development Success]
  handoff:
    labels: [ready-for-qa]
    mention: [zebra-devops/qa]
    comment: 'All {done} stories of {epic} are done: {mentions}, over to QA for re-validation.'
escalations:
  mention: [sarah-po]
  time-box:
    priorities:
      - { label: P0-Critical, within: 48h }
  report:
    enabled: true
`;

interface Step {
  title: string;
  at: number;
  before?: (e: Emulator) => Promise<void>;
  eventName: string;
  payload: (e: Emulator) => Record<string, unknown>;
}

/** `epic-steward demo`: the seed story end to end against the emulator. */
export async function demoCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json', 'step', 'help']);
  if (args.flags.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const out = resolve(stringFlag(args, 'out') ?? 'demo-output');
  const json = Boolean(args.flags.json);
  const say = (text: string) => (json ? process.stderr : process.stdout).write(`${text}\n`);
  const colour = !json && process.stdout.isTTY;
  const bold = (t: string) => (colour ? `\x1b[1m${t}\x1b[0m` : t);
  const dim = (t: string) => (colour ? `\x1b[2m${t}\x1b[0m` : t);

  const here = dirname(fileURLToPath(import.meta.url));
  const root = resolve(here, '..');
  const action = join(root, 'dist', 'index.js');
  const seedPath = join(root, 'examples', 'demo', 'seed.json');
  const seed = loadSeed(readFileSync(seedPath, 'utf8'), seedPath);
  let now = START;
  const emulator = await startEmulator({ seed, now: () => new Date(now) });
  const workspace = mkdtempSync(join(tmpdir(), 'epic-steward-demo-'));
  mkdirSync(join(workspace, '.github'), { recursive: true });
  writeFileSync(join(workspace, '.github', 'epic-steward.yml'), CONFIG);
  mkdirSync(out, { recursive: true });

  const issue = (n: number) => emulator.store.repo(OWNER, NAME)!.issues.get(n)!;
  const issuePayload = (action: string, n: number) => {
    const i = issue(n);
    return {
      action,
      issue: { number: n, title: i.title, body: i.body, state: i.state, state_reason: i.stateReason, labels: i.labels.map((name) => ({ name })), user: { login: i.author } },
      repository: { name: NAME, full_name: REPO, owner: { login: OWNER }, default_branch: 'main' },
      sender: { login: 'sarah-po' }
    };
  };
  const close = (n: number) => async (e: Emulator) => {
    await fetch(`${e.url}/repos/${REPO}/issues/${n}`, { method: 'PATCH', headers: { 'content-type': 'application/json', authorization: 'token demo' }, body: JSON.stringify({ state: 'closed', state_reason: 'completed' }) });
  };
  const schedule = () => ({ schedule: '0 6 * * *', repository: { name: NAME, full_name: REPO, owner: { login: OWNER }, default_branch: 'main' } });

  const steps: Step[] = [
    { title: '1. The process is set up: labels from the config (workflow_dispatch)', at: START, eventName: 'workflow_dispatch', payload: () => ({ ...schedule(), ref: 'refs/heads/main', inputs: {} }) },
    { title: '2. Story #14 (database) is fixed and closed: its line ticks', at: START + 20 * HOUR, before: close(14), eventName: 'issues', payload: () => issuePayload('closed', 14) },
    { title: '3. Time passes: 49 h later the daily sweep escalates the overdue stories', at: START + 49 * HOUR, eventName: 'schedule', payload: schedule },
    { title: '4. Story #15 (frontend) is closed: its escalation resolves, its line ticks', at: START + 50 * HOUR, before: close(15), eventName: 'issues', payload: () => issuePayload('closed', 15) },
    { title: '5. The last story (#16) closes: the epic reads complete and QA is handed off once', at: START + 51 * HOUR, before: close(16), eventName: 'issues', payload: () => issuePayload('closed', 16) }
  ];

  const summaries: string[] = [];
  const comments = () => new Map([...emulator.store.repo(OWNER, NAME)!.issues.values()].flatMap((i) => i.comments.map((c) => [c.id, `${i.number}:${c.body}`] as const)));
  try {
    for (const step of steps) {
      now = step.at;
      await step.before?.(emulator);
      const before = comments();
      const epicBefore = issue(13).body ?? '';
      say(`\n${bold(step.title)} ${dim(`[${new Date(now).toISOString().slice(0, 16)}Z]`)}`);
      const run = await runBundle(action, workspace, emulator, step.eventName, step.payload(emulator), new Date(now).toISOString());
      summaries.push(`# ${step.title}\n\n${run.summary}`);
      if (run.code !== 0) say(`  the action failed (exit ${run.code}):\n${indent(run.stdout + run.stderr)}`);
      const changed = diffLines(epicBefore, issue(13).body ?? '');
      if (changed.length) say(`  epic #13 now reads:\n${indent(changed.join('\n'))}`);
      for (const n of [14, 15, 16]) say(`  #${n} ${issue(n).state.padEnd(6)} labels: ${issue(n).labels.join(', ') || '(none)'}`);
      say(`  #13 labels: ${issue(13).labels.join(', ')}`);
      for (const [id, text] of comments()) {
        if (before.get(id) === text) continue;
        const [n, ...body] = text.split(':');
        say(`  ${before.has(id) ? 'edited' : 'new'} comment on #${n}: ${firstLine(body.join(':'))}`);
      }
      say(dim(indent(run.summary.split('\n').filter((l) => l.startsWith('**Read**')).join('\n'))));
    }
    // The same last event again must change nothing.
    emulator.clearRequests();
    await runBundle(action, workspace, emulator, 'issues', issuePayload('closed', 16), new Date(now).toISOString());
    const repeatWrites = emulator.requests().filter((r) => (r.path === '/graphql' ? r.mutation : r.method !== 'GET')).length;

    const epic = issue(13);
    const handoffs = epic.comments.filter((c) => c.body.includes('@zebra-devops/qa')).length;
    const escalationComments = [14, 15, 16].flatMap((n) => issue(n).comments.filter((c) => c.body.includes('epic-steward:escalation')));
    const checks: [string, boolean][] = [
      ['labels from the config exist', ['P0-Critical', 'Week-1-Foundation', 'ready-for-qa'].every((l) => emulator.store.label(emulator.store.repo(OWNER, NAME)!, l))],
      ['Development Success lines ticked for #14, #15, #16', [14, 15, 16].every((n) => new RegExp(`- \\[x\\] Story #${n}:`).test(epic.body ?? ''))],
      ['progress block reads 3/3 · 100%', /3\/3 done · 100%/.test(epic.body ?? '')],
      ['QA handed off once (label and one comment)', epic.labels.includes('ready-for-qa') && handoffs === 1],
      ['an overdue story was escalated, and resolved when closed', escalationComments.length > 0 && escalationComments.every((c) => /resolved/i.test(c.body))],
      ['replaying the last event writes nothing', repeatWrites === 0]
    ];
    say(`\n${bold('How the story ended')}`);
    for (const [name, ok] of checks) say(`  ${ok ? '✓' : '✗'} ${name}`);
    const state = await (await fetch(`${emulator.url}/_emulator/state`)).json();
    writeFileSync(join(out, 'state.json'), JSON.stringify(state, null, 2));
    writeFileSync(join(out, 'summaries.md'), summaries.join('\n\n---\n\n'));
    say(`\nFinal state and every job summary written to ${out}`);
    if (json) process.stdout.write(`${JSON.stringify(state)}\n`);
    return checks.every(([, ok]) => ok) ? 0 : 1;
  } finally {
    await emulator.close();
  }
}

function runBundle(action: string, workspace: string, e: Emulator, eventName: string, payload: Record<string, unknown>, now: string): Promise<{ code: number; stdout: string; stderr: string; summary: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'epic-steward-step-'));
  const eventPath = join(dir, 'event.json');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(payload));
  writeFileSync(summaryPath, '');
  writeFileSync(join(dir, 'output.txt'), '');
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: REPO,
    GITHUB_API_URL: e.url,
    GITHUB_GRAPHQL_URL: e.graphqlUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: workspace,
    GITHUB_SHA: 'd'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: join(dir, 'output.txt'),
    EPIC_STEWARD_NOW: now,
    'INPUT_GITHUB-TOKEN': 'demo-token',
    INPUT_CONFIG: '.github/epic-steward.yml',
    'INPUT_DRY-RUN': 'false',
    'INPUT_MAX-WRITES': '100'
  };
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [action], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? 1, stdout, stderr, summary: readFileSync(summaryPath, 'utf8') }));
  });
}

/** The lines of `after` that are new or changed, for showing what an edit did. */
function diffLines(before: string, after: string): string[] {
  const old = new Set(before.split('\n'));
  return after.split('\n').filter((l) => !old.has(l) && l.trim() && !l.startsWith('<!--'));
}

const indent = (text: string) => text.split('\n').map((l) => `    ${l}`).join('\n');
const firstLine = (text: string) => text.split('\n').find((l) => l.trim() && !l.startsWith('<!--'))?.slice(0, 120) ?? '';
