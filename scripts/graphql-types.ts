// The result and variable types of every GraphQL document in src/, generated from GitHub's
// published schema (@octokit/graphql-schema) so a feature's reads are typed by GitHub's contract,
// not by what we expect an answer to hold. `npm run codegen` writes them to
// src/core/generated/graphql.ts; __tests__/foundation/codegen.test.ts fails when that file is stale.
//
// A small generator of our own over `graphql`: GraphQL Code Generator's current packages need a
// newer Node.js than the one this project supports (engines >=20). It covers what our documents
// use: named operations and fragments, fields, aliases, arguments, inline fragments and fragment
// spreads on interfaces and unions, lists, non-null, enums, input objects and GitHub's scalars.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  type GraphQLEnumType,
  type GraphQLInputObjectType,
  type GraphQLObjectType,
  type GraphQLScalarType,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  NoUnusedFragmentsRule,
  OperationTypeNode,
  parse,
  specifiedRules,
  typeFromAST,
  validate,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode
} from 'graphql';

/** One `export const NAME_QUERY|_MUTATION|_FRAGMENT = \`…\`` found in src/. */
export interface SourceDocument {
  file: string;
  name: string;
  text: string;
}

const DOCUMENT_CONSTANT =
  /export const (\w+_(?:QUERY|MUTATION|FRAGMENT))\s*=\s*(?:\/\*\s*GraphQL\s*\*\/\s*)?`([^`]*)`/g;

/** Every document constant of src/ (the emulator's own documents excepted), in path order. */
export function findDocuments(root = 'src'): SourceDocument[] {
  const found: SourceDocument[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) {
        if (entry !== 'emulator' && entry !== 'generated') walk(path);
      } else if (path.endsWith('.ts')) {
        for (const match of readFileSync(path, 'utf8').matchAll(DOCUMENT_CONSTANT)) {
          // A document built at run time (`${…}`) cannot be typed whole: its parts are fragments.
          if (!match[2]!.includes('${'))
            found.push({ file: path.split('\\').join('/'), name: match[1]!, text: match[2]! });
        }
      }
    }
  };
  walk(root);
  return found;
}

/** GitHub's custom scalars are strings on the wire (dates, URLs, ids, HTML, hashes). */
const SCALARS: Record<string, string> = { Int: 'number', Float: 'number', Boolean: 'boolean' };
const STRING_SCALARS = new Set([
  'ID',
  'String',
  'URI',
  'DateTime',
  'Date',
  'PreciseDateTime',
  'HTML',
  'GitObjectID',
  'GitRefname',
  'GitSSHRemote',
  'GitTimestamp',
  'Base64String',
  'BigInt',
  'X509Certificate',
  'CustomPropertyValue'
]);
/** An abstract type's other members share one branch; their `__typename` is listed up to this many. */
const MAX_LISTED_TYPENAMES = 30;

/** The named types (enums, input objects) the documents use, emitted once each. */
class NamedTypes {
  readonly emitted = new Map<string, string>();

  enumType(type: GraphQLEnumType): string {
    if (!this.emitted.has(type.name)) {
      this.emitted.set(
        type.name,
        `export type ${type.name} = ${type
          .getValues()
          .map((v) => `'${v.name}'`)
          .join(' | ')};`
      );
    }
    return type.name;
  }

  inputObject(type: GraphQLInputObjectType): string {
    if (this.emitted.has(type.name)) return type.name;
    this.emitted.set(type.name, '');
    const fields = Object.values(type.getFields()).map((f) =>
      isNonNullType(f.type) && f.defaultValue === undefined
        ? `  ${f.name}: ${this.input(f.type)};`
        : `  ${f.name}?: ${this.input(f.type)};`
    );
    this.emitted.set(type.name, `export interface ${type.name} {\n${fields.join('\n')}\n}`);
    return type.name;
  }

  /** The TypeScript type of an input (a variable or an input object's field). */
  input(type: GraphQLInputType): string {
    if (isNonNullType(type)) return this.inputInner(type.ofType);
    return `${this.inputInner(type)} | null`;
  }

  private inputInner(type: GraphQLInputType): string {
    if (isListType(type)) return `Array<${this.input(type.ofType)}>`;
    if (isEnumType(type)) return this.enumType(type);
    if (isInputObjectType(type)) return this.inputObject(type);
    return scalar(type);
  }
}

function scalar(type: GraphQLScalarType): string {
  return SCALARS[type.name] ?? (STRING_SCALARS.has(type.name) ? 'string' : 'unknown');
}

/** Field nodes by response key, with the sub-selections of a repeated key merged. */
type Fields = Map<string, FieldNode[]>;

class SelectionTyper {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly named: NamedTypes,
    private readonly fragments: Map<string, FragmentDefinitionNode>
  ) {}

  /** The object type of a selection set on `parent` (a union over members for an abstract type). */
  selection(parent: GraphQLCompositeType, sets: SelectionSetNode[], indent: string): string {
    if (!isAbstractType(parent)) return this.objectOf(parent, this.collect(parent, sets), indent);
    const { schema } = this;
    const possible = schema.getPossibleTypes(parent);
    const named = new Set(possible.filter((t) => this.mentions(t, sets)).map((t) => t.name));
    const rest = possible.filter((t) => !named.has(t.name));
    const single = named.size + (rest.length ? 1 : 0) === 1;
    const inner = single ? indent : `${indent}    `;
    const branches = possible
      .filter((t) => named.has(t.name))
      .map((t) => this.objectOf(t, this.collect(t, sets), inner));
    if (rest.length) {
      const typename = rest.length <= MAX_LISTED_TYPENAMES ? rest.map((t) => `'${t.name}'`).join(' | ') : 'string';
      branches.push(this.objectOf(parent, this.collect(parent, sets), inner, typename));
    }
    return single ? branches[0]! : `(\n${indent}  | ${branches.join(`\n${indent}  | `)}\n${indent})`;
  }

  /** Does a type condition in these selections name `type` itself (not only an interface of it)? */
  private mentions(type: GraphQLObjectType, sets: SelectionSetNode[]): boolean {
    return sets.some((set) =>
      set.selections.some((s) => {
        if (s.kind === Kind.INLINE_FRAGMENT)
          return (
            s.typeCondition?.name.value === type.name || (!s.typeCondition && this.mentions(type, [s.selectionSet]))
          );
        if (s.kind === Kind.FRAGMENT_SPREAD) {
          const fragment = this.fragments.get(s.name.value);
          return fragment
            ? fragment.typeCondition.name.value === type.name || this.mentions(type, [fragment.selectionSet])
            : false;
        }
        return false;
      })
    );
  }

  /** The fields that apply to `type`: unconditional ones and those under a condition it meets. */
  private collect(type: GraphQLCompositeType, sets: SelectionSetNode[], into: Fields = new Map()): Fields {
    const { schema } = this;
    const applies = (condition: string | undefined) => {
      if (!condition || condition === type.name) return true;
      const conditionType = schema.getType(condition);
      return Boolean(
        conditionType &&
        isAbstractType(conditionType) &&
        (isObjectType(type) ? schema.isSubType(conditionType, type) : conditionType === type)
      );
    };
    for (const set of sets) {
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD)
          into.set(s.alias?.value ?? s.name.value, [...(into.get(s.alias?.value ?? s.name.value) ?? []), s]);
        else if (s.kind === Kind.INLINE_FRAGMENT && applies(s.typeCondition?.name.value))
          this.collect(type, [s.selectionSet], into);
        else if (s.kind === Kind.FRAGMENT_SPREAD) {
          const fragment = this.fragments.get(s.name.value);
          if (fragment && applies(fragment.typeCondition.name.value)) this.collect(type, [fragment.selectionSet], into);
        }
      }
    }
    return into;
  }

  private objectOf(type: GraphQLCompositeType, fields: Fields, indent: string, typename?: string): string {
    if (fields.size === 0) return '{}';
    const inner = `${indent}  `;
    const lines = [...fields].map(([key, nodes]) => {
      const name = nodes[0]!.name.value;
      if (name === '__typename') return `${inner}${key}: ${typename ?? `'${type.name}'`};`;
      const field = (type as GraphQLObjectType).getFields()[name];
      if (!field) throw new Error(`${type.name} has no field ${name}`);
      const sets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
      return `${inner}${key}: ${this.output(field.type, sets, inner)};`;
    });
    return `{\n${lines.join('\n')}\n${indent}}`;
  }

  private output(type: GraphQLOutputType, sets: SelectionSetNode[], indent: string): string {
    if (isNonNullType(type)) return this.outputInner(type.ofType, sets, indent);
    return `${this.outputInner(type, sets, indent)} | null`;
  }

  private outputInner(type: GraphQLOutputType, sets: SelectionSetNode[], indent: string): string {
    if (isListType(type)) return `Array<${this.output(type.ofType, sets, indent)}>`;
    if (isEnumType(type)) return this.named.enumType(type);
    if (isCompositeType(type)) return this.selection(type, sets, indent);
    return scalar(type);
  }
}

function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function operationTypes(
  op: OperationDefinitionNode,
  schema: GraphQLSchema,
  named: NamedTypes,
  typer: SelectionTyper,
  source: SourceDocument
): string[] {
  if (!op.name)
    throw new Error(
      `${source.file} ${source.name}: every operation needs a name (the generated type is named after it)`
    );
  const kind = op.operation === OperationTypeNode.MUTATION ? 'Mutation' : 'Query';
  const root = op.operation === OperationTypeNode.MUTATION ? schema.getMutationType() : schema.getQueryType();
  const typeName = `${pascal(op.name.value)}${kind}`;
  const variables = (op.variableDefinitions ?? []).map((v) => {
    const type = typeFromAST(schema, v.type) as GraphQLInputType | undefined;
    if (!type) throw new Error(`${source.file} ${source.name}: unknown type of $${v.variable.name.value}`);
    const optional = !isNonNullType(type) || v.defaultValue !== undefined;
    return `  ${v.variable.name.value}${optional ? '?' : ''}: ${named.input(type)};`;
  });
  return [
    `/** The answer to ${op.name.value} (${source.name}, ${source.file}). */`,
    `export type ${typeName} = ${typer.selection(root!, [op.selectionSet], '')};`,
    '',
    `export interface ${typeName}Variables {${variables.length ? `\n${variables.join('\n')}\n` : ''}}`
  ];
}

function fragmentTypes(
  fragment: FragmentDefinitionNode,
  schema: GraphQLSchema,
  typer: SelectionTyper,
  source: SourceDocument
): string[] {
  const on = schema.getType(fragment.typeCondition.name.value);
  if (!on || !isCompositeType(on))
    throw new Error(`${source.file} ${source.name}: unknown type ${fragment.typeCondition.name.value}`);
  return [
    `/** Fragment ${fragment.name.value} on ${on.name} (${source.name}, ${source.file}). */`,
    `export type ${pascal(fragment.name.value)}Fragment = ${typer.selection(on, [fragment.selectionSet], '')};`
  ];
}

/** Checks a document against the schema; a fragment-only document is not required to be used. */
function check(schema: GraphQLSchema, document: DocumentNode, source: SourceDocument): void {
  const rules = specifiedRules.filter((rule) => rule !== NoUnusedFragmentsRule);
  const errors = validate(schema, document, rules);
  if (errors.length) throw new Error(`${source.file} ${source.name}: ${errors.map((e) => e.message).join('; ')}`);
}

/** A fragment repeated in several documents is typed once, when it selects the same fields. */
function addBlock(blocks: Map<string, string>, key: string, text: string, source: SourceDocument): void {
  const body = (t: string) => t.slice(t.indexOf('\n') + 1);
  const before = blocks.get(key);
  if (before !== undefined && body(before) !== body(text))
    throw new Error(
      `${source.file} ${source.name}: ${key.replace(':', ' ')} is defined differently elsewhere: give it another name`
    );
  if (before === undefined) blocks.set(key, text);
}

/** The generated file's text for these documents over this schema (SDL). */
export function generateGraphqlTypes(schemaSdl: string, documents: SourceDocument[], schemaVersion: string): string {
  const schema = buildSchema(schemaSdl, { assumeValidSDL: true });
  const named = new NamedTypes();
  const blocks = new Map<string, string>();
  for (const source of documents) {
    const document = parse(source.text);
    check(schema, document, source);
    // Fragments are resolved within their own document: each constant is sent whole.
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const typer = new SelectionTyper(schema, named, fragments);
    for (const d of document.definitions) {
      if (d.kind === Kind.OPERATION_DEFINITION)
        addBlock(
          blocks,
          `op:${d.name?.value ?? ''}`,
          operationTypes(d, schema, named, typer, source).join('\n'),
          source
        );
      else if (d.kind === Kind.FRAGMENT_DEFINITION)
        addBlock(blocks, `fragment:${d.name.value}`, fragmentTypes(d, schema, typer, source).join('\n'), source);
    }
  }
  const header = [
    "// Generated by `npm run codegen` (scripts/graphql-types.ts) from GitHub's published GraphQL schema,",
    `// @octokit/graphql-schema ${schemaVersion}, and the documents in src/. Do not edit: change a document`,
    '// and run `npm run codegen`; __tests__/foundation/codegen.test.ts fails when this file is stale.',
    '/* eslint-disable */'
  ];
  const namedBlocks = [...named.emitted.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, text]) => text);
  return `${[...header, '', ...[...blocks.values()].flatMap((b) => [b, '']), ...namedBlocks.flatMap((b) => [b, ''])].join('\n').trimEnd()}\n`;
}

/** What `npm run codegen` writes, from the installed schema package and the sources. */
export function currentGraphqlTypes(): string {
  const sdl = readFileSync('node_modules/@octokit/graphql-schema/schema.graphql', 'utf8');
  const { version } = JSON.parse(readFileSync('node_modules/@octokit/graphql-schema/package.json', 'utf8')) as {
    version: string;
  };
  return generateGraphqlTypes(sdl, findDocuments(), version);
}

export const GENERATED_GRAPHQL_TYPES = 'src/core/generated/graphql.ts';
