import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface BundleRun {
  code: number;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}

export interface BundleOptions {
  action: string;
  workspace: string;
  repo: string;
  apiUrl: string;
  graphqlUrl: string;
  eventName: string;
  payload: Record<string, unknown>;
  now: string;
  sha: string;
  ref: string;
  /** The run's GITHUB_TOKEN (the emulator reads permissions from it). */
  token?: string;
}

/**
 * Runs the bundled action once as GitHub Actions would (the same environment contract as
 * __tests__/helpers/action.ts): an event file, INPUT_* inputs, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files; the clock pinned by `--now` of dist/replay.js, the action's own
 * chunks started with a clock (dist/index.js takes none).
 */
export async function runBundle(options: BundleOptions): Promise<BundleRun> {
  const dir = mkdtempSync(join(tmpdir(), 'epic-steward-demo-run-'));
  try {
    const eventPath = join(dir, 'event.json');
    const summaryPath = join(dir, 'summary.md');
    const outputPath = join(dir, 'output.txt');
    writeFileSync(eventPath, JSON.stringify(options.payload));
    writeFileSync(summaryPath, '');
    writeFileSync(outputPath, '');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: options.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: options.repo,
      GITHUB_API_URL: options.apiUrl,
      GITHUB_GRAPHQL_URL: options.graphqlUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_SHA: options.sha,
      GITHUB_REF: options.ref,
      GITHUB_RUN_ID: '1',
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_OUTPUT: outputPath,
      'INPUT_GITHUB-TOKEN': options.token ?? 'demo-token',
      INPUT_CONFIG: '.github/epic-steward.yml',
      'INPUT_DRY-RUN': 'false',
      'INPUT_MAX-WRITES': '100'
    };
    const { code, stdout, stderr } = await spawnNode(
      [join(dirname(options.action), 'replay.js'), '--now', options.now],
      env
    );
    return {
      code,
      stdout,
      stderr,
      summary: readFileSync(summaryPath, 'utf8'),
      outputs: parseOutputs(readFileSync(outputPath, 'utf8'))
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function spawnNode(
  args: string[],
  env: Record<string, string>
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? 1, stdout, stderr }));
  });
}

/** The GITHUB_OUTPUT file format written by @actions/core (`name<<delimiter` blocks). */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (match) {
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== match[2]) value.push(lines[i]!);
      outputs[match[1]!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const [name, ...rest] = lines[i]!.split('=');
      outputs[name!] = rest.join('=');
    }
  }
  return outputs;
}
