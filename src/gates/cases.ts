import { detach, type ByteSpan, type Cases, type Outcome, type TestCase } from './model';
import { utf8Byte, utf8Length } from './utf8';

/**
 * The test cases of one report, stored compactly: a report of 850,000 cases held as one object
 * and one name string per case took about 120 bytes a case above the name's characters, more
 * than the 100 MB file's own text once read. Here a case is its name's UTF-8 bytes in shared
 * 1 MiB buffers, indexes into a table of the suite, class and file strings (reports repeat them;
 * the table keeps their UTF-8 bytes too, see StringTable), its line and its outcome in typed
 * arrays filled page by page, and a message (UTF-8 as well) only when it failed: about 25 bytes
 * and the name. A case is built as a TestCase object only when asked for (iteration, `at`), so
 * every consumer keeps reading TestCase objects. Its fields are private (#): two lists are equal
 * (Jest's toEqual) when their cases are.
 */
export class CaseList implements Cases {
  #count = 0;
  readonly #text = new TextStore();
  readonly #table = new StringTable(this.#text);
  readonly #columns = new Columns();
  readonly #suites = new SuiteTree(this.#table);
  /** The suite `push` was given last, and its node: a list's cases come suite by suite. */
  #lastSuite = '';
  #lastSuiteNode = NO_SUITE;
  /** Lines that are no 32-bit integer (a report may say anything): kept as they were. */
  readonly #oddLines = new Map<number, number>();
  /** A failure's message: where its UTF-8 starts × MESSAGE_SPAN + its length in bytes. */
  readonly #messages = new Map<number, number>();
  /** Names and messages UTF-8 cannot hold (a lone surrogate, from a JSON escape): kept as given. */
  readonly #oddNames = new Map<number, string>();
  readonly #oddMessages = new Map<number, string>();
  /** The name keepName kept for the next case: where its UTF-8 is, or the string UTF-8 cannot hold. */
  #heldAt = 0;
  #heldBytes = 0;
  #heldOdd: string | undefined;
  readonly #scratch = newKeptCase();

  get length(): number {
    return this.#count;
  }

  /** Adds a case; returns its index. */
  push(c: TestCase): number {
    this.keepName(c.name);
    const t = this.#table;
    const k = this.#scratch;
    if (c.suite !== this.#lastSuite) {
      this.#lastSuiteNode = this.#suites.node(NO_SUITE, c.suite);
      this.#lastSuite = c.suite;
    }
    k.suite = this.#lastSuiteNode;
    k.classname = c.classname === c.name && c.name !== '' ? SAME_AS_NAME : t.index(c.classname);
    k.file = c.file === undefined ? NO_FILE : t.index(c.file);
    k.line = c.line;
    k.outcome = c.outcome;
    k.flaky = c.flaky;
    k.message = c.message;
    return this.add(k);
  }

  /**
   * The name of the case `add` stores next, kept now: a streaming reader's bytes may be gone by
   * the time the case ends. A later call replaces it (a case that never ended).
   */
  keepName(name: string): void {
    if (!wellFormed(name)) {
      this.#hold(0, 0, name);
      return;
    }
    const at = this.#text.stage(name);
    this.#hold(at, this.#text.commit(), undefined);
  }

  /** The same from UTF-8 bytes, copied as they are: no string is made. */
  keepNameBytes(span: ByteSpan): void {
    const at = this.#text.stageBytes(span);
    this.#hold(at, this.#text.commit(), undefined);
  }

