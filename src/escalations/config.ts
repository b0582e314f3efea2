import { DURATION_PATTERN } from '../core/duration';
import type { EpicDomainConfig } from '../checklist/config';

/**
 * The `escalations` section of the config file: JSON Schema fragment (with defaults) and its
 * type. Every property carries a description because docs/CONFIGURATION.md is generated from them.
 */
const MENTION = {
  type: 'array',
  items: {
    type: 'string',
    pattern: '^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$',
    'x-expected': 'a login (`octocat` or `@octocat`) or a team (`org/team`)'
  },
  default: [],
  description: 'People (`login`) or teams (`org/team`) this trigger notifies, in addition to `escalations.mention`.'
} as const;

const DURATION_WORDS = 'a duration such as `30m`, `6h`, `2d`, `1w` or `1d12h`';
const DURATION = { type: 'string', pattern: DURATION_PATTERN, 'x-expected': DURATION_WORDS } as const;

export const escalationsSchema = {
  type: 'object',
  additionalProperties: false,
  default: {},
  description:
    'Comments and a label when a quality gate misses or regresses, or when an issue outlives its time box, its estimate or a blocking label; and the daily progress report on epics.',
  properties: {
    enabled: { type: 'boolean', default: true, description: 'Turn escalations (and the daily report) on or off.' },
    label: {
      type: 'string',
      minLength: 1,
      maxLength: 50,
      default: 'escalated',
      description:
        'Label on every issue or pull request with an open escalation; removed when its last escalation is resolved. Scheduled sweeps find escalated issues by it.'
    },
    mention: {
      ...MENTION,
      description:
        'People (`login`) or teams (`org/team`) named in every escalation comment. Mentions come only from the config, never from issue or report text.'
    },
    'remind-every': {
      type: 'string',
      pattern: `^$|${DURATION_PATTERN}`,
      'x-expected': `empty or ${DURATION_WORDS}`,
      default: '',
      description:
        'When set (e.g. `24h`), an escalation still open after each such period gets a short reminder comment that mentions the people again. Empty: no reminders.'
    },
    events: {
      type: 'array',
      items: { type: 'string', enum: ['schedule', 'workflow_dispatch', 'issues'] },
      default: ['schedule', 'workflow_dispatch', 'issues'],
      description:
        'Events that run the time-based triggers: `schedule` and `workflow_dispatch` sweep every open issue; `issues` re-checks the one issue of the event (closing it resolves its escalations at once). Threshold escalations follow the quality gates whatever the event.'
    },
    threshold: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description: 'Escalations from the quality gates measured in the same run, posted on the pull request.',
      properties: {
        enabled: { type: 'boolean', default: true, description: 'Escalate on gate results.' },
        failing: {
          type: 'string',
          enum: ['critical', 'all', 'none'],
          default: 'critical',
          description:
            'Which failing gates escalate by failing alone: `critical` (security-like gates, at once), `all`, or `none`. A gate below its baseline or its last recorded value escalates regardless.'
        },
        'below-baseline': {
          type: 'boolean',
          default: true,
          description: 'Escalate when a pass rate falls below its baseline.'
        },
        'below-previous': {
          type: 'boolean',
          default: true,
          description:
            'Escalate when a pass rate falls below the value last recorded (the default branch, or the pull request\'s base): "the pass rate decreases from the current 62%".'
        },
        tolerance: {
          type: 'number',
          minimum: 0,
          maximum: 100,
          default: 0,
          description:
            'Percentage points a pass rate may drop below the baseline or the last recorded value before it escalates.'
        },
        epic: {
          type: 'boolean',
          default: false,
          description:
            "Also escalate on the gate's epic (the gate's `epic`), from runs on the default branch: the epic reflects what is merged. Resolved by a default-branch run where the gate recovers."
        },
        mention: MENTION
      }
    },
    'time-box': {
      type: 'object',
      additionalProperties: false,
      default: {},
      description: 'An open issue that outlives the time its priority allows, or the timeline its body states.',
      properties: {
        enabled: { type: 'boolean', default: true, description: 'Escalate issues past their time box.' },
        priorities: {
          type: 'array',
          default: [],
          description:
            'Time allowed per priority label, counted from when the issue was opened, e.g. `{ label: P0-Critical, within: 48h }`.',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['label', 'within'],
            properties: {
              label: { type: 'string', minLength: 1, description: 'Priority label (compared case-insensitively).' },
              within: { ...DURATION, description: 'Time allowed: `30m`, `6h`, `2d`, `1w`, `1d12h`.' }
            }
          }
        },
        'from-body': {
          type: 'boolean',
          default: true,
          description:
            'Also read a time box from the issue body: `**Timeline:** 12-24 hours` allows 24 h (the upper bound). The earlier deadline wins.'
        },
        mention: MENTION
      }
    },
    estimate: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description:
        'An issue whose stated estimate (`**Estimated Time:** 2 hours`; a range such as `2-3 hours` counts as its upper bound) is exceeded by more than the allowed share, counted from when work started.',
      properties: {
        enabled: { type: 'boolean', default: true, description: 'Escalate estimate overruns.' },
        overrun: {
          type: 'number',
          minimum: 0,
          default: 50,
          description:
            'Percent by which the elapsed time may exceed the estimate: 50 escalates a 2-hour estimate after 3 h.'
        },
        'started-by': {
          type: 'array',
          items: { type: 'string', enum: ['label', 'assignment'] },
          minItems: 1,
          default: ['label', 'assignment'],
          description:
            'What marks the start of work: `label` (the `start-label` applied) and/or `assignment` (the first assignment). The earliest of those listed counts.'
        },
        'start-label': {
          type: 'string',
          minLength: 1,
          default: 'in-progress',
          description: 'The label whose application starts the clock.'
        },
        mention: MENTION
      }
    },
    stuck: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description:
        'An issue that stays under a label such as `blocked` for too long, counted from when the label was last applied.',
      properties: {
        enabled: { type: 'boolean', default: true, description: 'Escalate stuck issues.' },
        labels: {
          type: 'array',
          default: [],
          description: 'Labels and how long an issue may carry them, e.g. `{ label: blocked, after: 6h }`.',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['label', 'after'],
            properties: {
              label: { type: 'string', minLength: 1, description: 'Label name (compared case-insensitively).' },
              after: { ...DURATION, description: 'How long the label may stay: `30m`, `6h`, `2d`.' }
            }
          }
        },
        'blocked-by': {
          type: 'object',
          additionalProperties: false,
          default: {},
          description:
            'GitHub\'s native "blocked by" dependencies, read on scheduled sweeps: an open issue that has had an open blocker for longer than `after` is escalated, naming its blockers; once every blocker is closed, an issue with no activity since for `after` gets one "unblocked" comment. The daily report then lists blocked stories and their blockers.',
          properties: {
            after: {
              type: 'string',
              pattern: `^$|${DURATION_PATTERN}`,
              'x-expected': `empty or ${DURATION_WORDS}`,
              default: '',
              description:
                'How long an issue may stay blocked (and, once unblocked, idle) before it is escalated (nudged), e.g. `2d`. Empty: dependencies are not read.'
            }
          }
        },
        mention: MENTION
      }
    },
    report: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description: 'The daily progress report: one comment a day on each open epic, on `schedule` runs.',
      properties: {
        enabled: { type: 'boolean', default: false, description: 'Post the daily progress report.' },
        'time-zone': {
          type: 'string',
          minLength: 1,
          format: 'time-zone',
          default: 'UTC',
          description: 'IANA time zone that decides when a day starts, e.g. `Europe/London`.'
        },
        events: {
          type: 'array',
          items: { type: 'string', enum: ['schedule', 'workflow_dispatch'] },
          default: ['schedule'],
          description: 'Events that may write the report.'
        }
      }
    }
  }
} as const;

