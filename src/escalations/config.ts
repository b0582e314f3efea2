/** The `escalations` section of the config file: JSON Schema fragment (with defaults) and its type. */
export const escalationsSchema = {
  type: 'object',
  additionalProperties: false,
  default: {},
  properties: {}
} as const;

export interface EscalationsConfig {}
