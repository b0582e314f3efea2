// Jest transform for TypeScript: esbuild strips the types and keeps ES modules, as in the bundle.
const { transformSync } = require('esbuild');

module.exports = {
  process(sourceText, sourcePath) {
    const { code, map } = transformSync(sourceText, {
      loader: 'ts',
      format: 'esm',
      target: 'es2022',
      sourcemap: 'external',
      sourcefile: sourcePath
    });
    return { code, map };
  }
};
