/**
 * A streaming XML scanner made for test reports, working on the file's bytes: it finds markup
 * with native byte searches, compares element and attribute names as bytes, and decodes only
 * what a handler asks for (an attribute value it reads, text it wants, capped). Everything else
 * is checked and skipped without becoming a string. It holds one chunk plus at most one
 * incomplete tag (capped), and is strict enough to name the line and column of broken XML
 * (mismatched or unclosed tags, bad attributes, undefined entities, characters XML forbids).
 * A DOCTYPE is refused as soon as it starts, so no entity is ever declared or expanded.
 *
 * Its hot paths are written for what V8 compiles well: no closure in a function that loops over
 * bytes (it would put the buffer in a heap context), literals and comparisons rather than module
 * tables in per-byte loops, and no arithmetic that runs only when a loop ends (it has no type
 * feedback when the loop is compiled, and the compiled code is then thrown away on every call).
 * The end tag of a known name is told by its bytes against the open element's. A chunk that
 * holds no `<` inside an element (a log a test dumped) is read as plain text, word by word.
 */

import type { ByteSpan } from './model';
import { utf8Byte, utf8Length } from './utf8';

/** A well-formedness error; line and column are 1-based (the column in UTF-16 units). */
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

/** Bytes kept from one text node, CDATA section or attribute value: past it, the rest is skipped. */
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
const STATES = [
  '',
  'a tag',
  'a start tag',
  'an attribute value',
  'a comment',
  'a CDATA section',
  'a processing instruction'
];

const LT = 60;
const GT = 62;
const AMP = 38;
const SEMI = 59;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const EQUALS = 61;
const NL = 10;
const CR = 13;
const TAB = 9;

// ASCII name bytes: 1 may start a name, 2 may only follow; every byte past ASCII is allowed
// (a name character's UTF-8 bytes are all over 0x7F).
const NAME = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  const ch = String.fromCharCode(c);
  if (c > 127 || /[A-Za-z_:]/.test(ch)) NAME[c] = 1;
  else if (/[0-9.-]/.test(ch)) NAME[c] = 2;
}
// Literals, not NL, TAB and CR: the bundle makes those variables, read on every call.
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;
/**
 * NAME[c] !== 0 by comparisons: in a loop over a name's bytes the table costs a map check and a
 * bounds check a byte, and a lowercase letter, what most names are made of, costs two compares.
 */
const nameByte = (c: number) =>
  c >= 0x61 ? c <= 0x7a || c >= 0x80 : c >= 0x41 ? c <= 0x5a || c === 0x5f : c >= 0x2d && c <= 0x3a && c !== 0x2f;
const VALUE_AMP = 1;
const VALUE_SPACE = 2;
/** Text from this many bytes on has its references found by OTHER_REFERENCE. */
const LONG_TEXT = 4096;
// An `&` that does not start one of the five predefined references.
const OTHER_REFERENCE = /&(?!(?:lt|gt|amp|quot|apos);)/g;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const bytesOf = (text: string) => Buffer.from(text, 'latin1');
const CDATA_START = bytesOf('<![CDATA[');
const CDATA_END = ']]>';
const COMMENT_END = '-->';
const PI_END = '?>';
// U+FFFE and U+FFFF start with these two bytes.
const FFFX_BYTES = Buffer.from([0xef, 0xbf]);
const CHAR = Array.from({ length: 256 }, (_, c) => String.fromCharCode(c));

/**
 * Whether every byte is printable ASCII, tab, LF or CR: such text holds no character XML
 * forbids. Four bytes are tested at once (a byte under 0x20 or over 0x7F sets a high bit in one
 * of the two masks).
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
      for (let k = i * 4; k < i * 4 + 4; k++) if (!PLAIN[bytes[k]!]) return false;
    }
  }
  for (let k = words * 4; k < n; k++) if (!PLAIN[bytes[k]!]) return false;
  return true;
}
const PLAIN = new Uint8Array(256);
for (let b = 0x20; b < 0x80; b++) PLAIN[b] = 1;
PLAIN[9] = PLAIN[10] = PLAIN[13] = 1;

/** The character an entity reference's name (without & and ;) stands for; the name is valid. */
function entityText(name: string): string {
  const known = PREDEFINED[name];
  if (known !== undefined && Object.hasOwn(PREDEFINED, name)) return known;
  const hex = name.charCodeAt(1) === 120;
  return String.fromCodePoint(parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
}

/** `raw` with its references (all checked already) replaced by what they stand for. */
function decodeReferences(raw: string): string {
  let a = raw.indexOf('&');
  if (a === -1) return raw;
  let out = '';
  let from = 0;
  while (a !== -1) {
    const semi = raw.indexOf(';', a + 1);
    if (semi === -1) break;
    out += raw.slice(from, a) + predefined(raw, a, semi);
    from = semi + 1;
    a = raw.indexOf('&', from);
  }
  return out + raw.slice(from);
}

/** The reference raw[a, semi] as text: the five predefined ones told by their letters, no lookup. */
function predefined(raw: string, a: number, semi: number): string {
  const c = raw.charCodeAt(a + 1);
  const n = semi - a - 1;
  if (n === 2 && raw.charCodeAt(a + 2) === 116) {
    if (c === 108) return '<';
    if (c === 103) return '>';
  }
  if (n === 3 && c === 97) return '&';
  if (n === 4 && c === 113) return '"';
  if (n === 4 && c === 97) return "'";
  return entityText(raw.slice(a + 1, semi));
}

type Utf8Slicer = { utf8Slice?: (start: number, end: number) => string };
/**
 * The bytes [start, end) as text. Buffer's own utf8Slice (in Node 20 and 24 alike, what
 * toString('utf8') ends in) when it is there: toString's argument checks cost as much as the
 * decoding of a short value, and a report has millions of them.
 */
const utf8: (buf: Buffer, start: number, end: number) => string =
  typeof (Buffer.prototype as Utf8Slicer).utf8Slice === 'function'
    ? (buf, start, end) => (buf as Utf8Slicer).utf8Slice!(start, end)
    : (buf, start, end) => buf.toString('utf8', start, end);

/** Values up to this many bytes are remembered by `attributeValue(i, true)`. */
const REMEMBERED_BYTES = 256;
const REMEMBERED = 4096;

/** UTF-16 units of UTF-8 bytes: one per byte that starts a character, two for a four-byte one. */
function units(b: Uint8Array, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = b[i]!;
    if (c < 0x80 || c >= 0xc0) n += c >= 0xf0 ? 2 : 1;
  }
  return n;
}

/** Where a character's bytes end when it starts at `at` with lead byte `c`. */
const charEnd = (at: number, c: number) => at + (c < 0xc0 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4);

