import type { EventContext } from './event';
import type { Logger } from './log';
import type { OpResult, Plan } from './plan';
import type { GitHub } from './port';
import type { SharedState } from './shared';

export type { SharedState } from './shared';

/**
 * What a feature gets to do its work: the event, its own section of the validated config (`C`:
 * the feature's section plus the few settings of others it needs, chosen in src/features.ts),
 * GitHub for reads, `apply` for writes (through the one executor), an injected clock and logger.
 * `shared` carries results from features that ran earlier in the same run
 * (features run in the order of src/features.ts: labels, gates, epics, escalations).
 * The core knows no feature and no config file: a feature's section type lives in its config.ts.
 */
export interface RunContext<C> {
  event: EventContext;
  config: C;
  /** Path of the config file, for messages. */
  configPath: string;
  github: GitHub;
  now: () => Date;
  log: Logger;
  dryRun: boolean;
  apply(plan: Plan): Promise<OpResult[]>;
  shared: SharedState;
  /**
   * The run's hook after the daily report posted or edited reports on these epics (numbers in
   * the event's repository): the epic blocks link the newest report, but the epics feature ran
   * before it was written, so the run has them relinked (src/run.ts) and no feature imports
   * another. Answers notes for the summary. Wired by the run; absent where a caller has no run.
   */
  reportsPosted?(epics: number[]): Promise<string[]>;
}

/** What a feature's `wants` may look at: cheap and pure, nothing read. */
export type WantsContext<C> = Pick<RunContext<C>, 'event' | 'config' | 'configPath'>;

export interface FeatureResult {
  /** Markdown for the job summary (a section of its own). */
  summary?: string;
  /** Action outputs; list values must already be JSON strings. */
  outputs?: Record<string, string>;
  /** When set, the step fails with this message after every feature has run. */
  failure?: string;
}

export interface Feature<C> {
  name: string;
  /** Cheap and pure: does this event concern the feature, given the config? */
  wants(ctx: WantsContext<C>): boolean;
  run(ctx: RunContext<C>): Promise<FeatureResult>;
}
