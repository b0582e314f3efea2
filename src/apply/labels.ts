import type { RepoRef } from '../core/plan';
import type { GitHub } from '../github/port';

/**
 * One GraphQL query that tells which of `names` exist in a repository, instead of listing
 * every label (other features count their requests). Label names travel as variables.
 */
export function labelLookupQuery(count: number): string {
  const vars = Array.from({ length: count }, (_, i) => `$n${i}: String!`).join(', ');
  const fields = Array.from({ length: count }, (_, i) => `l${i}: label(name: $n${i}) { name color description }`).join(' ');
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
    const data = await github.graphql<{ repository: Record<string, ExistingLabel | null> }>(labelLookupQuery(chunk.length), variables);
    chunk.forEach((n, i) => found.set(n.toLowerCase(), data.repository[`l${i}`] ?? null));
  }
  return found;
}
