import Ajv, { type ValidateFunction } from 'ajv';
import { addChecks } from './checks';
import { configSchema } from './schema';

/** Ajv's options for the config schema: ajv fills schema defaults in place (useDefaults). */
export const AJV_OPTIONS = { allErrors: true, useDefaults: true, strict: false, verbose: true };

/**
 * The config's validator, compiled from the schema with the checks JSON Schema cannot say
 * (patterns that compile, time zones, globs, unique gate names: ./checks.ts). It is compiled at
 * run time, once per process: ajv's standalone (build-time) code cannot carry formats and
 * keywords that are JavaScript functions.
 */
export function compileValidator(): ValidateFunction {
  return addChecks(new Ajv(AJV_OPTIONS)).compile(configSchema);
}
