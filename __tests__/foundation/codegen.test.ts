import { readFileSync } from 'node:fs';
import {
  currentGraphqlTypes,
  findDocuments,
  generateGraphqlTypes,
  GENERATED_GRAPHQL_TYPES
} from '../../scripts/graphql-types';

// The GraphQL result types are generated from GitHub's published schema; a document changed
// without `npm run codegen` leaves them stale, and this test fails naming the command.
describe('generated GraphQL types (npm run codegen)', () => {
  test(`${GENERATED_GRAPHQL_TYPES} matches the documents in src/ and the installed schema`, () => {
    const committed = readFileSync(GENERATED_GRAPHQL_TYPES, 'utf8');
    const fresh = currentGraphqlTypes();
    if (committed !== fresh)
      throw new Error(`${GENERATED_GRAPHQL_TYPES} is stale: run \`npm run codegen\` and commit it`);
  });

  test('every document constant of src/ is typed', () => {
    const generated = readFileSync(GENERATED_GRAPHQL_TYPES, 'utf8');
    for (const doc of findDocuments()) expect(generated).toContain(`(${doc.name}, ${doc.file})`);
  });

  const SDL = `
    type Query { repository(owner: String!, name: String!): Repository, node(id: ID!): Node }
    interface Node { id: ID! }
    type Repository implements Node { id: ID!, issue(number: Int!): Issue, label(name: String!): Label }
    type Issue implements Node { id: ID!, number: Int!, state: IssueState!, closedAt: DateTime, labels(first: Int): LabelConnection }
    type Label implements Node { id: ID!, name: String! }
    type LabelConnection { nodes: [Label] }
    enum IssueState { OPEN CLOSED }
    scalar DateTime
  `;

  test.each([
    {
      what: 'non-null, nullable, lists, enums, aliases and custom scalars',
      text: 'query One($owner: String!, $n: Int = 1) { repository(owner: $owner, name: "x") { issue(number: $n) { number state closedAt tags: labels(first: 5) { nodes { name } } } } }',
      has: [
        'export type OneQuery = {',
        'state: IssueState;',
        'closedAt: string | null;',
        'tags: {',
        'nodes: Array<{',
        '} | null> | null;',
        "export type IssueState = 'OPEN' | 'CLOSED';",
        'owner: string;',
        'n?: number | null;'
      ]
    },
    {
      what: 'an inline fragment on an interface: the named type, and one branch for every other type',
      text: 'query Two { node(id: "1") { __typename id ... on Issue { number } } }',
      has: ["__typename: 'Issue';", 'number: number;', "__typename: 'Repository' | 'Label';"]
    }
  ])('$what', ({ text, has }) => {
    const out = generateGraphqlTypes(SDL, [{ file: 'src/x.ts', name: 'X_QUERY', text }], 'test');
    for (const line of has) expect(out).toContain(line);
  });

  test('a document the schema refuses fails the generation, naming it', () => {
    expect(() =>
      generateGraphqlTypes(
        SDL,
        [{ file: 'src/x.ts', name: 'BAD_QUERY', text: 'query Bad { repository(owner: "a", name: "b") { nope } }' }],
        'test'
      )
    ).toThrow(/src\/x\.ts BAD_QUERY: .*nope/);
  });
});
