import type { Config } from './config/types';
import type { EventContext } from './core/event';
import type { Feature, FeatureResult, RunContext, WantsContext } from './core/feature';
import type { EpicsSection } from './epics/config';
import { handles as handlesEpics, wants as wantsEpics } from './epics/wants';
import type { EscalationsSection } from './escalations/config';
import { handles as handlesEscalations, wants as wantsEscalations } from './escalations/wants';
import type { GatesSection, IfNoReports } from './gates/config';
import { handles as handlesGates, wants as wantsGates } from './gates/wants';
import type { LabelsSection } from './labels/config';
import { handlesDefinitions, handles as handlesLabels, wantsDefinitions, wants as wantsLabels } from './labels/wants';

/** What a feature can tell from the event's name and action alone, before any config is read. */
type Handles = (event: Pick<EventContext, 'name' | 'action'>) => boolean;

/**
 * Every output action.yml declares, as it reads when nothing happened: a later step's
 * `fromJSON()` must never break because a feature did not run (a test keeps this list and
 * action.yml the same).
 */
export const EMPTY_OUTPUTS: Readonly<Record<string, string>> = {
  plan: '[]',
  writes: '0',
  'writes-skipped': '0',
  'dry-run': 'false',
  'labels-added': '[]',
  'labels-removed': '[]',
  epics: '[]',
  verdict: 'no-data',
  gates: '[]',
  'new-failures': '[]',
  escalations: '[]'
};

/** What the run knows that a feature's section is taken from: the whole config and the inputs. */
export interface RunSettings {
  config: Config;
  ifNoReports: IfNoReports;
}

/** A feature as the run sees it: it is handed the run's settings and narrows them itself. */
export interface RunnableFeature {
  name: string;
  /** False when no config could make the feature act on the event (its `wants` is then false too). */
  handles: Handles;
  wants(ctx: WantsContext<RunSettings>): boolean;
  run(ctx: RunContext<RunSettings>): Promise<FeatureResult>;
}

/**
 * A feature whose `wants` is at hand and whose code is loaded only when it runs: the bundle is
 * split at these imports (dist/chunks/), so an event pays for parsing only the features it needs.
 * `section` picks what of the config the feature receives: its own section and what it needs.
 */
function lazy<C>(
  name: string,
  section: (settings: RunSettings) => C,
  [handles, wants]: [Handles, Feature<C>['wants']],
  load: () => Promise<Feature<C>>
): RunnableFeature {
  return {
    name,
    handles,
    // `handles` first: a feature never wants an event it said no config could make it act on.
    wants: (ctx) => handles(ctx.event) && wants({ ...ctx, config: section(ctx.config) }),
    run: async (ctx) => (await load()).run({ ...ctx, config: section(ctx.config) })
  };
}

const labels = ({ config }: RunSettings): LabelsSection => ({ labels: config.labels, epicLabel: config.epics.label });
// With threshold escalations on, the escalations feature writes the pull request's one conversation.
const gates = ({ config, ifNoReports }: RunSettings): GatesSection => ({
  gates: config.gates,
  ifNoReports,
  conversationByEscalations: config.escalations.enabled && config.escalations.threshold.enabled
});
const epics = ({ config }: RunSettings): EpicsSection => ({
  epics: config.epics,
  escalationLabel: config.escalations.label
});
// The daily report finds and counts epics as the epics feature does: the settings both read.
const escalations = ({ config: { escalations, epics } }: RunSettings): EscalationsSection => ({
  escalations,
  epics: {
    label: epics.label,
    types: epics.types,
    project: epics.project,
    'not-planned': epics['not-planned'],
    sections: epics.sections
  }
});

/**
 * Every feature, in the order they run: later ones may read what earlier ones left in
 * `ctx.shared` (escalations read the gates' results; epics tick metric lines from them).
 */
export const features: RunnableFeature[] = [
  lazy(
    'label definitions',
    labels,
    [handlesDefinitions, wantsDefinitions],
    async () => (await import('./labels/definitions')).definitionsFeature
  ),
  lazy('labels', labels, [handlesLabels, wantsLabels], async () => (await import('./labels')).labelsFeature),
  lazy('quality gates', gates, [handlesGates, wantsGates], async () => (await import('./gates')).gatesFeature),
  lazy('epics', epics, [handlesEpics, wantsEpics], async () => (await import('./epics')).epicsFeature),
  lazy(
    'escalations',
    escalations,
    [handlesEscalations, wantsEscalations],
    async () => (await import('./escalations')).escalationsFeature
  )
];

/**
 * Whether some feature could act on the event under some config: when none can, the run has
 * nothing to read the config for (`issues.milestoned`, `issue_comment`…).
 */
export function anyFeatureHandles(event: Pick<EventContext, 'name' | 'action'>): boolean {
  return features.some((feature) => feature.handles(event));
}
