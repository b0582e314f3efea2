/**
 * A streaming XML scanner made for test reports: fast (it finds markup with indexOf and skips
 * the text it is not asked for), bounded in memory (it holds one chunk plus at most one
 * incomplete tag, capped), and strict enough to name the line and column of broken XML
 * (mismatched or unclosed tags, bad attributes, undefined entities, characters XML forbids).
 * A DOCTYPE is refused as soon as it starts, so no entity is ever declared or expanded.
 */

/** A well-formedness error; line and column are 1-based. */
export class XmlError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number
  ) {
    super(message);
  }
}

/** A start tag's attribute values by name; valid only during the `open` call it is given to. */
export type Attributes = (name: string) => string | undefined;

export interface XmlHandler {
  open(name: string, attributes: Attributes): void;
  close(name: string): void;
  /** A text node or a CDATA section, only while the scanner's `wantText` is set. */
  text(text: string): void;
}

/** Text kept from one text node, CDATA section or attribute value: past it, the rest is skipped. */
export const TEXT_CAP = 64 * 1024;
const NAME_CAP = 1024;
const ATTRIBUTE_CAP = 1024;
const ENTITY_CAP = 64;

const TEXT = 0;
const MARKUP = 1;
const ATTRS = 2;
const VALUE = 3;
const COMMENT = 4;
const CDATA = 5;
const PI = 6;

// Characters XML 1.0 forbids anywhere (lone surrogates cannot come out of the UTF-8 decoder).
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

// ASCII name characters: 1 may start a name, 2 may only follow; everything past ASCII is allowed.
const NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_:]/.test(ch)) NAME[c] = 1;
  else if (/[0-9.-]/.test(ch)) NAME[c] = 2;
}
const isNameChar = (c: number) => c > 127 || NAME[c] !== 0;
const isNameStart = (c: number) => c > 127 || NAME[c] === 1;
const first = (at: number) => (at === -1 ? Infinity : at);
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

/** The next index of a character class at or after `p`, remembered so a buffer is searched once. */
class Next {
  private base = Infinity;
  private at = -1;
  constructor(private readonly search: (text: string, from: number) => number) {}
  reset(): void {
    this.base = Infinity;
  }
  find(text: string, p: number): number {
    if (p < this.base || (this.at !== -1 && this.at < p)) {
      this.base = p;
      this.at = this.search(text, p);
    }
    return this.at;
  }
}

/**
 * Whether every byte is printable ASCII, tab, LF or CR: such text holds no character XML
 * forbids. Four bytes are tested at once (a byte under 0x20 or over 0x7F sets a high bit in one
 * of the two masks), which is about twice as fast as a regular expression over the decoded text.
 */
export function plainBytes(bytes: Uint8Array): boolean {
  const n = bytes.length;
  const aligned = bytes.byteOffset % 4 === 0;
  const words = aligned ? n >>> 2 : 0;
  if (words > 0) {
    const u32 = new Uint32Array(bytes.buffer, bytes.byteOffset, words);
    for (let i = 0; i < words; i++) {
      const x = u32[i]!;
      if ((x & 0x80808080) === 0 && ((x - 0x20202020) & ~x & 0x80808080) === 0) continue;
      // A byte under 0x20 (or a borrow from one): only tab, LF and CR are plain.
      for (let k = i * 4; k < i * 4 + 4; k++) if (!PLAIN[bytes[k]!]) return false;
    }
  }
  for (let k = words * 4; k < n; k++) if (!PLAIN[bytes[k]!]) return false;
  return true;
}
const PLAIN = new Uint8Array(256);
for (let b = 0x20; b < 0x80; b++) PLAIN[b] = 1;
PLAIN[9] = PLAIN[10] = PLAIN[13] = 1;

