import { unzipSync, strFromU8 } from 'fflate';
import { useEmulator } from './client';

const { e, get, send, json } = useEmulator();
const body = async (res: Response | Promise<Response>): Promise<any> => (await res).json();

describe('status codes and error shapes', () => {
  test.each([
    ['GET', '/repos/acme/app/issues/99', undefined, 404],
    ['GET', '/repos/nobody/none', undefined, 404],
    ['GET', '/repos/acme/app/nothing-here', undefined, 404],
    ['GET', '/repos/acme/app/pulls/2', undefined, 404],
    ['GET', '/repos/acme/app/issues/1/parent', undefined, 404],
    ['GET', '/repos/acme/app/contents/missing.yml', undefined, 404],
    ['DELETE', '/repos/acme/app/issues/1/labels/blocked', undefined, 404],
    ['POST', '/repos/acme/app/labels', { name: 'EPIC', color: 'ffffff' }, 422],
    ['POST', '/repos/acme/app/labels', { name: 'x', color: 'red' }, 422],
    ['POST', '/repos/acme/app/labels', { color: 'ffffff' }, 422],
    ['POST', '/repos/acme/app/issues', { body: 'no title' }, 422],
    ['PATCH', '/repos/acme/app/issues/2', { state: 'done' }, 422],
    ['PATCH', '/repos/acme/app/issues/2', { state: 'closed', state_reason: 'because' }, 422],
    ['PATCH', '/repos/acme/app/issues/2', { body: 'x'.repeat(65_537) }, 422],
    ['POST', '/repos/acme/app/issues/2/comments', { body: 'x'.repeat(65_537) }, 422],
    ['POST', '/repos/acme/app/issues/2/comments', {}, 422],
    ['PATCH', '/repos/acme/app/labels/Epic', { new_name: 'blocked' }, 422],
    ['PUT', '/repos/acme/app/pulls/4/merge', { sha: 'b'.repeat(40) }, 409],
    ['PUT', '/repos/acme/app/pulls/4/merge', {}, 200],
    ['POST', '/repos/acme/app/issues/2/comments', { body: 'x'.repeat(65_536) }, 201]
  ])('%s %s %j -> %i', async (method, path, body, status) => {
    const res = await send(method, path, body);
    expect(res.status).toBe(status);
  });

  test('404 and 422 bodies are shaped as GitHub shapes them, and a refused write changes nothing', async () => {
    expect(await body(get('/repos/acme/app/issues/99'))).toEqual({
      message: 'Not Found',
      documentation_url: expect.stringContaining('docs.github.com'),
      status: '404'
    });
    const before = await json('/repos/acme/app/issues/2');
    const refused = await send('PATCH', '/repos/acme/app/issues/2', {
      title: 'new',
      state: 'closed',
      state_reason: 'because'
    });
    expect(await refused.json()).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Issue', field: 'state_reason', code: 'invalid' }]
    });
    expect(await json('/repos/acme/app/issues/2')).toEqual(before);
    const duplicate = await send('POST', '/repos/acme/app/labels', { name: 'epic', color: 'ffffff' });
    expect(await duplicate.json()).toMatchObject({
      errors: [{ resource: 'Label', field: 'name', code: 'already_exists' }]
    });
  });

  test('a read-only token is refused every write, reads still work; other tokens act as their user', async () => {
    expect((await send('POST', '/repos/acme/app/issues/2/comments', { body: 'x' }, 'read-only')).status).toBe(403);
    expect(
      await body(send('POST', '/repos/acme/app/labels', { name: 'n', color: '000000' }, 'read-only'))
    ).toMatchObject({ message: 'Resource not accessible by integration' });
    expect((await get('/repos/acme/app/issues/2', { headers: { authorization: 'token read-only' } })).status).toBe(200);
    const mine = await body(send('POST', '/repos/acme/app/issues/2/comments', { body: 'hi' }, 'sarah-token'));
    const bots = await body(send('POST', '/repos/acme/app/issues/2/comments', { body: 'hi' }, 'anything'));
    expect([mine.user.login, bots.user.login, bots.user.type]).toEqual(['sarah', 'github-actions[bot]', 'Bot']);
  });
});