  #hold(at: number, bytes: number, odd: string | undefined): void {
    this.#heldAt = at;
    this.#heldBytes = bytes;
    this.#heldOdd = odd;
  }

  /**
   * The suite named `name` inside suite `outer` (NO_SUITE: at the top), as a number for
   * KeptCase.suite; its path is `outer`'s and `name` joined with ` › ` (an empty name adds none).
   */
  suiteNode(outer: number, name: string): number {
    return this.#suites.node(outer, name);
  }

  /** The number of a class or file string (see KeptCase). */
  index(text: string): number {
    return this.#table.index(text);
  }

  /** The same from UTF-8 bytes: found by its bytes, copied only when new, never made a string. */
  indexBytes(span: ByteSpan): number {
    return this.#table.indexBytes(span);
  }

  /** Adds a case whose name was kept (keepName) and whose strings are numbers; returns its index. */
  add(c: KeptCase): number {
    const i = this.#count;
    const p = this.#columns.room(i);
    const j = i & PAGE_MASK;
    if (this.#heldOdd !== undefined) this.#oddNames.set(i, this.#heldOdd);
    p.nameAt[j] = this.#heldAt;
    p.nameBytes[j] = this.#heldBytes;
    this.#hold(0, 0, undefined);
    p.suites[j] = c.suite;
    p.classes[j] = c.classname;
    if (c.file !== NO_FILE) (p.files ??= filled(new Uint32Array(p.flags.length), NONE))[j] = c.file;
    this.#setLine(i, c.line);
    p.flags[j] = OUTCOME_CODE[c.outcome] | (c.flaky ? FLAKY : 0);
    if (c.message !== undefined) this.#putMessage(i, c.message);
    this.#count = i + 1;
    return i;
  }

  /** The case at `index` as a new TestCase object (a change to it does not change the list). */
  at(index: number): TestCase | undefined {
    const i = index < 0 ? this.#count + index : index;
    if (!(i >= 0 && i < this.#count)) return undefined;
    const p = this.#columns.page(i);
    const j = i & PAGE_MASK;
    const name = this.#oddNames.get(i) ?? this.#text.text(p.nameAt[j]!, p.nameBytes[j]!);
    const klass = p.classes[j]!;
    const flags = p.flags[j]!;
    const c: TestCase = {
      suite: this.#suites.path(p.suites[j]!),
      classname: klass === SAME_AS_NAME ? name : this.#table.text(klass, FIELD.classname),
      name,
      outcome: OUTCOMES[flags & 3]!,
      flaky: (flags & FLAKY) !== 0
    };
    const file = p.files?.[j] ?? NONE;
    if (file !== NONE) c.file = this.#table.text(file, FIELD.file);
    const line = this.#lineOf(i);
    if (line !== undefined) c.line = line;
    const message = this.#messageOf(i);
    if (message !== undefined) c.message = message;
    return c;
  }

  /** Sets a case's class when the report names it after the case (TRX lists classes last). */
  setClassname(index: number, classname: string): void {
    if (index >= 0 && index < this.#count)
      this.#columns.page(index).classes[index & PAGE_MASK] = this.#table.index(classname);
  }

  *[Symbol.iterator](): Iterator<TestCase> {
    for (let i = 0; i < this.#count; i++) yield this.at(i)!;
  }

  filter(predicate: (c: TestCase) => boolean): TestCase[] {
    const out: TestCase[] = [];
    for (const c of this) if (predicate(c)) out.push(c);
    return out;
  }

  map<T>(f: (c: TestCase) => T): T[] {
    const out: T[] = [];
    for (const c of this) out.push(f(c));
    return out;
  }

  #putMessage(i: number, message: string): void {
    if (!wellFormed(message) || message.length * 3 >= MESSAGE_SPAN) {
      this.#oddMessages.set(i, message);
      return;
    }
    const at = this.#text.stage(message);
    this.#messages.set(i, at * MESSAGE_SPAN + this.#text.commit());
  }

  #messageOf(i: number): string | undefined {
    const packed = this.#messages.get(i);
    if (packed === undefined) return this.#oddMessages.get(i);
    return this.#text.text(Math.floor(packed / MESSAGE_SPAN), packed % MESSAGE_SPAN);
  }

  #setLine(i: number, line: number | undefined): void {
    if (line === undefined) return;
    const p = this.#columns.page(i);
    const lines = (p.lines ??= filled(new Int32Array(p.flags.length), NO_LINE));
    if ((line | 0) === line && line !== NO_LINE && !Object.is(line, -0)) lines[i & PAGE_MASK] = line;
    else this.#oddLines.set(i, line);
  }

  #lineOf(i: number): number | undefined {
    const line = this.#columns.page(i).lines?.[i & PAGE_MASK] ?? NO_LINE;
    return line !== NO_LINE ? line : this.#oddLines.get(i);
  }
}

