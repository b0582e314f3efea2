import { closeSync, openSync, readSync } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { parseJestJson } from './jest-json';
import { XmlReportParser } from './readers/parser';
import { plainBytes } from './xml';
import { ReportError, type ParsedReport } from './model';

/** Reports larger than this are refused before reading (config `max-report-size`). */
export const DEFAULT_MAX_REPORT_BYTES = 200 * 1024 * 1024;
/**
 * Jest JSON is one value, parsed whole: past this size it is refused even when
 * `max-report-size` allows more, which bounds the memory JSON.parse may take.
 */
export const MAX_JSON_BYTES = 128 * 1024 * 1024;

export type DetectedFormat = 'xml' | 'json' | undefined;

/** The format from the first meaningful characters (after a BOM and whitespace), never the file name. */
export function detectFormat(head: string): DetectedFormat {
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<')) return 'xml';
  if (start.startsWith('{')) return 'json';
  return undefined;
}

async function readHead(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Pushes a stream of XML (bytes or text) through the same loop a file goes through
 * (parseXmlBytes), keeping the stream's chunk boundaries: for tests and sources other than a file.
 */
export async function parseXmlStream(
  path: string,
  chunks: AsyncIterable<Buffer | string> | Iterable<Buffer | string>
): Promise<ParsedReport> {
  const items = Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]();
  let pending: Buffer = Buffer.alloc(0);
  return parseXmlBytes(path, async (buffer, offset, length) => {
    while (pending.length === 0) {
      const next = await items.next();
      if (next.done) return 0;
      pending = typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : next.value;
    }
    const n = pending.copy(buffer, offset, 0, Math.min(length, pending.length));
    pending = pending.subarray(n);
    return n;
  });
}

/**
 * Reads one report in bounded memory: XML is streamed through the scanner (xml.ts) in 64 KiB chunks;
 * a file over `maxBytes` is refused before it is read; the format comes from the content.
 * Errors are ReportErrors whose message starts with `path` (and line:column for broken XML).
 */
export async function readReport(path: string, maxBytes = DEFAULT_MAX_REPORT_BYTES): Promise<ParsedReport> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new ReportError(`${path}: no such file`);
  if (info.size > maxBytes)
    throw new ReportError(
      `${path}: ${(info.size / 1048576).toFixed(1)} MB is over the ${+(maxBytes / 1048576).toFixed(1)} MB limit for a report (max-report-size)`
    );
  if (info.size === 0) throw new ReportError(`${path}: the file is empty`);
  const format = detectFormat(await readHead(path));
  if (format === 'json') {
    if (info.size > MAX_JSON_BYTES)
      throw new ReportError(`${path}: a JSON report over ${MAX_JSON_BYTES / 1048576} MB is refused`);
    return parseJestJson((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''), path);
  }
  if (format !== 'xml')
    throw new ReportError(
      `${path}: not a test report this action reads (expected JUnit, NUnit, xUnit.net or TRX XML, or Jest --json output)`
    );
  return parseXmlFile(path);
}

const CHUNK = 64 * 1024;
/** Room in front of each read for the text the scanner has not read yet (an incomplete tag, mostly). */
const CARRY = 4 * 1024;

/** A file through parseXmlBytes, read synchronously (see there) and closed whatever happens. */
async function parseXmlFile(path: string): Promise<ParsedReport> {
  const fd = openSync(path, 'r');
  try {
    return await parseXmlBytes(path, (buffer, offset, length) => readSync(fd, buffer, offset, length, null));
  } finally {
    closeSync(fd);
  }
}

/**
 * Parses XML read by `read` (up to `length` bytes into `buffer` at `offset`; 0 at the end) in
 * 64 KiB chunks into one reused buffer, dropping a leading BOM. A file is read synchronously:
 * parsing is CPU-bound work on this thread anyway, and an await per chunk through the thread
 * pool left the parser idle a fifth of the time. While the decoder holds no partial character
 * (the last chunk was plain ASCII), the text the scanner has not read yet is put back as bytes
 * in front of the next read, so each chunk becomes a string once rather than being decoded and
 * then copied again to join it to that remainder; and a plain chunk is then decoded as latin1,
 * which is exact for ASCII.
 */
async function parseXmlBytes(
  path: string,
  read: (buffer: Buffer, offset: number, length: number) => number | Promise<number>
): Promise<ParsedReport> {
  const parser = new XmlReportParser(path);
  const decoder = new StringDecoder('utf8');
  const buffer = Buffer.alloc(CARRY + CHUNK);
  let first = true;
  // The decoder holds nothing: at the start and after a chunk of plain ASCII bytes.
  let clean = true;
  for (;;) {
    // A UTF-16 unit is at most 3 bytes of UTF-8 (a surrogate pair, 2 units, is 4).
    let rest = clean ? parser.takeRest(CARRY / 3) : '';
    const head = rest.charCodeAt(0);
    if (head >= 0xdc00 && head <= 0xdfff) {
      // It starts inside a surrogate pair (a comment or CDATA section cut there): half a
      // character has no UTF-8, so this remainder stays text.
      parser.write(rest);
      rest = '';
    }
    const carried = rest ? buffer.write(rest, 0, 'utf8') : 0;
    const n = await read(buffer, carried, CHUNK);
    if (n === 0) {
      if (rest) parser.write(rest);
      break;
    }
    const plain = plainBytes(buffer.subarray(0, carried + n));
    let text =
      plain && clean ? buffer.toString('latin1', 0, carried + n) : decoder.write(buffer.subarray(0, carried + n));
    if (first && text.length) {
      text = text.replace(/^\uFEFF/, '');
      first = false;
    }
    // A plain ASCII chunk cannot complete a character the decoder held back (those bytes are
    // all over 0x7F), so its text is exactly its bytes, after at most a U+FFFD.
    parser.write(text, plain);
    clean = plain;
  }
  parser.write(decoder.end());
  return parser.end();
}
