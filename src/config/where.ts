import { isAbsolute, join } from 'node:path';
import type { EventContext } from '../core/event';

// Where the config is, apart from reading it (./load.ts, with the YAML reader): the entry asks
// whether a named file exists without loading the reader on an event that never reads it.

/** Where the config is read from when the `config` input is not set. */
export const DEFAULT_CONFIG_PATH = '.github/epic-steward.yml';

/**
 * The config's path in the checked-out workspace, or undefined when the workspace must not be
 * read: on pull_request_target and workflow_run it may hold a fork's checkout, whose config
 * must not apply (those events read the base branch's through the API).
 */
export function workspaceConfigPath(path: string, event: EventContext): string | undefined {
  if (baseOnly(event) || !event.workspace) return undefined;
  return isAbsolute(path) ? path : join(event.workspace, path);
}

/**
 * Events that run with a write token on behalf of someone who may not be trusted (a fork's
 * pull request): the config is read from the base branch through the API, never from the
 * workspace, which a workflow may have filled with the pull request's head.
 */
function baseOnly(event: EventContext): boolean {
  return event.name === 'pull_request_target' || event.name === 'workflow_run';
}
