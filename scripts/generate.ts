// Writes the files generated from the code, so they never drift:
// schema/config.schema.json (from the features' schema fragments) and
// docs/CONFIGURATION.md (the configuration reference, from the same schema).
import { mkdirSync, writeFileSync } from 'node:fs';
import { configSchema } from '../src/config/schema';
import { configReference } from '../src/config/reference';

mkdirSync('schema', { recursive: true });
writeFileSync('schema/config.schema.json', JSON.stringify(configSchema, null, 2) + '\n');
writeFileSync('docs/CONFIGURATION.md', configReference(configSchema));
