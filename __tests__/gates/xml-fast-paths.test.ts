import { XmlError, XmlScanner } from '../../src/gates/xml';

/**
 * The scanner's fast paths, each beside the path it short-cuts: an end tag told by the open
 * element's known name bytes (unknown names and end tags a chunk cuts take the general path),
 * name bytes told by comparisons, and the duplicate-attribute check that compares names only
 * when their length and end bytes collide. A fast path that mis-scans gives other events or
 * another error than the general path, or than the expectation written out here.
 */
function events(doc: Buffer | string, cuts: number[] = [], known: string[] = []): string[] {
  const out: string[] = [];
  const scanner = new XmlScanner({
    open: (name) => {
      const values = Array.from({ length: scanner.attributeCount }, (_, i) => scanner.attributeValue(i));
      out.push(`<${name}${values.map((v) => ` ${v}`).join('')}>`);
    },
    close: (name) => out.push(`</${name}>`),
    text: () => undefined
  });
  scanner.knowNames(known);
  const bytes = typeof doc === 'string' ? Buffer.from(doc, 'utf8') : doc;
  try {
    let from = 0;
    for (const cut of [...cuts, bytes.length]) {
      scanner.write(bytes.subarray(from, cut));
      from = cut;
    }
    scanner.end();
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    out.push(`error ${error.line}:${error.column} ${error.message}`);
  }
  return out;
}

/** The same document with the names known and unknown, whole and cut at every byte: one result. */
function sameEverywhere(doc: string, known: string[]): string[] {
  const whole = events(doc, [], known);
  const n = Buffer.byteLength(doc);
  expect([doc, 'unknown', events(doc)]).toEqual([doc, 'unknown', whole]);
  for (let cut = 1; cut < n; cut++) expect([doc, cut, events(doc, [cut], known)]).toEqual([doc, cut, whole]);
  return whole;
}

describe('an end tag told by the open element known name bytes', () => {
  const known = ['testcase', 'testsuite', 'a'];

  test.each([
    ['the open name', '<testsuite><testcase></testcase></testsuite>', ['</testcase>', '</testsuite>']],
    ['a space before ">"', '<testsuite><testcase></testcase  ></testsuite>', ['</testcase>', '</testsuite>']],
    ['a longer name', '<testsuite><testcase></testcasex></testsuite>', ['error 1:22 the end tag </testcasex>']],
    ['a shorter name', '<testsuite><testcase></testcas></testsuite>', ['error 1:22 the end tag </testcas> does']],
    ['one byte other', '<testsuite><testcase></testcasf></testsuite>', ['error 1:22 the end tag </testcasf> does']],
    ['another known name', '<testsuite><testcase></testsuite></testsuite>', ['error 1:22 the end tag </testsuite>']],
    ['"/" after the name', '<testsuite><testcase></testcase/></testsuite>', ['error 1:32 an end tag with something']],
    ['no element open', '<a></a></a>', ['error 1:8 an end tag </a> with no element open']],
    ['a name past ASCII', '<a><é></é></a>', ['</é>', '</a>']],
    ['bytes past ASCII after a known name', '<a></aé></a>', ['error 1:4 the end tag </aé> does not match']]
  ])('%s: the same at every cut, known or not', (_, doc, expected) => {
    const result = sameEverywhere(doc, known).join('\n');
    for (const part of expected) expect(result).toContain(part);
  });

  test('names made known in the middle of the document close the elements opened before', () => {
    const out: string[] = [];
    const scanner = new XmlScanner({
      open: (name) => {
        out.push(`<${name}>`);
        scanner.knowNames(name === 'r' ? ['x', 'r'] : ['r']);
      },
      close: (name) => out.push(`</${name}>`),
      text: () => undefined
    });
    scanner.write('<r><x></x><x></x></r>');
    scanner.end();
    expect(out).toEqual(['<r>', '<x>', '</x>', '<x>', '</x>', '</r>']);
  });
});

describe('name bytes', () => {
  // XML's name characters in ASCII, and every byte past ASCII (a name character's UTF-8).
  const isName = (b: number) => b >= 0x80 || /[A-Za-z0-9_:.-]/.test(String.fromCharCode(b));

  test('every byte in a tag name, an attribute name and an end tag name', () => {
    for (let b = 0; b < 256; b++) {
      const doc = Buffer.concat([
        Buffer.from('<r><xa'),
        Buffer.from([b]),
        Buffer.from('b ya'),
        Buffer.from([b]),
        Buffer.from('b="1"></xa'),
        Buffer.from([b]),
        Buffer.from('b></r>')
      ]);
      const result = events(doc, [], ['r']);
      const name = `xa${Buffer.from([b]).toString('utf8')}b`;
      const asName = ['<r>', `<${name} 1>`, `</${name}>`, '</r>'];
      // A byte that is not a name's ends the names there: an error, or (">") other markup.
      if (isName(b)) expect([b, result]).toEqual([b, asName]);
      else expect([b, result]).not.toEqual([b, asName]);
    }
  });
});

describe('duplicate attributes: names compared only when length and end bytes collide', () => {
  // Forty names of one length whose first and last bytes repeat (a2b, a3b...): their filter
  // bits collide all the time, and none is a duplicate of another.
  const names = Array.from({ length: 40 }, (_, i) => `a${String(i).padStart(2, '0')}b`);
  const tag = (list: string[]) => `<r ${list.map((n, i) => `${n}="${i}"`).join(' ')}/>`;

  test('names that collide but differ pass, at every cut', () => {
    expect(sameEverywhere(tag(names), ['r'])).toEqual([`<r ${names.map((_, i) => i).join(' ')}>`, '</r>']);
  });

  test('a duplicate at every position is found, at every cut', () => {
    for (let at = 1; at < names.length; at += 7) {
      for (const first of [0, at - 1]) {
        const list = [...names.slice(0, at), names[first]!];
        const result = sameEverywhere(tag(list), ['r']);
        expect(result.pop()).toMatch(new RegExp(`^error 1:\\d+ duplicate attribute ${names[first]} on <r>$`));
      }
    }
  });

  test('a duplicate of a name read with a value past the cap (kept as text) is found', () => {
    // The buffer ends inside the value past the cap: its name and head are kept as text.
    const long = 'v'.repeat(70 * 1024);
    for (const doc of [`<r x="1" y="${long}" z="2" y="3"/>`, `<r y="${long}" y="3"/>`]) {
      const cut = doc.indexOf('vvv') + 66 * 1024;
      expect(events(doc, [cut]).pop()).toMatch(/^error 1:\d+ duplicate attribute y on <r>$/);
    }
  });

  test('a duplicate of a name a chunk boundary turned into text is found', () => {
    const doc = tag([...names.slice(0, 5), names[2]!]);
    for (let cut = 1; cut < doc.length; cut++) expect(events(doc, [cut]).pop()).toMatch(/duplicate attribute a02b/);
  });
});
