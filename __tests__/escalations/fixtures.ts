import type { GateOutcome } from '../../src/core/shared';
import type { IssueSnapshot } from '../../src/escalations/time';

export const NOW = new Date('2025-01-13T10:00:00Z');
export const hoursAgo = (h: number, m = 0) => new Date(NOW.getTime() - (h * 60 + m) * 60_000).toISOString();

/** Story #14 of the seeds: P0-Critical, "Timeline: 12-24 hours" in the body. */
export function story(overrides: Partial<IssueSnapshot> = {}): IssueSnapshot {
  return {
    number: 14,
    title: 'Story #14: Database Test Environment Configuration Fix',
    body: '**Purpose:** Fix database connectivity in test environment\n**Labels:** Story, P0-Critical, Week-1-Foundation, Backend, Data\n',
    createdAt: hoursAgo(49),
    open: true,
    labels: ['Story', 'P0-Critical', 'Week-1-Foundation', 'Backend', 'Data'],
    assignees: 0,
    events: [],
    eventsComplete: true,
    ...overrides
  };
}

export function gate(overrides: Partial<GateOutcome> = {}): GateOutcome {
  return {
    name: 'overall',
    title: 'Overall test pass rate',
    verdict: 'fail',
    passRate: 0.61,
    executionRate: null,
    baselinePassRate: 0.62,
    targetPassRate: 0.9,
    baselineExecutionRate: null,
    targetExecutionRate: null,
    previousPassRate: 0.62,
    totals: { tests: 234, passed: 142, failed: 85, errored: 0, skipped: 7, flaky: 0, suiteErrors: 0 },
    critical: false,
    reasons: ['pass rate 61% < target 90%'],
    ...overrides
  };
}
