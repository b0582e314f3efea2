import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XmlReportParser as JunitParser } from '../../src/gates/readers/parser';
import { parseXmlStream, readReport } from '../../src/gates/read';
import { plainBytes, TEXT_CAP, XmlError, XmlScanner } from '../../src/gates/xml';

/** Every event the scanner reports, as text, with the attributes these documents use. */
function events(doc: string, size: number, collect = true): string[] {
  const out: string[] = [];
  const scanner = new XmlScanner({
    open: (name, a) =>
      out.push(
        `<${name} ${['a', 'b', 'name', 'message', 'x'].map((k) => `${k}=${JSON.stringify(a(k) ?? null)}`).join(' ')}>`
      ),
    close: (name) => out.push(`</${name}>`),
    text: (text) => out.push(`text ${JSON.stringify(text)}`)
  });
  scanner.wantText = collect;
  try {
    for (let i = 0; i < doc.length; i += size) scanner.write(doc.slice(i, i + size));
    scanner.end();
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    out.push(`error ${error.line}:${error.column} ${error.message}`);
  }
  return out;
}

const DOC = [
  '<?xml version="1.0" encoding="UTF-8"?>\r\n',
  '<!-- a comment with <tags> & -- inside? no: only one dash - here -->\n',
  '<?pi some > data ?>\n',
  '<testsuites a=\'1\' b = "two &amp; &lt;three&gt;">\r\n',
  '  <testsuite name="s&#233;rie &#x1F600;" x="tab\there\r\nand line">\n',
  '    <testcase name="t1"/>\n',
  '    <testcase name="t2"><failure message="&quot;boom&quot; &apos;q&apos;">line 1\r\nline 2 &lt;b&gt; &#65;&#x42;',
  '<![CDATA[raw <xml> & ]] stuff\r\n]]>after</failure></testcase>\n',
  '    <testcase   name = "t3"  ><skipped/><system-out>out <!-- c --> more</system-out></testcase>\n',
  '  </testsuite>\n',
  '</testsuites>\n',
  '<!-- trailing comment -->\n'
].join('');

describe('XmlScanner: the same events whatever the chunk size', () => {
  const whole = events(DOC, DOC.length);

  test('the whole document at once', () => {
    expect(whole).toContain('<testsuites a="1" b="two & <three>" name=null message=null x=null>');
    expect(whole).toContain('<testsuite a=null b=null name="série 😀" message=null x="tab here and line">');
    expect(whole).toContain('<failure a=null b=null name=null message="\\"boom\\" \'q\'" x=null>');
    expect(whole).toContain('text "line 1\\nline 2 <b> AB"');
    expect(whole).toContain('text "raw <xml> & ]] stuff\\n"');
    expect(whole).toContain('text "out "');
    expect(whole).toContain('text " more"');
    expect(whole[whole.length - 1]).toBe('</testsuites>');
    expect(whole.some((e) => e.startsWith('error'))).toBe(false);
  });

  test('every chunk size from 1 to the whole document', () => {
    for (let size = 1; size <= DOC.length; size++) expect([size, events(DOC, size)]).toEqual([size, whole]);
  });

  test('without text wanted, text is checked but not reported', () => {
    expect(events(DOC, 7, false).filter((e) => e.startsWith('text'))).toEqual([]);
  });
});

describe('XmlScanner: broken XML names the same line and column at every chunk size', () => {
  test.each([
    [
      'a mismatched end tag',
      '<a>\n  <b>\n  </c>\n</a>',
      /^error 3:3 the end tag <\/c> does not match the open element <b>$/
    ],
    ['a truncated file', '<a>\n<b x="1">text', /^error 2:14 unexpected end of file: <b> is not closed$/],
    ['a file cut inside a tag', '<a>\n<b x="1', /^error 2:\d+ unexpected end of file inside a start tag$/],
    ['a duplicate attribute', '<a>\n<b x="1" x="2"/></a>', /^error 2:10 duplicate attribute x on <b>$/],
    ['an unquoted value', '<a x=1/>', /^error 1:6 the value of the attribute x is not quoted$/],
    ['no whitespace between attributes', '<a x="1"y="2"/>', /^error 1:9 whitespace is required between attributes$/],
    ['an attribute without a value', '<a x/>', /^error 1:5 the attribute x has no value$/],
    ['"<" in an attribute value', '<a x="a<b"/>', /^error 1:8 "<" in an attribute value$/],
    ['an undefined entity', '<a>\n  &nbsp;</a>', /^error 2:3 undefined entity &nbsp;/],
    ['an entity without ";"', '<a>&amp</a>', /^error 1:4 an entity reference without its closing ";"$/],
    ['a forbidden character', '<a>\nab\u0000</a>', /^error 2:3 a character XML does not allow \(U\+0000\)$/],
    [
      'a forbidden character reference',
      '<a>&#0;</a>',
      /^error 1:4 a character reference to a character XML does not allow/
    ],
    ['text after the root', '<a/>\nhello', /^error 2:1 text after the root element$/],
    ['a second root', '<a/><b/>', /^error 1:5 a second root element/],
    [
      'a DOCTYPE',
      '<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>',
      /^error 2:1 a DOCTYPE is not allowed/
    ],
    [
      'an XML declaration after the start',
      ' <?xml version="1.0"?><a/>',
      /^error 1:2 an XML declaration is only allowed at the very start/
    ],
    ['an unclosed comment', '<a><!-- never closed', /^error 1:\d+ unexpected end of file inside a comment$/],
    ['a CDATA section outside the root', '<![CDATA[x]]><a/>', /^error 1:1 a CDATA section outside the root element$/]
  ])('%s', (_, doc, expected) => {
    const whole = events(doc, doc.length);
    expect(whole[whole.length - 1]).toMatch(expected);
    for (let size = 1; size < doc.length; size++)
      expect([size, events(doc, size).pop()]).toEqual([size, whole[whole.length - 1]]);
  });
});

