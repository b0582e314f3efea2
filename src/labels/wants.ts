// Whether an event concerns the label rules: light, so deciding loads nothing of the feature.
import type { Feature, RunContext } from '../core/feature';
import type { LabelsConfig, LabelsSection } from './config';

const ISSUE_ACTIONS = new Set(['opened', 'edited', 'reopened']);
const PULL_ACTIONS = new Set(['opened', 'edited', 'synchronize', 'reopened']);

function configured(config: LabelsConfig): boolean {
  return config.priority.enabled || config.rules.length > 0 || config.inherit.labels.length > 0;
}

/** The number of the issue or pull request the event is about, when the rules apply to it. */
export function subject(ctx: Pick<RunContext<unknown>, 'event'>): number | undefined {
  const { name, action } = ctx.event;
  const payload = ctx.event.payload as { issue?: { number?: unknown }; pull_request?: { number?: unknown } };
  const issue = payload.issue?.number;
  const pull = payload.pull_request?.number;
  if (name === 'issues' && ISSUE_ACTIONS.has(action ?? '') && typeof issue === 'number') return issue;
  if (
    (name === 'pull_request' || name === 'pull_request_target') &&
    PULL_ACTIONS.has(action ?? '') &&
    typeof pull === 'number'
  )
    return pull;
  return undefined;
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

/** Label definitions are synced on dispatch, schedule and pushes that change the config. */
export const wantsDefinitions: Feature<LabelsSection>['wants'] = (ctx) => {
  if (ctx.config.labels.definitions.length === 0) return false;
  const { name } = ctx.event;
  if (name === 'workflow_dispatch' || name === 'schedule') return true;
  return name === 'push' && pushTouchesConfig(ctx);
};
