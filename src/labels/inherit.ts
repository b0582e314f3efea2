import { MarkdownTooDeep, parseBody } from '../checklist/markdown';
import { listsChild } from '../checklist/progress';
import type { IssueRef, RefContext } from '../checklist/refs';

/** An issue that may be the story's epic, as read with the story. */
export interface EpicCandidate {
  number: number;
  open: boolean;
  body: string;
  labels: string[];
  /** The story's native parent: always its epic, whatever its labels or body. */
  parent: boolean;
}

/**
 * Labels a story inherits from its epics (label → why). An epic is the native parent, or an
 * open issue with the epic label whose body lists the story in a task item now: a
 * cross-reference stays in the timeline after the text that made it is gone, and a mention in
 * prose ("blocked by #14") does not make an epic. References compare exactly, so `#1` is not `#14`.
 */
export function inheritedLabels(
  inherit: string[],
  epicLabel: string,
  story: number,
  epics: EpicCandidate[],
  where: RefContext
): Map<string, string> {
  const wanted = new Map<string, string>();
  if (!inherit.length) return wanted;
  const self: IssueRef = { ...where.repo, number: story };
  const epicLower = epicLabel.toLowerCase();
  for (const epic of epics) {
    if (!epic.parent) {
      if (!epic.open || !epic.labels.some((l) => l.toLowerCase() === epicLower)) continue;
      if (!listsStory(epic.body, where, self)) continue;
    }
    for (const label of inherit) {
      const found = epic.labels.find((l) => l.toLowerCase() === label.toLowerCase());
      if (found && ![...wanted.keys()].some((w) => w.toLowerCase() === found.toLowerCase()))
        wanted.set(found, `inherited from epic #${epic.number}`);
    }
  }
  return wanted;
}

/** Whether an epic's body lists the story; a body too deeply nested to read lists nothing. */
function listsStory(body: string, where: RefContext, self: IssueRef): boolean {
  try {
    return listsChild(parseBody(body, where).tasks, self);
  } catch (error) {
    if (error instanceof MarkdownTooDeep) return false;
    throw error;
  }
}
