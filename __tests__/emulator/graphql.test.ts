import { useEmulator } from './client';

const { e, gql } = useEmulator();
const REPO = 'repository(owner: "acme", name: "app")';
const ids = async () => {
  const r = await gql(
    `{ ${REPO} { one: issue(number: 1) { id } two: issue(number: 2) { id } three: issue(number: 3) { id } pull: pullRequest(number: 4) { id } label(name: "blocked") { id } epic: label(name: "epic") { id } } }`
  );
  const x = r.data.repository;
  return { one: x.one.id, two: x.two.id, three: x.three.id, pull: x.pull.id, blocked: x.label.id, epic: x.epic.id };
};

describe('queries on the published schema', () => {
  test('issues: state, reasons, labels, sub-issues, parent, comments, timeline', async () => {
    const r = await gql(
      `query Read($n: Int!) { ${REPO} {
      nameWithOwner defaultBranchRef { name target { oid } }
      issue(number: $n) { number state stateReason labels(first: 10) { totalCount nodes { name color description } }
        assignees(first: 5) { nodes { login } } author { login } repository { nameWithOwner }
        subIssues(first: 10) { totalCount nodes { number } } subIssuesSummary { total completed percentCompleted } parent { number } }
      dup: issue(number: 3) { stateReason(enableDuplicate: true) plain: stateReason closedAt }
      two: issue(number: 2) { parent { number } comments(last: 1) { totalCount nodes { databaseId body author { login } createdAt } }
        timelineItems(first: 10) { totalCount nodes { __typename ... on CrossReferencedEvent { isCrossRepository willCloseTarget source { __typename ... on Issue { number } ... on PullRequest { number } } }
          ... on LabeledEvent { label { name } actor { login } } ... on AssignedEvent { assignee { ... on User { login } } } ... on IssueComment { body } } } } } }`,
      { n: 1 }
    );
    expect(r.errors).toBeUndefined();
    const repo = r.data.repository;
    expect(repo.defaultBranchRef.target.oid).toMatch(/^[0-9a-f]{40}$/);
    expect(repo.issue).toMatchObject({
      number: 1,
      state: 'OPEN',
      stateReason: null,
      labels: {
        totalCount: 2,
        nodes: [{ name: 'Epic', color: '3e4b9e', description: 'Groups stories' }, { name: 'P0-Critical' }]
      }
    });
    expect(repo.issue).toMatchObject({
      assignees: { nodes: [{ login: 'sarah' }] },
      subIssues: { totalCount: 1, nodes: [{ number: 2 }] },
      subIssuesSummary: { total: 1, completed: 0, percentCompleted: 0 },
      parent: null
    });
    expect(repo.dup).toMatchObject({ stateReason: 'DUPLICATE', plain: 'NOT_PLANNED' });
    expect(repo.two.comments).toMatchObject({ totalCount: 1, nodes: [{ body: 'started', author: { login: 'zoe' } }] });
    expect(repo.two.timelineItems.nodes.map((n: any) => n.__typename)).toEqual([
      'CrossReferencedEvent',
      'AssignedEvent',
      'IssueComment',
      'LabeledEvent',
      'CrossReferencedEvent',
      'CrossReferencedEvent'
    ]);
    expect(repo.two.timelineItems.nodes[4]).toMatchObject({
      isCrossRepository: false,
      willCloseTarget: true,
      source: { __typename: 'PullRequest', number: 4 }
    });
    expect(repo.two.timelineItems.nodes[5]).toMatchObject({
      isCrossRepository: true,
      source: { __typename: 'Issue', number: 9 }
    });
  });

  test('pull requests: merged, refs, closing references, files up to 3,000', async () => {
    const r = await gql(`{ ${REPO} { pullRequest(number: 4) { state merged closed baseRefName headRefOid changedFiles
      closingIssuesReferences(first: 5) { nodes { number } } files(first: 100, after: "Y3Vyc29yOnYyOjI5MDA=") { totalCount pageInfo { hasNextPage } nodes { path } } }
      issueOrPullRequest(number: 4) { __typename } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.repository.pullRequest).toMatchObject({
      state: 'OPEN',
      merged: false,
      closed: false,
      baseRefName: 'main',
      headRefOid: 'a'.repeat(40),
      changedFiles: 3000,
      closingIssuesReferences: { nodes: [{ number: 2 }] }
    });
    expect(r.data.repository.pullRequest.files).toMatchObject({ totalCount: 3000, pageInfo: { hasNextPage: false } });
    expect(r.data.repository.pullRequest.files.nodes).toHaveLength(99);
    expect(r.data.repository.issueOrPullRequest.__typename).toBe('PullRequest');
  });

  test('connections page with cursors, forwards and backwards, and filter like GitHub', async () => {
    const page = (args: string) =>
      gql(
        `{ ${REPO} { issues(${args}) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { number } } } } }`
      );
    const first = await page('first: 2');
    expect(first.data.repository.issues.edges.map((x: any) => x.node.number)).toEqual([1, 2]);
    const next = await page(`first: 2, after: "${first.data.repository.issues.pageInfo.endCursor}"`);
    expect([
      next.data.repository.issues.edges.map((x: any) => x.node.number),
      next.data.repository.issues.pageInfo.hasNextPage
    ]).toEqual([[3], false]);
    expect((await page('last: 1')).data.repository.issues.edges.map((x: any) => x.node.number)).toEqual([3]);
    expect(
      (
        await page(
          'first: 5, states: [OPEN], labels: ["blocked", "EPIC"], orderBy: { field: CREATED_AT, direction: DESC }'
        )
      ).data.repository.issues.edges.map((x: any) => x.node.number)
    ).toEqual([2, 1]);
    expect((await page('first: 5, filterBy: { assignee: "sarah" }')).data.repository.issues.totalCount).toBe(1);
    expect((await page('first: 5, filterBy: { createdBy: "zoe" }')).errors[0].message).toBe(
      'emulator: IssueFilters.createdBy is not implemented'
    );
    expect((await page('first: 1, after: "bogus"')).errors[0].message).toMatch(/valid cursor/);
  });

  test('node and nodes resolve issues, pull requests, labels and comments; an unknown id is a null with an error', async () => {
    const { two, pull, blocked } = await ids();
    const r = await gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Issue { number } ... on PullRequest { number } ... on Label { name } } }`,
      { ids: [two, pull, blocked, 'nope'] }
    );
    expect(r.data.nodes).toEqual([
      { __typename: 'Issue', number: 2 },
      { __typename: 'PullRequest', number: 4 },
      { __typename: 'Label', name: 'blocked' },
      null
    ]);
    expect(r.errors).toEqual([expect.objectContaining({ path: ['nodes', 3], type: 'NOT_FOUND' })]);
    const missing = await gql('{ repository(owner: "acme", name: "nope") { id } }');
    expect([missing.data.repository, missing.errors[0].type]).toEqual([null, 'NOT_FOUND']);
  });

  test('rateLimit reports the graphql window', async () => {
    await gql('{ viewer { login } }');
    const r = await gql('{ rateLimit { limit remaining used cost resetAt } viewer { login } }');
    expect(r.data.rateLimit).toMatchObject({ limit: 5000, used: 2, remaining: 4998, cost: 1 });
    expect(r.data.viewer.login).toBe('github-actions[bot]');
  });
});