const NONE = 0xffffffff;
/** KeptCase.file when the case names no file. */
export const NO_FILE = NONE;
/** KeptCase.classname when the class is the name (jest-junit writes the full title in both). */
export const SAME_AS_NAME = 0xfffffffe;
/** A KeptCase to fill: a reader refills one for every case. */
export function newKeptCase(): KeptCase {
  return {
    suite: NO_SUITE,
    classname: 0,
    file: NO_FILE,
    line: undefined,
    outcome: 'passed',
    flaky: false,
    message: undefined
  };
}

/** KeptCase.suite of a case in no suite. */
export const NO_SUITE = 0;
/** The fields whose last decoded string the table remembers apart (StringTable.text): each repeats from case to case. */
export const FIELD = { suite: 0, classname: 1, file: 2 } as const;

/**
 * A case as a streaming reader hands it over: its name kept already (CaseList.keepName), its
 * suite, class and file as string numbers (CaseList.index, indexBytes), read as it went.
 */
export interface KeptCase {
  /** A suite node (CaseList.suiteNode), or NO_SUITE. */
  suite: number;
  /** A string number, or SAME_AS_NAME. */
  classname: number;
  /** A string number, or NO_FILE. */
  file: number;
  line: number | undefined;
  outcome: Outcome;
  flaky: boolean;
  message: string | undefined;
}
const NO_LINE = -0x80000000;
const FLAKY = 4;
const OUTCOMES: readonly Outcome[] = ['passed', 'failed', 'errored', 'skipped'];
const OUTCOME_CODE: Record<Outcome, number> = { passed: 0, failed: 1, errored: 2, skipped: 3 };
/** Above a message's most UTF-8 bytes: a message is capped (MESSAGE_CAP) long before. */
const MESSAGE_SPAN = 2 ** 20;

/** One page of the per-case columns. */
interface Page {
  nameAt: Uint32Array;
  nameBytes: Uint32Array;
  suites: Uint32Array;
  classes: Uint32Array;
  /** Made when a case of the page has a file (many reports name none); NONE until set. */
  files: Uint32Array | undefined;
  /** Made when a case of the page has a line, as `files`; NO_LINE until set. */
  lines: Int32Array | undefined;
  /** Outcome (two bits) and flaky (the third): one byte a case. */
  flags: Uint8Array;
}
function filled<A extends Uint32Array | Int32Array>(column: A, value: number): A {
  column.fill(value);
  return column;
}
const PAGE_BITS = 16;
const PAGE = 1 << PAGE_BITS;
const PAGE_MASK = PAGE - 1;

/**
 * The per-case columns in pages of 65,536 cases: a full page is never copied, so the list never
 * holds a column twice while it grows, nor room for twice its cases (as doubling one array
 * would). Only the first page starts small and doubles, so a small report takes little.
 */
class Columns {
  private readonly pages: Page[] = [newPage(1024)];

  /** The page for case `i`, the next one to add, made or widened as needed. */
  room(i: number): Page {
    const n = i >>> PAGE_BITS;
    if (n === this.pages.length) this.pages.push(newPage(PAGE));
    const p = this.pages[n]!;
    if ((i & PAGE_MASK) === p.flags.length) this.pages[n] = widen(p);
    return this.pages[n]!;
  }

  page(i: number): Page {
    return this.pages[i >>> PAGE_BITS]!;
  }
}

