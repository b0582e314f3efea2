import { dayIn } from '../../src/core/duration';
import { readReport, type ReportState } from '../../src/checklist/report';
import { planReport, renderReport } from '../../src/escalations/report';
import type { CommentOp } from '../../src/escalations/plan';

const gates = { overall: { title: 'Overall', rate: 0.62, baseline: 0.62, target: 0.9, on: '2025-01-11' } };
const day1: ReportState = { done: [], open: ['#14', '#15', '#16'], gates, escalated: ['#14'] };
const day2: ReportState = { done: ['#14'], open: ['#15', '#16'], gates, escalated: [] };

function post(comments: { id: number; body: string }[], today: string, state: ReportState) {
  const planned = planReport({ epic: 13, today, state, comments, complete: true });
  const op = planned.op as CommentOp | undefined;
  if (op) {
    const found = comments.find((c) => c.body.includes(op.marker));
    if (found) found.body = op.body;
    else comments.push({ id: comments.length + 1, body: op.body });
  }
  return planned;
}

describe('daily progress report', () => {
  test('first report, then one story closed the next day: the new report says so; same day again: nothing; a quiet day: nothing', () => {
    const comments: { id: number; body: string }[] = [];
    expect(post(comments, '2025-01-11', day1).posted).toBe('new');
    expect(comments[0]!.body).toContain('**Since** first report');
    expect(post(comments, '2025-01-11', day1).posted).toBe('none');

    expect(post(comments, '2025-01-12', day2).posted).toBe('new');
    const today = comments[1]!.body;
    expect(today).toContain('<!-- epic-steward:daily-report:2025-01-12 -->');
    expect(today).toContain('**Stories** 1/3 done (33%) · remaining: #15, #16');
    expect(today).toContain('**Since 2025-01-11** #14 done · escalation cleared: #14');
    expect(post(comments, '2025-01-12', day2).posted).toBe('none');

    expect(post(comments, '2025-01-13', day2).posted).toBe('none');
    expect(comments).toHaveLength(2);
  });

  test("a change later the same day edits today's report, still compared with yesterday", () => {
    const comments: { id: number; body: string }[] = [];
    post(comments, '2025-01-11', day1);
    post(comments, '2025-01-12', day2);
    const later = {
      ...day2,
      done: ['#14', '#15'],
      open: ['#16'],
      gates: { overall: { ...gates.overall, rate: 0.7, on: '2025-01-12' } }
    };
    const planned = post(comments, '2025-01-12', later);
    expect(planned.posted).toBe('edit');
    expect((planned.op as CommentOp).commentId).toBe(2);
    expect(comments[1]!.body).toContain('**Since 2025-01-11** #14, #15 done · Overall 62% → 70%');
    expect(comments).toHaveLength(2);
  });

  test('the stored state survives the comment and is compact', () => {
    const body = renderReport('2025-01-12', day2, { date: '2025-01-11', state: day1 });
    expect(readReport(body)).toMatchObject({ date: '2025-01-12', state: day2, since: { date: '2025-01-11' } });
    expect(
      readReport('<!-- epic-steward:daily-report:2025-01-12 -->\n<!-- epic-steward:report-state !!! -->')
    ).toBeUndefined();
    expect(body.length).toBeLessThan(1500);
  });

  test('gate titles from reports are inert', () => {
    const body = renderReport(
      '2025-01-12',
      {
        ...day2,
        gates: { x: { title: '@everyone <img src=x>', rate: 1, baseline: null, target: 1, on: '2025-01-12' } }
      },
      null
    );
    expect(body).not.toMatch(/@everyone|<img/);
  });

  test('the day follows the configured time zone', () => {
    const at = new Date('2025-01-12T23:30:00Z');
    expect(dayIn(at, 'UTC')).toBe('2025-01-12');
    expect(dayIn(at, 'Europe/Berlin')).toBe('2025-01-13');
    expect(() => dayIn(at, 'Nowhere/City')).toThrow();
  });
});
