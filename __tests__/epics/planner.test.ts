import { readFileSync } from 'node:fs';
import type { GateOutcome } from '../../src/core/shared';
import { defaultEpicsConfig, type EpicsConfig } from '../../src/epics/config';
import { renderBlock, type EpicFigures } from '../../src/epics/block';
import { BLOCK_END, BLOCK_START, isToolText, parseBody } from '../../src/checklist/markdown';
import { HANDOFF_MARKER, planEpic, type ChildState, type EpicSnapshot } from '../../src/epics/planner';
import { refKey } from '../../src/checklist/refs';

const repo = { owner: 'zebra-devops', repo: 'marketedge-frontend' };
const NOW = new Date('2025-01-12T10:00:00Z');
const SEED = readFileSync('__tests__/fixtures/seeds/epic-coordination.md', 'utf8');

const open: ChildState = { kind: 'issue', state: 'open' };
const completed: ChildState = { kind: 'issue', state: 'closed', reason: 'completed' };
const notPlanned: ChildState = { kind: 'issue', state: 'closed', reason: 'not_planned' };

function epic(body: string, extra: Partial<EpicSnapshot> = {}): EpicSnapshot {
  return {
    repo,
    number: 13,
    title: 'Infrastructure Configuration Resolution',
    body,
    state: 'open',
    labels: ['Epic'],
    subIssues: [],
    ...extra
  };
}

function children(states: Record<string, ChildState>): Map<string, ChildState> {
  return new Map(
    Object.entries(states).map(([k, v]) => [
      refKey(
        k.includes('/')
          ? { owner: k.split('/')[0]!, repo: k.split('/')[1]!.split('#')[0]!, number: Number(k.split('#')[1]) }
          : { ...repo, number: Number(k) }
      ),
      v
    ])
  );
}

function plan(
  body: string,
  states: Record<string, ChildState>,
  config: Partial<EpicsConfig> = {},
  extra: Partial<EpicSnapshot> = {},
  gates: GateOutcome[] = []
) {
  return planEpic({
    config: defaultEpicsConfig(config),
    epic: epic(body, extra),
    children: children(states),
    gates,
    serverUrl: 'https://github.com',
    now: NOW
  });
}

/** The body without the tool's block, to compare with the original. */
function withoutBlock(body: string): string {
  const start = body.indexOf(BLOCK_START);
  if (start < 0) return body;
  const end = body.indexOf(BLOCK_END, start) + BLOCK_END.length;
  return body.slice(0, start) + body.slice(end);
}

const seedConfig = {
  sections: ['Development Success'],
  handoff: {
    labels: ['ready-for-qa'],
    mention: ['qa-orchestrator', 'zebra-devops/qa'],
    comment: 'Ready for QA: {children} done. {mentions}',
    'reopened-comment': 'Withdrawn: {reopened} reopened. {mentions}',
    'close-epic': false
  }
};

