import { CaseList, hashBytes, hashText, NO_SUITE, StringTable, TextStore } from '../../src/gates/cases';
import { parseXmlStream } from '../../src/gates/read';
import { XmlScanner } from '../../src/gates/xml';

/**
 * The byte path from the scanner into the case store: a value's bytes (valueSpan) must be the
 * UTF-8 of the very text attributeValue gives, whatever references, line ends and chunk
 * boundaries it holds, and the store must find a string by its bytes as by its text.
 */

/** Each attribute of each start tag as [text, the span's bytes decoded], the document cut every `size` bytes. */
function spans(doc: string, size: number): [string, string][] {
  const out: [string, string][] = [];
  const scanner: XmlScanner = new XmlScanner({
    open: () => {
      for (let i = 0; i < scanner.attributeCount; i++) {
        // The span first: attributeValue may remember the text, which valueSpan then encodes.
        const span = scanner.valueSpan(i);
        const bytes = Buffer.from(span.bytes.subarray(span.start, span.end)).toString('utf8');
        out.push([scanner.attributeValue(i), bytes]);
      }
    },
    close: () => undefined,
    text: () => undefined
  });
  const bytes = Buffer.from(doc, 'utf8');
  for (let i = 0; i < bytes.length; i += size) scanner.write(bytes.subarray(i, i + size));
  scanner.end();
  return out;
}

const VALUES = [
  '',
  'plain',
  'a &amp; b &lt;c&gt; &quot;q&quot; &apos;s&apos;',
  'tab\there, lf\nthere, crlf\r\nand cr\rend',
  '&#65;&#x42;&#xe9;&#233;&#x65E5;&#26412;&#x1F600;&#128512;',
  'é😀 日本 naïve',
  '&amp;amp; &#38;#60; &#13;&#10; kept as characters',
  '\r\n\r\n\t',
  'x'.repeat(300) + '&lt;' + 'ü'.repeat(50)
];
const doc = `<r>${VALUES.map((v, k) => `<c n${k}="${v}" m='${v.replace(/'/g, '&apos;')}'/>`).join('\n')}</r>`;

describe('valueSpan: the bytes of the text attributeValue gives', () => {
  test('every reference, line end and tab, in one chunk', () => {
    const got = spans(doc, Buffer.byteLength(doc));
    expect(got.length).toBe(VALUES.length * 2);
    for (const [text, bytes] of got) expect(bytes).toBe(text);
    // What the values read as: references decoded, line ends and tabs one space each.
    expect(got[6]![0]).toBe('tab here, lf there, crlf and cr end');
    expect(got[8]![0]).toBe('ABéé日本😀😀');
    expect(got[12]![0]).toBe('&amp; &#60; \r\n kept as characters');
  });

  test.each([1, 2, 3, 5, 7, 64, 1000])('the same when chunks of %i bytes cut values anywhere', (size) => {
    const whole = spans(doc, Buffer.byteLength(doc));
    expect(spans(doc, size)).toEqual(whole);
  });
});

describe('the case store finds a string by its bytes as by its text', () => {
  const texts = ['', 'a', 'pkg.C', 'テスト.注文', 'naïve', '🚀_launch', 'x🚀y', '\u07ff\u0800\uffff'];

  test('hashText is the hash of the UTF-8 bytes', () => {
    for (const t of texts) {
      const b = Buffer.from(`##${t}#`);
      expect([t, hashText(t)]).toEqual([t, hashBytes(b, 2, b.length - 1)]);
    }
  });

  test('a string indexed as text is found by its bytes, and the other way round', () => {
    const table = new StringTable();
    const byText = texts.map((t, k) => (k % 2 ? table.index(t) : undefined));
    const byBytes = texts.map((t) => {
      const b = Buffer.from(`<${t}>`);
      return table.indexBytes({ bytes: b, start: 1, end: b.length - 1 });
    });
    texts.forEach((t, k) => {
      if (byText[k] !== undefined) expect(byBytes[k]).toBe(byText[k]);
      expect(table.index(t)).toBe(byBytes[k]);
      expect(table.text(byBytes[k]!)).toBe(t);
    });
    expect(table.size).toBe(texts.length);
  });

  test('names kept from bytes read back as text, past one buffer of the store', () => {
    const list = new CaseList();
    const name = (k: number) => `case ${k} ${'é'.repeat(k % 5)}`;
    const chunk = Buffer.alloc(64);
    for (let k = 0; k < 120_000; k++) {
      const end = chunk.write(name(k), 3, 'utf8') + 3;
      list.keepNameBytes({ bytes: chunk, start: 3, end });
      chunk.fill(0); // the bytes are gone once kept
      list.add({
        suite: list.suiteNode(NO_SUITE, 's'),
        classname: list.index('k'),
        file: 0xffffffff,
        line: undefined,
        outcome: 'passed',
        flaky: false,
        message: undefined
      });
    }
    const wrong: number[] = [];
    for (let k = 0; k < 120_000; k += 7) if (list.at(k)!.name !== name(k)) wrong.push(k);
    expect(wrong).toEqual([]);
    expect(list.at(5)).toEqual({ suite: 's', classname: 'k', name: name(5), outcome: 'passed', flaky: false });
  });

  test('a store copies the bytes it keeps', () => {
    const store = new TextStore();
    const b = Buffer.from('abc');
    const at = store.stageBytes({ bytes: b, start: 0, end: 3 });
    store.commit();
    b.fill(0);
    expect(store.text(at, 3)).toBe('abc');
  });
});

describe('suites as a tree: each case reads its whole path', () => {
  test('nested, empty-named and many sibling suites, past the paths remembered', async () => {
    const leaf = (k: number) =>
      `<testsuite name="mid ${k % 3}"><testsuite name=""><testsuite name="leaf ${k}"><testcase classname="c" name="t${k}"/></testsuite><testcase classname="c" name="u${k}"/></testsuite></testsuite>`;
    const count = 6000;
    const doc = `<testsuites><testsuite name="top"><testcase classname="c" name="first"/>${Array.from({ length: count }, (_, k) => leaf(k)).join('')}</testsuite><testsuite name=""><testcase classname="c" name="bare"/></testsuite></testsuites>`;
    const report = await parseXmlStream('r.xml', [doc]);
    const suites = report.cases.map((c) => `${c.name}: ${c.suite}`);
    expect(suites.length).toBe(2 * count + 2);
    expect(suites[0]).toBe('first: top');
    const wrong: string[] = [];
    for (let k = 0; k < count; k++) {
      if (suites[1 + 2 * k] !== `t${k}: top › mid ${k % 3} › leaf ${k}`) wrong.push(suites[1 + 2 * k]!);
      if (suites[2 + 2 * k] !== `u${k}: top › mid ${k % 3}`) wrong.push(suites[2 + 2 * k]!);
    }
    expect(wrong).toEqual([]);
    expect(suites.at(-1)).toBe('bare: ');
    // Read again in another order: paths rebuilt after the remembered ones were dropped.
    expect(report.cases.at(2 * count - 1)!.suite).toBe(`top › mid ${(count - 1) % 3} › leaf ${count - 1}`);
    expect(report.cases.at(1)!.suite).toBe('top › mid 0 › leaf 0');
  });
});