/** A high bit in each byte of `x` that is zero (exact: no borrow crosses bytes). */
const zeroBytes = (x: number) => ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x) & 0x80808080;

// The bytes of a word that come before a given byte offset in it (1 to 3), set to 0x20 when ORed
// in: memory order is the platform's.
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const BEFORE = [0, 1, 2, 3].map((n) => {
  let mask = 0;
  for (let k = 0; k < n; k++) mask |= 0x20 << (LITTLE_ENDIAN ? 8 * k : 24 - 8 * k);
  return mask;
});
/** A word of four ampersands. */
const AMPS = 0x26262626;
/** A word of four spaces. */
const SPACES = 0x20202020;

/** A high bit in each byte of `x` under 0x20. */
const lowBytes = (x: number) => ~(((x & 0x7f7f7f7f) + 0x60606060) | x) & 0x80808080;

/** The newlines in word `x`, or -1 when it holds a control XML forbids (under 0x20 but tab, LF, CR). */
function wordLines(x: number): number {
  const low = lowBytes(x);
  if (low === 0) return 0;
  const nl = zeroBytes(x ^ 0x0a0a0a0a);
  // Most such words hold a newline and nothing else under 0x20: tabs and CRs looked for only then.
  const other = low & ~nl;
  if (other !== 0 && (other & ~(zeroBytes(x ^ 0x09090909) | zeroBytes(x ^ 0x0d0d0d0d))) !== 0) return -1;
  return Math.imul(nl >>> 7, 0x01010101) >>> 24;
}

/** The first control XML forbids at or after `k` (the caller knows there is one). */
function firstControl(buf: Uint8Array, k: number): number {
  for (; ; k++) {
    const c = buf[k]!;
    if (c < 0x20 && c !== NL && c !== TAB && c !== CR) return k;
  }
}

/**
 * Scans bytes [from, to) for controls XML forbids (under 0x20 but tab, LF and CR): -1 - the
 * first one's index, else the number of newlines (so the caller gets both from one pass).
 * Sixteen bytes at a time through `words` (the same memory, which holds spaces from `to` to the
 * next sixteen): four words without any byte under 0x20, most of them, cost a few operations
 * each and one test. One loop, no head or tail: the words of the first four before `from`'s,
 * and its bytes before `from`, were checked already and are masked as spaces.
 */
function scanControls(buf: Uint8Array, words: Int32Array, from: number, to: number): number {
  let lines = 0;
  const first = from >>> 2;
  let w = first & ~3;
  const head = BEFORE[from & 3]!;
  let m0 = w < first ? SPACES : head;
  let m1 = w + 1 < first ? SPACES : w + 1 === first ? head : 0;
  let m2 = w + 2 < first ? SPACES : w + 2 === first ? head : 0;
  let m3 = w + 3 === first ? head : 0;
  for (const end = ((to + 15) >>> 4) << 2; w < end; w += 4) {
    const a = words[w]! | m0;
    const b = words[w + 1]! | m1;
    const c = words[w + 2]! | m2;
    const d = words[w + 3]! | m3;
    m0 = m1 = m2 = m3 = 0;
    if ((lowBytes(a) | lowBytes(b) | lowBytes(c) | lowBytes(d)) === 0) continue;
    const la = wordLines(a);
    const lb = wordLines(b);
    const lc = wordLines(c);
    const ld = wordLines(d);
    if ((la | lb | lc | ld) < 0) return -1 - firstControl(buf, Math.max(from, w * 4));
    lines += la + lb + lc + ld;
  }
  // The count as it is: an operation here, reached only when the loop ends, would have no type
  // feedback when the JIT compiles the loop (it does so during the first call), and the
  // optimised code would then be thrown away at the end of every call.
  return lines;
}

/** Attribute names a reader looks for, compiled once: `attributeKey` says which one an attribute is. */
export class KeySet {
  readonly byLength: { index: number; bytes: Uint8Array }[][] = [];
  readonly index = new Map<string, number>();
  constructor(readonly keys: readonly string[]) {
    keys.forEach((key, index) => {
      const bytes = Buffer.from(key, 'utf8');
      (this.byLength[bytes.length] ??= []).push({ index, bytes });
      this.index.set(key, index);
    });
  }
}

/** The next index of one character in the mirror at or after a point, remembered until passed. */
class Next {
  private at = -1;
  private from = Infinity;
  constructor(private readonly char: string) {}
  reset(): void {
    this.from = Infinity;
  }
  /** Whether the character occurs in [start, end). */
  before(text: string, start: number, end: number): boolean {
    if (start < this.from || (this.at !== -1 && this.at < start)) {
      this.from = start;
      this.at = text.indexOf(this.char, start);
    }
    return this.at !== -1 && this.at < end;
  }
}

