import { readFileSync } from 'node:fs';
import type { EventContext, EventPayload } from './event';

/** Thrown for a broken run environment (missing variables, unreadable event file). */
export class EnvironmentError extends Error {
  override name = 'EnvironmentError';
}

/**
 * Reads the event from the standard Actions variables. GitHub Enterprise Server works
 * because every URL comes from the environment, never from a constant.
 */
export function readEventContext(
  env: NodeJS.ProcessEnv,
  readFile: (path: string) => string = (p) => readFileSync(p, 'utf8')
): EventContext {
  const name = env.GITHUB_EVENT_NAME;
  if (!name)
    throw new EnvironmentError(
      'GITHUB_EVENT_NAME is not set: run inside GitHub Actions, or use `epic-steward run --event-name`.'
    );
  const path = env.GITHUB_EVENT_PATH;
  const payload = path ? readPayload(path, readFile) : {};
  const full = env.GITHUB_REPOSITORY ?? payload.repository?.full_name;
  const [owner, repo] = typeof full === 'string' ? full.split('/') : [];
  if (!owner || !repo) throw new EnvironmentError('GITHUB_REPOSITORY is not set (expected owner/name).');
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, '');
  const runId = Number(env.GITHUB_RUN_ID);
  return {
    name,
    action: typeof payload.action === 'string' ? payload.action : undefined,
    payload,
    repo: { owner, repo },
    ref: env.GITHUB_REF || undefined,
    sha: env.GITHUB_SHA || undefined,
    workspace: env.GITHUB_WORKSPACE || undefined,
    actor: env.GITHUB_ACTOR || undefined,
    runId: Number.isFinite(runId) && runId > 0 ? runId : undefined,
    serverUrl,
    apiUrl,
    graphqlUrl: (env.GITHUB_GRAPHQL_URL || `${apiUrl}/graphql`).replace(/\/$/, '')
  };
}

/**
 * The event file as GitHub writes it: a JSON object, typed from GitHub's published webhook types
 * (a file the action does not control: features still check a value's type before trusting it).
 */
function readPayload(path: string, readFile: (path: string) => string): EventPayload {
  let text: string;
  try {
    text = readFile(path);
  } catch (error) {
    throw new EnvironmentError(
      `cannot read the event payload at GITHUB_EVENT_PATH=${path}: ${error instanceof Error ? error.message : String(error)}`
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new EnvironmentError(
      `the event payload at ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`
    );
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new EnvironmentError(`the event payload at ${path} is not a JSON object`);
  return parsed;
}

/**
 * Why the event file cannot be read as JSON, or undefined when it can (or there is none, or it
 * cannot be read at all: readEventContext names that). Checked before anything else loads.
 */
export function eventFileProblem(
  env: NodeJS.ProcessEnv,
  readFile: (path: string) => string = (p) => readFileSync(p, 'utf8')
): string | undefined {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return undefined;
  let text: string;
  try {
    text = readFile(path);
  } catch {
    return undefined;
  }
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return `the event payload at ${path} is not valid JSON: ${(error as Error).message}`;
  }
}

/**
 * A clock pinned at an ISO date-time, for `--now` of dist/replay.js and `epic-steward run`
 * (tests, the demo, replays). Never read from the environment: the shipped action
 * (dist/index.js) runs on the real clock, and no variable of a workflow can move it.
 */
export function pinnedClock(iso: string | undefined): () => Date {
  if (!iso) throw new EnvironmentError('--now: expected an ISO date-time, e.g. 2025-01-11T09:00:00Z');
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) throw new EnvironmentError(`--now ${iso}: not an ISO date-time`);
  return () => new Date(at);
}
