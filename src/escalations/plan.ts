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
  const { config, now, issue, comments } = input;
  const existing = ours(comments);
  const ops: Operation[] = [];
  const labelOps: Operation[] = [];
  const records: EscalationRecord[] = [];
  const label = config.label;
  const hasLabel = input.labels.some((l) => l.toLowerCase() === label.toLowerCase());
  const every = config['remind-every'] ? parseDuration(config['remind-every']) : undefined;
  let opened = false;
  let resolved = false;
  const findingKeys = new Set(input.findings.map((f) => f.key));

  for (const finding of input.findings) {
    const found = existing.get(finding.key);
    const wasOpen = found?.state?.state === 'open';
    const state: CommentState = wasOpen ? { ...found!.state! } : { state: 'open', at: now.toISOString(), reminders: 0 };
    const reminders: Operation[] = [];
    if (wasOpen && every) {
      const due = Math.floor((now.getTime() - Date.parse(state.at)) / every);
      if (due > state.reminders) {
        state.reminders = due;
        const marker = reminderMarker(finding.key, due);
        const known = reminderFound(comments, marker);
        if (!known)
          reminders.push(
            commentOp(
              issue,
              marker,
              renderReminder(finding, state, due),
              `reminder ${due} for an escalation still open`,
              { absent: comments.complete }
            )
          );
      }
    }
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
    if (!wasOpen) opened = true;
    records.push({ key: finding.key, issue, trigger: finding.trigger, state: 'open' });
  }

  let stillOpen = input.findings.length > 0;
  for (const [key, found] of existing) {
    if (findingKeys.has(key) || found.state?.state !== 'open') continue;
    if (!input.owns(key)) {
      stillOpen = true;
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
    resolved = true;
    const trigger = triggerOfKey(key);
    if (trigger) records.push({ key, issue, trigger, state: 'resolved' });
  }

  if (opened && !hasLabel) labelOps.push({ kind: 'add-labels', issue, labels: [label], why: 'an escalation opened' });
  // A label a person set with no escalation of ours behind it is left alone.
  const ourEscalationSeen = existing.size > 0;
  if (hasLabel && !stillOpen && (resolved || ourEscalationSeen)) {
    ops.push({ kind: 'remove-label', issue, label, why: 'no escalation is open any more' });
  }
  return { ops: [...labelOps, ...ops], records };
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
