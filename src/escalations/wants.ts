// Whether an event concerns the escalations feature: light, so deciding loads nothing of the feature.
import type { EventContext } from '../core/event';
import type { Feature } from '../core/feature';
import type { EscalationsConfig, EscalationsSection } from './config';

const GATE_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'push',
  'workflow_run',
  'schedule',
  'workflow_dispatch'
]);
const PULL_EVENTS = new Set(['pull_request', 'pull_request_target']);
const ISSUE_ACTIONS = new Set([
  'opened',
  'edited',
  'closed',
  'reopened',
  'labeled',
  'unlabeled',
  'assigned',
  'unassigned'
]);

/** Whether any config could make the feature act on this event: its name and action alone. */
export function handles(event: Pick<EventContext, 'name' | 'action'>): boolean {
  return GATE_EVENTS.has(event.name) || (event.name === 'issues' && ISSUE_ACTIONS.has(event.action ?? ''));
}

/** What an event asks of the feature (cheap: payload and config only). */
export function workOf(
  event: EventContext,
  config: EscalationsConfig
): {
  thresholds: boolean;
  sweep: boolean;
  issue?: number;
  pull?: { number: number; merged: boolean };
  epics: boolean;
  report: boolean;
} {
  const none = { thresholds: false, sweep: false, epics: false, report: false };
  if (!config.enabled || !handles(event)) return none;
  const scheduled = event.name === 'schedule' || event.name === 'workflow_dispatch';
  const issue = event.payload.issue as { number?: number; pull_request?: unknown; labels?: unknown } | undefined;
  const pull = event.payload.pull_request as { number?: number; merged?: boolean; labels?: unknown } | undefined;
  return {
    // Whether gates were measured is only known at run time (ctx.shared.gates).
    thresholds: config.threshold.enabled && GATE_EVENTS.has(event.name),
    sweep: scheduled && config.events.includes(event.name as 'schedule'),
    issue:
      event.name === 'issues' &&
      config.events.includes('issues') &&
      ISSUE_ACTIONS.has(event.action ?? '') &&
      typeof issue?.number === 'number' &&
      !issue.pull_request &&
      !closedUnescalated(event.action, issue.labels, config.label)
        ? issue.number
        : undefined,
    // A merged or closed pull request ends its escalations (a gate that failed on it no longer matters).
    ...(PULL_EVENTS.has(event.name) &&
    event.action === 'closed' &&
    typeof pull?.number === 'number' &&
    !closedUnescalated(event.action, pull.labels, config.label)
      ? { pull: { number: pull.number, merged: pull.merged === true } }
      : {}),
    // Events on which an epic may complete; whether one did is known at run time (ctx.shared.epics).
    // (An issue event of another kind, e.g. `milestoned`, cannot complete one: nothing is loaded.)
    epics:
      (event.name === 'issues' && ISSUE_ACTIONS.has(event.action ?? '')) ||
      (PULL_EVENTS.has(event.name) && event.action === 'closed') ||
      event.name === 'push' ||
      scheduled,
    report: scheduled && config.report.enabled && config.report.events.includes(event.name as 'schedule')
  };
}

/**
 * A closed issue without the escalation label has nothing to resolve: the payload says so, and
 * skipping the read keeps an ordinary close within the epics' request budget.
 */
function closedUnescalated(action: string | undefined, labels: unknown, label: string): boolean {
  if (action !== 'closed') return false;
  const list: unknown[] = Array.isArray(labels) ? labels : [];
  return !list.some(
    (l) => (typeof l === 'string' ? l : (l as { name?: string })?.name)?.toLowerCase() === label.toLowerCase()
  );
}

export const wants: Feature<EscalationsSection>['wants'] = (ctx) => {
  const work = workOf(ctx.event, ctx.config.escalations);
  return (
    work.thresholds || work.sweep || work.issue !== undefined || work.pull !== undefined || work.epics || work.report
  );
};
