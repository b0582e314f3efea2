import { XmlError, XmlScanner } from '../../src/gates/xml';

/**
 * A chunk that holds no "<" while the scanner is inside an element's text is read as plain text
 * (XmlScanner.plainText): no Latin-1 mirror, references found by a scan of the buffer's words,
 * U+FFFE and U+FFFF by a search of its bytes. Whatever the chunk size, the events and the errors
 * must be those of the document written in one piece (which never takes that path: it holds tags).
 */
function events(doc: string, size: number): string[] {
  const out: string[] = [];
  const scanner = new XmlScanner({
    open: (name) => out.push(`<${name}>`),
    close: (name) => out.push(`</${name}>`),
    text: (text) =>
      out.push(`text ${text.length} ${JSON.stringify(text.slice(0, 40))} ${JSON.stringify(text.slice(-40))}`)
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

const SIZES = [1, 2, 3, 5, 64, 1000, 4096];
const line = (i: number) => `${i} é processed &amp; flushed &lt;${i}&gt; &#x1F600;&#233;\r\n`;
const log = (lines: number, middle = '') => {
  const text = Array.from({ length: lines }, (_, i) => line(i)).join('');
  return `<r><t>${text.slice(0, text.length >> 1)}${middle}${text.slice(text.length >> 1)}</t></r>`;
};

describe('plain text chunks: the same events and errors as the document in one piece', () => {
  test.each([
    ['a valid log', log(300)],
    ['a CR, a CRLF and a reference where chunks end', log(300, '\r\r\n&quot;&apos;\r')],
    ['a text past the kept cap', log(3000)],
    ['U+FFFE', log(300, 'x\uFFFEy')],
    ['U+FFFF', log(300, '\uFFFF')],
    ['a forbidden control', log(300, 'a\u0001')],
    ['an undefined entity', log(300, '&nbsp;')],
    ...['&lx;', '&gtt;', '&am;', '&amq;', '&ampp;', '&amp', '&lt', '&qt;'].map((near) => [
      `${near}, near a predefined entity`,
      log(300, near)
    ]),
    ['a reference to a forbidden character', log(300, '&#1;')],
    ['an entity without its ";"', log(300, '&amp here')],
    ['an entity longer than the cap', log(300, `&${'a'.repeat(100)};`)]
  ])('%s', (_, doc) => {
    const whole = events(doc, Buffer.byteLength(doc));
    for (const size of SIZES) expect([size, events(doc, size)]).toEqual([size, whole]);
  });

  test.each([
    ['inside an entity reference', '<r>abc &am', 'unexpected end of file inside an entity reference'],
    ['inside an element', '<r>abc &amp; def', 'unexpected end of file: <r> is not closed']
  ])('a document that ends %s says so at every chunk size', (_, doc, message) => {
    for (const size of [1, 2, 3, 4, Buffer.byteLength(doc)]) expect(events(doc, size).pop()).toMatch(message);
  });
});
