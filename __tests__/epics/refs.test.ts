import { schema } from '@octokit/graphql-schema';
import { buildSchema, parse, validate as validateAgainst } from 'graphql';
import { EPIC_FIELDS, MERGED_PULL_QUERY, OPEN_ISSUES_QUERY } from '../../src/epics/queries';
import { CHILD_FIELDS, CHILD_HISTORY_FIELDS, childrenQuery } from '../../src/checklist/children';
import { EPICS_OF_ISSUE_QUERY } from '../../src/checklist/queries';
import { closingRefs, refFromUrl, refKey, refsInText } from '../../src/checklist/refs';
import { namedEpics } from '../../src/epics/targets';
import { proseOf } from '../../src/checklist/markdown';

const ctx = { repo: { owner: 'acme', repo: 'app' }, serverUrl: 'https://github.com' };
const keys = (text: string, c = ctx) => refsInText(text, c).map((r) => refKey(r.ref));

describe('references in text', () => {
  test.each([
    ['#14', ['acme/app#14']],
    ['Story #14: Database fix', ['acme/app#14']],
    ['(#14)', ['acme/app#14']],
    ['GH-14', ['acme/app#14']],
    ['gh-14', []],
    ['owner/repo#14', ['owner/repo#14']],
    ['Acme/App#14', ['acme/app#14']],
    ['my.org-x/re.po_1#7', []],
    ['org-x/re.po_1#7', ['org-x/re.po_1#7']],
    ['https://github.com/o/r/issues/14', ['o/r#14']],
    ['https://github.com/o/r/pull/15/files', ['o/r#15']],
    ['https://github.com/o/r/issues/14#issuecomment-1', ['o/r#14']],
    ['https://gitlab.com/o/r/issues/14', []],
    ['#140', ['acme/app#140']],
    ['#14abc', []],
    ['abc#14', []],
    ['&#14;', []],
    ['#0', []],
    ['#99999999999', []],
    ['#14, #15 and o/r#16', ['acme/app#14', 'acme/app#15', 'o/r#16']]
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  test('GitHub Enterprise Server: links on the configured host only', () => {
    const ghes = { ...ctx, serverUrl: 'https://ghe.example.com/' };
    expect(keys('https://ghe.example.com/o/r/issues/3', ghes)).toEqual(['o/r#3']);
    expect(keys('https://github.com/o/r/issues/3', ghes)).toEqual([]);
    expect(refFromUrl('https://GHE.example.com/o/r/pull/9', ghes)).toEqual({ owner: 'o', repo: 'r', number: 9 });
    expect(refFromUrl('https://ghe.example.com/o/r/blob/main/x.md', ghes)).toBeUndefined();
  });
});

describe('closing keywords and epic names', () => {
  test.each([
    ['Fixes #14', ['acme/app#14']],
    ['closes: #3, fixes o/r#4 and resolved #5', ['acme/app#3', 'o/r#4', 'acme/app#5']],
    ['Fixes #1, #2', ['acme/app#1']],
    ['Resolves https://github.com/acme/app/issues/9.', ['acme/app#9']],
    ['prefixes #14', []],
    ['Refs #14', []]
  ])('%s', (text, expected) => {
    expect(closingRefs(text, ctx).map(refKey)).toEqual(expected);
  });

  test('keywords in code are not read', () => {
    expect(closingRefs(proseOf('Text\n\n```\nFixes #3\n```\n\n`fixes #4` and Fixes #5'), ctx).map(refKey)).toEqual([
      'acme/app#5'
    ]);
  });

  test.each([
    ['Epic: #13', [13]],
    ['**Epic:** [#13 Infrastructure](https://github.com/acme/app/issues/13)', [13]],
    ['Part of #13', [13]],
    ['- **Parent epic:** acme/app#7', [7]],
    ['This epic: nothing', []],
    ['```\nEpic: #13\n```', []]
  ])('%s names its epic', (body, expected) => {
    expect(namedEpics(body, ctx).map((r) => r.number)).toEqual(expected);
  });
});

// The SDL (schema.graphql) is the current published schema: schema.json in the same package
// predates sub-issues (Issue.parent, subIssues, subIssuesSummary), which GitHub serves today.
const published = buildSchema(schema.idl, { assumeValidSDL: true });
const validate = (text: string) => validateAgainst(published, parse(text));
const epic = (number: number) => ({
  repo: ctx.repo,
  alias: `e${number}`,
  selection: `issue(number: ${number}) { ${EPIC_FIELDS} }`
});

describe("GraphQL documents are valid against GitHub's published schema", () => {
  test.each([
    ['EPICS_OF_ISSUE_QUERY', EPICS_OF_ISSUE_QUERY],
    ['MERGED_PULL_QUERY', MERGED_PULL_QUERY],
    ['OPEN_ISSUES_QUERY', OPEN_ISSUES_QUERY],
    ['batch of one epic', childrenQuery([], CHILD_FIELDS, [epic(13)]).query],
    [
      'batch across repositories',
      childrenQuery(
        [
          { ...ctx.repo, number: 14 },
          { owner: 'other', repo: 'r.x', number: 2 },
          { owner: 'ACME', repo: 'APP', number: 15 }
        ],
        CHILD_FIELDS,
        [epic(13)]
      ).query
    ],
    ['children with their history', childrenQuery([{ ...ctx.repo, number: 14 }], CHILD_HISTORY_FIELDS).query]
  ])('%s', (_name, text) => {
    expect(validate(text).map((e) => e.message)).toEqual([]);
  });

  test('the batch groups children by repository, case-insensitively, one alias each', () => {
    const plan = childrenQuery(
      [
        { ...ctx.repo, number: 14 },
        { owner: 'ACME', repo: 'App', number: 15 },
        { owner: 'o', repo: 'r', number: 14 },
        { owner: 'bad"name', repo: 'x', number: 1 }
      ],
      CHILD_FIELDS,
      [epic(13)]
    );
    expect([...plan.alongside.keys()]).toEqual(['r0.e13']);
    expect([...plan.children.keys()]).toEqual(['r0.i14', 'r0.i15', 'r1.i14']);
    expect(plan.query.match(/repository\(/g)).toHaveLength(2);
  });
});