describe('planning the seed epic #13', () => {
  test('closing #14 ticks exactly its box and appends the block', () => {
    const result = plan(SEED, { 14: completed, 15: open, 16: open, 4: open }, seedConfig);
    const line = '- [x] Story #14: Database connectivity fixed and validated';
    expect(result.body).toContain(line);
    const ticked = SEED.replace('- [ ] Story #14: Database connectivity fixed and validated', line);
    // The block is appended after the original text, separated by a blank line.
    expect(result.body.startsWith(ticked)).toBe(true);
    expect(result.body.slice(ticked.length)).toMatch(
      /^\n\n<!-- epic-steward:progress:start -->\n\*\*Progress: 1\/4 task items ticked · 25%\*\* · 1\/3 linked issues done `█{5}░{15}`/
    );
    expect(result.figures).toMatchObject({
      done: 1,
      total: 3,
      percent: 33,
      complete: false,
      sections: [{ name: 'Development Success', done: 1, total: 4 }]
    });
    expect(result.ops.map((o) => o.kind)).toEqual(['set-body']);
  });

  test('all stories done: the self line ticks, the handoff is planned once, between the body that records it pending and the body that settles it', () => {
    const first = plan(SEED, { 14: completed, 15: completed, 16: completed, 4: open }, seedConfig);
    expect(first.body).toContain('- [x] Epic #13: All infrastructure configuration issues resolved');
    expect(first.figures).toMatchObject({ done: 3, total: 3, percent: 100, complete: true });
    expect(first.transition).toBe('completed');
    expect(first.ops.map((o) => o.kind)).toEqual(['set-body', 'add-labels', 'upsert-comment', 'set-body']);
    expect((first.ops[0] as { body: string }).body).toContain('<!-- epic-steward:handoff done pending -->');
    expect(first.body).toContain('<!-- epic-steward:handoff done -->');
    // Stopped after the pending record: the next run makes the handoff's writes and settles it.
    const resumed = planEpic({
      config: defaultEpicsConfig(seedConfig),
      epic: epic((first.ops[0] as { body: string }).body),
      children: children({ 14: completed, 15: completed, 16: completed, 4: open }),
      gates: [],
      serverUrl: 'https://github.com',
      now: new Date('2025-01-13T00:00:00Z')
    });
    expect(resumed.ops.map((o) => o.kind)).toEqual(['add-labels', 'upsert-comment', 'set-body']);
    const comment = first.ops[2] as { body: string };
    expect(comment.body).toBe(
      `${HANDOFF_MARKER}\nReady for QA: #14, #15, #16 done. @qa-orchestrator, @zebra-devops/qa`
    );
    // The next run reads the recorded handoff: nothing to do, even at a later time.
    const again = planEpic({
      config: defaultEpicsConfig(seedConfig),
      epic: epic(first.body, { labels: ['Epic', 'ready-for-qa'] }),
      children: children({ 14: completed, 15: completed, 16: completed, 4: open }),
      gates: [],
      serverUrl: 'https://github.com',
      now: new Date('2025-01-13T00:00:00Z')
    });
    expect(again.ops).toEqual([]);
    expect(again.body).toBe(first.body);
  });

  test('reopening #15 after the handoff unticks it, removes the label and edits the comment', () => {
    const done = plan(SEED, { 14: completed, 15: completed, 16: completed, 4: open }, seedConfig).body;
    const result = plan(done, { 14: completed, 15: open, 16: completed, 4: open }, seedConfig, {
      labels: ['Epic', 'ready-for-qa']
    });
    expect(result.body).toContain('- [ ] Story #15: Frontend test environment operational  \n');
    expect(result.body).toContain('- [ ] Epic #13: All infrastructure configuration issues resolved');
    expect(result.transition).toBe('reopened');
    expect(result.ops.map((o) => o.kind)).toEqual(['set-body', 'remove-label', 'upsert-comment', 'set-body']);
    expect(result.ops[2]).toMatchObject({
      create: false,
      body: `${HANDOFF_MARKER}\nWithdrawn: #15 reopened. @qa-orchestrator, @zebra-devops/qa`
    });
    expect(withoutBlock(result.body).trimEnd()).toBe(
      SEED.replace('- [ ] Story #14', '- [x] Story #14').replace('- [ ] Story #16', '- [x] Story #16').trimEnd()
    );
  });

  test('close-epic closes on handoff and reopens only what it closed', () => {
    const config = { ...seedConfig, handoff: { ...seedConfig.handoff, 'close-epic': true } };
    const first = plan(SEED, { 14: completed, 15: completed, 16: completed, 4: open }, config);
    expect(first.ops.find((o) => o.kind === 'set-issue-state')).toMatchObject({
      state: 'closed',
      stateReason: 'completed'
    });
    expect(first.stateChange).toBe('closed');
    const reopened = plan(first.body, { 14: completed, 15: open, 16: completed, 4: open }, config, {
      state: 'closed',
      labels: ['Epic', 'ready-for-qa']
    });
    expect(reopened.ops.find((o) => o.kind === 'set-issue-state')).toMatchObject({ state: 'open' });
    // Closed by a person (no record of ours): left closed.
    const byPerson = plan(SEED, { 14: completed, 15: completed, 16: completed, 4: open }, config, { state: 'closed' });
    expect(byPerson.ops.some((o) => o.kind === 'set-issue-state')).toBe(false);
  });

  test('only the time stamp would change: nothing is written', () => {
    const first = plan(SEED, { 14: completed, 15: open, 16: open, 4: open }, seedConfig).body;
    const later = planEpic({
      config: defaultEpicsConfig(seedConfig),
      epic: epic(first),
      children: children({ 14: completed, 15: open, 16: open, 4: open }),
      gates: [],
      serverUrl: 'https://github.com',
      now: new Date('2026-05-01T00:00:00Z')
    });
    expect(later.ops).toEqual([]);
  });

  test('without a sections filter, #4 in "Process Success" is a child too', () => {
    const result = plan(SEED, { 14: completed, 15: completed, 16: completed, 4: open });
    expect(result.figures).toMatchObject({ done: 3, total: 4, complete: false });
  });

  test('a child that is missing from the snapshot stops the plan (read it first)', () => {
    const result = plan(SEED, { 14: completed }, seedConfig);
    expect(result.ops).toEqual([]);
    expect(result.missing.map((r) => r.number).sort()).toEqual([15, 16, 4].sort());
  });
});