describe('what GitHub would reject is rejected', () => {
  test.each([
    [
      'an unknown field',
      `{ ${REPO} { issue(number: 1) { notAField } } }`,
      /Cannot query field "notAField" on type "Issue"/
    ],
    ['a missing argument', `{ ${REPO} { issue { number } } }`, /argument "number" of type "Int!" is required/],
    [
      'a wrong enum',
      `{ ${REPO} { issues(first: 1, states: [DONE]) { totalCount } } }`,
      /Value "DONE" does not exist in "IssueState" enum/
    ],
    ['a syntax error', `{ ${REPO} { issue(number: 1) { number }`, /Syntax Error/],
    ['an undefined variable', `{ ${REPO} { issue(number: $n) { number } } }`, /Variable "\$n" is not defined/]
  ])('%s', async (_name, query, message) => {
    const r = await gql(query);
    expect(r.errors[0].message).toMatch(message);
    expect(r.data).toBeUndefined();
  });

  test.each([
    [
      'no first or last',
      'issues { totalCount }',
      /You must provide a `first` or `last` value to properly paginate the `issues` connection/,
      'MISSING_PAGINATION_BOUNDARIES'
    ],
    [
      'over 100',
      'issues(first: 101) { totalCount }',
      /exceeds the `first` limit of 100 records/,
      'EXCESSIVE_PAGINATION'
    ],
    [
      'an unmodelled field',
      'issue(number: 1) { projectItems(first: 1) { totalCount } }',
      /^emulator: Issue\.projectItems is not implemented$/,
      'NOT_IMPLEMENTED'
    ],
    [
      'an unmodelled timeline type',
      'issue(number: 1) { timelineItems(first: 1, itemTypes: [MILESTONED_EVENT]) { totalCount } }',
      /MILESTONED_EVENT is not implemented/,
      undefined
    ]
  ])('%s is an explicit error, never a silent null', async (_name, selection, message, type) => {
    const r = await gql(`{ ${REPO} { ${selection} } }`);
    expect(r.errors[0].message).toMatch(message);
    if (type) expect(r.errors[0].type).toBe(type);
  });
});

