import { parseDuration } from '../core/duration';
import { stripSource } from '../core/source';
import type { Operation, UpsertCommentOp } from '../core/plan';
import {
  escalationMarker,
  keyOfBody,
  readState,
  reminderMarker,
  renderOpen,
  renderReminder,
  renderResolved
} from './comment';
import type { EscalationsConfig } from './config';
import type { CommentState, CommentsView, EscalationRecord, ExistingComment, Finding } from './model';
import { triggerOfKey } from './model';

/**
 * An upsert-comment the planner can vouch for: `absent` says every comment of the issue was
 * read and the marker is not there, so the executor may create it without searching the
 * pages again (the sweep's read budget depends on it). Executors that do not know the field
 * search as usual, which is correct, only slower.
 */
export type CommentOp = UpsertCommentOp & { absent?: boolean };

export interface IssuePlanInput {
  issue: number;
  /** Labels on the issue now. */
  labels: string[];
  /** Conditions that hold now, for this issue. */
  findings: Finding[];
  /** Escalation keys this evaluation answers for: an open one of them with no finding is resolved. */
  owns: (key: string) => boolean;
  comments: CommentsView;
  config: EscalationsConfig;
  now: Date;
  /** Why an owned escalation with no finding is resolved, in a sentence we write. */
  resolution: (key: string) => string;
}

export interface IssuePlan {
  ops: Operation[];
  /** Every escalation of the issue this evaluation answers for, after the plan. */
  records: EscalationRecord[];
}

interface Ours {
  comment: ExistingComment;
  key: string;
  state?: CommentState;
}

function ours(view: CommentsView): Map<string, Ours> {
  const found = new Map<string, Ours>();
  for (const comment of view.ours) {
    const key = keyOfBody(comment.body);
    if (!key || found.has(key)) continue;
    found.set(key, { comment, key, state: readState(comment.body) });
  }
  return found;
}

function reminderFound(view: CommentsView, marker: string): ExistingComment | undefined {
  return view.ours.find((c) => c.body.startsWith(marker));
}

/**
 * Turns the findings for one issue and the escalation comments already on it into writes:
 * a new escalation adds the label first (so a run cut short by the write budget leaves a
 * trace the next sweep reads), then its comment; an unchanged one writes nothing; a cleared
 * one edits its comment to resolved; the label comes off with the last open escalation.
 */
export function planIssue(input: IssuePlanInput): IssuePlan {
  const existing = ours(input.comments);
  const ops: Operation[] = [];
  const records: EscalationRecord[] = [];
  let opened = false;
  for (const finding of input.findings) {
    const planned = planFinding(input, finding, existing.get(finding.key));
    ops.push(...planned.ops);
    records.push(planned.record);
    opened ||= planned.opened;
  }
  const cleared = planCleared(input, existing);
  ops.push(...cleared.ops);
  records.push(...cleared.records);
  const label = planLabel(input, {
    opened,
    resolved: cleared.resolved,
    stillOpen: input.findings.length > 0 || cleared.foreignOpen,
    ourEscalationSeen: existing.size > 0
  });
  return { ops: [...label.add, ...ops, ...label.remove], records };
}

/** One finding: its escalation comment written or updated, and any reminder now due. */
function planFinding(
  input: IssuePlanInput,
  finding: Finding,
  found: Ours | undefined
): { ops: Operation[]; record: EscalationRecord; opened: boolean } {
  const { issue, comments, now } = input;
  const openState = found?.state?.state === 'open' ? found.state : undefined;
  const wasOpen = openState !== undefined;
  const state: CommentState = openState ? { ...openState } : { state: 'open', at: now.toISOString(), reminders: 0 };
  // The reminder is decided first because it advances `state.reminders`, which the body shows.
  const reminders = wasOpen ? planReminder(input, finding, state) : [];
  const ops: Operation[] = [];
  const body = renderOpen(finding, state);
  if (!found || stripSource(found.comment.body) !== body) {
    const why = wasOpen
      ? "the escalation's figures changed"
      : found
        ? 'the condition is back: the escalation reopens'
        : finding.why;
    ops.push(
      commentOp(
        issue,
        escalationMarker(finding.key),
        body,
        why.slice(0, 200),
        found ? { id: found.comment.id, current: found.comment.body } : { absent: comments.complete }
      )
    );
  }
  ops.push(...reminders);
  return { ops, record: { key: finding.key, issue, trigger: finding.trigger, state: 'open' }, opened: !wasOpen };
}

