import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import type { GateOutcome } from '../core/shared';
import type { RecordedGate } from './evaluate';
import { allCases, caseId, type Outcome, type ParsedReport, type TestCase } from './model';

/**
 * Recorded results live in the check run this action creates on each commit: its `output.text`
 * ends with an HTML comment holding a gzip+base64 digest (gates' figures and the test
 * inventory). A pull request reads the record of its base commit back with one request; it
 * needs no extra service, survives fork PRs (the record is on the base repository's commits)
 * and is invisible when the check run is rendered.
 */
export const DIGEST_MARKER = 'epic-steward:results:v1';
const DIGEST = new RegExp(`<!-- ${DIGEST_MARKER} ([A-Za-z0-9+/=]+) -->`);

const CODE: Record<Outcome, string> = { passed: 'p', failed: 'f', errored: 'e', skipped: 's' };
const OUTCOME: Record<string, Outcome> = { p: 'passed', f: 'failed', e: 'errored', s: 'skipped' };

/** One test in a record: enough to select it by a gate's globs and to name it. */
export interface RecordedTest {
  suite: string;
  classname: string;
  name: string;
  file?: string;
  outcome: Outcome;
}

export interface ResultsRecord {
  sha: string;
  gates: Record<string, RecordedGate>;
  /** Every test when it fitted; else only those that did not pass (`complete: false`). */
  tests: RecordedTest[];
  complete: boolean;
}

/** One outcome per test id: a test that ran twice passed if either run passed (a rerun). */
export function outcomesById(
  cases: Iterable<Pick<TestCase, 'suite' | 'classname' | 'name' | 'file' | 'outcome'>>
): Map<string, RecordedTest> {
  const byId = new Map<string, RecordedTest>();
  const rank: Record<Outcome, number> = { passed: 3, errored: 2, failed: 1, skipped: 0 };
  for (const c of cases) {
    const id = caseId(c);
    const seen = byId.get(id);
    if (!seen || rank[c.outcome] > rank[seen.outcome])
      byId.set(id, {
        suite: c.suite,
        classname: c.classname,
        name: c.name,
        ...(c.file ? { file: c.file } : {}),
        outcome: c.outcome
      });
  }
  return byId;
}

function encodeTests(tests: RecordedTest[]): string {
  const files = new Map<string, number>();
  const rows = tests.map((t) => {
    let f = '';
    if (t.file !== undefined) {
      if (!files.has(t.file)) files.set(t.file, files.size);
      f = String(files.get(t.file));
    }
    return [CODE[t.outcome], f, t.suite, t.classname, t.name].map((v) => v.replace(/[\t\n]/g, ' ')).join('\t');
  });
  return JSON.stringify({ files: [...files.keys()], rows: rows.join('\n') });
}

function pack(value: unknown): string {
  return Buffer.from(gzipSync(strToU8(JSON.stringify(value)), { level: 9, mtime: 0 })).toString('base64');
}

/**
 * The digest for a check run's text (no clock in it: the same results give the same text, so
 * a second run leaves the check run unchanged): the whole inventory when it fits in `maxChars`, else the
 * tests that did not pass, cut if need be (the record then says it is incomplete).
 */
export function encodeRecord(sha: string, outcomes: GateOutcome[], reports: ParsedReport[], maxChars: number): string {
  const gates: Record<string, RecordedGate> = {};
  for (const g of outcomes)
    gates[g.name] = {
      passRate: g.passRate,
      executionRate: g.executionRate,
      inventory: g.totals.tests + g.totals.suiteErrors
    };
  const all = [...outcomesById(allCases(reports)).values()];
  const wrap = (tests: RecordedTest[], complete: boolean) =>
    `<!-- ${DIGEST_MARKER} ${pack({ sha, gates, complete, tests: encodeTests(tests) })} -->`;
  const room = maxChars;
  let text = wrap(all, true);
  if (text.length <= room) return text;
  let failing = all.filter((t) => t.outcome === 'failed' || t.outcome === 'errored');
  text = wrap(failing, false);
  while (text.length > room && failing.length) {
    failing = failing.slice(0, Math.floor(failing.length * Math.min(0.9, room / text.length)));
    text = wrap(failing, false);
  }
  return text;
}

/** A record as stored: every field unknown until checked. */
interface StoredRecord {
  sha?: unknown;
  tests?: unknown;
  gates?: ResultsRecord['gates'] | null;
  complete?: unknown;
}

/** Reads a record back from a check run's text; undefined when there is none or it is damaged. */
export function decodeRecord(text: string | null | undefined): ResultsRecord | undefined {
  const match = text ? DIGEST.exec(text) : null;
  if (!match) return undefined;
  try {
    const raw = gunzipSync(Buffer.from(match[1]!, 'base64'));
    // A record is small by construction; refuse one that inflates past what we ever write.
    if (raw.length > 64 * 1024 * 1024) return undefined;
    // Written by an earlier run, but read back from a check run anyone with checks: write can
    // post: every field is checked before use.
    const data = JSON.parse(strFromU8(raw)) as StoredRecord;
    const packed = JSON.parse(typeof data.tests === 'string' ? data.tests : '{}') as {
      files?: unknown;
      rows?: unknown;
    };
    const files = Array.isArray(packed.files) ? packed.files.map(String) : [];
    const tests: RecordedTest[] =
      typeof packed.rows === 'string' && packed.rows
        ? packed.rows.split('\n').map((row) => {
            const [o, f, suite, classname, name] = row.split('\t');
            const file = f ? files[Number(f)] : undefined;
            return {
              outcome: OUTCOME[o ?? ''] ?? 'skipped',
              ...(file !== undefined ? { file } : {}),
              suite: suite ?? '',
              classname: classname ?? '',
              name: name ?? ''
            };
          })
        : [];
    const gates = data.gates && typeof data.gates === 'object' ? data.gates : {};
    return { sha: String(data.sha), gates, tests, complete: Boolean(data.complete) };
  } catch {
    return undefined;
  }
}

export interface Comparison {
  newFailures: RecordedTest[];
  fixed: RecordedTest[];
  stillFailing: RecordedTest[];
  /** Tests the base commit ran that are gone now; null when the record was incomplete. */
  vanished: RecordedTest[] | null;
}

const failing = (o: Outcome) => o === 'failed' || o === 'errored';

/**
 * Test-level comparison of this run with a base record (pure): new failures (failing now, not
 * failing there), fixed (failing there, passing now), still failing, and vanished (there, not
 * here: only known when the record holds the whole inventory).
 */
export function compareTests(now: Map<string, RecordedTest>, base: ResultsRecord): Comparison {
  const before = new Map(base.tests.map((t) => [caseId(t), t]));
  const result: Comparison = { newFailures: [], fixed: [], stillFailing: [], vanished: base.complete ? [] : null };
  for (const [id, t] of now) {
    const old = before.get(id);
    if (failing(t.outcome)) {
      if (old && failing(old.outcome)) result.stillFailing.push(t);
      else result.newFailures.push(t);
    } else if (t.outcome === 'passed' && old && failing(old.outcome)) result.fixed.push(t);
  }
  if (result.vanished) for (const [id, t] of before) if (!now.has(id)) result.vanished.push(t);
  return result;
}
