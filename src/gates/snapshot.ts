import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { RunContext } from '../core/feature';
import { httpStatus } from '../core/port';
import { findComment } from '../apply/comments';
import { downloadRunArtifacts } from './artifacts';
import { decodeRecord, type ResultsRecord } from './baseline';
import type { GatesConfig, GatesSection } from './config';
import { expandGlobs } from './files';
import type { ParsedReport } from './model';
import { readReport } from './read';
import { COMMENT_MARKER } from '../core/conversation';
import { resolveTarget, type Target } from './target';

/** The reports a run found: parsed by path, the paths each set of globs matched, and what failed. */
export interface ReadReports {
  byPath: Map<string, ParsedReport>;
  /** JSON of a glob list -> the paths it matched. */
  matched: Map<string, string[]>;
  errors: string[];
  warnings: string[];
}

/** Everything the gates decide on, read once; nothing is written while reading. */
export interface GatesSnapshot {
  target: Target;
  /** The folder the reports were read from (the workspace, or the extracted artifacts). */
  root: string;
  reports: ReadReports;
  /** Artifacts that could not be fetched or extracted, one line each. */
  fetchErrors: string[];
  /** The results recorded for the base commit, when there is one to compare with and it was found. */
  record?: ResultsRecord;
  /**
   * The pull request's one conversation (our comment with its marker), read when the gates write
   * it themselves (not when threshold escalations do, nor with `comment-mode: off`): absent, none yet.
   */
  conversation?: { id: number; body: string };
  /** Messages for the log: what the read could not do, without stopping the gates. */
  warnings: string[];
}

/** The read phase of the gates: target, artifacts, reports and the base commit's record. */
export async function readGates(ctx: RunContext<GatesSection>): Promise<GatesSnapshot | { skip: string }> {
  const config = ctx.config.gates;
  const target = await resolveTarget(ctx);
  if (target.skip) return { skip: target.skip };
  const fetched =
    target.artifactsOfRun !== undefined
      ? await fetchArtifacts(ctx, target.artifactsOfRun)
      : { root: ctx.event.workspace ?? process.cwd(), errors: [] };
  const reports = await readAll(config, fetched.root, target.artifactsOfRun !== undefined);
  const warnings = [...reports.warnings, ...reports.errors];
  const recorded =
    config.baseline.compare && target.baseSha
      ? await readRecord(ctx, config.publish['check-name'], target.baseSha)
      : {};
  if (recorded.warning) warnings.push(recorded.warning);
  const conversation = await readConversation(ctx, target);
  return {
    target,
    root: fetched.root,
    reports,
    fetchErrors: fetched.errors,
    ...(recorded.record ? { record: recorded.record } : {}),
    ...(conversation ? { conversation } : {}),
    warnings
  };
}

/** The pull request's conversation comment, when the gates are the ones to write it. */
async function readConversation(
  ctx: RunContext<GatesSection>,
  target: Target
): Promise<{ id: number; body: string } | undefined> {
  const mode = ctx.config.gates.publish.comment ? ctx.config.gates['comment-mode'] : 'off';
  if (target.pullRequest === undefined || ctx.config.conversationByEscalations || mode === 'off') return undefined;
  return findComment(ctx.github, ctx.event.repo, target.pullRequest, COMMENT_MARKER);
}

/** workflow_run: the triggering run's artifacts, extracted into a fresh folder within the size limits. */
async function fetchArtifacts(
  ctx: RunContext<GatesSection>,
  runId: number
): Promise<{ root: string; errors: string[] }> {
  const config = ctx.config.gates;
  const root = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'epic-steward-artifacts-'));
  const max = config['max-report-size'] * 1048576;
  const total = config['max-artifacts-size'] * 1048576;
  const limits = {
    maxZipBytes: max,
    maxTotalBytes: Math.min(4 * max, total),
    maxRatio: 1000,
    maxEntries: 10_000,
    budget: { left: total, total }
  };
  const got = await downloadRunArtifacts(ctx.github, ctx.event.repo, runId, config.artifacts, root, limits);
  ctx.log.info(
    `quality gates: ${got.artifacts.length} artifact(s) of run ${runId} extracted (${got.files.length} file(s))`
  );
  return { root, errors: got.errors };
}

/** Reads every report the gates need, once each; failures become lines of `errors`. */
async function readAll(config: GatesConfig, root: string, inArtifacts: boolean): Promise<ReadReports> {
  const patterns = new Set(
    [config.reports, ...config.items.map((g) => g.reports ?? config.reports)].map((p) => JSON.stringify(p))
  );
  const matched = new Map<string, string[]>();
  // Each artifact is extracted into a folder named after it; the same globs as on push then
  // match inside any artifact (`reports/**/*.xml` finds `test-results/reports/junit.xml`).
  const within = (globs: string[]) => (inArtifacts ? [...globs, ...globs.map((g) => `*/${g}`)] : globs);
  for (const p of patterns) matched.set(p, await expandGlobs(within(JSON.parse(p) as string[]), root));
  const byPath = new Map<string, ParsedReport>();
  const errors: string[] = [];
  const warnings: string[] = [];
  const strip = (text: string) => text.split(`${root}/`).join('');
  for (const path of new Set([...matched.values()].flat())) {
    try {
      const report = await readReport(isAbsolute(path) ? path : join(root, path), config['max-report-size'] * 1048576);
      report.path = path;
      byPath.set(path, report);
      for (const w of report.warnings) warnings.push(strip(w));
    } catch (error) {
      errors.push(strip(error instanceof Error ? error.message : String(error)));
    }
  }
  return { byPath, matched, errors, warnings };
}

/** The record of the base commit, from the check run this action left there. */
async function readRecord(
  ctx: RunContext<GatesSection>,
  name: string,
  sha: string
): Promise<{ record?: ResultsRecord; warning?: string }> {
  try {
    const runs = await ctx.github.request<{ check_runs: { output: { text: string | null } }[] }>(
      'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
      { ...ctx.event.repo, ref: sha, check_name: name, per_page: 10 }
    );
    for (const run of runs.data.check_runs) {
      const record = decodeRecord(run.output?.text);
      if (record) return { record };
    }
    return {};
  } catch (error) {
    return {
      warning: `could not read the results recorded for ${sha.slice(0, 7)} (${httpStatus(error) ?? (error instanceof Error ? error.message : String(error))}); gates are shown without the comparison`
    };
  }
}