/** A reminder for an escalation still open, once per `remind-every` elapsed; `state` is advanced. */
function planReminder(input: IssuePlanInput, finding: Finding, state: CommentState): Operation[] {
  const { config, now, issue, comments } = input;
  const every = config['remind-every'] ? parseDuration(config['remind-every']) : undefined;
  if (!every) return [];
  const due = Math.floor((now.getTime() - Date.parse(state.at)) / every);
  if (due <= state.reminders) return [];
  state.reminders = due;
  const marker = reminderMarker(finding.key, due);
  if (reminderFound(comments, marker)) return [];
  return [
    commentOp(issue, marker, renderReminder(finding, state, due), `reminder ${due} for an escalation still open`, {
      absent: comments.complete
    })
  ];
}

/**
 * Open escalations with no finding any more: those this evaluation owns are resolved; the
 * others (`foreignOpen`) keep the label on.
 */
function planCleared(
  input: IssuePlanInput,
  existing: Map<string, Ours>
): { ops: Operation[]; records: EscalationRecord[]; resolved: boolean; foreignOpen: boolean } {
  const { issue, now } = input;
  const findingKeys = new Set(input.findings.map((f) => f.key));
  const ops: Operation[] = [];
  const records: EscalationRecord[] = [];
  let foreignOpen = false;
  for (const [key, found] of existing) {
    if (findingKeys.has(key) || found.state?.state !== 'open') continue;
    if (!input.owns(key)) {
      foreignOpen = true;
      continue;
    }
    const state: CommentState = { ...found.state, state: 'resolved', resolvedAt: now.toISOString() };
    const reason = input.resolution(key);
    ops.push({
      ...commentOp(
        issue,
        escalationMarker(key),
        renderResolved(key, found.comment.body, state, reason),
        `resolved: ${reason}`,
        { id: found.comment.id, current: found.comment.body }
      ),
      create: false
    });
    const trigger = triggerOfKey(key);
    if (trigger) records.push({ key, issue, trigger, state: 'resolved' });
  }
  return { ops, records, resolved: ops.length > 0, foreignOpen };
}

/** The escalation label: added before the comments of a new escalation, removed after the last one resolves. */
function planLabel(
  input: IssuePlanInput,
  seen: { opened: boolean; resolved: boolean; stillOpen: boolean; ourEscalationSeen: boolean }
): { add: Operation[]; remove: Operation[] } {
  const { issue } = input;
  const label = input.config.label;
  const hasLabel = input.labels.some((l) => l.toLowerCase() === label.toLowerCase());
  const add: Operation[] = [];
  const remove: Operation[] = [];
  if (seen.opened && !hasLabel) add.push({ kind: 'add-labels', issue, labels: [label], why: 'an escalation opened' });
  // A label a person set with no escalation of ours behind it is left alone.
  if (hasLabel && !seen.stillOpen && (seen.resolved || seen.ourEscalationSeen)) {
    remove.push({ kind: 'remove-label', issue, label, why: 'no escalation is open any more' });
  }
  return { add, remove };
}

function commentOp(
  issue: number,
  marker: string,
  body: string,
  why: string,
  known: { id: number; current: string } | { absent: boolean }
): CommentOp {
  const op: CommentOp = { kind: 'upsert-comment', issue, marker, body, why };
  if ('id' in known) {
    op.commentId = known.id;
    op.currentBody = known.current;
  } else if (known.absent) {
    op.absent = true;
  }
  return op;
}
