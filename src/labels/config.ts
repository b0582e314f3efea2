import type { LabelDefinition } from '../core/plan';
import { LABEL_NAME } from '../core/limits';

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
      'x-expected': 'six hexadecimal digits, e.g. `b60205` (a leading `#` is accepted)',
      default: 'ededed',
      description:
        'Colour as six hex digits, e.g. `b60205` (a leading `#` is accepted; quote values YAML would read as numbers, like `5319e7`).'
    },
    description: {
      type: 'string',
      maxLength: 100,
      default: '',
      description: 'Label description (at most 100 characters).'
    }
  }
} as const;

const PATTERNS = {
  type: 'array',
  items: { type: 'string', minLength: 1, format: 'regex' },
  description:
    'Regular expressions, written `/pattern/flags` (as in github/issue-labeler) or plain (then case-insensitive).'
} as const;

const GLOBS = { type: 'array', items: { type: 'string', minLength: 1, format: 'glob' } } as const;

const ruleSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['label'],
  // A rule without a condition would never apply (match: any) or apply to everything (match: all).
  'anyOf-keys': ['title', 'body', 'changed-files', 'head-branch', 'base-branch', 'authors'],
  description: 'One label and the conditions that apply it (at least one).',
  properties: {
    label: { ...LABEL_NAME, description: 'The label this rule applies (at most 50 characters).' },
    title: { ...PATTERNS, description: 'Patterns tested on the title (any of them matching is enough).' },
    body: { ...PATTERNS, description: 'Patterns tested on the body (any of them matching is enough).' },
    'changed-files': {
      type: 'array',
      description:
        'Pull requests only: conditions on the changed files, as in actions/labeler v5; every entry must hold.',
      items: {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        maxProperties: 1,
        properties: {
          'any-glob-to-any-file': { ...GLOBS, description: 'Some changed file matches some glob.' },
          'any-glob-to-all-files': { ...GLOBS, description: 'Every changed file matches some glob.' },
          'all-globs-to-any-file': { ...GLOBS, description: 'Some changed file matches every glob.' },
          'all-globs-to-all-files': { ...GLOBS, description: 'Every changed file matches every glob.' }
        }
      }
    },
    'head-branch': { ...PATTERNS, description: 'Pull requests only: patterns on the head branch name.' },
    'base-branch': { ...PATTERNS, description: 'Pull requests only: patterns on the base branch name.' },
    authors: { type: 'array', items: { type: 'string' }, description: 'Logins of authors the rule applies to.' },
    match: {
      type: 'string',
      enum: ['any', 'all'],
      default: 'any',
      description: '`any`: one of the conditions given is enough; `all`: every condition given must hold.'
    },
    sync: {
      type: 'boolean',
      default: false,
      description:
        'When true the rule owns its label: it is removed when the rule stops holding. Otherwise the rule only adds.'
    }
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
    },
    priority: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description:
        "The priority stated in an issue (`**Priority:** P0-CRITICAL`, `Priority: P1 (High)`, `| Priority | P1 |`, an issue form's `### Priority` section), normalised to one label. Code blocks and HTML comments are not read.",
      properties: {
        enabled: { type: 'boolean', default: false, description: 'Apply priority labels.' },
        field: {
          type: 'string',
          enum: ['none', 'also', 'instead'],
          default: 'none',
          description:
            "Also write the priority to the organisation's `Priority` issue field (GitHub's issue fields, in public preview): `also` sets the field as well as the label, `instead` sets the field and leaves priority labels alone. The field's option is the one whose name means the same label through `map` (`P1`, `High`…). Where the organisation has no issue fields API or no `Priority` field, the run says so once and applies the label. Issues only (GitHub has no issue fields on pull requests)."
        },
        map: {
          type: 'object',
          additionalProperties: { type: 'array', items: { type: 'string' } },
          propertyNames: LABEL_NAME,
          default: {
            'P0-Critical': ['P0', 'P0-Critical', 'Critical', 'Blocker'],
            'P1-High': ['P1', 'P1-High', 'High'],
            'P2-Medium': ['P2', 'P2-Medium', 'Medium'],
            'P3-Low': ['P3', 'P3-Low', 'Low']
          },
          description:
            'Label → the values (case-insensitive) that mean it. The whole value is tried, then its first word (after any emoji; up to the first space, bracket or punctuation other than `-`), then a word in brackets. A value naming two labels (`P0/P1/P2`) is a list of options and gives none. The priority rule owns these labels: one at a time.'
        }
      }
    },
    rules: { type: 'array', default: [], items: ruleSchema, description: 'Text, file, branch and author rules.' },
    inherit: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description: 'Labels a story takes from its epics (its native parent, and open epics whose task lists name it).',
      properties: {
        labels: {
          type: 'array',
          items: LABEL_NAME,
          default: [],
          description:
            'The labels inherited when an epic has them, e.g. `[Week-1-Foundation, P0-Critical]`. A priority label is inherited only when the story states no priority and has no priority label.'
        },
        from: {
          type: 'string',
          enum: ['epic'],
          default: 'epic',
          description:
            "Where the labels come from: `epic`, the story's native parent and the open issues with the epic label (`epics.label`) whose task lists name it."
        },
        sync: {
          type: 'boolean',
          default: false,
          description:
            'When true inheritance owns these labels: a story loses one when none of its epics has it any more. Otherwise it only adds.'
        }
      }
    },
    'regex-timeout-ms': {
      type: 'integer',
      minimum: 1,
      maximum: 5000,
      default: 100,
      description:
        'Time one pattern may take on one text before the rule is cut short (and reported); a pattern that misses it is tried once more, so a hostile one costs at most twice this.'
    }
  }
} as const;

export type { LabelDefinition } from '../core/plan';

export type FileCondition = Partial<
  Record<
    'any-glob-to-any-file' | 'any-glob-to-all-files' | 'all-globs-to-any-file' | 'all-globs-to-all-files',
    string[]
  >
>;

export interface LabelRule {
  label: string;
  title?: string[];
  body?: string[];
  'changed-files'?: FileCondition[];
  'head-branch'?: string[];
  'base-branch'?: string[];
  authors?: string[];
  match: 'any' | 'all';
  sync: boolean;
}

/** What the label features receive (src/features.ts): their section and the epics' label, which inheritance follows. */
export interface LabelsSection {
  labels: LabelsConfig;
  epicLabel: string;
}

export interface LabelsConfig {
  definitions: LabelDefinition[];
  priority: { enabled: boolean; field: 'none' | 'also' | 'instead'; map: Record<string, string[]> };
  rules: LabelRule[];
  inherit: { labels: string[]; from: 'epic'; sync: boolean };
  'regex-timeout-ms': number;
}
