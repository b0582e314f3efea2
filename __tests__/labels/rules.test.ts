import { readFileSync } from 'node:fs';
import { parseConfig } from '../../src/config/parse';
import {
  boundedTest,
  compilePattern,
  evaluate,
  fileConditionHolds,
  MAX_TEXT,
  planLabels,
  priorityLabel,
  statedPriority
} from '../../src/labels/rules';

const config = parseConfig(readFileSync('examples/epic-steward.yml', 'utf8'), 'examples/epic-steward.yml');
const map = config.labels.priority.map;

describe('priority stated in an issue', () => {
  test.each([
    ['**Priority:** P0-CRITICAL (Production Blocker)', 'P0-Critical'],
    ['Priority: P1 (High)', 'P1-High'],
    ['- **Priority:** HIGH', 'P1-High'],
    ['priority - p2', 'P2-Medium'],
    ['### Priority\n\nP0\n\n### Area\n\nBackend', 'P0-Critical'],
    ['### Priority\n\n_No response_', undefined],
    ['No priority here. The priority of this work is unclear', undefined],
    ['**Priority:** urgent-ish', undefined],
    // Forms people and issue templates write.
    ['Priority: **P0**', 'P0-Critical'],
    ['**Priority**: High', 'P1-High'],
    ['Priority - P2', 'P2-Medium'],
    ['Priority — P2', 'P2-Medium'],
    ['Priority:P1', 'P1-High'],
    ['Priority：P1', 'P1-High'],
    ['\u00a0**Priority:**\u00a0P1', 'P1-High'],
    ['Priority: P1\u200b', 'P1-High'],
    ['**Priority:** P0\r\nOther', 'P0-Critical'],
    ['### Priority\r\n\r\nP1\r\n\r\n### Area', 'P1-High'],
    ['| Priority | P1 |', 'P1-High'],
    ['| Field | Value |\n| --- | --- |\n| **Priority** | P1 |', 'P1-High'],
    ['### Priority\n\nP1 - High', 'P1-High'],
    ['### Priority\n\nP2: Medium (Default)', 'P2-Medium'],
    ['### Priority level\n\nCritical', 'P0-Critical'],
    ['### 🔥 Priority\n\n🔴 Critical', 'P0-Critical'],
    ['Priority: :red_circle: P0', 'P0-Critical'],
    ['Priority: ~~P0~~ P1', 'P1-High'],
    ['### Priority\n<!-- pick one -->\nP1', 'P1-High'],
    ['## Priority\n- [ ] P0 (Critical)\n- [x] P1 (High)\n- [ ] P2 (Medium)', 'P1-High'],
    ['### Priority\n\nHigh\n\n### Notes\n\nPriority: low', 'P1-High'],
    ['```\nPriority: P0\n```\nPriority: P2', 'P2-Medium'],
    // Nothing stated: no label, and never a template's first option.
    ['```\nPriority: P0\n```', undefined],
    ['<!--\nPriority: P0\n-->', undefined],
    ['<!--\n### Priority\n\nP0\n-->', undefined],
    ['**Priority:** <!-- High, Medium, or Low -->', undefined],
    ['Priority: <P0|P1|P2>', undefined],
    ['Priority: [P0/P1/P2]', undefined],
    ['Priority: P0 / P1 / P2', undefined],
    ['Priority: P0, P1, P2 or P3', undefined],
    ['**Priority:** Low/Medium/High', undefined],
    ['**Priority:** 🔴 High | 🟠 Medium | 🟢 Low', undefined],
    ['Priority: (P0-P3)', undefined],
    ['Priority: P0 (if customer-facing) else P2', undefined],
    ['### Priority\n\nP0, P1', undefined],
    ['## Priority\n- [ ] P0 (Critical)\n- [ ] P1 (High)', undefined],
    ['## Priority\n- [x] P0 (Critical)\n- [X] P1 (High)', undefined],
    ['| Priority | Owner |\n| --- | --- |\n| P1 | alice |', undefined],
    ['| Priority | P0 | P1 | P2 |', undefined],
    ['this is a high priority for us', undefined],
    ['High priority: fix the login', undefined],
    ['Priority-low items go to the backlog', undefined],
    ['Priority: TBD', undefined]
  ])('%j → %s', (body, label) => {
    const stated = statedPriority('', body);
    expect(stated ? priorityLabel(stated, map) : undefined).toBe(label);
  });

  test('a title can state it too', () => {
    expect(priorityLabel(statedPriority('Priority: P1 login broken', '')!, map)).toBe('P1-High');
  });
});

describe('patterns', () => {
  test('/pattern/flags and plain patterns', () => {
    expect(compilePattern('/jwt/i').test('JWT token')).toBe(true);
    expect(compilePattern('database').test('DATABASE')).toBe(true);
    expect(() => compilePattern('/(unclosed/')).toThrow();
  });

  test('a catastrophic pattern on 1 MB is cut short at the deadline', () => {
    // Never ending uncut (2^1,000,000 paths), so its return at all is the proof: no clock here.
    expect(boundedTest(/(a+)+$/, 'a'.repeat(1_000_000) + '!', 100)).toBe('timeout');
  });
});

