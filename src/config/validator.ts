import Ajv, { type ValidateFunction } from 'ajv';
import { configSchema } from './schema';

/** Ajv's options for the config schema: ajv fills schema defaults in place (useDefaults). */
export const AJV_OPTIONS = { allErrors: true, useDefaults: true, strict: false, verbose: true };

/**
 * The config's validator, compiled from the schema. The bundle does not run this: the build
 * compiles the same schema with the same options ahead of time (scripts/build.mjs, ajv's
 * standalone code) and puts that code in this module's place, so no run pays for compiling it.
 */
export function compileValidator(): ValidateFunction {
  return new Ajv(AJV_OPTIONS).compile(configSchema);
}
