import { planDaily, type DailySnapshot } from '../../src/escalations/daily';
import type { ProjectRead } from '../../src/escalations/sources';

/**
 * The daily report is read -> plan -> apply: planDaily is pure over the snapshot, the project's
 * latest status update included (read by readDaily), so the verdict's status update is planned
 * with the reports, never read or decided after them.
 */

const repo = { owner: 'acme', repo: 'app' };
const config = {
  epicLabel: 'Epic',
  sections: [],
  notPlanned: 'unticked' as const,
  escalationLabel: 'escalated',
  timeZone: 'UTC',
  types: [],
  project: { owner: 'acme', number: 3 },
  blockedBy: false
};
const CREATED = '2025-01-05T09:00:00Z';

/** One epic of two stories; both done makes the verdict `complete`, without an epic creation time no verdict. */
function snapshot(
  project: ProjectRead | undefined,
  options: { done?: boolean; created?: boolean } = {}
): DailySnapshot {
  const done = options.done ?? true;
  const story = (n: number) => ({
    __typename: 'Issue',
    issueState: done || n === 14 ? 'CLOSED' : 'OPEN',
    stateReason: done || n === 14 ? 'COMPLETED' : null,
    createdAt: CREATED,
    closedAt: done || n === 14 ? '2025-01-10T09:00:00Z' : null
  });
  return {
    epics: [
      {
        number: 13,
        title: 'Checkout',
        body: '- [ ] #14\n- [ ] #15\n',
        ...(options.created === false ? {} : { createdAt: CREATED }),
        comments: { totalCount: 0, nodes: [] }
      }
    ],
    stories: new Map([
      [
        13,
        [
          { ...repo, number: 14 },
          { ...repo, number: 15 }
        ]
      ]
    ]),
    subIssueTotals: new Map(),
    states: new Map([
      ['acme/app#14', story(14)],
      ['acme/app#15', story(15)]
    ]),
    self: { login: 'github-actions[bot]', source: 'viewer' },
    targets: new Map(),
    blocked: new Map(),
    notes: [],
    ...(project ? { project } : {})
  };
}

const plan = (s: DailySnapshot) =>
  planDaily(s, { repo, config, gates: undefined, records: [], today: '2025-01-14', zone: 'UTC' });
const statusOps = (s: DailySnapshot) => plan(s).ops.filter((op) => op.kind === 'project-status');

describe('planDaily: the project status update is planned from the snapshot', () => {
  const state = { id: 'PVT_1', name: 'acme/3' };

  test('a verdict and a project read without a status update: the update is in the plan', () => {
    const ops = statusOps(snapshot({ state }));
    expect(ops).toHaveLength(1);
    expect(ops[0]).toMatchObject({ kind: 'project-status', projectId: 'PVT_1', status: 'COMPLETE' });
    expect(plan(snapshot({ state })).ops[0]).toMatchObject({ kind: 'upsert-comment', issue: 13 });
  });

  test('the latest update already says it, or one was posted today: nothing planned', () => {
    expect(statusOps(snapshot({ state: { ...state, latest: { status: 'COMPLETE', createdAt: CREATED } } }))).toEqual(
      []
    );
    const today = { status: 'ON_TRACK', createdAt: '2025-01-14T01:00:00Z' };
    expect(statusOps(snapshot({ state: { ...state, latest: today } }))).toEqual([]);
  });

  test('a project that could not be read: a warning (and a note) once there is a verdict, never an operation', () => {
    const problem = 'epics.project: project acme/3 was not found (or this token cannot read it): no status update.';
    const planned = plan(snapshot({ problem }));
    expect(planned.ops.filter((op) => op.kind === 'project-status')).toEqual([]);
    expect(planned.warnings).toEqual([problem]);
    expect(planned.notes).toContain(problem);
    // Without a verdict (no creation time: no forecast) there is nothing to post, so nothing to say.
    expect(plan(snapshot({ problem }, { created: false })).warnings).toEqual([]);
  });

  test('no project configured: no update, no warning; planning twice gives the same plan', () => {
    expect(statusOps(snapshot(undefined))).toEqual([]);
    expect(plan(snapshot(undefined)).warnings).toEqual([]);
    expect(plan(snapshot({ state }))).toEqual(plan(snapshot({ state })));
  });
});
