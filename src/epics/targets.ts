import type { RepoRef } from '../core/plan';
import { readRecord } from './block';
import type { EpicsConfig } from './config';
import { MarkdownTooDeep, parseBody, proseOf, type ParsedBody } from '../checklist/markdown';
import type { Candidate, IssueContext } from '../checklist/read';
import { isEpic } from './read';
import { listsChild } from '../checklist/progress';
import { refKey, refsInText, sameRepo, type IssueRef, type RefContext } from '../checklist/refs';

/** An epic to reconcile in this run, and what the run already knows about it. */
export interface Target {
  repo: RepoRef;
  number: number;
  /** The body seen when the epic was found: its children are read together with the epic. */
  guessBody?: string;
  /** That body as the search for epics parsed it: read and planned from without parsing it again. */
  guessParsed?: ParsedBody;
  append: IssueRef[];
  /** The epics below this one that led here (walking up the hierarchy), for cycle detection. */
  chain: number[];
}

/**
 * The epics a changed child belongs to: its native parent, and the epics (label or
 * sub-issues) whose body still lists it (a cross-reference outlives the text that made it).
 * Epics in other repositories are reported, not written: the token belongs to this one.
 * A closed epic is only reopened by the tool if the tool closed it.
 */
export function epicsOfChild(
  context: IssueContext,
  child: IssueRef,
  config: EpicsConfig,
  repo: RepoRef,
  serverUrl: string
): { targets: Target[]; notes: string[] } {
  const targets: Target[] = [];
  const notes: string[] = [];
  const candidates: { c: Candidate; parent: boolean }[] = [];
  if (context.parent) candidates.push({ c: context.parent, parent: true });
  for (const c of context.referencing) candidates.push({ c, parent: false });
  const seen = new Set<string>();
  for (const { c, parent } of candidates) {
    const key = refKey({ ...c.repo, number: c.number });
    if (seen.has(key) || key === refKey(child)) continue;
    seen.add(key);
    if (!parent && !isEpic(c.labels, c.subIssues, config.label)) continue;
    let parsed: ReturnType<typeof parseBody>;
    try {
      parsed = parseBody(c.body, { repo: c.repo, serverUrl });
    } catch (error) {
      // One unreadable body must not stop the other epics: it is skipped, and said so.
      if (!(error instanceof MarkdownTooDeep)) throw error;
      notes.push(`epic #${c.number} is skipped: ${error.message}`);
      continue;
    }
    if (!parent && !listsChild(parsed.tasks, child)) continue;
    if (!sameRepo(c.repo, repo)) {
      notes.push(
        `epic ${c.repo.owner}/${c.repo.repo}#${c.number} lists ${child.owner}/${child.repo}#${child.number} but is in another repository: left to that repository's workflow`
      );
      continue;
    }
    if (
      c.state === 'closed' &&
      !readRecord(parsed.block ? c.body.slice(parsed.block.start, parsed.block.end) : undefined).closedByTool
    )
      continue;
    targets.push({ repo, number: c.number, guessBody: c.body, guessParsed: parsed, append: [], chain: [] });
  }
  return { targets, notes };
}

const NAMES_EPIC = /^[ \t>*_-]*(?:epic|parent epic|part of)[*_]*\s*:?[*_]*\s*(.+)$/gim;

/** Epics a child's body says it belongs to (`Epic: #13`, `**Epic:** [#13 …](…)`, `Part of #13`). */
export function namedEpics(body: string, ctx: RefContext): IssueRef[] {
  const found: IssueRef[] = [];
  for (const match of proseOf(body).matchAll(NAMES_EPIC)) {
    const ref = refsInText(match[1]!, ctx)[0]?.ref;
    if (ref && !found.some((f) => refKey(f) === refKey(ref))) found.push(ref);
  }
  return found;
}

/** Adds targets, merging duplicates (their append lists and the first body seen). */
export function mergeTargets(into: Target[], more: Target[]): void {
  for (const t of more) {
    const same = into.find((x) => sameRepo(x.repo, t.repo) && x.number === t.number);
    if (!same) into.push(t);
    else {
      if (same.guessBody === undefined) {
        same.guessBody = t.guessBody;
        same.guessParsed = t.guessParsed;
      }
      for (const a of t.append) if (!same.append.some((b) => refKey(a) === refKey(b))) same.append.push(a);
    }
  }
}
