import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { parseConfig } from '../../src/config/parse';
import type { Config } from '../../src/config/types';
import type { EventContext } from '../../src/core/event';
import { handles as handlesEpics, wants as wantsEpics } from '../../src/epics/wants';
import { handles as handlesEscalations, wants as wantsEscalations } from '../../src/escalations/wants';
import { anyFeatureHandles } from '../../src/features';
import { handles as handlesGates, wants as wantsGates } from '../../src/gates/wants';
import {
  handlesDefinitions,
  handles as handlesLabels,
  wantsDefinitions,
  wants as wantsLabels
} from '../../src/labels/wants';

// An event no feature `handles` (its name and action alone) ends before the config is read
// (src/main.ts). That is only right if no config could make a feature's `wants` say yes to it:
// every feature's own `wants`, under a config that turns everything on, is checked against its
// `handles` on every event GitHub publishes an example of.

const require = createRequire(import.meta.url);
const examples: { name: string; examples: Record<string, unknown>[] }[] = require('@octokit/webhooks-examples');
const CONFIG_PATH = '.github/epic-steward.yml';

/** The worked example's config with every trigger, event and feature turned on. */
function everythingOn(): Config {
  const config = parseConfig(
    `${readFileSync('examples/epic-steward.yml', 'utf8')}\ngates:\n  items:\n    - name: all\n      pass-rate: { target: 90 }\n`,
    CONFIG_PATH
  );
  config.epics.enabled = true;
  config.epics.types = ['Bug'];
  config.epics.triggers = [
    'issues.closed',
    'issues.reopened',
    'issues.edited',
    'issues.labeled',
    'issues.typed',
    'issues.untyped',
    'pull_request.closed',
    'schedule',
    'workflow_dispatch'
  ];
  config.escalations.enabled = true;
  config.escalations.threshold.enabled = true;
  config.escalations.events = ['schedule', 'workflow_dispatch', 'issues'];
  config.escalations.report.enabled = true;
  config.escalations.report.events = ['schedule', 'workflow_dispatch'];
  return config;
}

/** Every event the action can be given: GitHub's published examples, with payloads that ask the most. */
function everyEvent(): EventContext[] {
  const events = examples.flatMap(({ name, examples: list }) =>
    list.map((payload) => ({ name, action: typeof payload.action === 'string' ? payload.action : undefined, payload }))
  );
  const extra = [
    { name: 'schedule', action: undefined, payload: { schedule: '0 6 * * *' } },
    { name: 'workflow_dispatch', action: undefined, payload: {} },
    { name: 'push', action: undefined, payload: { commits: [{ added: [], modified: [CONFIG_PATH] }] } }
  ];
  return [...events, ...extra].map(({ name, action, payload }) => ({
    name,
    action,
    // The escalation label on the subject and a merged pull request: nothing is skipped as settled.
    payload: withEverything(payload),
    repo: { owner: 'acme', repo: 'app' },
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    graphqlUrl: 'https://api.github.com/graphql'
  })) as EventContext[];
}

function withEverything(payload: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(payload);
  for (const key of ['issue', 'pull_request']) {
    const subject = copy[key] as Record<string, unknown> | undefined;
    if (subject && typeof subject === 'object') {
      subject.labels = [{ name: 'escalated' }];
      if (key === 'pull_request') subject.merged = true;
    }
  }
  return copy;
}

describe('a feature never wants an event it does not handle', () => {
  const config = everythingOn();
  const events = everyEvent();
  const features = [
    [
      'label definitions',
      handlesDefinitions,
      wantsDefinitions,
      { labels: config.labels, epicLabel: config.epics.label }
    ],
    ['labels', handlesLabels, wantsLabels, { labels: config.labels, epicLabel: config.epics.label }],
    [
      'quality gates',
      handlesGates,
      wantsGates,
      { gates: config.gates, ifNoReports: 'fail', conversationByEscalations: true }
    ],
    ['epics', handlesEpics, wantsEpics, { epics: config.epics, escalationLabel: config.escalations.label }],
    ['escalations', handlesEscalations, wantsEscalations, { escalations: config.escalations, epics: config.epics }]
  ] as const;

  test.each(features)('%s', (_name, handles, wants, section) => {
    const wanted = events.filter((event) =>
      (wants as (ctx: unknown) => boolean)({ event, config: section, configPath: CONFIG_PATH })
    );
    // The check can fail: with everything on, each feature wants some event.
    expect(wanted.length).toBeGreaterThan(0);
    const unhandled = wanted.filter((event) => !handles(event)).map((e) => `${e.name}.${e.action ?? ''}`);
    expect(unhandled).toEqual([]);
  });

  test('no feature handles issues.milestoned or issue_comment; some handle issues.closed and schedule', () => {
    expect(anyFeatureHandles({ name: 'issues', action: 'milestoned' })).toBe(false);
    expect(anyFeatureHandles({ name: 'issue_comment', action: 'created' })).toBe(false);
    // The gates judge every pull_request run, whatever its action.
    expect(anyFeatureHandles({ name: 'pull_request', action: 'assigned' })).toBe(true);
    expect(anyFeatureHandles({ name: 'issues', action: 'closed' })).toBe(true);
    expect(anyFeatureHandles({ name: 'schedule' })).toBe(true);
  });
});
