import { refuseUnknown, type View } from '../connection';
import { commentMutations } from './comments';
import type { MutationContext, MutationTable } from './context';
import { issueMutations } from './issues';
import { labelMutations } from './labels';
import { subIssueMutations } from './sub-issues';

/** A mutation as the root resolver calls it, with its `input` argument. */
export type Mutation = (args: { input: Record<string, unknown> }) => View;

/** The families of mutations the emulator models, one module each. */
const FAMILIES: ((ctx: MutationContext) => MutationTable)[] = [
  subIssueMutations,
  commentMutations,
  issueMutations,
  labelMutations
];

/**
 * The mutations the emulator models; each validates everything before it changes anything and
 * returns GitHub's payload shape. An input field it does not model is an error, not ignored.
 */
export function mutations(store: MutationContext['store'], actor: string): Record<string, Mutation> {
  const ctx: MutationContext = { store, actor };
  const table: MutationTable = Object.fromEntries(FAMILIES.flatMap((family) => Object.entries(family(ctx))));
  return Object.fromEntries(
    Object.entries(table).map(([name, { known, run }]) => [
      name,
      ({ input }: { input: Record<string, unknown> }) => {
        refuseUnknown(input, ['clientMutationId', ...known], `${name.charAt(0).toUpperCase()}${name.slice(1)}Input`);
        // graphql-js checked and coerced `input` against the mutation's input type in GitHub's schema.
        return run(input as never);
      }
    ])
  );
}
