import { readFile } from 'node:fs/promises';
import type { EventContext } from '../core/event';
import type { Logger } from '../core/log';
import { httpStatus, type GitHub } from '../core/port';
import { parseConfig } from './parse';
import type { Config } from './types';
import { workspaceConfigPath } from './where';

export interface LoadedConfig {
  config: Config;
  /** Where it came from, for messages: a workspace path or `owner/repo@ref:path`. */
  source: string;
  /** False when no file exists and the defaults apply. */
  found: boolean;
}

/**
 * Reads the config from the checked-out workspace when it is there, else through the API at
 * the event's ref (so a workflow without actions/checkout works). On pull_request_target and
 * workflow_run, always through the API from the base branch. No file: the defaults, unless the
 * path was named explicitly (`required`); a ref that does not exist is an error, not "no file".
 */
export async function loadConfig(
  path: string,
  event: EventContext,
  github: GitHub,
  log: Logger,
  required = false
): Promise<LoadedConfig> {
  const local = workspaceConfigPath(path, event);
  if (local) {
    const text = await readFile(local, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (text !== undefined) return { config: parseConfig(text, path), source: path, found: true };
  }
  const ref = configRef(event);
  const source = `${event.repo.owner}/${event.repo.repo}@${ref ?? 'default branch'}:${path}`;
  try {
    const response = await github.request<{ content?: string; encoding?: string }>(
      'GET /repos/{owner}/{repo}/contents/{path}',
      { ...event.repo, path, ...(ref ? { ref } : {}) }
    );
    const { content = '', encoding } = response.data;
    const text = encoding === 'base64' ? Buffer.from(content, 'base64').toString('utf8') : content;
    return { config: parseConfig(text, path), source, found: true };
  } catch (error) {
    if (httpStatus(error) !== 404) throw error;
    // Both a missing file and a missing ref answer 404; GitHub tells the second by its message.
    const message = error instanceof Error ? error.message : '';
    if (ref && /no commit found/i.test(message))
      throw new Error(
        `config: the ref ${ref} does not exist in ${event.repo.owner}/${event.repo.repo}, so its config cannot be read (GitHub: ${message})`
      );
    if (required)
      throw new Error(`config: the \`config\` input names ${path}, which is neither in the workspace nor at ${source}`);
    log.info(`No config at ${source}: using the defaults.`);
    return { config: parseConfig('', path), source, found: false };
  }
}

/**
 * The ref whose config applies. For pull_request_target and workflow_run the base/default
 * branch's config is used on purpose: a fork must not be able to change the rules it is judged by.
 */
function configRef(event: EventContext): string | undefined {
  if (event.name === 'pull_request_target') {
    const base = baseRefOf(event.payload.pull_request);
    return typeof base === 'string' && base ? base : undefined;
  }
  if (event.name === 'workflow_run') return undefined;
  return event.sha ?? event.ref;
}

/** `pull_request.base.ref` of a payload read as untrusted data, whatever its shape. */
function baseRefOf(pull: unknown): unknown {
  const base: unknown = typeof pull === 'object' && pull !== null && 'base' in pull ? pull.base : undefined;
  return typeof base === 'object' && base !== null && 'ref' in base ? base.ref : undefined;
}
