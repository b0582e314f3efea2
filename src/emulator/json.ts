/**
 * Narrowing JSON that comes from outside (request bodies, seeds, control requests, GitHub's
 * published description): every value starts as `unknown` and is read through these, so a
 * field of the wrong type is seen as missing instead of crashing a handler.
 */

/** A JSON object's fields, unchecked. */
export type Fields = Record<string, unknown>;

export function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The named fields of a value: none unless it is an object (`null`, a list or a string has none). */
export function fieldsOf(value: unknown): Fields {
  return isFields(value) ? value : {};
}

/** The value when it is a string. */
export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The value when it is a number. */
export function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

/** The value when it is a list. */
export function listOf(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? (value as unknown[]) : undefined;
}
