import { GraphQLError } from 'graphql';
import type { Comment, Issue, Repo, Store } from '../../store';
import { actorView } from '../basic';
import type { View } from '../connection';

/**
 * What every mutation shares: the store, the acting login, lookups of the node ids an input
 * names, and GitHub's payload and error shapes.
 */
export interface MutationContext {
  store: Store;
  actor: string;
}

/** A mutation's input as graphql-js hands it over: checked and coerced against GitHub's schema. */
export interface BaseInput {
  clientMutationId?: string | null;
}

/** One mutation: the input fields it models (any other set field is refused) and what it does. */
export interface MutationDef {
  known: string[];
  run: (input: never) => View;
}

/** A table of mutations by name, as each family (comments, issues, labels, sub-issues) exports it. */
export type MutationTable = Record<string, MutationDef>;

/**
 * A mutation whose input is typed by GitHub's schema (@octokit/graphql-schema's `…Input`);
 * `known` lists the input fields the emulator models.
 */
export function mutation<I extends BaseInput>(known: (keyof I & string)[], run: (input: I) => View): MutationDef {
  return { known, run };
}

/** GitHub's limit on issue and comment bodies. */
const MAX_BODY = 65_536;

export const unprocessable = (message: string) => new GraphQLError(message, { extensions: { type: 'UNPROCESSABLE' } });
export const missing = (id: unknown) =>
  new GraphQLError(`Could not resolve to a node with the global id of '${String(id)}'`, {
    extensions: { type: 'NOT_FOUND' }
  });

export function checkBody(body: string | null | undefined): void {
  if (typeof body === 'string' && body.length > MAX_BODY)
    throw unprocessable(`Body is too long (maximum is ${MAX_BODY} characters)`);
}

/** GitHub's payload: the client's mutation id, the actor, and the mutation's own fields. */
export function payload(ctx: MutationContext, input: BaseInput, extra: View): View {
  return { clientMutationId: input.clientMutationId ?? null, actor: actorView(ctx.actor), ...extra };
}

/** The issue or pull request a node id names (not a comment of it). */
export function issueById(store: Store, id: string | null | undefined): { repo: Repo; issue: Issue } {
  const found = typeof id === 'string' ? store.byNodeId(id) : undefined;
  if (!found?.issue || found.comment) throw missing(id);
  return { repo: found.repo, issue: found.issue };
}

export function commentById(store: Store, id: string): { repo: Repo; issue: Issue; comment: Comment } {
  const found = store.byNodeId(id);
  if (!found?.issue || !found.comment) throw missing(id);
  return { repo: found.repo, issue: found.issue, comment: found.comment };
}

/** The names of the labels `ids` name, each of `repo`. */
export function labelNames(store: Store, repo: Repo, ids: string[]): string[] {
  return ids.map((id) => {
    const found = store.byNodeId(id);
    if (!found?.label || found.repo !== repo) throw missing(id);
    return found.label.name;
  });
}
