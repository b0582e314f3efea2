// `node bench/contract-cost.mjs`: builds bench/contract-cost.ts with esbuild and runs it.
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';

const banner = { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" };
await build({
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner,
  loader: { '.graphql': 'text' },
  alias: { '@octokit/graphql-schema/schema.graphql': './node_modules/@octokit/graphql-schema/schema.graphql' },
  logLevel: 'error',
  entryPoints: ['bench/contract-cost.ts'],
  outfile: 'bench/out/contract-cost.mjs'
});
await import(pathToFileURL('bench/out/contract-cost.mjs').href);
