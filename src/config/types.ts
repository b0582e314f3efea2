import type { EpicsConfig } from '../epics/config';
import type { EscalationsConfig } from '../escalations/config';
import type { GatesConfig } from '../gates/config';
import type { LabelsConfig } from '../labels/config';

/** The validated config, defaults filled in. Each feature owns its section's type. */
export interface Config {
  labels: LabelsConfig;
  epics: EpicsConfig;
  gates: GatesConfig;
  escalations: EscalationsConfig;
}
