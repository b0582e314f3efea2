import type { Forecast } from '../../src/checklist/outlook';
import { addDays, forecast, HORIZON_DAYS } from '../../src/escalations/forecast';
import { prng } from '../helpers/prng';

const TODAY = '2025-01-14';

describe('forecast: Monte Carlo finish dates from daily throughput', () => {
  test.each<[string, number[], number, Forecast]>([
    ['no history at all', [], 3, { kind: 'not-enough-history', days: 0 }],
    ['one day', [1], 2, { kind: 'not-enough-history', days: 1 }],
    ['two days', [1, 0], 2, { kind: 'not-enough-history', days: 2 }],
    ['done: nothing remains', [0, 1, 2], 0, { kind: 'done' }],
    ['done even with no history', [], 0, { kind: 'done' }],
    ['three days, nothing done yet', [0, 0, 0], 4, { kind: 'no-throughput', days: 3 }],
    // Exactly one story a day, every day: every simulated future takes exactly `remaining` days.
    ['steady: one a day', [1, 1, 1, 1, 1], 3, { kind: 'forecast', days: 5, p50: '2025-01-17', p85: '2025-01-17' }],
    [
      'steady: two a day, an odd remainder rounds up to a whole day',
      [2, 2, 2],
      5,
      { kind: 'forecast', days: 3, p50: '2025-01-17', p85: '2025-01-17' }
    ]
  ])('%s', (_name, throughput, remaining, expected) => {
    expect(forecast({ throughput, remaining, today: TODAY })).toEqual(expected);
  });

  test('bursty: the 85% date is later than the 50% date, both within what the bursts allow', () => {
    // Five stories on one day in five: on average one a day, but it comes in lumps.
    const f = forecast({ throughput: [0, 0, 5, 0, 0, 0, 0, 5, 0, 0], remaining: 10, today: TODAY });
    expect(f.kind).toBe('forecast');
    if (f.kind !== 'forecast') return;
    expect(f.days).toBe(10);
    // Two bursts are needed: at least 2 days, and on average 10.
    expect(f.p50 >= addDays(TODAY, 2)).toBe(true);
    expect(f.p85 > f.p50).toBe(true);
    expect(f.p50 <= addDays(TODAY, 12)).toBe(true);
  });

  test('the same history gives the same forecast (a report re-run on the same day changes nothing)', () => {
    const input = { throughput: [0, 2, 1, 0, 3, 0, 1], remaining: 9, today: TODAY };
    expect(forecast(input)).toEqual(forecast({ ...input }));
  });

  test('a pace so slow that the work outlasts the horizon says so instead of giving a date', () => {
    const history = [1, ...new Array<number>(89).fill(0)];
    expect(forecast({ throughput: history, remaining: 500, today: TODAY, trials: 100 })).toEqual({
      kind: 'beyond',
      days: 90,
      horizon: HORIZON_DAYS
    });
  });

  test('property: P50 never falls after P85, and neither before tomorrow (500 seeded histories)', () => {
    const random = prng(16);
    for (let i = 0; i < 500; i++) {
      const days = 3 + Math.floor(random() * 40);
      const throughput = Array.from({ length: days }, () => (random() < 0.6 ? 0 : Math.floor(random() * 6)));
      const remaining = 1 + Math.floor(random() * 60);
      const f = forecast({ throughput, remaining, today: TODAY, trials: 200 });
      if (f.kind !== 'forecast') {
        expect(['no-throughput', 'beyond']).toContain(f.kind);
        continue;
      }
      expect(f.p50 <= f.p85).toBe(true);
      expect(f.p50 >= addDays(TODAY, 1)).toBe(true);
    }
  });
});