describe('reference matching and policies', () => {
  test.each([
    ['#1 never matches #14', '- [ ] Story #14\n', { 1: completed, 14: open }, '- [ ] Story #14\n'],
    ['#14 does not tick #140', '- [ ] #140\n- [ ] #14\n', { 14: completed, 140: open }, '- [ ] #140\n- [x] #14\n'],
    [
      'another repository is another issue',
      '- [ ] other/repo#14\n- [ ] #14\n',
      { 14: completed, 'other/repo#14': open },
      '- [ ] other/repo#14\n- [x] #14\n'
    ],
    [
      'owner/repo case-insensitive',
      '* [ ] Zebra-Devops/MarketEdge-Frontend#14\n',
      { 14: completed },
      '* [x] Zebra-Devops/MarketEdge-Frontend#14\n'
    ],
    [
      'URL and link forms',
      '1. [ ] https://github.com/zebra-devops/marketedge-frontend/issues/14\n2. [ ] Fix login ([#15](https://github.com/zebra-devops/marketedge-frontend/issues/15))\n3. [ ] [Pull](https://github.com/zebra-devops/marketedge-frontend/pull/16)\n',
      { 14: completed, 15: completed, 16: { kind: 'pull', state: 'merged' } },
      '1. [x] https://github.com/zebra-devops/marketedge-frontend/issues/14\n2. [x] Fix login ([#15](https://github.com/zebra-devops/marketedge-frontend/issues/15))\n3. [x] [Pull](https://github.com/zebra-devops/marketedge-frontend/pull/16)\n'
    ],
    ['GH- form', '- [ ] GH-14 done\n', { 14: completed }, '- [x] GH-14 done\n'],
    ['inline code is not a reference', '- [ ] `#14` then #15\n', { 15: completed }, '- [x] `#14` then #15\n'],
    ['a PR closed unmerged ticks nothing', '- [x] #16\n', { 16: { kind: 'pull', state: 'closed' } }, '- [ ] #16\n'],
    [
      'reopened unticks, X included',
      '- [X] #14\n',
      { 14: { kind: 'issue', state: 'open', reason: 'reopened' } },
      '- [ ] #14\n'
    ],
    ['quoted and nested', '> - [ ] parent\n>   - [ ] #14\n', { 14: completed }, '> - [ ] parent\n>   - [x] #14\n'],
    ['CRLF preserved', '- [ ] #14\r\n- [ ] #15\r\n', { 14: completed, 15: open }, '- [x] #14\r\n- [ ] #15\r\n']
  ])('%s', (_name, body, states, expected) => {
    expect(withoutBlock(plan(body, states as Record<string, ChildState>).body).replace(/(\r?\n)+$/, '')).toBe(
      expected.replace(/(\r?\n)+$/, '')
    );
  });

  test("the appended block uses the body's CRLF line endings", () => {
    const body = plan('- [ ] #14\r\n', { 14: completed }).body;
    expect(body.replace(/\r\n/g, '')).not.toContain('\n');
  });

  test('an unreadable child keeps its line and is reported', () => {
    const result = plan('- [x] other/repo#3\n- [ ] #14\n', {
      'other/repo#3': { kind: 'unreadable', why: 'the repository cannot be read with this token' },
      14: completed
    });
    expect(result.body.startsWith('- [x] other/repo#3\n- [x] #14\n')).toBe(true);
    expect(result.figures).toMatchObject({
      done: 2,
      total: 2,
      unreadable: ['other/repo#3 (the repository cannot be read with this token)']
    });
    expect(result.body).toContain('**Could not read:** other/repo#3');
  });

  test.each([
    ['unticked', '- [ ] #14\n- [x] #15\n', { done: 1, total: 2, complete: false }],
    ['ticked', '- [x] #14\n- [x] #15\n', { done: 2, total: 2, complete: true }],
    ['strike', '- [ ] ~~#14~~\n- [x] #15\n', { done: 1, total: 1, complete: true }]
  ] as const)('not-planned policy %s', (policy, expected, figures) => {
    const result = plan('- [ ] #14\n- [ ] #15\n', { 14: notPlanned, 15: completed }, { 'not-planned': policy });
    expect(withoutBlock(result.body).trimEnd()).toBe(expected.trimEnd());
    expect(result.figures).toMatchObject({ ...figures, notPlanned: ['#14 (not planned)'] });
  });

  test('strike is undone when the child reopens', () => {
    const result = plan('- [ ] ~~Story #14~~\n', { 14: open }, { 'not-planned': 'strike' });
    expect(withoutBlock(result.body).trimEnd()).toBe('- [ ] Story #14');
  });

  test('native sub-issues count even when the body does not list them', () => {
    const result = plan('- [x] #14\n', { 14: completed, 20: open }, {}, { subIssues: [{ ...repo, number: 20 }] });
    expect(result.figures).toMatchObject({ done: 1, total: 2, unlisted: ['#20'] });
  });

  test("a child named in its body is appended to the configured section with the list's own prefix", () => {
    const body = '## Development Success\n\n* [ ] #14\n* [ ] #15\n\n## Other\n';
    const result = planEpic({
      config: defaultEpicsConfig({ 'append-section': 'development success' }),
      epic: epic(body),
      children: children({ 14: open, 15: open, 17: open }),
      gates: [],
      append: [{ ...repo, number: 17 }],
      serverUrl: 'https://github.com',
      now: NOW
    });
    expect(withoutBlock(result.body).trimEnd()).toBe(
      '## Development Success\n\n* [ ] #14\n* [ ] #15\n* [ ] #17\n\n## Other'
    );
  });
});

