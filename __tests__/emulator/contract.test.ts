import { SEED, useEmulator } from './client';

const { e, send } = useEmulator(() => ({ seed: SEED, contract: 'report' }));

const A = '/repos/acme/app';
// Every REST route the emulator serves, with requests as GitHub documents them.
const CALLS: [string, string, unknown?][] = [
  ['GET', A],
  ['GET', `${A}/labels?per_page=100`],
  ['GET', `${A}/labels/Epic`],
  ['POST', `${A}/labels`, { name: 'New', color: 'ffffff', description: 'a new one' }],
  ['PATCH', `${A}/labels/New`, { new_name: 'Newer', color: '000000' }],
  ['DELETE', `${A}/labels/Newer`],
  ['GET', `${A}/issues/1/labels`],
  ['POST', `${A}/issues/2/labels`, { labels: ['Epic'] }],
  ['PUT', `${A}/issues/2/labels`, { labels: ['Epic', 'blocked'] }],
  ['DELETE', `${A}/issues/2/labels/Epic`],
  ['GET', `${A}/issues?state=all&per_page=100`],
  ['POST', `${A}/issues`, { title: 'Made', body: 'Part of #1', labels: ['blocked'] }],
  ['GET', `${A}/issues/1`],
  ['PATCH', `${A}/issues/2`, { state: 'closed', state_reason: 'completed' }],
  ['GET', `${A}/issues/2/comments`],
  ['POST', `${A}/issues/2/comments`, { body: 'hello' }],
  ['GET', `${A}/issues/comments?sort=created&direction=asc`],
  ['GET', `${A}/issues/2/timeline?per_page=100`],
  ['GET', `${A}/issues/2/events`],
  ['GET', `${A}/issues/3/events`],
  ['GET', `${A}/issues/1/sub_issues`],
  ['GET', `${A}/issues/2/parent`],
  ['GET', `${A}/pulls?state=all`],
  ['GET', `${A}/pulls/4`],
  ['GET', `${A}/pulls/4/files?per_page=100`],
  ['GET', `${A}/pulls/4/merge`],
  ['PUT', `${A}/pulls/4/merge`, {}],
  ['GET', `${A}/contents/.github%2Fepic-steward.yml?ref=main`],
  ['GET', `${A}/contents/docs`],
  ['GET', `${A}/contents/missing.yml`],
  [
    'POST',
    `${A}/check-runs`,
    {
      name: 'gate',
      head_sha: 'a'.repeat(40),
      status: 'completed',
      conclusion: 'failure',
      output: {
        title: 't',
        summary: 's',
        annotations: [
          { path: 'a.ts', start_line: 1, end_line: 1, annotation_level: 'failure', message: 'm', title: 'x' }
        ]
      }
    }
  ],
  ['GET', `${A}/commits/${'a'.repeat(40)}/check-runs?check_name=gate`],
  ['GET', `${A}/actions/runs/42`],
  ['GET', `${A}/actions/runs/42/artifacts`],
  ['GET', `${A}/actions/artifacts?name=reports`],
  ['GET', `${A}/actions/artifacts/77`],
  ['GET', `${A}/actions/artifacts/77/zip`],
  ['GET', `${A}/issues/99`]
];

test("every answer of every route conforms to GitHub's published OpenAPI description", async () => {
  for (const [method, path, body] of CALLS) {
    const res = await send(method, path, body);
    await res.arrayBuffer();
  }
  const runs = e().store.repo('acme', 'app')!.checkRuns;
  for (const [method, path, body] of [
    ['GET', `${A}/check-runs/${runs[0]!.id}`],
    [
      'PATCH',
      `${A}/check-runs/${runs[0]!.id}`,
      { status: 'completed', conclusion: 'success', output: { title: 't', summary: 's' } }
    ],
    ['GET', `${A}/check-runs/${runs[0]!.id}/annotations`]
  ] as [string, string, unknown?][]) {
    await (await send(method, path, body)).arrayBuffer();
  }
  const comment = e().store.repo('acme', 'app')!.issues.get(2)!.comments[0]!;
  for (const [method, path, body] of [
    ['GET', `${A}/issues/comments/${comment.id}`],
    ['PATCH', `${A}/issues/comments/${comment.id}`, { body: 'edited' }],
    ['DELETE', `${A}/issues/comments/${comment.id}`]
  ] as [string, string, unknown?][]) {
    await (await send(method, path, body)).arrayBuffer();
  }
  expect(
    e()
      .violations()
      .map((v) => `${v.side} ${v.method} ${v.path} ${v.status ?? ''}: ${v.problems.join('; ')}`)
  ).toEqual([]);
});

