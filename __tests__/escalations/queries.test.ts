import { validate } from '@octokit/graphql-schema';
import {
  childStatesQuery,
  COMMENTS_BY_ID_QUERY,
  ISSUE_QUERY,
  REPORT_EPICS_QUERY,
  subIssuesQuery,
  SWEEP_QUERY
} from '../../src/escalations/queries';

describe("the escalations' GraphQL documents are valid against GitHub's published schema", () => {
  test.each([
    ['SWEEP_QUERY', SWEEP_QUERY],
    ['COMMENTS_BY_ID_QUERY', COMMENTS_BY_ID_QUERY],
    ['ISSUE_QUERY', ISSUE_QUERY],
    ['REPORT_EPICS_QUERY', REPORT_EPICS_QUERY]
  ])('%s', (_, text) => {
    expect(validate(text).map((e) => e.message)).toEqual([]);
  });

  test('the batched story states, across repositories', () => {
    const { query, paths } = childStatesQuery([
      { owner: 'acme', repo: 'app', number: 14 },
      { owner: 'acme', repo: 'app', number: 15 },
      { owner: 'other', repo: 'lib.js', number: 3 },
      { owner: 'bad"name', repo: 'x', number: 1 }
    ]);
    expect(validate(query).map((e) => e.message)).toEqual([]);
    expect([...paths.entries()]).toEqual([
      ['acme/app#14', 'r0.i14'],
      ['acme/app#15', 'r0.i15'],
      ['other/lib.js#3', 'r1.i3']
    ]);
    expect(validate(childStatesQuery([]).query).map((e) => e.message)).toEqual([]);
  });
});

test('the sub-issues query is valid against the published SDL schema (which has sub-issues)', async () => {
  const { buildSchema, parse, validate: check } = await import('graphql');
  const { readFileSync } = await import('node:fs');
  const schema = buildSchema(readFileSync('node_modules/@octokit/graphql-schema/schema.graphql', 'utf8'), {
    assumeValidSDL: true
  });
  expect(check(schema, parse(subIssuesQuery([13, 20]))).map((e) => e.message)).toEqual([]);
  expect(check(schema, parse(subIssuesQuery([]))).map((e) => e.message)).toEqual([]);
});
