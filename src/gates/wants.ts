// Whether an event concerns the quality gates: light, so deciding loads nothing of the feature.
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

export const wants: Feature<GatesSection>['wants'] = (ctx) =>
  ctx.config.gates.items.length > 0 && EVENTS.has(ctx.event.name);
