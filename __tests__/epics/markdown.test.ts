import { readFileSync } from 'node:fs';
import {
  BLOCK_END,
  BLOCK_START,
  deepestNesting,
  MarkdownTooDeep,
  MAX_NESTING,
  parseBody
} from '../../src/checklist/markdown';

const ctx = { repo: { owner: 'acme', repo: 'app' }, serverUrl: 'https://github.com' };

/** The checkbox characters found, in order, as `[c]` strings read back from the source. */
function boxes(body: string): string[] {
  return parseBody(body, ctx).tasks.map((t) => body.slice(t.box - 1, t.box + 2));
}

describe('task items follow the cmark-gfm tasklist extension', () => {
  test('spec example 279: a plain task list', () => {
    const body = '- [ ] foo\n- [x] bar\n';
    const tasks = parseBody(body, ctx).tasks;
    expect(tasks.map((t) => [t.checked, t.text])).toEqual([
      [false, 'foo'],
      [true, 'bar']
    ]);
  });

  test('spec example 280: nested task lists', () => {
    const body = '- [x] foo\n  - [ ] bar\n  - [x] baz\n- [ ] bim\n';
    expect(parseBody(body, ctx).tasks.map((t) => [t.checked, t.text])).toEqual([
      [true, 'foo'],
      [false, 'bar'],
      [true, 'baz'],
      [false, 'bim']
    ]);
  });

  test.each([
    ['dash', '- [ ] a\n', ['[ ]']],
    ['star, capital X', '* [X] a\n', ['[X]']],
    ['plus', '+ [x] a\n', ['[x]']],
    ['ordered with dot', '1. [ ] a\n2. [x] b\n', ['[ ]', '[x]']],
    ['ordered with paren', '1) [ ] a\n', ['[ ]']],
    ['in a block quote', '> - [ ] a\n> > * [x] b\n', ['[ ]', '[x]']],
    ['CRLF line endings', '- [ ] a\r\n- [x] b\r\n', ['[ ]', '[x]']],
    ['after astral characters', '😀 héllo\n\n- [ ] 😀 a\n- [x] b\n', ['[ ]', '[x]']],
    ['tab after the marker', '-\t[ ] a\n', ['[ ]']],
    ['deep nesting', '- [ ] a\n  - [ ] b\n    - [ ] c\n      - [x] d\n', ['[ ]', '[ ]', '[ ]', '[x]']],
    ['fenced code is not a task', '```\n- [ ] a\n```\n~~~md\n- [x] b\n~~~\n', []],
    ['indented code is not a task', 'para\n\n    - [ ] a\n', []],
    ['HTML comment is not a task', '<!--\n- [ ] a\n-->\n', []],
    ['HTML block is not a task', '<details>\n- [ ] a\n</details>\n', []],
    ['table cell is not a task', '| a |\n| --- |\n| - [ ] b |\n', []],
    ['no space after the box', '- [ ]a\n', []],
    ['other box characters', '- [-] a\n- [y] b\n- [  ] c\n', []],
    ['not a list', '[ ] a\n', []],
    ['box must come first', '- a [ ] b\n', []]
  ])('%s', (_name, body, expected) => {
    expect(boxes(body)).toEqual(expected);
  });

  test('offsets are UTF-16 indices even with CRLF, tabs and astral characters', () => {
    const body = '# 😀 Title\r\n\r\n> 1. [ ] 𝔘nicode #14\r\n>    * [X] tab\there #15\r\n\t- [x] tabbed\r\n';
    for (const task of parseBody(body, ctx).tasks) {
      expect(body[task.box - 1]).toBe('[');
      expect(body[task.box + 1]).toBe(']');
      expect(body[task.box]).toBe(task.checked ? body[task.box] : ' ');
    }
    expect(parseBody(body, ctx).tasks.map((t) => t.ref?.number)).toEqual([14, 15, undefined]);
  });
});