export class XmlScanner {
  /** Set by the handler: deliver text and CDATA to `text` (else they are only checked). */
  wantText = false;
  private buf = Buffer.alloc(128 * 1024);
  private words = new Int32Array(this.buf.buffer, this.buf.byteOffset, this.buf.length >>> 2);
  private len = 0;
  /**
   * buf[0, len) as Latin-1 text, one character a byte, made once a chunk: its indexOf (a
   * builtin) finds `<`, a quote or `&` at a fraction of the cost of a call to Buffer's. Not made
   * for a chunk that is all text (plainText): '' then.
   */
  private mirror = '';
  private pos = 0;
  private state = TEXT;
  /** Newlines before `buf` and within buf[0, len); the column where `buf` starts; its offset in the document. */
  private lines = 0;
  private bufLines = 0;
  private column0 = 0;
  private offset = 0;
  /** Bytes before `checked` passed the check for characters XML forbids. */
  private checked = 0;
  /** A string chunk's last unit when it was the first half of a surrogate pair. */
  private highSurrogate = '';
  /** The open elements' names, stack[0, depth): kept with a depth, not pushed and popped (no builtin call). */
  private readonly stack: string[] = [];
  private depth = 0;
  /** Each open element's name as bytes when it is a known name (else undefined): see closesOpen. */
  private readonly stackBytes: (Uint8Array | undefined)[] = [];
  /** knowNames' names by length, with their bytes. */
  private readonly known: { name: string; bytes: Uint8Array }[][] = [];
  private rootDone = false;
  private pending = '';
  private pendingBytes = 0;
  private pendingText = false;
  /** The next `&` at or after `ampFrom` (-1: none in the buffer), so text is searched once. */
  private ampAt = -1;
  private ampFrom = Infinity;
  /** The same for `<`: a start tag's values and the text after it share one search. */
  private ltAt = -1;
  private ltFrom = Infinity;
  // The start tag being read (ATTRS, VALUE): its name, and the name's bytes when it is known.
  private tagName = '';
  private tagBytes: Uint8Array | undefined;
  /** The known name `name` found last (its bytes), else undefined. */
  private nameBytes: Uint8Array | undefined;
  // Its attributes: names and values as text or (while undefined) where they are in the buffer:
  // most are never asked for, so most never become strings.
  private count = 0;
  private readonly names: (string | undefined)[] = [];
  private readonly nameAt = new Int32Array(ATTRIBUTE_CAP);
  private readonly nameLength = new Int32Array(ATTRIBUTE_CAP);
  private readonly values: (string | undefined)[] = [];
  private readonly starts = new Int32Array(ATTRIBUTE_CAP);
  private readonly ends = new Int32Array(ATTRIBUTE_CAP);
  private readonly flags = new Uint8Array(ATTRIBUTE_CAP);
  private spaced = false;
  /** One bit for each attribute of the tag, from its name's length and end bytes (see add). */
  private nameBits = 0;
  private attrName = '';
  private quote = 34;
  private valueHead = '';
  /** What the last value read holds: a reference (VALUE_AMP), a tab or line end (VALUE_SPACE). */
  private valueFlags = 0;
  // Whether a value holds a tab, LF or CR (normalised to spaces when it is read).
  private readonly nl = new Next('\n');
  private readonly tab = new Next('\t');
  private readonly cr = new Next('\r');
  // Values remembered by attributeValue(i, true): each slot's bytes in a ring (cleared, slots
  // and all, when it is full), its length (-1: empty) and its text.
  private readonly ring = new Uint8Array(REMEMBERED * 64);
  private ringUsed = 0;
  private readonly slotAt = new Int32Array(REMEMBERED);
  private readonly slotLength = new Int32Array(REMEMBERED).fill(-1);
  private readonly slotText: string[] = new Array<string>(REMEMBERED).fill('');
  /** Where valueSpan gives a value's bytes, and the bytes it decodes a value into. */
  private readonly span: ByteSpan = { bytes: this.buf, start: 0, end: 0 };
  private scratch = Buffer.alloc(1024);
  private readonly attribute: Attributes = (name) => {
    for (let i = 0; i < this.count; i++) if (this.isName(i, name)) return this.attributeValue(i);
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
  /** Which of `keys` attribute `i` is named (its index there), or -1: one pass over the name's bytes. */
  attributeKey(i: number, keys: KeySet): number {
    const kept = this.names[i];
    if (kept !== undefined) return keys.index.get(kept) ?? -1;
    const list = keys.byLength[this.nameLength[i]!];
    if (list === undefined) return -1;
    // The first byte first: names of one length mostly differ there (name, file, line).
    const at = this.nameAt[i]!;
    const { buf } = this;
    for (const k of list) {
      const b = k.bytes;
      if (buf[at] !== b[0]) continue;
      let j = 1;
      while (j < b.length && buf[at + j] === b[j]) j++;
      if (j === b.length) return k.index;
    }
    return -1;
  }
  /**
   * Attribute i's value. `repeated`: a value reports repeat (a class, a file), looked up by its
   * bytes among the last ones decoded, so a repeat is neither decoded nor a new string.
   */
  attributeValue(i: number, repeated = false): string {
    const kept = this.values[i];
    if (kept !== undefined) return kept;
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    if (!repeated || end - start > REMEMBERED_BYTES) return this.valueText(start, end, this.flags[i]!);
    const { buf } = this;
    // Every byte makes the slot: values of a report differ anywhere (`level7 cart` and
    // `level8 cart`, suites nested deep), and a few bytes sampled sent such values to one slot,
    // each evicting the other, so each was decoded again.
    const n = end - start;
    let hash = 0x811c9dc5;
    for (let k = start; k < end; k++) hash = Math.imul(hash ^ buf[k]!, 0x01000193);
    const slot = (hash ^ (hash >>> 15)) & (REMEMBERED - 1);
    const { ring } = this;
    if (this.slotLength[slot] === n) {
      const at = this.slotAt[slot]! - start;
      let k = start;
      while (k < end && ring[at + k] === buf[k]) k++;
      if (k === end) return this.slotText[slot]!;
    }
    const text = this.valueText(start, end, this.flags[i]!);
    if (this.ringUsed + n > ring.length) {
      this.slotLength.fill(-1);
      this.ringUsed = 0;
    }
    const at = this.ringUsed;
    for (let k = 0; k < n; k++) ring[at + k] = buf[start + k]!;
    this.ringUsed = at + n;
    this.slotAt[slot] = at;
    this.slotLength[slot] = n;
    this.slotText[slot] = text;
    return text;
  }

  /**
   * Attribute i's value as UTF-8 bytes, the same text attributeValue gives (references decoded,
   * tabs and line ends made spaces) but never made a string: a reader that only keeps the bytes
   * (the case store) skips decoding and encoding them again. The span is the scanner's own,
   * valid until the next call or the next chunk.
   */
  valueSpan(i: number): ByteSpan {
    const span = this.span;
    const kept = this.values[i];
    if (kept !== undefined) {
      // A value a chunk boundary cut became text: encoded back.
      this.room(kept.length * 3);
      span.bytes = this.scratch;
      span.start = 0;
      span.end = this.scratch.write(kept, 0, 'utf8');
    } else if (this.flags[i] === 0) {
      span.bytes = this.buf;
      span.start = this.starts[i]!;
      span.end = this.ends[i]!;
    } else this.decodeValue(this.starts[i]!, this.ends[i]!);
    return span;
  }

  /** Whether attributes i and j hold the same bytes (jest-junit writes the title as class and name). */
  attributeSame(i: number, j: number): boolean {
    if (this.values[i] !== undefined || this.values[j] !== undefined)
      return this.attributeValue(i) === this.attributeValue(j);
    const a = this.starts[i]!;
    const b = this.starts[j]!;
    const n = this.ends[i]! - a;
    if (this.ends[j]! - b !== n) return false;
    const { buf } = this;
    for (let k = 0; k < n; k++) if (buf[a + k] !== buf[b + k]) return false;
    return true;
  }

  /**
   * Attribute i's value when it is a whole number of one to nine digits, without making it
   * text; else undefined (the caller reads the text).
   */
  attributeInteger(i: number): number | undefined {
    if (this.values[i] !== undefined) return undefined;
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    if (end === start || end - start > 9) return undefined;
    let n = 0;
    for (let k = start; k < end; k++) {
      const d = this.buf[k]! - 48;
      if (d < 0 || d > 9) return undefined;
      n = n * 10 + d;
    }
    return n;
  }

  /**
   * Adds the next chunk of the document: bytes (UTF-8), or text, which is encoded (a surrogate
   * pair a chunk boundary cuts is joined first).
   */
  write(chunk: string | Uint8Array): void {
    if (typeof chunk === 'string') {
      let text = this.highSurrogate + chunk;
      this.highSurrogate = '';
      const last = text.charCodeAt(text.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) {
        this.highSurrogate = text.slice(-1);
        text = text.slice(0, -1);
      }
      chunk = Buffer.from(text, 'utf8');
    }
    this.writeBytes(chunk);
  }

  private writeBytes(chunk: Uint8Array): void {
    this.shift();
    this.append(chunk);
    // Inside an element's text with no "<" in what is left (a log a test dumped, chunk after
    // chunk): that is all text, read with no Latin-1 mirror made (see plainText).
    const textOnly = this.state === TEXT && this.depth > 0 && this.lastLt() === -1;
    this.mirror = textOnly ? '' : this.buf.toString('latin1', 0, this.len);
    const bad = this.check();
    if (bad !== -1) {
      this.len = bad;
      this.mirror = this.buf.toString('latin1', 0, bad);
      this.run();
      const code = this.buf[bad]! < 0x80 ? this.buf[bad]! : this.buf[bad + 2] === 0xbe ? 0xfffe : 0xffff;
      this.fail(`a character XML does not allow (U+${code.toString(16).toUpperCase().padStart(4, '0')})`, bad);
    }
    if (textOnly) this.plainText();
    else this.run();
  }

  /** The last "<" in the data, or -1 (a native search from the end, where most chunks have one). */
  private lastLt(): number {
    return this.buf.subarray(0, this.len).lastIndexOf(LT);
  }

  /**
   * Value bytes [start, end) into `scratch` as valueText would read them: each reference (all
   * checked already) as its character's UTF-8, a CRLF, CR, LF or tab as one space. Never longer
   * than the value: a reference is at least as long as the bytes of its character.
   */
  private decodeValue(start: number, end: number): void {
    this.room(end - start);
    const { buf, scratch: out } = this;
    let o = 0;
    for (let k = start; k < end; k++) {
      const c = buf[k]!;
      if (c === AMP) {
        // A reference is short (checked already): a loop, not a native search's call.
        let semi = k + 2;
        while (buf[semi] !== SEMI) semi++;
        o = this.writeReference(k + 1, semi, o);
        k = semi;
      } else if (c === CR || c === NL || c === TAB) {
        out[o++] = 32;
        if (c === CR && k + 1 < end && buf[k + 1] === NL) k++;
      } else out[o++] = c;
    }
    this.span.bytes = out;
    this.span.start = 0;
    this.span.end = o;
  }

  /**
   * Writes the character of the reference named by bytes [start, semi) (checked already) as
   * UTF-8 into `scratch` at `o`; returns where it ends. The five predefined ones are told by
   * their letters.
   */
  private writeReference(start: number, semi: number, o: number): number {
    const { buf, scratch: out } = this;
    const c = buf[start]!;
    if (c !== 35) {
      const n = semi - start;
      out[o] = n === 2 ? (c === 108 ? LT : GT) : n === 3 ? AMP : c === 113 ? 34 : 39;
      return o + 1;
    }
    const code = this.characterReference(start + 1, semi);
    const n = utf8Length(code);
    for (let b = 0; b < n; b++) out[o + b] = utf8Byte(code, n, b);
    return o + n;
  }

  /** `scratch` with room for `n` bytes. */
  private room(n: number): void {
    if (this.scratch.length < n) this.scratch = Buffer.alloc(Math.max(n, this.scratch.length * 2));
  }

  /** Checks that the document is complete; throws an XmlError otherwise. */
  end(): void {
    if (this.highSurrogate) {
      const half = this.highSurrogate;
      this.highSurrogate = '';
      this.writeBytes(Buffer.from(half, 'utf8'));
    }
    // The last chunk may have been read as plain text, with no mirror made (see writeBytes).
    this.mirror = this.buf.toString('latin1', 0, this.len);
    this.run();
    const at = this.len;
    if (this.state !== TEXT) this.fail(`unexpected end of file inside ${STATES[this.state]}`, at);
    if (this.pos < at && this.buf[this.pos] === AMP)
      this.fail('unexpected end of file inside an entity reference', this.pos);
    if (this.depth > 0) this.fail(`unexpected end of file: <${this.stack[this.depth - 1]}> is not closed`, at);
  }

  /** Where the scanner is: 1-based line and column. */
  position(at = this.pos): { line: number; column: number } {
    const { buf } = this;
    let line = this.lines + 1;
    let last = -1;
    for (let i = 0; i < at; i++)
      if (buf[i] === NL) {
        line++;
        last = i;
      }
    return { line, column: (last === -1 ? this.column0 + units(buf, 0, at) : units(buf, last + 1, at)) + 1 };
  }

  /**
   * The element names the handler compares, given back as these very strings: comparing a name
   * found here is then a pointer compare, and reading it allocates nothing. The scanner itself
   * knows no report format's names.
   */
  knowNames(names: readonly string[]): void {
    this.known.length = 0;
    for (const name of names) {
      const bytes = Buffer.from(name, 'utf8');
      (this.known[bytes.length] ??= []).push({ name, bytes });
    }
  }

  private fail(message: string, at: number): never {
    const { line, column } = this.position(at);
    throw new XmlError(message, line, column);
  }

  /** Copies a chunk after the bytes not read yet, growing the buffer when they do not fit. */
  private append(chunk: Uint8Array): void {
    const need = this.len + chunk.length;
    // Room for the spaces check() puts after the data, to the end of its last sixteen bytes.
    if (need + 16 > this.buf.length) {
      const grown = Buffer.alloc(Math.max(need + 16, this.buf.length * 2));
      this.buf.copy(grown, 0, 0, this.len);
      this.buf = grown;
      this.words = new Int32Array(grown.buffer, grown.byteOffset, grown.length >>> 2);
    }
    this.buf.set(chunk, this.len);
    this.len = need;
  }

  /**
   * Checks the bytes added since the last check for characters XML forbids (controls other than
   * tab, LF and CR; U+FFFE and U+FFFF) and counts their newlines. Returns the first bad byte's
   * index, or -1.
   */
  private check(): number {
    const from = this.checked;
    // Spaces to the end of the last sixteen bytes (the buffer has room: see append).
    this.buf.fill(32, this.len, (this.len + 15) & ~15);
    const found = scanControls(this.buf, this.words, from, this.len);
    let bad = found < 0 ? -1 - found : -1;
    const fffx = this.findNonCharacter(Math.max(0, from - 2), bad === -1 ? this.len : bad);
    if (fffx !== -1) bad = fffx;
    if (bad === -1) this.bufLines += found;
    else for (let k = from; k < bad; k++) if (this.buf[k] === NL) this.bufLines++;
    this.checked = bad === -1 ? this.len : bad;
    return bad;
  }

  /**
   * The first U+FFFE or U+FFFF (EF BF BE, EF BF BF) in [from, end), or -1; one cut at `end`
   * waits. A native search of the bytes: no chunk that is all text has a mirror to search.
   */
  private findNonCharacter(from: number, end: number): number {
    const data = this.buf.subarray(0, this.len);
    for (let k = data.indexOf(FFFX_BYTES, from); k !== -1 && k + 2 < end; k = data.indexOf(FFFX_BYTES, k + 1)) {
      const c = data[k + 2]!;
      if (c === 0xbe || c === 0xbf) return k;
    }
    return -1;
  }

  /** Drops what has been read, keeping the line count, so the buffer holds one chunk and a remainder. */
  private shift(): void {
    const { buf, pos, len } = this;
    this.ampFrom = Infinity;
    this.ltFrom = Infinity;
    this.nl.reset();
    this.tab.reset();
    this.cr.reset();
    if (pos === 0) return;
    let restLines = 0;
    for (let k = pos; k < this.checked; k++) if (buf[k] === NL) restLines++;
    this.lines += this.bufLines - restLines;
    this.bufLines = restLines;
    const nl = buf.lastIndexOf(NL, pos - 1);
    this.column0 = nl === -1 ? this.column0 + units(buf, 0, pos) : units(buf, nl + 1, pos);
    this.offset += pos;
    buf.copyWithin(0, pos, len);
    this.len = len - pos;
    this.checked -= pos;
    this.pos = 0;
  }

  /** `byte`'s next index at or after `from` within the data, or -1. */
  /** `byte`'s next index at or after `from`, or -1 (searched in the mirror: see there). */
  private find(byte: number, from: number): number {
    return this.mirror.indexOf(CHAR[byte]!, from);
  }

  /** The next index of `bytes` (ASCII, as text) at or after `from`, or -1. */
  private findBytes(bytes: string, from: number): number {
    return this.mirror.indexOf(bytes, from);
  }

  private nextLt(from: number): number {
    if (from < this.ltFrom || (this.ltAt !== -1 && this.ltAt < from)) {
      this.ltFrom = from;
      this.ltAt = this.find(LT, from);
    }
    return this.ltAt;
  }

  private nextAmp(from: number): number {
    if (from < this.ampFrom || (this.ampAt !== -1 && this.ampAt < from)) {
      this.ampFrom = from;
      this.ampAt = this.find(AMP, from);
    }
    return this.ampAt;
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
          more = this.skip(COMMENT_END, 2);
          break;
        case CDATA:
          more = this.cdata();
          break;
        default:
          more = this.skip(PI_END, 1);
      }
      if (!more) return;
    }
  }

  private text(): boolean {
    const start = this.pos;
    // Most text between two tags is none at all: then no search.
    const lt = start < this.len && this.buf[start] === LT ? start : this.nextLt(start);
    const end = lt === -1 ? this.len : lt;
    if (end > start) this.readText(start, this.references(start, end, lt === -1), lt === -1);
    if (lt === -1) return false;
    this.flush();
    this.pos = lt;
    this.state = MARKUP;
    // Straight on to the markup: a turn through run's dispatch for every tag costs more.
    return this.markup();
  }

  /**
   * The text() of a buffer that holds no "<", inside an element: every reference is found by a
   * scan of the buffer's words (ampersands), as no mirror was made for the regular expression or
   * the searches. The text starts at 0: shift() put the bytes not read yet there.
   */
  private plainText(): void {
    this.readText(this.pos, this.wordReferences(this.len), true);
  }

  /**
   * Text [start, stop) has been checked: it is kept when wanted, and reading goes on after it.
   * `open`: the buffer's end cut the text, so a character or a CRLF it cuts waits for the rest.
   */
  private readText(start: number, stop: number, open: boolean): void {
    if (this.depth === 0) this.outsideRoot(start, stop);
    else if (this.wantText && stop > start) {
      if (open) stop = this.wholeChars(stop);
      // A CR the chunk ends on may be the first half of a CRLF: it waits for the next chunk.
      if (open && stop > start && this.buf[stop - 1] === CR) stop--;
      this.appendText(start, stop, true);
    }
    this.pos = stop;
  }

  /**
   * references() for the text [0, end) that the buffer's end cuts, with no mirror: each word
   * (four bytes; check() made the bytes past the data spaces) is tested for an "&" at once, and
   * only the ampersands found are read. Returns where the text is complete.
   */
  private wordReferences(end: number): number {
    const { buf, words } = this;
    for (let w = 0, last = (end + 3) >>> 2; w < last; w++) {
      let found = zeroBytes(words[w]! ^ AMPS);
      while (found !== 0) {
        const bit = 31 - Math.clz32(found & -found);
        found &= found - 1;
        const a = w * 4 + (LITTLE_ENDIAN ? bit >>> 3 : 3 - (bit >>> 3));
        // &lt; &gt; &amp;, most references in a log, told here (not at the data's end: the
        // bytes past it are not the text's).
        const c = buf[a + 1]!;
        if (a + 4 < end && buf[a + 2] === (c === 97 ? 109 : 116)) {
          if ((c === 108 || c === 103) && buf[a + 3] === SEMI) continue;
          if (c === 97 && buf[a + 3] === 112 && buf[a + 4] === SEMI) continue;
        }
        const cut = this.reference(a, end, true);
        if (cut !== -1) return cut;
      }
    }
    return end;
  }

  /** Outside the root element only whitespace may stand. */
  private outsideRoot(start: number, stop: number): void {
    for (let k = start; k < stop; k++)
      if (!isSpace(this.buf[k]!))
        this.fail(this.rootDone ? 'text after the root element' : 'text before the root element', k);
  }

  /** `end`, or where a character that `end` cuts starts (its other bytes are still to come). */
  private wholeChars(end: number): number {
    const { buf } = this;
    for (let k = end - 1; k >= 0 && k >= end - 3; k--) {
      const c = buf[k]!;
      if (c < 0x80) return end;
      if (c >= 0xc0) return charEnd(k, c) > end ? k : end;
    }
    return end;
  }

  /** Adds the bytes [start, stop) to the text node, capped, with line ends normalised (and references decoded in text, not CDATA). */
  private appendText(start: number, stop: number, references: boolean): void {
    this.pendingText = true;
    if (this.pendingBytes >= TEXT_CAP || stop <= start) return;
    let end = Math.min(stop, start + TEXT_CAP - this.pendingBytes);
    if (end < stop) {
      end = this.wholeChars(end);
      // The cap may cut a reference in two: its first half is dropped.
      const a = references ? this.buf.lastIndexOf(AMP, end - 1) : -1;
      if (a >= start && this.buf.indexOf(SEMI, a) >= end) end = a;
    }
    let raw = utf8(this.buf, start, end);
    if (raw.indexOf('\r') !== -1) raw = raw.replace(/\r\n?/g, '\n');
    this.pending += references ? decodeReferences(raw) : raw;
    // Once cut, the text is full: the bytes the cut dropped (a character, a reference) must not
    // leave room for a later chunk's.
    this.pendingBytes = end < stop ? TEXT_CAP : this.pendingBytes + end - start;
  }

  /** Hands the text node read so far to the handler. */
  private flush(): void {
    if (!this.pendingText) return;
    if (this.wantText) this.handler.text(this.pending);
    this.pending = '';
    this.pendingBytes = 0;
    this.pendingText = false;
  }

  /**
   * Checks the entity references in text [start, end); returns where the text is complete:
   * before a reference the end of the buffer cuts (`open`), else `end`.
   */
  private references(start: number, end: number, open: boolean): number {
    if (end - start >= LONG_TEXT) return this.longReferences(start, end, open);
    for (let a = this.nextAmp(start); a !== -1 && a < end; a = this.nextAmp(a + 1)) {
      const cut = this.reference(a, end, open);
      if (cut !== -1) return cut;
    }
    return end;
  }

  /**
   * The same over a long stretch of text (a log a test dumped, with a reference on every line):
   * one pass of a regular expression over its bytes as Latin-1 finds the references that are
   * not one of the five predefined ones, and only those are looked at one by one.
   */
  private longReferences(start: number, end: number, open: boolean): number {
    // A slice of the mirror: no copy, and the search stops at the text's end.
    const text = this.mirror.slice(start, end);
    OTHER_REFERENCE.lastIndex = 0;
    for (let m = OTHER_REFERENCE.exec(text); m !== null; m = OTHER_REFERENCE.exec(text)) {
      const cut = this.reference(start + m.index, end, open);
      if (cut !== -1) return cut;
    }
    return end;
  }

  /** Checks the reference at `a` in text ending at `end`; returns -1, or `a` when the buffer's end cuts it. */
  private reference(a: number, end: number, open: boolean): number {
    const limit = Math.min(this.len, a + ENTITY_CAP + 1);
    let semi = a + 1;
    while (semi < limit && this.buf[semi] !== SEMI) semi++;
    if (semi === limit || semi >= end) {
      const cut = semi === this.len && semi - a <= ENTITY_CAP;
      if (open && cut && end - a <= ENTITY_CAP) return a;
      const long = end - a > ENTITY_CAP && semi === limit;
      this.fail(
        long
          ? `an entity reference longer than ${ENTITY_CAP} characters`
          : 'an entity reference without its closing ";"',
        a
      );
    }
    this.checkEntity(a + 1, semi, a);
    return -1;
  }

  /** Checks the entity reference named by the bytes [start, end) (between & and ;). */
  private checkEntity(start: number, end: number, at: number): void {
    const { buf } = this;
    const n = end - start;
    const c = buf[start]!;
    if (n === 2 && (c === 108 || c === 103) && buf[start + 1] === 116) return; // lt, gt
    if (n === 3 && c === 97 && buf[start + 1] === 109 && buf[start + 2] === 112) return; // amp
    if (n === 4 && this.sameAs(start, c === 113 ? 'quot' : 'apos')) return;
    if (c === 35) {
      const code = this.characterReference(start + 1, end);
      const legal =
        code === 9 ||
        code === 10 ||
        code === 13 ||
        (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff);
      if (code >= 0 && !legal)
        this.fail(`a character reference to a character XML does not allow (&${utf8(buf, start, end)};)`, at);
      if (code >= 0) return;
    }
    const name = utf8(buf, start, end);
    this.fail(
      /^[A-Za-z_:][\w.:-]*$/.test(name)
        ? `undefined entity &${name}; (a test report declares none)`
        : `an invalid entity reference &${name};`,
      at
    );
  }

  /** The code of `#x1F600` or `#233` (bytes after the #), or -1 when it is not one. */
  private characterReference(start: number, end: number): number {
    const { buf } = this;
    const hex = buf[start] === 120;
    const from = hex ? start + 1 : start;
    if (end === from || end - from > (hex ? 6 : 7)) return -1;
    let code = 0;
    for (let k = from; k < end; k++) {
      const c = buf[k]!;
      let digit = c >= 48 && c <= 57 ? c - 48 : -1;
      if (hex && digit === -1) digit = c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
      if (digit === -1) return -1;
      code = code * (hex ? 16 : 10) + digit;
    }
    return code;
  }

  /** At `<`: decides what the markup is, or waits for the bytes that decide it. */
  private markup(): boolean {
    const { buf, pos: p } = this;
    const left = this.len - p;
    if (left < 2) return false;
    const c = buf[p + 1]!;
    if (c === SLASH) return this.endTag(p);
    if (c === BANG) return this.declaration(p, left);
    if (c === QUESTION) return this.instruction(p, left);
    // No closure in this function: one would hold `buf` in a context allocated on every call,
    // and every byte of the loop below would be read through it.
    const { len } = this;
    let q = p + 1;
    while (q < len && nameByte(buf[q]!)) q++;
    if (q === len) {
      if (left > NAME_CAP) this.fail(`a tag name longer than ${NAME_CAP} characters`, p);
      return false;
    }
    if (q === p + 1 || NAME[c] !== 1)
      this.fail(`a character not allowed at the start of a tag name: ${JSON.stringify(this.charAt(p + 1))}`, p + 1);
    if (this.depth === 0 && this.rootDone) this.fail('a second root element (a report has one)', p);
    this.tagName = this.name(p + 1, q);
    this.tagBytes = this.nameBytes;
    this.count = 0;
    this.nameBits = 0;
    this.spaced = false;
    this.enter(ATTRS, q);
    return this.attributes();
  }

  /** `<?`: a processing instruction, which may not be an XML declaration past the file's start. */
  private instruction(p: number, left: number): boolean {
    const { buf } = this;
    // Six bytes tell an XML declaration (`<?xml ` or `<?xml?`) from another instruction.
    if (left < 6 && this.findBytes(PI_END, p + 2) === -1) return false;
    const x = (k: number, ch: number) => (buf[p + k]! | 0x20) === ch;
    const declaration =
      left >= 6 && x(2, 120) && x(3, 109) && x(4, 108) && (isSpace(buf[p + 5]!) || buf[p + 5] === QUESTION);
    if (declaration && this.offset + p !== 0)
      this.fail('an XML declaration is only allowed at the very start of the file', p);
    return this.enter(PI, p + 2);
  }

  /** `<!`: a comment, a CDATA section, or a DOCTYPE (refused). */
  private declaration(p: number, left: number): boolean {
    // Told by their bytes first: a report may hold a CDATA section in every case.
    if (left >= 9 && this.buf[p + 2] === 91 && this.sameBytes(p, CDATA_START)) {
      if (this.depth === 0) this.fail('a CDATA section outside the root element', p);
      return this.enter(CDATA, p + 9);
    }
    if (left >= 4 && this.buf[p + 2] === 45 && this.buf[p + 3] === 45) return this.enter(COMMENT, p + 4);
    const head = this.buf.toString('latin1', p, Math.min(this.len, p + 9));
    if (head === '<!DOCTYPE')
      this.fail('a DOCTYPE is not allowed in a test report (its entities are never expanded)', p);
    if (left < 9 && ['<!--', '<![CDATA[', '<!DOCTYPE'].some((m) => m.startsWith(head))) return false;
    this.fail(`unexpected markup ${JSON.stringify(utf8(this.buf, p, Math.min(this.len, p + 9)))}`, p);
  }

  /** The character whose bytes start at `at`, as text (for messages). */
  private charAt(at: number): string {
    return utf8(this.buf, at, Math.min(this.len, charEnd(at, this.buf[at]!)));
  }

  /** The name in [start, end): a known name's own string (`nameBytes` its bytes), else the decoded bytes. */
  private name(start: number, end: number): string {
    const known = this.known[end - start];
    if (known)
      for (const k of known)
        if (this.sameBytes(start, k.bytes)) {
          this.nameBytes = k.bytes;
          return k.name;
        }
    this.nameBytes = undefined;
    return utf8(this.buf, start, end);
  }

  /** Whether the buffer holds `bytes` at `p` (the caller knows they fit); the last byte first. */
  private sameBytes(p: number, bytes: Uint8Array): boolean {
    const { buf } = this;
    const n = bytes.length;
    if (buf[p + n - 1] !== bytes[n - 1]) return false;
    for (let k = 0; k < n - 1; k++) if (buf[p + k] !== bytes[k]) return false;
    return true;
  }

  /** Whether the buffer holds the ASCII `text` at `p`; the last character first (case1, case2...). */
  private sameAs(p: number, text: string): boolean {
    const { buf } = this;
    const n = text.length;
    if (n === 0) return true;
    if (buf[p + n - 1] !== text.charCodeAt(n - 1)) return false;
    for (let k = 0; k < n - 1; k++) if (buf[p + k] !== text.charCodeAt(k)) return false;
    return true;
  }

  private enter(state: number, pos: number): true {
    this.state = state;
    this.pos = pos;
    return true;
  }

  private endTag(p: number): boolean {
    if (this.closesOpen(p)) return true;
    const { buf } = this;
    const gt = this.find(GT, p + 2);
    if (gt === -1) {
      if (this.len - p > NAME_CAP) this.fail(`an end tag longer than ${NAME_CAP} characters`, p);
      return false;
    }
    let e = p + 2;
    while (e < gt && nameByte(buf[e]!)) e++;
    const name = this.name(p + 2, e);
    for (let s = e; s < gt; s++)
      if (!isSpace(buf[s]!))
        this.fail(`an end tag with something other than a name in it: ${JSON.stringify(utf8(buf, p, gt + 1))}`, s);
    if (this.depth === 0) this.fail(`an end tag </${name}> with no element open`, p);
    const open = this.stack[this.depth - 1];
    if (open !== name) this.fail(`the end tag </${name}> does not match the open element <${open}>`, p);
    return this.closeOpen(gt + 1);
  }

  /**
   * The end tag most are: `</`, the open element's known name, `>`, told by comparing bytes
   * with the name's (no search, no lookup). The open name's bytes passed the name check when its
   * start tag was read, so a `>` right after them is exactly where endTag's checks would end.
   */
  private closesOpen(p: number): boolean {
    if (this.depth === 0) return false;
    const bytes = this.stackBytes[this.depth - 1];
    if (bytes === undefined) return false;
    const gt = p + 2 + bytes.length;
    if (gt >= this.len || this.buf[gt] !== GT || !this.sameBytes(p + 2, bytes)) return false;
    return this.closeOpen(gt + 1);
  }

  /** Closes the open element; the text goes on at `next`. */
  private closeOpen(next: number): true {
    const name = this.stack[--this.depth]!;
    if (this.depth === 0) this.rootDone = true;
    this.enter(TEXT, next);
    this.handler.close(name);
    return true;
  }

  /** Reads a start tag's attributes from `pos`; waits at an attribute the buffer cuts. */
  private attributes(): boolean {
    if (this.readAttributes()) return true;
    // The buffer is about to change: names and values still in it become text.
    for (let i = 0; i < this.count; i++) {
      this.names[i] ??= utf8(this.buf, this.nameAt[i]!, this.nameAt[i]! + this.nameLength[i]!);
      this.values[i] ??= this.valueText(this.starts[i]!, this.ends[i]!, this.flags[i]!);
    }
    return false;
  }

  private readAttributes(): boolean {
    const { buf, len } = this;
    let p = this.pos;
    for (;;) {
      let q = p;
      while (q < len && isSpace(buf[q]!)) q++;
      if (q > p) this.spaced = true;
      this.pos = q;
      if (q === len) return false;
      const c = buf[q]!;
      if (c === GT) return this.openTag(q + 1, false);
      if (c === SLASH) {
        if (q + 1 === len) return false;
        if (buf[q + 1] !== GT) this.fail('"/" in a start tag must be followed by ">"', q);
        return this.openTag(q + 2, true);
      }
      if (!this.spaced) this.fail('whitespace is required between attributes', q);
      let e = q;
      while (e < len && nameByte(buf[e]!)) e++;
      if (e === len) {
        if (len - q > NAME_CAP) this.fail(`an attribute name longer than ${NAME_CAP} characters`, q);
        return false;
      }
      if (e === q || NAME[c] !== 1)
        this.fail(`a character not allowed in a start tag: ${JSON.stringify(this.charAt(q))}`, q);
      let r = e;
      while (r < len && isSpace(buf[r]!)) r++;
      if (r === len) return false;
      if (buf[r] !== EQUALS) this.fail(`the attribute ${utf8(buf, q, e)} has no value`, r);
      r++;
      while (r < len && isSpace(buf[r]!)) r++;
      if (r === len) return false;
      const quote = buf[r]!;
      if (quote !== 34 && quote !== 39) this.fail(`the value of the attribute ${utf8(buf, q, e)} is not quoted`, r);
      const ve = this.value(r + 1, quote);
      if (ve === -1) return this.longOrWait(q, e, r + 1, quote);
      this.add(undefined, q, e, undefined, r + 1, ve, this.valueFlags);
      p = ve + 1;
      this.spaced = false;
    }
  }

  /**
   * Finds an attribute value's closing `quote` from `vs` (a native search: most values are never
   * looked at byte by byte), checking that the value holds no `<` and only valid references;
   * returns the quote's index, or -1 when the buffer ends first. `valueFlags` says whether it
   * holds a reference.
   */
  private value(vs: number, quote: number): number {
    const ve = this.find(quote, vs);
    const lt = this.nextLt(vs);
    if (lt !== -1 && (ve === -1 || lt < ve)) this.fail('"<" in an attribute value', lt);
    if (ve === -1) return -1;
    const amp = this.nextAmp(vs);
    this.valueFlags = amp !== -1 && amp < ve ? VALUE_AMP : 0;
    if (this.valueFlags !== 0) this.valueReferences(amp, ve);
    if (
      this.nl.before(this.mirror, vs, ve) ||
      this.tab.before(this.mirror, vs, ve) ||
      this.cr.before(this.mirror, vs, ve)
    )
      this.valueFlags |= VALUE_SPACE;
    return ve;
  }

  /** Checks the references in a value from the first, at `amp`, to the value's end. */
  private valueReferences(amp: number, end: number): void {
    for (let a = amp; a !== -1 && a < end; a = this.nextAmp(a + 1)) {
      const limit = Math.min(end, a + ENTITY_CAP + 1);
      let semi = a + 1;
      while (semi < limit && this.buf[semi] !== SEMI) semi++;
      if (semi === limit) this.fail('an entity reference without its closing ";"', a);
      this.checkEntity(a + 1, semi, a);
    }
  }

  /** The buffer ends inside a value: wait for more, or keep the head of a value past the cap and skip the rest. */
  private longOrWait(q: number, e: number, vs: number, quote: number): boolean {
    if (this.len - vs <= TEXT_CAP) return false;
    this.attrName = utf8(this.buf, q, e);
    this.quote = quote;
    const end = this.wholeChars(vs + TEXT_CAP);
    // The head may end inside a reference the cap cut: that part is dropped.
    const a = this.buf.lastIndexOf(AMP, end - 1);
    const cut = a >= vs && this.buf.indexOf(SEMI, a) >= end ? a : end;
    const amp = this.nextAmp(vs);
    if (amp !== -1 && amp < cut) this.valueReferences(amp, cut);
    this.valueHead = this.valueText(vs, cut, VALUE_AMP | VALUE_SPACE);
    return this.enter(VALUE, this.len) && false;
  }

  /** A value's bytes as text: line ends and tabs become spaces, references what they stand for. */
  private valueText(start: number, end: number, flags: number): string {
    let value = utf8(this.buf, start, end);
    if (flags & VALUE_SPACE) value = value.replace(/\r\n?|[\n\t]/g, ' ');
    if (flags & VALUE_AMP) value = decodeReferences(value);
    return value;
  }

  private isName(i: number, key: string): boolean {
    if (this.nameLength[i] !== key.length) return false;
    const kept = this.names[i];
    if (kept !== undefined) return kept === key;
    return this.sameAs(this.nameAt[i]!, key);
  }

  private sameName(i: number, q: number, length: number): boolean {
    const { buf } = this;
    const at = this.nameAt[i]!;
    for (let k = 0; k < length; k++) if (buf[at + k] !== buf[q + k]) return false;
    return true;
  }

  /** Adds an attribute: its name (text, or the buffer's [q, e)) and value (text, or the buffer's [start, end)). */
  private add(
    name: string | undefined,
    q: number,
    e: number,
    value: string | undefined,
    start: number,
    end: number,
    flags: number
  ): void {
    const n = this.count;
    if (n === ATTRIBUTE_CAP) this.fail(`more than ${ATTRIBUTE_CAP} attributes on <${this.tagName}>`, q);
    const length = name !== undefined ? Buffer.byteLength(name) : e - q;
    // Names of other lengths or other end bytes differ: a tag whose names all differ in those
    // (most tags) is told free of duplicates without comparing any two. A name given as text
    // (rare) makes every later name compared.
    const bit = name !== undefined ? -1 : 1 << ((length + this.buf[q]! + 3 * this.buf[e - 1]!) & 31);
    if ((this.nameBits & bit) !== 0) this.noDuplicate(n, name, q, e, length);
    this.nameBits |= bit;
    this.names[n] = name;
    this.nameAt[n] = q;
    this.nameLength[n] = length;
    this.values[n] = value;
    this.starts[n] = start;
    this.ends[n] = end;
    this.flags[n] = flags;
    this.count = n + 1;
  }

  /** Fails when one of the first n attributes has the name being added (text, or the buffer's [q, e)). */
  private noDuplicate(n: number, name: string | undefined, q: number, e: number, length: number): void {
    for (let i = 0; i < n; i++) {
      if (this.nameLength[i] !== length) continue;
      // Compared where both names are when they still are in the buffer: no copy.
      const kept = this.names[i];
      const same =
        name !== undefined
          ? (kept ?? utf8(this.buf, this.nameAt[i]!, this.nameAt[i]! + length)) === name
          : kept !== undefined
            ? kept === utf8(this.buf, q, e)
            : this.sameName(i, q, length);
      if (same) this.fail(`duplicate attribute ${name ?? utf8(this.buf, q, e)} on <${this.tagName}>`, q);
    }
  }

  private openTag(end: number, empty: boolean): true {
    const name = this.tagName;
    this.enter(TEXT, end);
    this.stack[this.depth] = name;
    this.stackBytes[this.depth++] = this.tagBytes;
    this.handler.open(name, this.attribute);
    if (empty) this.closeOpen(end);
    return true;
  }

  /** Inside an attribute value past the cap: skips to its closing quote. */
  private longValue(): boolean {
    const q = this.find(this.quote, this.pos);
    const lt = this.find(LT, this.pos);
    if (lt !== -1 && (q === -1 || lt < q)) this.fail('"<" in an attribute value', lt);
    if (q === -1) {
      this.pos = this.len;
      return false;
    }
    this.add(this.attrName, q, q, this.valueHead, 0, 0, 0);
    this.valueHead = '';
    this.spaced = false;
    return this.enter(ATTRS, q + 1);
  }

  /** Skips a comment or processing instruction to `close`, keeping the bytes a chunk may cut. */
  private skip(close: string, keep: number): boolean {
    const e = this.findBytes(close, this.pos);
    if (e === -1) {
      this.pos = Math.max(this.pos, this.len - keep);
      return false;
    }
    return this.enter(TEXT, e + close.length);
  }

  private cdata(): boolean {
    const { pos } = this;
    const e = this.findBytes(CDATA_END, pos);
    let stop = e === -1 ? Math.max(pos, this.len - 2) : e;
    if (e === -1 && this.wantText) {
      stop = Math.max(pos, this.wholeChars(stop));
      if (stop > pos && this.buf[stop - 1] === CR) stop--;
    }
    if (this.wantText) this.appendText(pos, stop, false);
    this.pos = stop;
    if (e === -1) return false;
    this.flush();
    return this.enter(TEXT, e + 3);
  }
}
