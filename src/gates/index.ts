import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { Feature, FeatureResult, RunContext } from '../core/feature';
import { LIMITS } from '../core/limits';
import type { Operation } from '../core/plan';
import type { GatesShared } from '../core/shared';
import { httpStatus } from '../core/port';
import { downloadRunArtifacts } from './artifacts';
import { compareTests, decodeRecord, encodeRecord, outcomesById, type Comparison, type ResultsRecord } from './baseline';
import type { GatesConfig } from './config';
import { evaluateGate, overallVerdict, pct, selector, stepFailure } from './evaluate';
import { expandGlobs } from './files';
import { caseId, type ParsedReport } from './model';
import { readReport } from './read';
import { annotations, COMMENT_MARKER, renderGates, type GatesView } from './render';
import { figuresDigest, planConversation, splitConversation, type CommentMode } from './conversation';
import { findComment } from '../apply/executor';
import { resolveTarget, type Target } from './target';
import { wants } from './wants';


/** Reads every report the gates need, once each; failures become lines of `errors`. */
async function readAll(config: GatesConfig, root: string, log: RunContext['log'], inArtifacts: boolean): Promise<{ byPath: Map<string, ParsedReport>; matched: Map<string, string[]>; errors: string[]; warnings: string[] }> {
  const patterns = new Set([config.reports, ...config.items.map((g) => g.reports ?? config.reports)].map((p) => JSON.stringify(p)));
  const matched = new Map<string, string[]>();
  // Each artifact is extracted into a folder named after it; the same globs as on push then
  // match inside any artifact (`reports/**/*.xml` finds `test-results/reports/junit.xml`).
  const within = (globs: string[]) => (inArtifacts ? [...globs, ...globs.map((g) => `*/${g}`)] : globs);
  for (const p of patterns) matched.set(p, await expandGlobs(within(JSON.parse(p)), root));
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
      errors.push(strip((error as Error).message));
    }
  }
  for (const w of warnings) log.warning(w);
  for (const e of errors) log.warning(e);
  return { byPath, matched, errors, warnings };
}

/** The record of the base commit, from the check run this action left there. */
async function readRecord(ctx: RunContext, name: string, sha: string): Promise<ResultsRecord | undefined> {
  try {
    const runs = await ctx.github.request<{ check_runs: { output: { text: string | null } }[] }>('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
      ...ctx.event.repo,
      ref: sha,
      check_name: name,
      per_page: 10
    });
    for (const run of runs.data.check_runs) {
      const record = decodeRecord(run.output?.text);
      if (record) return record;
    }
  } catch (error) {
    ctx.log.warning(`could not read the results recorded for ${sha.slice(0, 7)} (${httpStatus(error) ?? (error as Error).message}); gates are shown without the comparison`);
  }
  return undefined;
}