describe('metric lines bound to gates', () => {
  const gate = (verdict: GateOutcome['verdict'], passed: number, failed: number): GateOutcome => ({
    name: 'backend-security',
    title: 'Backend security tests',
    verdict,
    passRate: passed / (passed + failed),
    executionRate: 1,
    baselinePassRate: 0.85,
    targetPassRate: 1,
    baselineExecutionRate: null,
    targetExecutionRate: null,
    previousPassRate: null,
    totals: { tests: passed + failed, passed, failed, errored: 0, skipped: 0, flaky: 0, suiteErrors: 0 },
    critical: true,
    epicLine: 'backend security tests:  100% PASS rate achieved',
    epic: 13,
    reasons: []
  });

  test('a passing gate ticks its line with the measured value, idempotently', () => {
    const first = plan(SEED, { 14: open, 15: open, 16: open, 4: open }, { sections: ['Technical Success'] }, {}, [
      gate('pass', 227, 0)
    ]);
    expect(first.body).toContain('- [x] Backend security tests: 100% pass rate achieved (measured 100% · 227/227)\n');
    const second = planEpic({
      config: defaultEpicsConfig({ sections: ['Technical Success'] }),
      epic: epic(first.body),
      children: children({ 14: open, 15: open, 16: open, 4: open }),
      gates: [gate('pass', 230, 0)],
      serverUrl: 'https://github.com',
      now: NOW
    });
    expect(second.body).toContain('- [x] Backend security tests: 100% pass rate achieved (measured 100% · 230/230)\n');
    expect(second.body.match(/measured/g)).toHaveLength(1);
  });

  test('a failing gate unticks its line and shows the value', () => {
    const body = '- [x] Backend security tests: 100% pass rate achieved (measured 100% · 227/227)\n';
    const result = plan(body, {}, {}, {}, [gate('fail', 193, 34)]);
    expect(withoutBlock(result.body).trimEnd()).toBe(
      '- [ ] Backend security tests: 100% pass rate achieved (measured 85% · 193/227)'
    );
  });

  test('a gate bound to another epic leaves this one alone', () => {
    const result = plan('- [ ] Backend security tests: 100% pass rate achieved\n', {}, {}, { number: 99 }, [
      gate('pass', 1, 0)
    ]);
    expect(withoutBlock(result.body).trimEnd()).toBe('- [ ] Backend security tests: 100% pass rate achieved');
  });
});

