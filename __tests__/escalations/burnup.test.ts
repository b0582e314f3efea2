import { burnup, burnupChart, MAX_POINTS, sample, throughput } from '../../src/escalations/burnup';
import { forecast } from '../../src/escalations/forecast';
import { outlookLine } from '../../src/checklist/outlook';
import { targetOf, verdictOf } from '../../src/escalations/outlook';

describe('burn-up from the stories own timestamps', () => {
  test('created, closed, reopened and closed again: each day holds the state at its end', () => {
    const series = burnup(
      [
        { createdAt: '2025-01-11T09:00:00Z', changes: [{ at: '2025-01-11T19:00:00Z', done: true }] },
        {
          createdAt: '2025-01-11T09:00:00Z',
          changes: [
            { at: '2025-01-12T10:00:00Z', done: true },
            { at: '2025-01-13T08:00:00Z', done: false },
            { at: '2025-01-14T08:00:00Z', done: true }
          ]
        },
        // Added to the epic's scope on the third day.
        { createdAt: '2025-01-13T12:00:00Z', changes: [] }
      ],
      '2025-01-11',
      '2025-01-14',
      'UTC'
    );
    expect(series).toEqual([
      { day: '2025-01-11', done: 1, total: 2 },
      { day: '2025-01-12', done: 2, total: 2 },
      { day: '2025-01-13', done: 1, total: 3 },
      { day: '2025-01-14', done: 2, total: 3 }
    ]);
    expect(throughput(series)).toEqual([1, 1, 0, 1]);
  });

  test('days follow the report time zone: a close at 23:30 UTC is the next day in Berlin', () => {
    const stories = [{ createdAt: '2025-01-11T09:00:00Z', changes: [{ at: '2025-01-11T23:30:00Z', done: true }] }];
    expect(burnup(stories, '2025-01-11', '2025-01-12', 'UTC').map((d) => d.done)).toEqual([1, 1]);
    expect(burnup(stories, '2025-01-11', '2025-01-12', 'Europe/Berlin').map((d) => d.done)).toEqual([0, 1]);
  });

  test('stories older than the epic count from its first day; changes out of order are sorted', () => {
    const series = burnup(
      [
        {
          createdAt: '2024-12-01T00:00:00Z',
          changes: [
            { at: '2025-01-12T10:00:00Z', done: true },
            { at: '2024-12-20T00:00:00Z', done: true },
            { at: '2025-01-12T09:00:00Z', done: false }
          ]
        }
      ],
      '2025-01-11',
      '2025-01-12',
      'UTC'
    );
    expect(series).toEqual([
      { day: '2025-01-11', done: 1, total: 1 },
      { day: '2025-01-12', done: 1, total: 1 }
    ]);
  });

  test('the chart is a Mermaid xychart-beta block of dates and numbers only, at most MAX_POINTS points', () => {
    const chart = burnupChart(
      [
        { day: '2025-01-11', done: 1, total: 3 },
        { day: '2025-01-12', done: 2, total: 3 }
      ],
      13
    );
    expect(chart).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '  title "Burn-up of #13: stories done (bars) and in scope (line)"',
        '  x-axis ["Jan 11", "Jan 12"]',
        '  y-axis "Stories" 0 --> 3',
        '  bar [1, 2]',
        '  line [3, 3]',
        '```'
      ].join('\n')
    );
    const long = burnup([{ createdAt: '2024-01-01T00:00:00Z', changes: [] }], '2024-01-01', '2025-01-01', 'UTC');
    expect(long).toHaveLength(367);
    const points = sample(long);
    expect(points.length).toBeLessThanOrEqual(MAX_POINTS);
    expect(points[points.length - 1]!.day).toBe('2025-01-01');
  });
});

describe('target and verdict', () => {
  const base = { body: '**Timeline:** 24-48 hours', createdAt: '2025-01-11T09:00:00Z' };
  test('the milestone due date wins over the body timeline; the timeline counts from the epic creation', () => {
    expect(targetOf({ ...base, milestone: { title: 'Sprint 3', dueOn: '2025-01-20T08:00:00Z' } }, 'UTC')).toEqual({
      day: '2025-01-20',
      source: 'milestone "Sprint 3"'
    });
    expect(targetOf(base, 'UTC')).toEqual({
      day: '2025-01-13',
      source: "Timeline: 24-48 hours from the epic's creation"
    });
    expect(targetOf({ body: 'no dates here', createdAt: base.createdAt }, 'UTC')).toBeUndefined();
  });

  test.each([
    ['2025-01-16', 'on-track'],
    ['2025-01-15', 'at-risk'],
    ['2025-01-14', 'off-track']
  ] as const)('target %s with P50 Jan 15 and P85 Jan 16: %s', (day, verdict) => {
    expect(verdictOf({ kind: 'forecast', days: 5, p50: '2025-01-15', p85: '2025-01-16' }, { day, source: 's' })).toBe(
      verdict
    );
  });

  test('done is complete; no target or not enough history: no verdict; no throughput at all: off track', () => {
    expect(verdictOf({ kind: 'done' }, undefined)).toBe('complete');
    expect(verdictOf({ kind: 'forecast', days: 5, p50: '2025-01-15', p85: '2025-01-16' }, undefined)).toBeUndefined();
    expect(verdictOf({ kind: 'not-enough-history', days: 1 }, { day: '2025-01-15', source: 's' })).toBeUndefined();
    expect(verdictOf({ kind: 'no-throughput', days: 4 }, { day: '2025-01-15', source: 's' })).toBe('off-track');
  });

  test('the outlook line reads as the issue says it ("P50 Jan 14 · P85 Jan 16")', () => {
    const f = forecast({ throughput: [1, 1, 1], remaining: 2, today: '2025-01-12' });
    const target = { day: '2025-01-13', source: 'milestone "M1"' };
    expect(outlookLine(f, target, verdictOf(f, target))).toBe(
      '**Forecast** P50 Jan 14 · P85 Jan 14 (from 3 days of history) · **Target** Jan 13 (milestone "M1") · **off track**'
    );
  });

  test('a hostile milestone title is quoted inert', () => {
    const t = targetOf(
      { ...base, milestone: { title: '@everyone <img src=x> `x`\n# H', dueOn: '2025-01-20T00:00:00Z' } },
      'UTC'
    )!;
    expect(t.source).not.toMatch(/<img|\n|(^|\s)@everyone/);
  });
});
