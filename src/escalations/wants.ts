// Whether an event concerns the escalations feature: light, so deciding loads nothing of the feature.
import type { EventContext } from '../core/event';
import type { Feature } from '../core/feature';
import type { EscalationsConfig } from './config';

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

export const wants: Feature['wants'] = (ctx) => {
  const work = workOf(ctx.event, ctx.config.escalations);
  return work.thresholds || work.sweep || work.issue !== undefined || work.report;
};
