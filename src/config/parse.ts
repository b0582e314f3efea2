import type { ErrorObject, ValidateFunction } from 'ajv';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { checkConfig, globProblem, regexProblem } from './checks';
import { ConfigError } from './error';
import { configSchema } from './schema';
import type { Config } from './types';
import { compileSchemaValidator } from './validator';

export { ConfigError } from './error';

// Compiled ahead of time in the bundle, once per process in tests: ajv fills schema defaults in
// place (useDefaults).
let validator: ValidateFunction | undefined;

/** The schema's errors and then the config checks' (./checks.ts): none when the data is valid. */
function validate(data: unknown): ErrorObject[] {
  validator ??= compileSchemaValidator();
  const valid = validator(data) === true;
  const errors = valid ? [] : [...(validator.errors ?? [])];
  return [...errors, ...checkConfig(configSchema, data)];
}

const TOO_DEEP = 'the config nests lists or mappings too deeply to be read';

/**
 * Parses and validates the YAML text of a config file. Defaults are filled in; every error
 * names `file`, the line of the offending key and the key path (`labels.definitions[0].color`).
 * A YAML syntax error stops at the first (what follows is its consequence); otherwise every
 * problem of the file is thrown at once, in line order, so one run shows all there is to fix.
 */
export function parseConfig(text: string, file: string): Config {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineOf = (offset: number | undefined): number => (offset === undefined ? 1 : lineCounter.linePos(offset).line);

  const syntax = doc.errors[0];
  if (syntax) {
    // The parser's recursion gives out on thousands of nested brackets: say what is wrong.
    const message = /Maximum call stack/i.test(syntax.message) ? TOO_DEEP : syntax.message.split('\n')[0];
    throw new ConfigError(file, lineOf(syntax.pos[0]), '', `invalid YAML: ${message}`);
  }
  let data: unknown;
  let errors: ErrorObject[];
  try {
    data = doc.toJS() ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) {
      throw new ConfigError(file, 1, '', 'expected a mapping of settings at the top level');
    }
    errors = validate(data);
  } catch (error) {
    if (error instanceof RangeError) throw new ConfigError(file, 1, '', TOO_DEEP);
    throw error;
  }
  if (errors.length) {
    throw ConfigError.of(
      pickErrors(errors).map((error) => {
        const path = pathOf(error);
        const node = locate(doc.contents, path);
        return new ConfigError(file, lineOf(node?.range?.[0]), keyPath(path), describe(error));
      })
    );
  }
  return data as Config;
}

/** Wrappers that only repeat their branches' errors (propertyNames: the key's own error names it). */
const WRAPPERS = new Set(['anyOf', 'oneOf', 'allOf', 'if', 'then', 'else', 'not', 'propertyNames']);

/** One error per key path (the most actionable one), wrappers dropped. */
function pickErrors(errors: ErrorObject[]): ErrorObject[] {
  const byPath = new Map<string, ErrorObject>();
  const rank = (e: ErrorObject) =>
    ['additionalProperties', 'required', 'type', 'uniqueBy', 'anyOf-keys', 'format', 'enum', 'pattern'].indexOf(
      e.keyword
    ) >>> 0;
  for (const error of errors) {
    if (WRAPPERS.has(error.keyword)) continue;
    const key = keyPath(pathOf(error));
    const known = byPath.get(key);
    if (!known || rank(error) < rank(known)) byPath.set(key, error);
  }
  return byPath.size ? [...byPath.values()] : errors.slice(0, 1);
}

function pathOf(error: ErrorObject): (string | number)[] {
  const parts = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  if (error.keyword === 'additionalProperties') parts.push(String(error.params.additionalProperty));
  if (error.keyword === 'required') parts.push(String(error.params.missingProperty));
  // A map key that breaks `propertyNames` (a priority label): name the key itself.
  if (error.propertyName !== undefined) parts.push(error.propertyName);
  return parts;
}

function keyPath(path: (string | number)[]): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');
}

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case 'additionalProperties':
      return 'unknown key (check the spelling; see schema/config.schema.json for the keys allowed here)';
    case 'required':
      return 'is required but missing';
    case 'type':
      // YAML reads unquoted 5319e7 or 000001 as numbers: say how to keep them text.
      return error.params.type === 'string' && typeof error.data === 'number'
        ? `expected text, got the number ${error.data} (quote the value: YAML reads it as a number)`
        : `expected ${String(error.params.type)
            .split(',')
            .map((t) => TYPE_WORDS[t] ?? t)
            .join(' or ')}`;
    case 'enum':
      return `expected one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'pattern':
      // The schema says in words what it expects: a raw regular expression helps nobody.
      return `${JSON.stringify(error.data)} is not ${(error.parentSchema as { 'x-expected'?: string } | undefined)?.['x-expected'] ?? 'in the form described in docs/CONFIGURATION.md'}`;
    case 'format':
      return describeFormat(String(error.params.format), String(error.data));
    case 'uniqueBy':
      return `${JSON.stringify(error.params.value)} is used twice (first by item ${error.params.first} of this list): each ${error.params.key} must be unique`;
    case 'anyOf-keys':
      return `a rule needs at least one condition (${(error.params.keys as string[]).join(', ')}); without one it would never apply`;
    case 'maxLength':
      return `is longer than ${error.params.limit} characters${error.propertyName !== undefined || /label/i.test(error.instancePath) ? ' (GitHub refuses longer label names and descriptions with 422)' : ''}`;
    default:
      return error.message ?? 'is invalid';
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (key: value)',
  null: 'nothing'
};

function describeFormat(format: string, value: string): string {
  switch (format) {
    case 'regex':
      return `${JSON.stringify(value)} is not a valid regular expression (${regexProblem(value)})`;
    case 'time-zone':
      return `${JSON.stringify(value)} is not a known time zone: expected an IANA name such as Europe/London, America/New_York or UTC`;
    case 'glob':
      return `${JSON.stringify(value)} is not a usable glob: it ${globProblem(value)}`;
    default:
      return `${JSON.stringify(value)} is not a valid ${format}`;
  }
}

/** The YAML node for a key path: the key itself when it exists (its line is what a person looks for). */
function locate(root: Node | null, path: (string | number)[]): Node | undefined {
  let node: Node | null | undefined = root;
  let last: Node | undefined = root ?? undefined;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(part));
      if (!pair) return last;
      last = (pair.key as Node) ?? last;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof part === 'number') {
      node = node.items[part] as Node | undefined;
      if (!node) return last;
      last = node;
    } else {
      return last;
    }
  }
  return last;
}
