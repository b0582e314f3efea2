import {
  getNamedType,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode
} from 'graphql';

/** A GraphQL document's cost as GitHub computes it before running it. */
export interface QueryCost {
  /** Rate-limit points: the requests the connections need, divided by 100, rounded, at least 1. */
  cost: number;
  /** Nodes the call may return: each connection's `first`/`last` times those of the connections around it. */
  nodes: number;
  /** The requests the connections need, before the division (GitHub's intermediate figure). */
  requests: number;
}

/** GitHub's per-call node limit ("Individual calls cannot request more than 500,000 total nodes"). */
export const NODE_LIMIT = 500_000;

/**
 * GitHub's documented formula ("Rate limits and node limits for the GraphQL API",
 * docs.github.com/graphql/overview/rate-limits-and-node-limits-for-the-graphql-api):
 * - points: add up the requests needed to fulfil each connection, assuming every one reaches its
 *   `first`/`last` limit (a connection inside one of `first: 100` needs 100 requests), divide by
 *   100 and round; a call costs at least 1 point;
 * - nodes: each connection's `first`/`last` times the `first`/`last` of the connections it is in.
 * A connection is a field whose type is named `…Connection`; fragments are followed. An argument
 * given as a variable takes the variable's value.
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string
): QueryCost {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION
  );
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f])
  );
  const root = operation?.operation === OperationTypeNode.MUTATION ? schema.getMutationType() : schema.getQueryType();
  const totals = { requests: 0, nodes: 0 };
  // A variable left out takes its declared default, as it does when the query runs.
  const values: Record<string, unknown> = { ...variables };
  for (const v of operation?.variableDefinitions ?? []) {
    if (values[v.variable.name.value] === undefined && v.defaultValue)
      values[v.variable.name.value] = valueOf(v.defaultValue, {});
  }
  if (operation && root)
    walk(operation.selectionSet, root, 1, { schema, variables: values, fragments, totals, seen: new Set() });
  return { cost: Math.max(1, Math.round(totals.requests / 100)), nodes: totals.nodes, requests: totals.requests };
}

interface Walk {
  schema: GraphQLSchema;
  variables: Record<string, unknown>;
  fragments: Map<string, FragmentDefinitionNode>;
  totals: { requests: number; nodes: number };
  /** Fragments on the current path: a cycle (invalid anyway) must not loop. */
  seen: Set<string>;
}

function walk(selections: SelectionSetNode, type: GraphQLCompositeType, parents: number, w: Walk): void {
  for (const selection of selections.selections) {
    if (selection.kind === Kind.FIELD) {
      field(selection, type, parents, w);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition
        ? (w.schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType | undefined)
        : type;
      if (on) walk(selection.selectionSet, on, parents, w);
    } else {
      const fragment = w.fragments.get(selection.name.value);
      if (!fragment || w.seen.has(fragment.name.value)) continue;
      const on = w.schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined;
      w.seen.add(fragment.name.value);
      if (on) walk(fragment.selectionSet, on, parents, w);
      w.seen.delete(fragment.name.value);
    }
  }
}

function field(node: FieldNode, parentType: GraphQLCompositeType, parents: number, w: Walk): void {
  if (!node.selectionSet || !('getFields' in parentType)) return;
  const definition = parentType.getFields()[node.name.value];
  if (!definition) return;
  const type = getNamedType(definition.type) as GraphQLCompositeType;
  let inner = parents;
  if (type.name.endsWith('Connection')) {
    const size = argument(node, 'first', w.variables) ?? argument(node, 'last', w.variables) ?? 0;
    // One request per parent node fetches this connection; each brings back `size` nodes.
    w.totals.requests += parents;
    w.totals.nodes += parents * size;
    inner = parents * size;
  }
  walk(node.selectionSet, type, inner, w);
}

function argument(node: FieldNode, name: string, variables: Record<string, unknown>): number | undefined {
  const arg = node.arguments?.find((a) => a.name.value === name);
  if (!arg) return undefined;
  const value = valueOf(arg.value, variables);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function valueOf(value: ValueNode, variables: Record<string, unknown>): unknown {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) return variables[value.name.value];
  return undefined;
}
