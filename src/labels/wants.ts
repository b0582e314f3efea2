// Whether an event concerns the label rules: light, so deciding loads nothing of the feature.
import type { EventContext } from '../core/event';
import type { Feature, RunContext } from '../core/feature';
import type { LabelsConfig, LabelsSection } from './config';

const ISSUE_ACTIONS = new Set(['opened', 'edited', 'reopened']);
const PULL_ACTIONS = new Set(['opened', 'edited', 'synchronize', 'reopened']);

function configured(config: LabelsConfig): boolean {
  return config.priority.enabled || config.rules.length > 0 || config.inherit.labels.length > 0;
}

/** Whether any config could make the label rules act on this event: its name and action alone. */
export function handles(event: Pick<EventContext, 'name' | 'action'>): boolean {
  const { name, action } = event;
  if (name === 'issues') return ISSUE_ACTIONS.has(action ?? '');
  return (name === 'pull_request' || name === 'pull_request_target') && PULL_ACTIONS.has(action ?? '');
}

/** The number of the issue or pull request the event is about, when the rules apply to it. */
export function subject(ctx: Pick<RunContext<unknown>, 'event'>): number | undefined {
  if (!handles(ctx.event)) return undefined;
  const payload = ctx.event.payload as { issue?: { number?: unknown }; pull_request?: { number?: unknown } };
  const number = ctx.event.name === 'issues' ? payload.issue?.number : payload.pull_request?.number;
  return typeof number === 'number' ? number : undefined;
}

export const wants: Feature<LabelsSection>['wants'] = (ctx) =>
  configured(ctx.config.labels) && subject(ctx) !== undefined;

/**
 * True when a push changed the config file: then the definitions are synced at once, rather
 * than waiting for the schedule.
 */
function pushTouchesConfig(ctx: Pick<RunContext<unknown>, 'event' | 'configPath'>): boolean {
  // The push payload's commits, each with the files it added and modified.
  const raw: unknown = ctx.event.payload.commits;
  const commits = Array.isArray(raw) ? (raw as ({ added?: unknown; modified?: unknown } | null)[]) : [];
  const path = ctx.configPath.replace(/^\.\//, '');
  return commits.some((c) => [c?.added, c?.modified].some((files) => Array.isArray(files) && files.includes(path)));
}

/** Whether any config could make the definitions sync on this event: its name alone. */
export function handlesDefinitions(event: Pick<EventContext, 'name' | 'action'>): boolean {
  return event.name === 'workflow_dispatch' || event.name === 'schedule' || event.name === 'push';
}

/** Label definitions are synced on dispatch, schedule and pushes that change the config. */
export const wantsDefinitions: Feature<LabelsSection>['wants'] = (ctx) => {
  if (!handlesDefinitions(ctx.event) || ctx.config.labels.definitions.length === 0) return false;
  return ctx.event.name !== 'push' || pushTouchesConfig(ctx);
};
