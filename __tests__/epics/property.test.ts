import { defaultEpicsConfig } from '../../src/epics/config';
import { BLOCK_END, BLOCK_START } from '../../src/checklist/markdown';
import { planEpic, type ChildState } from '../../src/epics/planner';
import { refKey } from '../../src/checklist/refs';
import { prng } from '../helpers/prng';

/**
 * Property: for any body, a reconcile changes exactly the checkbox characters that the
 * children's states require and adds the tool's block at the end; every other byte stays.
 * Bodies are generated with an independent record of where each real checkbox is and which
 * child it refers to, so the expectation never comes from the code under test.
 */

const REPO = { owner: 'acme', repo: 'app' };
const EPIC = 999;

interface Box {
  index: number;
  char: string;
  ref?: string;
}

interface Text {
  text: string;
  ref?: string;
}

function generator(random: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const n = () => 1 + Math.floor(random() * 30);
  const words = ['Database fix', 'ünïcödé 😀 line', 'Ελληνικά', '日本語のテキスト', 'a\u0301ccent', 'plain words', 'x'];
  const same = (k: number) => refKey({ ...REPO, number: k });
  const itemText = (): Text => {
    const k = n();
    const m = n();
    const forms: (() => Text)[] = [
      () => ({ text: `#${k}`, ref: same(k) }),
      () => ({ text: `Story #${k}: ${pick(words)}`, ref: same(k) }),
      () => ({ text: `GH-${k} ${pick(words)}`, ref: same(k) }),
      () => ({ text: `acme/app#${k}`, ref: same(k) }),
      () => ({ text: `Acme/APP#${k} upper case`, ref: same(k) }),
      () => ({ text: `other/repo#${k}`, ref: refKey({ owner: 'other', repo: 'repo', number: k }) }),
      () => ({ text: `https://github.com/acme/app/issues/${k}`, ref: same(k) }),
      () => ({ text: `Fix login ([#${k}](https://github.com/acme/app/issues/${k}))`, ref: same(k) }),
      () => ({ text: `[PR](https://github.com/acme/app/pull/${k}) then #${m}`, ref: same(k) }),
      () => ({ text: `\`#${k}\` then #${m}`, ref: same(m) }),
      () => ({ text: `#${k}0 near miss`, ref: same(k * 10) }),
      () => ({ text: `foo#${k} not a reference`, ref: undefined }),
      () => ({ text: `&#${k + 64}; entity`, ref: undefined }),
      () => ({ text: `#${k}abc is not one`, ref: undefined }),
      () => ({ text: pick(words), ref: undefined }),
      () => ({ text: `https://example.com/acme/app/issues/${k} elsewhere`, ref: undefined })
    ];
    return pick(forms)();
  };
  return { pick, n, itemText, words };
}

function generate(seed: number): { body: string; boxes: Box[] } {
  const random = prng(seed);
  const { pick, n, itemText, words } = generator(random);
  const eol = random() < 0.3 ? '\r\n' : '\n';
  const boxes: Box[] = [];
  let body = random() < 0.2 ? '' : `Intro ${pick(words)} #${n()}${eol}${eol}`;
  const trailing = () => (random() < 0.2 ? pick([' ', '  ', '\t']) : '');
  const task = (prefix: string) => {
    const char = pick([' ', 'x', 'X']);
    const { text, ref } = itemText();
    const line = `${prefix}[${char}] ${text}`;
    boxes.push({ index: body.length + prefix.length + 1, char, ref });
    body += line + trailing() + eol;
  };
  const segments = 2 + Math.floor(random() * 8);
  for (let s = 0; s < segments; s++) {
    const kind = pick([
      'heading',
      'list',
      'list',
      'ordered',
      'quote',
      'nested',
      'fence',
      'tilde',
      'comment',
      'html',
      'table',
      'indented',
      'para'
    ]);
    switch (kind) {
      case 'heading':
        body += `${pick(['#', '##', '###'])} Section ${pick(words)}${eol}`;
        break;
      case 'list': {
        const marker = pick(['-', '*', '+']);
        for (let i = 0, count = 1 + Math.floor(random() * 4); i < count; i++) task(`${marker} `);
        break;
      }
      case 'ordered': {
        const delim = pick(['.', ')']);
        for (let i = 0, count = 1 + Math.floor(random() * 3); i < count; i++) task(`${i + 1}${delim} `);
        break;
      }
      case 'quote':
        task('> - ');
        task('> - ');
        if (random() < 0.5) task('> > * ');
        break;
      case 'nested':
        task('- ');
        task('  - ');
        task('    - ');
        task('- ');
        break;
      case 'fence':
        body += '```md' + eol + `- [ ] #${n()}` + eol + `* [x] #${n()}` + eol + '```' + eol;
        break;
      case 'tilde':
        body += '~~~' + eol + `- [ ] acme/app#${n()}` + eol + '~~~' + eol;
        break;
      case 'comment':
        body += '<!--' + eol + `- [ ] #${n()}` + eol + '-->' + eol;
        break;
      case 'html':
        body += '<details>' + eol + `- [ ] #${n()}` + eol + '</details>' + eol;
        break;
      case 'table':
        body += `| task | note |${eol}| --- | --- |${eol}| - [ ] #${n()} | [x] #${n()} |${eol}`;
        break;
      case 'indented':
        body += `Paragraph ${pick(words)}${eol}${eol}    - [ ] #${n()}${eol}`;
        break;
      case 'para':
        body += `Some text with #${n()} and other/repo#${n()}.${trailing()}${eol}`;
        break;
    }
    body += eol;
  }
  if (random() < 0.3) body = body.replace(/(\r?\n)+$/, '');
  return { body, boxes };
}

