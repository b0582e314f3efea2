import { describeOp, type OpResult } from '../core/plan';
import type { EscalationRecord } from './model';

const MAX_ROWS = 200;

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * The feature's job-summary section: escalations open and resolved, then what the write
 * budget left undone (so a run cut short never looks complete), then notes from the reads.
 */
export function renderSummary(records: EscalationRecord[], results: OpResult[], notes: string[]): string {
  const lines: string[] = [];
  const open = records.filter((r) => r.state === 'open');
  const resolved = records.filter((r) => r.state === 'resolved');
  lines.push(`**${open.length}** open escalation(s) · **${resolved.length}** resolved in this run`, '');
  if (records.length) {
    lines.push('| escalation | on | trigger | state |', '| --- | --- | --- | --- |');
    for (const r of records.slice(0, MAX_ROWS))
      lines.push(`| \`${cell(r.key)}\` | #${r.issue} | ${r.trigger} | ${r.state} |`);
    if (records.length > MAX_ROWS)
      lines.push(`| … | | | ${records.length - MAX_ROWS} more in the \`escalations\` output |`);
    lines.push('');
  }
  const left = results.filter((r) => r.status === 'over-budget');
  if (left.length) {
    lines.push(
      `> [!WARNING]`,
      `> The write budget (\`max-writes\`) ran out: ${left.length} write(s) left for the next run:`,
      ''
    );
    for (const r of left.slice(0, MAX_ROWS)) lines.push(`- ${cell(describeOp(r.op))}: ${cell(r.op.why)}`);
    if (left.length > MAX_ROWS) lines.push(`- … and ${left.length - MAX_ROWS} more`);
    lines.push('');
  }
  const failed = results.filter((r) => r.status === 'failed');
  for (const r of failed.slice(0, 50))
    lines.push(`- ${r.status}: ${cell(describeOp(r.op))}${r.detail ? ` (${cell(r.detail)})` : ''}`);
  for (const note of notes) lines.push(`- ${note}`);
  return lines.join('\n').trim();
}