function newPage(size: number): Page {
  return {
    nameAt: new Uint32Array(size),
    nameBytes: new Uint32Array(size),
    suites: new Uint32Array(size),
    classes: new Uint32Array(size),
    // Present from the start, made later: a field added to a page would change its shape,
    // and V8's code compiled for the old one would be thrown away.
    files: undefined,
    lines: undefined,
    flags: new Uint8Array(size)
  };
}

/** The first page at twice its room (up to PAGE), its cases copied. */
function widen(p: Page): Page {
  const q = newPage(Math.min(PAGE, p.flags.length * 2));
  q.nameAt.set(p.nameAt);
  q.nameBytes.set(p.nameBytes);
  q.suites.set(p.suites);
  q.classes.set(p.classes);
  if (p.files) (q.files = filled(new Uint32Array(q.flags.length), NONE)).set(p.files);
  if (p.lines) (q.lines = filled(new Int32Array(q.flags.length), NO_LINE)).set(p.lines);
  q.flags.set(p.flags);
  return q;
}

/**
 * Suites as a tree: a suite is its outer suite's node and its own name (a string number), and
 * its path, the names joined with ` › `, is built only when a case is read. Kept as paths, suites
 * nested 24 deep took each leaf's whole path as a new string: built, hashed and stored once per
 * leaf, hundreds of bytes each. Node 0 is no suite; a node is not looked up again (the parser
 * asks once per suite element), so two elements of one path are two nodes of one path.
 */
class SuiteTree {
  /**
   * Node n is [2n] its outer node and [2n + 1] its name's number, in pages of NODE_PAGE nodes
   * added as the tree grows: suites nested deep open a million nodes, and an array doubled to
   * hold them was copied and zeroed again at every doubling (5% of such a parse).
   */
  private readonly pages = [new Uint32Array(2 * NODE_PAGE)];
  /** Node 0 is no suite. */
  private count = 1;
  /** Paths built lately, by node: a list's cases come suite by suite, and siblings share their outer path. */
  private readonly paths = new Map<number, string>([[NO_SUITE, '']]);

  constructor(private readonly table: StringTable) {}

  node(outer: number, name: string): number {
    if (name === '') return outer;
    const i = this.count++;
    const k = i & NODE_MASK;
    if (k === 0) this.pages.push(new Uint32Array(2 * NODE_PAGE));
    const page = this.pages[i >>> NODE_BITS]!;
    page[2 * k] = outer;
    page[2 * k + 1] = this.table.index(name);
    return i;
  }

  private outer(n: number): number {
    return this.pages[n >>> NODE_BITS]![2 * (n & NODE_MASK)]!;
  }

  private name(n: number): number {
    return this.pages[n >>> NODE_BITS]![2 * (n & NODE_MASK) + 1]!;
  }

  path(node: number): string {
    const known = this.paths.get(node);
    if (known !== undefined) return known;
    // The nodes up to the nearest one whose path is known, then their paths top down (no recursion: suites may nest deep).
    const up: number[] = [];
    let n = node;
    for (; !this.paths.has(n); n = this.outer(n)) up.push(n);
    let path = this.paths.get(n)!;
    if (this.paths.size + up.length > PATHS_KEPT) {
      this.paths.clear();
      this.paths.set(NO_SUITE, '');
    }
    for (let k = up.length - 1; k >= 0; k--) {
      const name = this.table.text(this.name(up[k]!), FIELD.suite);
      path = path ? `${path} › ${name}` : name;
      this.paths.set(up[k]!, path);
    }
    return path;
  }
}
/** Suite paths remembered before SuiteTree starts afresh. */
const PATHS_KEPT = 4096;
const NODE_BITS = 13;
/** SuiteTree's nodes per page: 64 KiB. */
const NODE_PAGE = 1 << NODE_BITS;
const NODE_MASK = NODE_PAGE - 1;

