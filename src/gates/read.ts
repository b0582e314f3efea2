import { closeSync, openSync, readSync } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { parseJestJson } from './jest-json';
import { XmlReportParser } from './readers/parser';
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

/** A file through parseXmlBytes, read synchronously (see there) and closed whatever happens. */
async function parseXmlFile(path: string): Promise<ParsedReport> {
  const fd = openSync(path, 'r');
  try {
    return await parseXmlBytes(path, (buffer, offset, length) => readSync(fd, buffer, offset, length, null), true);
  } finally {
    closeSync(fd);
  }
}

/** Bytes after a chunk's last tag that wait for the next read, at most (more: the chunk is passed whole). */
const TAIL = 4096;

/** Where a chunk's last tag ends (just after its last ">"), or its length when that is far back. */
function tagsEnd(bytes: Buffer): number {
  const gt = bytes.lastIndexOf(0x3e);
  return gt !== -1 && bytes.length - gt - 1 <= TAIL ? gt + 1 : bytes.length;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Parses XML read by `read` (up to `length` bytes into `buffer` at `offset`; 0 at the end) in
 * 64 KiB chunks into one reused buffer, dropping a leading BOM. The scanner works on the bytes
 * (it copies the ones it has not read yet), so nothing is decoded here. A file is read
 * synchronously: parsing is CPU-bound work on this thread anyway, and an await per chunk
 * through the thread pool left the parser idle a fifth of the time.
 *
 * With `wholeTags` (a file), each chunk goes to the scanner up to just after its last ">", the
 * rest waiting for the next read: the scanner then rarely finds a tag, name or value cut by the
 * chunk's end. Those paths cost strings made of the bytes it would otherwise keep, and, met for
 * the first time after V8 has compiled the scanner, a deoptimisation and a second compile (8% of
 * the CPU time on pytest and CDATA shapes, 15% on 4 MB of small cases). A stream keeps its own
 * chunks (tests cut documents everywhere through it).
 */
async function parseXmlBytes(
  path: string,
  read: (buffer: Buffer, offset: number, length: number) => number | Promise<number>,
  wholeTags = false
): Promise<ParsedReport> {
  const parser = new XmlReportParser(path);
  const buffer = Buffer.alloc(CHUNK);
  // The file's first bytes wait until there are three of them, to tell a BOM.
  let held = 0;
  let first = true;
  for (;;) {
    const n = await read(buffer, held, CHUNK - held);
    if (n === 0) break;
    let bytes = buffer.subarray(0, held + n);
    held = 0;
    if (first) {
      if (bytes.length < 3 && BOM.subarray(0, bytes.length).equals(bytes)) {
        held = bytes.length;
        continue;
      }
      if (bytes.subarray(0, 3).equals(BOM)) bytes = bytes.subarray(3);
      first = false;
    }
    const cut = wholeTags ? tagsEnd(bytes) : bytes.length;
    parser.write(bytes.subarray(0, cut));
    held = bytes.copy(buffer, 0, cut);
  }
  if (held > 0) parser.write(buffer.subarray(0, held));
  return parser.end();
}
