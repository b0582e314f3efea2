import type { Logger } from '../core/log';
import type { Operation, OpResult, RepoRef } from '../core/plan';
import type { GateOutcome } from '../core/shared';
import type { GitHub } from '../core/port';
import type { EpicFigures } from './block';
import type { EpicsConfig } from './config';
import { parseBody } from './markdown';
import { planEpic, type ChildState, type EpicPlan, type EpicSnapshot } from './planner';
import { readBatch } from './read';
import { refKey, type IssueRef } from './refs';

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
}

const MAX_ATTEMPTS = 8;

function refsOf(body: string, repo: RepoRef, serverUrl: string, self: number): IssueRef[] {
  return parseBody(body, { repo, serverUrl })
    .tasks.flatMap((t) => (t.ref ? [t.ref] : []))
    .filter((r) => refKey(r) !== refKey({ ...repo, number: self }));
}

/**
 * Brings one epic in line with the live state of all its children: read (epic and children in
 * one request), plan, apply, then read again to verify. Another writer in between (a person,
 * or a parallel run for a sibling story) shows up in the verification read, and the whole
 * reconcile is redone from that state, a bounded number of times with jitter. Because every
 * run recomputes from live state rather than applying a delta, the last verified write is right.
 */
export async function reconcileEpic(deps: ReconcileDeps, epic: { repo: RepoRef; number: number }, options: ReconcileOptions = {}): Promise<EpicOutcome> {
  const { config, log } = deps;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = deps.random ?? Math.random;
  const key = refKey({ ...epic.repo, number: epic.number });
  let wanted = options.guessBody !== undefined ? refsOf(options.guessBody, epic.repo, deps.serverUrl, epic.number) : [];
  for (const r of options.append ?? []) wanted.push(r);

  const read = async (): Promise<{ snapshot?: EpicSnapshot; children: Map<string, ChildState> }> => {
    let batch = await readBatch(deps.github, [epic], wanted);
    let snapshot = batch.epics.get(key);
    const children = batch.children;
    if (snapshot) {
      // The body may name children the first read did not know of: read those too.
      const more = refsOf(snapshot.body, epic.repo, deps.serverUrl, epic.number).filter((r) => !children.has(refKey(r)));
      if (more.length) {
        const extra = await readBatch(deps.github, [], more);
        for (const [k, v] of extra.children) children.set(k, v);
      }
      wanted = [...refsOf(snapshot.body, epic.repo, deps.serverUrl, epic.number), ...(options.append ?? [])];
    }
    for (const [k, v] of options.overrides ?? []) {
      const live = children.get(k);
      if (live && live.kind === 'issue' && live.state === 'open') children.set(k, v);
    }
    return { snapshot, children };
  };
  const plan = (snapshot: EpicSnapshot, children: Map<string, ChildState>) =>
    planEpic({ config, epic: snapshot, children, gates: deps.gates, append: options.append, serverUrl: deps.serverUrl, now: deps.now() });

  let state = await read();
  let wrote = false;
  let transition: EpicPlan['transition'];
  let stateChange: EpicPlan['stateChange'];
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    if (!state.snapshot) return { ...epic, status: 'not-found', detail: 'the epic cannot be read', attempts: attempt };
    const planned = plan(state.snapshot, state.children);
    if (planned.blockProblem) log.warning(`[#${epic.number}] ${planned.blockProblem}`);
    if (planned.skipped) return { ...epic, status: 'skipped', figures: planned.figures, detail: planned.blockProblem, attempts: attempt };
    if (planned.ops.length === 0) {
      return { ...epic, status: wrote ? 'updated' : 'unchanged', figures: planned.figures, labels: state.snapshot.labels, transition, stateChange, attempts: attempt };
    }
    transition = planned.transition ?? transition;
    stateChange = planned.stateChange ?? stateChange;
    const results = await deps.apply(planned.ops);
    if (results.some((r) => r.status === 'dry-run')) {
      return { ...epic, status: 'dry-run', figures: planned.figures, transition: planned.transition, stateChange: planned.stateChange, attempts: attempt };
    }
    const broken = results.find((r) => r.status === 'failed' || r.status === 'over-budget');
    if (broken) return { ...epic, status: broken.status === 'failed' ? 'failed' : 'over-budget', figures: planned.figures, detail: broken.detail ?? broken.status, attempts: attempt, ...(broken.refused ? { refused: true } : {}) };
    if (results.some((r) => r.status === 'applied')) wrote = true;
    // Verification: the state after our write, children included, must plan to nothing.
    state = await read();
    if (!state.snapshot) continue;
    const check = plan(state.snapshot, state.children);
    if (check.ops.length === 0) return { ...epic, status: wrote ? 'updated' : 'unchanged', figures: check.figures, labels: state.snapshot.labels, transition, stateChange, attempts: attempt };
    log.info(`[#${epic.number}] another writer or a child changed meanwhile: reconciling again (attempt ${attempt + 1})`);
    // Growing jitter spreads runs that collided, so one of them goes last and verifies.
    await sleep(Math.floor((10 + random() * 90) * attempt));
    state = await read();
  }
  return { ...epic, status: 'gave-up', detail: `still changing after ${MAX_ATTEMPTS} attempts`, attempts: MAX_ATTEMPTS, transition, stateChange };
}
