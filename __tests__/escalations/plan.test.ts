import type { Operation } from '../../src/core/plan';
import { escalationMarker, readState } from '../../src/escalations/comment';
import { defaultEscalationsConfig, type EscalationsConfig } from '../../src/escalations/config';
import { timeResolution } from '../../src/escalations/flows';
import type { Finding } from '../../src/escalations/model';
import { planIssue, type CommentOp } from '../../src/escalations/plan';
import { thresholdFinding, thresholdTargets } from '../../src/escalations/threshold';
import { evaluateTime, isTimeKey, type IssueSnapshot } from '../../src/escalations/time';
import { hasMention } from '../../src/core/escape';
import { gate, hoursAgo, NOW, story } from './fixtures';

/** An issue's labels and comments, changed by operations as the executor would. */
class FakeIssue {
  labels: string[];
  comments: { id: number; body: string }[] = [];
  writes = 0;
  private next = 1;
  constructor(labels: string[]) {
    this.labels = [...labels];
  }
  apply(ops: Operation[]): void {
    for (const op of ops) {
      if (op.kind === 'add-labels') {
        this.labels.push(...op.labels);
        this.writes++;
      } else if (op.kind === 'remove-label') {
        this.labels = this.labels.filter((l) => l.toLowerCase() !== op.label.toLowerCase());
        this.writes++;
      } else if (op.kind === 'upsert-comment') {
        const found = this.comments.find((c) => c.body.includes(op.marker));
        if (found && found.body === op.body) continue;
        if (found) found.body = op.body;
        else if (op.create !== false) this.comments.push({ id: this.next++, body: op.body });
        this.writes++;
      }
    }
  }
  view() {
    return { ours: this.comments.filter((c) => c.body.includes('<!-- epic-steward:escalation:')), complete: true };
  }
}

const config = defaultEscalationsConfig({
  label: 'escalated',
  mention: ['acme/leads'],
  'time-box': { priorities: [{ label: 'P0-Critical', within: '48h' }], 'from-body': false }
});

function sweepOnce(fake: FakeIssue, issue: IssueSnapshot, now: Date, cfg: EscalationsConfig = config) {
  const plan = planIssue({
    issue: issue.number,
    labels: fake.labels,
    findings: evaluateTime({ ...issue, labels: fake.labels }, cfg, now),
    owns: issue.open ? isTimeKey : () => true,
    comments: fake.view(),
    config: cfg,
    now,
    resolution: issue.open ? timeResolution : () => 'the issue was closed.'
  });
  fake.apply(plan.ops);
  return plan;
}

