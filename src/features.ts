import type { Feature } from './core/feature';
import { wants as wantsEpics } from './epics/wants';
import { wants as wantsEscalations } from './escalations/wants';
import { wants as wantsGates } from './gates/wants';
import { wantsDefinitions, wants as wantsLabels } from './labels/wants';

/**
 * A feature whose `wants` is at hand and whose code is loaded only when it runs: the bundle is
 * split at these imports (dist/chunks/), so an event pays for parsing only the features it needs.
 */
function lazy(name: string, wants: Feature['wants'], load: () => Promise<Feature>): Feature {
  return { name, wants, run: async (ctx) => (await load()).run(ctx) };
}

/**
 * Every feature, in the order they run: later ones may read what earlier ones left in
 * `ctx.shared` (escalations read the gates' results; epics tick metric lines from them).
 */
export const features: Feature[] = [
  lazy('label definitions', wantsDefinitions, async () => (await import('./labels/definitions')).definitionsFeature),
  lazy('labels', wantsLabels, async () => (await import('./labels')).labelsFeature),
  lazy('quality gates', wantsGates, async () => (await import('./gates')).gatesFeature),
  lazy('epics', wantsEpics, async () => (await import('./epics')).epicsFeature),
  lazy('escalations', wantsEscalations, async () => (await import('./escalations')).escalationsFeature)
];
