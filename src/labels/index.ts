import type { Feature, FeatureResult, RunContext } from '../core/feature';
import { inert } from '../core/escape';
import { parseBody } from '../epics/markdown';
import { refKey } from '../epics/refs';
import type { LabelsConfig } from './config';
import { MAX_FILES, readCurrentLabels, readFiles, readTarget, type LabelsSnapshot } from './read';
import { evaluate, planLabels } from './rules';

const ISSUE_ACTIONS = new Set(['opened', 'edited', 'reopened']);
const PULL_ACTIONS = new Set(['opened', 'edited', 'synchronize', 'reopened']);

function configured(config: LabelsConfig): boolean {
  return config.priority.enabled || config.rules.length > 0 || config.inherit.labels.length > 0;
}

/** The number of the issue or pull request the event is about, when the rules apply to it. */
function subject(ctx: Pick<RunContext, 'event'>): number | undefined {
  const { name, action, payload } = ctx.event;
  if (name === 'issues' && ISSUE_ACTIONS.has(action ?? '') && typeof payload.issue?.number === 'number') return payload.issue.number;
  if ((name === 'pull_request' || name === 'pull_request_target') && PULL_ACTIONS.has(action ?? '') && typeof payload.pull_request?.number === 'number') return payload.pull_request.number;
  return undefined;
}

/**
 * Labels inherited from the target's epics: its native parent, and open epic-labelled issues
 * that reference it and really list it in a task item (a cross-reference outlives its text).
 */
function inheritedLabels(ctx: RunContext, snapshot: LabelsSnapshot): Map<string, string> {
  const wanted = new Map<string, string>();
  const inherit = ctx.config.labels.inherit.labels;
  if (!inherit.length || snapshot.kind !== 'Issue') return wanted;
  const epicLabel = ctx.config.epics.label.toLowerCase();
  const self = refKey({ ...ctx.event.repo, number: snapshot.number });
  for (const epic of snapshot.epics) {
    const isEpic = epic.parent || (epic.open && epic.labels.some((l) => l.toLowerCase() === epicLabel));
    if (!isEpic) continue;
    if (!epic.parent) {
      const tasks = parseBody(epic.body, { repo: ctx.event.repo, serverUrl: ctx.event.serverUrl }).tasks;
      if (!tasks.some((t) => t.ref && refKey(t.ref) === self)) continue;
    }
    for (const label of inherit) {
      const found = epic.labels.find((l) => l.toLowerCase() === label.toLowerCase());
      if (found && !wanted.has(found)) wanted.set(found, `inherited from epic #${epic.number}`);
    }
  }
  return wanted;
}

async function run(ctx: RunContext): Promise<FeatureResult> {
  const config = ctx.config.labels;
  const number = subject(ctx)!;
  const { repo } = ctx.event;
  const snapshot = await readTarget(ctx.github, repo, number);
  const notes: string[] = [];
  let files: string[] | undefined;
  if (snapshot.kind === 'PullRequest' && config.rules.some((r) => r['changed-files']?.length)) {
    files = await readFiles(ctx.github, repo, number);
    if (files.length >= MAX_FILES) notes.push(`#${number} changes ${MAX_FILES} files or more: GitHub lists only the first ${MAX_FILES}, so file rules saw those.`);
  }
  const target = { number, title: snapshot.title, body: snapshot.body, author: snapshot.author, files, headBranch: snapshot.headBranch, baseBranch: snapshot.baseBranch };
  const verdict = evaluate(config, target, inheritedLabels(ctx, snapshot));
  for (const cut of verdict.cutShort) ctx.log.warning(`[#${number}] ${cut}`);

  // Plan on the snapshot; if it has anything to write, re-read the labels right before writing
  // and plan again, so a label a person added meanwhile survives and nothing is written twice.
  let plan = planLabels(number, snapshot.labels, verdict);
  if (plan.length && !ctx.dryRun) plan = planLabels(number, await readCurrentLabels(ctx.github, repo, number), verdict);
  const results = await ctx.apply(plan);

  const added: { issue: number; label: string }[] = [];
  const removed: { issue: number; label: string }[] = [];
  for (const r of results) {
    if (r.status !== 'applied' && r.status !== 'dry-run') continue;
    if (r.op.kind === 'add-labels') for (const label of r.op.labels) added.push({ issue: number, label });
    if (r.op.kind === 'remove-label') removed.push({ issue: number, label: r.op.label });
  }
  const rows = results.map((r) => `| #${number} | ${r.op.kind === 'add-labels' ? `add ${r.op.labels.join(', ')}` : r.op.kind === 'remove-label' ? `remove ${r.op.label}` : r.op.kind} | ${r.status} | ${inert(r.op.why)} |`);
  const summary = [
    rows.length ? ['| issue | labels | outcome | why |', '| --- | --- | --- | --- |', ...rows].join('\n') : `#${number}: labels already match the rules.`,
    ...verdict.cutShort.map((c) => `> [!WARNING]\n> Cut short: ${inert(c)}`),
    ...notes
  ].join('\n\n');
  return { summary, outputs: { 'labels-added': JSON.stringify(added), 'labels-removed': JSON.stringify(removed) } };
}

/** Entry point of the label rules feature (see docs/labels.md). */
export const labelsFeature: Feature = {
  name: 'labels',
  wants: (ctx) => configured(ctx.config.labels) && subject(ctx) !== undefined,
  run
};