describe('a time escalation, end to end over the planner', () => {
  test('escalates once (label, then comment), a second sweep plans nothing, closing resolves and unlabels', () => {
    const issue = story();
    const fake = new FakeIssue(issue.labels);
    const first = sweepOnce(fake, issue, NOW);
    expect(first.ops.map((o) => o.kind)).toEqual(['add-labels', 'upsert-comment']);
    expect((first.ops[1] as CommentOp).absent).toBe(true);
    expect(first.records).toEqual([{ key: 'timebox:#14', issue: 14, trigger: 'timebox', state: 'open' }]);
    expect(fake.writes).toBe(2);
    const body = fake.comments[0]!.body;
    expect(body).toContain(escalationMarker('timebox:#14'));
    expect(body).toContain('| Deadline | 2025-01-13 09:00 UTC |');
    expect(body).toContain('| Elapsed | 2 d 1 h when escalated (2025-01-13 10:00 UTC) |');
    expect(body).toContain('cc @acme/leads');

    const later = new Date(NOW.getTime() + 3 * 3600_000);
    expect(sweepOnce(fake, issue, later).ops).toEqual([]);

    const closed = sweepOnce(fake, { ...issue, open: false }, later);
    expect(closed.ops.map((o) => o.kind)).toEqual(['upsert-comment', 'remove-label']);
    expect((closed.ops[0] as CommentOp).create).toBe(false);
    expect(closed.records).toEqual([{ key: 'timebox:#14', issue: 14, trigger: 'timebox', state: 'resolved' }]);
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]!.body).toContain('Resolved: #14 is past its time box');
    expect(fake.comments[0]!.body).toContain('the issue was closed.');
    expect(hasMention(fake.comments[0]!.body)).toBe(false);
    expect(fake.labels).not.toContain('escalated');
    expect(sweepOnce(fake, { ...issue, open: false }, later).ops).toEqual([]);
  });

  test('a label a person set, with no escalation of ours behind it, stays', () => {
    const fake = new FakeIssue(['escalated']);
    expect(sweepOnce(fake, story({ labels: ['escalated'], createdAt: hoursAgo(1) }), NOW).ops).toEqual([]);
  });

  test('a resolved escalation that holds again reopens the same comment', () => {
    const blocked = defaultEscalationsConfig({ stuck: { labels: [{ label: 'blocked', after: '6h' }] } });
    const fake = new FakeIssue(['blocked']);
    const issue = story({ labels: ['blocked'], events: [{ kind: 'labeled', at: hoursAgo(7), label: 'blocked' }] });
    sweepOnce(fake, issue, NOW, blocked);
    fake.labels = fake.labels.filter((l) => l !== 'blocked');
    const cleared = sweepOnce(fake, { ...issue, labels: fake.labels }, NOW, blocked);
    expect(cleared.records[0]!.state).toBe('resolved');
    expect(fake.comments[0]!.body).toContain('the label `blocked` is off');
    fake.labels.push('blocked');
    const again = new Date(NOW.getTime() + 7 * 3600_000);
    const reopened = sweepOnce(
      fake,
      { ...issue, events: [...issue.events, { kind: 'labeled', at: NOW.toISOString(), label: 'blocked' }] },
      again,
      blocked
    );
    expect(reopened.ops.map((o) => o.kind)).toEqual(['add-labels', 'upsert-comment']);
    expect((reopened.ops[1] as CommentOp).commentId).toBe(1);
    expect(fake.comments).toHaveLength(1);
    expect(readState(fake.comments[0]!.body)).toMatchObject({ state: 'open', at: again.toISOString() });
  });

  test('reminders: none before the period, one new comment per period, recorded in the escalation', () => {
    const reminding = { ...config, 'remind-every': '24h' };
    const fake = new FakeIssue(story().labels);
    sweepOnce(fake, story(), NOW, reminding);
    expect(sweepOnce(fake, story(), new Date(NOW.getTime() + 23 * 3600_000), reminding).ops).toEqual([]);
    const day = new Date(NOW.getTime() + 25 * 3600_000);
    const reminded = sweepOnce(fake, story(), day, reminding);
    expect(reminded.ops.map((o) => (o as CommentOp).marker)).toEqual([
      escalationMarker('timebox:#14'),
      '<!-- epic-steward:escalation:timebox:#14:reminder:1 -->'
    ]);
    expect(fake.comments[1]!.body).toContain('Reminder 1');
    expect(fake.comments[1]!.body).toContain('cc @acme/leads');
    expect(sweepOnce(fake, story(), day, reminding).ops).toEqual([]);
  });

  test('a comment the planner could not see is left to the executor to find', () => {
    const plan = planIssue({
      issue: 14,
      labels: [],
      findings: evaluateTime(story(), config, NOW),
      owns: isTimeKey,
      comments: { ours: [], complete: false },
      config,
      now: NOW,
      resolution: timeResolution
    });
    const op = plan.ops.find((o) => o.kind === 'upsert-comment') as CommentOp;
    expect(op.absent).toBeUndefined();
    expect(op.commentId).toBeUndefined();
  });
});