describe('XmlScanner: bounded', () => {
  test('an attribute value past the cap keeps its head and the tag goes on', () => {
    const doc = `<a x="${'v'.repeat(TEXT_CAP * 3)}" y="after"/>`;
    const seen: (string | undefined)[] = [];
    const scanner = new XmlScanner({
      open: (_, a) => seen.push(a('x')?.length.toString(), a('y')),
      close: () => {},
      text: () => {}
    });
    for (let i = 0; i < doc.length; i += 65536) scanner.write(doc.slice(i, i + 65536));
    scanner.end();
    expect(seen).toEqual([String(TEXT_CAP), 'after']);
  });

  test('a text node past the cap is delivered capped, once', () => {
    const texts: string[] = [];
    const scanner = new XmlScanner({ open: () => {}, close: () => {}, text: (t) => texts.push(t) });
    scanner.wantText = true;
    scanner.write('<a>');
    for (let i = 0; i < 10; i++) scanner.write('x'.repeat(65536));
    scanner.write('</a>');
    scanner.end();
    expect(texts.map((t) => t.length)).toEqual([TEXT_CAP]);
  });
});

describe('JunitParser on the scanner: the report does not depend on chunking', () => {
  const report = `<?xml version="1.0"?>\n<testsuites>\n<testsuite name="outer" file="a.py">\n<testsuite name="in &amp; ner">\n${Array.from({ length: 8 }, (_, i) => `<testcase classname="pkg.C${i % 3}" name="test ${i}" line="${i + 1}">${i % 3 === 0 ? `<failure message="m${i}">trace &lt;${i}&gt;\r\n  at x</failure>` : i % 3 === 1 ? '<skipped/>' : ''}</testcase>`).join('\n')}\n</testsuite>\n</testsuite>\n</testsuites>\n`;
  const parse = (size: number) => {
    const parser = new JunitParser('r.xml');
    for (let i = 0; i < report.length; i += size) parser.write(report.slice(i, i + size));
    return parser.end();
  };
  const whole = parse(report.length);

  test('the whole report', () => {
    expect(whole.totals).toEqual({ tests: 8, passed: 2, failed: 3, errored: 0, skipped: 3, flaky: 0, suiteErrors: 0 });
    expect(whole.cases.at(0)).toEqual({
      suite: 'outer › in & ner',
      classname: 'pkg.C0',
      name: 'test 0',
      file: 'a.py',
      line: 1,
      outcome: 'failed',
      flaky: false,
      message: 'm0\ntrace <0>\n  at x'
    });
  });

  test('every chunk size', () => {
    for (let size = 1; size < report.length; size += size < 40 ? 1 : 13)
      expect([size, parse(size)]).toEqual([size, whole]);
  });
});

describe('XmlScanner: edges', () => {
  test('a text node cut by the cap inside a reference', () => {
    const texts: string[] = [];
    const scanner = new XmlScanner({ open: () => {}, close: () => {}, text: (t) => texts.push(t) });
    scanner.wantText = true;
    scanner.write(`<a>${'x'.repeat(TEXT_CAP - 2)}&amp;&amp;</a>`);
    scanner.end();
    expect(texts).toEqual(['x'.repeat(TEXT_CAP - 2)]);
  });

  test('a short processing instruction at the end of the file', () => {
    expect(events('<a/><?b?>', 100)).toEqual(['<a a=null b=null name=null message=null x=null>', '</a>']);
  });
});

