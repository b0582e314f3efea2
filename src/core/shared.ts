/**
 * Results that features hand to the ones after them within one run (ctx.shared).
 * The gates feature fills `gates`; epics (metric lines) and escalations (threshold
 * triggers) read it. Fields may be added; do not rename them.
 */
export interface GateOutcome {
  /** The gate's config name, e.g. `backend-security`. */
  name: string;
  /** Human title, e.g. `Backend security tests`. */
  title: string;
  verdict: 'pass' | 'fail' | 'no-data';
  /** passed / executed, 0..1, null when nothing executed. */
  passRate: number | null;
  /** executed / expected, 0..1, null when nothing is expected. */
  executionRate: number | null;
  baselinePassRate: number | null;
  targetPassRate: number | null;
  baselineExecutionRate: number | null;
  targetExecutionRate: number | null;
  /** The value last recorded for this gate (default branch or the PR's base), if any. */
  previousPassRate: number | null;
  totals: {
    tests: number;
    passed: number;
    failed: number;
    errored: number;
    skipped: number;
    flaky: number;
    suiteErrors: number;
  };
  /** A security-like gate: a failure after a change escalates at once. */
  critical: boolean;
  /** The epic checklist line this gate proves, e.g. `Backend security tests: 100% pass rate achieved`. */
  epicLine?: string;
  /** The epic that holds `epicLine`, when the config names one. */
  epic?: number;
  /** Human reasons for the verdict, e.g. `pass rate 61.1% < target 90%`. */
  reasons: string[];
  /** The execution rate recorded for the base commit, if any. */
  previousExecutionRate?: number | null;
  /** The pass-rate target is strict (`>90%`): equal to it does not pass. */
  targetPassRateStrict?: boolean;
  /** No report was read for this gate (its verdict then follows `if-no-reports`). */
  noReport?: boolean;
  /** Tests expected to run (the execution rate's denominator). */
  expected?: number;
  /** Below its configured baseline or its base commit's figure, or tests that passed there now fail. */
  regression?: boolean;
  /** Test-level comparison with the base commit's record (absent when there is none). */
  comparison?: { newFailures: number; fixed: number; stillFailing: number; vanished: number | null };
}

export interface GatesShared {
  outcomes: GateOutcome[];
  /** True when the run measured the default branch (push/schedule there): only then do metric lines tick. */
  onDefaultBranch: boolean;
  /** The pull request the reports belong to, if any. */
  pullRequest?: number;
  headSha?: string;
  /** The commit whose recorded results this run was compared with, if any. */
  baseSha?: string;
  /** Why no comparison was made, in words (`no results were recorded for abc1234`). */
  baselineNote?: string;
  /**
   * The gate result for the pull request's one conversation, handed to the escalations feature
   * (which writes it with the gates' escalations in one comment); absent when the gates wrote it.
   */
  conversation?: {
    pr: number;
    mode: 'always' | 'changes' | 'failures' | 'off';
    text: string;
    digest: string;
    failing: boolean;
  };
}

export interface SharedState {
  gates?: GatesShared;
  /** Epics of the event's repository this run found complete (escalations on them resolve). */
  epics?: { complete: number[] };
  [key: string]: unknown;
}
