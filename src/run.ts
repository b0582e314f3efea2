import { runUrl, withSource } from './core/source';
import { Executor } from './apply/executor';
import { loadConfig } from './config/load';
import type { EventContext } from './core/event';
import type { FeatureResult, RunContext, SharedState } from './core/feature';
import type { Logger } from './core/log';
import { fitBytes, LIMITS } from './core/limits';
import { describeOp, type OpResult, type Plan } from './core/plan';
import { features as allFeatures, EMPTY_OUTPUTS, type RunSettings } from './features';
import type { EpicTrigger } from './epics/config';
import type { IfNoReports } from './gates/config';
import { lazyGitHub } from './github/lazy';
import type { GitHub } from './core/port';

export interface RunInputs {
  token: string;
  configPath: string;
  /** The path was named explicitly (the `config` input): a missing file is an error, not the defaults. */
  configRequired?: boolean;
  dryRun: boolean;
  maxWrites: number;
  /** The longest wait for a rate limit, in seconds (default 60). */
  rateLimitWait?: number;
  /** What a gate whose globs found no report becomes (default `fail`). */
  ifNoReports?: IfNoReports;
}

export interface RunOutcome {
  outputs: Record<string, string>;
  summary: string;
  /** Set when the step should fail, with the reason. */
  failure?: string;
  warnings: string[];
  results: OpResult[];
}

/**
 * The real API client, built on the first request: the client module (and Octokit) loads only
 * when a feature actually calls GitHub, and tests pass their own client instead.
 */
function defaultGitHub(inputs: RunInputs, event: EventContext, log: Logger): GitHub {
  return lazyGitHub(async () =>
    (await import('./github/client')).createGitHub({
      token: inputs.token,
      apiUrl: event.apiUrl,
      graphqlUrl: event.graphqlUrl,
      log,
      rateLimitWait: inputs.rateLimitWait
    })
  );
}

/** Every declared output: the empty defaults, the features' own, then the run's writes and plan. */
function runOutputs(
  executor: Executor,
  inputs: RunInputs,
  ran: FeaturesRun,
  skippedWrites: number
): Record<string, string> {
  const outputs: Record<string, string> = {
    ...EMPTY_OUTPUTS,
    ...ran.outputs,
    'dry-run': String(inputs.dryRun),
    writes: String(executor.writes),
    'writes-skipped': String(skippedWrites)
  };
  outputs.plan = JSON.stringify(
    executor.results.map((r) => ({ operation: describeOp(r.op), status: r.status, why: r.op.why }))
  );
  return outputs;
}

/**
 * One run of the action, free of @actions/core so the CLI and tests can call it:
 * load the config, let every interested feature read → plan → apply, and gather outputs and
 * the job summary (what was read, planned and written).
 */
export async function runAction(
  inputs: RunInputs,
  event: EventContext,
  now: () => Date,
  log: Logger,
  github: GitHub = defaultGitHub(inputs, event, log)
): Promise<RunOutcome> {
  const { config, source, found } = await loadConfig(inputs.configPath, event, github, log, inputs.configRequired);
  const executor = new Executor({
    github,
    repo: event.repo,
    log,
    dryRun: inputs.dryRun,
    maxWrites: inputs.maxWrites,
    definitions: config.labels.definitions,
    runUrl: runUrl(event.serverUrl, event.repo, event.runId)
  });
  const shared: SharedState = {};
  const ctx: RunContext<RunSettings> = {
    event,
    config: { config, ifNoReports: inputs.ifNoReports ?? 'fail' },
    configPath: inputs.configPath,
    github,
    now,
    log,
    dryRun: inputs.dryRun,
    apply: (plan) => executor.apply(plan),
    shared
  };
  ctx.reportsPosted = (epics) => relinkReported(ctx, epics);

  const ran = await runFeatures(ctx);
  const { failures, warnings, skippedWrites } = reportWrites(executor, inputs, ran, github);
  const outputs = runOutputs(executor, inputs, ran, skippedWrites);
  const results = executor.results;

  const links = withSource('', {
    run: runUrl(event.serverUrl, event.repo, event.runId),
    check: executor.checkUrl
  }).trim();
  const summary = renderSummary({
    event,
    source,
    found,
    ran: ran.ran,
    github,
    results,
    sections: links ? [links, ...ran.sections] : ran.sections,
    warnings,
    inputs
  });
  return { outputs, summary, failure: failures.length ? failures.join('\n') : undefined, warnings, results };
}

/**
 * The hook after the daily report (`RunContext.reportsPosted`): the epics whose report was just
 * posted are reconciled once more so their blocks link it, where the epics feature itself
 * would reconcile on this event. The run wires the two features together; neither imports the other.
 */
async function relinkReported(ctx: RunContext<RunSettings>, epics: number[]): Promise<string[]> {
  const config = ctx.config.config.epics;
  if (!config.enabled || !config.triggers.includes(ctx.event.name as EpicTrigger)) return [];
  const { relinkEpics } = await import('./epics');
  const { github, log, now, event } = ctx;
  const deps = {
    github,
    apply: (plan: Plan) => ctx.apply(plan),
    log,
    config,
    serverUrl: event.serverUrl,
    gates: [],
    now
  };
  return relinkEpics(deps, event.repo, epics);
}

/** What the features did: their summary sections, outputs and failures, and which ran. */
interface FeaturesRun {
  sections: string[];
  outputs: Record<string, string>;
  failures: string[];
  ran: string[];
  /** Features a rate limit stopped before they ran. */
  skipped: string[];
  /** The feature a rate limit stopped part way. */
  stoppedIn?: string;
}

