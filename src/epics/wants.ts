// Whether an event concerns the epics feature: light, so deciding loads nothing of the feature.
import { isMerged, type EventContext } from '../core/event';
import type { Feature } from '../core/feature';
import type { EpicsConfig, EpicsSection, EpicTrigger } from './config';

export type Trigger = EpicTrigger | 'gates';

const ISSUE_ACTIONS = new Set(['closed', 'reopened', 'edited', 'labeled', 'typed', 'untyped']);

/**
 * Whether any config could make the feature act on this event: its name and action alone, so a
 * run can tell before reading the config that nothing will (every trigger below is one of these).
 */
export function handles(event: Pick<EventContext, 'name' | 'action'>): boolean {
  switch (event.name) {
    case 'issues':
      return ISSUE_ACTIONS.has(event.action ?? '');
    case 'pull_request':
    case 'pull_request_target':
      return event.action === 'closed';
    case 'schedule':
    case 'workflow_dispatch':
    case 'push':
    case 'workflow_run':
      return true;
    default:
      return false;
  }
}

/** Which of the feature's triggers an event is, if any (cheap: the payload only). */
export function triggerOf(event: EventContext, config: EpicsConfig): Trigger | undefined {
  if (!config.enabled || !handles(event)) return undefined;
  const enabled = (t: EpicTrigger) => (config.triggers.includes(t) ? t : undefined);
  switch (event.name) {
    case 'issues':
      // Types are read only where the user named some: otherwise a type change cannot matter.
      if ((event.action === 'typed' || event.action === 'untyped') && config.types.length === 0) return undefined;
      return enabled(`issues.${event.action}` as EpicTrigger);
    case 'pull_request':
    case 'pull_request_target':
      return isMerged(event.payload.pull_request) ? enabled('pull_request.closed') : undefined;
    case 'schedule':
    case 'workflow_dispatch':
      return enabled(event.name);
    default:
      // push, workflow_run: metric lines; the gates feature (which runs first) decides whether there is anything to tick.
      return 'gates';
  }
}

export const wants: Feature<EpicsSection>['wants'] = (ctx) => triggerOf(ctx.event, ctx.config.epics) !== undefined;
