import type { Feature, FeatureResult, RunContext } from '../core/feature';
import type { EpicsConfig, EpicsSection } from './config';
import type { Operation } from '../core/plan';
import { proseOf } from './markdown';
import type { ChildState } from './planner';
import { isEpic, isEpicType, readBatch, readIssueContext, readMergedPull, readOpenEpics } from './read';
import { reconcileEpic, type EpicOutcome, type ReconcileDeps } from './reconcile';
import { closingRefs, refKey, sameRepo, type IssueRef } from './refs';
import { epicsOutput, renderSummary } from './summary';
import { epicsOfChild, mergeTargets, namedEpics, type Target } from './targets';
import { triggerOf, wants } from './wants';
import { issueTypeName, subIssuesTotal } from '../core/event';

export { triggerOf } from './wants';


const MAX_EPICS_PER_RUN = 200;

/** Entry point of the epics feature (see docs/ARCHITECTURE.md and docs/epics.md). */
export const epicsFeature: Feature<EpicsSection> = {
  name: 'epics',
  wants,
  run: runEpics
};

async function runEpics(ctx: RunContext<EpicsSection>): Promise<FeatureResult> {
  const config = ctx.config.epics;
  const trigger = triggerOf(ctx.event, config);
  const { repo, serverUrl } = ctx.event;
  const gates = ctx.shared.gates?.onDefaultBranch ? ctx.shared.gates.outcomes.filter((g) => g.epicLine) : [];
  if (!trigger || (trigger === 'gates' && gates.length === 0)) return {};
  const deps: ReconcileDeps = { github: ctx.github, apply: (plan) => ctx.apply(plan), log: ctx.log, config, serverUrl, gates, now: ctx.now };
  const notes: string[] = [];
  const targets: Target[] = [];
  const overrides = new Map<string, ChildState>();
  const refCtx = { repo, serverUrl };

  const childFlow = async (child: IssueRef) => {
    const context = await readIssueContext(ctx.github, child, child.number);
    const found = epicsOfChild(context, child, config, repo, serverUrl);
    notes.push(...found.notes);
    mergeTargets(targets, found.targets);
    if (config['append-section'] && context.body && sameRepo(child, repo)) {
      const named = namedEpics(context.body, refCtx).filter((n) => sameRepo(n, repo) && n.number !== child.number);
      // Anyone can write `Epic: #13` in their own issue: only authors the config trusts join an epic that way.
      const allowed = config['append-associations'].includes(context.authorAssociation ?? 'NONE');
      if (named.length && !allowed) notes.push(`#${child.number} names epic ${named.map((n) => `#${n.number}`).join(', ')}, but its author's association is ${context.authorAssociation ?? 'unknown'} (epics.append-associations allows ${config['append-associations'].join(', ') || 'nobody'}): not appended`);
      for (const named of allowed ? namedEpics(context.body, refCtx) : []) {
        if (sameRepo(named, repo) && named.number !== child.number) mergeTargets(targets, [{ repo, number: named.number, append: [child], chain: [] }]);
      }
    }
    return context;
  };
  const sweep = async () => {
    const numbers = await readOpenEpics(ctx.github, repo, config.label, config.types);
    // Bodies first, 25 epics a request, so each epic then needs one read for its children.
    for (let i = 0; i < numbers.length; i += 25) {
      const batch = await readBatch(ctx.github, numbers.slice(i, i + 25).map((number) => ({ repo, number })), []);
      for (const number of numbers.slice(i, i + 25)) {
        const snapshot = batch.epics.get(refKey({ ...repo, number }));
        mergeTargets(targets, [{ repo, number, guessBody: snapshot?.body, append: [], chain: [] }]);
      }
    }
  };

  async function findTargets(): Promise<void> {
    switch (trigger) {
      case 'issues.closed':
      case 'issues.reopened':
        if (payload.issue) await childFlow({ ...repo, number: payload.issue.number });
        break;
      case 'issues.edited': {
        const issue = payload.issue;
        if (!issue) break;
        const labels: string[] = (issue.labels ?? []).map((l: { name: string } | string) => (typeof l === 'string' ? l : l.name));
        const summary = subIssuesTotal(issue);
        if (isEpic(labels, typeof summary === 'number' ? summary : 0, config.label) || isEpicType(issueTypeName(issue), config.types)) {
          mergeTargets(targets, [{ repo, number: issue.number, guessBody: issue.body ?? '', append: [], chain: [] }]);
        } else if (typeof summary !== 'number' || config['append-section']) {
          const context = await childFlow({ ...repo, number: issue.number });
          // Its epics need no update for an edit; only an epic it names, or itself when it has sub-issues.
          for (let i = targets.length - 1; i >= 0; i--) if (targets[i]!.append.length === 0) targets.splice(i, 1);
          if (context.subIssues > 0) mergeTargets(targets, [{ repo, number: issue.number, guessBody: context.body, append: [], chain: [] }]);
        }
        break;
      }
      case 'issues.labeled':
        if (payload.issue && String(payload.label?.name ?? '').toLowerCase() === config.label.toLowerCase()) {
          mergeTargets(targets, [{ repo, number: payload.issue.number, guessBody: payload.issue.body ?? '', append: [], chain: [] }]);
        }
        break;
      case 'issues.typed':
      case 'issues.untyped': {
        const issue = payload.issue;
        if (!issue) break;
        const labels: string[] = (issue.labels ?? []).map((l: { name: string } | string) => (typeof l === 'string' ? l : l.name));
        const summary = subIssuesTotal(issue);
        const type = issueTypeName(issue);
        if (isEpic(labels, typeof summary === 'number' ? summary : 0, config.label) || isEpicType(type, config.types)) {
          mergeTargets(targets, [{ repo, number: issue.number, guessBody: issue.body ?? '', append: [], chain: [] }]);
        } else {
          notes.push(`#${issue.number} is not an epic (its type ${type ? `\`${type.slice(0, 50)}\` is not` : 'was removed and it is'} not in \`epics.types\`, and it has no epic label or sub-issues): left as it is`);
        }
        break;
      }
      case 'pull_request.closed':
        if (payload.pull_request) await pullFlow(ctx, config, payload.pull_request.number, childFlow, overrides, notes);
        break;
      case 'schedule':
      case 'workflow_dispatch':
        await sweep();
        break;
      case 'gates':
        for (const g of gates) if (g.epic !== undefined) mergeTargets(targets, [{ repo, number: g.epic, append: [], chain: [] }]);
        if (gates.some((g) => g.epic === undefined)) await sweep();
        break;
    }
  }

  const payload = ctx.event.payload;
  const failures: string[] = [];
  try {
    await findTargets();
  } catch (error) {
    failures.push(`finding the epics to update failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const outcomes: EpicOutcome[] = [];
  const queue = [...targets];
  let runs = 0;
  while (queue.length > 0 && runs < MAX_EPICS_PER_RUN) {
    const target = queue.shift()!;
    runs += 1;
    ctx.log.startGroup(`[#${target.number}] epic`);
    let outcome: EpicOutcome;
    try {
      outcome = await reconcileEpic(deps, target, { guessBody: target.guessBody, overrides, append: target.append });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      outcome = { ...target, status: 'failed', detail: message, attempts: 1 };
    } finally {
      ctx.log.endGroup();
    }
    // A read-only token (a fork's pull_request run) degrades to a warning, which the run gives once.
    if (outcome.status === 'failed' && outcome.refused) notes.push(`epic #${target.number} was not updated: the token may not write to it`);
    else if (outcome.status === 'failed' || outcome.status === 'not-found') failures.push(`epic #${target.number}: ${outcome.detail ?? outcome.status}`);
    if (outcome.status === 'gave-up') notes.push(`epic #${target.number} kept changing while it was being updated; the next run will finish it`);
    const previous = outcomes.findIndex((o) => o.number === outcome.number && sameRepo(o.repo, outcome.repo));
    if (previous >= 0) outcomes.splice(previous, 1);
    outcomes.push(outcome);
    // Edits made with GITHUB_TOKEN start no workflow run: walk up to the epics above in this one.
    if (walksUp(outcome, config)) {
      const context = await readIssueContext(ctx.github, repo, target.number).catch((error: unknown) => {
        failures.push(`finding the epics above #${target.number} failed: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      });
      if (!context) continue;
      const above = epicsOfChild(context, { ...repo, number: target.number }, config, repo, serverUrl);
      notes.push(...above.notes);
      const chain = [...target.chain, target.number];
      for (const parent of above.targets) {
        if (chain.includes(parent.number)) {
          notes.push(`cycle in the epic hierarchy: ${[...chain, parent.number].map((n) => `#${n}`).join(' → ')}; not followed further`);
          continue;
        }
        queue.push({ ...parent, chain });
      }
    }
  }
  if (queue.length > 0) notes.push(`${queue.length} epic(s) left for the next run: at most ${MAX_EPICS_PER_RUN} are reconciled per run`);
  for (const note of notes) ctx.log.info(note);

  // A completed epic has nothing left to escalate about: the escalations feature resolves those
  // still open (the epic carries the escalation label while one is).
  const escalated = (o: EpicOutcome) => (o.labels ?? []).some((l) => l.toLowerCase() === ctx.config.escalationLabel.toLowerCase());
  ctx.shared.epics = { complete: outcomes.filter((o) => o.figures?.complete && sameRepo(o.repo, repo) && escalated(o)).map((o) => o.number) };
  const result: FeatureResult = { summary: renderSummary(outcomes, notes), outputs: { epics: epicsOutput(outcomes) } };
  if (failures.length) result.failure = `Epics: ${failures.join('; ')}`;
  return result;
}

/**
 * Whether the epics above this one are reconciled in this run: when it closed or reopened, and,
 * with `close-epic` (how epics nest), after any reconcile of it: a run stopped after closing or
 * reopening an epic but before its parents were updated leaves nothing in this epic to redo, so
 * the next run must look above it anyway (one read, plus one per parent).
 */
function walksUp(outcome: EpicOutcome, config: EpicsConfig): boolean {
  if (outcome.status === 'updated' && outcome.stateChange) return true;
  return config.handoff['close-epic'] && (outcome.status === 'updated' || outcome.status === 'unchanged') && (outcome.figures?.total ?? 0) > 0;
}

/**
 * A merged pull request completes what it closes: `closingIssuesReferences`, and, when it was
 * merged into another branch than the default one (where GitHub ignores closing keywords),
 * the keywords the tool reads itself; those issues are closed as completed so that every
 * later reconcile agrees. Epics that list the pull request itself are reconciled too.
 */
async function pullFlow(
  ctx: RunContext<EpicsSection>,
  config: EpicsConfig,
  number: number,
  childFlow: (child: IssueRef) => Promise<{ state?: 'open' | 'closed'; kind: string }>,
  overrides: Map<string, ChildState>,
  notes: string[]
): Promise<void> {
  const { repo, serverUrl } = ctx.event;
  const pull = await readMergedPull(ctx.github, repo, number);
  if (!pull?.merged) return;
  const closing: IssueRef[] = [...pull.closing];
  const otherBase = pull.defaultBranch !== undefined && pull.baseRefName !== pull.defaultBranch;
  const toClose: IssueRef[] = [];
  if (otherBase) {
    for (const ref of closingRefs(proseOf(`${pull.title}\n\n${pull.body}`), { repo, serverUrl })) {
      if (!closing.some((c) => refKey(c) === refKey(ref))) {
        closing.push(ref);
        toClose.push(ref);
      }
    }
  }
  for (const ref of closing) {
    overrides.set(refKey(ref), { kind: 'issue', state: 'closed', reason: 'completed' });
    const context = await childFlow(ref);
    if (toClose.some((c) => refKey(c) === refKey(ref))) {
      if (context.kind !== 'issue' || context.state !== 'open') continue;
      if (!config['close-on-merge'] || !sameRepo(ref, repo)) {
        notes.push(`#${ref.number} is named by a closing keyword of #${number}, merged into ${pull.baseRefName}: counted as done, left open`);
        continue;
      }
      const op: Operation = { kind: 'set-issue-state', issue: ref.number, state: 'closed', stateReason: 'completed', why: `#${number} was merged into ${pull.baseRefName} and says it closes #${ref.number} (GitHub only closes for the default branch)` };
      await ctx.apply([op]);
    }
  }
  await childFlow({ ...repo, number });
}