/**
 * Strings a report repeats (suite names, classes, files), each kept once as UTF-8 bytes in the
 * list's TextStore and found again by an open-addressed hash table over those bytes (an
 * Int32Array of slots, each a string's number and its hash side by side, so a probe reads one
 * place; at most half full): a JS string and a Map entry each took 60-100 bytes above the
 * text, twice its characters for any non-Latin-1 text, and all of it in the heap the garbage
 * collector walks. A string is decoded only when a case is read, and the last one decoded is
 * remembered per field (suite, class, file). A string UTF-8 cannot hold (a lone surrogate) is
 * kept as it is, apart.
 */
export class StringTable {
  private at: Uint32Array = new Uint32Array(1024);
  private bytes: Uint32Array = new Uint32Array(1024);
  /** Slot k is [2k] the string's number (EMPTY: free) and [2k + 1] its hash. */
  private slots = new Int32Array(2 * 2048).fill(EMPTY);
  private count = 0;
  private readonly odd = new Map<string, number>();
  private readonly oddText = new Map<number, string>();
  /** String numbers by the low bits of their hash (see indexBytes); EMPTY where none. */
  private readonly quick = new Int32Array(QUICK_SLOTS).fill(EMPTY);
  /** Strings looked up lately and their numbers (see index). */
  private readonly recent = new Map<string, number>();
  private readonly decodedIndex = [-1, -1, -1];
  private readonly decoded = ['', '', ''];

  constructor(private readonly store = new TextStore()) {}

  get size(): number {
    return this.count;
  }

  /**
   * The number of `text`. Strings looked up lately are found in a Map first: V8 keeps a string's
   * hash in the string, and a reader hands the same string objects again and again (the
   * scanner's remembered values), so most lookups neither hash nor compare characters here.
   */
  index(text: string): number {
    const known = this.recent.get(text);
    if (known !== undefined) return known;
    const i = wellFormed(text) ? this.find(text) : this.findOdd(text);
    // Bounded: a report of ever new strings costs a cleared map now and then, not memory.
    if (this.recent.size >= RECENT) this.recent.clear();
    this.recent.set(detach(text), i);
    return i;
  }

  /** The text of number `i`. */
  text(i: number, field = 0): string {
    if (this.decodedIndex[field] === i) return this.decoded[field]!;
    const text = this.oddText.get(i) ?? this.store.text(this.at[i]!, this.bytes[i]!);
    this.decodedIndex[field] = i;
    this.decoded[field] = text;
    return text;
  }

  /** The number of the string whose UTF-8 is `span` (see CaseList.indexBytes). */
  indexBytes(span: ByteSpan): number {
    const hash = hashBytes(span.bytes, span.start, span.end) | 0;
    // First the string this hash last led to, in a small table that stays in the cache: a
    // report's files and most of its classes repeat, and a hit reads no slot of the big table.
    const quick = hash & (QUICK_SLOTS - 1);
    const seen = this.quick[quick]!;
    if (seen !== EMPTY && this.store.holdsBytes(this.at[seen]!, this.bytes[seen]!, span)) return seen;
    const i = this.lookupBytes(span, hash);
    this.quick[quick] = i;
    return i;
  }

  private lookupBytes(span: ByteSpan, hash: number): number {
    const s = this.probe(hash, span, '');
    const i = this.slots[2 * s]!;
    return i !== EMPTY ? i : this.added(s, this.store.stageBytes(span), hash);
  }

  /** Compares the text with the bytes kept, character by character: it is encoded only when new. */
  private find(text: string): number {
    const hash = hashText(text) | 0;
    const s = this.probe(hash, undefined, text);
    const i = this.slots[2 * s]!;
    return i !== EMPTY ? i : this.added(s, this.store.stage(text), hash);
  }

