// Bundles the action (dist/index.js) and the command line (dist/cli.js) with esbuild, then
// writes the generated files (schema/config.schema.json, docs/CONFIGURATION.md).
// Output is deterministic so CI can check that dist/ matches a fresh build.
import { build } from 'esbuild';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// Some dependencies are CommonJS: give the ESM bundle a `require` to call.
const banner = {
  js: "import { createRequire as __esCreateRequire } from 'node:module'; const require = __esCreateRequire(import.meta.url);"
};

/**
 * A plugin putting, in place of `request` imported by a file of `importer`, a module whose
 * `exports` (async functions or a class of static async methods) import the real module when
 * first called: what it pulls in is parsed only by a run that calls it.
 */
function lazyImport({ name, request, importer, real, exports }) {
  const filter = new RegExp(`^${request.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);
  return {
    name,
    setup(b) {
      b.onResolve({ filter }, (args) =>
        args.importer.includes(importer) ? { path: name, namespace: name } : undefined
      );
      b.onLoad({ filter: /.*/, namespace: name }, () => ({
        contents: exports(JSON.stringify(resolve(real))),
        resolveDir: resolve('.')
      }));
    }
  };
}

/**
 * @actions/core imports its OIDC client (and with it @actions/http-client and undici, a third of
 * the bundle) at load time, for getIDToken, which this action never calls. It is loaded when
 * called instead, so an event that makes no request does not parse undici.
 */
const lazyOidc = lazyImport({
  name: 'lazy-oidc',
  request: './oidc-utils.js',
  importer: '@actions/core',
  real: 'node_modules/@actions/core/lib/oidc-utils.js',
  exports: (real) =>
    `export class OidcClient { static async getIDToken(audience) { return (await import(${real})).OidcClient.getIDToken(audience); } }`
});

/**
 * @actions/core's platform details (getDetails, never called by this action) run commands
 * through @actions/exec, which loads @actions/io, child_process and timers with it on every
 * start: loaded when called instead.
 */
const lazyExec = lazyImport({
  name: 'lazy-exec',
  request: '@actions/exec',
  importer: '@actions/core',
  real: 'node_modules/@actions/exec/lib/exec.js',
  exports: (real) =>
    `export async function getExecOutput(...args) { return (await import(${real})).getExecOutput(...args); }`
});

/**
 * src/config/validator.ts is replaced by the schema's validator compiled ahead of time
 * (scripts/compile-validator.ts): a run then loads neither ajv's compiler nor pays for compiling.
 */
const precompiledValidator = {
  name: 'precompiled-validator',
  setup(b) {
    b.onLoad({ filter: /src[\\/]config[\\/]validator\.ts$/ }, () => ({
      contents: readFileSync('.tmp/config-validator.js', 'utf8'),
      loader: 'js',
      resolveDir: resolve('.')
    }));
  }
};

/**
 * The banner gives a file `require` for the CommonJS code bundled in it, and creating one costs
 * every file that a run loads (about 0.4 ms each): a file that never names `require` goes without.
 * Chunks calling esbuild's `__require` reach the `require` of the chunk that defines it.
 */
function withoutUnusedRequire(text) {
  const body = text.startsWith(banner.js) ? text.slice(banner.js.length).replace(/^\n/, '') : undefined;
  return body !== undefined && !/\brequire\b/.test(body) ? body : text;
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner,
  loader: { '.graphql': 'text' },
  // The schema package does not export its SDL file; the emulator bundles it as text.
  alias: { '@octokit/graphql-schema/schema.graphql': './node_modules/@octokit/graphql-schema/schema.graphql' },
  plugins: [lazyOidc, lazyExec, precompiledValidator],
  legalComments: 'none',
  logLevel: 'warning',
  sourcemap: false
};

mkdirSync('.tmp', { recursive: true });
const compiler = '.tmp/compile-validator.mjs';
await build({ ...common, plugins: [], entryPoints: ['scripts/compile-validator.ts'], outfile: compiler });
await import(pathToFileURL(compiler).href);
rmSync(compiler);

// The action is split into ESM chunks (dist/chunks/) at its dynamic imports: the client, each
// feature and the config reader load when an event needs them, not on every start. Chunks of a
// former build are removed first, so dist/ is exactly this build and CI's check sees any change.
rmSync('dist/chunks', { recursive: true, force: true });
// dist/replay.js is the same action with its clock pinned by `--now` (tests, demo, replays).
const split = await build({
  ...common,
  entryPoints: ['src/index.ts', 'src/replay.ts'],
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  write: false
});
for (const file of split.outputFiles) {
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, withoutUnusedRequire(file.text));
}
await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node\n' + banner.js }
});
chmodSync('dist/cli.js', 0o755);

const generator = '.tmp/generate.mjs';
await build({ ...common, entryPoints: ['scripts/generate.ts'], outfile: generator });
await import(pathToFileURL(generator).href);
rmSync(generator);
