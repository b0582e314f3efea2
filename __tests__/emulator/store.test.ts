import { history, referencesIn, Store } from '../../src/emulator/store';

const fresh = () => {
  let now = new Date('2025-01-01T00:00:00Z');
  const store = new Store(() => now);
  const repo = store.addRepo({ owner: 'acme', name: 'app' });
  const tick = () => (now = new Date(now.getTime() + 1000));
  return { store, repo, tick };
};

describe('references GitHub turns into cross-references', () => {
  test.each([
    ['see #14', [{ repo: 'acme/app', number: 14 }]],
    [
      'Fixes acme/lib#3 and #4',
      [
        { repo: 'acme/lib', number: 3 },
        { repo: 'acme/app', number: 4 }
      ]
    ],
    ['https://github.com/Other/Repo/issues/7', [{ repo: 'other/repo', number: 7 }]],
    ['https://github.com/o/r/pull/8#issuecomment-1', [{ repo: 'o/r', number: 8 }]],
    ['#14 and again #14', [{ repo: 'acme/app', number: 14 }]],
    ['a&#14; entity, word#3, #0', []]
  ])('%s', (text, expected) => {
    expect(referencesIn(text, 'acme/app')).toEqual(expected);
  });
});

describe('sub-issues keep GitHub limits', () => {
  test('one parent, no cycles, no self', () => {
    const { store, repo } = fresh();
    const [a, b, c] = [1, 2, 3].map((n) => store.createIssue(repo, { number: n, title: `#${n}` }));
    expect(store.addSubIssue(repo, a!, b!)).toBeUndefined();
    expect(store.addSubIssue(repo, c!, b!)).toMatch(/one parent/);
    expect(store.addSubIssue(repo, b!, a!)).toMatch(/cycle/);
    expect(store.addSubIssue(repo, a!, a!)).toMatch(/own sub-issue/);
    // replace_parent moves the child and leaves the old parent without it.
    expect(store.addSubIssue(repo, c!, b!, true)).toBeUndefined();
    expect(a!.subIssues).toEqual([]);
    expect(c!.subIssues).toEqual([2]);
  });

  test('at most 100 children', () => {
    const { store, repo } = fresh();
    const parent = store.createIssue(repo, { number: 1, title: 'epic' });
    for (let n = 2; n <= 101; n++)
      expect(store.addSubIssue(repo, parent, store.createIssue(repo, { number: n, title: 's' }))).toBeUndefined();
    expect(store.addSubIssue(repo, parent, store.createIssue(repo, { number: 102, title: 's' }))).toMatch(
      /100 sub-issues/
    );
    expect(parent.subIssues).toHaveLength(100);
  });

  test('at most 8 levels', () => {
    const { store, repo } = fresh();
    const chain = Array.from({ length: 9 }, (_, i) => store.createIssue(repo, { number: i + 1, title: `level ${i}` }));
    for (let i = 1; i < 8; i++) expect(store.addSubIssue(repo, chain[i - 1]!, chain[i]!)).toBeUndefined();
    expect(store.depth(repo, chain[7]!)).toBe(7);
    expect(store.addSubIssue(repo, chain[7]!, chain[8]!)).toMatch(/8 levels/);
  });
});

describe('state changes record timeline events with the clock and the actor', () => {
  test('labels compare case-insensitively and events are recorded once', () => {
    const { store, repo, tick } = fresh();
    store.createLabel(repo, 'P0-Critical', 'B60205');
    const issue = store.createIssue(repo, { number: 1, title: 't' });
    store.addLabels(repo, issue, ['p0-critical', 'P0-CRITICAL', 'New'], 'bot');
    tick();
    expect(issue.labels).toEqual(['P0-Critical', 'New']);
    expect(store.label(repo, 'new')?.color).toBe('ededed');
    expect(store.removeLabel(repo, issue, 'NEW', 'zoe')).toBe(true);
    expect(store.removeLabel(repo, issue, 'new', 'zoe')).toBe(false);
    expect(issue.events.map((e) => [e.type, e.actor, e.createdAt])).toEqual([
      ['labeled', 'bot', '2025-01-01T00:00:00Z'],
      ['labeled', 'bot', '2025-01-01T00:00:00Z'],
      ['unlabeled', 'zoe', '2025-01-01T00:00:01Z']
    ]);
  });

  test.each([
    ['closed', 'not_planned', 'closed', 'not_planned', ['closed']],
    ['closed', undefined, 'closed', 'completed', ['closed']],
    ['open', undefined, 'open', null, []]
  ] as const)('open issue set to %s (%s)', (state, reason, wantState, wantReason, events) => {
    const { store, repo } = fresh();
    const issue = store.createIssue(repo, { number: 1, title: 't' });
    store.setState(issue, state, reason, 'bot');
    expect([issue.state, issue.stateReason, issue.events.map((e) => e.type)]).toEqual([wantState, wantReason, events]);
  });

  test('reopening says so, and a merge closes what the pull request closes, with it as closer', () => {
    const { store, repo } = fresh();
    const issue = store.createIssue(repo, { number: 1, title: 't' });
    store.setState(issue, 'closed', 'completed', 'bot');
    store.setState(issue, 'open', undefined, 'bot');
    expect([issue.stateReason, issue.closedAt]).toEqual(['reopened', null]);
    const pull = store.createIssue(repo, {
      number: 2,
      title: 'fix',
      pull: {
        merged: false,
        mergedAt: null,
        baseRef: 'main',
        headRef: 'f',
        headSha: 'h',
        baseSha: 'b',
        files: [],
        closingIssues: [1]
      }
    });
    store.merge(repo, pull, 'bot');
    expect([pull.state, pull.stateReason, pull.pull?.merged, issue.state]).toEqual(['closed', null, true, 'closed']);
    expect(issue.events.at(-1)).toMatchObject({ type: 'closed', closer: { repo: 'acme/app', number: 2 } });
  });

  test('mentions in bodies and comments cross-reference once per source', () => {
    const { store, repo } = fresh();
    const target = store.createIssue(repo, { number: 1, title: 't' });
    const source = store.createIssue(repo, { number: 2, title: 's' });
    store.setBody(repo, source, 'see #1', 'bot');
    store.addComment(repo, source, 'again #1, and #99 which does not exist', 'bot');
    store.setBody(repo, target, 'myself #1', 'bot');
    expect(target.events).toEqual([
      expect.objectContaining({ type: 'cross-referenced', source: { repo: 'acme/app', number: 2 } })
    ]);
  });

  test('the history is in time order, comments only on the timeline', () => {
    const { store, repo, tick } = fresh();
    const issue = store.createIssue(repo, { number: 1, title: 't' });
    tick();
    store.addComment(repo, issue, 'first', 'zoe');
    tick();
    store.addLabels(repo, issue, ['x'], 'bot');
    issue.events.push({ type: 'assigned', assignee: 'zoe', actor: 'bot', createdAt: '2024-12-31T00:00:00Z' });
    expect(history(issue, true).map((i) => ('comment' in i ? 'comment' : i.event.type))).toEqual([
      'assigned',
      'comment',
      'labeled'
    ]);
    expect(history(issue, false)).toHaveLength(2);
  });
});
