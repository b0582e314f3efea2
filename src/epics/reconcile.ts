import type { Logger } from '../core/log';
import type { Operation, OpResult, RepoRef } from '../core/plan';
import type { GateOutcome } from '../core/shared';
import type { GitHub } from '../core/port';
import type { EpicFigures } from './block';
import type { EpicsConfig } from './config';
import { parseBody, type ParsedBody } from '../checklist/markdown';
import { planEpic, type ChildState, type EpicPlan, type EpicSnapshot, type PlanInput } from './planner';
import { readBatch } from './read';
import { refKey, type IssueRef } from '../checklist/refs';

export interface ReconcileDeps {
  github: GitHub;
  apply(plan: Operation[]): Promise<OpResult[]>;
  log: Logger;
  config: EpicsConfig;
  serverUrl: string;
  gates: GateOutcome[];
  now: () => Date;
  /** Waits between attempts; injected so tests need not sleep. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface EpicOutcome {
  repo: RepoRef;
  number: number;
  status: 'updated' | 'unchanged' | 'dry-run' | 'failed' | 'over-budget' | 'gave-up' | 'not-found' | 'skipped';
  figures?: EpicFigures;
  /** The epic's labels as last read. */
  labels?: string[];
  transition?: EpicPlan['transition'];
  stateChange?: EpicPlan['stateChange'];
  detail?: string;
  attempts: number;
  /** Failed because the token may not write (the run warns once for it instead of failing). */
  refused?: boolean;
}

export interface ReconcileOptions {
  /** The body seen just before (from the search for epics): its references are read with the epic, in the same request. */
  guessBody?: string;
  /** Children known done in this run though GitHub may not show it yet (issues a merged PR closes). */
  overrides?: Map<string, ChildState>;
  /** Children to append to the configured section. */
  append?: IssueRef[];
  /** `guessBody` as the search for epics parsed it, so the same body is not parsed again. */
  guessParsed?: ParsedBody;
}

const MAX_ATTEMPTS = 8;

/** The references of a parsed epic body, the epic itself left out. */
function refsOf(parsed: ParsedBody, repo: RepoRef, self: number): IssueRef[] {
  const selfKey = refKey({ ...repo, number: self });
  return parsed.tasks.flatMap((t) => (t.ref && refKey(t.ref) !== selfKey ? [t.ref] : []));
}

/** What one read gives: the epic (its body parsed once) and its children's live state. */
interface EpicState {
  snapshot?: EpicSnapshot;
  parsed?: ParsedBody;
  children: Map<string, ChildState>;
}

/**
 * The reader of one epic across attempts: epic and children in one request (the children of
 * the body seen last), then those the body names that the read did not know of. Each body is
 * parsed once: the one the search for epics parsed, or the one just read. Nothing is written.
 */
function epicReader(
  deps: ReconcileDeps,
  epic: { repo: RepoRef; number: number },
  options: ReconcileOptions
): () => Promise<EpicState> {
  const key = refKey({ ...epic.repo, number: epic.number });
  let known =
    options.guessBody !== undefined
      ? {
          body: options.guessBody,
          parsed: options.guessParsed ?? parseBody(options.guessBody, { repo: epic.repo, serverUrl: deps.serverUrl })
        }
      : undefined;
  const wantedOf = (parsed: ParsedBody | undefined) => [
    ...(parsed ? refsOf(parsed, epic.repo, epic.number) : []),
    ...(options.append ?? [])
  ];
  return async () => {
    const batch = await readBatch(deps.github, [epic], wantedOf(known?.parsed));
    const snapshot = batch.epics.get(key);
    const children = batch.children;
    if (!snapshot) return { children };
    const parsed =
      known?.body === snapshot.body
        ? known.parsed
        : parseBody(snapshot.body, { repo: epic.repo, serverUrl: deps.serverUrl });
    known = { body: snapshot.body, parsed };
    // The body may name children the first read did not know of: read those too.
    const more = refsOf(parsed, epic.repo, epic.number).filter((r) => !children.has(refKey(r)));
    if (more.length) for (const [k, v] of (await readBatch(deps.github, [], more)).children) children.set(k, v);
    for (const [k, v] of options.overrides ?? []) {
      const live = children.get(k);
      if (live && live.kind === 'issue' && live.state === 'open') children.set(k, v);
    }
    return { snapshot, parsed, children };
  };
}

/** A read that found the epic. */
type ReadState = EpicState & { snapshot: EpicSnapshot };

/** What the attempts so far did: whether anything was written, and the transitions planned. */
interface Progress {
  wrote: boolean;
  transition?: EpicPlan['transition'];
  stateChange?: EpicPlan['stateChange'];
}

type Outcome = Omit<EpicOutcome, 'repo' | 'number'>;

