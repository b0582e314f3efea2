import type { Operation, RepoRef } from '../core/plan';
import type { GateOutcome } from '../core/shared';
import type { GitHub } from '../core/port';
import { proseOf } from '../checklist/markdown';
import type { ChildState } from '../checklist/policy';
import { readIssueContext, type IssueContext } from '../checklist/read';
import { closingRefs, refKey, sameRepo, type IssueRef } from '../checklist/refs';
import type { EpicsConfig } from './config';
import { isEpic, isEpicType, readBatch, readMergedPull, readOpenEpics } from './read';
import { epicsOfChild, mergeTargets, namedEpics, type Target } from './targets';
import type { Trigger } from './wants';

/**
 * The read phase of the epics feature: which epics this event concerns, and what the run
 * already knows of them. Nothing is written here; the issues a merged pull request closes
 * are planned (`closes`) and written by the feature once the search is done.
 */
export interface Found {
  targets: Target[];
  notes: string[];
  /** Children known done in this run though GitHub may not show it yet (issues a merged PR closes). */
  overrides: Map<string, ChildState>;
  /** Issues to close because a merged pull request says so where GitHub does not. */
  closes: Operation[];
}

export function emptyFound(): Found {
  return { targets: [], notes: [], overrides: new Map(), closes: [] };
}

export interface FindContext {
  github: GitHub;
  repo: RepoRef;
  serverUrl: string;
  config: EpicsConfig;
  // The webhook payload of the event, as GitHub sent it; narrowed where it is read.
  payload: Record<string, unknown>;
  gates: GateOutcome[];
  found: Found;
}

/** The payload's issue as the fields read here. */
interface PayloadIssue {
  number: number;
  body?: string | null;
  labels?: ({ name: string } | string)[];
  sub_issues_summary?: { total?: number };
  type?: { name?: string } | null;
}

const issueOf = (payload: Record<string, unknown>) => payload.issue as PayloadIssue;

/** Fills `ctx.found` with the epics of this event. */
export async function findTargets(ctx: FindContext, trigger: Trigger): Promise<void> {
  const { repo, found, payload } = ctx;
  switch (trigger) {
    case 'issues.closed':
    case 'issues.reopened':
      await childFlow(ctx, { ...repo, number: issueOf(payload).number });
      break;
    case 'issues.edited':
      await editedFlow(ctx, issueOf(payload));
      break;
    case 'issues.labeled': {
      const label = (payload.label as { name?: string } | undefined)?.name ?? '';
      if (label.toLowerCase() === ctx.config.label.toLowerCase()) addEpic(found, repo, issueOf(payload));
      break;
    }
    case 'issues.typed':
    case 'issues.untyped':
      typedFlow(ctx, issueOf(payload));
      break;
    case 'pull_request.closed':
      await pullFlow(ctx, (payload.pull_request as { number: number }).number);
      break;
    case 'schedule':
    case 'workflow_dispatch':
      await sweep(ctx);
      break;
    case 'gates':
      for (const g of ctx.gates)
        if (g.epic !== undefined) mergeTargets(found.targets, [{ repo, number: g.epic, append: [], chain: [] }]);
      if (ctx.gates.some((g) => g.epic === undefined)) await sweep(ctx);
      break;
  }
}

function addEpic(found: Found, repo: RepoRef, issue: PayloadIssue): void {
  mergeTargets(found.targets, [{ repo, number: issue.number, guessBody: issue.body ?? '', append: [], chain: [] }]);
}

/** An issue of the payload that is an epic by its label, sub-issues or type. */
function payloadEpic(issue: PayloadIssue, config: EpicsConfig): boolean {
  const labels = (issue.labels ?? []).map((l) => (typeof l === 'string' ? l : l.name));
  const summary = issue.sub_issues_summary?.total;
  return (
    isEpic(labels, typeof summary === 'number' ? summary : 0, config.label) ||
    isEpicType(issue.type?.name, config.types)
  );
}

/** The epics of a changed child, and (with `append-section`) the epics its body names. */
async function childFlow(ctx: FindContext, child: IssueRef): Promise<IssueContext> {
  const { repo, serverUrl, config, found } = ctx;
  const context = await readIssueContext(ctx.github, child, child.number);
  const epics = epicsOfChild(context, child, config, repo, serverUrl);
  found.notes.push(...epics.notes);
  mergeTargets(found.targets, epics.targets);
  if (config['append-section'] && context.body && sameRepo(child, repo)) namedFlow(ctx, child, context);
  return context;
}

