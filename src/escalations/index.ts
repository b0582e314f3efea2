import type { Feature, FeatureResult, RunContext } from '../core/feature';
import type { OpResult } from '../core/plan';
import type { EscalationsSection } from './config';
import { dailyReports } from './daily';
import { checkIssue, resolveAll, sweep, thresholds, type FlowResult } from './flows';
import type { EscalationRecord } from './model';
import { renderSummary } from './summary';
import { wants, workOf } from './wants';

export { workOf } from './wants';

/** Entry point of the escalations feature (see docs/ARCHITECTURE.md and docs/escalations.md). */
export const escalationsFeature: Feature<EscalationsSection> = {
  name: 'escalations',
  wants,
  run: runEscalations
};

async function runEscalations(ctx: RunContext<EscalationsSection>): Promise<FeatureResult> {
  const config = ctx.config.escalations;
  const work = workOf(ctx.event, config);
  const { repo } = ctx.event;
  const now = ctx.now();
  const flows: FlowResult[] = [];
  const gates = ctx.shared.gates;
  if (work.thresholds && gates && gates.outcomes.length)
    flows.push(await thresholds(ctx.github, repo, gates, config, now));
  if (work.sweep) flows.push(await sweep(ctx.github, repo, config, now));
  if (work.issue !== undefined) flows.push(await checkIssue(ctx.github, repo, work.issue, config, now));
  const done: { issue: number; why: string }[] = [];
  if (work.pull)
    done.push({ issue: work.pull.number, why: `the pull request was ${work.pull.merged ? 'merged' : 'closed'}.` });
  if (work.epics)
    for (const epic of ctx.shared.epics?.complete ?? []) done.push({ issue: epic, why: 'the epic is complete.' });
  // The issue of the event was just checked; anything else is read once here.
  const rest = done.filter((d, i) => d.issue !== work.issue && done.findIndex((o) => o.issue === d.issue) === i);
  if (rest.length) flows.push(await resolveAll(ctx.github, repo, rest, config, now));
  if (flows.length === 0 && !work.report) return {};

  const records: EscalationRecord[] = flows.flatMap((f) => f.records);
  const notes = flows.flatMap((f) => f.notes);
  const sections: string[] = [];
  // The executor isolates failures per issue: one issue's failed write stops no other's.
  const results = await ctx.apply(flows.flatMap((f) => f.ops));

  if (work.report) {
    const daily = {
      epicLabel: ctx.config.epics.label,
      sections: ctx.config.epics.sections,
      notPlanned: ctx.config.epics['not-planned'],
      escalationLabel: config.label,
      timeZone: config.report['time-zone'],
      types: ctx.config.epics.types,
      project: ctx.config.epics.project,
      blockedBy: Boolean(config.stuck['blocked-by'].after)
    };
    const report = await dailyReports(ctx.github, repo, ctx.event.serverUrl, daily, gates, records, now, (m) =>
      ctx.log.warning(m)
    );
    notes.push(...report.notes);
    sections.push(...(report.sections ?? []));
    const posted = await ctx.apply(report.ops);
    results.push(...posted);
    // The epic blocks link the newest report: the run relinks them (its hook; no feature imports another).
    const reported = reportedEpics(posted);
    if (reported.length && ctx.reportsPosted) notes.push(...(await ctx.reportsPosted(reported)));
  }

  const unique = [...new Map(records.map((r) => [`${r.issue}|${r.key}`, r])).values()];
  return {
    summary: [renderSummary(unique, results, notes), ...sections].join('\n\n'),
    outputs: { escalations: JSON.stringify(unique) }
  };
}

/** The epics whose report comment this run posted or edited. */
function reportedEpics(posted: OpResult[]): number[] {
  const epics = new Set<number>();
  for (const r of posted) if (r.status === 'applied' && r.op.kind === 'upsert-comment') epics.add(r.op.issue);
  return [...epics];
}
