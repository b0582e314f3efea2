import { execute, GraphQLError, Kind, parse, validate, type DocumentNode, type GraphQLFieldResolver, type OperationDefinitionNode } from 'graphql';
import { allows, describe, mutationNeed, typeNeed, type Grants } from '../permissions';
import type { RateLimits } from '../ratelimit';
import type { Store } from '../store';
import { commentView, labelView, viewerView } from './basic';
import { queryCost, type QueryCost } from './cost';
import type { View } from './connection';
import { issueView } from './issue';
import { mutations } from './mutations';
import { ownerView, projectMutations } from './projects';
import { repoView } from './repository';
import { githubSchema } from './schema';

export { githubSchema } from './schema';
export type { View } from './connection';

/**
 * Resolves a field from the view object: a function is called with the arguments, a value is
 * returned as is (null included). A field the view lacks is an explicit error naming it, never a
 * silent null, so a query using something the emulator does not model fails loudly in tests.
 */
const fieldResolver: GraphQLFieldResolver<View, Access> = (source, args, access, info) => {
  // Reading an issue, a pull request or a check needs that permission; a refused object
  // becomes null (through its non-null fields) with a FORBIDDEN error beside it, as on GitHub.
  const need = typeNeed(info.parentType.name);
  if (need) access.check(need);
  if (source && Object.prototype.hasOwnProperty.call(source, info.fieldName)) {
    const value = source[info.fieldName];
    return typeof value === 'function' ? value(args, info) : value;
  }
  throw new GraphQLError(`emulator: ${info.parentType.name}.${info.fieldName} is not implemented`, { extensions: { type: 'NOT_IMPLEMENTED' } });
};

export interface GraphqlRequest {
  query?: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

export interface GraphqlResult {
  body: { data?: unknown; errors?: unknown[] };
  operationName?: string;
  mutation: boolean;
  /** The permissions the request needed, and those the token lacked (see ../permissions.ts). */
  needs: string[];
  denied: string[];
  /** Its point cost and node count by GitHub's formula (./cost.ts), once it passed validation. */
  cost?: QueryCost;
}

/** Per request: records each permission needed and refuses those the token lacks. */
class Access {
  readonly needs = new Set<string>();
  readonly denied = new Set<string>();
  constructor(private readonly grants: Grants) {}
  check(need: Parameters<typeof allows>[1]): void {
    const name = describe(need);
    this.needs.add(name);
    if (!allows(this.grants, need)) {
      this.denied.add(name);
      throw forbidden();
    }
  }
}

/** The operation a request runs (by `operationName`, or the only one), for the request log. */
export function operationOf(document: DocumentNode, operationName?: string): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
}

const forbidden = () => new GraphQLError('Resource not accessible by integration', { extensions: { type: 'FORBIDDEN' } });

/**
 * Executes one GraphQL request as GitHub would: parse and validation errors come back with
 * HTTP 200 and no data; resolver errors leave nulls in `data` next to `errors`.
 */
export function runGraphql(store: Store, request: GraphqlRequest, actor: string, grants: Grants, limits?: RateLimits): GraphqlResult {
  const schema = githubSchema();
  const access = new Access(grants);
  const none = { needs: [], denied: [] };
  let document: DocumentNode;
  try {
    document = parse(String(request.query ?? ''));
  } catch (error) {
    return { body: { errors: [{ message: (error as Error).message, type: 'PARSE_ERROR', locations: (error as GraphQLError).locations }] }, mutation: false, ...none };
  }
  const operation = operationOf(document, request.operationName ?? undefined);
  const mutation = operation?.operation === 'mutation';
  const operationName = operation?.name?.value;
  const errors = validate(schema, document);
  if (errors.length) return { body: { errors: errors.map((e) => ({ message: e.message, locations: e.locations, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })) }, operationName, mutation, ...none };
  // Charged before it runs, as GitHub does, so `rateLimit` reports the call's own cost.
  const cost = queryCost(schema, document, request.variables ?? {}, request.operationName ?? undefined);
  limits?.spend('graphql', cost.cost);

  const node = (id: unknown): View | Error => {
    const found = typeof id === 'string' ? store.byNodeId(id) : undefined;
    if (found?.comment && found.issue) return commentView(found.repo, found.issue, found.comment);
    if (found?.issue) return issueView(store, found.repo, found.issue);
    if (found?.label) return labelView(found.label, found.repo);
    if (found) return repoView(store, found.repo);
    return new GraphQLError(`Could not resolve to a node with the global id of '${String(id)}'.`, { extensions: { type: 'NOT_FOUND' } });
  };
  const writes = mutation ? { ...mutations(store, actor), ...projectMutations(store, actor) } : {};
  const root: View = {
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const repo = store.repo(owner, name);
      if (!repo) throw new GraphQLError(`Could not resolve to a Repository with the name '${owner}/${name}'.`, { extensions: { type: 'NOT_FOUND' } });
      return repoView(store, repo);
    },
    node: ({ id }: { id: string }) => {
      const found = node(id);
      if (found instanceof Error) throw found;
      return found;
    },
    // An unknown id is a null in the list with an error beside it, as GitHub answers.
    nodes: ({ ids }: { ids: string[] }) => ids.map(node),
    rateLimit: () => ({ ...(limits?.status('graphql') ?? { limit: 5000, used: 0, remaining: 5000, resetAt: new Date(Date.now() + 3600_000).toISOString() }), cost: cost.cost, nodeCount: cost.nodes }),
    viewer: () => viewerView(actor),
    organization: ({ login }: { login: string }) => ownerView(store, login, 'Organization'),
    user: ({ login }: { login: string }) => ownerView(store, login, 'User'),
    ...Object.fromEntries(
      Object.entries(writes).map(([name, run]) => [
        name,
        (args: { input: Record<string, unknown> }) => {
          access.check(mutationNeed(store, name, args.input ?? {}));
          return run(args as never);
        }
      ])
    )
  };
  const result = execute({
    schema,
    document,
    rootValue: root,
    variableValues: request.variables ?? undefined,
    operationName: request.operationName ?? undefined,
    contextValue: access,
    fieldResolver,
    typeResolver: (value: View) => value.__typename
  });
  if (result instanceof Promise) throw new Error('emulator resolvers are synchronous');
  const body: GraphqlResult['body'] = { data: result.data ?? null };
  if (result.errors?.length) {
    body.errors = result.errors.map((e) => ({ message: e.message, path: e.path, locations: e.locations, ...(e.extensions?.type ? { type: e.extensions.type } : {}) }));
  }
  return { body, operationName, mutation, needs: [...access.needs], denied: [...access.denied], cost };
}
