import type Ajv from 'ajv';
import type { ErrorObject, SchemaValidateFunction } from 'ajv';
import { Minimatch } from 'minimatch';
import { compilePattern } from '../labels/rules';

/**
 * Checks the JSON Schema cannot say by itself, declared in the features' schema fragments and
 * run by the same validator, so every mistake is found at load time, with its line:
 * - `format: regex`: a label rule pattern (`/pattern/flags` or plain) that compiles;
 * - `format: time-zone`: an IANA time zone the runtime knows (`Europe/Londn` is not UTC);
 * - `format: glob`: a relative glob that can match something;
 * - `uniqueBy: <key>` on a list: no two items share that key (gate names);
 * - `anyOf-keys: [keys]` on an object: at least one of them is given and not empty (a rule
 *   without a condition would never, or always, apply).
 */
export function addChecks(ajv: Ajv): Ajv {
  ajv.addFormat('regex', { type: 'string', validate: (text: string) => regexProblem(text) === undefined });
  ajv.addFormat('time-zone', { type: 'string', validate: (text: string) => isTimeZone(text) });
  ajv.addFormat('glob', { type: 'string', validate: (text: string) => globProblem(text) === undefined });
  ajv.addKeyword({ keyword: 'uniqueBy', type: 'array', schemaType: 'string', errors: true, validate: uniqueBy });
  ajv.addKeyword({ keyword: 'anyOf-keys', type: 'object', schemaType: 'array', errors: true, validate: anyOfKeys });
  return ajv;
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

type KeywordValidate = SchemaValidateFunction & { errors?: Partial<ErrorObject>[] };

const uniqueBy = function check(key: string, data: Record<string, unknown>[], _parent: unknown, ctx: { instancePath: string }): boolean {
  const seen = new Map<unknown, number>();
  const errors: Partial<ErrorObject>[] = [];
  data.forEach((item, index) => {
    const value = item?.[key];
    if (value === undefined) return;
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    else errors.push({ instancePath: `${ctx.instancePath}/${index}/${key}`, keyword: 'uniqueBy', params: { key, value, first }, message: `is used twice` });
  });
  (check as KeywordValidate).errors = errors;
  return errors.length === 0;
} as unknown as KeywordValidate;

const anyOfKeys = function check(keys: string[], data: Record<string, unknown>, _parent: unknown, ctx: { instancePath: string }): boolean {
  const given = keys.some((k) => data[k] !== undefined && !(Array.isArray(data[k]) && (data[k] as unknown[]).length === 0));
  (check as KeywordValidate).errors = given ? [] : [{ instancePath: ctx.instancePath, keyword: 'anyOf-keys', params: { keys }, message: 'has no condition' }];
  return given;
} as unknown as KeywordValidate;
