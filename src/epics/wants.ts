// Whether an event concerns the epics feature: light, so deciding loads nothing of the feature.
import { isMerged, type EventContext } from '../core/event';
import type { Feature } from '../core/feature';
import type { EpicsConfig, EpicsSection, EpicTrigger } from './config';

export type Trigger = EpicTrigger | 'gates';

/** Which of the feature's triggers an event is, if any (cheap: the payload only). */
export function triggerOf(event: EventContext, config: EpicsConfig): Trigger | undefined {
  if (!config.enabled) return undefined;
  const enabled = (t: EpicTrigger) => (config.triggers.includes(t) ? t : undefined);
  switch (event.name) {
    case 'issues':
      // Types are read only where the user named some: otherwise a type change cannot matter.
      if ((event.action === 'typed' || event.action === 'untyped') && config.types.length === 0) return undefined;
      return ['closed', 'reopened', 'edited', 'labeled', 'typed', 'untyped'].includes(event.action ?? '')
        ? enabled(`issues.${event.action}` as EpicTrigger)
        : undefined;
    case 'pull_request':
    case 'pull_request_target':
      return event.action === 'closed' && isMerged(event.payload.pull_request)
        ? enabled('pull_request.closed')
        : undefined;
    case 'schedule':
    case 'workflow_dispatch':
      return enabled(event.name);
    case 'push':
    case 'workflow_run':
      // Metric lines: the gates feature (which runs first) decides whether there is anything to tick.
      return 'gates';
    default:
      return undefined;
  }
}

export const wants: Feature<EpicsSection>['wants'] = (ctx) => triggerOf(ctx.event, ctx.config.epics) !== undefined;
