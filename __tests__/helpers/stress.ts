import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Emulator } from './emulator';

/**
 * Shared by the stress suite (`npm run test:stress`) and its bounded slice in `npm test`: a
 * seeded PRNG, snapshots of the emulator's state, and the tally the stress run prints at its end
 * (__tests__/helpers/stress-teardown.mjs).
 */

/** The seed of every generated case: `STRESS_SEED=<n>` reproduces a run. */
export const SEED = Number(process.env.STRESS_SEED ?? 20261123);

export { prng } from './prng';

export const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
export const int = (random: () => number, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));

/** One line of the tally: what a test file ran and checked. */
export interface TallyEntry {
  suite: string;
  scenario: string;
  runs: number;
  faults?: number;
  faultKinds?: Record<string, number>;
  writesVerified?: number;
  lost: number;
  /** Free-form counts (failed runs that left state untouched, replays without writes…). */
  notes?: Record<string, number>;
}

/** Where the stress run's tally accumulates; set by the stress project's globalSetup only. */
export const TALLY_FILE = process.env.EPIC_STEWARD_STRESS_TALLY;

export function record(entry: TallyEntry): void {
  if (!TALLY_FILE) return;
  mkdirSync(dirname(resolve(TALLY_FILE)), { recursive: true });
  appendFileSync(TALLY_FILE, `${JSON.stringify(entry)}\n`);
}

/** Faults the emulator injected, by kind, from its request log (count before clearing it). */
export function faultsIn(e: Emulator): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const r of e.requests()) if (r.fault) kinds[r.fault] = (kinds[r.fault] ?? 0) + 1;
  return kinds;
}

/** Writes that succeeded (2xx, not faulted): non-GET REST calls and GraphQL mutations. */
export function successfulWrites(e: Emulator): number {
  return e
    .requests()
    .filter(
      (r) =>
        !r.fault &&
        r.status >= 200 &&
        r.status < 300 &&
        (r.path === '/graphql' ? r.mutation : r.method !== 'GET' && r.method !== 'HEAD')
    ).length;
}

export function addCounts(into: Record<string, number>, from: Record<string, number>): void {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
}

/** What a person sees of an issue: body, state, labels (sorted), comment bodies (sorted). */
export interface IssueView {
  body: string | null;
  state: string;
  labels: string[];
  comments: string[];
}

export interface StateView {
  issues: Map<string, IssueView>;
  /** Check runs by `sha name`: their conclusions, sorted. */
  checks: Map<string, string[]>;
}

/** The state of every repository of the emulator, keyed `owner/name#number`. */
export function stateOf(e: Emulator): StateView {
  const issues = new Map<string, IssueView>();
  const checks = new Map<string, string[]>();
  for (const repo of e.store.repos.values()) {
    for (const issue of repo.issues.values()) {
      issues.set(`${repo.owner}/${repo.name}#${issue.number}`, {
        body: issue.body,
        state: issue.state,
        labels: [...issue.labels].sort(),
        comments: issue.comments.map((c) => c.body).sort()
      });
    }
    for (const run of repo.checkRuns.values()) {
      const key = `${run.headSha} ${run.name}`;
      checks.set(key, [...(checks.get(key) ?? []), `${run.status}/${run.conclusion ?? ''}`].sort());
    }
  }
  return { issues, checks };
}

/** Differences from `expected`, as readable lines (empty: the same). */
export function differences(actual: StateView, expected: StateView): string[] {
  const out: string[] = [];
  for (const [key, want] of expected.issues) {
    const got = actual.issues.get(key);
    if (!got) {
      out.push(`${key}: missing`);
      continue;
    }
    if (got.body !== want.body) out.push(`${key}: body differs`);
    if (got.state !== want.state) out.push(`${key}: state ${got.state}, expected ${want.state}`);
    if (got.labels.join() !== want.labels.join()) out.push(`${key}: labels [${got.labels}], expected [${want.labels}]`);
    if (got.comments.join('\u0000') !== want.comments.join('\u0000'))
      out.push(`${key}: ${got.comments.length} comment(s), expected ${want.comments.length}`);
  }
  for (const key of actual.issues.keys()) if (!expected.issues.has(key)) out.push(`${key}: unexpected issue`);
  for (const [key, want] of expected.checks)
    if ((actual.checks.get(key) ?? []).join() !== want.join())
      out.push(`check ${key}: [${actual.checks.get(key) ?? []}], expected [${want}]`);
  for (const key of actual.checks.keys()) if (!expected.checks.has(key)) out.push(`check ${key}: unexpected`);
  return out;
}

/**
 * A state on the way from `before` to `after`: every body is one or the other (never half
 * written), every label present is in one of them and every label both keep is still there,
 * every comment is one of either, and none is there twice more than in `after`.
 */
export function inTransit(actual: StateView, before: StateView, after: StateView): string[] {
  const out: string[] = [];
  for (const [key, got] of actual.issues) {
    const a = before.issues.get(key);
    const b = after.issues.get(key);
    if (!a || !b) {
      if (!b) out.push(`${key}: not expected at all`);
      continue;
    }
    if (got.body !== a.body && got.body !== b.body)
      out.push(`${key}: body is neither the old one nor the new one (half written?)`);
    if (got.state !== a.state && got.state !== b.state) out.push(`${key}: state ${got.state}`);
    for (const l of got.labels)
      if (!a.labels.includes(l) && !b.labels.includes(l)) out.push(`${key}: wrong label ${l}`);
    for (const l of a.labels) if (b.labels.includes(l) && !got.labels.includes(l)) out.push(`${key}: label ${l} lost`);
    const count = (list: string[], c: string) => list.filter((x) => x === c).length;
    const allowed = new Map<string, number>();
    for (const c of [...a.comments, ...b.comments])
      allowed.set(c, Math.max(count(a.comments, c), count(b.comments, c)));
    const seen = new Map<string, number>();
    for (const c of got.comments) seen.set(c, (seen.get(c) ?? 0) + 1);
    for (const [c, n] of seen)
      if (n > (allowed.get(c) ?? 0))
        out.push(`${key}: comment ${JSON.stringify(c.slice(0, 60))} ${n}× (at most ${allowed.get(c) ?? 0})`);
  }
  return out;
}