/** Epics a child's body names (`Epic: #13`): joined only when the config trusts its author. */
function namedFlow(ctx: FindContext, child: IssueRef, context: IssueContext): void {
  const { repo, serverUrl, config, found } = ctx;
  const named = namedEpics(context.body ?? '', { repo, serverUrl }).filter(
    (n) => sameRepo(n, repo) && n.number !== child.number
  );
  // Anyone can write `Epic: #13` in their own issue: only authors the config trusts join an epic that way.
  const allowed = config['append-associations'].includes(context.authorAssociation ?? 'NONE');
  if (named.length && !allowed) {
    found.notes.push(
      `#${child.number} names epic ${named.map((n) => `#${n.number}`).join(', ')}, but its author's association is ${context.authorAssociation ?? 'unknown'} (epics.append-associations allows ${config['append-associations'].join(', ') || 'nobody'}): not appended`
    );
  }
  for (const epic of allowed ? named : [])
    mergeTargets(found.targets, [{ repo, number: epic.number, append: [child], chain: [] }]);
}

/** An edited issue: an epic is re-read; a child only matters for the epics its body names (or itself with sub-issues). */
async function editedFlow(ctx: FindContext, issue: PayloadIssue): Promise<void> {
  const { repo, config, found } = ctx;
  const summary = issue.sub_issues_summary?.total;
  if (payloadEpic(issue, config)) addEpic(found, repo, issue);
  else if (typeof summary !== 'number' || config['append-section']) {
    const context = await childFlow(ctx, { ...repo, number: issue.number });
    // Its epics need no update for an edit; only an epic it names, or itself when it has sub-issues.
    for (let i = found.targets.length - 1; i >= 0; i--)
      if (found.targets[i]!.append.length === 0) found.targets.splice(i, 1);
    if (context.subIssues > 0)
      mergeTargets(found.targets, [{ repo, number: issue.number, guessBody: context.body, append: [], chain: [] }]);
  }
}

function typedFlow(ctx: FindContext, issue: PayloadIssue): void {
  if (payloadEpic(issue, ctx.config)) return addEpic(ctx.found, ctx.repo, issue);
  const type = issue.type?.name ? `\`${String(issue.type.name).slice(0, 50)}\` is not` : 'was removed and it is';
  ctx.found.notes.push(
    `#${issue.number} is not an epic (its type ${type} not in \`epics.types\`, and it has no epic label or sub-issues): left as it is`
  );
}

/** Every open epic, bodies first, 25 a request, so each epic then needs one read for its children. */
async function sweep(ctx: FindContext): Promise<void> {
  const { github, repo, config, found } = ctx;
  const numbers = await readOpenEpics(github, repo, config.label, config.types);
  for (let i = 0; i < numbers.length; i += 25) {
    const batch = await readBatch(
      github,
      numbers.slice(i, i + 25).map((number) => ({ repo, number })),
      []
    );
    for (const number of numbers.slice(i, i + 25)) {
      const snapshot = batch.epics.get(refKey({ ...repo, number }));
      mergeTargets(found.targets, [{ repo, number, guessBody: snapshot?.body, append: [], chain: [] }]);
    }
  }
}

/**
 * A merged pull request completes what it closes: `closingIssuesReferences`, and, when it was
 * merged into another branch than the default one (where GitHub ignores closing keywords),
 * the keywords the tool reads itself; those issues are planned closed as completed so that
 * every later reconcile agrees. Epics that list the pull request itself are found too.
 */
async function pullFlow(ctx: FindContext, number: number): Promise<void> {
  const { repo, serverUrl, found } = ctx;
  const pull = await readMergedPull(ctx.github, repo, number);
  if (!pull?.merged) return;
  const closing: IssueRef[] = [...pull.closing];
  const toClose = new Set<string>();
  if (pull.defaultBranch !== undefined && pull.baseRefName !== pull.defaultBranch) {
    for (const ref of closingRefs(proseOf(`${pull.title}\n\n${pull.body}`), { repo, serverUrl })) {
      if (closing.some((c) => refKey(c) === refKey(ref))) continue;
      closing.push(ref);
      toClose.add(refKey(ref));
    }
  }
  for (const ref of closing) {
    found.overrides.set(refKey(ref), { kind: 'issue', state: 'closed', reason: 'completed' });
    const context = await childFlow(ctx, ref);
    if (toClose.has(refKey(ref)) && context.kind === 'issue' && context.state === 'open')
      planClose(ctx, ref, number, pull.baseRefName);
  }
  await childFlow(ctx, { ...repo, number });
}

/** The close of an issue named by a closing keyword of a pull request merged elsewhere than the default branch. */
function planClose(ctx: FindContext, ref: IssueRef, pull: number, base: string): void {
  if (!ctx.config['close-on-merge'] || !sameRepo(ref, ctx.repo)) {
    ctx.found.notes.push(
      `#${ref.number} is named by a closing keyword of #${pull}, merged into ${base}: counted as done, left open`
    );
    return;
  }
  const why = `#${pull} was merged into ${base} and says it closes #${ref.number} (GitHub only closes for the default branch)`;
  ctx.found.closes.push({ kind: 'set-issue-state', issue: ref.number, state: 'closed', stateReason: 'completed', why });
}
