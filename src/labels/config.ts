/** The `labels` section of the config file: JSON Schema fragment (with defaults) and its type. */
export const labelDefinitionSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  description: 'A label the repository should have, created when missing and corrected when it differs.',
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 50, description: 'Label name (compared case-insensitively).' },
    color: {
      type: 'string',
      pattern: '^#?[0-9a-fA-F]{6}$',
      default: 'ededed',
      description: 'Colour as six hex digits, e.g. `b60205` (a leading `#` is accepted).'
    },
    description: { type: 'string', maxLength: 100, default: '', description: 'Label description (at most 100 characters).' }
  }
} as const;

export const labelsSchema = {
  type: 'object',
  additionalProperties: false,
  default: {},
  description: 'Labels the process defines, and the rules that apply them.',
  properties: {
    definitions: {
      type: 'array',
      default: [],
      description: 'Labels to create when missing and correct when their colour or description differ.',
      items: labelDefinitionSchema
    }
  }
} as const;

export interface LabelDefinition {
  name: string;
  color: string;
  description: string;
}

export interface LabelsConfig {
  definitions: LabelDefinition[];
}
