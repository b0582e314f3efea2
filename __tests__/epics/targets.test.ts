import { defaultEpicsConfig } from '../../src/epics/config';
import { triggerOf } from '../../src/epics/index';
import type { Candidate, IssueContext } from '../../src/checklist/read';
import { epicsOfChild, mergeTargets, type Target } from '../../src/epics/targets';
import type { EventContext } from '../../src/core/event';

const repo = { owner: 'acme', repo: 'app' };
const server = 'https://github.com';

function candidate(number: number, body: string, extra: Partial<Candidate> = {}): Candidate {
  return { repo, number, title: `Epic ${number}`, state: 'open', body, labels: ['Epic'], subIssues: 0, ...extra };
}

function context(extra: Partial<IssueContext>): IssueContext {
  return { kind: 'issue', state: 'closed', labels: [], subIssues: 0, referencing: [], ...extra };
}

describe('the epics of a changed child', () => {
  const child = { ...repo, number: 14 };

  test('the native parent always, cross-referencing epics only while their body lists the child', () => {
    const found = epicsOfChild(
      context({
        parent: candidate(10, 'no list at all', { labels: [] }),
        referencing: [
          candidate(13, '- [ ] Story #14\n'),
          candidate(20, 'Mentions #14 in prose only\n'),
          candidate(21, '- [ ] #140\n'),
          candidate(22, '- [ ] #14\n', { labels: ['bug'] }),
          candidate(23, '- [ ] #14\n', { labels: ['bug'], subIssues: 2 }),
          candidate(13, '- [ ] Story #14\n')
        ]
      }),
      child,
      defaultEpicsConfig(),
      repo,
      server
    );
    expect(found.targets.map((t) => t.number)).toEqual([10, 13, 23]);
    expect(found.targets[1]!.guessBody).toBe('- [ ] Story #14\n');
  });

  test('epics in another repository are reported, not written', () => {
    const found = epicsOfChild(
      context({ referencing: [candidate(5, '- [ ] acme/app#14\n', { repo: { owner: 'other', repo: 'place' } })] }),
      child,
      defaultEpicsConfig(),
      repo,
      server
    );
    expect(found.targets).toEqual([]);
    expect(found.notes[0]).toMatch(/other\/place#5 .* another repository/);
  });

  test('a closed epic is only followed when the tool closed it', () => {
    const byTool =
      '- [x] #14\n\n<!-- epic-steward:progress:start -->\n**Progress: 1/1 done · 100%**\n<!-- epic-steward:handoff done closed -->\n<!-- epic-steward:progress:end -->\n';
    const byPerson = '- [x] #14\n';
    const found = epicsOfChild(
      context({
        referencing: [candidate(30, byTool, { state: 'closed' }), candidate(31, byPerson, { state: 'closed' })]
      }),
      child,
      defaultEpicsConfig(),
      repo,
      server
    );
    expect(found.targets.map((t) => t.number)).toEqual([30]);
  });

  test('targets merge without duplicates', () => {
    const into: Target[] = [{ repo, number: 13, append: [], chain: [] }];
    mergeTargets(into, [
      { repo: { owner: 'ACME', repo: 'App' }, number: 13, guessBody: 'b', append: [{ ...repo, number: 2 }], chain: [] }
    ]);
    expect(into).toEqual([{ repo, number: 13, guessBody: 'b', append: [{ ...repo, number: 2 }], chain: [] }]);
  });
});

describe('which events the feature takes', () => {
  const event = (name: string, action?: string, payload: Record<string, any> = {}): EventContext => ({
    name,
    action,
    payload,
    repo,
    serverUrl: server,
    apiUrl: '',
    graphqlUrl: ''
  });
  test.each([
    [event('issues', 'closed'), 'issues.closed'],
    [event('issues', 'reopened'), 'issues.reopened'],
    [event('issues', 'opened'), undefined],
    [event('pull_request', 'closed', { pull_request: { merged: true } }), 'pull_request.closed'],
    [event('pull_request_target', 'closed', { pull_request: { merged: true } }), 'pull_request.closed'],
    [event('pull_request', 'closed', { pull_request: { merged: false } }), undefined],
    [event('schedule'), 'schedule'],
    [event('workflow_dispatch'), 'workflow_dispatch'],
    [event('push'), 'gates'],
    [event('release', 'published'), undefined]
  ])('%#: %s', (e, expected) => {
    expect(triggerOf(e as EventContext, defaultEpicsConfig())).toBe(expected);
  });

  test('triggers can be turned off, and so can the feature', () => {
    expect(triggerOf(event('schedule'), defaultEpicsConfig({ triggers: ['issues.closed'] }))).toBeUndefined();
    expect(triggerOf(event('issues', 'closed'), defaultEpicsConfig({ enabled: false }))).toBeUndefined();
  });
});
