import Ajv, { type ErrorObject, type SchemaObject, type ValidateFunction } from 'ajv';
import { fieldsOf, isFields } from '../json';
import { deref, openapi, type MatchedOperation } from './spec';

/**
 * JSON Schema validators for the published operations, compiled lazily (per operation and
 * status, once per process) with ajv. Refs between the description's schemas are shared, not
 * inlined, so `repository` is compiled once for every operation that returns one.
 */
const ajv = new Ajv({ strict: false, allErrors: false, validateSchema: false, logger: false, inlineRefs: false });
// Query and path parameters arrive as text: coerced to the declared types on a copy.
const params = new Ajv({ strict: false, allErrors: false, validateSchema: false, logger: false, coerceTypes: 'array' });
for (const v of [ajv, params]) {
  v.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/i);
  v.addFormat('uri', { validate: (text: string) => URL.canParse(text) });
}

const PREFIX = '#/components/schemas/';
const registered = new Set<string>();
const cache = new Map<string, ValidateFunction | null>();

/**
 * OpenAPI 3.0 to the JSON Schema ajv reads: `nullable: true` becomes a `null` type (or a
 * `null` branch beside `allOf`/`anyOf`), and component refs become ids registered with ajv.
 * Returns the component names the node refers to.
 */
function normalise(node: unknown, refs: Set<string>): void {
  if (Array.isArray(node)) return node.forEach((n) => normalise(n, refs));
  if (!isFields(node)) return;
  if (typeof node.$ref === 'string' && node.$ref.startsWith(PREFIX)) node.$ref = `gh:${node.$ref.slice(PREFIX.length)}`;
  if (typeof node.$ref === 'string' && node.$ref.startsWith('gh:')) refs.add(node.$ref.slice(3));
  for (const [key, value] of Object.entries(node))
    if (key !== '$ref' && key !== 'example' && key !== 'examples') normalise(value, refs);
  if (node.nullable !== true) return;
  delete node.nullable;
  if (typeof node.type === 'string') {
    node.type = [node.type, 'null'];
    if (Array.isArray(node.enum) && !node.enum.includes(null)) node.enum.push(null);
    return;
  }
  const rest = { ...node };
  for (const key of Object.keys(node)) delete node[key];
  node.anyOf = [{ type: 'null' }, rest];
}

/** Registers the named component schemas, and those they refer to, with ajv (once each). */
function register(names: Iterable<string>): void {
  const queue = [...names];
  while (queue.length) {
    const name = queue.pop()!;
    if (registered.has(name)) continue;
    registered.add(name);
    const schema = fieldsOf(openapi().spec.components.schemas[name]);
    const refs = new Set<string>();
    normalise(schema, refs);
    ajv.addSchema(schema, `gh:${name}`);
    queue.push(...refs);
  }
}

function compile(key: string, schema: SchemaObject | undefined, target: Ajv = ajv): ValidateFunction | null {
  if (cache.has(key)) return cache.get(key)!;
  let validate: ValidateFunction | null = null;
  if (schema) {
    const copy: SchemaObject = structuredClone(schema);
    const refs = new Set<string>();
    normalise(copy, refs);
    register(refs);
    validate = target.compile(copy);
  }
  cache.set(key, validate);
  return validate;
}

function describe(errors: ErrorObject[] | null | undefined, where: string): string[] {
  return (errors ?? [])
    .slice(0, 3)
    .map(
      (e) =>
        `${where}${e.instancePath || ''} ${e.message ?? 'is invalid'}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}`
    );
}

/** The JSON schema of an answer with this status, or why there is none. */
function responseSchema(o: MatchedOperation, status: number): { schema?: SchemaObject; documented: boolean } {
  const response = deref(o.op.responses?.[String(status)]);
  if (!response) return { documented: false };
  return { schema: jsonSchemaOf(response), documented: true };
}

