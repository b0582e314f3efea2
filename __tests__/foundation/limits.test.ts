import { fitBytes } from '../../src/core/limits';
import { parseArgs } from '../../src/cli/args';

describe('fitBytes', () => {
  test('leaves short text alone', () => {
    expect(fitBytes('abc\ndef', 100)).toBe('abc\ndef');
  });
  test('cuts at a line boundary within the byte budget, multi-byte characters included', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `line ${i} ✓ é`).join('\n');
    const out = fitBytes(text, 2000, '\n[cut]');
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(2000);
    expect(out.endsWith('\n[cut]')).toBe(true);
    expect(out).not.toContain('\uFFFD');
    expect(text.startsWith(out.slice(0, -'\n[cut]'.length))).toBe(true);
  });
});

describe('parseArgs', () => {
  test.each([
    [['--event', 'e.json', 'x'], { flags: { event: 'e.json' }, positionals: ['x'] }],
    [['--dry-run', 'a.xml'], { flags: { 'dry-run': true }, positionals: ['a.xml'] }],
    [['--max-writes=3', '--json'], { flags: { 'max-writes': '3', json: true }, positionals: [] }],
    [['--', '--not-a-flag'], { flags: {}, positionals: ['--not-a-flag'] }]
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv, ['dry-run', 'json'])).toEqual(expected);
  });
});
