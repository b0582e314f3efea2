import type { Feature } from '../core/feature';

/** Entry point of the gates feature (see docs/ARCHITECTURE.md). */
export const gatesFeature: Feature = {
  name: 'gates',
  wants: () => false,
  run: async () => ({})
};
