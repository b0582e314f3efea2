/** The `gates` section of the config file: JSON Schema fragment (with defaults) and its type. */
export const gatesSchema = {
  type: 'object',
  additionalProperties: false,
  default: {},
  properties: {}
} as const;

export interface GatesConfig {}
