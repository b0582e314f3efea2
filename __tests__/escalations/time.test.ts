import { defaultEscalationsConfig } from '../../src/escalations/config';
import { bodyEstimate, bodyField, bodyTimeline, evaluateTime, labelSince } from '../../src/escalations/time';
import { hoursAgo, NOW, story } from './fixtures';

const P0 = defaultEscalationsConfig({
  'time-box': { priorities: [{ label: 'P0-Critical', within: '48h' }], 'from-body': false }
});

describe('time box', () => {
  test.each([
    [49, 0, true],
    [48, 1, true],
    [48, 0, false],
    [47, 0, false]
  ])('the seeds P0 story open %ih%im escalates: %s', (h, m, escalates) => {
    const found = evaluateTime(story({ createdAt: hoursAgo(h, m) }), P0, NOW);
    expect(found.map((f) => f.key)).toEqual(escalates ? ['timebox:#14'] : []);
  });

  test('the finding names the trigger, the allowance, the deadline and the people from config only', () => {
    const config = defaultEscalationsConfig({
      mention: ['acme/leads'],
      'time-box': { priorities: [{ label: 'p0-critical', within: '2d' }], mention: ['@sarah'] }
    });
    const [finding] = evaluateTime(story(), config, NOW);
    expect(finding!.why).toContain('priority label `p0-critical` allows 48 h');
    expect(Object.fromEntries(finding!.facts)).toMatchObject({
      Opened: '2025-01-11 09:00 UTC',
      Deadline: '2025-01-13 09:00 UTC'
    });
    expect(finding!.mention).toEqual(['acme/leads', '@sarah']);
    expect(finding!.start?.toISOString()).toBe(hoursAgo(49));
  });

  test('the body timeline (upper bound) escalates earlier than the priority', () => {
    const config = defaultEscalationsConfig({ 'time-box': { priorities: [{ label: 'P0-Critical', within: '48h' }] } });
    const issue = story({ createdAt: hoursAgo(25), body: '**Timeline:** 12-24 hours\n' });
    const [finding] = evaluateTime(issue, config, NOW);
    expect(finding!.why).toContain("the body's timeline `12-24 hours` allows 24 h");
    expect(evaluateTime({ ...issue, createdAt: hoursAgo(23) }, config, NOW)).toEqual([]);
  });

  test('closed issues and issues without a time box never escalate', () => {
    expect(evaluateTime(story({ open: false }), P0, NOW)).toEqual([]);
    expect(evaluateTime(story({ labels: ['Story'] }), P0, NOW)).toEqual([]);
  });
});

describe('estimate overrun (2 hours + 50%)', () => {
  const body = '### 1. JWT Token Fix - Priority: HIGH\n- **Estimated Time:** 2 hours\n- **File:** `app/auth/jwt.py`\n';
  test.each([
    ['label', 3, 1, true],
    ['label', 2, 59, false],
    ['assignment', 3, 1, true],
    ['assignment', 2, 59, false]
  ])('work started by %s %ih%im ago escalates: %s', (how, h, m, escalates) => {
    const events =
      how === 'label'
        ? [{ kind: 'labeled' as const, at: hoursAgo(h, m), label: 'In-Progress' }]
        : [{ kind: 'assigned' as const, at: hoursAgo(h, m) }];
    const issue = story({
      body,
      createdAt: hoursAgo(100),
      labels: how === 'label' ? ['in-progress'] : [],
      assignees: how === 'assignment' ? 1 : 0,
      events
    });
    const found = evaluateTime(issue, defaultEscalationsConfig(), NOW);
    expect(found.map((f) => f.key)).toEqual(escalates ? ['estimate:#14'] : []);
  });

  test('the earliest start counts; no start, no overrun', () => {
    const issue = story({
      body,
      events: [
        { kind: 'assigned', at: hoursAgo(10) },
        { kind: 'labeled', at: hoursAgo(1), label: 'in-progress' }
      ]
    });
    expect(evaluateTime(issue, defaultEscalationsConfig(), NOW).map((f) => f.key)).toEqual(['estimate:#14']);
    const onlyLabel = defaultEscalationsConfig({ estimate: { 'started-by': ['label'] } });
    expect(evaluateTime(issue, onlyLabel, NOW)).toEqual([]);
    expect(evaluateTime(story({ body }), defaultEscalationsConfig(), NOW)).toEqual([]);
  });

  test('the allowed share is configurable', () => {
    const issue = story({ body, events: [{ kind: 'assigned', at: hoursAgo(2, 30) }] });
    expect(
      evaluateTime(issue, defaultEscalationsConfig({ estimate: { overrun: 20 } }), NOW).map((f) => f.trigger)
    ).toEqual(['estimate']);
    expect(evaluateTime(issue, defaultEscalationsConfig({ estimate: { overrun: 30 } }), NOW)).toEqual([]);
  });
});

