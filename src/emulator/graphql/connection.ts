import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { Issue, Repo, Store } from '../store';

/**
 * GraphQL views over the store: plain objects whose fields are values or functions of the
 * field's arguments. Only what a view defines exists; anything else is reported unimplemented.
 */
export type View = Record<string, unknown> & { __typename?: string };

/**
 * A field of a view that takes arguments: called with the field's arguments, already checked and
 * coerced by graphql-js against GitHub's schema, so each resolver types them with the schema's
 * generated argument type (`RepositoryIssuesArgs` of @octokit/graphql-schema).
 */
export type Resolver<A = never> = (args: A, info: GraphQLResolveInfo) => unknown;

/** The paging arguments every connection takes (GitHub's schema: `first`, `last`, `after`, `before`). */
export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/**
 * Builds an Issue or PullRequest view. Views that lead back to issues (a repository's issues, a
 * timeline event's source) take it as a parameter, so the modules form no import circle.
 */
export type IssueViewFn = (store: Store, repo: Repo, issue: Issue) => View;

/** GitHub's page size limit on every connection. */
export const MAX_PAGE = 100;

const cursor = (i: number) => Buffer.from(`cursor:v2:${i}`).toString('base64');

function fromCursor(c: string, field: string): number {
  const n = Number(
    Buffer.from(c, 'base64')
      .toString()
      .match(/^cursor:v2:(\d+)$/)?.[1]
  );
  if (!Number.isInteger(n))
    throw new GraphQLError(`\`${c}\` does not appear to be a valid cursor.`, {
      extensions: { type: 'INVALID_CURSOR_ARGUMENTS', field }
    });
  return n;
}

/**
 * A connection page with GitHub's rules: `first` or `last` (not both) is required, 1 to 100; `after`
 * and `before` are opaque cursors. `view` shapes only the items of the page, so walking a
 * 5,000-issue repository builds 100 views per page, not 5,000.
 */
export function connection<T>(
  items: T[],
  args: PageArgs,
  info: GraphQLResolveInfo,
  extra: View = {},
  view: (item: T) => unknown = (item) => item
): View {
  const field = info.fieldName;
  if (args.first == null && args.last == null) {
    throw new GraphQLError(
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${field}\` connection.`,
      { extensions: { type: 'MISSING_PAGINATION_BOUNDARIES' } }
    );
  }
  // docs.github.com/graphql/guides/using-pagination-in-the-graphql-api: "The values of `first`
  // and `last` must be within 1-100", and passing both is not supported.
  if (args.first != null && args.last != null) {
    throw new GraphQLError(
      `Passing both \`first\` and \`last\` to paginate the \`${field}\` connection is not supported.`,
      { extensions: { type: 'INVALID_PAGINATION_ARGUMENTS' } }
    );
  }
  for (const key of ['first', 'last'] as const) {
    const value = args[key];
    if (value != null && value > MAX_PAGE) {
      throw new GraphQLError(
        `Requesting ${value} records on the \`${field}\` connection exceeds the \`${key}\` limit of ${MAX_PAGE} records.`,
        { extensions: { type: 'EXCESSIVE_PAGINATION' } }
      );
    }
    if (value != null && value < 1) {
      throw new GraphQLError(`\`${key}\` on the \`${field}\` connection must be within 1-${MAX_PAGE}, not ${value}.`, {
        extensions: { type: 'INVALID_PAGINATION_ARGUMENTS' }
      });
    }
  }
  let start = args.after ? fromCursor(args.after, field) + 1 : 0;
  let end = args.before ? Math.min(items.length, fromCursor(args.before, field)) : items.length;
  if (args.first != null) end = Math.min(end, start + args.first);
  if (args.last != null) start = Math.max(start, end - args.last);
  const slice = items
    .slice(start, Math.max(start, end))
    .map((item, i) => ({ node: view(item), cursor: cursor(start + i) }));
  return {
    totalCount: items.length,
    nodes: slice.map((e) => e.node),
    edges: slice,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: slice[0]?.cursor ?? null,
      endCursor: slice[slice.length - 1]?.cursor ?? null
    },
    ...extra
  };
}

/** An input field the emulator does not model is an error too, never silently ignored. */
export function refuseUnknown(input: object | null | undefined, known: string[], typeName: string): void {
  for (const [key, value] of Object.entries(input ?? {})) {
    if (value === undefined || value === null || value === false || known.includes(key)) continue;
    throw new GraphQLError(`emulator: ${typeName}.${key} is not implemented`);
  }
}
