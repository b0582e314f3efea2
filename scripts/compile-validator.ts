// Compiles the config's validator ahead of time (ajv's standalone code) into
// .tmp/config-validator.js, which the bundle uses in place of src/config/validator.ts: the same
// schema and options, without compiling the schema on every run (scripts/build.mjs).
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { mkdirSync, writeFileSync } from 'node:fs';
import { configSchema } from '../src/config/schema';
import { AJV_OPTIONS } from '../src/config/validator';

const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: true } });
const code = standaloneCode(ajv, ajv.compile(configSchema));
mkdirSync('.tmp', { recursive: true });
writeFileSync('.tmp/config-validator.js', `${code}\nexport const AJV_OPTIONS = ${JSON.stringify(AJV_OPTIONS)};\nexport function compileValidator() {\n  return validate;\n}\n`);
