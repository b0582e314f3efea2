import type { ErrorObject, ValidateFunction } from 'ajv';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Config } from './types';
import { compileValidator } from './validator';

/** A config problem a person can fix: it names the file, the line and the key. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly key: string,
    readonly problem: string
  ) {
    super(`${file}:${line}: ${key ? `\`${key}\`: ` : ''}${problem}`);
    this.name = 'ConfigError';
  }
}

// Compiled once per process: ajv fills schema defaults in place (useDefaults).
let validator: ValidateFunction | undefined;
function validate(): ValidateFunction {
  validator ??= compileValidator();
  return validator;
}

const TOO_DEEP = 'the config nests lists or mappings too deeply to be read';

/**
 * Parses and validates the YAML text of a config file. Defaults are filled in; every error
 * names `file`, the line of the offending key and the key path (`labels.definitions[0].color`).
 * Only the first error is thrown: one clear message beats a wall of consequences.
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
  let valid: boolean;
  const check = validate();
  try {
    data = doc.toJS() ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) {
      throw new ConfigError(file, 1, '', 'expected a mapping of settings at the top level');
    }
    valid = check(data) === true;
  } catch (error) {
    if (error instanceof RangeError) throw new ConfigError(file, 1, '', TOO_DEEP);
    throw error;
  }
  if (!valid) {
    const error = pickError(check.errors ?? []);
    const path = pathOf(error);
    const node = locate(doc.contents as Node | null, path);
    throw new ConfigError(file, lineOf(node?.range?.[0]), keyPath(path), describe(error));
  }
  return data as Config;
}

/** Prefers the most specific, most actionable error (unknown keys first, then deepest). */
function pickError(errors: ErrorObject[]): ErrorObject {
  const unknown = errors.find((e) => e.keyword === 'additionalProperties');
  if (unknown) return unknown;
  // anyOf/oneOf wrappers repeat their branches' errors; the deepest one is the useful one.
  return [...errors].sort((a, b) => pathOf(b).length - pathOf(a).length)[0]!;
}

function pathOf(error: ErrorObject): (string | number)[] {
  const parts = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  if (error.keyword === 'additionalProperties') parts.push(String(error.params.additionalProperty));
  if (error.keyword === 'required') parts.push(String(error.params.missingProperty));
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
        ? `expected a string, got the number ${error.data} (quote the value: YAML reads it as a number)`
        : `expected ${error.params.type}`;
    case 'enum':
      return `expected one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'pattern':
      return `does not match the expected form ${error.params.pattern}`;
    default:
      return error.message ?? 'is invalid';
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