  /**
   * The slot of the string of this hash whose bytes are `span` (else whose text is `text`), or
   * the free slot where it would go.
   */
  private probe(hash: number, span: ByteSpan | undefined, text: string): number {
    const { slots, store } = this;
    const mask = (slots.length >>> 1) - 1;
    let s = hash & mask;
    for (let i = slots[2 * s]!; i !== EMPTY; i = slots[2 * s]!) {
      if (slots[2 * s + 1] === hash) {
        const at = this.at[i]!;
        const bytes = this.bytes[i]!;
        if (span !== undefined ? store.holdsBytes(at, bytes, span) : store.holds(at, bytes, text)) return s;
      }
      s = (s + 1) & mask;
    }
    return s;
  }

  /** Keeps the text just staged at `at` as a new string in slot `s`; returns its number. */
  private added(s: number, at: number, hash: number): number {
    const i = this.add(at, this.store.commit());
    this.slots[2 * s] = i;
    this.slots[2 * s + 1] = hash;
    if (this.count * 4 > this.slots.length) this.rehash();
    return i;
  }

  private findOdd(text: string): number {
    let i = this.odd.get(text);
    if (i === undefined) {
      i = this.add(0, 0);
      // Joined flat: a slice of the report's chunk would keep the whole chunk alive.
      const kept = [text].join('');
      this.odd.set(kept, i);
      this.oddText.set(i, kept);
    }
    return i;
  }

  private add(at: number, bytes: number): number {
    const i = this.count++;
    if (i === this.at.length) {
      this.at = wider(this.at);
      this.bytes = wider(this.bytes);
    }
    this.at[i] = at;
    this.bytes[i] = bytes;
    return i;
  }

  /** Twice the slots, each string put back where its hash leads (odd strings have no slot). */
  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2).fill(EMPTY);
    const mask = (slots.length >>> 1) - 1;
    for (let k = 0; k < old.length; k += 2) {
      if (old[k] === EMPTY) continue;
      const hash = old[k + 1]!;
      let s = hash & mask;
      while (slots[2 * s] !== EMPTY) s = (s + 1) & mask;
      slots[2 * s] = old[k]!;
      slots[2 * s + 1] = hash;
    }
    this.slots = slots;
  }
}
const EMPTY = -1;
const QUICK_SLOTS = 1024;

/** Strings StringTable.index remembers before it starts afresh. */
const RECENT = 4096;

/** No lone surrogate (String.prototype.isWellFormed: Node 20 and 24 have it, TypeScript's lib here not). */
const wellFormed = (text: string): boolean => (text as unknown as { isWellFormed(): boolean }).isWellFormed();

