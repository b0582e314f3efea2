import { SEED, useEmulator } from './client';

// What GitHub refuses, the emulator refuses in every contract mode (issue 14, item 11).
const { e, send, json, gql } = useEmulator(() => ({ seed: SEED, contract: 'off' }));
const A = '/repos/acme/app';

describe('labels GitHub would refuse', () => {
  test.each([
    ['POST', `${A}/labels`, { name: 'x'.repeat(51), color: 'ffffff' }, 'name is too long (maximum is 50 characters)'],
    [
      'POST',
      `${A}/labels`,
      { name: 'ok', color: 'ffffff', description: 'd'.repeat(101) },
      'description is too long (maximum is 100 characters)'
    ],
    ['PATCH', `${A}/labels/Epic`, { new_name: 'y'.repeat(51) }, 'name is too long (maximum is 50 characters)']
  ])('%s %s -> 422', async (method, path, body, message) => {
    const res = await send(method, path, body);
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Label', code: 'custom', message }]
    });
    expect(
      e()
        .store.repo('acme', 'app')!
        .labels.map((l) => l.name)
    ).toEqual(['Epic', 'P0-Critical', 'blocked']);
  });

  test('50 characters (emoji counted as one) are fine', async () => {
    expect(
      (
        await send('POST', `${A}/labels`, {
          name: `${'x'.repeat(49)}🚀`,
          color: 'ffffff',
          description: 'd'.repeat(100)
        })
      ).status
    ).toBe(201);
  });

  test('GraphQL createLabel refuses a long name too', async () => {
    const { data } = await gql(`{ repository(owner: "acme", name: "app") { id } }`);
    const r = await gql(
      `mutation($id: ID!, $name: String!) { createLabel(input: { repositoryId: $id, name: $name, color: "ffffff" }) { label { name } } }`,
      { id: data.repository.id, name: 'z'.repeat(51) }
    );
    expect(r.errors[0].message).toMatch(/name is too long \(maximum is 50 characters\)/i);
  });
});

describe('contents at a ref', () => {
  test('an unknown branch is 404 "No commit found"; a commit SHA, a known branch and the default branch read', async () => {
    const unknown = await send('GET', `${A}/contents/.github%2Fepic-steward.yml?ref=no-such-branch`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ message: 'No commit found for the ref no-such-branch' });
    for (const ref of ['main', 'refs/heads/main', 'feature', 'a'.repeat(40)]) {
      expect(
        (await send('GET', `${A}/contents/.github%2Fepic-steward.yml?ref=${encodeURIComponent(ref)}`)).status
      ).toBe(200);
    }
  });
});

describe('state_reason without a change of state', () => {
  test('is ignored, as the description says', async () => {
    const res = await send('PATCH', `${A}/issues/3`, { state_reason: 'not_planned' });
    expect(res.status).toBe(200);
    expect((await json(`${A}/issues/3`)).state_reason).toBe('duplicate');
    await send('PATCH', `${A}/issues/3`, { state: 'closed', state_reason: 'not_planned' });
    expect((await json(`${A}/issues/3`)).state_reason).toBe('duplicate');
    await send('PATCH', `${A}/issues/2`, { state: 'closed', state_reason: 'not_planned' });
    expect((await json(`${A}/issues/2`)).state_reason).toBe('not_planned');
  });
});

describe('GraphQL pagination arguments', () => {
  const issues = (args: string) =>
    gql(`{ repository(owner: "acme", name: "app") { issues(${args}) { nodes { number } } } }`);
  test.each([
    ['first: 0', /must be within 1-100/],
    ['last: 0', /must be within 1-100/],
    ['first: 101', /exceeds the `first` limit of 100 records/],
    ['first: 5, last: 5', /Passing both `first` and `last`/]
  ])('%s is an error', async (args, message) => {
    const r = await issues(args);
    expect(r.errors?.[0]?.message).toMatch(message);
    expect(r.data?.repository?.issues ?? null).toBeNull();
  });

  test('first: 1 and last: 100 are fine', async () => {
    expect((await issues('first: 1')).data.repository.issues.nodes).toHaveLength(1);
    expect((await issues('last: 100')).errors).toBeUndefined();
  });
});

describe('sub-issues across repositories (item 12)', () => {
  test('a child in another repository of the same owner links both ways; another owner is refused', async () => {
    const store = e().store;
    const child = store.repo('acme', 'lib')!.issues.get(9)!;
    const added = await send('POST', `${A}/issues/1/sub_issues`, { sub_issue_id: child.id });
    expect(added.status).toBe(201);
    expect(((await added.json()) as any).sub_issues_summary.total).toBe(2);
    const listed = await json(`${A}/issues/1/sub_issues`);
    expect(listed.map((i: any) => [i.number, i.repository_url.replace(e().url, '')])).toEqual([
      [2, '/repos/acme/app'],
      [9, '/repos/acme/lib']
    ]);
    expect((await json('/repos/acme/lib/issues/9/parent')).html_url).toBe('https://github.com/acme/app/issues/1');
    expect((await json('/repos/acme/lib/issues/9')).parent_issue_url).toBe(`${e().url}/repos/acme/app/issues/1`);
    const { data } = await gql(
      '{ repository(owner: "acme", name: "app") { issue(number: 1) { subIssues(first: 5) { nodes { number repository { nameWithOwner } } } } } }'
    );
    expect(data.repository.issue.subIssues.nodes).toEqual([
      { number: 2, repository: { nameWithOwner: 'acme/app' } },
      { number: 9, repository: { nameWithOwner: 'acme/lib' } }
    ]);

    const stranger = store.createIssue(store.addRepo({ owner: 'other', name: 'x' }), { title: 'Elsewhere' });
    const refused = await send('POST', `${A}/issues/1/sub_issues`, { sub_issue_id: stranger.id });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toMatch(/same owner/);
    expect((await send('DELETE', `${A}/issues/1/sub_issue`, { sub_issue_id: child.id })).status).toBe(200);
    expect(child.parent).toBeNull();
  });
});
