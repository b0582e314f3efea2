/**
 * What a person would look at between events, rendered for a terminal: colour only when the
 * output is a TTY, plain text when piped (logs, CI, tests).
 */

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  green(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
}

export function style(colour: boolean): Style {
  const wrap = (code: number) => (text: string) => (colour ? `\x1b[${code}m${text}\x1b[0m` : text);
  return { bold: wrap(1), dim: wrap(2), green: wrap(32), red: wrap(31), yellow: wrap(33) };
}

export interface CommentView {
  issue: number;
  body: string;
}

/** Everything the narrative compares before and after one event. */
export interface Snapshot {
  epicBody: string;
  labels: Map<number, string[]>;
  states: Map<number, string>;
  comments: Map<number, CommentView>;
}

const MARKER = /^\s*<!--.*-->\s*$/;

/** The lines of `after` that are new or changed, hidden markers left out. */
export function changedLines(before: string, after: string): string[] {
  const old = new Set(before.split('\n').map((l) => l.trimEnd()));
  return after
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '' && !old.has(l) && !MARKER.test(l));
}

/** The first line a reader would see in a comment: markers, blank lines and headings' hashes left out. */
export function firstLine(body: string, max = 110): string {
  const line = body
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '' && !MARKER.test(l));
  const text = (line ?? '').replace(/^#+\s*/, '');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The job summary, trimmed to what fits a glance: its first lines, long lines cut. */
export function trimSummary(summary: string, maxLines = 14, width = 110): string[] {
  const lines: string[] = [];
  let inOperations = false;
  for (const raw of summary.split('\n')) {
    const l = raw.trimEnd();
    // The operations table repeats what the narrative already shows as changes.
    if (/^\|\s*operation\s*\|/.test(l)) inOperations = true;
    else if (!l.startsWith('|')) inOperations = false;
    if (inOperations || l.trim() === '' || MARKER.test(l) || /^\|\s*-+/.test(l)) continue;
    lines.push(l);
  }
  const shown = lines.slice(0, maxLines).map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
  if (lines.length > maxLines) shown.push(`… (${lines.length - maxLines} more lines)`);
  return shown;
}

/** `::error::` and `::warning::` workflow commands the action printed, decoded for reading. */
export function annotations(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((l) => /^::(error|warning)( [^:]*)?::/.test(l))
    .map((l) =>
      l
        .replace(/^::(\w+)[^:]*::/, '$1: ')
        .replace(/%0A/g, ' ')
        .replace(/%0D/g, '')
        .replace(/%25/g, '%')
    );
}

/** Lines of a comment worth showing after its first: what changed since the last report, the forecast, blocked stories. */
export function highlights(body: string, max = 110): string[] {
  return (
    body
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^\*\*(Since|Forecast|Blocked)\b/.test(l))
      // Blocked stories last: the forecast and what changed read first.
      .sort((a, b) => Number(a.startsWith('**Blocked')) - Number(b.startsWith('**Blocked')))
      .map((l) => (l.length > max ? `${l.slice(0, max - 1)}…` : l))
  );
}

export const indent = (lines: string[], by = '    ') => lines.map((l) => `${by}${l}`).join('\n');

/** The numbers of a Mermaid list line (`  bar [1, 2, 3]`), or none. */
function listOf(chart: string, keyword: string): string[] {
  const line = chart.split('\n').find((l) => l.trim().startsWith(`${keyword} [`));
  const inner = line ? /\[(.*)\]/.exec(line)?.[1] : undefined;
  return inner ? inner.split(',').map((v) => v.trim().replace(/^"|"$/g, '')) : [];
}

/**
 * A burn-up chart (the report's Mermaid `xychart-beta` block) drawn for a terminal: bars of
 * stories done, `─` where the scope line is, one column per point, dates underneath.
 */
export function textChart(markdown: string, height = 6): string[] {
  const block = /```mermaid\n(xychart-beta[\s\S]*?)```/.exec(markdown)?.[1];
  if (!block) return [];
  const days = listOf(block, 'x-axis');
  const done = listOf(block, 'bar').map(Number);
  const total = listOf(block, 'line').map(Number);
  if (!days.length || done.length !== days.length || total.length !== days.length) return [];
  const top = Math.max(1, ...total);
  const rows = Math.min(height, top);
  const level = (n: number) => Math.round((n / top) * rows);
  const lines: string[] = [];
  for (let row = rows; row >= 1; row--) {
    const label = String(Math.round((row / rows) * top)).padStart(3);
    const cells = days.map((_, i) =>
      level(done[i]!) >= row ? ' ████ ' : level(total[i]!) === row ? ' ──── ' : '      '
    );
    lines.push(`${label} ┤${cells.join(' ')}`);
  }
  lines.push(`    └${'─'.repeat(days.length * 7)}`);
  lines.push(`     ${days.map((d) => d.padEnd(7).slice(0, 7)).join('')}`);
  lines.push('     ████ stories done   ──── stories in scope');
  return lines;
}
