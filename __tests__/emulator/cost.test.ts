import { parse } from 'graphql';
import { githubSchema } from '../../src/emulator';
import { queryCost } from '../../src/emulator/graphql/cost';
import { useEmulator } from './client';

const cost = (query: string, variables?: Record<string, unknown>) => queryCost(githubSchema(), parse(query), variables);

// The worked examples of GitHub's "Rate limits and node limits for the GraphQL API" page.
describe("GitHub's documented formula", () => {
  test('the simple node example: 50 repositories + 50 x 10 issues = 550 nodes', () => {
    const q =
      'query { viewer { repositories(first: 50) { edges { repository: node { name issues(first: 10) { totalCount edges { node { title bodyHTML } } } } } } } }';
    expect(cost(q)).toMatchObject({ nodes: 550, requests: 51, cost: 1 });
  });

  test('the complex node example: 22,060 nodes', () => {
    const q = `query { viewer {
      repositories(first: 50) { edges { repository: node { name
        pullRequests(first: 20) { edges { pullRequest: node { title comments(first: 10) { edges { comment: node { bodyHTML } } } } } }
        issues(first: 20) { totalCount edges { issue: node { title bodyHTML comments(first: 10) { edges { comment: node { bodyHTML } } } } } } } } }
      followers(first: 10) { edges { follower: node { login } } } } }`;
    expect(cost(q).nodes).toBe(22_060);
  });

  test('the points example: 1 + 100 + 5,000 requests / 100 = 51 points', () => {
    const q =
      'query { viewer { login repositories(first: 100) { edges { node { id issues(first: 50) { edges { node { id labels(first: 60) { edges { node { id name } } } } } } } } } } }';
    expect(cost(q)).toMatchObject({ requests: 5101, cost: 51, nodes: 100 + 5000 + 300_000 });
  });

  test('variables, defaults, fragments and last count like literals; no connection costs the minimum 1', () => {
    const q =
      'query Q($n: Int = 100, $m: Int!) { repository(owner: "a", name: "b") { issues(first: $n) { nodes { ...F } } } } fragment F on Issue { comments(last: $m) { nodes { body } } }';
    expect(cost(q, { m: 10 })).toMatchObject({ requests: 101, cost: 1, nodes: 100 + 1000 });
    expect(cost(q, { n: 100, m: 100 })).toMatchObject({ requests: 101, nodes: 100 + 10_000 });
    expect(cost('{ viewer { login } }')).toEqual({ requests: 0, cost: 1, nodes: 0 });
  });
});

describe('the emulator charges and reports the same cost', () => {
  const { e, gql } = useEmulator();
  test('rateLimit { cost nodeCount } and the request log agree with the formula', async () => {
    // 1 request for the issues, and 100 for each of the three connections inside: 301 / 100 = 3 points.
    const q =
      'query Costly { rateLimit { cost nodeCount remaining } repository(owner: "acme", name: "app") { issues(first: 100) { nodes { labels(first: 10) { nodes { name } } comments(first: 10) { nodes { body } } assignees(first: 10) { nodes { login } } } } } }';
    const r = await gql(q);
    expect(r.errors).toBeUndefined();
    expect(r.data.rateLimit).toMatchObject({ cost: 3, nodeCount: 3100 });
    expect(r.data.rateLimit.remaining).toBe(5000 - 3);
    expect(e().requests().at(-1)).toMatchObject({ operationName: 'Costly', cost: 3, nodes: 3100 });
  });
});