describe('strict mode', () => {
  const strict = useEmulator(() => ({ seed: SEED, contract: 'strict' }));

  test.each([
    [
      'a body off the request schema',
      'POST',
      `${A}/issues/2/comments`,
      { body: 5 },
      /request body\/body must be string/
    ],
    [
      'an undocumented query parameter',
      'GET',
      `${A}/issues?colour=red`,
      undefined,
      /query parameter "colour" is not documented for issues\/list-for-repo/
    ],
    [
      'a parameter off its enum',
      'GET',
      `${A}/issues?state=done`,
      undefined,
      /parameter \/state must be equal to one of the allowed values/
    ],
    [
      'a path GitHub does not serve',
      'GET',
      `${A}/nothing-here`,
      undefined,
      /GET \/repos\/acme\/app\/nothing-here is not an operation of GitHub's REST API/
    ],
    [
      'a label name over 50 characters',
      'POST',
      `${A}/labels`,
      { name: 'x'.repeat(51), color: 'ffffff' },
      /name is too long \(51 characters; maximum is 50\)/
    ],
    [
      'an issue body over 65,536 characters',
      'PATCH',
      `${A}/issues/2`,
      { body: 'x'.repeat(65_537) },
      /body is too long/
    ],
    [
      '51 annotations',
      'POST',
      `${A}/check-runs`,
      {
        name: 'g',
        head_sha: 'a'.repeat(40),
        output: {
          title: 't',
          summary: 's',
          annotations: Array.from({ length: 51 }, () => ({
            path: 'a',
            start_line: 1,
            end_line: 1,
            annotation_level: 'notice',
            message: 'm'
          }))
        }
      },
      /annotations/
    ],
    [
      'an annotation title over 255 characters',
      'POST',
      `${A}/check-runs`,
      {
        name: 'g',
        head_sha: 'a'.repeat(40),
        output: {
          title: 't',
          summary: 's',
          annotations: [
            { path: 'a', start_line: 1, end_line: 1, annotation_level: 'notice', message: 'm', title: 't'.repeat(256) }
          ]
        }
      },
      /output.annotations\[0\].title is too long/
    ],
    [
      'check-run text over 65,535 characters',
      'POST',
      `${A}/check-runs`,
      { name: 'g', head_sha: 'a'.repeat(40), output: { title: 't', summary: 's', text: 'x'.repeat(65_536) } },
      /output\/text must NOT have more than 65535 characters|output.text is too long/
    ]
  ])('%s: 500 with the reason, listed, nothing changed', async (_what, method, path, body, reason) => {
    const before = JSON.stringify(strict.e().store.toJSON());
    const res = await strict.send(method as string, path as string, body);
    expect(res.status).toBe(500);
    expect(((await res.json()) as any).message).toMatch(reason as RegExp);
    expect(strict.e().violations()).toEqual([
      expect.objectContaining({
        side: 'request',
        method,
        problems: expect.arrayContaining([expect.stringMatching(reason as RegExp)])
      })
    ]);
    expect(JSON.stringify(strict.e().store.toJSON())).toBe(before);
  });

  test('an answer off the published schema is a 500 naming the missing field', async () => {
    // Break the emulator on purpose: a label whose colour is not a string, as a regression would.
    strict.e().store.repo('acme', 'app')!.labels[0]!.color = 7 as never;
    const res = await strict.send('GET', `${A}/labels/Epic`);
    expect(res.status).toBe(500);
    expect(((await res.json()) as any).message).toMatch(
      /the answer 200 of issues\/get-label breaks GitHub's published contract: response\/color must be string/
    );
    expect(strict.e().violations()).toEqual([
      expect.objectContaining({ side: 'response', status: 200, operation: 'issues/get-label' })
    ]);
  });
});
