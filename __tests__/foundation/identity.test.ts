import { inertCode, quote } from '../../src/core/escape';
import { readState } from '../../src/escalations/comment';
import { readReport } from '../../src/checklist/report';
import { authorKey, isOwnComment, type Identity } from '../../src/github/identity';

const BOT: Identity = { login: 'github-actions[bot]', source: 'viewer' };
const APP: Identity = { login: 'steward-app[bot]', source: 'viewer' };
const PAT: Identity = { login: 'Sarah', source: 'viewer' };
const MARKER = '<!-- epic-steward:gates -->';

describe('whose comment is it', () => {
  test.each([
    ['REST bot', BOT, { login: 'github-actions[bot]', type: 'Bot' }, true],
    ['GraphQL bot (no suffix, typed Bot)', BOT, { login: 'github-actions', __typename: 'Bot' }, true],
    ['a user named like the bot without the suffix', BOT, { login: 'github-actions', __typename: 'User' }, false],
    ['another app', BOT, { login: 'other-app', __typename: 'Bot' }, false],
    ['an App token, GraphQL author', APP, { login: 'steward-app', __typename: 'Bot' }, true],
    ['a personal token, case-insensitive', PAT, { login: 'sarah', type: 'User' }, true],
    ['a personal token against a bot of the same name', PAT, { login: 'sarah[bot]', type: 'Bot' }, false],
    ['no author (a deleted account)', BOT, null, false]
  ])('%s', (_, self, author, own) => {
    expect(isOwnComment(self, { body: `${MARKER}\nx`, author }, MARKER)).toBe(own);
  });

  test('the marker must open the body: quoted further down it proves nothing', () => {
    expect(
      isOwnComment(BOT, { body: `hello\n${MARKER}`, user: { login: 'github-actions[bot]', type: 'Bot' } }, MARKER)
    ).toBe(false);
    expect(isOwnComment(BOT, { body: ` ${MARKER}`, user: { login: 'github-actions[bot]', type: 'Bot' } }, MARKER)).toBe(
      false
    );
  });

  test('one key for both spellings of a bot', () => {
    expect(authorKey({ login: 'github-actions[bot]' })).toBe(authorKey({ login: 'GitHub-Actions', __typename: 'Bot' }));
    expect(authorKey({ login: '' })).toBeUndefined();
  });
});

describe('state read back from a comment is input', () => {
  const line = (state: object) => `<!-- epic-steward:escalation-state ${JSON.stringify(state)} -->`;
  test.each([
    [
      'the last line, well formed',
      `x\n${line({ state: 'open', at: '2025-01-11T00:00:00.000Z', reminders: 2, trigger: 'timebox' })}`,
      { state: 'open', at: '2025-01-11T00:00:00.000Z', reminders: 2, trigger: 'timebox' }
    ],
    ['not the last line', `${line({ state: 'open', at: '2025-01-11T00:00:00.000Z', reminders: 0 })}\nmore`, undefined],
    ['a date that is not one', line({ state: 'open', at: 'yesterday <b>', reminders: 0 }), undefined],
    [
      'odd fields dropped',
      line({ state: 'resolved', at: '2025-01-11T00:00:00Z', reminders: -5, resolvedAt: '<img>', trigger: '@everyone' }),
      { state: 'resolved', at: '2025-01-11T00:00:00Z', reminders: 0 }
    ]
  ])('%s', (_, body, expected) => {
    expect(readState(body)).toEqual(expected);
  });

  const report = (state: object) =>
    `<!-- epic-steward:daily-report:2025-01-10 -->\n### Daily\n<!-- epic-steward:report-state ${Buffer.from(JSON.stringify({ date: '2025-01-10', state })).toString('base64')} -->`;
  test('a daily report lists issue references and rates only', () => {
    expect(readReport(report({ done: ['#14', 'acme/lib#2'], open: [], gates: {}, escalated: [] }))?.state.done).toEqual(
      ['#14', 'acme/lib#2']
    );
    expect(
      readReport(report({ done: [], open: ['@acme/everyone <img src=x>'], gates: {}, escalated: [] }))
    ).toBeUndefined();
    expect(
      readReport(
        report({
          done: [],
          open: [],
          gates: { x: { title: 't', rate: 'NaN', baseline: null, target: null, on: '2025-01-10' } },
          escalated: []
        })
      )
    ).toBeUndefined();
    expect(readReport(`quoted: ${report({ done: [], open: [], gates: {}, escalated: [] })}`)).toBeUndefined();
  });
});

describe('no quoting lets `<!--` through', () => {
  test.each(['a <!-- epic-steward:escalation:x --> b', '<!--', '`<!--`'])('%j', (text) => {
    expect(inertCode(text)).not.toContain('<!--');
    expect(quote(text)).not.toContain('<!--');
  });
});
