import { runAction } from '../helpers/action';
import { useEmulator, type Emulator } from '../helpers/emulator';
import { scheduleEvent } from '../helpers/events';
import type { Seed, SeedOrg } from '../../src/emulator/seed';

// The epic is found by its issue type only: it carries no label.
const CONFIG = `epics:
  enabled: false
  types: [Epic]
escalations:
  report:
    enabled: true
`;

const CREATED = '2025-01-10T09:00:00Z';
const FIELDS: SeedOrg = {
  login: 'acme',
  issueFields: [
    { name: 'Priority', dataType: 'single_select', options: ['P0', 'P1', 'P2'] },
    { name: 'Target date', dataType: 'date' }
  ]
};

function seed(options: { orgs?: SeedOrg[]; milestone?: { title: string; dueOn: string } }): Seed {
  return {
    ...(options.orgs ? { orgs: options.orgs } : {}),
    repos: [
      {
        owner: 'acme',
        name: 'app',
        issues: [
          {
            number: 13,
            title: 'Typed epic',
            type: 'Epic',
            body: '**Timeline:** 24-48 hours\n\n- [ ] #14\n- [ ] #15\n',
            createdAt: CREATED,
            ...(options.orgs ? { fields: { 'Target date': '2025-01-20' } } : {}),
            ...(options.milestone ? { milestone: options.milestone } : {})
          },
          { number: 14, title: 'Story 14', createdAt: CREATED, state: 'closed', closedAt: '2025-01-11T10:00:00Z' },
          { number: 15, title: 'Story 15', createdAt: CREATED }
        ]
      }
    ]
  };
}

const report = (e: Emulator) =>
  e.store
    .repo('acme', 'app')!
    .issues.get(13)!
    .comments.find((c) => c.body.includes('epic-steward:daily-report'))?.body ?? '';

async function run(e: Emulator) {
  const result = await runAction({
    emulator: e,
    eventName: 'schedule',
    payload: scheduleEvent(),
    config: CONFIG,
    now: '2025-01-14T06:00:00Z'
  });
  expect(result.code).toBe(0);
  return result;
}

describe('the daily report finds epics by issue type and reads the "Target date" issue field', () => {
  describe('an organisation with a Target date field', () => {
    const emulator = useEmulator(() => ({ seed: seed({ orgs: [FIELDS] }) }));
    test('an epic found by its type only is reported, its target taken from the field when there is no milestone', async () => {
      const e = emulator.get();
      await run(e);
      expect(report(e)).toContain('**Stories** 1/2 done');
      expect(report(e)).toContain('**Target** Jan 20 (issue field "Target date")');
    });
  });

  describe('a milestone with a due date', () => {
    const emulator = useEmulator(() => ({
      seed: seed({ orgs: [FIELDS], milestone: { title: 'Sprint 1', dueOn: '2025-01-16T08:00:00Z' } })
    }));
    test('wins over the field, which is not read', async () => {
      const e = emulator.get();
      await run(e);
      expect(report(e)).toContain('**Target** Jan 16 (milestone "Sprint 1")');
      expect(e.requests().filter((r) => r.path.includes('issue-field'))).toEqual([]);
    });
  });

  describe('an owner without the issue fields API', () => {
    const emulator = useEmulator(() => ({ seed: seed({}) }));
    test("the run says so once in the summary and falls back to the body's timeline", async () => {
      const e = emulator.get();
      const result = await run(e);
      expect(report(e)).toContain("**Target** Jan 12 (Timeline: 24-48 hours from the epic's creation)");
      expect(result.summary.match(/issue fields are not available for acme \(HTTP 404\)/g)).toHaveLength(1);
    });
  });
});
