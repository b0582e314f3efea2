import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSeed, startEmulator, type Emulator } from '../emulator';
import { parseArgs, stringFlag } from './args';
import { storyChecks, type Check, type Observed } from './demo/checks';
import { runBundle, type BundleRun } from './demo/runner';
import {
  annotations,
  changedLines,
  firstLine,
  highlights,
  indent,
  textChart,
  style,
  trimSummary,
  type Snapshot,
  type Style
} from './demo/show';
import { loadWorkflows, tokenOf, workflowFor, type Workflow } from './demo/workflows';
import { EPIC, NAME, OWNER, REPO, replay, START, story, type DemoEvent, type World } from './demo/story';

const USAGE = `Usage: epic-steward demo [--out <dir>] [--step] [--json]

Plays a sample story (epic #13 and stories #14-#16 of the coordination plan) through the real
bundled action (dist/index.js) against the GitHub emulator, one GitHub event at a time, and prints
what a person would look at after each. Needs \`npm run build\` first; no token, no network.

  --out <dir>  where the final state and every job summary are written (default demo-output/)
  --step       wait for Enter before each event (when the terminal is interactive)
  --json       print the final emulator state as JSON on stdout (the narrative goes to stderr)

Exits 0 only if the story ended as expected (each check is printed with ✓ or ✗).
`;

const ESCALATION = /epic-steward:escalation/;

/** Where the demo's files are: the bundle it runs, the seed, the config and the workflows it plays. */
interface Paths {
  root: string;
  action: string;
  seed: string;
  config: string;
  workflows: string;
}

/** One demo in progress: the emulator and the world's people, where runs happen, and what was seen. */
interface Demo {
  paths: Paths;
  emulator: Emulator;
  world: World;
  workflows: Workflow[];
  workspace: string;
  /** The workspace of a workflow without a checkout step: empty. */
  bare: string;
  observed: Observed;
  requestLog: Record<string, unknown>[];
  summaries: { title: string; text: string }[];
  say: (text?: string) => void;
  s: Style;
}

/**
 * `epic-steward demo`: the seed story end to end. It runs the bundle, not the sources, so what
 * it shows is what a workflow running the action would do.
 */
export async function demoCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json', 'step', 'help']);
  if (args.flags.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const json = Boolean(args.flags.json);
  const stream = json ? process.stderr : process.stdout;
  const s = style(Boolean(stream.isTTY));
  const say = (text = '') => stream.write(`${text}\n`);
  const stepping = Boolean(args.flags.step) && Boolean(process.stdin.isTTY);

  const paths = demoPaths();
  if (!existsSync(paths.action)) {
    process.stderr.write(`epic-steward demo: ${paths.action} is missing; run \`npm run build\` first.\n`);
    return 1;
  }
  const out = resolve(stringFlag(args, 'out') ?? 'demo-output');
  // Strict contract: a request or answer off GitHub's published description fails the demo.
  const emulator = await startEmulator({
    seed: loadSeed(readFileSync(paths.seed, 'utf8'), paths.seed),
    now: () => new Date(START),
    contract: 'strict'
  });
  const workspace = mkdtempSync(join(tmpdir(), 'epic-steward-demo-'));
  const bare = mkdtempSync(join(tmpdir(), 'epic-steward-demo-bare-'));
  try {
    const repo = prepareRepository(emulator, workspace, paths.config);
    const observed: Observed = {
      escalations: new Map(),
      replayWrites: [],
      unexpectedFailures: [],
      denied: [],
      violations: []
    };
    const demo: Demo = {
      paths,
      emulator,
      world: personWorld(emulator, repo),
      workflows: loadWorkflows(paths.workflows),
      workspace,
      bare,
      observed,
      requestLog: [],
      summaries: [],
      say,
      s
    };
    await playStory(demo, stepping);
    const checks = checkStory(demo);
    const state = await (await fetch(`${emulator.url}/_emulator/state`)).json();
    writeResults(out, state, checks, demo);
    say(`\nFinal state, checks and every job summary written to ${out}`);
    if (json) process.stdout.write(`${JSON.stringify(state)}\n`);
    return checks.every((c) => c.ok) ? 0 : 1;
  } finally {
    await emulator.close();
    rmSync(workspace, { recursive: true, force: true });
    rmSync(bare, { recursive: true, force: true });
  }
}