describe('pagination', () => {
  test.each([
    ['per_page=100', 100, /page=2>; rel="next".*page=30>; rel="last"/],
    [
      'per_page=500&page=29',
      100,
      /page=28>; rel="prev".*page=30>; rel="next".*page=30>; rel="last".*page=1>; rel="first"/
    ],
    ['per_page=100&page=30', 100, /page=29>; rel="prev".*page=1>; rel="first"/],
    ['per_page=100&page=31', 0, /page=30>; rel="prev"/],
    ['', 30, /per_page=30&page=2>; rel="next".*page=100>; rel="last"/]
  ])('pull request files ?%s (3,100 files, listed up to 3,000)', async (query, count, link) => {
    const res = await get(`/repos/acme/app/pulls/4/files?${query}`);
    expect(((await res.json()) as unknown[]).length).toBe(count);
    expect(res.headers.get('link')).toMatch(link);
  });

  test('one page has no Link header; rate-limit headers move with each request', async () => {
    const first = await get('/repos/acme/app/labels');
    expect(first.headers.get('link')).toBeNull();
    const second = await get('/repos/acme/app/labels');
    expect(
      Number(first.headers.get('x-ratelimit-remaining')) - Number(second.headers.get('x-ratelimit-remaining'))
    ).toBe(1);
    expect(second.headers.get('x-ratelimit-limit')).toBe('5000');
    expect(second.headers.get('x-ratelimit-resource')).toBe('core');
    expect(Number(second.headers.get('x-ratelimit-used'))).toBe(2);
  });
});

describe('labels', () => {
  test('names are case-insensitive and URL-encoded; adding a missing label creates it; PUT replaces by delta', async () => {
    expect((await json('/repos/acme/app/labels/p0-critical')).name).toBe('P0-Critical');
    await send('POST', '/repos/acme/app/labels', { name: 'Needs QA ✓', color: '00ff00' });
    expect((await json(`/repos/acme/app/labels/${encodeURIComponent('needs qa ✓')}`)).color).toBe('00ff00');
    const added = await body(send('POST', '/repos/acme/app/issues/2/labels', { labels: ['Backend', 'epic'] }));
    expect(added.map((l: any) => l.name)).toEqual(['blocked', 'Backend', 'Epic']);
    expect((await json('/repos/acme/app/labels/backend')).color).toBe('ededed');
    await send('PUT', '/repos/acme/app/issues/2/labels', { labels: ['Epic', 'blocked'] });
    const events = await json('/repos/acme/app/issues/2/events?per_page=100');
    expect(events.filter((x: any) => x.event === 'unlabeled').map((x: any) => x.label.name)).toEqual(['Backend']);
    expect(
      (await send('POST', '/repos/acme/app/issues/2/labels', { labels: Array.from({ length: 99 }, (_, i) => `l${i}`) }))
        .status
    ).toBe(422);
    expect((await json('/repos/acme/app/issues/2/labels')).map((l: any) => l.name)).toEqual(['blocked', 'Epic']);
  });
});

describe('issues', () => {
  test.each([
    ['', [4, 2, 1]],
    ['state=all&direction=asc', [1, 2, 3, 4]],
    ['state=closed', [3]],
    ['labels=epic,P0-Critical', [1]],
    ['assignee=sarah', [1]],
    ['assignee=none&state=all', [4, 3, 2]],
    ['creator=octocat&sort=created&direction=asc', [1, 2, 4]],
    ['since=2025-01-10T11:30:00Z', [4, 2]],
    ['since=2025-01-11T00:00:00Z', [4]]
  ])('GET /issues?%s', async (query, numbers) => {
    expect((await json(`/repos/acme/app/issues?${query}`)).map((i: any) => i.number)).toEqual(numbers);
  });

  test('pull requests carry a pull_request key; created issues take the next number; edits record events', async () => {
    const list = await json('/repos/acme/app/issues');
    expect(list.find((i: any) => i.number === 4).pull_request.url).toMatch(/\/pulls\/4$/);
    expect(list.find((i: any) => i.number === 2).pull_request).toBeUndefined();
    const created = await body(
      send('POST', '/repos/acme/app/issues', { title: 'New', labels: ['Epic'], assignees: ['zoe'] })
    );
    expect([created.number, created.labels[0].name, created.assignees[0].login, created.node_id.length > 0]).toEqual([
      5,
      'Epic',
      'zoe',
      true
    ]);
    e().setNow(new Date('2030-01-01T00:00:00Z'));
    const closed = await body(
      send('PATCH', '/repos/acme/app/issues/5', { state: 'closed', state_reason: 'not_planned', assignees: [] })
    );
    expect([closed.state, closed.state_reason, closed.closed_at, closed.assignees]).toEqual([
      'closed',
      'not_planned',
      '2030-01-01T00:00:00Z',
      []
    ]);
    const events = await json('/repos/acme/app/issues/5/events');
    expect(events.map((x: any) => x.event)).toEqual(['labeled', 'assigned', 'closed', 'unassigned']);
    expect(events.find((x: any) => x.event === 'closed')).toMatchObject({
      state_reason: 'not_planned',
      created_at: '2030-01-01T00:00:00Z',
      actor: { login: 'github-actions[bot]' }
    });
  });
});

