import { parseXmlStream } from '../../src/gates/read';
import { TEXT_CAP, XmlError, XmlScanner } from '../../src/gates/xml';

/** Events of a document written as UTF-8 bytes cut every `size` bytes (inside characters too). */
function byteEvents(doc: string, size: number): string[] {
  const out: string[] = [];
  const scanner = new XmlScanner({
    open: (name, a) => out.push(`<${name} name=${JSON.stringify(a('name') ?? null)}>`),
    close: (name) => out.push(`</${name}>`),
    text: (text) => out.push(`text ${JSON.stringify(text)}`)
  });
  scanner.wantText = true;
  const bytes = Buffer.from(doc, 'utf8');
  try {
    for (let i = 0; i < bytes.length; i += size) scanner.write(bytes.subarray(i, i + size));
    scanner.end();
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    out.push(`error ${error.line}:${error.column} ${error.message}`);
  }
  return out;
}

const sizes = (n: number) => [1, 2, 3, 5, 7, 64, 4096, n];

describe('XmlScanner on bytes: a chunk may end anywhere, inside a character too', () => {
  const doc = `<r name="é😀 &amp; 日本">\r\nline é\r\n😀 &lt;x&gt; &#x1F600;<![CDATA[ü <b> ]]>end</r>`;
  const whole = byteEvents(doc, Buffer.byteLength(doc));

  test('the text and values decode the same at every chunk size', () => {
    expect(whole).toEqual([
      '<r name="é😀 & 日本">',
      'text "\\nline é\\n😀 <x> 😀"',
      'text "ü <b> "',
      'text "end"',
      '</r>'
    ]);
    for (const size of sizes(Buffer.byteLength(doc))) expect([size, byteEvents(doc, size)]).toEqual([size, whole]);
  });

  test('a column counts UTF-16 units, whatever the bytes', () => {
    expect(byteEvents('<a>\né😀\u0001</a>', 1).pop()).toBe('error 2:4 a character XML does not allow (U+0001)');
  });
});

describe('long text: references found by one pass, still all checked', () => {
  const log = (middle: string) =>
    `<r>\n${'2023-11-14 DEBUG processed &amp; flushed &lt;4&gt; rows\n'.repeat(200)}${middle}\n</r>`;

  test.each([
    ['an undefined entity', 'bad &nbsp; here', /^error 202:5 undefined entity &nbsp;/],
    ['a reference to a forbidden character', 'bad &#0; here', /^error 202:5 a character reference to a character XML/],
    ['an entity without its ";"', 'bad &amp here', /^error 202:5 an entity reference without its closing ";"$/]
  ])('%s in a long text names its line and column at every chunk size', (_, middle, expected) => {
    const doc = log(middle);
    expect(Buffer.byteLength(doc)).toBeGreaterThan(8192);
    for (const size of [3, 4096, Buffer.byteLength(doc)]) expect(byteEvents(doc, size).pop()).toMatch(expected);
  });

  test('valid references of every kind pass, and the kept text is capped', () => {
    const doc = log('&#65;&#x42;&quot;&apos;');
    const events = byteEvents(doc, 65536);
    expect(events).toHaveLength(3);
    expect(events[1]!.length).toBeLessThanOrEqual(TEXT_CAP + 10);
    expect(events[1]).toContain('& flushed <4> rows');
  });
});

describe('forbidden characters in bytes', () => {
  test.each([
    ['U+FFFE', '\uFFFE', 'FFFE'],
    ['U+FFFF', '\uFFFF', 'FFFF'],
    ['a vertical tab', '\u000B', '000B']
  ])('%s at every alignment and cut', (_, bad, code) => {
    for (let pad = 0; pad < 5; pad++) {
      const doc = `<a>${'x'.repeat(pad)}${bad}</a>`;
      for (const size of [1, 2, 3, 4, 5, 64])
        expect([pad, size, byteEvents(doc, size).pop()]).toEqual([
          pad,
          size,
          `error 1:${4 + pad} a character XML does not allow (U+${code})`
        ]);
    }
  });

  test('a BOM cut across the first reads is dropped, not text before the root', async () => {
    const bytes = Buffer.from('\uFEFF<testsuite><testcase name="a"/></testsuite>', 'utf8');
    const report = await parseXmlStream('r.xml', [bytes.subarray(0, 1), bytes.subarray(1, 2), bytes.subarray(2)]);
    expect(report.totals.tests).toBe(1);
  });
});
