import type { ErrorObject } from 'ajv';
import { Minimatch } from 'minimatch';
import { compilePattern } from '../labels/rules';

/**
 * Checks the JSON Schema cannot say by itself, declared in the features' schema fragments, so
 * every mistake is found at load time, with its line:
 * - `format: regex`: a label rule pattern (`/pattern/flags` or plain) that compiles;
 * - `format: time-zone`: an IANA time zone the runtime knows (`Europe/Londn` is not UTC);
 * - `format: glob`: a relative glob that can match something;
 * - `uniqueBy: <key>` on a list: no two items share that key (gate names);
 * - `anyOf-keys: [keys]` on an object: at least one of them is given and not empty (a rule
 *   without a condition would never, or always, apply).
 * They are JavaScript, which ajv's code compiled ahead of time cannot carry, so they run as a
 * pass of their own after ajv (checkConfig), giving the errors ajv gave when it ran them.
 */
export interface CheckedSchema {
  format?: string;
  uniqueBy?: string;
  'anyOf-keys'?: readonly string[];
  properties?: Readonly<Record<string, unknown>>;
  additionalProperties?: unknown;
  items?: unknown;
}

const FORMATS: Record<string, (text: string) => boolean> = {
  regex: (text) => regexProblem(text) === undefined,
  'time-zone': (text) => isTimeZone(text),
  glob: (text) => globProblem(text) === undefined
};

/**
 * The checks' errors for `data` (already validated and given its defaults by ajv), shaped as
 * ajv's (verbose) errors, in the order ajv's keywords would have found them. The walk follows
 * the schema's `properties`, `additionalProperties` and `items`: the only applicators the
 * config schema uses.
 */
export function checkConfig(schema: unknown, data: unknown): ErrorObject[] {
  const errors: ErrorObject[] = [];
  walk(schema, data, '', '#', errors);
  return errors;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asSchema = (value: unknown): CheckedSchema | undefined => (isObject(value) ? value : undefined);
const pointer = (key: string) => `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;

function walk(node: unknown, data: unknown, instancePath: string, schemaPath: string, errors: ErrorObject[]): void {
  const schema = asSchema(node);
  if (!schema) return;
  if (typeof data === 'string' && schema.format !== undefined)
    checkFormat(schema, data, instancePath, schemaPath, errors);
  if (Array.isArray(data)) {
    const items = asSchema(schema.items);
    if (items) data.forEach((item, i) => walk(items, item, `${instancePath}/${i}`, `${schemaPath}/items`, errors));
    if (schema.uniqueBy !== undefined)
      errors.push(...uniqueBy(schema.uniqueBy, data, instancePath, schemaPath, schema));
  } else if (isObject(data)) {
    walkProperties(schema, data, instancePath, schemaPath, errors);
    const keys = schema['anyOf-keys'];
    if (keys !== undefined && !anyOfKeys(keys, data))
      errors.push(error('anyOf-keys', instancePath, schemaPath, schema, keys, data, { keys }, 'has no condition'));
  }
}

/** The schema's properties first, in its order, then the others under additionalProperties (as ajv goes). */
function walkProperties(
  schema: CheckedSchema,
  data: Record<string, unknown>,
  instancePath: string,
  schemaPath: string,
  errors: ErrorObject[]
): void {
  const known = schema.properties ?? {};
  for (const [key, sub] of Object.entries(known))
    if (data[key] !== undefined)
      walk(sub, data[key], instancePath + pointer(key), `${schemaPath}/properties/${key}`, errors);
  const other = asSchema(schema.additionalProperties);
  if (!other) return;
  for (const key of Object.keys(data))
    if (!Object.hasOwn(known, key))
      walk(other, data[key], instancePath + pointer(key), `${schemaPath}/additionalProperties`, errors);
}

function checkFormat(
  schema: CheckedSchema,
  text: string,
  instancePath: string,
  schemaPath: string,
  errors: ErrorObject[]
): void {
  const format = schema.format!;
  const valid = FORMATS[format];
  if (valid && !valid(text))
    errors.push(
      error('format', instancePath, schemaPath, schema, format, text, { format }, `must match format "${format}"`)
    );
}

function error(
  keyword: string,
  instancePath: string,
  schemaPath: string,
  parentSchema: CheckedSchema,
  value: unknown,
  data: unknown,
  params: Record<string, unknown>,
  message: string
): ErrorObject {
  return {
    instancePath,
    schemaPath: `${schemaPath}/${keyword}`,
    keyword,
    params,
    message,
    schema: value,
    parentSchema,
    data
  };
}

/** Why a label rule pattern does not compile, in the words of the JavaScript engine. */
export function regexProblem(text: string): string | undefined {
  try {
    compilePattern(text);
    return undefined;
  } catch (error) {
    return (error as Error).message.replace(/^Invalid regular expression: /, '');
  }
}

export function isTimeZone(text: string): boolean {
  // The default: known to every runtime, and asking Intl would load its time-zone data on every
  // run (a seventh of a no-op event's start-up).
  if (text === 'UTC') return true;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: text });
    return true;
  } catch {
    return false;
  }
}

/**
 * Why a glob cannot be what its writer meant: globs are relative to the workspace, use `/`,
 * and their brackets and braces close.
 */
export function globProblem(text: string): string | undefined {
  if (text.startsWith('/')) return 'starts with `/`: globs are relative to the workspace';
  if (/(^|\/)\.\.(\/|$)/.test(text)) return 'goes up with `..`: only files inside the workspace are read';
  if (text.includes('\\')) return 'holds `\\`: separate folders with `/`';
  if (!balanced(text, '{', '}') || !balanced(text, '[', ']')) return 'has a bracket or brace that does not close';
  try {
    new Minimatch(text, { dot: true });
  } catch (error) {
    return `cannot be read as a glob (${(error as Error).message})`;
  }
  return undefined;
}

function balanced(text: string, open: string, close: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === open) depth += 1;
    else if (ch === close && --depth < 0) return false;
  }
  return depth === 0;
}

/** An error for each item whose `key` an earlier item already has. */
function uniqueBy(
  key: string,
  data: unknown[],
  instancePath: string,
  schemaPath: string,
  schema: CheckedSchema
): ErrorObject[] {
  const seen = new Map<unknown, number>();
  const errors: ErrorObject[] = [];
  data.forEach((item, index) => {
    const value = isObject(item) ? item[key] : undefined;
    if (value === undefined) return;
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    else
      errors.push(
        error(
          'uniqueBy',
          `${instancePath}/${index}/${key}`,
          schemaPath,
          schema,
          key,
          data,
          { key, value, first },
          'is used twice'
        )
      );
  });
  return errors;
}

/** Whether at least one of `keys` is given and not an empty list. */
function anyOfKeys(keys: readonly string[], data: Record<string, unknown>): boolean {
  return keys.some((k) => {
    const value = data[k];
    return value !== undefined && !(Array.isArray(value) && value.length === 0);
  });
}
