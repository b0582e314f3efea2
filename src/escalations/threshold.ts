import { inert } from '../core/escape';
import type { GateOutcome, GatesShared } from '../core/shared';
import type { EscalationsConfig } from './config';
import type { Finding } from './model';

/** `61%`, `61.5%`, `–` for no value: rates are 0..1. */
export function percent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '–';
  const value = Math.round(rate * 1000) / 10;
  return `${Number.isInteger(value) ? value.toFixed(0) : value.toFixed(1)}%`;
}

/** Why a gate outcome escalates under the config, in sentences we write (empty: it does not). */
export function thresholdReasons(gate: GateOutcome, config: EscalationsConfig['threshold']): string[] {
  const reasons: string[] = [];
  const tolerance = config.tolerance / 100;
  // Rates are compared at 0.1 percentage point, as they are displayed, so float noise never escalates.
  const below = (a: number, b: number) => Math.round(a * 1000) < Math.round((b - tolerance) * 1000);
  if (gate.verdict === 'fail' && (config.failing === 'all' || (config.failing === 'critical' && gate.critical))) {
    reasons.push(gate.critical ? `the critical gate fails after this change` : `the gate fails`);
  }
  if (gate.passRate !== null) {
    if (config['below-previous'] && gate.previousPassRate !== null && below(gate.passRate, gate.previousPassRate)) {
      reasons.push(
        `the pass rate fell from ${percent(gate.previousPassRate)} (last recorded) to ${percent(gate.passRate)}`
      );
    }
    if (config['below-baseline'] && gate.baselinePassRate !== null && below(gate.passRate, gate.baselinePassRate)) {
      reasons.push(`the pass rate ${percent(gate.passRate)} is below the baseline ${percent(gate.baselinePassRate)}`);
    }
  }
  return reasons;
}

export interface ThresholdTarget {
  issue: number;
  key: string;
  gate: GateOutcome;
}

/**
 * Where each gate's escalation lives: the pull request the reports belong to and, when
 * `threshold.epic` is on and the run measured the default branch, the gate's epic.
 * A gate without data owns no target: nothing can be concluded, so nothing is resolved.
 */
export function thresholdTargets(gates: GatesShared, config: EscalationsConfig['threshold']): ThresholdTarget[] {
  const targets: ThresholdTarget[] = [];
  for (const gate of gates.outcomes) {
    if (gate.verdict === 'no-data') continue;
    if (gates.pullRequest !== undefined)
      targets.push({ issue: gates.pullRequest, key: `threshold:${gate.name}:#${gates.pullRequest}`, gate });
    if (config.epic && gates.onDefaultBranch && gate.epic !== undefined)
      targets.push({ issue: gate.epic, key: `threshold:${gate.name}:#${gate.epic}`, gate });
  }
  return targets;
}

/** The finding for a target whose gate escalates, or undefined when the gate is fine there. */
export function thresholdFinding(target: ThresholdTarget, config: EscalationsConfig): Finding | undefined {
  const { gate } = target;
  const reasons = thresholdReasons(gate, config.threshold);
  if (reasons.length === 0) return undefined;
  const title = inert(gate.title || gate.name, { max: 120 });
  const t = gate.totals;
  const facts: [string, string][] = [
    ['Gate', `${title}${gate.critical ? ' (critical)' : ''}`],
    ['Pass rate now', percent(gate.passRate)],
    ['Last recorded', percent(gate.previousPassRate)],
    ['Baseline', percent(gate.baselinePassRate)],
    ['Target', percent(gate.targetPassRate)]
  ];
  if (gate.executionRate !== null || gate.targetExecutionRate !== null) {
    facts.push([
      'Execution rate',
      `${percent(gate.executionRate)} (baseline ${percent(gate.baselineExecutionRate)}, target ${percent(gate.targetExecutionRate)})`
    ]);
  }
  facts.push([
    'Tests',
    `${t.passed} passed, ${t.failed} failed, ${t.errored} errored, ${t.skipped} skipped${t.flaky ? `, ${t.flaky} flaky` : ''}`
  ]);
  if (gate.reasons.length)
    facts.push([
      'Gate verdict',
      gate.reasons
        .slice(0, 5)
        .map((r) => inert(r, { max: 200 }))
        .join('; ')
    ]);
  return {
    key: target.key,
    trigger: 'threshold',
    issue: target.issue,
    headline: `quality gate ${title} ${gate.verdict === 'fail' ? 'fails' : 'regressed'}`,
    why: `${capitalise(reasons.join('; '))}.`,
    facts,
    mention: [...config.mention, ...config.threshold.mention]
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