function states(seed: number): Map<string, ChildState> {
  const random = prng(seed ^ 0x5bd1e995);
  const map = new Map<string, ChildState>();
  const choose = (): ChildState => {
    const r = random();
    if (r < 0.4) return { kind: 'issue', state: 'open' };
    if (r < 0.75) return { kind: 'issue', state: 'closed', reason: 'completed' };
    if (r < 0.85) return { kind: 'issue', state: 'closed', reason: 'not_planned' };
    if (r < 0.95) return { kind: 'pull', state: random() < 0.5 ? 'merged' : 'closed' };
    return { kind: 'unreadable', why: 'no access' };
  };
  for (let k = 1; k <= 310; k++) {
    map.set(refKey({ ...REPO, number: k }), choose());
    map.set(refKey({ owner: 'other', repo: 'repo', number: k }), choose());
  }
  return map;
}

function wanted(box: Box, children: Map<string, ChildState>): string {
  if (!box.ref) return box.char;
  const state = children.get(box.ref)!;
  const done =
    (state.kind === 'issue' && state.state === 'closed' && state.reason === 'completed') ||
    (state.kind === 'pull' && state.state === 'merged');
  if (state.kind === 'unreadable') return box.char;
  if (done) return box.char === ' ' ? 'x' : box.char;
  return ' ';
}

const RUNS = 10_000;

test(`${RUNS} generated bodies: only the expected checkboxes change, plus the block at the end`, () => {
  const config = defaultEpicsConfig();
  const failures: string[] = [];
  let changedBoxes = 0;
  for (let seed = 1; seed <= RUNS && failures.length < 3; seed++) {
    const { body, boxes } = generate(seed);
    const children = states(seed);
    const result = planEpic({
      config,
      epic: { repo: REPO, number: EPIC, title: 't', body, state: 'open', labels: ['Epic'], subIssues: [] },
      children,
      gates: [],
      serverUrl: 'https://github.com',
      now: new Date('2025-01-12T10:00:00Z')
    });
    const chars = body.split('');
    for (const box of boxes) {
      chars[box.index] = wanted(box, children);
      if (chars[box.index] !== box.char) changedBoxes += 1;
    }
    const expected = chars.join('');
    const rest = result.body.slice(expected.length);
    const eol = body.includes('\r\n') ? '\r\n' : '\n';
    const ok =
      result.body.startsWith(expected) &&
      (boxes.length === 0
        ? rest === ''
        : rest.startsWith(
            `${body === '' || /\n[ \t]*\r?\n$/.test(body) ? '' : body.endsWith('\n') ? eol : eol + eol}${BLOCK_START}${eol}`
          ) && rest.endsWith(`${BLOCK_END}${eol}`)) &&
      rest.indexOf(BLOCK_START) === rest.lastIndexOf(BLOCK_START) &&
      result.missing.length === 0;
    if (!ok)
      failures.push(
        `seed ${seed}:\n${JSON.stringify(body)}\nexpected prefix:\n${JSON.stringify(expected)}\ngot:\n${JSON.stringify(result.body)}`
      );
  }
  expect(failures).toEqual([]);
  // The generator must exercise ticking and unticking, not only no-ops.
  expect(changedBoxes).toBeGreaterThan(RUNS);
}, 300_000);
