import { runAction } from '../helpers/action';
import { useEmulator, writesIn, type Emulator } from '../helpers/emulator';
import { issueEvent, scheduleEvent } from '../helpers/events';

const NOW = '2025-01-13T10:00:00Z';
const hoursBefore = (h: number) => new Date(Date.parse(NOW) - h * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

const CONFIG = `epics:
  enabled: false
escalations:
  mention: [acme/leads]
  time-box:
    priorities:
      - label: P0-Critical
        within: 48h
`;

const STORY_BODY =
  '**Purpose:** Fix database connectivity in test environment\n**Labels:** Story, P0-Critical, Week-1-Foundation, Backend, Data\n**Timeline:** 12-24 hours\n';

function seed() {
  return {
    repos: [
      {
        owner: 'acme',
        name: 'app',
        defaultBranch: 'main',
        labels: [{ name: 'P0-Critical' }, { name: 'Story' }],
        issues: [
          {
            number: 14,
            title: 'Story #14: Database Test Environment Configuration Fix',
            body: STORY_BODY,
            labels: ['Story', 'P0-Critical'],
            createdAt: hoursBefore(49)
          },
          {
            number: 15,
            title: 'Story #15: Frontend Test Environment Setup Fix',
            body: 'Fresh',
            labels: ['Story', 'P0-Critical'],
            createdAt: hoursBefore(2)
          }
        ],
        pulls: []
      }
    ]
  };
}

function commentsOn(e: Emulator, number: number) {
  return e.store.repo('acme', 'app')!.issues.get(number)!.comments;
}

describe('time escalations, end to end', () => {
  const emulator = useEmulator(() => ({ seed: seed() }));

  test('the seeds P0 story open 49 h escalates once; a second sweep changes nothing; closing it resolves and unlabels', async () => {
    const e = emulator.get();
    const first = await runAction({
      emulator: e,
      eventName: 'schedule',
      payload: scheduleEvent(),
      config: CONFIG,
      now: NOW
    });
    expect(
      first.stdout
        .split('\n')
        .filter((l) => l.includes('::error') || l.includes('warning'))
        .join('\n') + first.stderr
    ).toBe('');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.outputs.escalations!)).toEqual([
      { key: 'timebox:#14', issue: 14, trigger: 'timebox', state: 'open' }
    ]);
    const comments = commentsOn(e, 14);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('<!-- epic-steward:escalation:timebox:#14 -->');
    expect(comments[0]!.body).toContain('cc @acme/leads');
    expect(e.store.repo('acme', 'app')!.issues.get(14)!.labels).toContain('escalated');
    expect(commentsOn(e, 15)).toHaveLength(0);
    expect(first.summary).toContain('timebox:#14');

    e.clearRequests();
    const second = await runAction({
      emulator: e,
      eventName: 'schedule',
      payload: scheduleEvent(),
      config: CONFIG,
      now: '2025-01-13T11:00:00Z'
    });
    expect(second.code).toBe(0);
    expect(writesIn(e)).toEqual([]);
    expect(second.outputs.writes).toBe('0');

    const repo = e.store.repo('acme', 'app')!;
    e.store.setState(repo.issues.get(14)!, 'closed', 'completed', 'octocat');
    e.clearRequests();
    const closed = await runAction({
      emulator: e,
      eventName: 'schedule',
      payload: scheduleEvent(),
      config: CONFIG,
      now: '2025-01-13T12:00:00Z'
    });
    expect(closed.code).toBe(0);
    expect(JSON.parse(closed.outputs.escalations!)).toEqual([
      { key: 'timebox:#14', issue: 14, trigger: 'timebox', state: 'resolved' }
    ]);
    expect(commentsOn(e, 14)).toHaveLength(1);
    expect(commentsOn(e, 14)[0]!.body).toContain('Resolved: #14 is past its time box');
    expect(repo.issues.get(14)!.labels).not.toContain('escalated');
    expect(writesIn(e)).toHaveLength(2);

    e.clearRequests();
    await runAction({
      emulator: e,
      eventName: 'schedule',
      payload: scheduleEvent(),
      config: CONFIG,
      now: '2025-01-13T13:00:00Z'
    });
    expect(writesIn(e)).toEqual([]);
  });

  test('an issues.closed event resolves at once', async () => {
    const e = emulator.get();
    await runAction({ emulator: e, eventName: 'schedule', payload: scheduleEvent(), config: CONFIG, now: NOW });
    const repo = e.store.repo('acme', 'app')!;
    e.store.setState(repo.issues.get(14)!, 'closed', 'completed', 'octocat');
    const run = await runAction({
      emulator: e,
      eventName: 'issues',
      payload: issueEvent('closed', { number: 14, labels: ['Story', 'P0-Critical', 'escalated'] }),
      config: CONFIG,
      now: NOW
    });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.escalations!)).toEqual([
      { key: 'timebox:#14', issue: 14, trigger: 'timebox', state: 'resolved' }
    ]);
    expect(repo.issues.get(14)!.labels).not.toContain('escalated');
  });

  test('an estimate overrun counted from the in-progress label', async () => {
    const e = emulator.get();
    const repo = e.store.repo('acme', 'app')!;
    const issue = e.store.createIssue(repo, {
      title: 'JWT Token Fix',
      body: '- **Estimated Time:** 2 hours\n',
      createdAt: hoursBefore(30)
    });
    e.setNow(new Date(Date.parse(NOW) - (3 * 60 + 1) * 60_000));
    e.store.addLabels(repo, issue, ['in-progress'], 'dev');
    e.setNow(null);
    const run = await runAction({
      emulator: e,
      eventName: 'workflow_dispatch',
      payload: { ...scheduleEvent(), inputs: {} },
      config: CONFIG,
      now: NOW
    });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.escalations!)).toContainEqual({
      key: `estimate:#${issue.number}`,
      issue: issue.number,
      trigger: 'estimate',
      state: 'open'
    });
    expect(issue.comments[0]!.body).toContain('| Allowed | 3 h (estimate + 50%) |');
  });
});