/** Runs every interested feature in order; a rate limit too long to wait for leaves the rest undone. */
async function runFeatures(ctx: RunContext<RunSettings>): Promise<FeaturesRun> {
  const { github, log, event } = ctx;
  const done: FeaturesRun = { sections: [], outputs: {}, failures: [], ran: [], skipped: [] };
  for (const feature of allFeatures) {
    if (!feature.wants(ctx)) continue;
    if (github.rateLimitStop?.()) {
      done.skipped.push(feature.name);
      continue;
    }
    done.ran.push(feature.name);
    log.info(`${feature.name}: running for ${event.name}${event.action ? `.${event.action}` : ''}`);
    const result: FeatureResult = await feature.run(ctx);
    if (result.summary) done.sections.push(`### ${capitalise(feature.name)}\n\n${result.summary}`);
    Object.assign(done.outputs, result.outputs ?? {});
    if (result.failure) done.failures.push(result.failure);
    if (github.rateLimitStop?.() && !done.stoppedIn) done.stoppedIn = feature.name;
  }
  return done;
}

/**
 * What the writes mean for the step: failed writes fail it (each named with its issue and
 * reason), a missing permission and the write budget only warn (fork pull requests get a
 * read-only token whatever the workflow asks: degrade, do not fail).
 */
function reportWrites(
  executor: Executor,
  inputs: RunInputs,
  ran: FeaturesRun,
  github: GitHub
): { failures: string[]; warnings: string[]; skippedWrites: number } {
  const results = executor.results;
  const failures = [...ran.failures];
  const warnings: string[] = [];
  const stop = github.rateLimitStop?.();
  if (stop) failures.unshift(rateLimitFailure(stop, ran.stoppedIn, ran.skipped, results));
  const overBudget = results.filter((r) => r.status === 'over-budget');
  const refused = new Set(executor.refused.values());
  for (const problem of refused)
    warnings.push(`${problem}. The writes that need it were not made; the summary lists them.`);
  const broken = results.filter((r) => r.status === 'failed' && !refused.has(r.detail ?? ''));
  if (broken.length)
    failures.push(
      `${broken.length} write(s) failed: ${broken.map((r) => `${describeOp(r.op)} (${r.detail ?? 'no detail'})`).join('; ')}`
    );
  if (overBudget.length) {
    warnings.push(
      `max-writes (${inputs.maxWrites}) reached: ${overBudget.length} operation(s) not written: ${overBudget.map((r) => describeOp(r.op)).join('; ')}`
    );
  }
  return { failures, warnings, skippedWrites: overBudget.length };
}

/** The run's error when a rate limit stopped it: the reset time, and what was left undone. */
function rateLimitFailure(stop: Error, stoppedIn: string | undefined, skipped: string[], results: OpResult[]): string {
  const undone = results.filter((r) => r.status === 'failed').map((r) => describeOp(r.op));
  const parts = [
    ...(stoppedIn ? [`${stoppedIn} stopped part way`] : []),
    ...(skipped.length ? [`${skipped.join(', ')} did not run`] : []),
    ...(undone.length ? [`${undone.length} operation(s) were not written: ${undone.join('; ')}`] : [])
  ];
  return `${stop.message}. Stopped; left undone: ${parts.join('; ')}. The next run after the reset completes it.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function renderSummary(s: {
  event: EventContext;
  source: string;
  found: boolean;
  ran: string[];
  github: GitHub;
  results: OpResult[];
  sections: string[];
  warnings: string[];
  inputs: RunInputs;
}): string {
  const written = s.results.filter((r) => r.status === 'applied');
  const lines = [
    `## Epic Steward${s.inputs.dryRun ? ' (dry run: nothing written)' : ''}`,
    '',
    `**Event** \`${s.event.name}${s.event.action ? `.${s.event.action}` : ''}\` on \`${s.event.repo.owner}/${s.event.repo.repo}\` · **config** \`${s.source}\`${s.found ? '' : ' (not found: defaults)'}`,
    '',
    `**Read** ${s.github.requestCount()} API request(s) · **planned** ${s.results.length} operation(s) · **written** ${written.length} (${s.results.reduce((n, r) => n + r.writes, 0)} write request(s))`,
    ''
  ];
  if (s.ran.length === 0) lines.push('No feature had work for this event.', '');
  for (const warning of s.warnings) lines.push(`> [!WARNING]\n> ${warning}`, '');
  if (s.results.length) {
    lines.push('| operation | outcome | why |', '| --- | --- | --- |');
    for (const r of s.results) {
      lines.push(
        `| ${cell(describeOp(r.op))} | ${r.status}${r.detail ? `: ${cell(r.detail)}` : ''} | ${cell(r.op.why)} |`
      );
    }
    lines.push('');
  }
  lines.push(...s.sections.flatMap((section) => [section, '']));
  // The operations table can be long; the feature sections with the verdicts come after it,
  // so they are placed first when the whole would not fit.
  const text = lines.join('\n');
  if (Buffer.byteLength(text) <= LIMITS.jobSummaryBytes) return text;
  const head = lines.slice(0, lines.indexOf('| operation | outcome | why |'));
  return fitBytes(
    [...head, ...s.sections, '', `${s.results.length} operation(s); the table is in the \`plan\` output.`].join('\n'),
    LIMITS.jobSummaryBytes
  );
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
