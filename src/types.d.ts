// Text imports bundled by esbuild (`loader: text`) and by the Jest text transform.
declare module '*.graphql' {
  const text: string;
  export default text;
}

// Bottleneck's light build (what @octokit/plugin-throttling uses) has the full build's API.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
