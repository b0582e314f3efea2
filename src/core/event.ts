import type { RepoRef } from './plan';

/**
 * What a run knows about the event that started it, read from the standard Actions
 * environment (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, …). Pure data: no Actions imports.
 */
export interface EventContext {
  /** e.g. `issues`, `pull_request`, `schedule`. */
  name: string;
  /** The `action` field of the payload (`closed`, `opened`…), when present. */
  action?: string;
  payload: Record<string, any>;
  repo: RepoRef;
  ref?: string;
  sha?: string;
  workspace?: string;
  actor?: string;
  runId?: number;
  serverUrl: string;
  apiUrl: string;
  graphqlUrl: string;
}
