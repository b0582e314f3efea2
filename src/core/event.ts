import type { WebhookEventMap } from '@octokit/webhooks-types';
import type { RepoRef } from './plan';

/** Every key any of the members of `U` has, optional, typed as the union of its types across them. */
type AnyOf<U> = { [K in U extends unknown ? keyof U : never]?: U extends { [P in K]?: infer V } ? V : never };

/**
 * The payload of an event, typed from GitHub's published webhook types (@octokit/webhooks-types,
 * the version @octokit/webhooks-examples is generated with): every field of every event, each
 * optional, since one run handles many events and a field is there only for some (`schedule` is
 * not a webhook: its payload is `{ schedule }` and the repository). Read from a file the action
 * does not control: code still checks a value's type before trusting it.
 */
export type EventPayload = AnyOf<WebhookEventMap[keyof WebhookEventMap] | { schedule: string }>;

/**
 * What a run knows about the event that started it, read from the standard Actions
 * environment (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, …). Pure data: no Actions imports.
 */
/** A pull request of a payload was merged (only a closed one carries `merged` in every event's schema). */
export function isMerged(pull: object | undefined): boolean {
  return Boolean(pull && 'merged' in pull && pull.merged === true);
}

/**
 * An issue's count of native sub-issues, from the payload. GitHub sends `sub_issues_summary`
 * since sub-issues came out; the published webhook types (7.6) predate it, so it is read untyped.
 */
export function subIssuesTotal(issue: object): number | undefined {
  const summary: unknown = 'sub_issues_summary' in issue ? issue.sub_issues_summary : undefined;
  const total: unknown = summary && typeof summary === 'object' && 'total' in summary ? summary.total : undefined;
  return typeof total === 'number' ? total : undefined;
}

/** An issue's type (`Epic`, `Bug`…), from the payload: issue types postdate webhook-types 7.6 too. */
export function issueTypeName(issue: object): string | undefined {
  const type: unknown = 'type' in issue ? issue.type : undefined;
  const name: unknown = type && typeof type === 'object' && 'name' in type ? type.name : undefined;
  return typeof name === 'string' ? name : undefined;
}

export interface EventContext {
  /** e.g. `issues`, `pull_request`, `schedule`. */
  name: string;
  /** The `action` field of the payload (`closed`, `opened`…), when present. */
  action?: string;
  payload: EventPayload;
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
