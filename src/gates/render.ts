import type { CheckRunAnnotation } from '../core/plan';
import type { GateOutcome } from '../core/shared';
import type { Comparison, RecordedTest } from './baseline';
import { mdCell, mdTest, mdText, plainText } from './escape';
import { overallVerdict, pct } from './evaluate';
import { caseId, type ParsedReport, type TestCase } from './model';

const ICON = { pass: '✅', fail: '❌', 'no-data': '⚪' } as const;
const WORD = { pass: 'pass', fail: 'fail', 'no-data': 'no data' } as const;

/** Everything a rendering shows; the same view gives the summary, the comment and the check run. */
export interface GatesView {
  outcomes: GateOutcome[];
  reports: ParsedReport[];
  /** Files that could not be read, and other problems, one line each. */
  errors: string[];
  warnings: string[];
  comparison?: Comparison;
  /** The commit compared with, or why there was none. */
  baseline: { sha?: string; note: string };
  /** The commit these results are of: named, so a comment is never taken for a newer commit's. */
  headSha?: string;
}

function rate(baseline: number | null, now: number | null, target: number | null, strict = false): string {
  return `${baseline === null ? '–' : pct(baseline)} → **${pct(now)}** → ${target === null ? '–' : `${strict ? '>' : ''}${pct(target)}`}`;
}

function delta(now: number | null, before: number | null | undefined): string {
  if (before === null || before === undefined || now === null) return '–';
  const d = Math.round((now - before) * 1000) / 10;
  return `${pct(before)} (${d > 0 ? '+' : d < 0 ? '−' : '±'}${Math.abs(d)})`;
}