describe('threshold', () => {
  const cfg = defaultEscalationsConfig({ threshold: { mention: ['acme/qa'] } });
  const gates = (outcome: ReturnType<typeof gate>) => ({
    outcomes: [outcome],
    onDefaultBranch: false,
    pullRequest: 42
  });

  function run(fake: FakeIssue, outcome: ReturnType<typeof gate>) {
    const targets = thresholdTargets(gates(outcome), cfg.threshold);
    const keys = new Map(targets.map((t) => [t.key, t]));
    const plan = planIssue({
      issue: 42,
      labels: fake.labels,
      findings: targets.map((t) => thresholdFinding(t, cfg)).filter((f): f is Finding => !!f),
      owns: (k) => keys.has(k),
      comments: fake.view(),
      config: cfg,
      now: NOW,
      resolution: () => 'overall recovered: pass rate 91%.'
    });
    fake.apply(plan.ops);
    return plan;
  }

  test('62% -> 61% escalates on the PR with both figures; 91% resolves the same comment', () => {
    const fake = new FakeIssue([]);
    const first = run(fake, gate());
    expect(first.records).toEqual([{ key: 'threshold:overall:#42', issue: 42, trigger: 'threshold', state: 'open' }]);
    const body = fake.comments[0]!.body;
    expect(body).toContain('The pass rate fell from 62% (last recorded) to 61%');
    expect(body).toContain('| Pass rate now | 61% |');
    expect(body).toContain('| Last recorded | 62% |');
    expect(body).toContain('| Target | 90% |');
    expect(body).toContain('cc @acme/qa');
    expect(fake.labels).toEqual(['escalated']);
    expect(run(fake, gate()).ops).toEqual([]);

    const recovered = run(fake, gate({ verdict: 'pass', passRate: 0.91, reasons: [] }));
    expect(recovered.records).toEqual([
      { key: 'threshold:overall:#42', issue: 42, trigger: 'threshold', state: 'resolved' }
    ]);
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]!.body).toContain('Resolved');
    expect(fake.labels).toEqual([]);
  });

  test.each([
    ['a failing non-critical gate at its baseline does not escalate', gate({ passRate: 0.62 }), false],
    [
      'a failing critical gate escalates at once',
      gate({ passRate: 0.62, critical: true, name: 'backend-security' }),
      true
    ],
    [
      'below baseline escalates',
      gate({ passRate: 0.8, baselinePassRate: 0.85, previousPassRate: null, verdict: 'pass' }),
      true
    ],
    [
      'half a point below the last recorded value escalates without tolerance',
      gate({ passRate: 0.615, previousPassRate: 0.62, verdict: 'pass' }),
      true
    ],
    ['no data owns nothing', gate({ verdict: 'no-data', passRate: null }), false]
  ])('%s', (_, outcome, escalates) => {
    const targets = thresholdTargets(gates(outcome), cfg.threshold);
    expect(targets.some((t) => thresholdFinding(t, cfg))).toBe(escalates);
  });

  test('tolerance in percentage points', () => {
    const tolerant = defaultEscalationsConfig({ threshold: { tolerance: 1 } });
    const [target] = thresholdTargets(gates(gate({ passRate: 0.615, verdict: 'pass' })), tolerant.threshold);
    expect(thresholdFinding(target!, tolerant)).toBeUndefined();
  });

  test('epic escalations only from default-branch runs, keyed by gate on the epic', () => {
    const withEpic = defaultEscalationsConfig({ threshold: { epic: true } });
    const g = gate({ epic: 13 });
    expect(
      thresholdTargets({ outcomes: [g], onDefaultBranch: false, pullRequest: 42 }, withEpic.threshold).map((t) => t.key)
    ).toEqual(['threshold:overall:#42']);
    expect(thresholdTargets({ outcomes: [g], onDefaultBranch: true }, withEpic.threshold).map((t) => t.key)).toEqual([
      'threshold:overall:#13'
    ]);
  });
});

describe('untrusted text quoted in an escalation is inert', () => {
  const hostile = '@everyone <img src=x onerror=alert(1)> [click](https://evil.example)';
  test('issue title and body values', () => {
    const body = `**Timeline:** 1 hour ${hostile}\n**Estimated Time:** 1 hour ${hostile}`;
    const issue = story({ title: `Fix ${hostile}`, body, events: [{ kind: 'assigned', at: hoursAgo(5) }] });
    const fake = new FakeIssue([]);
    sweepOnce(fake, issue, NOW, defaultEscalationsConfig());
    expect(fake.comments).toHaveLength(2);
    for (const { body: text } of fake.comments) {
      expect(hasMention(text)).toBe(false);
      expect(text).not.toMatch(/<img/);
      expect(text).not.toMatch(/\]\(https:\/\/evil/);
    }
  });

  test('gate titles and reasons from reports', () => {
    const [target] = thresholdTargets(
      { outcomes: [gate({ title: hostile, reasons: [hostile] })], onDefaultBranch: false, pullRequest: 42 },
      defaultEscalationsConfig().threshold
    );
    const finding = thresholdFinding(target!, defaultEscalationsConfig())!;
    const text = finding.facts.map(([, v]) => v).join(' ') + finding.headline;
    expect(hasMention(text)).toBe(false);
    expect(text).not.toMatch(/<img|\]\(https/);
  });
});
