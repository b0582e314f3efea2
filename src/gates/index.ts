import type { Feature, FeatureResult, RunContext } from '../core/feature';
import type { GatesSection } from './config';
import { planGates } from './plan';
import { readGates } from './snapshot';
import { wants } from './wants';

/**
 * The quality gates, read -> plan -> apply: `readGates` returns a typed snapshot (target,
 * reports, the base commit's record; nothing written), `planGates` is a pure function of
 * (config, snapshot) giving outcomes, writes and outputs, and the executor writes.
 */
async function run(ctx: RunContext<GatesSection>): Promise<FeatureResult> {
  const snapshot = await readGates(ctx);
  if ('skip' in snapshot) {
    ctx.log.info(`quality gates: ${snapshot.skip}`);
    return {};
  }
  for (const warning of snapshot.warnings) ctx.log.warning(warning);
  const plan = planGates(ctx.config, snapshot);
  for (const warning of plan.warnings) ctx.log.warning(warning);
  // Later features (epics' metric lines, threshold escalations) read the outcomes.
  ctx.shared.gates = plan.shared;
  if (plan.ops.length) await ctx.apply(plan.ops);
  return {
    ...(plan.summary !== undefined ? { summary: plan.summary } : {}),
    outputs: plan.outputs,
    ...(plan.failure ? { failure: plan.failure } : {})
  };
}

/** Entry point of the quality gates feature (see docs/gates.md). */
export const gatesFeature: Feature<GatesSection> = {
  name: 'quality gates',
  wants,
  run
};
