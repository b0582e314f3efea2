import type { Feature } from '../core/feature';

/** Entry point of the escalations feature (see docs/ARCHITECTURE.md). */
export const escalationsFeature: Feature = {
  name: 'escalations',
  wants: () => false,
  run: async () => ({})
};
