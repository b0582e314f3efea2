import type { Feature, FeatureResult, RunContext } from '../core/feature';
import type { RepoRef } from '../core/plan';
import type { EpicsConfig, EpicsSection } from './config';
import { readIssueContext } from '../checklist/read';
import { sameRepo } from '../checklist/refs';
import { emptyFound, findTargets, type Found } from './find';
import { reconcileEpic, type EpicOutcome, type ReconcileDeps } from './reconcile';
import { epicsOutput, renderSummary } from './summary';
import { epicsOfChild, type Target } from './targets';
import { triggerOf, wants } from './wants';

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
  const deps: ReconcileDeps = {
    github: ctx.github,
    apply: (plan) => ctx.apply(plan),
    log: ctx.log,
    config,
    serverUrl,
    gates,
    now: ctx.now
  };
  const found = emptyFound();
  const { notes } = found;
  const failures: string[] = [];
  try {
    await findTargets(
      { github: ctx.github, repo, serverUrl, config, payload: ctx.event.payload, gates, found },
      trigger
    );
  } catch (error) {
    failures.push(`finding the epics to update failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  // Written only once every read of the search is done: the issues a merged pull request closes.
  if (found.closes.length) await ctx.apply(found.closes);
  const outcomes = await reconcileAll(ctx, deps, found, failures);
  for (const note of notes) ctx.log.info(note);

  // A completed epic has nothing left to escalate about: the escalations feature resolves those
  // still open (the epic carries the escalation label while one is).
  const escalated = (o: EpicOutcome) =>
    (o.labels ?? []).some((l) => l.toLowerCase() === ctx.config.escalationLabel.toLowerCase());
  ctx.shared.epics = {
    complete: outcomes.filter((o) => o.figures?.complete && sameRepo(o.repo, repo) && escalated(o)).map((o) => o.number)
  };
  const result: FeatureResult = { summary: renderSummary(outcomes, notes), outputs: { epics: epicsOutput(outcomes) } };
  if (failures.length) result.failure = `Epics: ${failures.join('; ')}`;
  return result;
}

/** Reconciles the targets in turn (at most MAX_EPICS_PER_RUN), walking up to the epics above those that need it. */
async function reconcileAll(
  ctx: RunContext<EpicsSection>,
  deps: ReconcileDeps,
  found: Found,
  failures: string[]
): Promise<EpicOutcome[]> {
  const { notes, overrides } = found;
  const outcomes: EpicOutcome[] = [];
  const queue = [...found.targets];
  for (let runs = 0; queue.length > 0 && runs < MAX_EPICS_PER_RUN; runs++) {
    const target = queue.shift()!;
    const outcome = await reconcileOne(ctx, deps, target, overrides);
    // A read-only token (a fork's pull_request run) degrades to a warning, which the run gives once.
    if (outcome.status === 'failed' && outcome.refused)
      notes.push(`epic #${target.number} was not updated: the token may not write to it`);
    else if (outcome.status === 'failed' || outcome.status === 'not-found')
      failures.push(`epic #${target.number}: ${outcome.detail ?? outcome.status}`);
    if (outcome.status === 'gave-up')
      notes.push(`epic #${target.number} kept changing while it was being updated; the next run will finish it`);
    const previous = outcomes.findIndex((o) => o.number === outcome.number && sameRepo(o.repo, outcome.repo));
    if (previous >= 0) outcomes.splice(previous, 1);
    outcomes.push(outcome);
    // Edits made with GITHUB_TOKEN start no workflow run: walk up to the epics above in this one.
    if (walksUp(outcome, deps.config)) queue.push(...(await epicsAbove(ctx, target, notes, failures)));
  }
  if (queue.length > 0)
    notes.push(`${queue.length} epic(s) left for the next run: at most ${MAX_EPICS_PER_RUN} are reconciled per run`);
  return outcomes;
}

async function reconcileOne(
  ctx: RunContext<EpicsSection>,
  deps: ReconcileDeps,
  target: Target,
  overrides: Found['overrides']
): Promise<EpicOutcome> {
  ctx.log.startGroup(`[#${target.number}] epic`);
  try {
    return await reconcileEpic(deps, target, {
      guessBody: target.guessBody,
      guessParsed: target.guessParsed,
      overrides,
      append: target.append
    });
  } catch (error) {
    return { ...target, status: 'failed', detail: error instanceof Error ? error.message : String(error), attempts: 1 };
  } finally {
    ctx.log.endGroup();
  }
}

/** The epics above one just reconciled, each carrying the chain below it; a cycle is noted and not followed. */
async function epicsAbove(
  ctx: RunContext<EpicsSection>,
  target: Target,
  notes: string[],
  failures: string[]
): Promise<Target[]> {
  const { repo, serverUrl } = ctx.event;
  const context = await readIssueContext(ctx.github, repo, target.number).catch((error: unknown) => {
    failures.push(
      `finding the epics above #${target.number} failed: ${error instanceof Error ? error.message : String(error)}`
    );
    return undefined;
  });
  if (!context) return [];
  const above = epicsOfChild(context, { ...repo, number: target.number }, ctx.config.epics, repo, serverUrl);
  notes.push(...above.notes);
  const chain = [...target.chain, target.number];
  const parents: Target[] = [];
  for (const parent of above.targets) {
    if (chain.includes(parent.number))
      notes.push(
        `cycle in the epic hierarchy: ${[...chain, parent.number].map((n) => `#${n}`).join(' → ')}; not followed further`
      );
    else parents.push({ ...parent, chain });
  }
  return parents;
}

/**
 * Whether the epics above this one are reconciled in this run: when it closed or reopened, and,
 * with `close-epic` (how epics nest), after any reconcile of it: a run stopped after closing or
 * reopening an epic but before its parents were updated leaves nothing in this epic to redo, so
 * the next run must look above it anyway (one read, plus one per parent).
 */
function walksUp(outcome: EpicOutcome, config: EpicsConfig): boolean {
  if (outcome.status === 'updated' && outcome.stateChange) return true;
  return (
    config.handoff['close-epic'] &&
    (outcome.status === 'updated' || outcome.status === 'unchanged') &&
    (outcome.figures?.total ?? 0) > 0
  );
}

/**
 * The epics whose daily report was just posted, reconciled once more so their blocks link
 * today's report (one read, one write at most each): the run calls this from its hook after
 * the escalations feature (src/run.ts), because the epics feature ran before the report was
 * written. Answers a note per epic it could not relink; the next run does it.
 */
export async function relinkEpics(deps: ReconcileDeps, repo: RepoRef, numbers: number[]): Promise<string[]> {
  const notes: string[] = [];
  for (const number of numbers) {
    const outcome = await reconcileEpic(deps, { repo, number }).catch((error: unknown) => ({
      status: 'failed',
      detail: error instanceof Error ? error.message : String(error)
    }));
    if (outcome.status === 'failed' || outcome.status === 'over-budget')
      notes.push(
        `#${number}: the epic block could not link today's report (${outcome.detail ?? outcome.status}); the next run will.`
      );
  }
  return notes;
}
