import { formatAllowance, parseDuration, parseDurationPhrase } from '../core/duration';
import { inert, quote } from '../core/escape';
import { fieldValue } from '../core/fields';
import { formatTime } from './comment';
import type { EscalationsConfig } from './config';
import type { Finding } from './model';

/** A label or assignment event of an issue's timeline, as the sweep reads it. */
export interface TimelineEvent {
  kind: 'labeled' | 'assigned';
  at: string;
  label?: string;
}

/** What the time triggers need to know about one issue: all of it comes from the sweep query. */
export interface IssueSnapshot {
  number: number;
  title: string;
  body: string;
  createdAt: string;
  open: boolean;
  labels: string[];
  assignees: number;
  /** Label and assignment events seen (the first and the last few of the timeline). */
  events: TimelineEvent[];
  /** True when `events` is the whole label/assignment timeline. */
  eventsComplete: boolean;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The value of a field people write in issue bodies: `**Timeline:** 12-24 hours`,
 * `- Estimated Time: 2 hours`, `> __Estimate__: 3h`, `| Estimate | 3h |`, or an issue form's
 * `### Timeline` heading followed by the value. Code blocks and HTML comments are skipped; the
 * first occurrence wins (see fieldValue).
 */
export function bodyField(body: string, names: string[]): string | undefined {
  return fieldValue(body, names);
}

/** The time box the body states (`**Timeline:** 12-24 hours` → 24 h), with the text it came from. */
export function bodyTimeline(body: string): { ms: number; text: string } | undefined {
  const text = bodyField(body, ['Timeline', 'Time box', 'Timebox', 'Deadline window']);
  const ms = text === undefined ? undefined : parseDurationPhrase(text);
  return ms === undefined ? undefined : { ms, text: text! };
}

/** The estimate the body states (`**Estimated Time:** 2 hours`). */
export function bodyEstimate(body: string): { ms: number; text: string } | undefined {
  const text = bodyField(body, ['Estimated Time', 'Estimate', 'Time Estimate', 'Estimated Effort']);
  const ms = text === undefined ? undefined : parseDurationPhrase(text);
  return ms === undefined ? undefined : { ms, text: text! };
}

function time(iso: string): number {
  return Date.parse(iso);
}

/**
 * When a label currently on the issue was last applied. When the event is outside what was
 * read, the oldest event seen is a safe lower bound (the label was applied before it: the
 * elapsed time is under-, never over-stated); with the whole timeline seen and no event, the
 * label came with the issue.
 */
export function labelSince(issue: IssueSnapshot, label: string): number {
  const applied = issue.events
    .filter((e) => e.kind === 'labeled' && e.label !== undefined && same(e.label, label))
    .map((e) => time(e.at));
  if (applied.length) return Math.max(...applied);
  if (issue.eventsComplete || issue.events.length === 0) return time(issue.createdAt);
  return Math.max(time(issue.createdAt), Math.min(...issue.events.map((e) => time(e.at))));
}

/** When work started, per `started-by`: the earliest start-label application or assignment. */
export function workStart(
  issue: IssueSnapshot,
  config: EscalationsConfig['estimate']
): { at: number; how: string } | undefined {
  const starts: { at: number; how: string }[] = [];
  const by = config['started-by'];
  if (by.includes('label')) {
    const applied = issue.events.filter(
      (e) => e.kind === 'labeled' && e.label !== undefined && same(e.label, config['start-label'])
    );
    if (applied.length)
      starts.push({
        at: Math.min(...applied.map((e) => time(e.at))),
        how: `label ${quote(config['start-label'])} applied`
      });
    else if (issue.labels.some((l) => same(l, config['start-label'])) && issue.eventsComplete)
      starts.push({ at: time(issue.createdAt), how: `opened with label ${quote(config['start-label'])}` });
  }
  if (by.includes('assignment')) {
    const assigned = issue.events.filter((e) => e.kind === 'assigned');
    if (assigned.length) starts.push({ at: Math.min(...assigned.map((e) => time(e.at))), how: 'first assigned' });
    else if (issue.assignees > 0 && issue.eventsComplete)
      starts.push({ at: time(issue.createdAt), how: 'opened assigned' });
  }
  if (starts.length === 0) return undefined;
  return starts.reduce((a, b) => (b.at < a.at ? b : a));
}

/**
 * Every time trigger that holds for an open issue now: time box (priority label or body
 * timeline, the earlier deadline wins), estimate overrun, stuck under a label. A deadline is
 * missed only once it is strictly past.
 */
export function evaluateTime(issue: IssueSnapshot, config: EscalationsConfig, now: Date): Finding[] {
  if (!issue.open) return [];
  const findings: Finding[] = [];
  if (config['time-box'].enabled) findings.push(...timeBoxFinding(issue, config, now));
  if (config.estimate.enabled) findings.push(...estimateFinding(issue, config, now));
  if (config.stuck.enabled) findings.push(...stuckFindings(issue, config, now));
  return findings;
}

/** The issue as the first fact of every finding: its title is someone's text, so it is made inert. */
function issueFact(issue: IssueSnapshot): [string, string] {
  return ['Issue', `#${issue.number} ${inert(issue.title, { max: 120 })}`];
}

/** The tightest time box that applies: every matching priority label, and the body's timeline if read. */
function timeBoxLimit(
  issue: IssueSnapshot,
  box: EscalationsConfig['time-box']
): { ms: number; source: string } | undefined {
  const limits: { ms: number; source: string }[] = [];
  for (const p of box.priorities) {
    const ms = parseDuration(p.within);
    if (ms !== undefined && issue.labels.some((l) => same(l, p.label)))
      limits.push({ ms, source: `priority label ${quote(p.label)} allows ${formatAllowance(ms)}` });
  }
  if (box['from-body']) {
    const stated = bodyTimeline(issue.body);
    if (stated)
      limits.push({
        ms: stated.ms,
        source: `the body's timeline ${quote(stated.text)} allows ${formatAllowance(stated.ms)}`
      });
  }
  if (limits.length === 0) return undefined;
  return limits.reduce((a, b) => (b.ms < a.ms ? b : a));
}

/** Open longer than its time box allows, counted from when the issue was opened. */
function timeBoxFinding(issue: IssueSnapshot, config: EscalationsConfig, now: Date): Finding[] {
  const box = config['time-box'];
  const limit = timeBoxLimit(issue, box);
  if (!limit) return [];
  const ref = `#${issue.number}`;
  const opened = time(issue.createdAt);
  const deadline = opened + limit.ms;
  if (now.getTime() <= deadline) return [];
  return [
    {
      key: `timebox:${ref}`,
      trigger: 'timebox',
      issue: issue.number,
      headline: `${ref} is past its time box`,
      why: `${ref} has been open longer than ${limit.source}.`,
      facts: [
        issueFact(issue),
        ['Time box', limit.source],
        ['Opened', formatTime(new Date(opened))],
        ['Deadline', formatTime(new Date(deadline))]
      ],
      start: new Date(opened),
      mention: [...config.mention, ...box.mention]
    }
  ];
}

/** Work has taken longer than the body's estimate plus the allowed overrun, counted from its start. */
function estimateFinding(issue: IssueSnapshot, config: EscalationsConfig, now: Date): Finding[] {
  const estimate = config.estimate;
  const stated = bodyEstimate(issue.body);
  const start = stated ? workStart(issue, estimate) : undefined;
  if (!stated || !start) return [];
  const ref = `#${issue.number}`;
  const allowed = stated.ms * (1 + estimate.overrun / 100);
  const deadline = start.at + allowed;
  if (now.getTime() <= deadline) return [];
  return [
    {
      key: `estimate:${ref}`,
      trigger: 'estimate',
      issue: issue.number,
      headline: `${ref} is over its estimate`,
      why: `Work on ${ref} has taken more than its estimate plus ${estimate.overrun}%.`,
      facts: [
        issueFact(issue),
        ['Estimate', `${quote(stated.text)} (${formatAllowance(stated.ms)})`],
        ['Allowed', `${formatAllowance(allowed)} (estimate + ${estimate.overrun}%)`],
        ['Work started', `${formatTime(new Date(start.at))} (${start.how})`],
        ['Deadline', formatTime(new Date(deadline))]
      ],
      start: new Date(start.at),
      mention: [...config.mention, ...estimate.mention]
    }
  ];
}

/** Each configured label the issue has carried for longer than its rule allows. */
function stuckFindings(issue: IssueSnapshot, config: EscalationsConfig, now: Date): Finding[] {
  const stuck = config.stuck;
  const ref = `#${issue.number}`;
  const findings: Finding[] = [];
  for (const rule of stuck.labels) {
    const ms = parseDuration(rule.after);
    const current = issue.labels.find((l) => same(l, rule.label));
    if (ms === undefined || current === undefined) continue;
    const since = labelSince(issue, current);
    if (now.getTime() <= since + ms) continue;
    findings.push({
      key: `stuck:${current.toLowerCase()}:${ref}`,
      trigger: 'stuck',
      issue: issue.number,
      headline: `${ref} is stuck under ${quote(current)}`,
      why: `${ref} has carried the label ${quote(current)} for longer than ${formatAllowance(ms)}.`,
      facts: [
        issueFact(issue),
        ['Label', `${quote(current)} since ${formatTime(new Date(since))}`],
        ['Allowed', formatAllowance(ms)],
        ['Deadline', formatTime(new Date(since + ms))]
      ],
      start: new Date(since),
      mention: [...config.mention, ...stuck.mention]
    });
  }
  return findings;
}

/** Keys the time triggers may own on an issue: an open comment with such a key and no finding is resolved. */
export function isTimeKey(key: string): boolean {
  return /^(timebox|estimate|stuck):/.test(key);
}
