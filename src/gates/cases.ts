import { detach, type Cases, type Outcome, type TestCase } from './model';

/**
 * The test cases of one report, stored compactly: a report of 850,000 cases held as one object
 * and one name string per case took about 120 bytes a case above the name's characters, more
 * than the 100 MB file's own text once read. Here a case is its name's UTF-8 bytes in shared
 * 1 MiB buffers, indexes into a table of the suite, class and file strings (reports repeat them),
 * its line and its outcome in typed arrays, and a message only when it failed: about 25 bytes
 * and the name. A case is built as a TestCase object only when asked for (iteration, `at`), so
 * every consumer keeps reading TestCase objects. Its fields are private (#): two lists are equal
 * (Jest's toEqual) when their cases are.
 */
export class CaseList implements Cases {
  #count = 0;
  readonly #names = new TextStore();
  readonly #table = new StringTable();
  #nameAt = new Uint32Array(INITIAL);
  #nameBytes = new Uint32Array(INITIAL);
  #suites = new Uint32Array(INITIAL);
  #classes = new Uint32Array(INITIAL);
  #files = new Uint32Array(INITIAL);
  #lines = new Int32Array(INITIAL);
  /** Outcome (two bits) and flaky (the third): one byte a case. */
  #flags = new Uint8Array(INITIAL);
  /** Lines that are no 32-bit integer (a report may say anything): kept as they were. */
  readonly #oddLines = new Map<number, number>();
  readonly #messages = new Map<number, string>();

  get length(): number {
    return this.#count;
  }

