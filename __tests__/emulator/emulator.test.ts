import { getOctokit } from '@actions/github';
import { loadSeed, startEmulator, type Emulator } from '../../src/emulator';

const seed = {
  repos: [
    {
      owner: 'acme',
      name: 'app',
      labels: [{ name: 'Epic', color: '3e4b9e' }],
      issues: [
        { number: 1, title: 'Epic', body: '- [ ] #2\n- [ ] acme/app#3', labels: ['Epic'], subIssues: [2] },
        { number: 2, title: 'Story', body: 'Part of #1' },
        { number: 3, title: 'Other', state: 'closed' as const, stateReason: 'not_planned' as const }
      ],
      pulls: [{ number: 4, title: 'Fix', body: 'Fixes #2', merged: false, files: { count: 250, pattern: 'src/f{i}.ts' }, closingIssues: [2] }],
      contents: { '.github/epic-steward.yml': 'labels: {}\n' }
    }
  ]
};

let e: Emulator;
beforeEach(async () => {
  e = await startEmulator({ seed });
});
afterEach(async () => {
  await e.close();
});

const get = (path: string, init?: RequestInit) => fetch(`${e.url}${path}`, init);
const json = async (path: string, init?: RequestInit): Promise<any> => (await get(path, init)).json();
const send = (method: string, path: string, body: unknown) => get(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const gql = async (query: string, variables: Record<string, unknown> = {}) => json('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });

describe('REST', () => {
  test('issues, labels and GitHub status codes', async () => {
    expect((await json('/repos/acme/app/issues/2')).title).toBe('Story');
    expect((await get('/repos/acme/app/issues/99')).status).toBe(404);
    expect((await get('/repos/nobody/none')).status).toBe(404);
    const duplicate = await send('POST', '/repos/acme/app/labels', { name: 'epic', color: 'ffffff' });
    expect(duplicate.status).toBe(422);
    expect(((await duplicate.json()) as any).errors[0].code).toBe('already_exists');
    expect((await send('POST', '/repos/acme/app/labels', { name: 'x', color: 'red' })).status).toBe(422);
    // Adding a label the repository lacks creates it, as GitHub does.
    await send('POST', '/repos/acme/app/issues/2/labels', { labels: ['Backend'] });
    expect((await json('/repos/acme/app/labels/backend')).color).toBe('ededed');
    expect((await get('/repos/acme/app/issues/2/labels/Nope', { method: 'DELETE' })).status).toBe(404);
  });

  test('pagination with Link headers, per_page capped at 100, 3,000-file limit', async () => {
    const first = await get('/repos/acme/app/pulls/4/files?per_page=100');
    expect(((await first.json()) as unknown[]).length).toBe(100);
    expect(first.headers.get('link')).toMatch(/page=2.*rel="next".*page=3.*rel="last"/);
    const capped = await get('/repos/acme/app/pulls/4/files?per_page=500&page=3');
    expect(((await capped.json()) as unknown[]).length).toBe(50);
    expect(capped.headers.get('x-ratelimit-remaining')).toBeTruthy();
  });

  test('bodies over 65,536 characters are refused', async () => {
    expect((await send('PATCH', '/repos/acme/app/issues/2', { body: 'x'.repeat(65_537) })).status).toBe(422);
    expect((await send('POST', '/repos/acme/app/issues/2/comments', { body: 'x'.repeat(65_537) })).status).toBe(422);
  });

  test('state changes and mentions record timeline events', async () => {
    await send('PATCH', '/repos/acme/app/issues/2', { state: 'closed', state_reason: 'completed' });
    await send('POST', '/repos/acme/app/issues/3/comments', { body: 'see #2' });
    const timeline = await json('/repos/acme/app/issues/2/timeline');
    expect(timeline.map((t: any) => t.event)).toEqual(expect.arrayContaining(['cross-referenced', 'closed']));
    const refs = timeline.filter((t: any) => t.event === 'cross-referenced').map((t: any) => t.source.issue.number).sort();
    expect(refs).toEqual([1, 3, 4]);
  });

  test('sub-issues: one parent, 404 without one', async () => {
    expect((await json('/repos/acme/app/issues/2/parent')).number).toBe(1);
    expect((await get('/repos/acme/app/issues/1/parent')).status).toBe(404);
    const three = await json('/repos/acme/app/issues/3');
    const again = await send('POST', '/repos/acme/app/issues/2/sub_issues', { sub_issue_id: (await json('/repos/acme/app/issues/1')).id });
    expect(again.status).toBe(422); // a cycle
    expect((await send('POST', '/repos/acme/app/issues/1/sub_issues', { sub_issue_id: three.id })).status).toBe(201);
    expect((await json('/repos/acme/app/issues/1/sub_issues')).map((i: any) => i.number)).toEqual([2, 3]);
  });

  test('contents are base64 and a read-only token cannot write', async () => {
    const file = await json('/repos/acme/app/contents/.github/epic-steward.yml?ref=abc');
    expect(Buffer.from(file.content, 'base64').toString()).toBe('labels: {}\n');
    const refused = await get('/repos/acme/app/issues/2/comments', { method: 'POST', headers: { authorization: 'token read-only' }, body: '{"body":"x"}' });
    expect(refused.status).toBe(403);
  });

  test('check runs take at most 50 annotations a request and append on update', async () => {
    const annotations = (n: number) => Array.from({ length: n }, (_, i) => ({ path: 'a.ts', start_line: i + 1, end_line: i + 1, annotation_level: 'failure', message: 'm' }));
    expect((await send('POST', '/repos/acme/app/check-runs', { name: 'gates', head_sha: 'a'.repeat(40), conclusion: 'failure', output: { title: 't', summary: 's', annotations: annotations(51) } })).status).toBe(422);
    const run: any = await (await send('POST', '/repos/acme/app/check-runs', { name: 'gates', head_sha: 'a'.repeat(40), conclusion: 'failure', output: { title: 't', summary: 's', annotations: annotations(50) } })).json();
    await send('PATCH', `/repos/acme/app/check-runs/${run.id}`, { output: { title: 't', summary: 's', annotations: annotations(10) } });
    expect((await json(`/repos/acme/app/check-runs/${run.id}`)).output.annotations_count).toBe(60);
    const list = await json(`/repos/acme/app/commits/${'a'.repeat(40)}/check-runs?check_name=gates`);
    expect(list.total_count).toBe(1);
  });
});

describe('GraphQL on the published schema', () => {
  test('resolves the fields features use', async () => {
    const result = await gql(`query($n: Int!) { repository(owner: "acme", name: "app") {
      issue(number: $n) { number state stateReason(enableDuplicate: true) labels(first: 10) { nodes { name } }
        subIssues(first: 10) { totalCount nodes { number } } subIssuesSummary { total completed percentCompleted }
        parent { number }
        timelineItems(first: 10, itemTypes: [CROSS_REFERENCED_EVENT]) { nodes { ... on CrossReferencedEvent { source { ... on Issue { number } ... on PullRequest { number } } } } } }
      pullRequest(number: 4) { merged baseRefName closingIssuesReferences(first: 5) { nodes { number } } files(first: 2) { totalCount nodes { path } } } } }`, { n: 1 });
    expect(result.errors).toBeUndefined();
    const repo = result.data.repository;
    expect(repo.issue).toMatchObject({ number: 1, state: 'OPEN', stateReason: null, subIssuesSummary: { total: 1, completed: 0 } });
    expect(repo.pullRequest.closingIssuesReferences.nodes).toEqual([{ number: 2 }]);
    expect(repo.pullRequest.files.totalCount).toBe(250);
  });

  test('a query GitHub would reject is rejected', async () => {
    const result = await gql('{ repository(owner: "acme", name: "app") { issue(number: 1) { notAField } } }');
    expect(result.errors[0].message).toMatch(/notAField/);
    expect(result.data).toBeUndefined();
  });

  test('connections need first or last, at most 100', async () => {
    expect((await gql('{ repository(owner: "acme", name: "app") { issues { totalCount } } }')).errors[0].message).toMatch(/first.*last/);
    expect((await gql('{ repository(owner: "acme", name: "app") { issues(first: 101) { totalCount } } }')).errors[0].message).toMatch(/limit of 100/);
  });

  test('an unmodelled field is an explicit error, never a silent null', async () => {
    const result = await gql('{ repository(owner: "acme", name: "app") { issue(number: 1) { milestone { title } } } }');
    expect(result.errors[0].message).toBe('emulator: Issue.milestone is not implemented');
  });

  test('mutations are logged as such', async () => {
    const ids = await gql('{ repository(owner: "acme", name: "app") { issue(number: 1) { id } three: issue(number: 3) { id } } }');
    const { id, } = ids.data.repository.issue;
    await gql('mutation Add($a: ID!, $b: ID!) { addSubIssue(input: { issueId: $a, subIssueId: $b }) { issue { number } } }', { a: id, b: ids.data.repository.three.id });
    const entry = e.requests().find((r) => r.operationName === 'Add');
    expect(entry).toMatchObject({ mutation: true, status: 200 });
  });
});

describe('faults and clients', () => {
  test('Octokit paginates against it', async () => {
    const octokit = getOctokit('t', { baseUrl: e.url });
    const files = await octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { owner: 'acme', repo: 'app', pull_number: 4, per_page: 100 });
    expect(files).toHaveLength(250);
  });

  test('the fault rate is honoured, and faults change nothing', async () => {
    e.setFaults(0.5, ['500']);
    let failed = 0;
    for (let i = 0; i < 200; i++) if ((await get('/repos/acme/app/issues/1')).status === 500) failed += 1;
    expect(failed).toBeGreaterThan(60);
    expect(failed).toBeLessThan(140);
    e.setFaults(1, ['reset']);
    await expect(get('/repos/acme/app/issues/1')).rejects.toThrow();
    e.setFaults(1, ['secondary']);
    const secondary = await get('/repos/acme/app/issues/1');
    expect(secondary.status).toBe(403);
    expect(secondary.headers.get('retry-after')).toBe('1');
  });

  test('seeds load from YAML and JSON with clear errors', () => {
    expect(loadSeed('repos:\n  - owner: a\n    name: b\n', 's.yml').repos[0]!.owner).toBe('a');
    expect(() => loadSeed('{', 's.json')).toThrow(/s.json: not valid JSON/);
    expect(() => loadSeed('{}', 's.json')).toThrow(/repos/);
  });
});
