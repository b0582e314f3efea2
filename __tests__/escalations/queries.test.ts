import { schema, validate } from '@octokit/graphql-schema';
import { buildSchema, parse, validate as validateAgainst } from 'graphql';
import { CHILD_HISTORY_FIELDS, childrenQuery } from '../../src/checklist/children';
import { refKey } from '../../src/checklist/refs';
import {
  COMMENTS_BY_ID_QUERY,
  ISSUE_QUERY,
  REPORT_EPICS_QUERY,
  subIssuesQuery,
  SWEEP_QUERY
} from '../../src/escalations/queries';

const sdl = buildSchema(schema.idl, { assumeValidSDL: true });
const validateSdl = (text: string) => validateAgainst(sdl, parse(text)).map((e) => e.message);

describe("the escalations' GraphQL documents are valid against GitHub's published schema", () => {
  test.each([
    ['SWEEP_QUERY', SWEEP_QUERY],
    ['COMMENTS_BY_ID_QUERY', COMMENTS_BY_ID_QUERY],
    ['ISSUE_QUERY', ISSUE_QUERY],
    ['REPORT_EPICS_QUERY', REPORT_EPICS_QUERY]
  ])('%s', (_, text) => {
    expect(validate(text).map((e) => e.message)).toEqual([]);
  });

  test('the batched story states with their history (the epic domain reader of children), across repositories', () => {
    const { query, children } = childrenQuery(
      [
        { owner: 'acme', repo: 'app', number: 14 },
        { owner: 'acme', repo: 'app', number: 15 },
        { owner: 'other', repo: 'lib.js', number: 3 },
        { owner: 'bad"name', repo: 'x', number: 1 }
      ],
      CHILD_HISTORY_FIELDS
    );
    // The SDL: schema.json in the same package predates `stateReason(enableDuplicate:)`, which the
    // epics' reads always asked for and the report now shares.
    expect(validateSdl(query)).toEqual([]);
    expect([...children.entries()].map(([path, ref]) => [refKey(ref), path])).toEqual([
      ['acme/app#14', 'r0.i14'],
      ['acme/app#15', 'r0.i15'],
      ['other/lib.js#3', 'r1.i3']
    ]);
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
