import type { Feature } from '../core/feature';
import type { Operation } from '../core/plan';
import type { LabelDefinition, LabelsSection } from './config';
import { wantsDefinitions } from './wants';

interface RepoLabel {
  name: string;
  color: string;
  description: string | null;
}

/**
 * Pure: the writes that make the repository's labels match the definitions. Names compare
 * case-insensitively as on GitHub; a label only differing in case is left as people named it.
 */
export function planDefinitions(definitions: LabelDefinition[], existing: RepoLabel[]): Operation[] {
  const byName = new Map(existing.map((l) => [l.name.toLowerCase(), l]));
  const ops: Operation[] = [];
  for (const def of definitions) {
    const color = def.color.replace(/^#/, '').toLowerCase();
    const current = byName.get(def.name.toLowerCase());
    if (!current) {
      ops.push({
        kind: 'create-label',
        name: def.name,
        color,
        description: def.description,
        why: 'defined in the config and missing from the repository'
      });
    } else if (current.color.toLowerCase() !== color || (current.description ?? '') !== def.description) {
      const what = [
        current.color.toLowerCase() !== color ? `colour ${current.color} → ${color}` : '',
        (current.description ?? '') !== def.description ? 'description' : ''
      ]
        .filter(Boolean)
        .join(', ');
      ops.push({
        kind: 'update-label',
        name: current.name,
        color,
        description: def.description,
        why: `differs from its definition (${what})`
      });
    }
  }
  return ops;
}

/** Creates missing labels and corrects drifted ones, on dispatch, schedule and config pushes. */
export const definitionsFeature: Feature<LabelsSection> = {
  name: 'label definitions',
  wants: wantsDefinitions,
  async run(ctx) {
    const existing = await ctx.github.paginate<RepoLabel>('GET /repos/{owner}/{repo}/labels', { ...ctx.event.repo });
    const plan = planDefinitions(ctx.config.labels.definitions, existing);
    const results = await ctx.apply(plan);
    const lines = results.map(
      (r) =>
        `- ${r.op.kind === 'create-label' ? 'create' : 'update'} \`${'name' in r.op ? r.op.name : ''}\`: ${r.status}`
    );
    return {
      summary: `Checked ${ctx.config.labels.definitions.length} defined label(s) against ${existing.length} in the repository.${lines.length ? '\n\n' + lines.join('\n') : ' All match.'}`
    };
  }
};
