import { isAbsolute, join } from 'node:path';
import type { Feature, FeatureResult, RunContext } from '../core/feature';
import type { Operation } from '../core/plan';
import type { GatesShared } from '../core/shared';
import { evaluateGate } from './evaluate';
import { expandGlobs } from './files';
import type { ParsedReport } from './model';
import { readReport } from './read';
import { annotations, COMMENT_MARKER, LIMIT_CHECK, LIMIT_COMMENT, overallVerdict, renderGates } from './render';

const EVENTS = new Set(['push', 'pull_request', 'schedule', 'workflow_dispatch']);

function defaultBranchRun(ctx: RunContext): boolean {
  const { name, payload, ref } = ctx.event;
  if (name === 'schedule' || name === 'workflow_dispatch') return true;
  const branch = payload.repository?.default_branch;
  return name === 'push' && typeof branch === 'string' && (payload.ref ?? ref) === `refs/heads/${branch}`;
}

async function run(ctx: RunContext): Promise<FeatureResult> {
  const config = ctx.config.gates;
  const root = ctx.event.workspace ?? process.cwd();
  const paths = await expandGlobs(config.reports, root);
  const reports: ParsedReport[] = [];
  const errors: string[] = [];
  for (const path of paths) {
    try {
      const report = await readReport(isAbsolute(path) ? path : join(root, path), config['max-report-size'] * 1048576);
      reports.push(report);
      for (const warning of report.warnings) ctx.log.warning(warning.replace(`${root}/`, ''));
    } catch (error) {
      errors.push((error as Error).message.replace(`${root}/`, ''));
    }
  }
  if (paths.length === 0) errors.push(`no report matched ${config.reports.join(', ')} in the workspace`);
  const outcomes = config.items.map((gate) => evaluateGate(gate, reports));
  const verdict = overallVerdict(outcomes);
  const pr = ctx.event.payload.pull_request;
  const headSha: string | undefined = pr?.head?.sha ?? ctx.event.sha;
  const shared: GatesShared = { outcomes, onDefaultBranch: defaultBranchRun(ctx), pullRequest: pr?.number, headSha };
  ctx.shared.gates = shared;

  const ops: Operation[] = [];
  if (pr && config.comment) {
    ops.push({ kind: 'upsert-comment', issue: pr.number, marker: COMMENT_MARKER, body: `${COMMENT_MARKER}\n${renderGates(outcomes, reports, errors, LIMIT_COMMENT)}`, why: `quality gates: ${verdict}` });
  }
  if (config['check-run'] && headSha) {
    const summary = renderGates(outcomes, reports, errors, LIMIT_CHECK);
    ops.push({
      kind: 'check-run',
      name: config['check-name'],
      headSha,
      conclusion: verdict === 'fail' ? 'failure' : verdict === 'pass' ? 'success' : 'neutral',
      title: `${outcomes.filter((g) => g.verdict === 'pass').length}/${outcomes.length} gate(s) pass`,
      summary,
      annotations: annotations(reports),
      why: `quality gates: ${verdict}`
    });
  }
  await ctx.apply(ops);

  const failing = outcomes.filter((g) => g.verdict === 'fail');
  return {
    summary: renderGates(outcomes, reports, errors, 200_000),
    outputs: {
      verdict,
      gates: JSON.stringify(outcomes.map((g) => ({ name: g.name, title: g.title, verdict: g.verdict, passRate: g.passRate, executionRate: g.executionRate, totals: g.totals, reasons: g.reasons })))
    },
    ...(config['fail-on'] === 'gate-failure' && failing.length ? { failure: `quality gate(s) failed: ${failing.map((g) => `${g.title}: ${g.reasons.join('; ')}`).join(' · ')}` } : {})
  };
}

/** Entry point of the quality gates feature (see docs/gates.md). */
export const gatesFeature: Feature = {
  name: 'quality gates',
  wants: (ctx) => ctx.config.gates.items.length > 0 && EVENTS.has(ctx.event.name),
  run
};
