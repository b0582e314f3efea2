// `npm run codegen`: writes src/core/generated/graphql.ts, the types of every GraphQL document in
// src/ generated from GitHub's published schema (scripts/graphql-types.ts). The generator is
// TypeScript, bundled with esbuild first, as scripts/build.mjs does with scripts/generate.ts.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

const bundle = '.tmp/graphql-types.mjs';
await build({
  entryPoints: ['scripts/graphql-types.ts'],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning'
});
try {
  const { currentGraphqlTypes, GENERATED_GRAPHQL_TYPES } = await import(pathToFileURL(bundle).href);
  mkdirSync(dirname(GENERATED_GRAPHQL_TYPES), { recursive: true });
  writeFileSync(GENERATED_GRAPHQL_TYPES, currentGraphqlTypes());
  process.stdout.write(`wrote ${GENERATED_GRAPHQL_TYPES}\n`);
} finally {
  rmSync(bundle, { force: true });
}
