import type { UpsertCommentOp } from './plan';
import type { GateOutcome } from './shared';
import { stripSource } from './source';

/** The hidden marker that opens a pull request's one conversation comment (the gate result and its escalations). */
export const COMMENT_MARKER = '<!-- epic-steward:gates -->';

/**
 * One conversation per pull request: the gate result and the escalations of its gates live in
 * one sticky comment (found by the gates' marker), not one comment each. Escalation sections
 * keep their own hidden markers, so the escalations planner reads them as it reads comments.
 */

export type CommentMode = 'always' | 'changes' | 'failures' | 'off';

/** Between the gate part and each escalation section. */
const SECTION = '\n\n<!-- epic-steward:section -->\n';
const FIGURES = /<!-- epic-steward:gates-figures ([0-9a-f]{8}) -->/;

/** This run's gate result for the comment: its text, a digest of verdict and figures, and whether a gate fails. */
export interface GatePart {
  /** Markdown of the gates, without the comment marker. */
  text: string;
  digest: string;
  failing: boolean;
}

/** The verdicts and figures of the gates in eight hex digits: `changes` mode compares these. */
export function figuresDigest(outcomes: GateOutcome[]): string {
  const text = JSON.stringify(
    outcomes.map((g) => [
      g.name,
      g.verdict,
      g.passRate,
      g.executionRate,
      g.totals.passed,
      g.totals.failed,
      g.totals.errored,
      g.totals.skipped
    ])
  );
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** An existing conversation comment: the gate part (marker line left out) and the escalation sections. */
export function splitConversation(body: string): { gate: string; digest?: string; sections: string[] } {
  const [head = '', ...sections] = stripSource(body.replace(/\r\n/g, '\n')).split(SECTION);
  const gate = head.startsWith(`${COMMENT_MARKER}\n`)
    ? head.slice(COMMENT_MARKER.length + 1)
    : head.replace(COMMENT_MARKER, '');
  return {
    gate,
    digest: FIGURES.exec(gate)?.[1],
    sections: sections.filter((s) => s.includes('<!-- epic-steward:escalation:'))
  };
}

export function composeConversation(gate: string, sections: string[]): string {
  return [`${COMMENT_MARKER}\n${gate}`.trimEnd(), ...sections].join(SECTION);
}

export function gateText(part: GatePart): string {
  return `${part.text}\n<!-- epic-steward:gates-figures ${part.digest} -->`;
}

export interface ConversationInput {
  pr: number;
  mode: CommentMode;
  /** This run's gate result; none when the gates did not measure in this run. */
  gate?: GatePart;
  /** Escalation sections, in order (open and resolved). */
  sections: string[];
  /** Whether any of the sections is an open escalation. */
  openEscalation?: boolean;
  existing?: { id: number; body: string };
  /** Every comment of the PR was read and none is the conversation: create without searching. */
  absent?: boolean;
  /** Why, for the plan. */
  why: string;
}

/**
 * The one write of the PR's conversation, or none. `always`: whenever the text changes;
 * `changes`: only when the verdict or figures (or an escalation) change; `failures`: only
 * while a gate fails, and an earlier comment is then edited to say it passed; `off`: no gate
 * result (an escalation of a gate still gets the comment, with its section only).
 */
export function planConversation(input: ConversationInput): UpsertCommentOp | undefined {
  const old = input.existing ? splitConversation(input.existing.body) : undefined;
  const gate = input.mode === 'off' ? '' : input.gate ? gateText(input.gate) : (old?.gate ?? '');
  if (!old) {
    if (input.sections.length === 0 && (input.mode === 'off' || !input.gate)) return undefined;
    if (input.mode === 'failures' && !input.gate?.failing && !input.openEscalation) return undefined;
  }
  const body = composeConversation(gate, input.sections);
  if (old && body === stripSource(input.existing!.body)) return undefined;
  if (
    old &&
    input.mode === 'changes' &&
    input.gate &&
    old.digest === input.gate.digest &&
    sameSections(old.sections, input.sections)
  )
    return undefined;
  const op: UpsertCommentOp & { absent?: boolean } = {
    kind: 'upsert-comment',
    issue: input.pr,
    marker: COMMENT_MARKER,
    body,
    why: input.why
  };
  if (input.existing) {
    op.commentId = input.existing.id;
    op.currentBody = input.existing.body;
  } else if (input.absent) {
    op.absent = true;
  }
  return op;
}

function sameSections(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}