describe('plainBytes: the fast path that skips the search for forbidden characters', () => {
  const bytes = (text: string, offset = 0) => {
    const b = Buffer.from(' '.repeat(offset) + text, 'utf8');
    return new Uint8Array(b.buffer, b.byteOffset + offset, b.length - offset);
  };
  test('printable ASCII, tab, LF and CR are plain, at every length and alignment', () => {
    const text = '<a b="c">\t1\r\n2</a>~ ';
    for (let n = 0; n <= text.length; n++)
      for (let offset = 0; offset < 4; offset++) expect(plainBytes(bytes(text.slice(0, n), offset))).toBe(true);
  });
  test.each([
    [
      'every control character XML forbids',
      Array.from({ length: 32 }, (_, c) => c).filter((c) => c !== 9 && c !== 10 && c !== 13)
    ],
    ['every byte over 0x7F (and DEL, which is plain)', [0x7f, 0x80, 0xbf, 0xef, 0xff]]
  ])('%s, at every position and alignment', (_, codes) => {
    for (const code of codes) {
      for (let at = 0; at < 9; at++) {
        for (let offset = 0; offset < 4; offset++) {
          const b = Buffer.alloc(offset + 9, 0x41);
          b[offset + at] = code;
          expect(plainBytes(new Uint8Array(b.buffer, b.byteOffset + offset, 9))).toBe(code === 0x7f);
        }
      }
    }
  });
  test('a forbidden character in a file read in chunks still names its line and column', async () => {
    const chunks = [
      Buffer.from('<testsuite>\n<testcase name="a"/>\n'),
      Buffer.from('<testcase name="b\u0001"/>\n</testsuite>\n')
    ];
    await expect(parseXmlStream('r.xml', chunks)).rejects.toThrow(
      'r.xml:3:18: a character XML does not allow (U+0001)'
    );
  });
  test('U+FFFE split across two chunks is found', async () => {
    const all = Buffer.from('<testsuite name="x\uFFFE"/>');
    const cut = all.indexOf(0xef) + 1;
    await expect(parseXmlStream('r.xml', [all.subarray(0, cut), all.subarray(cut)])).rejects.toThrow(
      'a character XML does not allow (U+FFFE)'
    );
  });
});

describe('readReport over a file of many chunks (the text not read yet goes back in front of the next read)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'epic-steward-chunks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  // Plain and non-ASCII stretches, long attribute values (past the carry), CRLF, entities and comments,
  // so chunk ends fall inside characters, tags, values and references. A file's reads are cut after
  // their last ">" (read.ts, tagsEnd): raw ">" in values and text, and failure texts longer than
  // the bytes a cut may hold back, make those cuts fall inside values and text too.
  const doc = (pad: number) => {
    const cases: string[] = [];
    for (let i = 0; i < 3000; i++) {
      // Most chunks plain ASCII (the remainder carried as bytes), some not (carried as text).
      const accent = (i >= 1000 && i < 1010) || i === 2900 ? 'é😀' : '';
      const long = i % 97 === 5 ? ` note="${'x'.repeat(3000 + i)}${accent}"` : '';
      const failing =
        i % 11 === 4
          ? `><failure message="m&lt;${i}&gt; a>b${accent}">line one\r\nline two -> ${accent}&amp;${i % 7 === 0 ? 'log line &amp;\n'.repeat(600) : ''}</failure></testcase>`
          : '/>';
      cases.push(
        `<testcase classname="c.K${i % 13}${accent}" name="t${i} &quot;${accent}"${long} time="0.${i}"${failing}${i % 50 === 0 ? '<!-- c -->' : ''}\n`
      );
    }
    return `<?xml version="1.0"?><!--${'-'.repeat(pad).replace(/-/g, ' ')}-->\n<testsuites>\n<testsuite name="s">\n${cases.join('')}</testsuite>\n</testsuites>\n`;
  };
  // The reference: the whole document handed to the parser as one string, with no chunk loop.
  const inOnePiece = (path: string, text: string) => {
    const parser = new JunitParser(path);
    parser.write(text);
    return parser.end();
  };
  test.each([0, 1, 2, 3, 17, 4095])('the same report as the document in one piece (padding %i)', async (pad) => {
    const text = doc(pad);
    const path = file(`doc-${pad}.xml`, text);
    expect(Buffer.byteLength(text)).toBeGreaterThan(4 * 64 * 1024);
    const whole = inOnePiece(path, text);
    expect(whole.totals.tests).toBe(3000);
    expect(await readReport(path)).toEqual(whole);
  });
  test.each([
    ['a forbidden character', '\u0001'],
    ['a mismatched end tag', '</testcase>'],
    ['an undefined entity', '&nbsp;']
  ])('%s deep in the file: the same line and column', async (_, bad) => {
    const text = doc(0);
    const at = text.indexOf('name="t2345');
    const broken = text.slice(0, at) + `name="${bad}` + text.slice(at + 6);
    const path = file('broken.xml', broken);
    let message = 'parsed';
    try {
      inOnePiece(path, broken);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/:\d+:\d+: /);
    await expect(readReport(path)).rejects.toThrow(message);
  });
});
