import { renderSummary } from '../../src/escalations/summary';

test('the summary lists escalations and every write the budget left for the next run', () => {
  const op = {
    kind: 'upsert-comment' as const,
    issue: 14,
    marker: '<!-- epic-steward:escalation:timebox:#14 -->',
    body: 'x',
    why: '#14 has been open longer than 48 h'
  };
  const text = renderSummary(
    [{ key: 'timebox:#14', issue: 14, trigger: 'timebox', state: 'open' }],
    [{ op, status: 'over-budget', writes: 0, detail: 'max-writes (0) reached' }],
    ['Swept 2 open issue(s)']
  );
  expect(text).toContain('**1** open escalation(s) · **0** resolved');
  expect(text).toContain('| `timebox:#14` | #14 | timebox | open |');
  expect(text).toContain('1 write(s) left for the next run');
  expect(text).toContain(
    'create or update comment epic-steward:escalation:timebox:#14 on #14: #14 has been open longer than 48 h'
  );
});
