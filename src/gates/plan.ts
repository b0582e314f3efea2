import { LIMITS } from '../core/limits';
import type { Operation } from '../core/plan';
import type { GateOutcome, GatesShared } from '../core/shared';
import { compareTests, encodeRecord, outcomesById, type Comparison } from './baseline';
import type { GatesSection } from './config';
import { evaluateGate, overallVerdict, pct, selector, stepFailure } from './evaluate';
import { allCases, caseId, type ParsedReport } from './model';
import { figuresDigest, planConversation, splitConversation, type CommentMode } from '../core/conversation';
import { COMMENT_MARKER } from '../core/conversation';
import { annotations, fitGates, renderGateParts, type GatesView } from './render';
import type { GatesSnapshot } from './snapshot';
import type { Target } from './target';

/** What the gates decided: the writes, what later features read, and the feature's result. */
export interface GatesPlan {
  ops: Operation[];
  shared: GatesShared;
  /** Lines for the log (gates without a report under `if-no-reports: warn`). */
  warnings: string[];
  summary?: string;
  outputs: Record<string, string>;
  failure?: string;
}

/** The reports a glob list matched, parsed. */
function reportsFor(snapshot: GatesSnapshot, globs: string[]): ParsedReport[] {
  const { matched, byPath } = snapshot.reports;
  return (matched.get(JSON.stringify(globs)) ?? [])
    .map((p) => byPath.get(p))
    .filter((r): r is ParsedReport => r !== undefined);
}

function where(target: Target): string {
  return target.artifactsOfRun !== undefined ? ' in the downloaded artifacts' : ' in the workspace';
}

/** The comparison with the base commit's record, and the sentence saying what was compared. */
function baselineOf(config: GatesSection['gates'], snapshot: GatesSnapshot): { comparison?: Comparison; note: string } {
  const { target, record } = snapshot;
  if (!config.baseline.compare) return { note: 'Comparison with a recorded baseline is off.' };
  if (!target.baseSha) return { note: 'No base commit to compare with for this event.' };
  const base = target.baseSha.slice(0, 7);
  if (!record)
    return {
      note: `No results are recorded for the base commit ${base}: there is nothing to compare with (a run on the default branch records them).`
    };
  const cases = allCases([...snapshot.reports.byPath.values()]);
  const c = compareTests(outcomesById(cases), record);
  const counts = `${c.newFailures.length} new failure(s), ${c.fixed.length} fixed, ${c.stillFailing.length} still failing${c.vanished ? `, ${c.vanished.length} no longer reported` : ''}.`;
  return { comparison: c, note: `Compared with the results recorded for the base commit ${base}. ${counts}` };
}