export type EscalationEvent = 'schedule' | 'workflow_dispatch' | 'issues';

export interface ThresholdConfig {
  enabled: boolean;
  failing: 'critical' | 'all' | 'none';
  'below-baseline': boolean;
  'below-previous': boolean;
  tolerance: number;
  epic: boolean;
  mention: string[];
}

export interface TimeBoxConfig {
  enabled: boolean;
  priorities: { label: string; within: string }[];
  'from-body': boolean;
  mention: string[];
}

export interface EstimateConfig {
  enabled: boolean;
  overrun: number;
  'started-by': ('label' | 'assignment')[];
  'start-label': string;
  mention: string[];
}

export interface StuckConfig {
  enabled: boolean;
  labels: { label: string; after: string }[];
  'blocked-by': { after: string };
  mention: string[];
}

export interface ReportConfig {
  enabled: boolean;
  'time-zone': string;
  events: ('schedule' | 'workflow_dispatch')[];
}

/**
 * What the escalations feature receives (src/features.ts): its section, and the epics' settings
 * the daily report finds and counts epics by (their label and types, sections, done policy and
 * project). Relinking an epic's block after a report is the run's hook, not this feature's.
 */
export interface EscalationsSection {
  escalations: EscalationsConfig;
  epics: EpicDomainConfig;
}

export interface EscalationsConfig {
  enabled: boolean;
  label: string;
  mention: string[];
  'remind-every': string;
  events: EscalationEvent[];
  threshold: ThresholdConfig;
  'time-box': TimeBoxConfig;
  estimate: EstimateConfig;
  stuck: StuckConfig;
  report: ReportConfig;
}

type Overrides = Partial<Omit<EscalationsConfig, 'threshold' | 'time-box' | 'estimate' | 'stuck' | 'report'>> & {
  threshold?: Partial<ThresholdConfig>;
  'time-box'?: Partial<TimeBoxConfig>;
  estimate?: Partial<EstimateConfig>;
  stuck?: Partial<StuckConfig>;
  report?: Partial<ReportConfig>;
};

/** The defaults (what ajv fills in), for pure tests and callers that build a config by hand. */
export function defaultEscalationsConfig(overrides: Overrides = {}): EscalationsConfig {
  return {
    enabled: true,
    label: 'escalated',
    mention: [],
    'remind-every': '',
    events: ['schedule', 'workflow_dispatch', 'issues'],
    ...overrides,
    threshold: {
      enabled: true,
      failing: 'critical',
      'below-baseline': true,
      'below-previous': true,
      tolerance: 0,
      epic: false,
      mention: [],
      ...overrides.threshold
    },
    'time-box': { enabled: true, priorities: [], 'from-body': true, mention: [], ...overrides['time-box'] },
    estimate: {
      enabled: true,
      overrun: 50,
      'started-by': ['label', 'assignment'],
      'start-label': 'in-progress',
      mention: [],
      ...overrides.estimate
    },
    stuck: { enabled: true, labels: [], 'blocked-by': { after: '' }, mention: [], ...overrides.stuck },
    report: { enabled: false, 'time-zone': 'UTC', events: ['schedule'], ...overrides.report }
  };
}
