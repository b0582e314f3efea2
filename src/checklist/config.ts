import type { NotPlannedPolicy } from './policy';

/**
 * The settings of the `epics` section that more than the epics feature reads: what makes an
 * issue an epic, which sections count, the done policy and the project the verdict goes to.
 * The daily report (the escalations feature) counts stories by them exactly as the progress
 * block does, so the type lives below both features; the schema fragment stays in
 * src/epics/config.ts, whose `EpicsConfig` extends this.
 */
export interface EpicDomainConfig {
  /** An open issue with this label (compared case-insensitively) is an epic. */
  label: string;
  /** Issue types that make an issue an epic, as the label does. */
  types: string[];
  /** Where the epics' verdict is posted as a Projects status update. */
  project: { owner: string; number: number };
  'not-planned': NotPlannedPolicy;
  /** Headings whose task items count (empty: every section). */
  sections: string[];
}
