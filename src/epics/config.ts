import { LABEL_NAME } from '../core/limits';
import type { EpicDomainConfig } from '../checklist/config';

/** The events that can tick an epic: the `triggers` key's choices, all of them on by default. */
const EPIC_TRIGGERS = [
  'issues.closed',
  'issues.reopened',
  'issues.edited',
  'issues.labeled',
  'issues.typed',
  'issues.untyped',
  'pull_request.closed',
  'schedule',
  'workflow_dispatch'
] as const;

/**
 * The `epics` section of the config file: JSON Schema fragment (with defaults) and its type.
 * Every property carries a description because docs/CONFIGURATION.md is generated from them.
 */
export const epicsSchema = {
  type: 'object',
  additionalProperties: false,
  default: {},
  description: 'Epics whose task lists tick themselves from the live state of their children.',
  properties: {
    enabled: {
      type: 'boolean',
      default: true,
      description: 'Turn the epics feature on or off.'
    },
    label: {
      ...LABEL_NAME,
      default: 'Epic',
      description:
        'An open issue with this label (compared case-insensitively) is an epic; so is any issue with native sub-issues.'
    },
    types: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      default: [],
      description:
        "Issue types (GitHub's native types, compared case-insensitively), e.g. `[Epic]`: an issue of one of these types is an epic, as with the label. An `issues` event of type `typed` or `untyped` re-evaluates it. Empty: types are not read."
    },
    project: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description:
        "A GitHub Project (v2) that shows the epics' verdict as its status update (`ON_TRACK`, `AT_RISK`, `OFF_TRACK`, `COMPLETE`), posted by the daily report at most once a day and only when the status changes. Several open epics: the worst verdict, one line each. Needs a token that can write the project (a GitHub App or fine-grained token with Projects access: `GITHUB_TOKEN` cannot).",
      properties: {
        owner: {
          type: 'string',
          pattern: '^$|^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$',
          'x-expected': 'an organisation or user login',
          default: '',
          description: 'The login of the organisation (or user) that owns the project. Empty: no project.'
        },
        number: {
          type: 'integer',
          minimum: 0,
          default: 0,
          description: "The project's number (in its URL, `/orgs/acme/projects/3`). 0: no project."
        }
      }
    },
    'not-planned': {
      type: 'string',
      enum: ['unticked', 'ticked', 'strike'],
      default: 'unticked',
      description:
        'What a child closed as not planned or as a duplicate does to its line: `unticked` leaves it unticked, counts it as not done and lists it in the progress block; `ticked` counts it as done; `strike` strikes the line through and leaves it out of the figures.'
    },
    sections: {
      type: 'array',
      items: { type: 'string' },
      default: [],
      description:
        'Headings (case-insensitive) whose task items count in the progress figures and towards completion, e.g. `[Development Success]`. Empty: every section counts. Items elsewhere still tick.'
    },
    'done-when': {
      type: 'string',
      enum: ['all-items', 'all-stories'],
      default: 'all-items',
      description:
        'When an epic is done (and handed off): `all-items`, every task item of the counted sections is ticked (stories, metric lines such as `- [ ] Unit tests green` and any other item) and every native sub-issue is done; `all-stories`, every linked issue or pull request is done, whatever the other items say. The progress headline counts the same thing.'
    },
    'append-section': {
      type: 'string',
      default: '',
      description:
        'When set, a child whose body names its epic (`Epic: #13`, `Part of #13`) but is missing from the epic is appended as `- [ ] #N` to the task list under this heading. Empty: never append.'
    },
    'append-associations': {
      type: 'array',
      items: {
        type: 'string',
        enum: ['OWNER', 'MEMBER', 'COLLABORATOR', 'CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR', 'FIRST_TIMER', 'NONE']
      },
      default: ['OWNER', 'MEMBER', 'COLLABORATOR'],
      description:
        "With `append-section`: whose issues may join an epic by naming it, by the author's `author_association` with the repository. The default is people with write access; add `CONTRIBUTOR` or `NONE` to let anyone who can open an issue add it to an epic (and withdraw a handoff by doing so)."
    },
    triggers: {
      type: 'array',
      items: {
        type: 'string',
        enum: EPIC_TRIGGERS
      },
      default: EPIC_TRIGGERS,
      description:
        'Events the feature reacts to. `pull_request.closed` covers `pull_request_target` too; `schedule` and `workflow_dispatch` reconcile every open epic.'
    },
    'close-on-merge': {
      type: 'boolean',
      default: true,
      description:
        'When a pull request is merged into a branch other than the default one, close the issues its closing keywords name (GitHub only does so for the default branch), so their epics tick.'
    },
    handoff: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description: 'What happens once, when every counted child of an epic is done; reversed when a child reopens.',
      properties: {
        labels: {
          type: 'array',
          items: LABEL_NAME,
          default: [],
          description:
            'Labels added to the epic on completion (e.g. `ready-for-qa`), removed again when a child reopens.'
        },
        mention: {
          type: 'array',
          items: {
            type: 'string',
            pattern: '^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$',
            'x-expected': 'a login (`octocat` or `@octocat`) or a team (`org/team`)'
          },
          default: [],
          description:
            'People (`login`) or teams (`org/team`) to hand over to. The handoff comment is posted only when someone is listed here.'
        },
        comment: {
          type: 'string',
          default: 'All {done} children of this epic are done: handing over to {mentions}.',
          description:
            'The handoff comment (empty: no comment). Placeholders: `{epic}` (#number), `{title}`, `{done}`, `{total}`, `{mentions}`, `{children}` (list of the children).'
        },
        'reopened-comment': {
          type: 'string',
          default: 'Handoff withdrawn: {reopened} reopened, {done}/{total} children done. {mentions}',
          description:
            'What the handoff comment is edited to when a child reopens after the handoff. Placeholders as in `comment`, plus `{reopened}` (the children no longer done).'
        },
        'close-epic': {
          type: 'boolean',
          default: false,
          description:
            'Close the epic (as completed) on handoff, and reopen it if a child reopens. Needed for epics of epics: a parent epic ticks a child epic when it is closed.'
        }
      }
    }
  }
} as const;

