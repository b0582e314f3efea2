import type { RepoRef } from '../core/plan';
import type { GitHub } from '../core/port';

/**
 * One GraphQL query that tells which of `names` exist in a repository, instead of listing
 * every label (other features count their requests). Label names travel as variables.
 */
export function labelLookupQuery(count: number): string {
  const vars = Array.from({ length: count }, (_, i) => `$n${i}: String!`).join(', ');
  // GitHub's documentation leaves open whether `label(name:)` ignores case: the search by name
  // beside it gives the candidates, and the names are compared here, as GitHub's UI compares them.
  const fields = Array.from({ length: count }, (_, i) => `l${i}: label(name: $n${i}) { name color description } s${i}: labels(first: 100, query: $n${i}) { nodes { name color description } }`).join(' ');
  return `query LabelLookup($owner: String!, $name: String!${count ? ', ' + vars : ''}) { repository(owner: $owner, name: $name) { ${fields || 'id'} } }`;
}

export interface ExistingLabel {
  name: string;
  color: string;
  description: string | null;
}

/** Looks up labels by name (case-insensitive, as GitHub compares them); absent ones map to null. */
export async function lookupLabels(github: GitHub, repo: RepoRef, names: string[]): Promise<Map<string, ExistingLabel | null>> {
  const found = new Map<string, ExistingLabel | null>();
  for (let start = 0; start < names.length; start += 50) {
    const chunk = names.slice(start, start + 50);
    const variables: Record<string, unknown> = { owner: repo.owner, name: repo.repo };
    chunk.forEach((n, i) => (variables[`n${i}`] = n));
    const data = await github.graphql<{ repository: Record<string, (ExistingLabel & { nodes?: never }) | { nodes: (ExistingLabel | null)[] } | null> }>(labelLookupQuery(chunk.length), variables);
    chunk.forEach((n, i) => {
      const same = (l: ExistingLabel | null | undefined): l is ExistingLabel => !!l && l.name.toLowerCase() === n.toLowerCase();
      const exact = data.repository[`l${i}`] as ExistingLabel | null;
      const searched = (data.repository[`s${i}`] as { nodes: (ExistingLabel | null)[] } | null)?.nodes ?? [];
      found.set(n.toLowerCase(), (same(exact) ? exact : searched.find(same)) ?? null);
    });
  }
  return found;
}

/** The label as the repository spells it (GitHub compares names case-insensitively), or undefined when it has none. */
export async function labelAsSpelled(github: GitHub, repo: RepoRef, name: string): Promise<string | undefined> {
  return (await lookupLabels(github, repo, [name])).get(name.toLowerCase())?.name;
}