  /** Adds a case; returns its index. */
  push(c: TestCase): number {
    const i = this.#count;
    if (i === this.#flags.length) this.#grow();
    const { at, bytes } = this.#names.add(c.name);
    this.#nameAt[i] = at;
    this.#nameBytes[i] = bytes;
    this.#suites[i] = this.#table.index(c.suite);
    this.#classes[i] = c.classname === c.name && c.name !== '' ? SAME_AS_NAME : this.#table.index(c.classname);
    this.#files[i] = c.file === undefined ? NONE : this.#table.index(c.file);
    this.#setLine(i, c.line);
    this.#flags[i] = OUTCOME_CODE[c.outcome] | (c.flaky ? FLAKY : 0);
    if (c.message !== undefined) this.#messages.set(i, c.message);
    this.#count = i + 1;
    return i;
  }

  /** The case at `index` as a new TestCase object (a change to it does not change the list). */
  at(index: number): TestCase | undefined {
    const i = index < 0 ? this.#count + index : index;
    if (!(i >= 0 && i < this.#count)) return undefined;
    const name = this.#names.text(this.#nameAt[i]!, this.#nameBytes[i]!);
    const klass = this.#classes[i]!;
    const flags = this.#flags[i]!;
    const c: TestCase = {
      suite: this.#table.text(this.#suites[i]!),
      classname: klass === SAME_AS_NAME ? name : this.#table.text(klass),
      name,
      outcome: OUTCOMES[flags & 3]!,
      flaky: (flags & FLAKY) !== 0
    };
    const file = this.#files[i]!;
    if (file !== NONE) c.file = this.#table.text(file);
    const line = this.#lineOf(i);
    if (line !== undefined) c.line = line;
    const message = this.#messages.get(i);
    if (message !== undefined) c.message = message;
    return c;
  }

  /** Sets a case's class when the report names it after the case (TRX lists classes last). */
  setClassname(index: number, classname: string): void {
    if (index >= 0 && index < this.#count) this.#classes[index] = this.#table.index(classname);
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

  #setLine(i: number, line: number | undefined): void {
    if (line === undefined) this.#lines[i] = NO_LINE;
    else if ((line | 0) === line && line !== NO_LINE && !Object.is(line, -0)) this.#lines[i] = line;
    else {
      this.#lines[i] = NO_LINE;
      this.#oddLines.set(i, line);
    }
  }

  #lineOf(i: number): number | undefined {
    const line = this.#lines[i]!;
    return line !== NO_LINE ? line : this.#oddLines.get(i);
  }

  /** Twice the room: a copy of each array, amortised over the cases that fill it. */
  #grow(): void {
    const size = this.#flags.length * 2;
    const wider = <A extends Uint32Array | Int32Array | Uint8Array>(a: A, make: (n: number) => A): A => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.#nameAt = wider(this.#nameAt, (n) => new Uint32Array(n));
    this.#nameBytes = wider(this.#nameBytes, (n) => new Uint32Array(n));
    this.#suites = wider(this.#suites, (n) => new Uint32Array(n));
    this.#classes = wider(this.#classes, (n) => new Uint32Array(n));
    this.#files = wider(this.#files, (n) => new Uint32Array(n));
    this.#lines = wider(this.#lines, (n) => new Int32Array(n));
    this.#flags = wider(this.#flags, (n) => new Uint8Array(n));
  }
}

const INITIAL = 1024;
const NONE = 0xffffffff;
/** The class is the name (jest-junit writes the full title in both). */
const SAME_AS_NAME = 0xfffffffe;
const NO_LINE = -0x80000000;
const FLAKY = 4;
const OUTCOMES: readonly Outcome[] = ['passed', 'failed', 'errored', 'skipped'];
const OUTCOME_CODE: Record<Outcome, number> = { passed: 0, failed: 1, errored: 2, skipped: 3 };

/**
 * Strings a report repeats (suite paths, classes, files), each kept once: the list holds them,
 * the map finds them. Past MAP_CAP distinct strings the map stops growing (a report of unique
 * classes would otherwise hold each twice); later strings are appended as they come.
 */
class StringTable {
  private readonly list: string[] = [];
  private readonly map = new Map<string, number>();
  private last = -1;

  index(text: string): number {
    // Reports list a class's cases together: most lookups are the string just seen.
    if (this.last !== -1 && this.list[this.last] === text) return this.last;
    let i = this.map.get(text);
    if (i === undefined) {
      i = this.list.length;
      const kept = detach(text);
      this.list.push(kept);
      if (this.map.size < MAP_CAP) this.map.set(kept, i);
    }
    this.last = i;
    return i;
  }

  text(i: number): string {
    return this.list[i]!;
  }
}
const MAP_CAP = 100_000;

/**
 * Names as UTF-8 in 1 MiB buffers, never copied once written: a name is where it starts
 * (buffer number × 1 MiB + offset) and its length in bytes. A name never spans two buffers and
 * starts in a buffer's first MiB: a longer name (Jest JSON titles are not capped) gets a buffer of
 * its own.
 */
class TextStore {
  private readonly chunks: Buffer[] = [];
  private chunk = Buffer.alloc(0);
  private used = 0;

  add(text: string): { at: number; bytes: number } {
    // A UTF-16 unit is at most 3 bytes of UTF-8: a name that may not fit opens a new buffer.
    if (this.used >= CHUNK || this.used + text.length * 3 > this.chunk.length) this.open(text.length * 3);
    const at = (this.chunks.length - 1) * CHUNK + this.used;
    const bytes = this.chunk.write(text, this.used, 'utf8');
    this.used += bytes;
    return RESULT(at, bytes);
  }

  text(at: number, bytes: number): string {
    const chunk = this.chunks[Math.floor(at / CHUNK)]!;
    const start = at % CHUNK;
    return chunk.toString('utf8', start, start + bytes);
  }

  private open(least: number): void {
    this.chunk = Buffer.alloc(Math.max(CHUNK, least));
    this.chunks.push(this.chunk);
    this.used = 0;
  }
}
const CHUNK = 1024 * 1024;
// One result object for every add: this runs once per case.
const SLOT = { at: 0, bytes: 0 };
const RESULT = (at: number, bytes: number) => {
  SLOT.at = at;
  SLOT.bytes = bytes;
  return SLOT;
};
