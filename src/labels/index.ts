import type { Feature, FeatureResult, RunContext } from '../core/feature';
import { inert } from '../core/escape';
import type { OpResult } from '../core/plan';
import type { LabelsSection } from './config';
import { inheritedLabels } from './inherit';
import { MAX_FILES, readCurrentLabels, readFiles, readTarget, type LabelsSnapshot } from './read';
import { evaluate, MAX_TEXT, planLabels, type Verdict } from './rules';
import { planPriorityField, readPriorityField, statedLabel, withoutPriorityLabels } from './field';
import { subject, wants } from './wants';

interface Change {
  issue: number;
  label: string;
}

/** One summary row per write: what, its outcome, and why (or what would have been done). */
function row(number: number, result: OpResult): string {
  const { op } = result;
  const what =
    op.kind === 'add-labels'
      ? `add ${op.labels.join(', ')}`
      : op.kind === 'remove-label'
        ? `remove ${op.label}`
        : op.kind === 'set-issue-field'
          ? `set field ${op.field} to ${op.value}`
          : op.kind;
  const outcome =
    result.status === 'failed'
      ? `failed, not done: ${result.detail ?? 'unknown error'}`
      : result.status === 'dry-run'
        ? 'dry run, not done'
        : result.status;
  return `| #${number} | ${inert(what)} | ${inert(outcome)} | ${inert(op.why)} |`;
}

/**
 * A pull request's changed files, read only when a rule looks at them. GitHub lists at most
 * MAX_FILES: past that the rules saw only those, which the summary says.
 */
async function changedFiles(
  ctx: RunContext<LabelsSection>,
  snapshot: LabelsSnapshot,
  number: number,
  notes: string[]
): Promise<string[] | undefined> {
  if (snapshot.kind !== 'PullRequest' || !ctx.config.labels.rules.some((r) => r['changed-files']?.length))
    return undefined;
  const files = await readFiles(ctx.github, ctx.event.repo, number);
  if (files.length >= MAX_FILES)
    notes.push(
      `#${number} changes ${MAX_FILES.toLocaleString('en-US')} files or more: GitHub lists only the first ${MAX_FILES.toLocaleString('en-US')}, so the file rules saw those.`
    );
  return files;
}

/** What the writes did, as the step summary and the `labels-added` / `labels-removed` outputs. */
function report(
  ctx: RunContext<LabelsSection>,
  number: number,
  results: OpResult[],
  verdict: Verdict,
  notes: string[]
): FeatureResult {
  const added: Change[] = [];
  const removed: Change[] = [];
  for (const r of results) {
    if (r.status !== 'applied' && r.status !== 'dry-run') continue;
    if (r.op.kind === 'add-labels') for (const label of r.op.labels) added.push({ issue: number, label });
    if (r.op.kind === 'remove-label') removed.push({ issue: number, label: r.op.label });
  }
  const refused = results.some((r) => r.status === 'failed');
  if (refused)
    ctx.log.warning(
      `[#${number}] labels not written (see the summary for what would have been done): ${results.find((r) => r.status === 'failed')?.detail ?? ''}`
    );
  const rows = results.map((r) => row(number, r));
  const summary = [
    rows.length
      ? ['| issue | labels | outcome | why |', '| --- | --- | --- | --- |', ...rows].join('\n')
      : `#${number}: labels already match the rules.`,
    ...(refused ? ['The writes above were not made; they are what the rules would have done.'] : []),
    ...verdict.cutShort.map(
      (c) => `> [!WARNING]\n> Rule cut short, treated as not holding and its label left as is: ${inert(c)}`
    ),
    ...notes
  ].join('\n\n');
  return { summary, outputs: { 'labels-added': JSON.stringify(added), 'labels-removed': JSON.stringify(removed) } };
}

async function run(ctx: RunContext<LabelsSection>): Promise<FeatureResult> {
  const config = ctx.config.labels;
  const number = subject(ctx)!;
  const { repo } = ctx.event;
  const snapshot = await readTarget(ctx.github, repo, number);
  if (!snapshot)
    return {
      summary: `#${number} could not be read (deleted or transferred?): no labels changed.`,
      outputs: { 'labels-added': '[]', 'labels-removed': '[]' }
    };

  const notes: string[] = [];
  const files = await changedFiles(ctx, snapshot, number, notes);
  const target = {
    number,
    title: snapshot.title,
    body: snapshot.body,
    author: snapshot.author,
    files,
    headBranch: snapshot.headBranch,
    baseBranch: snapshot.baseBranch
  };
  const inherited =
    snapshot.kind === 'Issue'
      ? inheritedLabels(config.inherit.labels, ctx.config.epicLabel, number, snapshot.epics, {
          repo,
          serverUrl: ctx.event.serverUrl
        })
      : undefined;
  let verdict = evaluate(config, target, inherited);
  // The organisation's Priority issue field, as well as or instead of the label (issues only).
  const stated =
    snapshot.kind === 'Issue' && config.priority.enabled && config.priority.field !== 'none'
      ? statedLabel(config, snapshot.title, snapshot.body.slice(0, MAX_TEXT))
      : undefined;
  const fieldRead = stated ? await readPriorityField(ctx.github, repo, number, stated, config) : undefined;
  const field = stated && fieldRead ? planPriorityField(fieldRead, repo, number, stated, config) : undefined;
  if (field?.unavailable) {
    ctx.log.warning(field.unavailable);
    notes.push(field.unavailable);
  }
  if (field?.written && config.priority.field === 'instead') verdict = withoutPriorityLabels(verdict, config);
  for (const cut of verdict.cutShort)
    ctx.log.warning(`[#${number}] rule cut short, treated as not holding and its label left as is: ${cut}`);

  // Plan on the snapshot; if it has anything to write, re-read the labels right before writing
  // and plan again, so a label a person added meanwhile survives and nothing is written twice.
  let plan = planLabels(number, snapshot.labels, verdict);
  if (plan.length && !ctx.dryRun) plan = planLabels(number, await readCurrentLabels(ctx.github, repo, number), verdict);
  const results = await ctx.apply(field?.op ? [...plan, field.op] : plan);

  return report(ctx, number, results, verdict, notes);
}

/** Entry point of the label rules feature (see docs/labels.md). */
export const labelsFeature: Feature<LabelsSection> = {
  name: 'labels',
  wants,
  run
};
