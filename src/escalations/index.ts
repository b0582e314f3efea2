import type { EventContext } from '../core/event';
import type { Feature, FeatureResult, RunContext } from '../core/feature';
import type { Operation, OpResult } from '../core/plan';
import type { EscalationsConfig } from './config';
import { dailyReports } from './daily';
import { checkIssue, sweep, thresholds, type FlowResult } from './flows';
import type { EscalationRecord } from './model';
import { renderSummary } from './summary';
import { reconcileEpic } from '../epics/reconcile';

const GATE_EVENTS = new Set(['pull_request', 'pull_request_target', 'push', 'workflow_run', 'schedule', 'workflow_dispatch']);
const ISSUE_ACTIONS = new Set(['opened', 'edited', 'closed', 'reopened', 'labeled', 'unlabeled', 'assigned', 'unassigned']);

/** What an event asks of the feature (cheap: payload and config only). */
export function workOf(event: EventContext, config: EscalationsConfig): { thresholds: boolean; sweep: boolean; issue?: number; report: boolean } {
  const none = { thresholds: false, sweep: false, report: false };
  if (!config.enabled) return none;
  const scheduled = event.name === 'schedule' || event.name === 'workflow_dispatch';
  const issue = event.payload.issue as { number?: number; pull_request?: unknown } | undefined;
  return {
    // Whether gates were measured is only known at run time (ctx.shared.gates).
    thresholds: config.threshold.enabled && GATE_EVENTS.has(event.name),
    sweep: scheduled && config.events.includes(event.name as 'schedule'),
    issue:
      event.name === 'issues' && config.events.includes('issues') && ISSUE_ACTIONS.has(event.action ?? '') && typeof issue?.number === 'number' && !issue.pull_request && !closedUnescalated(event, config.label)
        ? issue.number
        : undefined,
    report: scheduled && config.report.enabled && config.report.events.includes(event.name as 'schedule')
  };
}

/**
 * A closed issue without the escalation label has nothing to resolve: the payload says so, and
 * skipping the read keeps an ordinary close within the epics' request budget.
 */
function closedUnescalated(event: EventContext, label: string): boolean {
  if (event.action !== 'closed') return false;
  const labels: unknown[] = Array.isArray(event.payload.issue?.labels) ? event.payload.issue.labels : [];
  return !labels.some((l) => (typeof l === 'string' ? l : (l as { name?: string })?.name)?.toLowerCase() === label.toLowerCase());
}

/** Entry point of the escalations feature (see docs/ARCHITECTURE.md and docs/escalations.md). */
export const escalationsFeature: Feature = {
  name: 'escalations',
  wants: (ctx) => {
    const work = workOf(ctx.event, ctx.config.escalations);
    return work.thresholds || work.sweep || work.issue !== undefined || work.report;
  },
  run: runEscalations
};

/** Applies a plan issue by issue, so one failed write stops only its own issue's operations. */
async function applyByIssue(ctx: RunContext, ops: Operation[]): Promise<OpResult[]> {
  const groups = new Map<number | undefined, Operation[]>();
  for (const op of ops) {
    const key = 'issue' in op ? op.issue : undefined;
    groups.set(key, [...(groups.get(key) ?? []), op]);
  }
  const results: OpResult[] = [];
  for (const group of groups.values()) results.push(...(await ctx.apply(group)));
  return results;
}

async function runEscalations(ctx: RunContext): Promise<FeatureResult> {
  const config = ctx.config.escalations;
  const work = workOf(ctx.event, config);
  const { repo } = ctx.event;
  const now = ctx.now();
  const flows: FlowResult[] = [];
  const gates = ctx.shared.gates;
  if (work.thresholds && gates && gates.outcomes.length) flows.push(await thresholds(ctx.github, repo, gates, config, now));
  if (work.sweep) flows.push(await sweep(ctx.github, repo, config, now));
  if (work.issue !== undefined) flows.push(await checkIssue(ctx.github, repo, work.issue, config, now));
  if (flows.length === 0 && !work.report) return {};

  const records: EscalationRecord[] = flows.flatMap((f) => f.records);
  const notes = flows.flatMap((f) => f.notes);
  const sections: string[] = [];
  const results = await applyByIssue(ctx, flows.flatMap((f) => f.ops));

  if (work.report) {
    const report = await dailyReports(ctx.github, repo, ctx.event.serverUrl, ctx.config, gates, records, now, (m) => ctx.log.warning(m));
    notes.push(...report.notes);
    sections.push(...(report.sections ?? []));
    const posted = await applyByIssue(ctx, report.ops);
    results.push(...posted);
    await relinkBlocks(ctx, posted, notes);
  }

  const unique = [...new Map(records.map((r) => [`${r.issue}|${r.key}`, r])).values()];
  return {
    summary: [renderSummary(unique, results, notes), ...sections].join('\n\n'),
    outputs: { escalations: JSON.stringify(unique) }
  };
}

/**
 * The epic block links the latest daily report and shows its forecast, but the epics feature
 * runs before the report is written: an epic whose report was just posted is reconciled once
 * more so its block points at today's report (one read, one write at most).
 */
async function relinkBlocks(ctx: RunContext, posted: OpResult[], notes: string[]): Promise<void> {
  // Only where the epics feature itself would reconcile on this event.
  if (!ctx.config.epics.enabled || !ctx.config.epics.triggers.includes(ctx.event.name as 'schedule' | 'workflow_dispatch')) return;
  const epics = new Set(posted.filter((r) => r.status === 'applied' && r.op.kind === 'upsert-comment').map((r) => (r.op as { issue: number }).issue));
  const { repo, serverUrl } = ctx.event;
  const deps = { github: ctx.github, apply: (plan: Operation[]) => ctx.apply(plan), log: ctx.log, config: ctx.config.epics, serverUrl, gates: [], now: ctx.now };
  for (const number of epics) {
    const outcome = await reconcileEpic(deps, { repo, number }).catch((error: unknown) => ({ status: 'failed', detail: error instanceof Error ? error.message : String(error) }));
    if (outcome.status === 'failed' || outcome.status === 'over-budget') notes.push(`#${number}: the epic block could not link today's report (${outcome.detail ?? outcome.status}); the next run will.`);
  }
}
