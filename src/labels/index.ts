import type { Feature } from '../core/feature';

/** Entry point of the label rules feature (see docs/ARCHITECTURE.md). */
export const labelsFeature: Feature = {
  name: 'labels',
  wants: () => false,
  run: async () => ({})
};
