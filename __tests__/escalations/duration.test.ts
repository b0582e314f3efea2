import { formatDuration, parseDuration, parseDurationPhrase, MS } from '../../src/core/duration';

const { SECOND, MINUTE, HOUR, DAY, WEEK } = MS;

describe('parseDuration: config values', () => {
  test.each([
    ['30m', 30 * MINUTE],
    ['6h', 6 * HOUR],
    ['2d', 2 * DAY],
    ['1w', WEEK],
    ['90s', 90 * SECOND],
    ['1d12h', 36 * HOUR],
    ['1d 12h', 36 * HOUR],
    ['1.5h', 90 * MINUTE],
    ['2 hours', 2 * HOUR],
    ['1h30m', 90 * MINUTE],
    ['48H', 48 * HOUR]
  ])('%s', (text, ms) => expect(parseDuration(text)).toBe(ms));

  test.each(['', 'h', '6', 'soon', '6x', '-6h', '0h', '6h later'])('rejects %p', (text) =>
    expect(parseDuration(text)).toBeUndefined()
  );
});

describe('parseDurationPhrase: what bodies say', () => {
  test.each([
    ['12-24 hours', 24 * HOUR],
    ['24-48 hours maximum', 48 * HOUR],
    ['8–16 hours', 16 * HOUR],
    ['2 to 3 days', 3 * DAY],
    ['2 hours', 2 * HOUR],
    ['1.5 days', 36 * HOUR],
    ['45 minutes', 45 * MINUTE],
    ['1 hour 30 minutes', 90 * MINUTE],
    ['1 day and 6 hours', 30 * HOUR],
    ['~2 hrs', 2 * HOUR],
    ['about 3 hours (critical path)', 3 * HOUR],
    ['**4 hours**', 4 * HOUR],
    ['1d12h', 36 * HOUR],
    ['2-3 hours after all fixes complete, then 1 day', 3 * HOUR],
    ['7 hours total (2+4+1)', 7 * HOUR],
    // Each bound with its unit: the larger is the upper bound.
    ['12h-24h', 24 * HOUR],
    ['12 hours - 2 days', 2 * DAY],
    ['1 day - 6 hours', DAY],
    // A tilde between numbers is a range, elsewhere "about".
    ['12~24 hours', 24 * HOUR],
    ['12 ～ 24 hours', 24 * HOUR],
    ['~ 2 hours', 2 * HOUR],
    ['2 hours or less', 2 * HOUR]
  ])('%s', (text, ms) => expect(parseDurationPhrase(text)).toBe(ms));

  test.each([
    'TBD',
    'ASAP',
    'see #14 for 2 hours',
    'Week 1',
    '',
    'half a day',
    'by Friday',
    '2-4 hours / 1 day / 2-3 days',
    '2h or 1d',
    '2 hours | 1 day',
    '1,5 hours'
  ])('nothing in %p', (text) => expect(parseDurationPhrase(text)).toBeUndefined());
});

describe('formatDuration', () => {
  test.each([
    [30 * SECOND, '30 s'],
    [45 * MINUTE, '45 min'],
    [3 * HOUR + MINUTE, '3 h 1 min'],
    [49 * HOUR, '2 d 1 h'],
    [48 * HOUR, '2 d'],
    [WEEK + DAY + HOUR, '1 w 1 d'],
    [-2 * HOUR, '-2 h']
  ])('%i ms', (ms, text) => expect(formatDuration(ms)).toBe(text));
});

describe('parseDurationPhrase: cost', () => {
  test('a long run of digits is read in linear time', () => {
    const started = Date.now();
    expect(parseDurationPhrase('1'.repeat(65_000))).toBeUndefined();
    expect(parseDurationPhrase('1 hour '.repeat(9_000))).toBe(9_000 * HOUR);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
