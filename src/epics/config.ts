/** The `epics` section of the config file: JSON Schema fragment (with defaults) and its type. */
export const epicsSchema = {
  type: 'object',
  additionalProperties: false,
  default: {},
  properties: {}
} as const;

export interface EpicsConfig {}
