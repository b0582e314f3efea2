// Whether an event concerns the quality gates: light, so deciding loads nothing of the feature.
import type { EventContext } from '../core/event';
import type { Feature } from '../core/feature';
import type { GatesSection } from './config';

const EVENTS = new Set([
  'push',
  'pull_request',
  'pull_request_target',
  'schedule',
  'workflow_dispatch',
  'workflow_run'
]);

/** Whether any config could make the gates act on this event: its name alone, no config read. */
export function handles(event: Pick<EventContext, 'name' | 'action'>): boolean {
  return EVENTS.has(event.name);
}

export const wants: Feature<GatesSection>['wants'] = (ctx) => handles(ctx.event) && ctx.config.gates.items.length > 0;
