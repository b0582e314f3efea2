import Ajv, { type ValidateFunction } from 'ajv';
import { configSchema } from './schema';

/** Ajv's options for the config schema: ajv fills schema defaults in place (useDefaults). */
export const AJV_OPTIONS = { allErrors: true, useDefaults: true, strict: false, verbose: true };

/**
 * The formats the config's own checks judge (./checks.ts). Ajv's compiled code cannot carry a
 * JavaScript function, so here they are formats that every string meets, and the checks pass
 * after ajv judges them instead.
 */
export const CHECKED_FORMATS = ['regex', 'time-zone', 'glob'] as const;

/**
 * The schema's own validator (types, keys, enums, defaults), without the checks of ./checks.ts.
 * The bundle does not run this: the build compiles the same schema with the same options ahead
 * of time (scripts/compile-validator.ts, ajv's standalone code) and puts that code in this
 * module's place, so no run pays for ajv's compiler. Tests of src/ compile it here.
 */
export function compileSchemaValidator(): ValidateFunction {
  const ajv = new Ajv(AJV_OPTIONS);
  for (const format of CHECKED_FORMATS) ajv.addFormat(format, true);
  return ajv.compile(configSchema);
}