describe('the block', () => {
  test('is replaced in place, wherever a person moved it', () => {
    const first = plan('Intro\n\n- [ ] #14\n', { 14: open }).body;
    const moved = first.replace('Intro\n\n', '').replace('- [ ] #14\n', '') + '\n\nIntro text\n\n- [ ] #14\n';
    const result = plan(moved, { 14: completed });
    expect(result.body.indexOf(BLOCK_START)).toBe(moved.indexOf(BLOCK_START));
    expect(result.body.split(BLOCK_START)).toHaveLength(2);
    expect(result.body).toContain('- [x] #14');
  });

  test('is not appended when the body ends inside an open code fence', () => {
    const result = plan('- [ ] #14\n\n```\nunclosed\n', { 14: completed });
    expect(result.body).toBe('- [x] #14\n\n```\nunclosed\n');
    expect(result.blockProblem).toMatch(/unclosed/);
  });

  test("every shape of block the tool renders is recognised as the tool's own text", () => {
    const figures: EpicFigures = {
      number: 1,
      done: 1,
      total: 3,
      percent: 33,
      complete: false,
      items: { done: 2, total: 5 },
      doneWhen: 'all-items',
      sections: [
        { name: 'a | <b>', done: 1, total: 2 },
        { name: '', done: 0, total: 1 }
      ],
      notPlanned: ['#4 (duplicate)'],
      unreadable: ['o/r#3 (no access)'],
      unlisted: ['#9']
    };
    for (const record of [
      { handedOff: false, closedByTool: false },
      { handedOff: true, closedByTool: true }
    ]) {
      for (const eol of ['\n', '\r\n']) {
        for (const shape of [
          figures,
          { ...figures, doneWhen: 'all-stories' as const },
          { ...figures, sections: [], notPlanned: [], unreadable: [], unlisted: [], complete: true }
        ]) {
          const block = renderBlock(shape, record, '2025-01-12 10:00 UTC', eol);
          expect(isToolText(block.slice(BLOCK_START.length, block.length - BLOCK_END.length))).toBe(true);
        }
      }
    }
  });

  test('an issue with no task items and no sub-issues gets no block', () => {
    expect(plan('Just prose about #14.\n', { 14: completed }).ops).toEqual([]);
  });

  test('the parsed items are the same after the block is added', () => {
    const result = plan(SEED, { 14: completed }, seedConfig);
    const ctx = { repo, serverUrl: 'https://github.com' };
    expect(parseBody(result.body, ctx).tasks.length).toBe(parseBody(SEED, ctx).tasks.length);
  });
});

describe('appending a child that names its epic', () => {
  test('the appended line is ticked when the child is done and counts in the same write', () => {
    const body = '## Development Success\n\n- [ ] #14\n\n## Process\n\n- [ ] plain\n';
    const input = {
      config: defaultEpicsConfig({ 'append-section': 'Development Success' }),
      children: children({ 14: completed, 17: completed }),
      gates: [],
      append: [{ ...repo, number: 17 }],
      serverUrl: 'https://github.com',
      now: NOW
    };
    const first = planEpic({ ...input, epic: epic(body) });
    expect(withoutBlock(first.body).trimEnd()).toBe(
      '## Development Success\n\n- [ ] #14\n- [x] #17\n\n## Process\n\n- [ ] plain'.replace('- [ ] #14', '- [x] #14')
    );
    expect(first.figures).toMatchObject({
      done: 2,
      total: 2,
      sections: [
        { name: 'Development Success', done: 2, total: 2 },
        { name: 'Process', done: 0, total: 1 }
      ]
    });
    // Planning again from the written body changes nothing: one write was enough.
    expect(planEpic({ ...input, epic: epic(first.body) }).ops).toEqual([]);
  });
});
