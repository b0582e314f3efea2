import { runAction } from '../helpers/action';
import { useEmulator, writesIn } from '../helpers/emulator';
import { scheduleEvent } from '../helpers/events';
import { record } from '../helpers/stress';

const NOW = '2025-01-13T10:00:00Z';
const at = (hoursBefore: number) =>
  new Date(Date.parse(NOW) - hoursBefore * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

const CONFIG = `epics:
  enabled: false
escalations:
  time-box:
    priorities:
      - label: P0-Critical
        within: 48h
`;

/** 5,000 open issues; every 125th is a P0 open 49 h (40 overdue), the rest are recent or unprioritised. */
function seed() {
  const issues = Array.from({ length: 5000 }, (_, i) => {
    const overdue = i % 125 === 0;
    return {
      number: i + 1,
      title: `Issue ${i + 1}`,
      body: overdue ? '**Timeline:** 2 days' : 'Nothing stated',
      labels: overdue || i % 3 === 0 ? ['P0-Critical'] : ['Backend'],
      createdAt: overdue ? at(49) : at(1)
    };
  });
  return {
    repos: [
      {
        owner: 'acme',
        name: 'app',
        defaultBranch: 'main',
        labels: [{ name: 'P0-Critical' }, { name: 'Backend' }],
        issues,
        pulls: []
      }
    ]
  };
}

describe('a sweep over 5,000 open issues, 40 overdue', () => {
  const emulator = useEmulator(() => ({ seed: seed() }));

  test('at most 55 read requests, at most 2 writes per escalated issue; a second sweep writes nothing', async () => {
    const e = emulator.get();
    const first = await runAction({
      emulator: e,
      eventName: 'schedule',
      payload: scheduleEvent(),
      config: CONFIG,
      now: NOW,
      inputs: { 'max-writes': '200' }
    });
    expect(first.code).toBe(0);
    const escalated = JSON.parse(first.outputs.escalations!) as { issue: number }[];
    expect(escalated).toHaveLength(40);
    // The log returns copies: tell reads from writes by what they are, not by identity.
    const writes = writesIn(e);
    const reads = e
      .requests()
      .filter((r) => (r.path === '/graphql' ? !r.mutation : r.method === 'GET' || r.method === 'HEAD'));
    expect(reads.length).toBeLessThanOrEqual(55);
    expect(writes.length).toBeLessThanOrEqual(80);
    // Within a GITHUB_TOKEN's hour: 1,000 GraphQL points (GitHub's formula, charged by the emulator) and 1,000 REST requests.
    const graphql = e.requests().filter((r) => r.cost !== undefined);
    expect(graphql.reduce((n, r) => n + r.cost!, 0)).toBeLessThanOrEqual(1000);
    expect(e.requests().length - graphql.length).toBeLessThanOrEqual(1000);
    const perIssue = new Map<string, number>();
    for (const w of writes) {
      const number = /\/issues\/(\d+)\//.exec(w.path)?.[1] ?? w.path;
      perIssue.set(number, (perIssue.get(number) ?? 0) + 1);
    }
    expect(Math.max(...perIssue.values())).toBeLessThanOrEqual(2);

    const escalatedNow = [...e.store.repo('acme', 'app')!.issues.values()].filter(
      (i) => i.labels.includes('escalated') && i.comments.some((c) => c.body.includes('epic-steward:escalation'))
    ).length;
    record({
      suite: 'scale',
      scenario: 'schedule sweep over 5,000 open issues (40 overdue)',
      runs: 2,
      writesVerified: writes.length,
      lost: 40 - escalatedNow,
      notes: { reads: reads.length, 'escalated issues': escalatedNow }
    });
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
    expect(e.requests().length).toBeLessThanOrEqual(55);
  }, 300_000);
});
