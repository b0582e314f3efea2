import type { QueryNodeArgs, QueryNodesArgs, QueryRepositoryArgs } from '@octokit/graphql-schema';
import {
  execute,
  GraphQLError,
  Kind,
  OperationTypeNode,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type OperationDefinitionNode
} from 'graphql';
import { allows, describe, mutationNeed, typeNeed, type Grants } from '../permissions';
import type { RateLimits } from '../ratelimit';
import type { Store } from '../store';
import { commentView, labelView, viewerView } from './basic';
import { queryCost, type QueryCost } from './cost';
import type { Resolver, View } from './connection';
import { issueView, repositoryView } from './issue';
import { mutations, type Mutation } from './mutations';
import { ownerView, projectMutations } from './projects';
import { githubSchema } from './schema';

export { githubSchema } from './schema';
export type { View } from './connection';

/**
 * Resolves a field from the view object: a function is called with the arguments, a value is
 * returned as is (null included). A field the view lacks is an explicit error naming it, never a
 * silent null, so a query using something the emulator does not model fails loudly in tests.
 */
const fieldResolver: GraphQLFieldResolver<View, Access, Record<string, unknown>> = (source, args, access, info) => {
  // Reading an issue, a pull request or a check needs that permission; a refused object
  // becomes null (through its non-null fields) with a FORBIDDEN error beside it, as on GitHub.
  const need = typeNeed(info.parentType.name);
  if (need) access.check(need);
  if (source && Object.prototype.hasOwnProperty.call(source, info.fieldName)) {
    const value = source[info.fieldName];
    return isResolver(value) ? value(args, info) : value;
  }
  throw new GraphQLError(`emulator: ${info.parentType.name}.${info.fieldName} is not implemented`, {
    extensions: { type: 'NOT_IMPLEMENTED' }
  });
};

/** A view's field that is a function takes the field's arguments (see Resolver). */
const isResolver = (value: unknown): value is Resolver<Record<string, unknown>> => typeof value === 'function';

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
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION
  );
  return operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
}

const forbidden = () =>
  new GraphQLError('Resource not accessible by integration', { extensions: { type: 'FORBIDDEN' } });

/** A document parsed and validated against GitHub's schema, or the answer that refuses it. */
type Checked = { document: DocumentNode; operation?: OperationDefinitionNode } | { refused: GraphqlResult };

function check(schema: GraphQLSchema, request: GraphqlRequest): Checked {
  const none = { needs: [], denied: [] };
  let document: DocumentNode;
  try {
    document = parse(request.query ?? '');
  } catch (error) {
    return {
      refused: {
        body: {
          errors: [
            { message: (error as Error).message, type: 'PARSE_ERROR', locations: (error as GraphQLError).locations }
          ]
        },
        mutation: false,
        ...none
      }
    };
  }
  const operation = operationOf(document, request.operationName ?? undefined);
  const errors = validate(schema, document);
  if (!errors.length) return { document, operation };
  const body = {
    errors: errors.map((e) => ({
      message: e.message,
      locations: e.locations,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' }
    }))
  };
  return {
    refused: {
      body,
      operationName: operation?.name?.value,
      mutation: operation?.operation === OperationTypeNode.MUTATION,
      ...none
    }
  };
}

/**
 * Executes one GraphQL request as GitHub would: parse and validation errors come back with
 * HTTP 200 and no data; resolver errors leave nulls in `data` next to `errors`.
 */
export function runGraphql(
  store: Store,
  request: GraphqlRequest,
  actor: string,
  grants: Grants,
  limits?: RateLimits
): GraphqlResult {
  const schema = githubSchema();
  const checked = check(schema, request);
  if ('refused' in checked) return checked.refused;
  const { document, operation } = checked;
  const mutation = operation?.operation === OperationTypeNode.MUTATION;
  // Charged before it runs, as GitHub does, so `rateLimit` reports the call's own cost.
  const cost = queryCost(schema, document, request.variables ?? {}, request.operationName ?? undefined);
  limits?.spend('graphql', cost.cost);
  const access = new Access(grants);
  const result = execute({
    schema,
    document,
    rootValue: rootView({ store, actor, access, limits, cost, mutation }),
    variableValues: request.variables ?? undefined,
    operationName: request.operationName ?? undefined,
    contextValue: access,
    fieldResolver,
    typeResolver: (value: View) => value.__typename
  });
  if (result instanceof Promise) throw new Error('emulator resolvers are synchronous');
  const body: GraphqlResult['body'] = { data: result.data ?? null };
  if (result.errors?.length) {
    body.errors = result.errors.map((e) => ({
      message: e.message,
      path: e.path,
      locations: e.locations,
      ...(e.extensions?.type ? { type: e.extensions.type } : {})
    }));
  }
  return {
    body,
    operationName: operation?.name?.value,
    mutation,
    needs: [...access.needs],
    denied: [...access.denied],
    cost
  };
}

/** What the root fields of one request see. */
interface RootScope {
  store: Store;
  actor: string;
  access: Access;
  limits?: RateLimits;
  cost: QueryCost;
  mutation: boolean;
}

/** The node an id names, or the NOT_FOUND error GitHub answers for it. */
function nodeView(store: Store, id: unknown): View | GraphQLError {
  const found = typeof id === 'string' ? store.byNodeId(id) : undefined;
  if (found?.comment && found.issue) return commentView(found.repo, found.issue, found.comment);
  if (found?.issue) return issueView(store, found.repo, found.issue);
  if (found?.label) return labelView(found.label, found.repo);
  if (found) return repositoryView(store, found.repo);
  return new GraphQLError(`Could not resolve to a node with the global id of '${String(id)}'.`, {
    extensions: { type: 'NOT_FOUND' }
  });
}

/** The Query root, or the Mutation root of a mutation (each mutation checked against the token first). */
function rootView({ store, actor, access, limits, cost, mutation }: RootScope): View {
  const writes = mutation ? { ...mutations(store, actor), ...projectMutations(store, actor) } : {};
  const guarded = Object.entries(writes).map(([name, run]): [string, Mutation] => [
    name,
    (args) => {
      access.check(mutationNeed(store, name, args.input ?? {}));
      return run(args);
    }
  ]);
  return {
    repository: ({ owner, name }: QueryRepositoryArgs) => {
      const repo = store.repo(owner, name);
      if (!repo)
        throw new GraphQLError(`Could not resolve to a Repository with the name '${owner}/${name}'.`, {
          extensions: { type: 'NOT_FOUND' }
        });
      return repositoryView(store, repo);
    },
    node: ({ id }: QueryNodeArgs) => {
      const found = nodeView(store, id);
      if (found instanceof Error) throw found;
      return found;
    },
    // An unknown id is a null in the list with an error beside it, as GitHub answers.
    nodes: ({ ids }: QueryNodesArgs) => ids.map((id) => nodeView(store, id)),
    rateLimit: () => ({
      ...(limits?.status('graphql') ?? {
        limit: 5000,
        used: 0,
        remaining: 5000,
        resetAt: new Date(Date.now() + 3600_000).toISOString()
      }),
      cost: cost.cost,
      nodeCount: cost.nodes
    }),
    viewer: () => viewerView(actor),
    organization: ({ login }: { login: string }) => ownerView(store, login, 'Organization'),
    user: ({ login }: { login: string }) => ownerView(store, login, 'User'),
    ...Object.fromEntries(guarded)
  };
}
