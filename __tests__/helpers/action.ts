import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** Path of the bundled action that end-to-end tests run (built by `npm run build`). */
export const ACTION = resolve('dist/index.js');
/** The same action with its clock pinned by `--now` (its own entry over the same chunks). */
export const REPLAY = resolve('dist/replay.js');

export interface EmulatorUrls {
  url: string;
  graphqlUrl: string;
}

export interface ActionOptions {
  emulator: EmulatorUrls;
  eventName: string;
  payload: Record<string, unknown>;
  repo?: string;
  /** YAML text of .github/epic-steward.yml in the workspace (omit: no config file). */
  config?: string;
  /** Other files to place in the workspace, e.g. test reports. */
  files?: Record<string, string>;
  /** Use this workspace directory instead of a fresh one. */
  workspace?: string;
  inputs?: Record<string, string>;
  now?: string;
  sha?: string;
  ref?: string;
  token?: string;
  env?: Record<string, string>;
  /** The event file's exact text (a hostile payload: truncated JSON…); `payload` is ignored. */
  eventText?: string;
  /** Kill the run (SIGKILL) after this long; it then ends with code 137 and `timedOut`. */
  timeoutMs?: number;
  /** Called once the process runs, with a function that SIGKILLs it (the kill test stops runs mid-write). */
  onSpawn?: (kill: () => void) => void;
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
  /** Set when `timeoutMs` ran out and the process was killed. */
  timedOut?: boolean;
}

/**
 * Runs `node dist/index.js` as GitHub Actions would: the standard environment variables, an
 * event file, INPUT_* inputs, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
 */
export async function runAction(options: ActionOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'epic-steward-run-'));
  const workspace = options.workspace ?? join(dir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  if (options.config !== undefined) writeFile(join(workspace, '.github/epic-steward.yml'), options.config);
  for (const [path, text] of Object.entries(options.files ?? {})) writeFile(join(workspace, path), text);
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, options.eventText ?? JSON.stringify(options.payload));
  const outputPath = join(dir, 'output.txt');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  // As the runner passes them: action.yml's defaults, `config` unset unless a test sets it.
  const inputs = {
    'github-token': options.token ?? 'test-token',
    'dry-run': 'false',
    'max-writes': '100',
    'rate-limit-wait': '60',
    ...options.inputs
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: options.repo ?? 'acme/app',
    GITHUB_API_URL: options.emulator.url,
    GITHUB_GRAPHQL_URL: options.emulator.graphqlUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: workspace,
    GITHUB_SHA: options.sha ?? 'c'.repeat(40),
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_RUN_ID: '1',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...options.env
  };
  const args = options.now ? [REPLAY, '--now', options.now] : [ACTION];
  const { code, stdout, stderr, timedOut } = await spawnNode(args, env, options.timeoutMs, options.onSpawn);
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    workspace,
    ...(timedOut ? { timedOut } : {})
  };
}

function writeFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

export function spawnNode(
  args: string[],
  env: Record<string, string>,
  timeoutMs?: number,
  onSpawn?: (kill: () => void) => void
): Promise<{ code: number; stdout: string; stderr: string; timedOut?: boolean }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    onSpawn?.(() => child.kill('SIGKILL'));
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = timeoutMs ? setTimeout(() => ((timedOut = true), child.kill('SIGKILL')), timeoutMs) : undefined;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (error) => (clearTimeout(timer), reject(error)));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code: code ?? (timedOut ? 137 : 1), stdout, stderr, ...(timedOut ? { timedOut } : {}) });
    });
  });
}

/** Parses the GITHUB_OUTPUT file format written by @actions/core (`name<<delimiter`). */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (match) {
      const [, name, delimiter] = match;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]!);
      outputs[name!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const [name, ...rest] = lines[i]!.split('=');
      outputs[name!] = rest.join('=');
    }
  }
  return outputs;
}