/** The outcome when a plan needs no write (nothing to do, or the write verified). */
function settled(progress: Progress, planned: EpicPlan, state: EpicState, attempts: number): Outcome {
  const { wrote, transition, stateChange } = progress;
  return {
    status: wrote ? 'updated' : 'unchanged',
    figures: planned.figures,
    labels: state.snapshot?.labels,
    transition,
    stateChange,
    attempts
  };
}

/** The outcome of applying a plan when it ends the reconcile (dry run, failure, budget), or undefined to go on. */
function stopAfterApply(results: OpResult[], planned: EpicPlan, attempt: number): Outcome | undefined {
  if (results.some((r) => r.status === 'dry-run')) {
    return {
      status: 'dry-run',
      figures: planned.figures,
      transition: planned.transition,
      stateChange: planned.stateChange,
      attempts: attempt
    };
  }
  const broken = results.find((r) => r.status === 'failed' || r.status === 'over-budget');
  if (!broken) return undefined;
  return {
    status: broken.status === 'failed' ? 'failed' : 'over-budget',
    figures: planned.figures,
    detail: broken.detail ?? broken.status,
    attempts: attempt,
    ...(broken.refused ? { refused: true } : {})
  };
}

type Step = { outcome: Outcome } | { state: EpicState; wait: boolean };

/**
 * One attempt: plan from the state read, apply, and verify with a fresh read that the state
 * after the write plans to nothing. Ends with the outcome, or the state to try again from
 * (after a pause, unless the epic could not be read back).
 */
async function attemptOnce(
  deps: ReconcileDeps,
  epic: { number: number },
  state: ReadState,
  read: () => Promise<EpicState>,
  progress: Progress,
  attempt: number,
  plan: (s: ReadState) => EpicPlan
): Promise<Step> {
  const planned = plan(state);
  if (planned.blockProblem) deps.log.warning(`[#${epic.number}] ${planned.blockProblem}`);
  if (planned.skipped)
    return {
      outcome: { status: 'skipped', figures: planned.figures, detail: planned.blockProblem, attempts: attempt }
    };
  if (planned.ops.length === 0) return { outcome: settled(progress, planned, state, attempt) };
  progress.transition = planned.transition ?? progress.transition;
  progress.stateChange = planned.stateChange ?? progress.stateChange;
  const results = await deps.apply(planned.ops);
  const stop = stopAfterApply(results, planned, attempt);
  if (stop) return { outcome: stop };
  if (results.some((r) => r.status === 'applied')) progress.wrote = true;
  // Verification: the state after our write, children included, must plan to nothing.
  const after = await read();
  if (!after.snapshot) return { state: after, wait: false };
  const check = plan({ ...after, snapshot: after.snapshot });
  if (check.ops.length === 0) return { outcome: settled(progress, check, after, attempt) };
  deps.log.info(
    `[#${epic.number}] another writer or a child changed meanwhile: reconciling again (attempt ${attempt + 1})`
  );
  return { state: after, wait: true };
}

/**
 * Brings one epic in line with the live state of all its children: read (epic and children in
 * one request), plan, apply, then read again to verify. Another writer in between (a person,
 * or a parallel run for a sibling story) shows up in the verification read, and the whole
 * reconcile is redone from that state, a bounded number of times with jitter. Because every
 * run recomputes from live state rather than applying a delta, the last verified write is right.
 */
export async function reconcileEpic(
  deps: ReconcileDeps,
  epic: { repo: RepoRef; number: number },
  options: ReconcileOptions = {}
): Promise<EpicOutcome> {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = deps.random ?? Math.random;
  const read = epicReader(deps, epic, options);
  const input = (s: ReadState): PlanInput => ({
    config: deps.config,
    epic: s.snapshot,
    parsed: s.parsed,
    children: s.children,
    gates: deps.gates,
    append: options.append,
    serverUrl: deps.serverUrl,
    now: deps.now()
  });
  const plan = (s: ReadState) => planEpic(input(s));
  const progress: Progress = { wrote: false };
  let state = await read();
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    if (!state.snapshot) return { ...epic, status: 'not-found', detail: 'the epic cannot be read', attempts: attempt };
    const step = await attemptOnce(deps, epic, { ...state, snapshot: state.snapshot }, read, progress, attempt, plan);
    if ('outcome' in step) return { ...epic, ...step.outcome };
    state = step.state;
    if (!step.wait) continue;
    // Growing jitter spreads runs that collided, so one of them goes last and verifies.
    await sleep(Math.floor((10 + random() * 90) * attempt));
    state = await read();
  }
  return {
    ...epic,
    status: 'gave-up',
    detail: `still changing after ${MAX_ATTEMPTS} attempts`,
    attempts: MAX_ATTEMPTS,
    transition: progress.transition,
    stateChange: progress.stateChange
  };
}