describe('comments, timeline, sub-issues', () => {
  test('comments are created, listed, edited and deleted; mentions cross-reference', async () => {
    const created = await body(send('POST', '/repos/acme/app/issues/3/comments', { body: 'see #2' }));
    expect((await json(`/repos/acme/app/issues/comments/${created.id}`)).body).toBe('see #2');
    await send('PATCH', `/repos/acme/app/issues/comments/${created.id}`, { body: 'and acme/lib#9' });
    expect((await json('/repos/acme/lib/issues/9/timeline')).map((x: any) => x.event)).toEqual(['cross-referenced']);
    expect((await json('/repos/acme/app/issues/comments')).map((c: any) => c.body)).toEqual([
      'started',
      'and acme/lib#9'
    ]);
    expect((await send('DELETE', `/repos/acme/app/issues/comments/${created.id}`)).status).toBe(204);
    expect((await get(`/repos/acme/app/issues/comments/${created.id}`)).status).toBe(404);
  });

  test('the timeline holds events and comments in time order; the events listing leaves out both', async () => {
    const timeline = await json('/repos/acme/app/issues/2/timeline');
    expect(timeline.map((t: any) => [t.event, t.created_at])).toEqual([
      ['cross-referenced', '2025-01-10T09:00:00Z'],
      ['assigned', '2025-01-10T10:30:00Z'],
      ['commented', '2025-01-10T11:00:00Z'],
      ['labeled', '2025-01-10T12:00:00Z'],
      ['cross-referenced', '2025-01-11T09:00:00Z'],
      ['cross-referenced', '2025-01-12T00:00:00Z']
    ]);
    const sources = timeline
      .filter((t: any) => t.event === 'cross-referenced')
      .map((t: any) => [t.source.issue.number, t.source.issue.repository.full_name]);
    expect(sources).toEqual([
      [1, 'acme/app'],
      [4, 'acme/app'],
      [9, 'acme/lib']
    ]);
    expect((await json('/repos/acme/app/issues/2/events')).map((t: any) => t.event)).toEqual(['assigned', 'labeled']);
  });

  test('sub-issues by numeric id: add, reorder, remove, parent', async () => {
    const id = async (n: number) => (await json(`/repos/acme/app/issues/${n}`)).id;
    expect((await json('/repos/acme/app/issues/2/parent')).number).toBe(1);
    expect((await send('POST', '/repos/acme/app/issues/2/sub_issues', { sub_issue_id: await id(1) })).status).toBe(422);
    expect((await send('POST', '/repos/acme/app/issues/1/sub_issues', { sub_issue_id: await id(4) })).status).toBe(422);
    expect((await send('POST', '/repos/acme/app/issues/1/sub_issues', { sub_issue_id: 123456789 })).status).toBe(404);
    const added = await send('POST', '/repos/acme/app/issues/1/sub_issues', { sub_issue_id: await id(3) });
    expect([added.status, ((await added.json()) as any).sub_issues_summary]).toEqual([
      201,
      { total: 2, completed: 0, percent_completed: 0 }
    ]);
    await send('PATCH', '/repos/acme/app/issues/1/sub_issues/priority', {
      sub_issue_id: await id(3),
      before_id: await id(2)
    });
    expect((await json('/repos/acme/app/issues/1/sub_issues')).map((i: any) => i.number)).toEqual([3, 2]);
    expect((await send('DELETE', '/repos/acme/app/issues/1/sub_issue', { sub_issue_id: await id(2) })).status).toBe(
      200
    );
    expect((await get('/repos/acme/app/issues/2/parent')).status).toBe(404);
    expect((await json('/repos/acme/app/issues/3')).parent_issue_url).toMatch(/\/issues\/1$/);
  });
});