describe('changed files, with actions/labeler semantics', () => {
  const files = ['app/auth/jwt.py', 'tests/test_jwt.py', '.github/ci.yml'];
  test.each([
    [{ 'any-glob-to-any-file': ['app/auth/**'] }, true],
    [{ 'any-glob-to-all-files': ['app/**', 'tests/**'] }, false],
    [{ 'any-glob-to-all-files': ['app/**', 'tests/**', '.github/**'] }, true],
    [{ 'all-globs-to-any-file': ['app/**', '**/*.py'] }, true],
    [{ 'all-globs-to-any-file': ['app/**', '**/*.ts'] }, false],
    [{ 'all-globs-to-all-files': ['**'] }, true],
    [{ 'all-globs-to-all-files': ['**/*.py'] }, false],
    [{ 'any-glob-to-any-file': ['**/ci.yml'] }, true]
  ])('%j → %s', (condition, holds) => {
    expect(fileConditionHolds(condition, files)).toBe(holds);
  });
  test('no files: an all-files condition does not hold', () => {
    expect(fileConditionHolds({ 'any-glob-to-all-files': ['**'] }, [])).toBe(false);
  });
});

describe('evaluate and plan by delta', () => {
  const story = {
    number: 14,
    title: 'Story: Database Test Environment Configuration Fix',
    body: '**Priority:** P0-CRITICAL\n\nFix database connectivity in the test environment (Railway).',
    author: 'sarah'
  };

  test('the seed story gets its priority, areas and type', () => {
    const verdict = evaluate(config.labels, story);
    expect([...verdict.wanted.keys()].sort()).toEqual(['Backend', 'Data', 'P0-Critical', 'Story']);
  });

  test('a PR touching app/auth/jwt.py gets Backend and Auth', () => {
    const verdict = evaluate(config.labels, {
      number: 20,
      title: 'Include user_role',
      body: '',
      author: 'dev',
      files: ['app/auth/jwt.py']
    });
    expect([...verdict.wanted.keys()].sort()).toEqual(['Auth', 'Backend']);
  });

  test("adds what is missing, removes only owned labels, never a person's", () => {
    const verdict = evaluate(config.labels, story);
    const ops = planLabels(14, ['p1-high', 'needs-triage', 'Data'], verdict);
    expect(ops).toEqual([
      expect.objectContaining({ kind: 'add-labels', labels: ['P0-Critical', 'Backend', 'Story'] }),
      expect.objectContaining({ kind: 'remove-label', label: 'p1-high' })
    ]);
  });

  test('without a stated priority, the priority labels people set stay', () => {
    const verdict = evaluate(config.labels, { ...story, body: 'no priority' });
    expect(planLabels(14, ['P1-High', 'Story'], verdict)).toEqual([]);
  });

  test('a rule with sync removes its label when it stops holding; without sync it never removes', () => {
    const labels = {
      ...config.labels,
      priority: { ...config.labels.priority, enabled: false },
      rules: [
        { label: 'Data', body: ['database'], match: 'any' as const, sync: true },
        { label: 'Auth', body: ['jwt'], match: 'any' as const, sync: false }
      ]
    };
    const verdict = evaluate(labels, { ...story, body: 'nothing' });
    expect(planLabels(14, ['Data', 'Auth'], verdict)).toEqual([
      expect.objectContaining({ kind: 'remove-label', label: 'Data' })
    ]);
  });

  test('match: all needs every condition', () => {
    const labels = {
      ...config.labels,
      priority: { ...config.labels.priority, enabled: false },
      rules: [{ label: 'X', title: ['story'], body: ['nope'], match: 'all' as const, sync: false }]
    };
    expect(evaluate(labels, story).wanted.size).toBe(0);
  });

  test('a hostile rule is named as cut short', () => {
    const labels = {
      ...config.labels,
      rules: [{ label: 'Slow', body: ['/(a+)+$/'], match: 'any' as const, sync: false }]
    };
    const verdict = evaluate(labels, { ...story, body: 'a'.repeat(200_000) + '!' });
    expect(verdict.cutShort[0]).toMatch(
      /labels\.rules\[0\] \(Slow\): pattern .* took longer than 100 ms and was cut short/
    );
  });
});

