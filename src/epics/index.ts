import type { Feature } from '../core/feature';

/** Entry point of the epics feature (see docs/ARCHITECTURE.md). */
export const epicsFeature: Feature = {
  name: 'epics',
  wants: () => false,
  run: async () => ({})
};
