import { stripSource } from '../core/source';
import { formatDuration } from '../core/duration';
import type { CommentState, Finding } from './model';

/**
 * The escalation comment: a hidden marker per key (how it is found again and edited rather
 * than repeated), the text people read, and a hidden state line (when it was escalated,
 * reminders sent, whether it is resolved) so later runs need nothing but the comment.
 */

const MARKER_PREFIX = '<!-- epic-steward:escalation:';
const STATE_PREFIX = '<!-- epic-steward:escalation-state ';

/** Keys go into an HTML comment: only plain characters, never `--` or `>`. */
export function safeKey(key: string): string {
  return key.replace(/[^A-Za-z0-9._:#/+-]/g, '-').replace(/-{2,}/g, '-');
}

export function escalationMarker(key: string): string {
  return `${MARKER_PREFIX}${safeKey(key)} -->`;
}

export function reminderMarker(key: string, n: number): string {
  return `${MARKER_PREFIX}${safeKey(key)}:reminder:${n} -->`;
}

/** The key of the escalation marker that opens a comment body (reminders excluded). */
export function keyOfBody(body: string): string | undefined {
  const match = /^<!-- epic-steward:escalation:(\S+) -->/.exec(body);
  if (!match || /:reminder:\d+$/.test(match[1]!)) return undefined;
  return match[1];
}

const TRIGGERS = new Set(['threshold', 'timebox', 'estimate', 'stuck', 'blocked']);
const isTime = (v: unknown): v is string =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(v) && !Number.isNaN(Date.parse(v));

/**
 * The state line, read only where the action writes it (the last line) and every field checked:
 * it is read back from a comment, so it is input like any other.
 */
export function readState(body: string): CommentState | undefined {
  const match = /(?:^|\n)<!-- epic-steward:escalation-state (\{[^\n]*\}) -->\s*$/.exec(stripSource(body));
  if (!match) return undefined;
  try {
    const data = JSON.parse(match[1]!) as Partial<CommentState>;
    if ((data.state !== 'open' && data.state !== 'resolved') || !isTime(data.at)) return undefined;
    const reminders =
      Number.isInteger(data.reminders) && data.reminders! >= 0 && data.reminders! <= 10_000 ? data.reminders! : 0;
    return {
      state: data.state,
      at: data.at,
      reminders,
      ...(isTime(data.resolvedAt) ? { resolvedAt: data.resolvedAt } : {}),
      ...(TRIGGERS.has(String(data.trigger)) ? { trigger: data.trigger } : {})
    };
  } catch {
    return undefined;
  }
}

function stateLine(state: CommentState): string {
  // JSON of our own fields only: ISO dates, small integers and a trigger name never hold `-->`.
  return `${STATE_PREFIX}${JSON.stringify(state)} -->`;
}

/** `2025-01-13 10:00 UTC`: unambiguous for a team spread over time zones. */
export function formatTime(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function mentions(names: string[]): string {
  const unique = [...new Set(names.map((n) => n.replace(/^@/, '')).filter(Boolean))];
  return unique.map((n) => `@${n}`).join(' ');
}

/** The open escalation, rendered from the finding and the time it was (first) escalated. */
export function renderOpen(finding: Finding, state: CommentState): string {
  const at = new Date(state.at);
  const rows: [string, string][] = [...finding.facts];
  if (finding.start)
    rows.push([
      'Elapsed',
      `${formatDuration(at.getTime() - finding.start.getTime())} when escalated (${formatTime(at)})`
    ]);
  else rows.push(['Escalated', formatTime(at)]);
  const lines = [
    escalationMarker(finding.key),
    `### :rotating_light: Escalation: ${finding.headline}`,
    '',
    finding.why,
    '',
    '| | |',
    '| --- | --- |',
    ...rows.map(([name, value]) => `| ${cell(name)} | ${cell(value)} |`),
    ''
  ];
  const who = mentions(finding.mention);
  if (who) lines.push(`cc ${who}`, '');
  lines.push(
    `<sub>Epic Steward edits this comment when the escalation changes or is resolved.</sub>`,
    stateLine({ ...state, trigger: finding.trigger })
  );
  return lines.join('\n');
}

/**
 * The same comment once the condition cleared. The figures of the escalation stay (inside a
 * details block, mentions removed so nothing pings again); the state records the resolution.
 */
export function renderResolved(key: string, previousBody: string, state: CommentState, reason: string): string {
  const headline =
    /^### .*?Escalation: (.*)$/m.exec(previousBody)?.[1] ?? /^### .*?Resolved: (.*)$/m.exec(previousBody)?.[1] ?? key;
  const resolvedAt = new Date(state.resolvedAt ?? state.at);
  const details = previousBody
    .split('\n')
    .filter(
      (line) =>
        !line.startsWith('<!-- epic-steward:') &&
        !line.startsWith('### ') &&
        !line.startsWith('cc ') &&
        !line.startsWith('<sub>')
    )
    .join('\n')
    .trim()
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200d');
  return [
    escalationMarker(key),
    `### :white_check_mark: Resolved: ${headline}`,
    '',
    `Resolved ${formatTime(resolvedAt)}: ${reason}`,
    '',
    '<details><summary>The escalation</summary>',
    '',
    details,
    '',
    '</details>',
    stateLine(state)
  ].join('\n');
}

/** A reminder: a new comment (edits notify nobody), one per reminder number. */
export function renderReminder(finding: Finding, state: CommentState, n: number): string {
  const who = mentions(finding.mention);
  return [
    reminderMarker(finding.key, n),
    `:alarm_clock: Reminder ${n}: **${finding.headline}** is still open (escalated ${formatTime(new Date(state.at))}). ${finding.why}`,
    ...(who ? ['', `cc ${who}`] : [])
  ].join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
