/** What the escalation planners exchange: pure data, no GitHub. */

export type TriggerKind = 'threshold' | 'timebox' | 'estimate' | 'stuck' | 'blocked';

/**
 * A condition that holds now and deserves an escalation. Every field is stable between runs
 * while the condition is unchanged (no "now"-dependent figures), so re-rendering the comment
 * gives the same text and a second run writes nothing.
 */
export interface Finding {
  /** Unique per target issue, e.g. `timebox:#14`, `stuck:blocked:#14`, `threshold:backend-security:#42`. */
  key: string;
  trigger: TriggerKind;
  /** The issue or pull request the comment goes on. */
  issue: number;
  /** One line, written by us: `Time box exceeded`. */
  headline: string;
  /** Why, in one sentence written by us (figures included). */
  why: string;
  /** Rows of figures: [name, value]; values are markdown we produced (untrusted parts already made inert). */
  facts: [string, string][];
  /** When the clock started (opened, work started, label applied): the elapsed time at escalation is shown. */
  start?: Date;
  /** Config-only mentions (`login` or `org/team`). */
  mention: string[];
}

/** An escalation's life as the action output reports it. */
export interface EscalationRecord {
  key: string;
  issue: number;
  trigger: TriggerKind;
  state: 'open' | 'resolved';
}

/** What the hidden state in an escalation comment holds. */
export interface CommentState {
  state: 'open' | 'resolved';
  /** ISO time of the (latest) escalation. */
  at: string;
  /** Reminders sent since `at`. */
  reminders: number;
  /** ISO time of the resolution. */
  resolvedAt?: string;
  trigger?: TriggerKind;
}

/** One of our escalation comments as found on an issue. */
export interface ExistingComment {
  id: number;
  body: string;
}

/** The comments of one issue the planner saw: by marker, and whether it saw them all. */
export interface CommentsView {
  /** Comment bodies of the issue that carry one of our markers (others are not kept). */
  ours: ExistingComment[];
  /** True when every comment of the issue was read, so a marker not seen does not exist. */
  complete: boolean;
  /** A pull request's one conversation (gate result and escalation sections), when it was among those read. */
  conversation?: ExistingComment;
}

export function triggerOfKey(key: string): TriggerKind | undefined {
  const kind = key.split(':')[0];
  return kind === 'threshold' || kind === 'timebox' || kind === 'estimate' || kind === 'stuck' || kind === 'blocked'
    ? kind
    : undefined;
}