export type EpicTrigger = (typeof EPIC_TRIGGERS)[number];

export interface HandoffConfig {
  labels: string[];
  mention: string[];
  comment: string;
  'reopened-comment': string;
  'close-epic': boolean;
}

/** What the epics feature receives (src/features.ts): its section and the escalation label it reports. */
export interface EpicsSection {
  epics: EpicsConfig;
  escalationLabel: string;
}

/** The whole `epics` section: the settings shared with the daily report, and the feature's own. */
export interface EpicsConfig extends EpicDomainConfig {
  enabled: boolean;
  'done-when': 'all-items' | 'all-stories';
  'append-section': string;
  'append-associations': string[];
  triggers: EpicTrigger[];
  'close-on-merge': boolean;
  handoff: HandoffConfig;
}

/** The defaults, for pure tests and callers that build a config by hand. */
export function defaultEpicsConfig(overrides: Partial<EpicsConfig> = {}): EpicsConfig {
  return {
    enabled: true,
    label: 'Epic',
    types: [],
    project: { owner: '', number: 0 },
    'not-planned': 'unticked',
    sections: [],
    'done-when': 'all-items',
    'append-section': '',
    'append-associations': [...epicsSchema.properties['append-associations'].default],
    triggers: [...epicsSchema.properties.triggers.default],
    'close-on-merge': true,
    ...overrides,
    handoff: {
      labels: [],
      mention: [],
      comment: epicsSchema.properties.handoff.properties.comment.default,
      'reopened-comment': epicsSchema.properties.handoff.properties['reopened-comment'].default,
      'close-epic': false,
      ...overrides.handoff
    }
  };
}
