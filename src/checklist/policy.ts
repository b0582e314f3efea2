/**
 * The "is this child done?" policy, one for the progress block, label inheritance and the daily
 * report: a child is what GitHub says of it now, read live, and a child closed as not planned
 * or as a duplicate counts as the config's `not-planned` says.
 */

/** What the tool knows of one child, read live (never derived from the event alone). */
export type ChildState =
  | {
      kind: 'issue';
      state: 'open' | 'closed';
      reason?: 'completed' | 'not_planned' | 'duplicate' | 'reopened' | null;
      title?: string;
    }
  | { kind: 'pull'; state: 'open' | 'closed' | 'merged'; title?: string }
  | { kind: 'unreadable'; why: string };

/** `unticked`: not done; `ticked`: done; `strike`: struck through and left out of the figures. */
export type NotPlannedPolicy = 'unticked' | 'ticked' | 'strike';

export type Verdict = 'done' | 'open' | 'not-planned' | 'unmerged' | 'unreadable';

export function verdictOf(state: ChildState | undefined): Verdict {
  if (!state) return 'unreadable';
  if (state.kind === 'unreadable') return 'unreadable';
  if (state.kind === 'pull') return state.state === 'merged' ? 'done' : state.state === 'closed' ? 'unmerged' : 'open';
  if (state.state === 'open') return 'open';
  return state.reason === 'not_planned' || state.reason === 'duplicate' ? 'not-planned' : 'done';
}

/** Counts as done: done, or not planned where the policy ticks it. */
export function isDone(verdict: Verdict, policy: NotPlannedPolicy): boolean {
  return verdict === 'done' || (verdict === 'not-planned' && policy === 'ticked');
}

/** Left out of the figures altogether (struck through). */
export function isLeftOut(verdict: Verdict, policy: NotPlannedPolicy): boolean {
  return verdict === 'not-planned' && policy === 'strike';
}

/** Why a child that is not done counts so, in words for the block. */
export function describeVerdict(state: ChildState | undefined): string {
  if (!state) return 'not read';
  if (state.kind === 'unreadable') return state.why;
  if (state.kind === 'pull') return state.state === 'closed' ? 'closed without merging' : state.state;
  return state.reason === 'duplicate' ? 'duplicate' : 'not planned';
}

/** A child as GitHub's GraphQL answers it, the state fields aliased apart (`issueState`, `pullState`). */
export interface ChildNode {
  __typename?: string;
  state?: string | null;
  issueState?: string | null;
  pullState?: string | null;
  merged?: boolean | null;
  stateReason?: string | null;
}

const REASONS = new Set(['completed', 'not_planned', 'duplicate', 'reopened']);

/** The live state of a child from its GraphQL node. */
export function childStateOfNode(node: ChildNode): ChildState {
  const state = node.issueState ?? node.pullState ?? node.state;
  if (node.__typename === 'PullRequest')
    return { kind: 'pull', state: node.merged || state === 'MERGED' ? 'merged' : state === 'OPEN' ? 'open' : 'closed' };
  const reason = typeof node.stateReason === 'string' ? node.stateReason.toLowerCase() : null;
  return {
    kind: 'issue',
    state: state === 'OPEN' ? 'open' : 'closed',
    reason: reason !== null && REASONS.has(reason) ? (reason as 'completed') : null
  };
}
