import type { Config } from '../config/types';
import type { GitHub } from './port';
import type { EventContext } from './event';
import type { Logger } from './log';
import type { OpResult, Plan } from './plan';
import type { SharedState } from './shared';

export type { SharedState } from './shared';

/**
 * What a feature gets to do its work: the event, the validated config, GitHub for reads,
 * `apply` for writes (through the one executor), an injected clock and logger.
 * `shared` carries results from features that ran earlier in the same run
 * (features run in the order of src/features.ts: labels, gates, epics, escalations).
 */
export interface RunContext {
  event: EventContext;
  config: Config;
  /** Path of the config file, for messages. */
  configPath: string;
  github: GitHub;
  now: () => Date;
  log: Logger;
  dryRun: boolean;
  /** The `if-no-reports` input: what a gate without any report becomes. */
  ifNoReports: 'fail' | 'warn' | 'ignore';
  apply(plan: Plan): Promise<OpResult[]>;
  shared: SharedState;
}


export interface FeatureResult {
  /** Markdown for the job summary (a section of its own). */
  summary?: string;
  /** Action outputs; list values must already be JSON strings. */
  outputs?: Record<string, string>;
  /** When set, the step fails with this message after every feature has run. */
  failure?: string;
}

export interface Feature {
  name: string;
  /** Cheap and pure: does this event concern the feature, given the config? */
  wants(ctx: Pick<RunContext, 'event' | 'config' | 'configPath'>): boolean;
  run(ctx: RunContext): Promise<FeatureResult>;
}
