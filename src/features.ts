import type { Feature } from './core/feature';
import { epicsFeature } from './epics';
import { escalationsFeature } from './escalations';
import { gatesFeature } from './gates';
import { definitionsFeature } from './labels/definitions';
import { labelsFeature } from './labels';

/**
 * Every feature, in the order they run: later ones may read what earlier ones left in
 * `ctx.shared` (escalations read the gates' results; epics tick metric lines from them).
 */
export const features: Feature[] = [
  definitionsFeature,
  labelsFeature,
  gatesFeature,
  epicsFeature,
  escalationsFeature
];
