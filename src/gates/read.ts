import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { parseJestJson } from './jest-json';
import { JunitParser } from './junit';
import { ReportError, type ParsedReport } from './model';

/** Reports larger than this are refused before reading (configurable). */
export const DEFAULT_MAX_REPORT_BYTES = 200 * 1024 * 1024;
/** Jest JSON is parsed whole (it is one value): a tighter cap keeps memory bounded. */
export const MAX_JSON_BYTES = 256 * 1024 * 1024;

/** The format, from the first meaningful bytes rather than the file name. */
export async function detectFormat(path: string): Promise<'junit' | 'jest-json' | undefined> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '').trimStart();
    if (head.startsWith('<')) return 'junit';
    if (head.startsWith('{')) return 'jest-json';
    return undefined;
  } finally {
    await handle.close();
  }
}

/**
 * Reads one report in bounded memory: XML is streamed through the SAX parser in 64 KiB chunks;
 * a file over `maxBytes` is refused before it is read.
 */
export async function readReport(path: string, maxBytes = DEFAULT_MAX_REPORT_BYTES): Promise<ParsedReport> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new ReportError(`${path}: no such file`);
  if (info.size > maxBytes) throw new ReportError(`${path}: ${(info.size / 1048576).toFixed(1)} MB is over the ${(maxBytes / 1048576).toFixed(0)} MB limit for a report (max-report-size)`);
  if (info.size === 0) throw new ReportError(`${path}: the file is empty`);
  const format = await detectFormat(path);
  if (format === 'jest-json') {
    if (info.size > MAX_JSON_BYTES) throw new ReportError(`${path}: a JSON report over ${MAX_JSON_BYTES / 1048576} MB is refused`);
    const chunks: Buffer[] = [];
    for await (const chunk of createReadStream(path)) chunks.push(chunk as Buffer);
    return parseJestJson(Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, ''), path);
  }
  if (format !== 'junit') throw new ReportError(`${path}: not a test report this action reads (expected JUnit XML or Jest --json output)`);
  const parser = new JunitParser(path);
  const decoder = new StringDecoder('utf8');
  let first = true;
  for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 })) {
    let text = decoder.write(chunk as Buffer);
    if (first) {
      text = text.replace(/^\uFEFF/, '');
      first = false;
    }
    parser.write(text);
  }
  parser.write(decoder.end());
  return parser.end();
}