/** The JSON schema of a response or request body object (`content.application/json.schema`). */
function jsonSchemaOf(body: unknown): SchemaObject | undefined {
  const schema = fieldsOf(fieldsOf(fieldsOf(body).content)['application/json']).schema;
  return isFields(schema) ? schema : undefined;
}

/**
 * Statuses GitHub may send for any operation whether or not its description lists them
 * (docs.github.com/rest/using-the-rest-api/troubleshooting-the-rest-api: 401 bad credentials,
 * 403 missing permission or secondary rate limit, 429 and 5xx): checked against `basic-error`.
 */
const ANY_OPERATION = new Set([401, 403, 429, 500, 502, 503]);

function checkBasicError(body: unknown): string[] {
  const basic = compile('basic-error', { $ref: `${PREFIX}basic-error` })!;
  return basic(body) ? [] : describe(basic.errors, 'response');
}

/** What is wrong with an answer to a published operation (empty when it conforms). */
export function checkResponse(o: MatchedOperation, status: number, body: unknown, json: boolean): string[] {
  const { schema, documented } = responseSchema(o, status);
  if (!documented) {
    if (!ANY_OPERATION.has(status))
      return [
        `status ${status} is not documented for ${o.id} (documented: ${Object.keys(o.op.responses ?? {}).join(', ')})`
      ];
    return json ? checkBasicError(body) : [];
  }
  // An error answer whose body the description leaves out is still GitHub's error shape.
  if (!schema && status >= 400) return json ? checkBasicError(body) : [];
  if (!schema) return body === undefined || !json ? [] : [`${o.id} documents no body for status ${status}`];
  if (!json) return [`${o.id} ${status}: a JSON body is documented, none was sent`];
  const validate = compile(`${o.id} ${status}`, schema)!;
  return validate(body) ? [] : describe(validate.errors, 'response');
}

/** A declared parameter of an operation: where it goes, its name and its schema. */
interface Parameter {
  in: string;
  name: string;
  required: boolean;
  schema: SchemaObject;
}

function parameterOf(raw: unknown): Parameter {
  const p = fieldsOf(deref(raw));
  return { in: String(p.in), name: String(p.name), required: p.required === true, schema: fieldsOf(p.schema) };
}

/** What is wrong with a request's query and path parameters against those the operation declares. */
function checkParams(o: MatchedOperation, query: URLSearchParams): string[] {
  const problems: string[] = [];
  const declared = (o.op.parameters ?? []).map(parameterOf);
  const queryNames = new Set(declared.filter((p) => p.in === 'query').map((p) => p.name));
  for (const name of new Set(query.keys()))
    if (!queryNames.has(name)) problems.push(`query parameter "${name}" is not documented for ${o.id}`);
  const values: Record<string, unknown> = { ...o.params };
  for (const name of queryNames) if (query.has(name)) values[name] = query.get(name);
  const paramSchema = {
    type: 'object',
    properties: Object.fromEntries(
      declared.filter((p) => p.in === 'query' || p.in === 'path').map((p) => [p.name, p.schema])
    ),
    required: declared.filter((p) => p.in === 'path' && p.required).map((p) => p.name)
  };
  const validateParams = compile(`${o.id} params`, paramSchema, params)!;
  if (!validateParams(values)) problems.push(...describe(validateParams.errors, 'parameter '));
  return problems;
}

/** What is wrong with a request's body and parameters against the operation's request schema. */
export function checkRequest(o: MatchedOperation, query: URLSearchParams, body: unknown): string[] {
  const problems = checkParams(o, query);
  const requestBody = deref(o.op.requestBody);
  const schema = jsonSchemaOf(requestBody);
  if (body === undefined) {
    if (fieldsOf(requestBody).required) problems.push(`${o.id} requires a JSON body`);
  } else if (schema) {
    const validate = compile(`${o.id} request`, schema)!;
    if (!validate(body)) problems.push(...describe(validate.errors, 'request body'));
  }
  return problems;
}
