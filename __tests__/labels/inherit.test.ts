import { inheritedLabels, type EpicCandidate } from '../../src/labels/inherit';

const where = { repo: { owner: 'zebra-devops', repo: 'marketedge-frontend' }, serverUrl: 'https://github.com' };
const INHERIT = ['Week-1-Foundation', 'P0-Critical'];
const epic = (over: Partial<EpicCandidate>): EpicCandidate => ({
  number: 13,
  open: true,
  body: '## Development Success\n- [ ] Story #14: Database fix\n- [ ] Story #15: Jest\n',
  labels: ['Epic', 'Week-1-Foundation', 'P0-Critical', 'Backend'],
  parent: false,
  ...over
});
const labels = (story: number, epics: EpicCandidate[], inherit = INHERIT) => [
  ...inheritedLabels(inherit, 'epic', story, epics, where).keys()
];

describe('labels a story takes from its epics', () => {
  test.each([
    ['an open epic listing it in a task item', 14, [epic({})], INHERIT],
    ['not #1 from an epic listing #14', 1, [epic({ body: '- [ ] #14' })], []],
    ['not #14 from an epic listing #145', 14, [epic({ body: '- [ ] #145' })], []],
    ['owner/repo#14 names it', 14, [epic({ body: '- [x] zebra-devops/marketedge-frontend#14' })], INHERIT],
    [
      'an issue URL names it',
      14,
      [epic({ body: '1. [ ] https://github.com/zebra-devops/marketedge-frontend/issues/14' })],
      INHERIT
    ],
    ["another repository's #14 does not", 14, [epic({ body: '- [ ] other/repo#14' })], []],
    ['a mention in prose does not make an epic', 14, [epic({ body: 'Blocked by #14 for now.' })], []],
    ['an item in a code fence is not a task', 14, [epic({ body: '```\n- [ ] #14\n```' })], []],
    ['a closed epic gives nothing', 14, [epic({ open: false })], []],
    ['an issue without the epic label gives nothing', 14, [epic({ labels: ['Week-1-Foundation'] })], []],
    [
      'the native parent always counts, body or not',
      14,
      [epic({ parent: true, body: '', labels: ['Week-1-Foundation'] })],
      ['Week-1-Foundation']
    ],
    ['only the configured labels', 14, [epic({})], ['Week-1-Foundation'], ['week-1-foundation']]
  ])('%s', (_why, story, epics, expected, inherit = INHERIT) => {
    expect(labels(story as number, epics as EpicCandidate[], inherit as string[])).toEqual(expected);
  });

  test("the epic's spelling of a label is kept, and two epics give it once", () => {
    const map = inheritedLabels(
      ['week-1-foundation'],
      'Epic',
      14,
      [epic({ labels: ['epic', 'WEEK-1-Foundation'] }), epic({ number: 2 })],
      where
    );
    expect([...map]).toEqual([['WEEK-1-Foundation', 'inherited from epic #13']]);
  });

  test('nothing configured, nothing inherited', () => {
    expect(labels(14, [epic({})], [])).toEqual([]);
  });
});