/** Every gate's outcome, with its share of the comparison. */
function outcomesOf(section: GatesSection, snapshot: GatesSnapshot, comparison: Comparison | undefined): GateOutcome[] {
  const config = section.gates;
  const all = reportsFor(snapshot, config.reports);
  // Why a gate has no report: its globs matched nothing, or what matched could not be read.
  const noReportWhy = (globs: string[]) =>
    (snapshot.reports.matched.get(JSON.stringify(globs)) ?? []).length
      ? 'the files that matched could not be read'
      : `no file matched ${globs.map((g) => `\`${g}\``).join(', ')}${where(snapshot.target)}`;
  return config.items.map((gate) => {
    const reports = gate.reports ? reportsFor(snapshot, gate.reports) : all;
    const select = selector(gate);
    const inGate = (t: { suite: string; classname: string; name: string; file?: string }) =>
      select.cases({ ...t, outcome: 'passed', flaky: false });
    const gateComparison = comparison && {
      newFailures: comparison.newFailures.filter(inGate).length,
      fixed: comparison.fixed.filter(inGate).length,
      stillFailing: comparison.stillFailing.filter(inGate).length,
      vanished: comparison.vanished ? comparison.vanished.filter(inGate).length : null
    };
    const recorded = snapshot.record?.gates[gate.name];
    const outcome = evaluateGate({
      gate,
      reports,
      flaky: config.flaky,
      ifNoReports: section.ifNoReports,
      noReportWhy: noReportWhy(gate.reports ?? config.reports),
      ...(recorded ? { recorded } : {}),
      ...(gateComparison ? { newFailures: gateComparison.newFailures } : {})
    });
    return gateComparison ? { ...outcome, comparison: gateComparison } : outcome;
  });
}

/**
 * The gates' part of the pull request's one conversation: handed to the escalations feature when
 * threshold escalations write it (`shared.conversation`), else planned here on the comment read.
 */
function conversationOf(
  section: GatesSection,
  snapshot: GatesSnapshot,
  outcomes: GateOutcome[],
  fit: (maxBytes: number) => string,
  shared: GatesShared
): Operation[] {
  const config = section.gates;
  const pr = snapshot.target.pullRequest;
  if (pr === undefined) return [];
  const verdict = overallVerdict(outcomes);
  const mode: CommentMode = config.publish.comment ? config['comment-mode'] : 'off';
  const part = {
    pr,
    mode,
    text: fit(LIMITS.commentBody - COMMENT_MARKER.length - 300),
    digest: figuresDigest(outcomes),
    failing: verdict === 'fail'
  };
  if (section.conversationByEscalations) {
    shared.conversation = part;
    return [];
  }
  if (mode === 'off') return [];
  const existing = snapshot.conversation;
  const op = planConversation({
    pr,
    mode,
    gate: part,
    sections: existing ? splitConversation(existing.body).sections : [],
    existing,
    why: `quality gates: ${verdict}`
  });
  return op ? [op] : [];
}

/** The check run on the head commit, carrying the results recorded for later comparisons. */
function checkRunOps(
  config: GatesSection['gates'],
  snapshot: GatesSnapshot,
  view: GatesView,
  fit: (maxBytes: number) => string
): Operation[] {
  const { target } = snapshot;
  const { outcomes } = view;
  const verdict = overallVerdict(outcomes);
  const why = `quality gates: ${verdict}`;
  const ops: Operation[] = [];
  if (config.publish['check-run'] && target.headSha) {
    const record = config.baseline.record
      ? encodeRecord(target.headSha, outcomes, view.reports, LIMITS.checkRunText - 400)
      : undefined;
    const passing = outcomes.filter((g) => g.verdict === 'pass').length;
    ops.push({
      kind: 'check-run',
      name: config.publish['check-name'],
      headSha: target.headSha,
      conclusion: verdict === 'fail' ? 'failure' : verdict === 'pass' ? 'success' : 'neutral',
      title:
        `${passing}/${outcomes.length} gate(s) pass${outcomes.length ? `: ${outcomes.map((g) => `${g.title} ${pct(g.passRate)}`).join(', ')}` : ''}`.slice(
          0,
          250
        ),
      summary: fit(LIMITS.checkRunText - 200),
      ...(record
        ? { text: `Results recorded for this commit (read back when a pull request is compared with it).\n\n${record}` }
        : {}),
      annotations: annotations(view.reports, config.publish.annotations, snapshot.root, view.comparison?.newFailures),
      why
    });
  }
  return ops;
}

/** The `gates` and `new-failures` outputs. */
function outputsOf(outcomes: GateOutcome[], comparison: Comparison | undefined): Record<string, string> {
  const gates = outcomes.map((g) => ({
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
  }));
  return {
    verdict: overallVerdict(outcomes),
    gates: JSON.stringify(gates),
    ...(comparison
      ? { 'new-failures': JSON.stringify(comparison.newFailures.slice(0, 100).map((t) => caseId(t))) }
      : {})
  };
}

/** The view every rendering shows (summary, comment, check run). */
function viewOf(
  config: GatesSection['gates'],
  snapshot: GatesSnapshot,
  outcomes: GateOutcome[],
  baseline: { comparison?: Comparison; note: string }
): GatesView {
  const { target, reports } = snapshot;
  const errors = [...snapshot.fetchErrors, ...reports.errors];
  if (!reports.byPath.size)
    errors.push(`no report matched ${config.reports.map((r) => `\`${r}\``).join(', ')}${where(target)}`);
  return {
    outcomes,
    reports: [...reports.byPath.values()],
    errors,
    warnings: reports.warnings,
    ...(baseline.comparison ? { comparison: baseline.comparison } : {}),
    baseline: { ...(target.baseSha ? { sha: target.baseSha } : {}), note: baseline.note },
    ...(target.headSha ? { headSha: target.headSha } : {})
  };
}

/**
 * The plan phase of the gates, pure: (config, snapshot) -> outcomes, the writes, the outputs.
 * The view is rendered once; each place it goes (comment, check run, job summary) fits it to
 * its own size limit.
 */
export function planGates(section: GatesSection, snapshot: GatesSnapshot): GatesPlan {
  const config = section.gates;
  const baseline = baselineOf(config, snapshot);
  const outcomes = outcomesOf(section, snapshot, baseline.comparison);
  const view = viewOf(config, snapshot, outcomes, baseline);
  const parts = renderGateParts(view);
  const fit = (maxBytes: number) => fitGates(parts, maxBytes);
  const { target } = snapshot;
  const unreported = outcomes.filter((g) => g.noReport);
  const warnings =
    unreported.length && section.ifNoReports === 'warn'
      ? [
          `quality gates without a report (if-no-reports: warn): ${unreported.map((g) => `${g.title}: ${g.reasons.join('; ')}`).join(' · ')}`
        ]
      : [];
  const shared: GatesShared = {
    outcomes,
    onDefaultBranch: target.onDefaultBranch,
    ...(target.pullRequest !== undefined ? { pullRequest: target.pullRequest } : {}),
    ...(target.headSha ? { headSha: target.headSha } : {}),
    ...(snapshot.record && target.baseSha ? { baseSha: target.baseSha } : {}),
    baselineNote: baseline.note
  };
  const failure = stepFailure(outcomes, config['fail-on'], baseline.comparison?.newFailures.length ?? 0);
  const ops = [
    ...conversationOf(section, snapshot, outcomes, fit, shared),
    ...checkRunOps(config, snapshot, view, fit)
  ];
  return {
    ops,
    shared,
    warnings,
    ...(config.publish.summary ? { summary: fit(LIMITS.jobSummaryBytes / 2) } : {}),
    outputs: outputsOf(outcomes, baseline.comparison),
    ...(failure ? { failure } : {})
  };
}