function wider(a: Uint32Array): Uint32Array {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Text as UTF-8 in 1 MiB buffers, never copied once written: a text is where it starts
 * (buffer number × 1 MiB + offset) and its length in bytes. A text never spans two buffers and
 * starts in a buffer's first MiB: a longer one (Jest JSON titles are not capped) gets a buffer
 * of its own. Writing is in two steps: `stage` writes the bytes after the last text kept, and
 * `commit` keeps them; a staged text not committed is written over by the next.
 */
export class TextStore {
  private readonly chunks: Buffer[] = [];
  private chunk = Buffer.alloc(0);
  private used = 0;
  /** The byte length of the text staged last. */
  private staged = 0;

  /** Writes `text` after the last text kept; returns where it starts. */
  stage(text: string): number {
    // A UTF-16 unit is at most 3 bytes of UTF-8: a text that may not fit opens a new buffer.
    if (this.used >= CHUNK || this.used + text.length * 3 > this.chunk.length) this.open(text.length * 3);
    this.staged = this.chunk.write(text, this.used, 'utf8');
    return (this.chunks.length - 1) * CHUNK + this.used;
  }

  /** Writes UTF-8 bytes after the last text kept, as `stage` does a string. */
  stageBytes(span: ByteSpan): number {
    const { bytes, start, end } = span;
    const n = end - start;
    if (this.used >= CHUNK || this.used + n > this.chunk.length) this.open(n);
    const { chunk, used } = this;
    // A short copy by hand: a call into the native copy costs more than a name's few bytes.
    if (n > 64) chunk.set(bytes.subarray(start, end), used);
    else for (let k = 0; k < n; k++) chunk[used + k] = bytes[start + k]!;
    this.staged = n;
    return (this.chunks.length - 1) * CHUNK + used;
  }

  /** Keeps the staged text; returns its length in bytes. */
  commit(): number {
    this.used += this.staged;
    return this.staged;
  }

  text(at: number, bytes: number): string {
    // An empty text may come before any buffer was opened.
    if (bytes === 0) return '';
    const chunk = this.chunks[Math.floor(at / CHUNK)]!;
    const start = at % CHUNK;
    return chunk.toString('utf8', start, start + bytes);
  }

  /** Whether the `bytes` bytes at `at` are the UTF-8 of `text` (a well-formed string). */
  holds(at: number, bytes: number, text: string): boolean {
    // Each UTF-16 unit takes at least one byte.
    if (bytes < text.length) return false;
    if (bytes === 0) return true;
    return utf8Equals(this.chunks[Math.floor(at / CHUNK)]!, at % CHUNK, bytes, text);
  }

  /** Whether the `bytes` bytes at `at` are the bytes of `span`. */
  holdsBytes(at: number, bytes: number, span: ByteSpan): boolean {
    const { start, end } = span;
    if (end - start !== bytes) return false;
    if (bytes === 0) return true;
    const chunk = this.chunks[Math.floor(at / CHUNK)]!;
    const from = at % CHUNK;
    const b = span.bytes;
    for (let k = 0; k < bytes; k++) if (chunk[from + k] !== b[start + k]) return false;
    return true;
  }

  private open(least: number): void {
    this.chunk = Buffer.alloc(Math.max(Math.min(CHUNK, FIRST_CHUNK << this.chunks.length), least));
    this.chunks.push(this.chunk);
    this.used = 0;
  }
}
const CHUNK = 1024 * 1024;
/**
 * The first buffer's size; each next one twice the last, up to CHUNK. A small report keeps
 * little, and a new buffer is opened a few times early on, before V8 optimises the code that
 * writes texts: met for the first time after it, that rare path would throw the optimised code
 * (and the code of the reader it was inlined into) away.
 */
const FIRST_CHUNK = 4096;

const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a (32 bits) over the UTF-8 bytes of `text` (well-formed), encoded as it goes: the string
 * table's hash, the same as hashBytes over the text's UTF-8, so a string and its bytes meet.
 */
export function hashText(text: string): number {
  let h = FNV_BASIS;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x80) {
      h = Math.imul(h ^ c, FNV_PRIME);
      continue;
    }
    const code = text.codePointAt(k)!;
    if (code > 0xffff) k++;
    const n = utf8Length(code);
    for (let b = 0; b < n; b++) h = Math.imul(h ^ utf8Byte(code, n, b), FNV_PRIME);
  }
  return h >>> 0;
}

/** FNV-1a (32 bits) over bytes [start, end). */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = FNV_BASIS;
  for (let k = start; k < end; k++) h = Math.imul(h ^ bytes[k]!, FNV_PRIME);
  return h >>> 0;
}

/**
 * Whether the `bytes` bytes of `chunk` from `start` are the UTF-8 of `text` (well-formed: no
 * lone surrogate), encoding one character at a time: a lookup that finds its string writes
 * nothing, which spares a call into the encoder per case.
 */
export function utf8Equals(chunk: Uint8Array, start: number, bytes: number, text: string): boolean {
  const end = start + bytes;
  let p = start;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x80) {
      if (p >= end || chunk[p++] !== c) return false;
      continue;
    }
    const code = text.codePointAt(k)!;
    if (code > 0xffff) k++;
    const n = utf8Length(code);
    if (p + n > end) return false;
    for (let b = 0; b < n; b++) if (chunk[p + b] !== utf8Byte(code, n, b)) return false;
    p += n;
  }
  return p === end;
}