describe('mutations', () => {
  test('labels, state, body, comments: each returns the updated object and records events', async () => {
    const { two, epic, blocked } = await ids();
    const m = (q: string, v: Record<string, unknown>) => gql(`mutation ${q}`, v);
    let r = await m(
      'Label($id: ID!, $l: [ID!]!) { addLabelsToLabelable(input: { labelableId: $id, labelIds: $l }) { labelable { ... on Issue { labels(first: 5) { nodes { name } } } } } }',
      { id: two, l: [epic] }
    );
    expect(r.data.addLabelsToLabelable.labelable.labels.nodes.map((l: any) => l.name)).toEqual(['blocked', 'Epic']);
    r = await m(
      'Unlabel($id: ID!, $l: [ID!]!) { removeLabelsFromLabelable(input: { labelableId: $id, labelIds: $l }) { labelable { ... on Issue { labels(first: 5) { nodes { name } } } } } }',
      { id: two, l: [blocked] }
    );
    expect(r.data.removeLabelsFromLabelable.labelable.labels.nodes.map((l: any) => l.name)).toEqual(['Epic']);
    r = await m(
      'Close($id: ID!) { closeIssue(input: { issueId: $id, stateReason: NOT_PLANNED }) { issue { state stateReason closed } } }',
      { id: two }
    );
    expect(r.data.closeIssue.issue).toEqual({ state: 'CLOSED', stateReason: 'NOT_PLANNED', closed: true });
    r = await m('Reopen($id: ID!) { reopenIssue(input: { issueId: $id }) { issue { state stateReason } } }', {
      id: two
    });
    expect(r.data.reopenIssue.issue).toEqual({ state: 'OPEN', stateReason: 'REOPENED' });
    r = await m(
      'Edit($id: ID!) { updateIssue(input: { id: $id, title: "Renamed", body: "see #3" }) { issue { title body } } }',
      { id: two }
    );
    expect(r.data.updateIssue.issue).toEqual({ title: 'Renamed', body: 'see #3' });
    r = await m(
      'Say($id: ID!) { addComment(input: { subjectId: $id, body: "hello" }) { commentEdge { node { id body author { __typename login } } } } }',
      { id: two }
    );
    const comment = r.data.addComment.commentEdge.node;
    // GraphQL spells a bot without the `[bot]` suffix REST gives it, and types it Bot.
    expect(comment).toMatchObject({ body: 'hello', author: { __typename: 'Bot', login: 'github-actions' } });
    r = await m(
      'Resay($id: ID!) { updateIssueComment(input: { id: $id, body: "hello again" }) { issueComment { body lastEditedAt } } }',
      { id: comment.id }
    );
    expect(r.data.updateIssueComment.issueComment.body).toBe('hello again');
    const issue = e().store.repo('acme', 'app')!.issues.get(2)!;
    expect(issue.events.map((x) => x.type).slice(-4)).toEqual(['labeled', 'unlabeled', 'closed', 'reopened']);
    expect(
      e()
        .store.repo('acme', 'app')!
        .issues.get(3)!
        .events.some((x) => x.type === 'cross-referenced')
    ).toBe(true);
  });

  test('sub-issues keep their limits; refusals change nothing', async () => {
    const { one, two, three } = await ids();
    const add = (a: string, b: string) =>
      gql(
        'mutation Add($a: ID!, $b: ID!) { addSubIssue(input: { issueId: $a, subIssueId: $b }) { issue { subIssuesSummary { total } } subIssue { number parent { number } } } }',
        { a, b }
      );
    expect((await add(two, one)).errors[0].message).toMatch(/cycle/);
    expect((await add(three, two)).errors[0].message).toMatch(/one parent/);
    const ok = await add(one, three);
    expect(ok.data.addSubIssue).toEqual({
      issue: { subIssuesSummary: { total: 2 } },
      subIssue: { number: 3, parent: { number: 1 } }
    });
    const removed = await gql(
      'mutation Remove($a: ID!, $b: ID!) { removeSubIssue(input: { issueId: $a, subIssueId: $b }) { issue { subIssues(first: 5) { nodes { number } } } } }',
      { a: one, b: two }
    );
    expect(removed.data.removeSubIssue.issue.subIssues.nodes).toEqual([{ number: 3 }]);
  });

  test('bodies over 65,536 characters, unknown input fields and read-only tokens are refused', async () => {
    const { two } = await ids();
    const long = await gql(
      'mutation($id: ID!, $b: String!) { addComment(input: { subjectId: $id, body: $b }) { clientMutationId } }',
      { id: two, b: 'x'.repeat(65_537) }
    );
    expect(long.errors[0].message).toMatch(/too long/);
    const unknown = await gql(
      'mutation($id: ID!) { updateIssue(input: { id: $id, milestoneId: "M_1" }) { clientMutationId } }',
      { id: two }
    );
    expect(unknown.errors[0].message).toBe('emulator: UpdateIssueInput.milestoneId is not implemented');
    const forbidden = await gql(
      'mutation($id: ID!) { closeIssue(input: { issueId: $id }) { clientMutationId } }',
      { id: two },
      'read-only'
    );
    expect([forbidden.data.closeIssue, forbidden.errors[0].type, forbidden.errors[0].message]).toEqual([
      null,
      'FORBIDDEN',
      'Resource not accessible by integration'
    ]);
    expect(e().store.repo('acme', 'app')!.issues.get(2)!.comments).toHaveLength(1);
    expect(e().store.repo('acme', 'app')!.issues.get(2)!.state).toBe('open');
  });

  test('the request log names the operation and tells mutations', async () => {
    const { one } = await ids();
    await gql('mutation Say($id: ID!) { addComment(input: { subjectId: $id, body: "x" }) { clientMutationId } }', {
      id: one
    });
    await gql('query { viewer { login } }');
    const log = e()
      .requests()
      .filter((r) => r.path === '/graphql');
    expect(log.map((r) => [r.operationName, r.mutation, r.status])).toEqual([
      [undefined, false, 200],
      ['Say', true, 200],
      [undefined, false, 200]
    ]);
  });
});
