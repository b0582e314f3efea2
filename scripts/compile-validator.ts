// Compiles the config schema's validator ahead of time (ajv's standalone code) into
// .tmp/config-validator.js, which the bundle uses in place of src/config/validator.ts: the same
// schema, options and always-true formats, without compiling the schema on every run
// (scripts/build.mjs). The checks ajv's code cannot carry run apart (src/config/checks.ts).
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { mkdirSync, writeFileSync } from 'node:fs';
import { configSchema } from '../src/config/schema';
import { AJV_OPTIONS, CHECKED_FORMATS } from '../src/config/validator';

const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: true } });
for (const format of CHECKED_FORMATS) ajv.addFormat(format, true);
const code = standaloneCode(ajv, ajv.compile(configSchema));
const exports = [
  `export const AJV_OPTIONS = ${JSON.stringify(AJV_OPTIONS)};`,
  `export const CHECKED_FORMATS = ${JSON.stringify(CHECKED_FORMATS)};`,
  'export function compileSchemaValidator() {\n  return validate;\n}'
];
mkdirSync('.tmp', { recursive: true });
writeFileSync('.tmp/config-validator.js', `${code}\n${exports.join('\n')}\n`);
