import type { TaskItem } from './markdown';
import { isDone, isLeftOut, type NotPlannedPolicy, type Verdict } from './policy';
import { refKey, type IssueRef } from './refs';
import { inSections } from './sections';

/**
 * The children an epic counts, keyed by refKey in the order people read them: every reference
 * of a task item in the counted sections, then the native sub-issues not listed there. The
 * epic itself (`- [ ] Epic #13: …` in its own list) is never its own child.
 */
export function countedChildren(
  tasks: readonly TaskItem[],
  subIssues: readonly IssueRef[],
  sections: readonly string[],
  self: IssueRef
): Map<string, IssueRef> {
  const selfKey = refKey(self);
  const counted = new Map<string, IssueRef>();
  for (const task of tasks) {
    if (task.ref && refKey(task.ref) !== selfKey && inSections(sections, task.section))
      counted.set(refKey(task.ref), task.ref);
  }
  for (const sub of subIssues) if (refKey(sub) !== selfKey && !counted.has(refKey(sub))) counted.set(refKey(sub), sub);
  return counted;
}

/** Whether a task list names the child in one of its items (a mention in prose does not count). */
export function listsChild(tasks: readonly TaskItem[], child: IssueRef): boolean {
  const key = refKey(child);
  return tasks.some((t) => t.ref !== undefined && refKey(t.ref) === key);
}

/** Done out of total for a set of children: left-out ones do not count; `manual` speaks for one that could not be read. */
export function tally(
  keys: Iterable<string>,
  verdict: (key: string) => Verdict,
  policy: NotPlannedPolicy,
  manual?: (key: string) => boolean
): { done: number; total: number } {
  let done = 0;
  let total = 0;
  for (const key of keys) {
    const v = verdict(key);
    if (isLeftOut(v, policy)) continue;
    total += 1;
    if (isDone(v, policy) || (v === 'unreadable' && manual?.(key) === true)) done += 1;
  }
  return { done, total };
}

/** GitHub refuses a parent's 101st sub-issue, closed ones included. */
export const SUB_ISSUE_LIMIT = 100;
/** From this many sub-issues on, the block and the daily report warn before adding fails. */
export const SUB_ISSUE_WARN = 90;

/** The warning for an epic near or at GitHub's sub-issue limit, or none. */
export function subIssueWarning(total: number): string | undefined {
  if (total < SUB_ISSUE_WARN) return undefined;
  const room = Math.max(0, SUB_ISSUE_LIMIT - total);
  const counted = `${total} of the ${SUB_ISSUE_LIMIT} sub-issues GitHub allows per parent (closed ones count)`;
  return room === 0
    ? `${counted}: adding another will fail; split the epic or list further stories as task items.`
    : `${counted}: ${room} more can be added.`;
}
