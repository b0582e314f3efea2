// Lets Jest import .graphql files as text, as esbuild's text loader does in the bundle.
module.exports = {
  process(sourceText) {
    return { code: `export default ${JSON.stringify(sourceText)};` };
  }
};
