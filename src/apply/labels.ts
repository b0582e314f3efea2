import type { LookedUpLabelFragment } from '../core/generated/graphql';
import type { RepoRef } from '../core/plan';
import type { GitHub } from '../core/port';

/** The fields of a label the lookup reads; typed from GitHub's schema (npm run codegen). */
export const LOOKED_UP_LABEL_FRAGMENT = /* GraphQL */ `
  fragment LookedUpLabel on Label {
    name
    color
    description
  }
`;

/** The lookup's answer: `l<i>` the label named by `$n<i>`, `s<i>` a search by that name. */
interface LabelLookupAnswer {
  repository: Record<`l${number}`, LookedUpLabelFragment | null> &
    Record<`s${number}`, { nodes: Array<LookedUpLabelFragment | null> | null } | null>;
}

/**
 * One GraphQL query that tells which of `names` exist in a repository, instead of listing
 * every label (other features count their requests). Label names travel as variables.
 */
export function labelLookupQuery(count: number): string {
  const vars = Array.from({ length: count }, (_, i) => `$n${i}: String!`).join(', ');
  // GitHub's documentation leaves open whether `label(name:)` ignores case: the search by name
  // beside it gives the candidates, and the names are compared here, as GitHub's UI compares them.
  const fields = Array.from(
    { length: count },
    (_, i) =>
      `l${i}: label(name: $n${i}) { ...LookedUpLabel } s${i}: labels(first: 100, query: $n${i}) { nodes { ...LookedUpLabel } }`
  ).join(' ');
  const query = `query LabelLookup($owner: String!, $name: String!${count ? ', ' + vars : ''}) { repository(owner: $owner, name: $name) { ${fields || 'id'} } }`;
  return count ? `${query}\n${LOOKED_UP_LABEL_FRAGMENT}` : query;
}

export type ExistingLabel = LookedUpLabelFragment;

/** Looks up labels by name (case-insensitive, as GitHub compares them); absent ones map to null. */
export async function lookupLabels(
  github: GitHub,
  repo: RepoRef,
  names: string[]
): Promise<Map<string, ExistingLabel | null>> {
  const found = new Map<string, ExistingLabel | null>();
  for (let start = 0; start < names.length; start += 50) {
    const chunk = names.slice(start, start + 50);
    const variables: Record<string, unknown> = { owner: repo.owner, name: repo.repo };
    chunk.forEach((n, i) => (variables[`n${i}`] = n));
    const data = await github.graphql<LabelLookupAnswer>(labelLookupQuery(chunk.length), variables);
    chunk.forEach((n, i) => {
      const same = (l: ExistingLabel | null | undefined): l is ExistingLabel =>
        !!l && l.name.toLowerCase() === n.toLowerCase();
      const exact = data.repository[`l${i}`];
      const searched = data.repository[`s${i}`]?.nodes ?? [];
      found.set(n.toLowerCase(), (same(exact) ? exact : searched.find(same)) ?? null);
    });
  }
  return found;
}

/** The label as the repository spells it (GitHub compares names case-insensitively), or undefined when it has none. */
export async function labelAsSpelled(github: GitHub, repo: RepoRef, name: string): Promise<string | undefined> {
  return (await lookupLabels(github, repo, [name])).get(name.toLowerCase())?.name;
}
