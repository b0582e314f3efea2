import { startEmulator, type Emulator } from '../../src/emulator';

/**
 * Authorship and `author_association` as GitHub reports them: tokens act as users; only the
 * repository's owner, organisation members and listed collaborators count as such; someone
 * whose pull request was merged is a CONTRIBUTOR; everyone else, an issue's own author included,
 * is NONE. GraphQL spells a bot without the `[bot]` suffix REST gives it.
 */
let e: Emulator;

beforeAll(async () => {
  e = await startEmulator({
    port: 0,
    seed: {
      tokens: { 'mallory-token': 'mallory', 'sarah-token': 'sarah' },
      repos: [
        {
          owner: 'acme',
          name: 'app',
          members: ['sarah'],
          collaborators: ['carl'],
          issues: [
            { number: 1, title: 'By the owner', author: 'acme' },
            { number: 2, title: 'By a member', author: 'sarah' },
            { number: 3, title: 'By a collaborator', author: 'carl' },
            {
              number: 4,
              title: 'By an outsider',
              author: 'mallory',
              comments: [
                { author: 'mallory', body: 'mine' },
                { author: 'dana', body: 'merged once' }
              ]
            }
          ],
          pulls: [{ number: 5, title: 'Merged', author: 'dana', merged: true }]
        }
      ]
    }
  });
});
afterAll(() => e.close());

async function rest(path: string, init: RequestInit & { token?: string } = {}): Promise<any> {
  const res = await fetch(`${e.url}${path}`, {
    ...init,
    headers: { authorization: `token ${init.token ?? 'test-token'}`, 'content-type': 'application/json' }
  });
  return res.json();
}

async function graphql(query: string, token = 'test-token'): Promise<any> {
  const res = await fetch(e.graphqlUrl, {
    method: 'POST',
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query })
  });
  return res.json();
}

describe('author_association', () => {
  test.each([
    [1, 'OWNER'],
    [2, 'MEMBER'],
    [3, 'COLLABORATOR'],
    [4, 'NONE']
  ])('issue %i: %s on REST and GraphQL alike', async (number, association) => {
    expect((await rest(`/repos/acme/app/issues/${number}`)).author_association).toBe(association);
    const r = await graphql(
      `{ repository(owner: "acme", name: "app") { issue(number: ${number}) { authorAssociation } } }`
    );
    expect(r.data.repository.issue.authorAssociation).toBe(association);
  });

  test("comments: a merged contributor is CONTRIBUTOR, an outsider NONE, a comment through a token is its user's", async () => {
    const listed = await rest('/repos/acme/app/issues/4/comments');
    expect(listed.map((c: any) => [c.user.login, c.author_association])).toEqual([
      ['mallory', 'NONE'],
      ['dana', 'CONTRIBUTOR']
    ]);
    const posted = await rest('/repos/acme/app/issues/4/comments', {
      method: 'POST',
      body: JSON.stringify({ body: 'as a member' }),
      token: 'sarah-token'
    });
    expect([posted.user.login, posted.author_association]).toEqual(['sarah', 'MEMBER']);
    const bot = await rest('/repos/acme/app/issues/4/comments', {
      method: 'POST',
      body: JSON.stringify({ body: 'as the action' })
    });
    expect([bot.user.login, bot.user.type, bot.author_association]).toEqual(['github-actions[bot]', 'Bot', 'NONE']);
  });

  test("GraphQL: bots are `Bot` without the suffix; `viewer` is the token's account with it", async () => {
    const r = await graphql(
      '{ repository(owner: "acme", name: "app") { issue(number: 4) { comments(last: 1) { nodes { authorAssociation author { __typename login } } } } } viewer { login } }'
    );
    expect(r.data.repository.issue.comments.nodes[0]).toEqual({
      authorAssociation: 'NONE',
      author: { __typename: 'Bot', login: 'github-actions' }
    });
    expect(r.data.viewer.login).toBe('github-actions[bot]');
    expect((await graphql('{ viewer { login } }', 'mallory-token')).data.viewer.login).toBe('mallory');
  });
});
