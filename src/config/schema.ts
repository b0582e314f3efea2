import { epicsSchema } from '../epics/config';
import { escalationsSchema } from '../escalations/config';
import { gatesSchema } from '../gates/config';
import { labelsSchema } from '../labels/config';

/**
 * The JSON Schema of `.github/epic-steward.yml`, assembled from each feature's fragment so
 * a feature's options live beside its code. `npm run build` writes it to
 * schema/config.schema.json (the file editors and users see); a test keeps the two equal.
 */
export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/epic-steward/epic-steward/schema/config.schema.json',
  title: 'Epic Steward configuration',
  type: 'object',
  additionalProperties: false,
  properties: {
    labels: labelsSchema,
    epics: epicsSchema,
    gates: gatesSchema,
    escalations: escalationsSchema
  }
} as const;
