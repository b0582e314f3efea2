import sdl from '@octokit/graphql-schema/schema.graphql';
import { buildSchema, execute, GraphQLError, parse, validate, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { mutations } from './graphql-mutations';
import { issueView, labelView, repoView, type View } from './graphql-views';
import type { Store } from './store';

let schema: GraphQLSchema | undefined;

/** GitHub's published schema, built once per process (it is large: ~1 MB of SDL). */
export function githubSchema(): GraphQLSchema {
  schema ??= buildSchema(sdl, { assumeValidSDL: true });
  return schema;
}

/**
 * Resolves a field from the view object: a function is called with the arguments, a value is
 * returned as is. A field the view lacks is an explicit error naming it, never a silent null,
 * so a query using something the emulator does not model fails loudly in tests.
 */
const fieldResolver: GraphQLFieldResolver<View, Ctx> = (source, args, _ctx, info) => {
  if (source && Object.prototype.hasOwnProperty.call(source, info.fieldName)) {
    const value = source[info.fieldName];
    return typeof value === 'function' ? value(args, info) : value;
  }
  throw new GraphQLError(`emulator: ${info.parentType.name}.${info.fieldName} is not implemented`);
};

export interface Ctx {
  store: Store;
  actor: string;
  readOnly: boolean;
}

export interface GraphqlResult {
  body: { data?: unknown; errors?: unknown[] };
  operationName?: string;
  mutation: boolean;
}

/** Executes one GraphQL request as GitHub would: validation errors come back with HTTP 200. */
export function runGraphql(store: Store, request: { query?: string; variables?: Record<string, unknown>; operationName?: string }, actor: string, readOnly: boolean): GraphqlResult {
  const s = githubSchema();
  let document;
  try {
    document = parse(request.query ?? '');
  } catch (error) {
    return { body: { errors: [{ message: (error as Error).message, type: 'PARSE_ERROR' }] }, mutation: false };
  }
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition' && (!request.operationName || d.name?.value === request.operationName));
  const mutation = operation?.kind === 'OperationDefinition' && operation.operation === 'mutation';
  const operationName = operation?.kind === 'OperationDefinition' ? operation.name?.value : undefined;
  const errors = validate(s, document);
  if (errors.length) return { body: { errors: errors.map((e) => ({ message: e.message, locations: e.locations })) }, operationName, mutation };
  if (mutation && readOnly) return { body: { errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] }, operationName, mutation };
  const ctx: Ctx = { store, actor, readOnly };
  const root = {
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const repo = store.repo(owner, name);
      if (!repo) throw new GraphQLError(`Could not resolve to a Repository with the name '${owner}/${name}'.`, { extensions: { type: 'NOT_FOUND' } });
      return repoView(store, repo);
    },
    node: ({ id }: { id: string }) => nodeById(store, id),
    nodes: ({ ids }: { ids: string[] }) => ids.map((id) => nodeById(store, id)),
    rateLimit: () => ({ limit: 5000, remaining: 4999, used: 1, cost: 1, resetAt: new Date(Date.now() + 3600_000).toISOString(), nodeCount: 1 }),
    viewer: () => ({ __typename: 'User', login: actor }),
    ...(mutation ? mutations(store, actor) : {})
  };
  const result = execute({ schema: s, document, rootValue: root, contextValue: ctx, variableValues: request.variables, operationName: request.operationName, fieldResolver, typeResolver: (value: View) => value.__typename as string });
  if (result instanceof Promise) throw new Error('emulator resolvers are synchronous');
  const body: GraphqlResult['body'] = { data: result.data ?? null };
  if (result.errors?.length) body.errors = result.errors.map((e) => ({ message: e.message, path: e.path, locations: e.locations, ...(e.extensions?.type ? { type: e.extensions.type } : {}) }));
  return { body, operationName, mutation };
}

function nodeById(store: Store, id: string): View | null {
  const found = store.byNodeId(id);
  if (!found) return null;
  if (found.issue && !found.comment) return issueView(store, found.repo, found.issue);
  if (found.label) return labelView(found.label);
  if (!found.issue) return repoView(store, found.repo);
  return null;
}
