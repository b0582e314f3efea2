import {
  annotations,
  changedLines,
  firstLine,
  highlights,
  style,
  textChart,
  trimSummary
} from '../../src/cli/demo/show';

describe('what the demo shows between events', () => {
  test('colour only when asked for, plain text otherwise', () => {
    expect(style(false).green('ok')).toBe('ok');
    expect(style(true).green('ok')).toBe('\x1b[32mok\x1b[0m');
  });

  test('changed lines of the epic body leave out unchanged lines and hidden markers', () => {
    const before = '# Plan\n- [ ] Story #14: db\n- [ ] Story #15: fe\n';
    const after =
      '# Plan\n- [x] Story #14: db\n- [ ] Story #15: fe\n<!-- epic-steward:progress -->\n**Progress: 1/3 done · 33%**\n';
    expect(changedLines(before, after)).toEqual(['- [x] Story #14: db', '**Progress: 1/3 done · 33%**']);
  });

  test('a comment reads as its first visible line, cut to the width', () => {
    expect(
      firstLine('<!-- epic-steward:escalation:x -->\n\n## :rotating_light: Escalation: #15 is over its estimate\nmore')
    ).toBe(':rotating_light: Escalation: #15 is over its estimate');
    expect(firstLine('x'.repeat(200), 20)).toHaveLength(20);
    expect(highlights('Daily progress\n\n**Since 2025-01-13** 1 story closed\nrest')).toEqual([
      '**Since 2025-01-13** 1 story closed'
    ]);
  });

  test('the job summary leaves out the operations table and says how much was cut', () => {
    const summary = [
      '## Epic Steward',
      '| operation | outcome | why |',
      '| --- | --- | --- |',
      '| add label | applied | x |',
      '',
      '### Epics',
      '| epic | progress |',
      '| --- | --- |',
      '| #13 | 1/3 |'
    ].join('\n');
    expect(trimSummary(summary)).toEqual(['## Epic Steward', '### Epics', '| epic | progress |', '| #13 | 1/3 |']);
    expect(trimSummary(summary, 2)).toEqual(['## Epic Steward', '### Epics', '… (2 more lines)']);
  });

  test('workflow commands are decoded for reading', () => {
    expect(annotations('noise\n::error::gate failed: 85%25 < 100%25\n::warning file=a.xml::slow%0Aline')).toEqual([
      'error: gate failed: 85% < 100%',
      'warning: slow line'
    ]);
  });

  test('the burn-up chart of a report, drawn for a terminal; anything else draws nothing', () => {
    const chart = [
      '```mermaid',
      'xychart-beta',
      '  x-axis ["Jan 11", "Jan 12"]',
      '  y-axis "Stories" 0 --> 2',
      '  bar [1, 2]',
      '  line [2, 2]',
      '```'
    ].join('\n');
    expect(textChart(`report\n\n${chart}\n`)).toEqual([
      '  2 ┤ ────   ████ ',
      '  1 ┤ ████   ████ ',
      '    └──────────────',
      '     Jan 11 Jan 12 ',
      '     ████ stories done   ──── stories in scope'
    ]);
    expect(textChart('no chart here')).toEqual([]);
    expect(textChart(chart.replace('bar [1, 2]', 'bar [1]'))).toEqual([]);
  });
});