describe('rules cut short, text bounds, inherited priorities', () => {
  const base = { ...config.labels, priority: { ...config.labels.priority, enabled: false } };
  const story = { number: 14, title: 'Story', body: 'aaaa', author: 'sarah' };

  test('a sync rule cut short neither adds nor removes its label', () => {
    const labels = {
      ...base,
      rules: [{ label: 'Slow', body: ['/(a+)+$/', 'aaaa'], match: 'any' as const, sync: true }]
    };
    const verdict = evaluate(labels, { ...story, body: 'a'.repeat(50_000) + '!' });
    expect(verdict.cutShort).toHaveLength(1);
    expect(verdict.wanted.has('Slow')).toBe(false);
    expect(planLabels(14, ['Slow'], verdict)).toEqual([]);
  });

  test('an invalid pattern is named and the rule left undecided', () => {
    const labels = { ...base, rules: [{ label: 'Bad', title: ['/(unclosed/'], match: 'any' as const, sync: true }] };
    const verdict = evaluate(labels, story);
    expect(verdict.cutShort[0]).toMatch(/labels\.rules\[0\] \(Bad\): invalid pattern/);
    expect(planLabels(14, ['Bad'], verdict)).toEqual([]);
  });

  test(`a text over ${MAX_TEXT / 1024} KiB is not tested, and the rule is named`, () => {
    const labels = { ...base, rules: [{ label: 'Big', body: ['/a$/'], match: 'any' as const, sync: false }] };
    const verdict = evaluate(labels, { ...story, body: 'a'.repeat(MAX_TEXT + 1) });
    expect(verdict.wanted.size).toBe(0);
    expect(verdict.cutShort[0]).toMatch(/\(Big\): the body is 257 KiB, over the 256 KiB/);
    expect(evaluate(labels, { ...story, body: 'a'.repeat(MAX_TEXT) }).wanted.has('Big')).toBe(true);
  });

  test('branch and author rules; a branch rule never holds on an issue', () => {
    const labels = {
      ...base,
      rules: [
        {
          label: 'hotfix',
          'head-branch': ['^hotfix/'],
          'base-branch': ['/^main$/'],
          match: 'all' as const,
          sync: false
        },
        { label: 'bot', authors: ['Dependabot[bot]'], match: 'any' as const, sync: false }
      ]
    };
    expect([
      ...evaluate(labels, {
        ...story,
        headBranch: 'HOTFIX/login',
        baseBranch: 'main',
        author: 'dependabot[bot]'
      }).wanted.keys()
    ]).toEqual(['hotfix', 'bot']);
    expect([
      ...evaluate(labels, { ...story, headBranch: 'hotfix/login', baseBranch: 'develop' }).wanted.keys()
    ]).toEqual([]);
    expect([...evaluate(labels, story).wanted.keys()]).toEqual([]);
  });

  test('match: all over title and body', () => {
    const labels = {
      ...base,
      rules: [{ label: 'X', title: ['story'], body: ['aaa'], match: 'all' as const, sync: false }]
    };
    expect(evaluate(labels, story).wanted.has('X')).toBe(true);
  });

  describe('inherited priority', () => {
    const prio = { ...config.labels, rules: [] };
    const inherited = new Map([
      ['P0-Critical', 'inherited from epic #13'],
      ['Week-1-Foundation', 'inherited from epic #13']
    ]);

    test("the issue's own priority wins over its epic's", () => {
      const verdict = evaluate(prio, { ...story, body: 'Priority: P1' }, inherited);
      expect([...verdict.wanted.keys()].sort()).toEqual(['P1-High', 'Week-1-Foundation']);
    });

    test("with none stated, the epic's is added unless a person already chose one", () => {
      const verdict = evaluate(prio, story, inherited);
      expect(planLabels(14, [], verdict)).toEqual([
        expect.objectContaining({ labels: ['P0-Critical', 'Week-1-Foundation'] })
      ]);
      expect(planLabels(14, ['p2-medium'], verdict)).toEqual([
        expect.objectContaining({ labels: ['Week-1-Foundation'] })
      ]);
    });

    test('inheritance removes only with sync, and never on a pull request', () => {
      const gone = new Map<string, string>();
      expect(planLabels(14, ['Week-1-Foundation'], evaluate(prio, story, gone))).toEqual([]);
      const synced = { ...prio, inherit: { ...prio.inherit, sync: true } };
      expect(planLabels(14, ['Week-1-Foundation'], evaluate(synced, story, gone))).toEqual([
        expect.objectContaining({ kind: 'remove-label', label: 'Week-1-Foundation' })
      ]);
      expect(planLabels(14, ['Week-1-Foundation'], evaluate(synced, story, undefined))).toEqual([]);
    });
  });
});

describe('the seed stories with the example config', () => {
  const seed = JSON.parse(readFileSync('examples/demo/seed.json', 'utf8')).repos[0];
  const issue = (n: number) => seed.issues.find((i: { number: number }) => i.number === n);
  const epicLabels = new Map([
    ['Week-1-Foundation', 'inherited from epic #13'],
    ['P0-Critical', 'inherited from epic #13']
  ]);
  test.each([
    [14, ['Backend', 'Data', 'P0-Critical', 'Story', 'Week-1-Foundation']],
    [15, ['Frontend', 'P0-Critical', 'Story', 'Week-1-Foundation']],
    [16, ['Auth', 'Backend', 'P0-Critical', 'Story', 'Week-1-Foundation']]
  ])('#%i gets the labels the seed lists', (n, labels) => {
    const { title, body } = issue(n);
    expect(
      [...evaluate(config.labels, { number: n, title, body, author: 'sarah' }, epicLabels).wanted.keys()].sort()
    ).toEqual(labels);
  });

  test('"author" is not an auth word', () => {
    expect(
      evaluate(config.labels, { number: 1, title: 'Docs', body: 'Ask the author', author: 'x' }).wanted.has('Auth')
    ).toBe(false);
  });
});
