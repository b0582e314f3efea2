// Bundles the action (dist/index.js) and the command line (dist/cli.js) with esbuild, then
// writes the generated files (schema/config.schema.json, docs/CONFIGURATION.md).
// Output is deterministic so CI can check that dist/ matches a fresh build.
import { build } from 'esbuild';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

// Some dependencies are CommonJS: give the ESM bundle a `require` to call.
const banner = {
  js: "import { createRequire as __esCreateRequire } from 'node:module'; const require = __esCreateRequire(import.meta.url);"
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner,
  loader: { '.graphql': 'text' },
  // The schema package does not export its SDL file; the emulator bundles it as text.
  alias: { '@octokit/graphql-schema/schema.graphql': './node_modules/@octokit/graphql-schema/schema.graphql' },
  legalComments: 'none',
  logLevel: 'warning',
  sourcemap: false
};

await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' });
await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node\n' + banner.js }
});
chmodSync('dist/cli.js', 0o755);

mkdirSync('.tmp', { recursive: true });
const generator = '.tmp/generate.mjs';
await build({ ...common, entryPoints: ['scripts/generate.ts'], outfile: generator });
await import(pathToFileURL(generator).href);
rmSync(generator);