async function run(ctx: RunContext): Promise<FeatureResult> {
  const config = ctx.config.gates;
  const target: Target = await resolveTarget(ctx);
  if (target.skip) {
    ctx.log.info(`quality gates: ${target.skip}`);
    return {};
  }
  let root = ctx.event.workspace ?? process.cwd();
  const fetchErrors: string[] = [];
  if (target.artifactsOfRun !== undefined) {
    root = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'epic-steward-artifacts-'));
    const max = config['max-report-size'] * 1048576;
    const total = config['max-artifacts-size'] * 1048576;
    const limits = { maxZipBytes: max, maxTotalBytes: Math.min(4 * max, total), maxRatio: 1000, maxEntries: 10_000, budget: { left: total, total } };
    const got = await downloadRunArtifacts(ctx.github, ctx.event.repo, target.artifactsOfRun, config.artifacts, root, limits);
    fetchErrors.push(...got.errors);
    ctx.log.info(`quality gates: ${got.artifacts.length} artifact(s) of run ${target.artifactsOfRun} extracted (${got.files.length} file(s))`);
  }
  const read = await readAll(config, root, ctx.log, target.artifactsOfRun !== undefined);
  const errors = [...fetchErrors, ...read.errors];
  const reportsFor = (globs: string[]) => (read.matched.get(JSON.stringify(globs)) ?? []).map((p) => read.byPath.get(p)).filter((r): r is ParsedReport => r !== undefined);
  const all = reportsFor(config.reports);
  const everyReport = [...read.byPath.values()];
  if (!read.byPath.size) errors.push(`no report matched ${config.reports.map((r) => `\`${r}\``).join(', ')}${target.artifactsOfRun !== undefined ? ' in the downloaded artifacts' : ' in the workspace'}`);

  // The base commit's record, and the comparison with it.
  let record: ResultsRecord | undefined;
  let note: string;
  if (!config.baseline.compare) note = 'Comparison with a recorded baseline is off.';
  else if (!target.baseSha) note = 'No base commit to compare with for this event.';
  else {
    record = await readRecord(ctx, config.publish['check-name'], target.baseSha);
    note = record
      ? `Compared with the results recorded for the base commit ${target.baseSha.slice(0, 7)}.`
      : `No results are recorded for the base commit ${target.baseSha.slice(0, 7)}: there is nothing to compare with (a run on the default branch records them).`;
  }
  const now = outcomesById(everyReport.flatMap((r) => r.cases));
  const comparison: Comparison | undefined = record ? compareTests(now, record) : undefined;
  if (comparison) note += ` ${comparison.newFailures.length} new failure(s), ${comparison.fixed.length} fixed, ${comparison.stillFailing.length} still failing${comparison.vanished ? `, ${comparison.vanished.length} no longer reported` : ''}.`;

  // Why a gate has no report: its globs matched nothing, or what matched could not be read.
  const noReportWhy = (globs: string[]) =>
    (read.matched.get(JSON.stringify(globs)) ?? []).length
      ? 'the files that matched could not be read'
      : `no file matched ${globs.map((g) => `\`${g}\``).join(', ')}${target.artifactsOfRun !== undefined ? ' in the downloaded artifacts' : ' in the workspace'}`;
  const outcomes = config.items.map((gate) => {
    const reports = gate.reports ? reportsFor(gate.reports) : all;
    const select = selector(gate);
    const inGate = (t: { suite: string; classname: string; name: string; file?: string }) => select.cases({ ...t, outcome: 'passed', flaky: false });
    const gateComparison = comparison && {
      newFailures: comparison.newFailures.filter(inGate).length,
      fixed: comparison.fixed.filter(inGate).length,
      stillFailing: comparison.stillFailing.filter(inGate).length,
      vanished: comparison.vanished ? comparison.vanished.filter(inGate).length : null
    };
    const outcome = evaluateGate({ gate, reports, flaky: config.flaky, ifNoReports: ctx.ifNoReports, noReportWhy: noReportWhy(gate.reports ?? config.reports), ...(record?.gates[gate.name] ? { recorded: record.gates[gate.name] } : {}), ...(gateComparison ? { newFailures: gateComparison.newFailures } : {}) });
    return gateComparison ? { ...outcome, comparison: gateComparison } : outcome;
  });
  const verdict = overallVerdict(outcomes);
  const unreported = outcomes.filter((g) => g.noReport);
  if (unreported.length && ctx.ifNoReports === 'warn') ctx.log.warning(`quality gates without a report (if-no-reports: warn): ${unreported.map((g) => `${g.title}: ${g.reasons.join('; ')}`).join(' · ')}`);
  const shared: GatesShared = {
    outcomes,
    onDefaultBranch: target.onDefaultBranch,
    ...(target.pullRequest !== undefined ? { pullRequest: target.pullRequest } : {}),
    ...(target.headSha ? { headSha: target.headSha } : {}),
    ...(record && target.baseSha ? { baseSha: target.baseSha } : {}),
    baselineNote: note
  };
  ctx.shared.gates = shared;

  const view: GatesView = { outcomes, reports: everyReport, errors, warnings: read.warnings, ...(comparison ? { comparison } : {}), baseline: { ...(target.baseSha ? { sha: target.baseSha } : {}), note }, ...(target.headSha ? { headSha: target.headSha } : {}) };
  const ops: Operation[] = [];
  const why = `quality gates: ${verdict}`;
  if (target.pullRequest !== undefined) {
    const mode: CommentMode = config.publish.comment ? config['comment-mode'] : 'off';
    const part = { pr: target.pullRequest, mode, text: renderGates(view, LIMITS.commentBody - COMMENT_MARKER.length - 300), digest: figuresDigest(outcomes), failing: verdict === 'fail' };
    // With threshold escalations on, they write the one conversation, their sections included.
    if (ctx.config.escalations.enabled && ctx.config.escalations.threshold.enabled) shared.conversation = part;
    else if (mode !== 'off') {
      const existing = await findComment(ctx.github, ctx.event.repo, part.pr, COMMENT_MARKER);
      const op = planConversation({ pr: part.pr, mode, gate: part, sections: existing ? splitConversation(existing.body).sections : [], existing, why });
      if (op) ops.push(op);
    }
  }
  if (config.publish['check-run'] && target.headSha) {
    const record = config.baseline.record ? encodeRecord(target.headSha, outcomes, everyReport, LIMITS.checkRunText - 400) : undefined;
    const passing = outcomes.filter((g) => g.verdict === 'pass').length;
    ops.push({
      kind: 'check-run',
      name: config.publish['check-name'],
      headSha: target.headSha,
      conclusion: verdict === 'fail' ? 'failure' : verdict === 'pass' ? 'success' : 'neutral',
      title: `${passing}/${outcomes.length} gate(s) pass${outcomes.length ? `: ${outcomes.map((g) => `${g.title} ${pct(g.passRate)}`).join(', ')}` : ''}`.slice(0, 250),
      summary: renderGates(view, LIMITS.checkRunText - 200),
      ...(record ? { text: `Results recorded for this commit (read back when a pull request is compared with it).\n\n${record}` } : {}),
      annotations: annotations(everyReport, config.publish.annotations, root, comparison?.newFailures),
      why
    });
  }
  if (ops.length) await ctx.apply(ops);

  const newFailures = comparison?.newFailures.length ?? 0;
  const failure = stepFailure(outcomes, config['fail-on'], newFailures);
  return {
    ...(config.publish.summary ? { summary: renderGates(view, LIMITS.jobSummaryBytes / 2) } : {}),
    outputs: {
      verdict,
      gates: JSON.stringify(
        outcomes.map((g) => ({
          name: g.name,
          title: g.title,
          verdict: g.verdict,
          passRate: g.passRate,
          executionRate: g.executionRate,
          baselinePassRate: g.baselinePassRate,
          targetPassRate: g.targetPassRate,
          previousPassRate: g.previousPassRate,
          totals: g.totals,
          ...(g.comparison ? { comparison: g.comparison } : {}),
          reasons: g.reasons
        }))
      ),
      ...(comparison ? { 'new-failures': JSON.stringify(comparison.newFailures.slice(0, 100).map((t) => caseId(t))) } : {})
    },
    ...(failure ? { failure } : {})
  };
}

/** Entry point of the quality gates feature (see docs/gates.md). */
export const gatesFeature: Feature = {
  name: 'quality gates',
  wants,
  run
};
