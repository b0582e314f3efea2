/** The `gates` section of the config file: JSON Schema fragment (with defaults) and its type. */
const RATE = {
  type: 'object',
  additionalProperties: false,
  properties: {
    baseline: { type: 'number', minimum: 0, maximum: 100, description: 'Where it stood when the work began (percent), e.g. the seeds\' 62.' },
    target: { type: 'number', minimum: 0, maximum: 100, description: 'The percentage the gate requires (inclusive), e.g. 90.' }
  }
} as const;
const GLOBS = { type: 'array', items: { type: 'string', minLength: 1 }, default: [] } as const;

export const gatesSchema = {
  type: 'object',
  additionalProperties: false,
  default: {},
  description: 'Quality gates: test reports measured against baselines and targets.',
  properties: {
    reports: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      default: ['**/junit*.xml', '**/TEST-*.xml', '**/test-results/**/*.xml', '**/jest-results.json'],
      description: 'Globs (relative to the workspace) of the report files: JUnit XML or Jest `--json`, detected from their content.'
    },
    'max-report-size': { type: 'number', minimum: 1, default: 200, description: 'Reports larger than this many MB are refused with a clear message.' },
    'fail-on': {
      type: 'string',
      enum: ['never', 'gate-failure'],
      default: 'gate-failure',
      description: 'When the step fails: `gate-failure` when any gate fails (the reason is given), `never` to only report.'
    },
    comment: { type: 'boolean', default: true, description: 'On pull requests, keep one sticky comment with the gates, updated in place.' },
    'check-run': { type: 'boolean', default: true, description: 'Publish a check run with annotations for failures (needs `checks: write`).' },
    'check-name': { type: 'string', minLength: 1, default: 'Epic Steward: quality gates', description: 'The check run\'s name.' },
    items: {
      type: 'array',
      default: [],
      description: 'The gates. None: the feature is off.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: {
          name: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', description: 'Identifier, kebab-case, e.g. `backend-security`.' },
          title: { type: 'string', description: 'Human title, e.g. `Backend security tests` (default: the name).' },
          select: {
            type: 'object',
            additionalProperties: false,
            default: {},
            description: 'Which test cases the gate counts: a case counts when it matches any glob given (minimatch); nothing given: all.',
            properties: {
              files: { ...GLOBS, description: 'Globs over the test file path.' },
              classes: { ...GLOBS, description: 'Globs over the class name (JUnit `classname`).' },
              suites: { ...GLOBS, description: 'Globs over the suite name (nested suites joined with ` › `).' }
            }
          },
          'pass-rate': { ...RATE, description: 'Pass rate = passed / executed (executed = passed + failed + errored).' },
          'execution-rate': { ...RATE, description: 'Execution rate = executed / expected (expected: `expected-tests`, else the cases found plus suites that failed to run).' },
          'expected-tests': { type: 'integer', minimum: 1, description: 'How many tests should run.' },
          'min-tests': { type: 'integer', minimum: 0, default: 0, description: 'Fewer executed tests than this fails the gate.' },
          'no-regression': { type: 'boolean', default: false, description: 'Fail when the pass rate is below its baseline.' },
          critical: { type: 'boolean', default: false, description: 'A security-like gate: escalations treat a failure after a change as urgent.' },
          'epic-line': { type: 'string', description: 'The epic checklist line this gate proves, e.g. `Backend security tests: 100% pass rate achieved`; ticked with the measured value when the gate passes on the default branch.' },
          epic: { type: 'integer', minimum: 1, description: 'The epic holding `epic-line` (default: every open epic that has the line).' }
        }
      }
    }
  }
} as const;

export interface Rate {
  baseline?: number;
  target?: number;
}

export interface GateConfig {
  name: string;
  title?: string;
  select: { files: string[]; classes: string[]; suites: string[] };
  'pass-rate'?: Rate;
  'execution-rate'?: Rate;
  'expected-tests'?: number;
  'min-tests': number;
  'no-regression': boolean;
  critical: boolean;
  'epic-line'?: string;
  epic?: number;
}

export interface GatesConfig {
  reports: string[];
  'max-report-size': number;
  'fail-on': 'never' | 'gate-failure';
  comment: boolean;
  'check-run': boolean;
  'check-name': string;
  items: GateConfig[];
}