function demoPaths(): Paths {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  return {
    root,
    action: join(root, 'dist', 'index.js'),
    seed: join(root, 'examples', 'demo', 'seed.json'),
    config: join(root, 'examples', 'demo', 'config.yml'),
    workflows: join(root, 'examples', 'workflows')
  };
}

/** The config in the workspace and committed too: workflows without a checkout read it through the API. */
function prepareRepository(emulator: Emulator, workspace: string, configPath: string): World['repo'] {
  mkdirSync(join(workspace, '.github'), { recursive: true });
  writeFileSync(join(workspace, '.github', 'epic-steward.yml'), readFileSync(configPath, 'utf8'));
  const repo = emulator.store.repo(OWNER, NAME)!;
  repo.contents['.github/epic-steward.yml'] = readFileSync(configPath, 'utf8');
  return repo;
}

/** The story's people: they act on the emulator directly or through its REST API, as the UI would. */
function personWorld(emulator: Emulator, repo: World['repo']): World {
  return {
    emulator,
    repo,
    async rest(method, path, body) {
      const response = await fetch(`${emulator.url}${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          authorization: 'token demo-person',
          accept: 'application/vnd.github+json'
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) })
      });
      if (!response.ok) throw new Error(`demo: ${method} ${path} answered ${response.status}`);
      return response.json();
    }
  };
}

/** Every step of the story, then the last event again: a redelivery or a re-run must write nothing. */
async function playStory(demo: Demo, stepping: boolean): Promise<void> {
  const { emulator, say, s } = demo;
  say(s.bold('Epic Steward demo: the sample story of zebra-devops/marketedge-frontend, epic #13'));
  say(s.dim(`emulator ${emulator.url} · action ${demo.paths.action} · config examples/demo/config.yml`));
  for (const step of story()) {
    say(`\n${s.bold(step.heading)}`);
    for (const event of step.events) {
      if (stepping) await waitForEnter(`  press Enter to deliver ${event.title} `);
      await play(demo, event);
    }
  }
  emulator.clearRequests();
  await play(demo, replay());
  demo.observed.replayWrites = emulator
    .requests()
    .filter((r) => (r.path === '/graphql' ? r.mutation : r.method !== 'GET'))
    .map((r) => `${r.method} ${r.path}${r.operationName ? ` ${r.operationName}` : ''}`);
}

/** One event: the people act, the event's reports are in the workspace, the bundle runs, what changed is told. */
async function play(demo: Demo, event: DemoEvent): Promise<void> {
  const { emulator, world, s } = demo;
  emulator.setNow(new Date(event.at));
  const people = (await event.before?.(world)) ?? [];
  const before = snapshot(world);
  writeReports(demo.workspace, event.reports ?? {});
  const now = new Date(event.at).toISOString();
  const started = Date.now();
  // The token holds the permissions of the workflow a user would copy for this event.
  const workflow = workflowFor(demo.workflows, event.eventName);
  const workflowFile = relative(demo.paths.root, workflow.file);
  const from = emulator.requests().length;
  const run = await runBundle({
    action: demo.paths.action,
    workspace: workflow.checkout ? demo.workspace : demo.bare,
    repo: REPO,
    apiUrl: emulator.url,
    graphqlUrl: emulator.graphqlUrl,
    eventName: event.eventName,
    payload: event.payload(world),
    now,
    sha: event.sha,
    ref: event.ref,
    token: tokenOf(workflow.permissions)
  });
  recordRequests(demo, event, workflowFile, from);
  demo.summaries.push({ title: event.title, text: run.summary });
  const after = snapshot(world);
  observeRun(demo.observed, event, run, after);
  demo.say(`\n  ${s.bold(`▸ ${event.title}`)} ${s.dim(`${now.slice(0, 16).replace('T', ' ')} UTC · ${workflowFile}`)}`);
  for (const line of people) demo.say(`    ${s.dim(`(${line})`)}`);
  demo.say(narrate(before, after, run, Boolean(event.expectFailure), s, Date.now() - started));
}

function writeReports(workspace: string, reports: Record<string, string>): void {
  rmSync(join(workspace, 'reports'), { recursive: true, force: true });
  for (const [path, text] of Object.entries(reports)) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
}

/** The run's requests into the log, and each one refused for a permission its workflow lacks. */
function recordRequests(demo: Demo, event: DemoEvent, workflowFile: string, from: number): void {
  for (const entry of demo.emulator.requests().slice(from)) {
    demo.requestLog.push({ event: event.title, eventName: event.eventName, workflow: workflowFile, ...entry });
    for (const denied of entry.denied ?? [])
      demo.observed.denied.push(
        `${event.title}: ${entry.method} ${entry.path}${entry.operationName ? ` ${entry.operationName}` : ''} needs ${denied}, not in ${workflowFile}`
      );
  }
}

function observeRun(observed: Observed, event: DemoEvent, run: BundleRun, after: Snapshot): void {
  for (const [id, view] of after.comments) if (ESCALATION.test(view.body)) observed.escalations.set(id, view.issue);
  const failed = run.code !== 0;
  if (failed && !event.expectFailure)
    observed.unexpectedFailures.push(`${event.title}: ${firstError(run.stdout, run.stderr)}`);
  // A missed quality gate must fail the step: a pass here means the gates did not see the miss.
  if (!failed && event.expectFailure)
    observed.unexpectedFailures.push(`${event.title}: the step passed, but the reports miss their targets`);
}

function checkStory(demo: Demo): Check[] {
  const { say, s } = demo;
  demo.observed.violations = demo.emulator
    .violations()
    .map((v) => `${v.side} ${v.method} ${v.path}${v.status ? ` (${v.status})` : ''}: ${v.problems.join('; ')}`);
  const checks = storyChecks(demo.world.repo, demo.observed);
  say(`\n${s.bold('How the story ended')}`);
  for (const check of checks) {
    say(
      `  ${check.ok ? s.green('✓') : s.red('✗')} ${check.name}${!check.ok && check.detail ? s.dim(` (${check.detail})`) : ''}`
    );
  }
  return checks;
}

function writeResults(out: string, state: unknown, checks: Check[], demo: Demo): void {
  const { summaries } = demo;
  mkdirSync(join(out, 'summaries'), { recursive: true });
  writeFileSync(join(out, 'state.json'), `${JSON.stringify(state, null, 2)}\n`);
  writeFileSync(join(out, 'checks.json'), `${JSON.stringify(checks, null, 2)}\n`);
  writeFileSync(join(out, 'requests.json'), `${JSON.stringify(demo.requestLog, null, 2)}\n`);
  summaries.forEach(({ title, text }, i) =>
    writeFileSync(join(out, 'summaries', `${String(i + 1).padStart(2, '0')}-${slug(title)}.md`), text)
  );
  const daily = [...demo.world.repo.issues.get(EPIC)!.comments]
    .reverse()
    .find((c) => c.body.includes('<!-- epic-steward:daily-report:'));
  if (daily) writeFileSync(join(out, 'daily-report.md'), `${daily.body}\n`);
  writeFileSync(
    join(out, 'summaries.md'),
    summaries.map(({ title, text }) => `# ${title}\n\n${text.trim() || '_(no summary)_'}\n`).join('\n---\n\n')
  );
}

function snapshot({ repo }: World): Snapshot {
  const issues = [...repo.issues.values()];
  return {
    epicBody: repo.issues.get(EPIC)?.body ?? '',
    labels: new Map(issues.map((i) => [i.number, [...i.labels]])),
    states: new Map(issues.map((i) => [i.number, i.state])),
    comments: new Map(issues.flatMap((i) => i.comments.map((c) => [c.id, { issue: i.number, body: c.body }] as const)))
  };
}

/** What changed in one run, in the order a person would look: the run, the epic, labels, comments, summary. */
function narrate(
  before: Snapshot,
  after: Snapshot,
  run: BundleRun,
  expectFailure: boolean,
  s: Style,
  ms: number
): string {
  const changes = [
    ...epicChanges(before, after, s),
    ...labelChanges(before, after, s),
    ...commentChanges(before, after, s)
  ];
  const out = [
    ...runOutcome(run, expectFailure, s, ms),
    ...(changes.length ? changes : [`    ${s.dim('nothing changed on GitHub')}`])
  ];
  const summary = trimSummary(run.summary);
  if (summary.length) {
    out.push(`    ${s.dim('job summary:')}`);
    out.push(s.dim(indent(summary, '      ')));
  }
  return out.join('\n');
}

/** How the run ended, against what the story expects, with its first annotations. */
function runOutcome(run: BundleRun, expectFailure: boolean, s: Style, ms: number): string[] {
  const out: string[] = [];
  const notes = annotations(run.stdout);
  const took = s.dim(` (${(ms / 1000).toFixed(1)} s)`);
  if (run.code === 0) out.push(`    ${s.green('action: success')}${took}`);
  else {
    const verdict = expectFailure
      ? s.yellow(`action: the step fails (exit ${run.code}), as it should`)
      : s.red(`action: failed (exit ${run.code}), unexpectedly`);
    out.push(`    ${verdict}${took}`);
  }
  if (run.code === 0 && expectFailure)
    out.push(`    ${s.red('the step should have failed: the reports miss their targets')}`);
  if (notes.length)
    out.push(
      indent(
        notes.slice(0, 4).map((n) => (n.length > 140 ? `${n.slice(0, 139)}…` : n)),
        '      '
      )
    );
  if (run.code !== 0 && !expectFailure && !notes.length)
    out.push(indent([firstError(run.stdout, run.stderr)], '      '));
  return out;
}

function epicChanges(before: Snapshot, after: Snapshot, s: Style): string[] {
  const epic = changedLines(before.epicBody, after.epicBody);
  if (!epic.length) return [];
  return [
    `    ${s.bold('epic #13 now reads')}`,
    indent(
      epic.slice(0, 16).map((l) => (/^\s*[-*] \[[xX]\]/.test(l) ? s.green(l) : l)),
      '      '
    )
  ];
}

function labelChanges(before: Snapshot, after: Snapshot, s: Style): string[] {
  const out: string[] = [];
  for (const [n, labels] of after.labels) {
    const old = before.labels.get(n) ?? [];
    const added = labels.filter((l) => !old.includes(l));
    const removed = old.filter((l) => !labels.includes(l));
    const state = before.states.get(n) !== after.states.get(n) ? ` (now ${after.states.get(n)})` : '';
    if (!added.length && !removed.length && !state) continue;
    const delta = [...added.map((l) => s.green(`+${l}`)), ...removed.map((l) => s.red(`-${l}`))].join(' ');
    out.push(`    ${s.bold(`#${n}`)} labels: ${labels.join(', ') || '(none)'}${delta ? `  ${delta}` : ''}${state}`);
  }
  return out;
}

function commentChanges(before: Snapshot, after: Snapshot, s: Style): string[] {
  const out: string[] = [];
  for (const [id, view] of after.comments) {
    const old = before.comments.get(id);
    if (old?.body === view.body) continue;
    out.push(`    ${old ? s.yellow('edited') : s.green('new')} comment on #${view.issue}: ${firstLine(view.body)}`);
    for (const line of highlights(view.body)) out.push(`      ${line}`);
    for (const line of textChart(view.body)) out.push(`      ${line}`);
  }
  return out;
}

function firstError(stdout: string, stderr: string): string {
  const line = [...annotations(stdout).filter((l) => l.startsWith('error')), ...stderr.split('\n')].find((l) =>
    l.trim()
  );
  return line?.trim().slice(0, 200) ?? 'no message';
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

function waitForEnter(prompt: string): Promise<void> {
  process.stderr.write(prompt);
  return new Promise((resolvePromise) => {
    process.stdin.resume();
    process.stdin.once('data', () => {
      process.stdin.pause();
      resolvePromise();
    });
  });
}