export class XmlScanner {
  /** Set by the handler: deliver text and CDATA to `text` (else they are only checked). */
  wantText = false;
  private buf = '';
  private pos = 0;
  private state = TEXT;
  /** Newlines before `buf`, the column where `buf` starts and its offset in the document. */
  private lines = 0;
  private column0 = 0;
  private offset = 0;
  private readonly stack: string[] = [];
  /** The names of knowNames by length. */
  private readonly known: string[][] = [];
  private rootDone = false;
  private pending = '';
  private pendingText = false;
  // The start tag being read (ATTRS, VALUE).
  private tagName = '';
  // Its attributes: names and values as text or (while undefined) where they are in the buffer:
  // most are never asked for, so most are never copied out of it.
  private count = 0;
  private readonly names: (string | undefined)[] = [];
  private readonly nameAt: number[] = [];
  private readonly nameLength: number[] = [];
  private readonly values: (string | undefined)[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private spaced = false;
  private attrName = '';
  private quote = '"';
  private valueHead = '';
  private readonly lt = new Next((s, p) => s.indexOf('<', p));
  private readonly amp = new Next((s, p) => s.indexOf('&', p));
  private readonly nl = new Next((s, p) => s.indexOf('\n', p));
  private readonly tab = new Next((s, p) => s.indexOf('\t', p));
  private readonly cr = new Next((s, p) => s.indexOf('\r', p));
  private readonly attribute: Attributes = (name) => {
    for (let i = 0; i < this.count; i++)
      if (this.isName(i, name)) return this.values[i] ?? this.buf.slice(this.starts[i], this.ends[i]);
    return undefined;
  };

  constructor(private readonly handler: XmlHandler) {}

  // The start tag's attributes by index, valid only during `open`: a handler that wants several
  // reads them in one pass rather than one search per name.
  get attributeCount(): number {
    return this.count;
  }
  attributeIs(i: number, key: string): boolean {
    return this.isName(i, key);
  }
  attributeValue(i: number): string {
    return this.values[i] ?? this.buf.slice(this.starts[i], this.ends[i]);
  }

  /**
   * Adds the next chunk of the document. `plain` says the caller has seen the chunk's bytes and
   * they were all printable ASCII, tab, LF or CR (plainBytes): then it holds no character XML
   * forbids and the search for one, a tenth of the parse, is skipped.
   */
  write(chunk: string, plain = false): void {
    this.shift();
    const bad = plain ? null : FORBIDDEN.exec(chunk);
    if (bad) {
      this.buf += chunk.slice(0, bad.index);
      this.fail(
        `a character XML does not allow (U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`,
        this.buf.length
      );
    }
    // join, not +: a cons string would make every charCodeAt below slower.
    this.buf = this.buf ? [this.buf, chunk].join('') : chunk;
    this.run();
  }

  /**
   * Takes back the text not read yet when it is at most `max` characters (else leaves it and
   * returns ''): the caller puts it in front of the next chunk, so `write` need not copy that
   * chunk to join the two. Writing it back as it was leaves the scanner as it would have been.
   */
  takeRest(max: number): string {
    this.shift();
    const rest = this.buf;
    if (rest.length > max) return '';
    this.buf = '';
    return rest;
  }

  /** Checks that the document is complete; throws an XmlError otherwise. */
  end(): void {
    this.run();
    const at = this.buf.length;
    if (this.state !== TEXT)
      this.fail(
        `unexpected end of file inside ${['', 'a tag', 'a start tag', 'an attribute value', 'a comment', 'a CDATA section', 'a processing instruction'][this.state]}`,
        at
      );
    if (this.pos < at && this.buf[this.pos] === '&')
      this.fail('unexpected end of file inside an entity reference', this.pos);
    const open = this.stack[this.stack.length - 1];
    if (open !== undefined) this.fail(`unexpected end of file: <${open}> is not closed`, at);
  }

  /** Where the scanner is: 1-based line and column. */
  position(at = this.pos): { line: number; column: number } {
    let line = this.lines + 1;
    let last = -1;
    for (let n = this.buf.indexOf('\n'); n !== -1 && n < at; n = this.buf.indexOf('\n', n + 1)) {
      line++;
      last = n;
    }
    return { line, column: (last === -1 ? this.column0 + at : at - last - 1) + 1 };
  }

  private fail(message: string, at: number): never {
    const { line, column } = this.position(at);
    throw new XmlError(message, line, column);
  }

  /** Drops what has been read, keeping the line count, so the buffer holds one chunk and a remainder. */
  private shift(): void {
    const { buf, pos } = this;
    // The buffer is about to change: whatever was found in it is forgotten.
    for (const next of [this.lt, this.amp, this.nl, this.tab, this.cr]) next.reset();
    if (pos === 0) return;
    let last = -1;
    for (let n = buf.indexOf('\n'); n !== -1 && n < pos; n = buf.indexOf('\n', n + 1)) {
      this.lines++;
      last = n;
    }
    this.column0 = last === -1 ? this.column0 + pos : pos - last - 1;
    this.offset += pos;
    this.buf = pos < buf.length ? buf.slice(pos) : '';
    this.pos = 0;
  }

  private run(): void {
    for (;;) {
      let more: boolean;
      switch (this.state) {
        case TEXT:
          more = this.text();
          break;
        case MARKUP:
          more = this.markup();
          break;
        case ATTRS:
          more = this.attributes();
          break;
        case VALUE:
          more = this.longValue();
          break;
        case COMMENT:
          more = this.skip('-->', 2);
          break;
        case CDATA:
          more = this.cdata();
          break;
        default:
          more = this.skip('?>', 1);
      }
      if (!more) return;
    }
  }

  private text(): boolean {
    const { buf } = this;
    const start = this.pos;
    const lt = this.lt.find(buf, start);
    const end = lt === -1 ? buf.length : lt;
    if (end > start) {
      let stop = this.references(start, end, lt === -1);
      if (this.stack.length === 0) {
        const stray = /[^ \t\r\n]/.exec(buf.slice(start, stop));
        if (stray)
          this.fail(
            this.rootDone ? 'text after the root element' : 'text before the root element',
            start + stray.index
          );
      } else if (this.wantText && stop > start) {
        // A CR the chunk ends on may be the first half of a CRLF: it waits for the next chunk.
        if (lt === -1 && buf.charCodeAt(stop - 1) === 13) stop--;
        this.append(start, stop, true);
      }
      this.pos = stop;
    }
    if (lt === -1) return false;
    this.flush();
    this.pos = lt;
    this.state = MARKUP;
    return true;
  }

  /** Adds buf[start, stop) to the text node, capped, with line ends normalised (and references decoded in text, not CDATA). */
  private append(start: number, stop: number, references: boolean): void {
    this.pendingText = true;
    if (this.pending.length >= TEXT_CAP || stop <= start) return;
    const end = Math.min(stop, start + TEXT_CAP - this.pending.length);
    let raw = this.buf.slice(start, end);
    if (references && end < stop) {
      // The cap may cut a reference in two: its first half is dropped.
      const a = raw.lastIndexOf('&');
      if (a !== -1 && raw.indexOf(';', a) === -1) raw = raw.slice(0, a);
    }
    if (raw.indexOf('\r') !== -1) raw = raw.replace(/\r\n?/g, '\n');
    this.pending += references ? this.decode(raw, start) : raw;
  }

  /** Hands the text node read so far to the handler. */
  private flush(): void {
    if (!this.pendingText) return;
    if (this.wantText) this.handler.text(this.pending);
    this.pending = '';
    this.pendingText = false;
  }

  /**
   * Checks the entity references in text [start, end); returns where the text is complete:
   * before a reference the end of the buffer cuts (`open`), else `end`.
   */
  private references(start: number, end: number, open: boolean): number {
    const { buf } = this;
    for (let a = this.amp.find(buf, start); a !== -1 && a < end; a = this.amp.find(buf, a + 1)) {
      const semi = buf.indexOf(';', a + 1);
      if (semi === -1 || semi >= end || semi - a > ENTITY_CAP) {
        if (open && semi === -1 && end - a <= ENTITY_CAP) return a;
        this.fail(
          end - a > ENTITY_CAP && (semi === -1 || semi - a > ENTITY_CAP)
            ? `an entity reference longer than ${ENTITY_CAP} characters`
            : 'an entity reference without its closing ";"',
          a
        );
      }
      this.entity(buf.slice(a + 1, semi), a);
    }
    return end;
  }

  /** The character an entity reference (`name` without & and ;) stands for. */
  private entity(name: string, at: number): string {
    const known = PREDEFINED[name];
    if (known !== undefined && Object.hasOwn(PREDEFINED, name)) return known;
    const m = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(name);
    if (!m)
      this.fail(
        /^[A-Za-z_:][\w.:-]*$/.test(name)
          ? `undefined entity &${name}; (a test report declares none)`
          : `an invalid entity reference &${name};`,
        at
      );
    const code = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
    const legal =
      code === 9 ||
      code === 10 ||
      code === 13 ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    if (!legal) this.fail(`a character reference to a character XML does not allow (&${name};)`, at);
    return String.fromCodePoint(code);
  }

  /** `raw` with its references replaced; `at` is its index in the buffer, for errors. */
  private decode(raw: string, at: number): string {
    let a = raw.indexOf('&');
    if (a === -1) return raw;
    let out = '';
    let from = 0;
    while (a !== -1) {
      const semi = raw.indexOf(';', a + 1);
      if (semi === -1 || semi - a > ENTITY_CAP) this.fail('an entity reference without its closing ";"', at + a);
      out += raw.slice(from, a) + this.entity(raw.slice(a + 1, semi), at + a);
      from = semi + 1;
      a = raw.indexOf('&', from);
    }
    return out + raw.slice(from);
  }

  /** At `<`: decides what the markup is, or waits for the characters that decide it. */
  private markup(): boolean {
    const { buf, pos: p } = this;
    const left = buf.length - p;
    if (left < 2) return false;
    const c = buf.charCodeAt(p + 1);
    if (c === 47) return this.endTag(p);
    if (c === 33) {
      const head = buf.slice(p, p + 9);
      if (head.startsWith('<!--')) return this.enter(COMMENT, p + 4);
      if (head === '<![CDATA[') {
        if (this.stack.length === 0) this.fail('a CDATA section outside the root element', p);
        return this.enter(CDATA, p + 9);
      }
      if (head === '<!DOCTYPE')
        this.fail('a DOCTYPE is not allowed in a test report (its entities are never expanded)', p);
      if (left < 9 && ['<!--', '<![CDATA[', '<!DOCTYPE'].some((m) => m.startsWith(head))) return false;
      this.fail(`unexpected markup ${JSON.stringify(head)}`, p);
    }
    if (c === 63) {
      // Six characters tell an XML declaration (`<?xml ` or `<?xml?`) from another instruction.
      if (left < 6 && buf.indexOf('?>', p + 2) === -1) return false;
      if (/^<\?xml[\s?]/i.test(buf.slice(p, p + 6)) && this.offset + p !== 0)
        this.fail('an XML declaration is only allowed at the very start of the file', p);
      return this.enter(PI, p + 2);
    }
    let q = p + 1;
    while (q < buf.length && isNameChar(buf.charCodeAt(q))) q++;
    if (q === buf.length) {
      if (left > NAME_CAP) this.fail(`a tag name longer than ${NAME_CAP} characters`, p);
      return false;
    }
    if (q === p + 1 || !isNameStart(c))
      this.fail(`a character not allowed at the start of a tag name: ${JSON.stringify(buf[p + 1])}`, p + 1);
    if (this.stack.length === 0 && this.rootDone) this.fail('a second root element (a report has one)', p);
    this.tagName = this.name(p + 1, q);
    this.count = 0;
    this.spaced = false;
    return this.enter(ATTRS, q);
  }

  /**
   * The element names the handler compares, given back as these very strings: comparing a name
   * found here is then a pointer compare, and reading it allocates nothing. The scanner itself
   * knows no report format's names.
   */
  knowNames(names: readonly string[]): void {
    this.known.length = 0;
    for (const name of names) (this.known[name.length] ??= []).push(name);
  }

  private name(start: number, end: number): string {
    const known = this.known[end - start];
    if (known) for (const name of known) if (this.at(start, name)) return name;
    return this.buf.slice(start, end);
  }

  private enter(state: number, pos: number): true {
    this.state = state;
    this.pos = pos;
    return true;
  }

  private endTag(p: number): boolean {
    const { buf } = this;
    const gt = buf.indexOf('>', p + 2);
    if (gt === -1) {
      if (buf.length - p > NAME_CAP) this.fail(`an end tag longer than ${NAME_CAP} characters`, p);
      return false;
    }
    let e = p + 2;
    while (e < gt && isNameChar(buf.charCodeAt(e))) e++;
    const name = this.name(p + 2, e);
    for (let s = e; s < gt; s++)
      if (!isSpace(buf.charCodeAt(s)))
        this.fail(`an end tag with something other than a name in it: ${JSON.stringify(buf.slice(p, gt + 1))}`, s);
    const open = this.stack[this.stack.length - 1];
    if (open === undefined) this.fail(`an end tag </${name}> with no element open`, p);
    if (open !== name) this.fail(`the end tag </${name}> does not match the open element <${open}>`, p);
    this.stack.pop();
    if (this.stack.length === 0) this.rootDone = true;
    this.enter(TEXT, gt + 1);
    this.handler.close(name);
    return true;
  }

  /** Reads a start tag's attributes from `pos`; waits at an attribute the buffer cuts. */
  private attributes(): boolean {
    if (this.readAttributes()) return true;
    // The buffer is about to change: values still pointing into it are copied out.
    for (let i = 0; i < this.count; i++) {
      this.names[i] ??= this.buf.slice(this.nameAt[i], this.nameAt[i]! + this.nameLength[i]!);
      this.values[i] ??= this.buf.slice(this.starts[i], this.ends[i]);
    }
    return false;
  }

  private readAttributes(): boolean {
    const { buf } = this;
    const len = buf.length;
    let p = this.pos;
    // The first character at or after p that a value may not hold or must have rewritten: a
    // value ending before it needs no check (in most tags, that is every value).
    let special = this.special(p);
    for (;;) {
      let q = p;
      while (q < len && isSpace(buf.charCodeAt(q))) q++;
      if (q > p) this.spaced = true;
      this.pos = q;
      if (q === len) return false;
      const c = buf.charCodeAt(q);
      if (c === 62) return this.openTag(q + 1, false);
      if (c === 47) {
        if (q + 1 === len) return false;
        if (buf.charCodeAt(q + 1) !== 62) this.fail('"/" in a start tag must be followed by ">"', q);
        return this.openTag(q + 2, true);
      }
      if (!this.spaced) this.fail('whitespace is required between attributes', q);
      let e = q;
      while (e < len && isNameChar(buf.charCodeAt(e))) e++;
      if (e === len) {
        if (len - q > NAME_CAP) this.fail(`an attribute name longer than ${NAME_CAP} characters`, q);
        return false;
      }
      if (e === q || !isNameStart(c)) this.fail(`a character not allowed in a start tag: ${JSON.stringify(buf[q])}`, q);
      let r = e;
      while (r < len && isSpace(buf.charCodeAt(r))) r++;
      if (r === len) return false;
      if (buf.charCodeAt(r) !== 61) this.fail(`the attribute ${buf.slice(q, e)} has no value`, r);
      r++;
      while (r < len && isSpace(buf.charCodeAt(r))) r++;
      if (r === len) return false;
      const quote = buf[r]!;
      if (quote !== '"' && quote !== "'") this.fail(`the value of the attribute ${buf.slice(q, e)} is not quoted`, r);
      const vs = r + 1;
      const ve = buf.indexOf(quote, vs);
      if (ve !== -1 && ve < special) {
        this.add(undefined, q, e, undefined, vs, ve);
        p = ve + 1;
        this.spaced = false;
        continue;
      }
      const lt = this.lt.find(buf, vs);
      if (lt !== -1 && (ve === -1 || lt < ve)) this.fail('"<" in an attribute value', lt);
      if (ve === -1) {
        if (len - vs <= TEXT_CAP) return false;
        // A value longer than the cap: keep its head and skip to its closing quote.
        this.attrName = buf.slice(q, e);
        this.quote = quote;
        this.valueHead = buf.slice(vs, vs + TEXT_CAP);
        return this.enter(VALUE, len) && false;
      }
      this.addChecked(q, e, vs, ve);
      p = ve + 1;
      this.spaced = false;
      special = this.special(p);
    }
  }

  /**
   * Adds an attribute whose value [vs, ve) may hold a line end, a tab or a reference. Most
   * values need neither whitespace normalisation nor decoding: they stay in the buffer.
   */
  private addChecked(q: number, e: number, vs: number, ve: number): void {
    const { buf } = this;
    let value: string | undefined;
    if (this.within(this.nl, vs, ve) || this.within(this.tab, vs, ve) || this.within(this.cr, vs, ve))
      value = buf.slice(vs, ve).replace(/\r\n?|[\n\t]/g, ' ');
    if (this.within(this.amp, vs, ve)) value = this.decode(value ?? buf.slice(vs, ve), vs);
    this.add(undefined, q, e, value, vs, ve);
  }

  private special(p: number): number {
    const { buf } = this;
    return Math.min(
      first(this.lt.find(buf, p)),
      first(this.amp.find(buf, p)),
      first(this.nl.find(buf, p)),
      first(this.tab.find(buf, p)),
      first(this.cr.find(buf, p))
    );
  }

  private within(next: Next, start: number, end: number): boolean {
    const at = next.find(this.buf, start);
    return at !== -1 && at < end;
  }

  private isName(i: number, key: string): boolean {
    if (this.nameLength[i] !== key.length) return false;
    const kept = this.names[i];
    if (kept !== undefined) return kept === key;
    const at = this.nameAt[i]!;
    return this.at(at, key);
  }

  /**
   * Whether the buffer holds `text` at `p` (the caller knows it fits). A loop, not startsWith: a
   * few times faster on these short strings, and this runs for every name and most classnames.
   * The last character first: names that differ mostly differ there (case1, case2...).
   */
  private at(p: number, text: string): boolean {
    const { buf } = this;
    const n = text.length;
    if (n === 0) return true;
    if (buf.charCodeAt(p + n - 1) !== text.charCodeAt(n - 1)) return false;
    for (let k = 0; k < n - 1; k++) if (buf.charCodeAt(p + k) !== text.charCodeAt(k)) return false;
    return true;
  }

  private sameText(a: number, b: number, length: number): boolean {
    const { buf } = this;
    for (let k = 0; k < length; k++) if (buf.charCodeAt(a + k) !== buf.charCodeAt(b + k)) return false;
    return true;
  }

  /** Adds an attribute: its name (text, or the buffer's [q, e)) and value (text, or the buffer's [start, end)). */
  private add(
    name: string | undefined,
    q: number,
    e: number,
    value: string | undefined,
    start: number,
    end: number
  ): void {
    const n = this.count;
    if (n === ATTRIBUTE_CAP) this.fail(`more than ${ATTRIBUTE_CAP} attributes on <${this.tagName}>`, q);
    const length = name?.length ?? e - q;
    for (let i = 0; i < n; i++) {
      if (this.nameLength[i] !== length) continue;
      // Compared where both names are when they still are in the buffer: no copy.
      const kept = this.names[i];
      const same =
        name !== undefined
          ? this.isName(i, name)
          : kept !== undefined
            ? this.at(q, kept)
            : this.sameText(this.nameAt[i]!, q, length);
      if (same) this.fail(`duplicate attribute ${name ?? this.buf.slice(q, e)} on <${this.tagName}>`, q);
    }
    this.names[n] = name;
    this.nameAt[n] = q;
    this.nameLength[n] = length;
    this.values[n] = value;
    this.starts[n] = start;
    this.ends[n] = end;
    this.count = n + 1;
  }

  private openTag(end: number, empty: boolean): true {
    const name = this.tagName;
    this.enter(TEXT, end);
    this.stack.push(name);
    this.handler.open(name, this.attribute);
    if (empty) {
      this.stack.pop();
      if (this.stack.length === 0) this.rootDone = true;
      this.handler.close(name);
    }
    return true;
  }

  /** Inside an attribute value past the cap: skips to its closing quote. */
  private longValue(): boolean {
    const { buf } = this;
    const q = buf.indexOf(this.quote, this.pos);
    const lt = this.lt.find(buf, this.pos);
    if (lt !== -1 && (q === -1 || lt < q)) this.fail('"<" in an attribute value', lt);
    if (q === -1) {
      this.pos = buf.length;
      return false;
    }
    // The head may end inside a reference the cap cut: drop that part.
    let head = this.valueHead.replace(/\r\n?|[\n\t]/g, ' ');
    const a = head.lastIndexOf('&');
    if (a !== -1 && head.indexOf(';', a) === -1) head = head.slice(0, a);
    this.add(this.attrName, q, q, this.decode(head, q), 0, 0);
    this.valueHead = '';
    this.spaced = false;
    return this.enter(ATTRS, q + 1);
  }

  /** Skips a comment or processing instruction to `close`, keeping the characters a chunk may cut. */
  private skip(close: string, keep: number): boolean {
    const e = this.buf.indexOf(close, this.pos);
    if (e === -1) {
      this.pos = Math.max(this.pos, this.buf.length - keep);
      return false;
    }
    return this.enter(TEXT, e + close.length);
  }

  private cdata(): boolean {
    const { buf, pos } = this;
    const e = buf.indexOf(']]>', pos);
    let stop = e === -1 ? Math.max(pos, buf.length - 2) : e;
    if (e === -1 && stop > pos && buf.charCodeAt(stop - 1) === 13) stop--;
    if (this.wantText) this.append(pos, stop, false);
    this.pos = stop;
    if (e === -1) return false;
    this.flush();
    return this.enter(TEXT, e + 3);
  }
}