describe('stuck under a label', () => {
  const config = defaultEscalationsConfig({ stuck: { labels: [{ label: 'blocked', after: '6h' }] } });
  test.each([
    [6, 1, true],
    [5, 59, false]
  ])('blocked %ih%im ago escalates: %s', (h, m, escalates) => {
    const issue = story({
      labels: ['Blocked'],
      createdAt: hoursAgo(100),
      events: [
        { kind: 'labeled', at: hoursAgo(30), label: 'blocked' },
        { kind: 'labeled', at: hoursAgo(h, m), label: 'blocked' }
      ]
    });
    expect(evaluateTime(issue, config, NOW).map((f) => f.key)).toEqual(escalates ? ['stuck:blocked:#14'] : []);
  });

  test('no escalation once the label is off', () => {
    expect(
      evaluateTime(
        story({ labels: [], events: [{ kind: 'labeled', at: hoursAgo(30), label: 'blocked' }] }),
        config,
        NOW
      )
    ).toEqual([]);
  });

  test('when the event is outside the window, the oldest event seen is a lower bound', () => {
    const issue = story({
      labels: ['blocked'],
      createdAt: hoursAgo(500),
      eventsComplete: false,
      events: [
        { kind: 'assigned', at: hoursAgo(5) },
        { kind: 'labeled', at: hoursAgo(4), label: 'x' }
      ]
    });
    expect(labelSince(issue, 'blocked')).toBe(Date.parse(hoursAgo(5)));
    expect(labelSince({ ...issue, eventsComplete: true }, 'blocked')).toBe(Date.parse(hoursAgo(500)));
  });
});

describe('fields in bodies', () => {
  test.each([
    ['**Timeline:** 12-24 hours', 'Timeline', '12-24 hours'],
    ['- **Estimated Time:** 2 hours', 'Estimated Time', '2 hours'],
    ['> __Estimate__: 3h', 'Estimate', '3h'],
    ['### Timeline\n\n2 days\n\n### Other', 'Timeline', '2 days'],
    ['```\nTimeline: 1 hour\n```\nTimeline: 5 hours', 'Timeline', '5 hours'],
    ['#### Timeline Expectations\n- **Database Fix (Story #14):** 12-24 hours', 'Timeline', undefined],
    ['### Estimated time\n\n3h', 'Estimated Time', '3h'],
    ['### Estimated time\r\n\r\n3h\r\n', 'Estimated Time', '3h'],
    ['### ⏳ Estimated Effort\n\n2d', 'Estimated Effort', '2d'],
    ['### Estimated time\n<!-- in hours -->\n3h', 'Estimated Time', '3h'],
    ['### Timeline\n\n_No response_\n\n### Other\n\n2 days', 'Timeline', undefined],
    ['Estimated Time - 2 hours', 'Estimated Time', '2 hours'],
    ['Estimated Time：2 hours', 'Estimated Time', '2 hours'],
    ['Estimated\u00a0Time:\u00a02 hours', 'Estimated Time', '2 hours'],
    ['| Timeline | 12-24 hours |', 'Timeline', '12-24 hours'],
    ['<!-- Timeline: 1 hour -->\nTimeline: 2 days', 'Timeline', '2 days'],
    ['<!--\nTimeline: 1 hour\n-->\nTimeline: 2 days', 'Timeline', '2 days'],
    ['~~~\nTimeline: 1 hour\n```\nTimeline: 3 hours\n~~~\nTimeline: 2 days', 'Timeline', '2 days'],
    ['**Timeline:**\n\nTimeline: 2 days', 'Timeline', '2 days'],
    ['Timeline-driven planning: 2 days', 'Timeline', undefined]
  ])('%p', (body, name, value) => expect(bodyField(body, [name])).toBe(value));

  test.each([
    ['**Timeline:** 12-24 hours', 24],
    ['**Timeline:** 12–24 hours', 24],
    ['**Timeline:** 12h-24h', 24],
    ['**Timeline:** 12~24 hours', 24],
    ['**Timeline:** 2 days', 48],
    ['### Timeline\n\n12 hours - 2 days', 48],
    ['| Timeline | 24-48h |', 48],
    ['**Timeline:** by Friday', undefined],
    ['**Timeline:** ASAP', undefined],
    ['```\n**Timeline:** 1 hour\n```', undefined]
  ])('time box %j: %p h', (body, hours) =>
    expect(bodyTimeline(body)?.ms).toBe(hours === undefined ? undefined : hours * 3600_000)
  );

  test.each([
    ['**Estimated Time:** 2h', 2],
    ['**Estimated Time:** 2 hrs', 2],
    ['**Estimated Time:** 1.5 days', 36],
    ['**Estimated Time:** 90 minutes', 1.5],
    ['**Estimated Time:** 2-3 hours', 3],
    ['**Estimated Time:** 1d 4h', 28],
    ['**Estimated Time:** ~2 hours', 2],
    ['### Estimated time\n\n3h', 3],
    ['**Estimated Time:** half a day', undefined],
    ['**Estimated Time:** <!-- e.g., 2h, 1d, 3d -->', undefined],
    ['## Time Estimate\n2-4 hours / 1 day / 2-3 days', undefined],
    ['### Estimated time\n\n_No response_', undefined]
  ])('estimate %j: %p h', (body, hours) =>
    expect(bodyEstimate(body)?.ms).toBe(hours === undefined ? undefined : hours * 3600_000)
  );

  test('the seeds: epic 24-48 hours, story 12-24 hours, estimates in hours', () => {
    expect(bodyTimeline('**Priority:** P0-CRITICAL (Production Blocker)  \n**Timeline:** 24-48 hours\n')?.ms).toBe(
      48 * 3600_000
    );
    expect(bodyEstimate('- **Estimated Time:** 1 hour  \n')?.ms).toBe(3600_000);
  });
});