describe('contents, pulls, checks, actions', () => {
  test('contents: base64 with the blob sha, per ref, directories', async () => {
    const file = await json('/repos/acme/app/contents/.github/epic-steward.yml');
    expect([Buffer.from(file.content, 'base64').toString(), file.encoding, file.sha]).toEqual([
      'labels: {}\n',
      'base64',
      '28fd12ee2246dc196ca1d09905b9163c81a27843'
    ]);
    const atRef = await json(
      `/repos/acme/app/contents/${encodeURIComponent('.github/epic-steward.yml')}?ref=refs/heads/feature`
    );
    expect(Buffer.from(atRef.content, 'base64').toString()).toBe('labels: { changed: true }\n');
    expect((await json('/repos/acme/app/contents/docs')).map((x: any) => [x.type, x.path])).toEqual([
      ['file', 'docs/a.md'],
      ['dir', 'docs/deep']
    ]);
  });

  test('pulls: listing, merge closes what the pull request closes', async () => {
    expect(
      (await json('/repos/acme/app/pulls?base=main')).map((p: any) => [p.number, p.head.sha, p.changed_files])
    ).toEqual([[4, 'a'.repeat(40), 3000]]);
    expect((await get('/repos/acme/app/pulls/4/merge')).status).toBe(404);
    await send('PUT', '/repos/acme/app/pulls/4/merge', { merge_method: 'squash' });
    expect((await json('/repos/acme/app/pulls/4')).merged).toBe(true);
    expect((await json('/repos/acme/app/issues/2')).state).toBe('closed');
    expect((await send('PUT', '/repos/acme/app/pulls/4/merge', {})).status).toBe(405);
  });

  test('check runs: 50 annotations a request, appended on update, texts up to 65,535, the latest per name', async () => {
    const annotations = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        path: 'a.ts',
        start_line: i + 1,
        end_line: i + 1,
        annotation_level: 'failure',
        message: 'm'
      }));
    const create = (output: unknown) =>
      send('POST', '/repos/acme/app/check-runs', {
        name: 'gates',
        head_sha: 'a'.repeat(40),
        status: 'completed',
        conclusion: 'failure',
        output
      });
    expect((await create({ title: 't', summary: 's', annotations: annotations(51) })).status).toBe(422);
    expect((await create({ title: 't', summary: 's'.repeat(65_536) })).status).toBe(422);
    expect((await create({ title: 't', summary: 's', annotations: [{ path: 'a.ts' }] })).status).toBe(422);
    expect(
      (
        await send('POST', '/repos/acme/app/check-runs', {
          name: 'gates',
          head_sha: 'a'.repeat(40),
          status: 'completed'
        })
      ).status
    ).toBe(422);
    const older: any = await body(create({ title: 't', summary: 's' }));
    const run: any = await body(create({ title: 't', summary: 's'.repeat(65_535), annotations: annotations(50) }));
    await send('PATCH', `/repos/acme/app/check-runs/${run.id}`, {
      output: { title: 't2', summary: 's2', annotations: annotations(10) }
    });
    const read = await json(`/repos/acme/app/check-runs/${run.id}`);
    expect([read.output.title, read.output.annotations_count]).toEqual(['t2', 60]);
    expect((await json(`/repos/acme/app/check-runs/${run.id}/annotations?per_page=100`)).length).toBe(60);
    const latest = await json(`/repos/acme/app/commits/${'a'.repeat(40)}/check-runs?check_name=gates`);
    expect([latest.total_count, latest.check_runs[0].id]).toEqual([1, run.id]);
    const all = await json(`/repos/acme/app/commits/fix/check-runs?filter=all`);
    expect(all.check_runs.map((c: any) => c.id)).toEqual([]);
    expect(
      (await json(`/repos/acme/app/commits/${'a'.repeat(40)}/check-runs?filter=all`)).check_runs.map((c: any) => c.id)
    ).toEqual([run.id, older.id]);
  });

  test('actions: a run, its artifacts, and a real zip behind a 302', async () => {
    expect((await json('/repos/acme/app/actions/runs/42')).pull_requests[0]).toMatchObject({
      number: 4,
      head: { sha: 'a'.repeat(40) }
    });
    const list = await json('/repos/acme/app/actions/runs/42/artifacts');
    expect([list.total_count, list.artifacts[0].name]).toEqual([1, 'reports']);
    const redirect = await get('/repos/acme/app/actions/artifacts/77/zip', { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    const zip = await fetch(redirect.headers.get('location')!);
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    expect(strFromU8(files['junit.xml']!)).toBe('<testsuite tests="1"/>');
  });
});

describe('the request log', () => {
  test('method, path without query, status; control routes are not logged', async () => {
    e().clearRequests();
    await get('/repos/acme/app/issues?state=all');
    await send('POST', '/repos/acme/app/labels', { name: 'epic' });
    await get('/_emulator/state');
    const log = await body(get('/_emulator/requests'));
    expect(log.map((r: any) => [r.method, r.path, r.query, r.status, r.mutation])).toEqual([
      ['GET', '/repos/acme/app/issues', 'state=all', 200, false],
      ['POST', '/repos/acme/app/labels', undefined, 422, false]
    ]);
    expect((await get('/_emulator/requests', { method: 'DELETE' })).status).toBe(204);
    expect(e().requests()).toEqual([]);
  });

  test('the clock can be pinned over HTTP; the state is dumped as JSON', async () => {
    await send('POST', '/_emulator/clock', { now: '2031-05-05T05:05:05Z' });
    const created = await body(send('POST', '/repos/acme/app/issues', { title: 'later' }));
    expect(created.created_at).toBe('2031-05-05T05:05:05Z');
    const state = await json('/_emulator/state');
    expect(state.repos[0].issues.map((i: any) => i.number)).toEqual([1, 2, 3, 4, 5]);
  });
});
