import { inert } from '../core/escape';
import { fitBytes, LIMITS } from '../core/limits';
import type { CheckRunAnnotation } from '../core/plan';
import type { GateOutcome } from '../core/shared';
import { pct } from './evaluate';
import type { ParsedReport, TestCase } from './model';

export const COMMENT_MARKER = '<!-- epic-steward:gates -->';

const ICON = { pass: '✅', fail: '❌', 'no-data': '⚪' } as const;

const cell = (text: string) => inert(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function rate(baseline: number | null, now: number | null, target: number | null): string {
  return `${baseline === null ? '–' : pct(baseline)} → **${pct(now)}** → ${target === null ? '–' : pct(target)}`;
}

/**
 * The gates as markdown: verdicts first (a table per gate, baseline → now → target), then the
 * failing tests, then file problems; cut to `maxBytes` from the end so verdicts always survive.
 */
export function renderGates(outcomes: GateOutcome[], reports: ParsedReport[], errors: string[], maxBytes: number): string {
  const overall = overallVerdict(outcomes);
  const lines = [
    `${ICON[overall]} **Quality gates: ${overall}** · ${reports.length} report file(s), ${reports.reduce((n, r) => n + r.totals.tests, 0)} test(s)`,
    '',
    '| gate | verdict | pass rate (baseline → now → target) | execution rate (baseline → now → target) | passed / failed / errored / skipped |',
    '| --- | --- | --- | --- | --- |',
    ...outcomes.map(
      (g) =>
        `| ${cell(g.title)} | ${ICON[g.verdict]} ${g.verdict} | ${rate(g.baselinePassRate, g.passRate, g.targetPassRate)} | ${rate(g.baselineExecutionRate, g.executionRate, g.targetExecutionRate)} | ${g.totals.passed} / ${g.totals.failed} / ${g.totals.errored} / ${g.totals.skipped}${g.totals.suiteErrors ? ` (+${g.totals.suiteErrors} suite(s) failed to run)` : ''} |`
    ),
    '',
    ...outcomes.filter((g) => g.verdict !== 'pass').map((g) => `- **${cell(g.title)}**: ${cell(g.reasons.join('; '))}`),
    ''
  ];
  if (!outcomes.some((g) => g.baselinePassRate !== null)) lines.push('_No baseline is configured for these gates: figures are shown without a comparison._', '');
  for (const error of errors) lines.push(`> [!WARNING]\n> ${cell(error)}`, '');
  const failing = failingCases(reports);
  if (failing.length) {
    lines.push(`<details><summary>${failing.length} failing test(s)</summary>`, '');
    for (const c of failing) lines.push(`- \`${cell(c.classname || c.suite)}\` › ${cell(c.name)}${c.message ? `: ${cell(c.message.split('\n')[0]!.slice(0, 200))}` : ''}`);
    lines.push('', '</details>');
  }
  return fitBytes(lines.join('\n'), maxBytes);
}

export function overallVerdict(outcomes: GateOutcome[]): GateOutcome['verdict'] {
  if (outcomes.some((g) => g.verdict === 'fail')) return 'fail';
  if (outcomes.every((g) => g.verdict === 'no-data')) return 'no-data';
  return 'pass';
}

function failingCases(reports: ParsedReport[]): TestCase[] {
  return reports.flatMap((r) => r.cases.filter((c) => c.outcome === 'failed' || c.outcome === 'errored'));
}

/** Annotations for failures, errors first and those with a known file and line before the rest. */
export function annotations(reports: ParsedReport[], limit = 500): CheckRunAnnotation[] {
  const score = (c: TestCase) => (c.outcome === 'errored' ? 0 : 1) + (c.file && c.line ? 0 : 2);
  return failingCases(reports)
    .sort((a, b) => score(a) - score(b))
    .slice(0, limit)
    .map((c) => ({
      path: c.file ?? 'unknown',
      start_line: c.line ?? 1,
      end_line: c.line ?? 1,
      annotation_level: 'failure' as const,
      title: `${c.classname || c.suite} › ${c.name}`.slice(0, 255),
      message: (c.message ?? c.outcome).slice(0, 4000)
    }));
}

export const LIMIT_COMMENT = LIMITS.commentBody - 200;
export const LIMIT_CHECK = LIMITS.checkRunText - 200;