/** The verdicts: headline, one table row per gate, and the reasons. Always rendered whole. */
function head(view: GatesView): string {
  const overall = overallVerdict(view.outcomes);
  const tests = view.reports.reduce((n, r) => n + r.totals.tests, 0);
  const lines = [
    `### ${ICON[overall]} Quality gates: ${WORD[overall]}`,
    '',
    `${view.headSha && /^[0-9a-f]{7,64}$/i.test(view.headSha) ? `Commit \`${view.headSha.slice(0, 7)}\`: ` : ''}${view.reports.length} report file(s), ${tests} test case(s). ${view.baseline.note}`,
    '',
    '| Gate | Verdict | Pass rate (baseline → now → target) | Execution rate (baseline → now → target) | Base commit | Passed / failed / errored / skipped |',
    '| --- | --- | --- | --- | --- | --- |',
    ...view.outcomes.map(
      (g) =>
        `| ${mdCell(g.title, 100)} | ${ICON[g.verdict]} ${WORD[g.verdict]} | ${rate(g.baselinePassRate, g.passRate, g.targetPassRate, g.targetPassRateStrict)} | ${rate(g.baselineExecutionRate, g.executionRate, g.targetExecutionRate)} | ${delta(g.passRate, g.previousPassRate)} | ${g.totals.passed} / ${g.totals.failed} / ${g.totals.errored} / ${g.totals.skipped}${g.totals.flaky ? ` (${g.totals.flaky} flaky)` : ''}${g.totals.suiteErrors ? ` (+${g.totals.suiteErrors} suite(s) failed to run)` : ''} |`
    ),
    ''
  ];
  for (const g of view.outcomes)
    if (g.verdict !== 'pass') lines.push(`- **${mdText(g.title, 100)}**: ${mdText(g.reasons.join('; '), 1000)}`);
  return lines.join('\n');
}

function testList(title: string, tests: RecordedTest[], max: number, open = false): string {
  if (!tests.length) return '';
  const shown = tests.slice(0, max).map((t) => `- ${mdTest(t)}`);
  if (tests.length > max) shown.push(`- …and ${tests.length - max} more`);
  return [
    `<details${open ? ' open' : ''}><summary>${title} (${tests.length})</summary>`,
    '',
    ...shown,
    '',
    '</details>'
  ].join('\n');
}

function failures(reports: ParsedReport[], max: number): string {
  const failing = failingCases(reports);
  if (!failing.length) return '';
  const lines = failing
    .slice(0, max)
    .map((c) => `- ${mdTest(c)}${c.message ? `: ${mdText(c.message.split('\n')[0]!, 200)}` : ''}`);
  if (failing.length > max) lines.push(`- …and ${failing.length - max} more (see the check run's annotations)`);
  return [`<details><summary>Failing tests (${failing.length})</summary>`, '', ...lines, '', '</details>'].join('\n');
}

/** A view rendered once: the verdicts (always shown) and the sections that may be left out. */
export interface RenderedGates {
  head: string;
  sections: string[];
}

/** Renders the view's parts once; `fitGates` then fits them to each place's size limit. */
export function renderGateParts(view: GatesView, options: { listMax?: number } = {}): RenderedGates {
  const max = options.listMax ?? 50;
  const c = view.comparison;
  const sections = [
    c ? testList('New failures since the base commit', c.newFailures, max, true) : '',
    c ? testList('Fixed since the base commit', c.fixed, max) : '',
    c ? testList('Still failing', c.stillFailing, max) : '',
    c?.vanished ? testList('No longer reported (ran on the base commit, absent now)', c.vanished, max) : '',
    failures(view.reports, max * 2),
    view.errors.length ? view.errors.map((e) => `> [!WARNING]\n> ${mdText(e, 1000)}`).join('\n\n') : '',
    view.warnings.length
      ? `<details><summary>Warnings (${view.warnings.length})</summary>\n\n${view.warnings
          .slice(0, max)
          .map((w) => `- ${mdText(w, 500)}`)
          .join('\n')}\n\n</details>`
      : ''
  ].filter(Boolean);
  return { head: head(view), sections };
}

/**
 * The gates as markdown within `maxBytes`: the verdicts first and always; then sections (the
 * comparison with the base commit, failing tests, problems) each kept whole or left out with a
 * note, so HTML stays balanced and what survives a cut is what matters most.
 */
export function fitGates(parts: RenderedGates, maxBytes: number): string {
  const note = "\n\n_Some sections were left out to fit GitHub's size limit._\n";
  let out = parts.head;
  if (size(out) + size(note) > maxBytes) return cutLines(out, maxBytes - size(note)) + note;
  let left = 0;
  for (const section of parts.sections) {
    if (size(out) + size(section) + 2 + size(note) <= maxBytes) out += `\n\n${section}`;
    else left++;
  }
  return left ? out + note : `${out}\n`;
}

/** Renders and fits in one call (the `report` command renders once, for one place). */
export function renderGates(view: GatesView, maxBytes: number, options: { listMax?: number } = {}): string {
  return fitGates(renderGateParts(view, options), maxBytes);
}

function cutLines(text: string, maxBytes: number): string {
  const lines = text.split('\n');
  let out = '';
  for (const line of lines) {
    if (size(out) + size(line) + 1 > maxBytes) break;
    out += `${line}\n`;
  }
  return out;
}
const size = (s: string) => Buffer.byteLength(s);

export function failingCases(reports: ParsedReport[]): TestCase[] {
  return reports.flatMap((r) => r.cases.filter((c) => c.outcome === 'failed' || c.outcome === 'errored'));
}

/**
 * Annotations for failing tests, the most useful first: new failures (against the base
 * commit), then errors, then those with a known file and line; capped at `limit`. Paths are
 * made relative to the workspace; a case without a file points at its report.
 */
export function annotations(
  reports: ParsedReport[],
  limit: number,
  workspace: string,
  newFailures?: RecordedTest[]
): CheckRunAnnotation[] {
  const fresh = new Set((newFailures ?? []).map((t) => caseId(t)));
  const rel = (p: string) => {
    const path = p.replace(/\\/g, '/');
    const root = workspace.replace(/\\/g, '/').replace(/\/?$/, '/');
    return path.startsWith(root) ? path.slice(root.length) : path.replace(/^\.\//, '');
  };
  const scored = reports.flatMap((r) =>
    r.cases
      .filter((c) => c.outcome === 'failed' || c.outcome === 'errored')
      .map((c) => ({
        c,
        report: r.path,
        score: (fresh.has(caseId(c)) ? 0 : 4) + (c.outcome === 'errored' ? 0 : 2) + (c.file && c.line ? 0 : 1)
      }))
  );
  scored.sort((a, b) => a.score - b.score);
  return scored.slice(0, limit).map(({ c, report }) => ({
    path: rel(c.file ?? report),
    start_line: lineOf(c.line),
    end_line: lineOf(c.line),
    annotation_level: 'failure' as const,
    title: plainText(`${c.classname || c.suite} › ${c.name}`, 255),
    message: plainText(c.message || (c.outcome === 'errored' ? 'errored' : 'failed'), 4000)
  }));
}

/** A line number GitHub accepts: the report's own when it is a positive integer, else line 1 (a `-5` or `1e99` from a report must not make GitHub refuse the whole check run). */
export function lineOf(line: number | undefined): number {
  return line !== undefined && Number.isSafeInteger(line) && line >= 1 && line <= MAX_LINE ? line : 1;
}

const MAX_LINE = 2_147_483_647;