describe('items: references, sections, content ranges', () => {
  test('the item reference is the first one in its own paragraph, not in nested items', () => {
    const body = '- [ ] Parent without a reference\n  - [ ] Child #15\n- [ ] Story #14 blocks #16\n';
    expect(parseBody(body, ctx).tasks.map((t) => t.ref?.number)).toEqual([undefined, 15, 14]);
  });

  test('sections are the nearest heading before the item', () => {
    const body = '- [ ] a\n\n## One\n\n- [ ] b\n\nSetext\n------\n\n> ### Quoted\n> - [ ] c\n';
    expect(parseBody(body, ctx).tasks.map((t) => t.section)).toEqual(['', 'One', 'Quoted']);
  });

  test('content excludes the checkbox and trailing spaces', () => {
    const body = '- [ ] Story #15: Frontend test environment operational  \n';
    const [task] = parseBody(body, ctx).tasks;
    expect(body.slice(task!.content.start, task!.content.end)).toBe('Story #15: Frontend test environment operational');
  });

  test('a line struck through as a whole is recognised', () => {
    const body = '- [ ] ~~Story #15: dropped~~\n- [ ] ~~part~~ of it\n';
    const tasks = parseBody(body, ctx).tasks;
    expect(tasks[0]!.strike).toEqual({ start: 6, end: 28, fence: 2 });
    expect(tasks[1]!.strike).toBeUndefined();
  });

  test("the tool's block is found by its markers and its contents are not tasks", () => {
    const inner =
      '**Progress: 1/2 done · 50%**\n\n| Section | Progress |\n| --- | --- |\n| a | 1/2 done · 50% |\n\n<sub>Updated 2025-01-12 10:00 UTC by Epic Steward</sub>';
    const body = `- [ ] a\n\n${BLOCK_START}\n${inner}\n${BLOCK_END}\n- [ ] after\n`;
    const parsed = parseBody(body, ctx);
    expect(parsed.tasks.map((t) => [t.text, t.section])).toEqual([
      ['a', ''],
      ['after', '']
    ]);
    expect(body.slice(parsed.block!.start, parsed.block!.end)).toBe(`${BLOCK_START}\n${inner}\n${BLOCK_END}`);
    expect(parsed.blockProblem).toBeUndefined();
  });

  test.each([
    ['a start marker alone', `- [ ] #2\n\n${BLOCK_START}\n- [ ] #3\n`, /1 progress start marker\(s\) and 0 end/],
    ['an end marker alone', `- [ ] #2\n${BLOCK_END}\n`, /0 progress start marker\(s\) and 1 end/],
    [
      'a stray start before the block',
      `${BLOCK_START}\n- [ ] #2\n\n${BLOCK_START}\n**Progress: 0/1 done · 0%**\n${BLOCK_END}\n`,
      /2 progress start/
    ],
    [
      "a person's text between the markers",
      `${BLOCK_START}\n- [ ] #2\nnotes\n${BLOCK_END}\n`,
      /enclose text the tool did not write/
    ],
    [
      'the end before the start',
      `${BLOCK_END}\n\n- [ ] #2\n\n${BLOCK_START}\n`,
      /not a start marker followed by an end marker/
    ],
    [
      'a marker inside a list item',
      `- [ ] #2\n  ${BLOCK_START}\n\n${BLOCK_END}\n`,
      /not a start marker followed by an end marker/
    ]
  ])('markers that make no block of ours: %s (reported, every task counted)', (_name, body, problem) => {
    const parsed = parseBody(body, ctx);
    expect(parsed.block).toBeUndefined();
    expect(parsed.blockProblem).toMatch(problem);
    expect(parsed.tasks.map((t) => t.ref?.number)).toContain(2);
  });

  test('a leading byte order mark: offsets still point at the box characters', () => {
    const body = '\uFEFF## Stories\r\n- [ ] #2\r\n- [x] #3\r\n';
    expect(boxes(body)).toEqual(['[ ]', '[x]']);
    expect(parseBody(body, ctx).tasks.map((t) => body.slice(t.content.start, t.content.end))).toEqual(['#2', '#3']);
  });

  test('markers inside code are not the block', () => {
    const body = '```\n' + BLOCK_START + '\n' + BLOCK_END + '\n```\n';
    expect(parseBody(body, ctx).block).toBeUndefined();
  });

  test("the seed's epic #13: its checklists, sections and references", () => {
    const seed = readFileSync('__tests__/fixtures/seeds/epic-coordination.md', 'utf8');
    const tasks = parseBody(seed, {
      repo: { owner: 'zebra-devops', repo: 'marketedge-frontend' },
      serverUrl: 'https://github.com'
    }).tasks;
    expect(tasks).toHaveLength(13);
    expect(tasks.slice(0, 4).map((t) => [t.section, t.ref?.number])).toEqual([
      ['Development Success', 14],
      ['Development Success', 15],
      ['Development Success', 16],
      ['Development Success', 13]
    ]);
    expect(tasks[4]).toMatchObject({
      section: 'Technical Success',
      text: 'Backend security tests: 100% pass rate achieved'
    });
    expect(tasks[4]!.ref).toBeUndefined();
    expect(tasks.filter((t) => t.section === 'Process Success').map((t) => t.ref?.number)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      4
    ]);
  });
});

describe('bodies nested too deeply to parse', () => {
  test('container markers opening a line are counted: `>`, bullets and numbers', () => {
    expect(deepestNesting('> > - 1. x\n- [ ] #2')).toBe(4);
    expect(deepestNesting('plain\n*emphasis* and - dash\n3.14 is not a list')).toBe(0);
    expect(deepestNesting('- - -')).toBe(3);
  });

  test('a 20,000-deep list line is refused at once, with a plain message', () => {
    expect(() => parseBody(`${'- '.repeat(20_000)}[ ] #14`, ctx)).toThrow(MarkdownTooDeep);
    expect(() => parseBody(`${'> '.repeat(MAX_NESTING + 1)}x`, ctx)).toThrow(/nests block quotes or lists too deeply/);
    expect(parseBody(`${'> '.repeat(MAX_NESTING - 1)}- [ ] #14`, ctx).tasks).toHaveLength(1);
  });
});
